#!/usr/bin/env node
/**
 * `cdktf-opennebula` command line:
 *
 *   cdktf-opennebula plan-summary <plan.json>   # Markdown summary of `tofu show -json` output
 *   tofu show -json plan.tfplan | cdktf-opennebula plan-summary -
 *   cdktf-opennebula --help | --version | help [command]
 */
import * as fs from 'fs';
import * as path from 'path';
import { PLACEMENT_AUDIT_USAGE, placementAuditCommand } from './placement-audit-command';
import { PlanSummary, analyzePlan, isPlanInputError, parsePlan, tooLarge } from './plan-summary';
import { RETIRE_USAGE, retireCommand } from './retire';
import { SYNTH_USAGE, synthCommand } from './synth';
import { CLEAR_READY_USAGE, WAIT_READY_USAGE, clearReadyCommand, waitReadyCommand } from './wait-ready';

const PROGRAM = 'cdktf-opennebula';

/** Exit codes, as `--help` and docs/ha-service.md document them. */
export const EXIT = {
  /** The command did its work (for plan-summary: the summary is on stdout, warnings or not). */
  OK: 0,
  /** plan-summary --fail-on-warning: the summary is on stdout and has at least one warning. */
  WARNINGS: 1,
  /** Bad usage, or input that is not a plan (unreadable, too large, not JSON, not a plan). Nothing on stdout. */
  BAD_INPUT: 2,
  /** A bug in this command (the message includes a stack trace to report). */
  INTERNAL: 3,
} as const;

const EXIT_CODES = [
  'Exit codes:',
  '  0  success (plan-summary: summary printed, with or without warnings)',
  '  1  plan-summary --fail-on-warning: summary printed, and it has a warning; placement-audit: violations found',
  '  2  bad usage, or input that is not a plan (nothing printed on stdout)',
  '  3  internal error (a bug; please report it with the message)',
].join('\n');

const MIB = 1024 * 1024;

/** `cdktf-opennebula --help`. */
export const USAGE = [
  `usage: ${PROGRAM} <command> [options]`,
  `       ${PROGRAM} --help | --version`,
  '',
  'Commands:',
  '  plan-summary <plan.json | ->  print a Markdown summary of a plan in JSON form',
  '                                (`tofu show -json plan.tfplan`), for pull-request comments',
  '  wait-ready --vm-ids <ids>     wait until VMs run and report READY (the readiness gate',
  '                                a rollout runs from the apply); exit 1 when not in time',
  '  clear-ready --zone <z> --service <s> --datacenter <d>',
  '                                set READY=NO on a datacenter\'s members before a power cycle',
  '  retire --certname <c> --puppetdb-url <url>',
  '                                deactivate a member in PuppetDB before it is destroyed',
  '  placement-audit [--plan <plan.json> | --synth <cdk.tf.json>] [--json] [--migrate]',
  '                                check that every service is spread as declared (members on',
  '                                distinct hosts of their cluster, RUNNING, in their VM group)',
  '                                and advise moves; exit 1 on violations; --migrate applies them',
  '  synth <catalog-dir> [--out <dir>]',
  '                                synthesize a service catalog (YAML) into one stack per zone',
  '  help [command]                show the help of a command',
  '',
  'Options:',
  '  -h, --help     show this help (or `<command> --help` for a command)',
  '  -V, --version  print the version of cdktf-opennebula',
  '',
  EXIT_CODES,
].join('\n');

/** `cdktf-opennebula plan-summary --help`. */
export const PLAN_SUMMARY_USAGE = [
  `usage: ${PROGRAM} plan-summary [--fail-on-warning] <plan.json | ->`,
  '',
  'Prints a Markdown summary of a plan in JSON form (`tofu show -json plan.tfplan`), grouped by',
  'zone, service and datacenter: for every service and datacenter with VM changes, the VMs before,',
  'the VMs up throughout the apply and the VMs after. Services and datacenters that can have no VM',
  'up during the apply are flagged first. "-" reads the JSON from stdin.',
  '',
  'Options:',
  '  --fail-on-warning  exit 1 when the summary has a warning (a service or datacenter with no VM',
  '                     up, a VM destroyed or replaced, an errored plan); the summary is printed',
  '                     anyway, so a CI job can post it first and fail after',
  '  -h, --help         show this help',
  '',
  `Limits: input up to ${PlanSummary.MAX_INPUT_BYTES / MIB} MiB, JSON nested up to ${PlanSummary.MAX_DEPTH} levels.`,
  '',
  EXIT_CODES,
].join('\n');

