/**
 * Helpers of the package tier (test/package/): the library packed as a user gets it, apps
 * installed from those artifacts in clean directories outside the repository, and byte-for-byte
 * comparison of synthesized stacks.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The environment of every command the tier runs: this process's, without what npm, npx,
 * ts-node or a virtualenv put there for the repository (an inherited npm_config_local_prefix, for
 * one, would make `npm install` in a temporary app write into this repository).
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|NPM_|TS_NODE_|INIT_CWD$|VIRTUAL_ENV$|PYTHONPATH$|PYTHONHOME$|NODE_PATH$)/.test(key)) continue;
    env[key] = value;
  }
  return {
    ...env,
    CHECKPOINT_DISABLE: '1',
    JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1',
    PYTHONNOUSERSITE: '1',
    // Synthesis output is plain; no spinners from the CLIs.
    CI: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** @default 10 minutes */
  readonly timeoutMs?: number;
}

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

/** Runs a command, returning its status and output (never throws for a non-zero status). */
export function runCommand(command: string, args: string[], options: RunOptions): RunResult {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? cleanEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs ?? 10 * 60 * 1000,
  });
  const seconds = (Date.now() - started) / 1000;
  if (result.error) throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) did not run: ${result.error.message}`);
  return { status: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '', seconds };
}

/** Runs a command and throws with the tail of its output when it fails. */
export function run(command: string, args: string[], options: RunOptions): RunResult {
  const result = runCommand(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited ${result.status}:\n`
      + `--- stdout (tail) ---\n${tail(result.stdout)}\n--- stderr (tail) ---\n${tail(result.stderr)}`);
  }
  return result;
}

/** The newest modification time (ms) of the files under `dir`. */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

/** Copies the files of an example app (not its node_modules or outputs) into `to`. */
export function copyApp(from: string, to: string, files: string[]): void {
  fs.mkdirSync(to, { recursive: true });
  for (const file of files) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

/** Rewrites the app's dependency on the library to the packed tarball. */
export function useTarball(appDir: string, tarball: string): void {
  const file = path.join(appDir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!manifest.dependencies?.['cdktf-opennebula']) throw new Error(`${file} does not depend on cdktf-opennebula`);
  manifest.dependencies['cdktf-opennebula'] = `file:${tarball}`;
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Throws when `actual` is not byte-for-byte `expected`, showing the first differing line with
 * three lines of context from each side.
 */
export function expectSameBytes(label: string, expected: string, actual: string): void {
  if (expected === actual) return;
  const a = expected.split('\n');
  const b = actual.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line += 1;
  const from = Math.max(0, line - 3);
  const excerpt = (lines: string[]) => lines.slice(from, line + 4).map((text, i) => `${String(from + i + 1).padStart(6)}${from + i === line ? '>' : ' '} ${text}`).join('\n');
  throw new Error(`${label} differs (${expected.length} bytes expected, ${actual.length} bytes made), first at line ${line + 1}:\n`
    + `--- expected (in-repo synthesis) ---\n${excerpt(a)}\n--- made (from the packed artifact) ---\n${excerpt(b)}`);
}

/** The stack names of a cdktf output directory. */
export function stackNames(outdir: string): string[] {
  const stacks = path.join(outdir, 'stacks');
  return fs.existsSync(stacks) ? fs.readdirSync(stacks).sort() : [];
}

/**
 * Compares every stack's cdk.tf.json of `actualDir` with `expectedDir`, byte for byte after
 * `transform` (identity unless given), and the manifest when `manifest` is set.
 */
export function expectSameSynthesis(expectedDir: string, actualDir: string, options: {
  readonly manifest: boolean;
  readonly transform?: (text: string, stack: string) => string;
}): string[] {
  const expected = stackNames(expectedDir);
  const actual = stackNames(actualDir);
  if (expected.length === 0) throw new Error(`no stack in ${expectedDir}`);
  expectSameBytes('the list of stacks', expected.join('\n'), actual.join('\n'));
  for (const stack of expected) {
    const file = path.join('stacks', stack, 'cdk.tf.json');
    const made = fs.readFileSync(path.join(actualDir, file), 'utf8');
    expectSameBytes(file, fs.readFileSync(path.join(expectedDir, file), 'utf8'), options.transform ? options.transform(made, stack) : made);
  }
  if (options.manifest) {
    expectSameBytes('manifest.json', fs.readFileSync(path.join(expectedDir, 'manifest.json'), 'utf8'), fs.readFileSync(path.join(actualDir, 'manifest.json'), 'utf8'));
  }
  return expected;
}

/**
 * The one place a stack synthesized with another framework build says so: the version stamp
 * `"//".metadata.version`. Replaces `from` by `to` there, and only there, after checking the
 * stamp is `from`; everything else stays byte for byte.
 */
export function restampFramework(text: string, from: string, to: string): string {
  const stamp = JSON.parse(text)?.['//']?.metadata?.version;
  if (stamp !== from) throw new Error(`the stack's framework stamp is ${JSON.stringify(stamp)}, expected ${JSON.stringify(from)}`);
  const metadata = text.indexOf('"metadata": {');
  const end = text.indexOf('}', metadata);
  const needle = `"version": "${from}"`;
  const at = text.indexOf(needle, metadata);
  if (metadata < 0 || at < 0 || at > end) throw new Error('the framework stamp is not where cdktf writes it ("//".metadata.version)');
  return text.slice(0, at) + `"version": "${to}"` + text.slice(at + needle.length);
}

/** The version of a package installed in `dir`'s node_modules. */
export function installedVersion(dir: string, name: string): { name: string; version: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8'));
  return { name: manifest.name, version: manifest.version };
}

/** Whether `version` (x.y.z) is at least `minimum` (x.y.z). */
export function atLeast(version: string, minimum: string): boolean {
  const parse = (v: string) => v.replace(/^v/, '').split('.').map((n) => parseInt(n, 10));
  const [a, b] = [parse(version), parse(minimum)];
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
