/**
 * Bad command lines: generated argument lists for `cdktf-opennebula` (known commands and flags
 * mixed with odd values and garbage), and generated JSON as plan-summary's input, each with an
 * oracle:
 *
 * - the command never crashes (exit 3) and never reports success (exit 0) on input it did not
 *   understand: exit 0 only for a help or version request (no plan is ever given here, and no
 *   credentials, so no command can do real work);
 * - a refusal (exit 2) prints nothing on stdout and says why on stderr;
 * - exit 1 only from a command that reached out (to a loopback port where nothing listens).
 *
 * Seeded and reproducible: HARDENING_SEED=<n> reruns a run, HARDENING_CLI_RUNS=<n> changes its size.
 */
import * as fc from 'fast-check';
import { runCli } from '../../src/cli/main';

const SEED = Number(process.env.HARDENING_SEED ?? 20_150_015);
const RUNS = Number(process.env.HARDENING_CLI_RUNS ?? 400);

const COMMANDS = ['plan-summary', 'wait-ready', 'clear-ready', 'retire', 'help', 'placement-audit'];
const FLAGS = [
  '--help', '-h', '--version', '-V', '--fail-on-warning', '--vm-ids', '--timeout-seconds', '--endpoint', '--zone', '--service', '--datacenter',
  '--certname', '--puppetdb-url', '--drain-seconds', '--keep', '--size-key', '--json', '--migrate', '--plan', '--', '-',
];
const VALUES = [
  '', '-', '1', '1,2', '0', '-1', '99999999999999999999', '1.5', 'dc1', 'production', 'my_service', 'Bad Name', '$(id)', '`id`', '${var.x}',
  'http://127.0.0.1:1/RPC2', 'http://127.0.0.1:1', 'https://127.0.0.1:1/', 'ftp://127.0.0.1/', 'plan.json', '../../etc/passwd', '\u0000', '\n',
  'é', '--endpoint=http://127.0.0.1:1/RPC2', '--vm-ids=1', '--zone=production',
];

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const first = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...COMMANDS) }, { weight: 1, arbitrary: token });
const argv = fc.tuple(first, fc.array(token, { maxLength: 6 })).map(([head, rest]) => [head, ...rest]);

/** Any JSON value, and JSON-ish text that is not quite JSON: plan-summary's input. */
const notAPlan = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.record({ format_version: fc.constantFrom('1.2', 1, null), resource_changes: fc.oneof(fc.constant('x'), fc.constant({}), fc.constant(null)) }).map((v) => JSON.stringify(v)),
  fc.record({ version: fc.constant(4), resources: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 40 }),
);

interface Outcome { readonly args: string[]; readonly input: string; readonly code: number; readonly stdout: string; readonly stderr: string }

async function runOne(args: string[], input: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readStdin: async () => input,
    readFile: () => input,
    env: {},
  });
  return { args, input, code, stdout, stderr };
}

/** A request for help or the version: the only command lines allowed to succeed here. */
function asksForHelp(args: string[]): boolean {
  return args.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-V') || args[0] === 'help';
}

let memo: Outcome[] | undefined;
async function outcomes(): Promise<Outcome[]> {
  if (memo) return memo;
  const cases = fc.sample(fc.tuple(argv, notAPlan), { seed: SEED, numRuns: RUNS });
  const out: Outcome[] = [];
  for (const [args, input] of cases) out.push(await runOne(args, input));
  memo = out;
  return out;
}

describe(`bad command lines (seed ${SEED}, ${RUNS} cases)`, () => {
  test('never an internal error', async () => {
    expect((await outcomes()).filter((o) => o.code === 3).map((o) => ({ args: o.args, stderr: o.stderr.slice(0, 300) }))).toEqual([]);
  }, 120_000);

  test('success only for a help or version request', async () => {
    const succeeded = (await outcomes()).filter((o) => o.code === 0 && !asksForHelp(o.args));
    expect(succeeded.map((o) => ({ args: o.args, stdout: o.stdout.slice(0, 200) }))).toEqual([]);
  }, 120_000);

  test('a refusal says why on stderr and prints nothing on stdout', async () => {
    const unclear = (await outcomes()).filter((o) => o.code === 2 && (o.stdout !== '' || o.stderr.trim() === ''));
    expect(unclear.map((o) => ({ args: o.args, stdout: o.stdout.slice(0, 100), stderr: o.stderr.slice(0, 100) }))).toEqual([]);
  }, 120_000);

  test('exit 1 only from a command that tried to reach a zone or PuppetDB', async () => {
    const reaching = new Set(['wait-ready', 'clear-ready', 'retire', 'placement-audit']);
    expect((await outcomes()).filter((o) => o.code === 1 && !reaching.has(o.args[0])).map((o) => o.args)).toEqual([]);
  }, 120_000);

  test('every exit code is a documented one, and the run covers refusals and help', async () => {
    const counts = new Map<number, number>();
    for (const o of await outcomes()) counts.set(o.code, (counts.get(o.code) ?? 0) + 1);
    // eslint-disable-next-line no-console
    console.log(`bad command lines, seed ${SEED}: ${[...counts].sort().map(([code, n]) => `exit ${code}: ${n}`).join(', ')}`);
    expect([...counts.keys()].every((code) => [0, 1, 2].includes(code))).toBe(true);
    expect(counts.get(2) ?? 0).toBeGreaterThan(RUNS / 4);
    expect(counts.get(0) ?? 0).toBeGreaterThan(0);
  }, 120_000);

  test('plan-summary refuses every generated JSON that is not a plan, from a file and from stdin', async () => {
    const inputs = fc.sample(notAPlan, { seed: SEED, numRuns: 200 });
    const accepted: string[] = [];
    for (const input of inputs) {
      for (const args of [['plan-summary', 'plan.json'], ['plan-summary', '-']]) {
        const o = await runOne(args, input);
        if (o.code !== 2 || o.stdout !== '' || !/plan/i.test(o.stderr)) accepted.push(`${args.join(' ')} <- ${input.slice(0, 80)} -> exit ${o.code}`);
      }
    }
    expect(accepted).toEqual([]);
  }, 120_000);
});
