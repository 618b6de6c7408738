/**
 * The real-tool tier: runs the OpenTofu built by toolchain/toolchain.sh on synthesized stacks.
 *
 * When the toolchain is missing the tier is skipped with a notice, unless REQUIRE_REAL_TOOLS=1
 * (set by `npm run test:all` and CI), in which case it fails: CI never passes without it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const TOOLS = path.join(ROOT, '.tools');
const TOFU = path.join(TOOLS, 'bin', 'tofu');
const CLI_CONFIG = path.join(TOOLS, 'tofurc');

export function realToolsRequired(): boolean {
  return process.env.REQUIRE_REAL_TOOLS === '1';
}

/** Which provider the toolchain installed: "real" or "schema-stand-in". */
export function providerKind(): string {
  return fs.readFileSync(path.join(TOOLS, 'provider-kind'), 'utf8').trim();
}

export function tofuAvailable(): boolean {
  const present = fs.existsSync(TOFU) && fs.existsSync(CLI_CONFIG);
  if (!present && realToolsRequired()) {
    throw new Error('REQUIRE_REAL_TOOLS=1 but the toolchain is missing: run `npx projen toolchain`');
  }
  return present;
}

/** `describe` when OpenTofu is available, `describe.skip` with a notice otherwise. */
export function describeWithTofu(name: string, body: () => void): void {
  if (tofuAvailable()) {
    describe(name, body);
  } else {
    // eslint-disable-next-line no-console
    console.warn(`skipping "${name}": no toolchain in .tools/ (run \`npx projen toolchain\`)`);
    describe.skip(name, body);
  }
}

export interface TofuResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function tofu(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): TofuResult {
  const result = spawnSync(TOFU, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      TF_CLI_CONFIG_FILE: CLI_CONFIG,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a Terraform JSON document into a fresh directory and returns the directory. */
export function writeStack(document: unknown, prefix = 'stack-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-opennebula-${prefix}`));
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(document, null, 2));
  return dir;
}

/** `tofu init` + `tofu validate -json` on a directory; returns the validate diagnostics. */
export function validate(dir: string): { valid: boolean; errors: string[]; raw: TofuResult } {
  const init = tofu(dir, ['init', '-input=false', '-no-color', '-backend=false']);
  if (init.status !== 0) {
    throw new Error(`tofu init failed in ${dir}:\n${init.stdout}\n${init.stderr}`);
  }
  const raw = tofu(dir, ['validate', '-json', '-no-color']);
  const report = JSON.parse(raw.stdout) as { valid: boolean; diagnostics: Array<{ severity: string; summary: string; detail?: string }> };
  const errors = report.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.summary}${d.detail ? `: ${d.detail}` : ''}`);
  return { valid: report.valid, errors, raw };
}

/** Removes what cdktf writes that depends on the machine (the local backend's absolute path). */
export function portable(document: any): any {
  const copy = JSON.parse(JSON.stringify(document));
  if (copy.terraform?.backend) delete copy.terraform.backend;
  return copy;
}
