/**
 * The readiness gates of a rollout, run by the apply (`terraform_data` resources, see
 * docs/ha-service.md):
 * - `cdktf-opennebula wait-ready` waits until every given VM is RUNNING and has reported
 *   READY=YES (as OneGate's `onegate vm update --data READY=YES` does), and fails after a bounded
 *   time, so the apply stops before older members are retired;
 * - `cdktf-opennebula clear-ready` sets READY=NO on the running members of a service in one
 *   datacenter before they are power-cycled, so a READY reported at an earlier boot cannot open
 *   the gate that follows.
 */
import { LCM_FAILURES, LCM_RUNNING, OneApiError, OneClient, VM_STATE, VmStatus } from '../opennebula/client';

/** What the gates read and write of a zone. */
export interface VmReader {
  vm(id: number): Promise<VmStatus>;
  vmPool?(): Promise<VmStatus[]>;
  updateVm?(id: number, attributes: { [name: string]: string }): Promise<void>;
}

/** The members of a service in a datacenter: VMs carrying its tags (upper-cased in USER_TEMPLATE). */
export function membersOf(vms: VmStatus[], zone: string, service: string, datacenter: string): VmStatus[] {
  return vms.filter((vm) => vm.userTemplate.SERVICE === service && vm.userTemplate.DATACENTER === datacenter
    && vm.userTemplate.ZONE === zone && vm.state !== VM_STATE.DONE);
}

export interface WaitReadyOptions {
  readonly reader: VmReader;
  readonly vmIds: number[];
  readonly timeoutSeconds: number;
  /** Seconds between two rounds of reads. @default 5 */
  readonly intervalSeconds?: number;
  /** What is waited for, in messages, e.g. `my_service in dc1`. */
  readonly label?: string;
  readonly log?: (line: string) => void;
  /** Clock and sleep, replaceable in tests. */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface WaitReadyResult {
  readonly ready: boolean;
  readonly seconds: number;
  /** Why the gate did not open, when it did not. */
  readonly reason?: string;
}

function describe(vm: VmStatus): string {
  const state = vm.state === VM_STATE.ACTIVE ? (vm.lcmState === LCM_RUNNING ? 'RUNNING' : `ACTIVE/LCM ${vm.lcmState}`) : `STATE ${vm.state}`;
  return `${vm.name || vm.id} (${vm.id}) ${state}${vm.ready ? ', READY' : ', not ready'}${vm.error ? `, error: ${vm.error}` : ''}`;
}

/** Waits for every VM of `vmIds` to be RUNNING with READY=YES. Never waits longer than `timeoutSeconds`. */
export async function waitReady(options: WaitReadyOptions): Promise<WaitReadyResult> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = options.log ?? (() => undefined);
  const label = options.label ?? `VMs ${options.vmIds.join(', ')}`;
  const started = now();
  const deadline = started + options.timeoutSeconds * 1000;
  const seconds = () => (now() - started) / 1000;
  let last = '';
  for (;;) {
    const statuses: VmStatus[] = [];
    for (const id of options.vmIds) {
      try {
        statuses.push(await options.reader.vm(id));
      } catch (e) {
        if (!(e instanceof OneApiError)) throw e;
        statuses.push({ id, name: '', state: -1, lcmState: -1, ready: false, error: e.message, userTemplate: {} });
      }
    }
    const failed = statuses.filter((vm) => vm.state === VM_STATE.DONE || (vm.state === VM_STATE.ACTIVE && LCM_FAILURES.has(vm.lcmState)));
    if (failed.length > 0) {
      return { ready: false, seconds: seconds(), reason: `${label}: VM failed or gone: ${failed.map(describe).join('; ')}` };
    }
    const waiting = statuses.filter((vm) => !(vm.state === VM_STATE.ACTIVE && vm.lcmState === LCM_RUNNING && vm.ready));
    if (waiting.length === 0) {
      log(`${label}: ${statuses.length} of ${statuses.length} ready after ${seconds().toFixed(0)} s`);
      return { ready: true, seconds: seconds() };
    }
    const line = `${label}: ${statuses.length - waiting.length} of ${statuses.length} ready; waiting for ${waiting.map(describe).join('; ')}`;
    if (line !== last) log(line);
    last = line;
    if (now() >= deadline) {
      return { ready: false, seconds: seconds(), reason: `${label}: not ready within ${options.timeoutSeconds} s: ${waiting.map(describe).join('; ')}` };
    }
    await sleep(Math.min((options.intervalSeconds ?? 5) * 1000, Math.max(0, deadline - now())));
  }
}

