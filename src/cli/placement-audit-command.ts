/**
 * The `placement-audit` command: reads the zone (one pool call per kind of object), reads the
 * declaration when given, runs the pure audit (placement-audit.ts), prints the report, and with
 * `--migrate` carries the advised moves out one at a time, waiting for each to finish, then
 * audits again. Without `--migrate` nothing is changed.
 */
import * as fs from 'fs';
import { AuditReport, Declaration, Move, ZoneSnapshot, auditPlacement, renderText, stateName } from './placement-audit';
import { DeclarationInputError, declarationFromPlan, declarationFromSynth } from './placement-declaration';
import { connection } from './wait-ready';
import { LCM_FAILURES, OneApiError, OneClient, VM_STATE, ZoneHost, ZoneVm, ZoneVmGroup } from '../opennebula/client';

export const PLACEMENT_AUDIT_USAGE = `Usage: cdktf-opennebula placement-audit [--endpoint <url>] [--zone <name>] [--service <name>]
                                       [--plan <plan.json> | --synth <cdk.tf.json>] [--json]
                                       [--migrate] [--migrate-timeout <seconds>]

Checks that every service managed by cdktf-opennebula is still spread as declared. Services are
found from the tags the library sets on their VMs (service, zone, datacenter); --plan (the output
of \`tofu show -json plan.tfplan\`) or --synth (cdktf.out/stacks/<stack>/cdk.tf.json) compares
them with the declaration: members per datacenter, clusters, VM groups.

Per service and datacenter it reports members expected and found, members not RUNNING (PENDING
and for how long, failures, POWEROFF...), members sharing a host, members outside their
datacenter's cluster, members missing from their VM group role, and VMs with the service's tags
that the declaration does not know. For each violation it advises a move (a MONITORED host of the
right cluster with the CPU and memory free by OpenNebula's host share, holding no VM of the
service) as an \`onevm migrate --live\` command, or says why no host can take it.

Options:
  --endpoint <url>         XML-RPC endpoint (default OPENNEBULA_ENDPOINT)
  --zone <name>            only services of this zone; also selects TF_VAR_<zone>_opennebula_* credentials
  --service <name>         only this service
  --plan <file>            compare with a plan in JSON form (\`tofu show -json plan.tfplan\`)
  --synth <file>           compare with a synthesized stack (cdk.tf.json)
  --json                   print the report as JSON (for monitoring) instead of text
  --migrate                carry the advised moves out (one.vm.migrate: live, capacity enforced), one at
                           a time, each awaited, never two VMs of a service at once; then audit again.
                           Without it nothing is changed (a dry run).
  --migrate-timeout <s>    longest wait for one migration to finish, 1 to 86400 (default 600)
  -h, --help               show this help

The credentials come from OPENNEBULA_USERNAME and OPENNEBULA_PASSWORD, or else from
TF_VAR_<zone>_opennebula_username and TF_VAR_<zone>_opennebula_password (the zone of --zone, or
the one zone of the declaration), never from arguments.
Progress goes to stderr, the report to stdout.

Exit status: 0 every service placed as declared (after --migrate: once repaired); 1 violations
found (or left after --migrate, or a migration failed); 2 bad arguments, a declaration that is not
understood, no credentials, or a zone that could not be read.`;

/** What the command reads and changes of a zone (OneClient; a fake in tests). */
export interface PlacementApi {
  placementPool(): Promise<ZoneVm[]>;
  hostPool(): Promise<ZoneHost[]>;
  vmGroupPool(): Promise<ZoneVmGroup[]>;
  vmPlacement(id: number): Promise<ZoneVm>;
  host(id: number): Promise<ZoneHost>;
  migrateVm(id: number, hostId: number, options: { live: boolean; enforce: boolean }): Promise<void>;
}

/** Where the command reads and writes; injectable for tests. */
export interface PlacementAuditIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Reads a declaration file. @default - fs, refusing more than 256 MiB */
  readonly readFile?: (path: string) => string;
  readonly connect?: (zone: { endpoint: string; username: string; password: string }) => PlacementApi;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Milliseconds between two reads of a migrating VM. @default 1000 */
  readonly pollIntervalMs?: number;
}

const MAX_DECLARATION_BYTES = 256 * 1024 * 1024;
const NAME = /^[a-z][a-z0-9_]*$/;
const VALUE_FLAGS = ['endpoint', 'zone', 'service', 'plan', 'synth', 'migrate-timeout'];
const BOOLEAN_FLAGS = ['json', 'migrate'];

