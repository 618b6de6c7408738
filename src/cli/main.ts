#!/usr/bin/env node
/**
 * `cdktf-opennebula` command line:
 *
 *   cdktf-opennebula plan-summary <plan.json>   # Markdown summary of `tofu show -json` output
 *   tofu show -json plan.tfplan | cdktf-opennebula plan-summary -
 */
import * as fs from 'fs';
import { summarizePlan } from './plan-summary';

export const USAGE = [
  'usage: cdktf-opennebula plan-summary <plan.json | ->',
  '',
  '  plan-summary  print a Markdown summary of a plan in JSON form (`tofu show -json plan.tfplan`),',
  '                grouped by zone, service and datacenter; "-" reads the JSON from stdin',
].join('\n');

/** Where the command reads and writes; injectable for tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly readFile: (path: string) => string;
}

/** Runs the command line `args` (without node and script); resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.length !== 2 || args[0] !== 'plan-summary' || args[1] === '') {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const source = args[1];
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : io.readFile(source);
  } catch (e) {
    io.stderr(`cdktf-opennebula: cannot read ${source}: ${(e as Error).message}\n`);
    return 1;
  }
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch (e) {
    io.stderr(`cdktf-opennebula: ${source === '-' ? 'stdin' : source} is not JSON (expected the output of \`tofu show -json <planfile>\`): ${(e as Error).message}\n`);
    return 1;
  }
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan) || !('format_version' in plan)) {
    io.stderr(`cdktf-opennebula: ${source === '-' ? 'stdin' : source} is not a plan in JSON form (expected the output of \`tofu show -json <planfile>\`)\n`);
    return 1;
  }
  io.stdout(summarizePlan(plan as { [key: string]: any }));
  return 0;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    readFile: (path) => fs.readFileSync(path, 'utf8'),
  }).then((code) => {
    process.exitCode = code;
  }, (e) => {
    process.stderr.write(`cdktf-opennebula: ${(e as Error).stack}\n`);
    process.exitCode = 1;
  });
}