const CREDENTIALS_HELP = `The endpoint comes from --endpoint or OPENNEBULA_ENDPOINT; the credentials from
OPENNEBULA_USERNAME and OPENNEBULA_PASSWORD, or else from TF_VAR_<zone>_opennebula_username and
TF_VAR_<zone>_opennebula_password (the variables the stack's zone reads), never from arguments.`;

export const WAIT_READY_USAGE = `Usage: cdktf-opennebula wait-ready --vm-ids <id,id,...> [--endpoint <url>] [--zone <name>]
                                  [--timeout <seconds>] [--interval <seconds>] [--label <text>]

Waits until every VM is RUNNING and reports READY=YES (OneGate), for at most --timeout seconds
(default 900). ${CREDENTIALS_HELP}

Exit status: 0 every VM ready; 1 not ready in time, or a VM failed; 2 bad arguments or no credentials.`;

export const CLEAR_READY_USAGE = `Usage: cdktf-opennebula clear-ready --zone <name> --service <name> --datacenter <name> [--endpoint <url>]

Sets READY=NO on every VM of the service in the datacenter (found by its tags service, zone and
datacenter), before a change power-cycles them. ${CREDENTIALS_HELP}

Exit status: 0 done (also when no VM matches); 1 the zone refused an update; 2 bad arguments or no credentials.`;

export type Flags = Map<string, string>;
type Connect = (endpoint: { endpoint: string; username: string; password: string }) => VmReader;
const NAME = /^[a-z][a-z0-9_]*$/;

/** Parses `--name value` / `--name=value` flags of `allowed`; a string is an error message. */
function parseFlags(args: string[], allowed: string[], usage: string, command: string): Flags | string | 'help' {
  const flags: Flags = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return 'help';
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !allowed.includes(match[1])) return `${command}: unknown argument ${JSON.stringify(arg)}\n${usage}`;
    const value = match[2] ?? args[++i];
    if (value === undefined) return `${command}: --${match[1]} needs a value`;
    flags.set(match[1], value);
  }
  return flags;
}

/** Prints `message` as a usage error; returns exit status 2. */
function usageError(err: (line: string) => void): (message: string) => number {
  return (message) => {
    err(message);
    return 2;
  };
}

/** The flags of `command`, or its exit status once `--help` (0) or a bad argument (2) is printed. */
function begin(args: string[], allowed: string[], usage: string, command: string,
  out: (line: string) => void, err: (line: string) => void): Flags | number {
  const flags = parseFlags(args, allowed, usage, command);
  if (flags === 'help') {
    out(usage);
    return 0;
  }
  return typeof flags === 'string' ? usageError(err)(flags) : flags;
}

/** The zone connection from flags and environment, or an error message (placement-audit takes credentials the same way). */
export function connection(flags: Flags, env: NodeJS.ProcessEnv, command: string): { endpoint: string; username: string; password: string } | string {
  const endpoint = flags.get('endpoint') ?? env.OPENNEBULA_ENDPOINT;
  if (!endpoint) return `${command}: no endpoint: give --endpoint or set OPENNEBULA_ENDPOINT`;
  const zone = flags.get('zone');
  if (zone !== undefined && !NAME.test(zone)) return `${command}: --zone must be a zone name, got ${JSON.stringify(zone)}`;
  const username = env.OPENNEBULA_USERNAME ?? (zone ? env[`TF_VAR_${zone}_opennebula_username`] : undefined);
  const password = env.OPENNEBULA_PASSWORD ?? (zone ? env[`TF_VAR_${zone}_opennebula_password`] : undefined);
  if (!username || !password) {
    return `${command}: no credentials: set OPENNEBULA_USERNAME and OPENNEBULA_PASSWORD`
      + `${zone ? `, or TF_VAR_${zone}_opennebula_username and TF_VAR_${zone}_opennebula_password` : ''}`;
  }
  return { endpoint, username, password };
}

