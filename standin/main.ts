/**
 * Starts the OpenNebula XML-RPC test stand-in by hand:
 *
 *   npx ts-node --project test/tsconfig.json standin/main.ts --port 2633
 *
 * then point a provider at it: endpoint = http://127.0.0.1:2633/RPC2, any user and password.
 */
import { EMULATED_VERSION, startStandIn } from './server';

export interface CliOptions {
  readonly port: number;
  readonly transientPolls: number;
  readonly quiet: boolean;
}

export const USAGE = `usage: standin/main.ts [--port N] [--transient-polls N] [--quiet]

A local TEST STAND-IN of the OpenNebula ${EMULATED_VERSION} XML-RPC API (not a cloud), on 127.0.0.1.
  --port N             TCP port (default 2633; 0 picks a free one)
  --transient-polls N  one.vm.info answers showing a transient state before the target one (default 1)
  --quiet              do not log calls`;

/** Parses the command line; throws an Error with a message for bad arguments. */
export function parseArgs(argv: string[]): CliOptions {
  let port = 2633;
  let transientPolls = 1;
  let quiet = false;
  const count = (flag: string, value: string | undefined, max: number): number => {
    if (value === undefined || !/^\d+$/.test(value) || Number(value) > max) throw new Error(`${flag} needs an integer from 0 to ${max}`);
    return Number(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = count(arg, argv[++i], 65535);
    else if (arg.startsWith('--port=')) port = count('--port', arg.slice(7), 65535);
    else if (arg === '--transient-polls') transientPolls = count(arg, argv[++i], 100);
    else if (arg === '--quiet') quiet = true;
    else throw new Error(`unknown argument: ${arg}`);
  }
  return { port, transientPolls, quiet };
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const stamp = () => new Date().toISOString().slice(11, 23);
  const standIn = await startStandIn({
    port: options.port,
    transientPolls: options.transientPolls,
    log: options.quiet ? undefined : (line) => console.log(`${stamp()} ${line}`),
  });
  console.log(`OpenNebula ${EMULATED_VERSION} XML-RPC TEST STAND-IN (not a cloud) listening on ${standIn.url}`);
  console.log('Any user:password is accepted. Ctrl-C prints a summary and stops.');
  const stop = async () => {
    const state = standIn.state();
    console.log(`\n${state.templates.length} templates, ${state.vmGroups.length} VM groups, `
      + `${state.vms.filter((vm) => vm.state !== 'DONE').length} VMs not DONE (${state.vms.length} in all), ${state.calls.length} calls`);
    if (state.unknownMethods.length > 0) console.log(`unknown methods called: ${[...new Set(state.unknownMethods)].join(', ')}`);
    await standIn.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
