/**
 * Every command of `cdktf-opennebula` behaves the same way for help: `<command> --help`, `-h`
 * and `help <command>` print its usage and its exit status on stdout, with nothing on stderr,
 * and exit 0; the command list of the top-level help is the list checked here, so a new command
 * without a help fails this file.
 */
import { CliIo, USAGE, readFile, runCli } from '../../src/cli/main';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', readFile, env: {} };
  const code = await runCli(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

/** The commands the top-level help lists (two-space indent, a lower-case word), `help` aside. */
const COMMANDS = USAGE.split('\n').map((line) => /^ {2}([a-z][a-z-]+)\b/.exec(line)?.[1]).filter((c): c is string => c !== undefined && c !== 'help');

describe('cdktf-opennebula help', () => {
  test('the top-level help lists every command', () => {
    expect(COMMANDS).toEqual(['plan-summary', 'wait-ready', 'clear-ready', 'retire', 'placement-audit', 'synth']);
  });

  test.each(COMMANDS)('%s answers --help, -h and `help <command>` with its usage and exit status, on stdout, exit 0', async (command) => {
    const answers = await Promise.all([[command, '--help'], [command, '-h'], ['help', command]].map(cli));
    for (const answer of answers) {
      expect({ code: answer.code, err: answer.err }).toEqual({ code: 0, err: '' });
      expect(answer.out).toMatch(new RegExp(`^usage: cdktf-opennebula ${command}\\b`, 'i'));
      expect(answer.out).toMatch(/Exit (status|codes)/);
      expect(answer.out).toBe(answers[0].out);
    }
  });

  test('--help and -h at the top level print the command list and the exit codes', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = await cli([flag]);
      expect({ code, err }).toEqual({ code: 0, err: '' });
      expect(out).toBe(`${USAGE}\n`);
    }
    expect(USAGE).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}3 /);
  });
});