/** The outcome of one move under `--migrate`. */
export interface MigrationOutcome {
  readonly vmId: number;
  readonly vmName: string;
  readonly from: { readonly id: number; readonly name: string };
  readonly to: { readonly id: number; readonly name: string };
  readonly result: 'migrated' | 'skipped' | 'failed' | 'not attempted';
  readonly seconds: number;
  readonly message: string;
}

export interface CarryOutOptions {
  readonly timeoutSeconds: number;
  readonly pollIntervalMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly log?: (line: string) => void;
}

const hostText = (host: { id: number; name: string }) => `${host.name} (${host.id})`;

/**
 * Carries `moves` out one at a time: checks that the VM is still where the audit saw it and that
 * the target still holds no VM of the service, starts the migration (live for a RUNNING VM,
 * capacity enforced by oned), and waits until the VM is back in its state on the new host, at
 * most `timeoutSeconds`. Stops at the first failure: the moves after it are not attempted.
 */
export async function carryOutMoves(moves: Move[], api: PlacementApi, options: CarryOutOptions): Promise<MigrationOutcome[]> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = options.log ?? (() => undefined);
  const outcomes: MigrationOutcome[] = [];
  let stopped = false;
  for (const move of moves) {
    const base = { vmId: move.vmId, vmName: move.vmName, from: move.from, to: { id: move.to.id, name: move.to.name } };
    const label = `${move.vmName} (${move.vmId}) ${hostText(move.from)} -> ${hostText(move.to)}`;
    if (stopped) {
      outcomes.push({ ...base, result: 'not attempted', seconds: 0, message: 'an earlier migration failed' });
      continue;
    }
    const started = now();
    const seconds = () => (now() - started) / 1000;
    const outcome = (result: MigrationOutcome['result'], message: string): MigrationOutcome => {
      log(`migrate ${label}: ${result}${message ? `: ${message}` : ''}`);
      return { ...base, result, seconds: seconds(), message };
    };
    try {
      const before = await api.vmPlacement(move.vmId);
      if (stateName(before) !== move.state || before.history?.hostId !== move.from.id) {
        outcomes.push(outcome('skipped', `changed since the audit: now ${stateName(before)}${before.history ? ` on ${hostText({ id: before.history.hostId, name: before.history.hostName })}` : ''}`));
        continue;
      }
      const target = await api.host(move.to.id);
      const sibling = target.vmIds.find((id) => id !== move.vmId && move.serviceVmIds.includes(id));
      if (target.state !== 2 || sibling !== undefined) {
        outcomes.push(outcome('skipped', sibling !== undefined ? `${hostText(target)} now holds VM ${sibling} of ${move.service}` : `${hostText(target)} is no longer MONITORED`));
        continue;
      }
      const seq = before.history.seq;
      log(`migrate ${label}: ${move.live ? 'live ' : ''}migration started`);
      await api.migrateVm(move.vmId, move.to.id, { live: move.live, enforce: true });
      const deadline = started + options.timeoutSeconds * 1000;
      let moving = false;
      for (;;) {
        const vm = await api.vmPlacement(move.vmId);
        const state = stateName(vm);
        const back = state === move.state;
        // oned writes the new history record (on the target) before the VM leaves RUNNING: done
        // only once the VM runs there (RSTIME), or for a cold migration once its prolog there ended.
        const arrived = vm.history !== undefined && vm.history.seq > seq && vm.history.hostId === move.to.id
          && (move.live ? vm.history.rstime > 0 : vm.history.petime > 0);
        if (back && arrived) {
          outcomes.push(outcome('migrated', `${seconds().toFixed(1)} s`));
          break;
        }
        const error = vm.userTemplate.ERROR ? `: ${vm.userTemplate.ERROR.trim().slice(0, 300)}` : '';
        if ((vm.state === VM_STATE.ACTIVE && LCM_FAILURES.has(vm.lcmState)) || state.endsWith('FAILURE') || vm.state === VM_STATE.DONE) {
          outcomes.push(outcome('failed', `the VM is ${state}${error}`));
          stopped = true;
          break;
        }
        if (!back) moving = true;
        if (back && (moving || (vm.history && vm.history.seq > seq)) && vm.history?.hostId !== move.to.id) {
          outcomes.push(outcome('failed', `the VM is ${state} on ${vm.history ? hostText({ id: vm.history.hostId, name: vm.history.hostName }) : 'no host'} again: the migration failed${error}`));
          stopped = true;
          break;
        }
        if (now() >= deadline) {
          outcomes.push(outcome('failed', `did not finish within ${options.timeoutSeconds} s (--migrate-timeout): the VM is ${state}`
            + `${vm.history ? ` on ${hostText({ id: vm.history.hostId, name: vm.history.hostName })}` : ''}; check it with \`onevm show ${move.vmId}\``));
          stopped = true;
          break;
        }
        await sleep(Math.min(options.pollIntervalMs ?? 1000, Math.max(0, deadline - now())));
      }
    } catch (e) {
      if (!(e instanceof OneApiError)) throw e;
      outcomes.push(outcome('failed', e.message));
      stopped = true;
    }
  }
  return outcomes;
}