function connect(zone: { endpoint: string; username: string; password: string }, custom?: Connect): VmReader | string {
  try {
    return custom ? custom(zone) : new OneClient(zone);
  } catch (e) {
    return (e as Error).message;
  }
}

/** The `wait-ready` command. Returns its exit status. */
export async function waitReadyCommand(
  args: string[], env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void, custom?: Connect,
): Promise<number> {
  const flags = begin(args, ['vm-ids', 'endpoint', 'zone', 'timeout', 'interval', 'label'], WAIT_READY_USAGE, 'wait-ready', out, err);
  if (typeof flags === 'number') return flags;
  const usage = usageError(err);
  const idsText = flags.get('vm-ids');
  if (idsText === undefined) return usage('wait-ready: --vm-ids is required');
  if (!/^\d+(,\d+)*$/.test(idsText)) return usage(`wait-ready: --vm-ids must be VM IDs separated by commas, got ${JSON.stringify(idsText)}`);
  const seconds = (name: string, fallback: number, max: number): number | undefined => {
    const text = flags.get(name);
    if (text === undefined) return fallback;
    return /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= max ? Number(text) : undefined;
  };
  const timeoutSeconds = seconds('timeout', 900, 86_400);
  if (timeoutSeconds === undefined) return usage(`wait-ready: --timeout must be an integer from 1 to 86400, got ${JSON.stringify(flags.get('timeout'))}`);
  const intervalSeconds = seconds('interval', 5, 3600);
  if (intervalSeconds === undefined) return usage(`wait-ready: --interval must be an integer from 1 to 3600, got ${JSON.stringify(flags.get('interval'))}`);
  const zone = connection(flags, env, 'wait-ready');
  if (typeof zone === 'string') return usage(zone);
  const reader = connect(zone, custom);
  if (typeof reader === 'string') return usage(`wait-ready: ${reader}`);
  const result = await waitReady({
    reader,
    vmIds: idsText.split(',').map(Number),
    timeoutSeconds,
    intervalSeconds,
    label: flags.get('label'),
    log: out,
  });
  if (!result.ready) {
    err(`wait-ready: ${result.reason}`);
    return 1;
  }
  return 0;
}

/** The `clear-ready` command. Returns its exit status. */
export async function clearReadyCommand(
  args: string[], env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void, custom?: Connect,
): Promise<number> {
  const flags = begin(args, ['zone', 'service', 'datacenter', 'endpoint'], CLEAR_READY_USAGE, 'clear-ready', out, err);
  if (typeof flags === 'number') return flags;
  const usage = usageError(err);
  for (const name of ['zone', 'service', 'datacenter']) {
    const value = flags.get(name);
    if (value === undefined) return usage(`clear-ready: --${name} is required`);
    if (!NAME.test(value)) return usage(`clear-ready: --${name} must be a name (lower-case letters, digits, "_"), got ${JSON.stringify(value)}`);
  }
  const zone = connection(flags, env, 'clear-ready');
  if (typeof zone === 'string') return usage(zone);
  const client = connect(zone, custom);
  if (typeof client === 'string') return usage(`clear-ready: ${client}`);
  if (!client.vmPool || !client.updateVm) return usage('clear-ready: this connection cannot list or update VMs');
  const label = `${flags.get('service')}/${flags.get('datacenter')}`;
  try {
    const members = membersOf(await client.vmPool(), flags.get('zone')!, flags.get('service')!, flags.get('datacenter')!);
    for (const vm of members) await client.updateVm(vm.id, { READY: 'NO' });
    out(`clear-ready ${label}: READY=NO on ${members.length} VM${members.length === 1 ? '' : 's'}${members.length ? ` (${members.map((vm) => vm.id).join(', ')})` : ''}`);
    return 0;
  } catch (e) {
    if (!(e instanceof OneApiError)) throw e;
    err(`clear-ready ${label}: ${e.message}`);
    return 1;
  }
}
