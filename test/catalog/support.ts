/** What the catalog's specifications share: scratch directories, catalog directories, the command line. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';

/** A fresh scratch directory. */
export function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
}

/** A catalog directory holding `files` (name -> text). */
export function directory(files: { [name: string]: string }): string {
  const dir = tmp();
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** `cdktf-opennebula <args>` in this process: its exit code and what it wrote. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readStdin: async () => '',
    readFile: (f) => fs.readFileSync(f, 'utf8'),
  });
  return { code, stdout, stderr };
}