const COMMANDS: { [name: string]: string } = {
  'plan-summary': PLAN_SUMMARY_USAGE,
  'wait-ready': WAIT_READY_USAGE,
  'clear-ready': CLEAR_READY_USAGE,
  'retire': RETIRE_USAGE,
  'synth': SYNTH_USAGE,
  'placement-audit': PLACEMENT_AUDIT_USAGE,
  'help': USAGE,
};

/** Where the command reads and writes; injectable for tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads stdin; may reject with an error whose message is shown, e.g. past `maxBytes`. */
  readonly readStdin: (maxBytes: number) => Promise<string>;
  /** Reads a file; may throw, e.g. past `maxBytes`. */
  readonly readFile: (path: string, maxBytes: number) => string;
  /** Input limit in bytes. @default PlanSummary.MAX_INPUT_BYTES */
  readonly maxInputBytes?: number;
  /** Environment (credentials of wait-ready). @default process.env */
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs the command line `args` (without node and script); resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (e) {
    io.stderr(`${PROGRAM}: internal error, please report it: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.INTERNAL;
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const usageError = (message: string, usage: string, hint: string) => {
    io.stderr(`${PROGRAM}: ${message}\n${usage.split('\n')[0]}\n${hint}\n`);
    return EXIT.BAD_INPUT;
  };
  const [command, ...rest] = args;
  if (command === undefined) return usageError('no command given', USAGE, `Run \`${PROGRAM} --help\` for the commands.`);
  if (command === '-h' || command === '--help') return help(io, USAGE);
  if (command === '-V' || command === '--version') {
    if (rest.length > 0) return usageError(`${command} takes no arguments`, USAGE, `Run \`${PROGRAM} --help\`.`);
    io.stdout(`${version()}\n`);
    return EXIT.OK;
  }
  if (command === 'help') {
    if (rest.length === 0) return help(io, USAGE);
    const topic = COMMANDS[rest[0]];
    if (rest.length > 1 || topic === undefined) return unknownCommand(rest.join(' '), io);
    return help(io, topic);
  }
  if (command === 'plan-summary') return planSummary(rest, io, usageError);
  if (command === 'wait-ready') {
    return waitReadyCommand(rest, io.env ?? process.env, (line) => io.stdout(`${line}\n`), (line) => io.stderr(`${line}\n`));
  }
  if (command === 'retire') {
    return retireCommand(rest, io.env ?? process.env, (line) => io.stdout(`${line}\n`), (line) => io.stderr(`${line}\n`));
  }
  if (command === 'placement-audit') {
    return placementAuditCommand(rest, { out: (line) => io.stdout(`${line}\n`), err: (line) => io.stderr(`${line}\n`), env: io.env ?? process.env });
  }
  if (command === 'synth') return synthCommand(rest, { out: (line) => io.stdout(`${line}\n`), err: (line) => io.stderr(`${line}\n`) });
  if (command === 'clear-ready') {
    return clearReadyCommand(rest, io.env ?? process.env, (line) => io.stdout(`${line}\n`), (line) => io.stderr(`${line}\n`));
  }
  if (command.startsWith('-')) return usageError(`unknown option ${quote(command)}`, USAGE, `Run \`${PROGRAM} --help\` for the options.`);
  return unknownCommand(command, io);
}