/** The endpoint as printed: without user information. */
export function displayEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    if (url.username || url.password) {
      url.username = '';
      url.password = '';
    }
    return url.toString();
  } catch {
    return endpoint.replace(/\/\/[^@/]*@/, '//');
  }
}

function readDeclarationFile(path: string): string {
  const stat = fs.statSync(path);
  if (stat.isDirectory()) throw new Error('is a directory');
  if (stat.size > MAX_DECLARATION_BYTES) throw new Error(`larger than ${MAX_DECLARATION_BYTES / 1024 / 1024} MiB`);
  return fs.readFileSync(path, 'utf8');
}

/** Reads the zone: VMs, hosts and VM groups. */
async function readZone(api: PlacementApi): Promise<ZoneSnapshot> {
  const [vms, hosts, vmGroups] = await Promise.all([api.placementPool(), api.hostPool(), api.vmGroupPool()]);
  return { vms, hosts, vmGroups };
}

/** The `placement-audit` command. Returns its exit status. */
export async function placementAuditCommand(args: string[], io: PlacementAuditIo): Promise<number> {
  const usage = (message: string) => {
    io.err(`placement-audit: ${message}\nRun \`cdktf-opennebula placement-audit --help\` for the options.`);
    return 2;
  };
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      io.out(PLACEMENT_AUDIT_USAGE);
      return 0;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (match && BOOLEAN_FLAGS.includes(match[1])) {
      if (match[2] !== undefined) return usage(`--${match[1]} takes no value`);
      switches.add(match[1]);
      continue;
    }
    if (!match || !VALUE_FLAGS.includes(match[1])) return usage(`unknown argument ${JSON.stringify(arg.length > 60 ? `${arg.slice(0, 60)}…` : arg)}`);
    const value = match[2] ?? args[++i];
    if (value === undefined) return usage(`--${match[1]} needs a value`);
    if (flags.has(match[1])) return usage(`--${match[1]} given twice`);
    flags.set(match[1], value);
  }
  for (const name of ['zone', 'service']) {
    const value = flags.get(name);
    if (value !== undefined && !NAME.test(value)) return usage(`--${name} must be a name (lower-case letters, digits, "_"), got ${JSON.stringify(value)}`);
  }
  if (flags.has('plan') && flags.has('synth')) return usage('give --plan or --synth, not both');
  const timeoutText = flags.get('migrate-timeout') ?? '600';
  if (!/^\d{1,5}$/.test(timeoutText) || Number(timeoutText) < 1 || Number(timeoutText) > 86_400) {
    return usage(`--migrate-timeout must be an integer from 1 to 86400, got ${JSON.stringify(timeoutText)}`);
  }
  if (flags.has('migrate-timeout') && !switches.has('migrate')) return usage('--migrate-timeout is only meaningful with --migrate');

  let declaration: Declaration | undefined;
  const file = flags.get('plan') ?? flags.get('synth');
  if (file !== undefined) {
    const kind = flags.has('plan') ? 'plan' : 'synth';
    let text: string;
    try {
      text = (io.readFile ?? readDeclarationFile)(file);
    } catch (e) {
      io.err(`placement-audit: ${file}: cannot read: ${(e as Error).message}`);
      return 2;
    }
    try {
      declaration = kind === 'plan' ? declarationFromPlan(text, `plan ${file}`) : declarationFromSynth(text, `stack ${file}`);
    } catch (e) {
      if (!(e instanceof DeclarationInputError)) throw e;
      io.err(`placement-audit: ${file}: ${e.message}`);
      return 2;
    }
    const zone = flags.get('zone');
    const service = flags.get('service');
    const kept = declaration.services.filter((s) => (zone === undefined || s.zone === zone) && (service === undefined || s.service === service));
    if (kept.length === 0) {
      return usage(`${file} declares no service${service ? ` ${service}` : ''}${zone ? ` in zone ${zone}` : ''} `
        + `(it declares ${declaration.services.map((s) => `${s.zone}/${s.service}`).join(', ')})`);
    }
  }

  // Credentials of the zone given, else of the one zone the declaration has (TF_VAR_<zone>_opennebula_*).
  const zones = [...new Set(declaration?.services.map((s) => s.zone) ?? [])];
  const credentialFlags = new Map(flags);
  if (!flags.has('zone') && zones.length === 1) credentialFlags.set('zone', zones[0]);
  const zone = connection(credentialFlags, io.env, 'placement-audit');
  if (typeof zone === 'string') {
    io.err(zone);
    return 2;
  }
  const endpoint = displayEndpoint(zone.endpoint);
  let api: PlacementApi;
  try {
    api = io.connect ? io.connect(zone) : new OneClient(zone);
  } catch (e) {
    return usage((e as Error).message);
  }
  const now = io.now ?? Date.now;
  const audit = async (): Promise<AuditReport | number> => {
    const started = now();
    let snapshot: ZoneSnapshot;
    try {
      snapshot = await readZone(api);
    } catch (e) {
      if (!(e instanceof OneApiError)) throw e;
      io.err(`placement-audit: cannot read the zone at ${endpoint}: ${e.message}`);
      return 2;
    }
    const read = now();
    const report = auditPlacement(snapshot, { declaration, now: read, zone: flags.get('zone'), service: flags.get('service') });
    io.err(`placement-audit: read ${snapshot.vms.length} VMs, ${snapshot.hosts.length} hosts and ${snapshot.vmGroups.length} VM groups in `
      + `${((read - started) / 1000).toFixed(2)} s, audited in ${((now() - read) / 1000).toFixed(2)} s`);
    return report;
  };

  const before = await audit();
  if (typeof before === 'number') return before;
  if (flags.has('service') && !declaration && before.services.length === 0) {
    io.err(`placement-audit: no VM carries the tags of service ${flags.get('service')}${flags.has('zone') ? ` in zone ${flags.get('zone')}` : ''} at ${endpoint}: `
      + 'nothing to audit (check the name, or give --plan or --synth to say what is expected)');
    return 2;
  }
  const json = switches.has('json');
  if (!switches.has('migrate')) {
    if (json) io.out(JSON.stringify({ endpoint, dryRun: true, ...before }, null, 2));
    else io.out(`${renderText(before, endpoint)}\ndry run: nothing changed; --migrate to apply`);
    return before.counts.violations === 0 ? 0 : 1;
  }

  if (!json) io.out(renderText(before, endpoint));
  if (before.moves.length === 0) {
    if (json) io.out(JSON.stringify({ endpoint, dryRun: false, ...before, migrations: [] }, null, 2));
    else io.out(before.counts.violations === 0 ? '--migrate: nothing to move' : '--migrate: no violation can be repaired by a migration; see the advice above');
    return before.counts.violations === 0 ? 0 : 1;
  }
  const migrations = await carryOutMoves(before.moves, api, {
    timeoutSeconds: Number(timeoutText), pollIntervalMs: io.pollIntervalMs, now, sleep: io.sleep, log: (line) => io.err(`placement-audit: ${line}`),
  });
  const after = await audit();
  if (typeof after === 'number') return after;
  const failed = migrations.some((m) => m.result === 'failed');
  if (json) {
    io.out(JSON.stringify({ endpoint, dryRun: false, ...before, migrations, after }, null, 2));
  } else {
    const counts = (['migrated', 'skipped', 'failed', 'not attempted'] as const).map((r) => [r, migrations.filter((m) => m.result === r).length] as const).filter(([, n]) => n > 0);
    io.out([
      `--migrate: ${counts.map(([r, n]) => `${n} ${r}`).join(', ')}`,
      ...migrations.map((m) => `  ${m.result.padEnd(13)} ${m.vmName} (${m.vmId}) ${hostText(m.from)} -> ${hostText(m.to)}${m.message ? `: ${m.message}` : ''}`),
      '',
      'after --migrate:',
      renderText(after, endpoint),
    ].join('\n'));
  }
  return failed || after.counts.violations > 0 ? 1 : 0;
}
