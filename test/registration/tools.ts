/**
 * Real tools for the registration specifications: haproxy, shellcheck, sh, puppet, ruby, facter.
 *
 * A describe block needing a tool that is not installed goes through the tier gate
 * (test/support/tier.ts): skipped with a warning, unless REQUIRE_REAL_TOOLS=1 (CI and
 * `npm run test:all`): then it holds one failing test naming the missing tools, so a run without
 * them can never pass.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeTier } from '../support/tier';

export const ROOT = path.resolve(__dirname, '..', '..');

const found = new Map<string, boolean>();

/** Whether `name` is an executable on PATH. */
export function hasTool(name: string): boolean {
  if (!found.has(name)) {
    const result = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' });
    found.set(name, result.status === 0 && result.stdout.trim() !== '');
  }
  return found.get(name)!;
}

/**
 * `describe(name, body)` when every tool is on PATH. Otherwise a skipped block and a warning, or,
 * under REQUIRE_REAL_TOOLS=1, a block whose single test fails. Names start with `real-tool tier:`.
 */
export function describeWithTools(tools: string[], name: string, body: () => void): void {
  if (!name.startsWith('real-tool tier:')) throw new Error(`real-tool blocks are named "real-tool tier: ...", got "${name}"`);
  const missing = tools.filter((tool) => !hasTool(tool));
  describeTier(name, {
    missing: missing.length === 0 ? undefined : `missing real tools: ${missing.join(', ')} (apt-get install -y haproxy shellcheck puppet)`,
    requireVariable: 'REQUIRE_REAL_TOOLS',
    failingTitle: 'has its tools',
    what: 'This block of real-tool checks',
    skipNotice: 'line',
  }, body);
}

let scratchBase: string | undefined;

/** A fresh scratch directory, under one directory per test file that is removed after the file's tests. */
export function scratch(prefix: string): string {
  scratchBase ??= fs.mkdtempSync(path.join(os.tmpdir(), 'registration-test-'));
  return fs.mkdtempSync(path.join(scratchBase, `${prefix}-`));
}

afterAll(() => {
  if (scratchBase !== undefined) fs.rmSync(scratchBase, { recursive: true, force: true });
});

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without a shell; `status` is -1 when it could not start. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): RunResult {
  const result = spawnSync(command, args, { encoding: 'utf8', env: options.env ?? process.env, input: options.input, cwd: options.cwd });
  return { status: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