async function planSummary(args: string[], io: CliIo, usageError: (m: string, u: string, h: string) => number): Promise<number> {
  const hint = `Run \`${PROGRAM} plan-summary --help\` for the options.`;
  let failOnWarning = false;
  const operands: string[] = [];
  let options = true;
  for (const arg of args) {
    if (options && arg === '--') {options = false;} else if (options && (arg === '-h' || arg === '--help')) {return help(io, PLAN_SUMMARY_USAGE);} else if (options && arg === '--fail-on-warning') {failOnWarning = true;} else if (options && arg.startsWith('-') && arg !== '-') {
      const suggestion = closest(arg, ['--fail-on-warning', '--help']);
      return usageError(`unknown option ${quote(arg)}${suggestion ? `; did you mean ${suggestion}?` : ''}`, PLAN_SUMMARY_USAGE, hint);
    } else {operands.push(arg);}
  }
  if (operands.length !== 1 || operands[0] === '') {
    const problem = operands.length === 0 ? 'plan-summary needs a plan file, or "-" for stdin'
      : operands[0] === '' ? 'the plan file name is empty' : `plan-summary takes one plan file, got ${operands.length}`;
    return usageError(problem, PLAN_SUMMARY_USAGE, hint);
  }
  const source = operands[0];
  const what = source === '-' ? 'stdin' : source;
  const refuse = (message: string) => {
    io.stderr(`${PROGRAM}: ${what}: ${message}\n`);
    return EXIT.BAD_INPUT;
  };
  const maxBytes = io.maxInputBytes ?? PlanSummary.MAX_INPUT_BYTES;
  let text: string;
  try {
    text = source === '-' ? await io.readStdin(maxBytes) : io.readFile(source, maxBytes);
  } catch (e) {
    return refuse(`cannot read: ${(e as Error).message}`);
  }
  let analysis;
  try {
    analysis = analyzePlan(parsePlan(text, maxBytes));
  } catch (e) {
    if (isPlanInputError(e)) return refuse((e as Error).message);
    throw e;
  }
  io.stdout(analysis.markdown);
  if (failOnWarning && analysis.warnings > 0) {
    io.stderr(`${PROGRAM}: the summary has ${analysis.warnings === 1 ? 'a warning' : `${analysis.warnings} warnings`} (--fail-on-warning)\n`);
    return EXIT.WARNINGS;
  }
  return EXIT.OK;
}

function help(io: CliIo, text: string): number {
  io.stdout(`${text}\n`);
  return EXIT.OK;
}

function unknownCommand(command: string, io: CliIo): number {
  const suggestion = closest(command, Object.keys(COMMANDS));
  io.stderr(`${PROGRAM}: unknown command ${quote(command)}${suggestion ? `; did you mean ${suggestion}?` : ''}\n`
    + `Commands: ${Object.keys(COMMANDS).join(', ')}. Run \`${PROGRAM} --help\` for the usage.\n`);
  return EXIT.BAD_INPUT;
}

/** The candidate within edit distance 3 (and less than half its length) of `word`, if any. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c, 4);
    if (d < bestDistance && d <= Math.min(3, Math.floor(c.length / 2))) [best, bestDistance] = [c, d];
  }
  return best;
}

/** Levenshtein distance, or `limit` when it is at least `limit` (bounded, so long input stays cheap). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}

/** A user-given word in a message, quoted and with control characters escaped. */
function quote(word: string): string {
  return JSON.stringify(word.length > 60 ? `${word.slice(0, 60)}…` : word);
}

/** The version in the package.json of this package (lib/cli/ and src/cli/ are both two levels down). */
export function version(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  return String(pkg.version);
}

/** Reads stdin, refusing more than `maxBytes` without keeping it all in memory. */
function readStdin(maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        process.stdin.off('data', onData);
        process.stdin.pause();
        reject(new Error(tooLarge(maxBytes)));
        return;
      }
      chunks.push(chunk);
    };
    process.stdin.on('data', onData);
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** Reads a file, checking its size before reading it (the command line's `CliIo.readFile`). */
export function readFile(file: string, maxBytes: number): string {
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new Error('is a directory');
  if (stat.size > maxBytes) throw new Error(tooLarge(maxBytes, stat.size));
  return fs.readFileSync(file, 'utf8');
}

if (require.main === module) {
  // `plan-summary plan.json | head`: a closed stdout is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    readFile,
  }).then((code) => {
    process.exitCode = code;
  });
}
