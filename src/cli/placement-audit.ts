/**
 * `cdktf-opennebula placement-audit`: is every service still spread as declared?
 *
 * OpenNebula applies a VM group's anti-affinity only when its scheduler places a VM: a host
 * failure, an evacuation or a manual `onevm migrate` can leave two members of a service on one
 * host, or a member outside its datacenter's cluster, and nothing notices until that host dies.
 * This module is the pure core of the audit: it takes what the zone answered (VMs with their
 * last history record, hosts with OpenNebula's capacity figures, VM groups) and, optionally, the
 * declaration (from a plan or a synthesized stack), and returns a report: per service and
 * datacenter the members expected and found, every violation, and for each a concrete move (VM
 * to host) or the reason no host can take it. It reads no file and makes no call; the command
 * (placement-audit-command.ts) does the I/O and carries the moves out with `--migrate`.
 */
import { LCM_FAILURES, LCM_RUNNING, LCM_STATE_NAMES, HOST_STATE_NAMES, VM_STATE, VM_STATE_NAMES, ZoneHost, ZoneVm, ZoneVmGroup } from '../opennebula/client';

/** What the audit reads of a zone: one pool call per kind of object. */
export interface ZoneSnapshot {
  readonly vms: ZoneVm[];
  readonly hosts: ZoneHost[];
  readonly vmGroups: ZoneVmGroup[];
}

/** One datacenter of a declared service. */
export interface DeclaredDatacenter {
  readonly name: string;
  /** The cluster its template schedules on (`SCHED_REQUIREMENTS = "CLUSTER_ID = N"`); unknown with a base template. */
  readonly clusterId?: number;
  /** The members by name, each with the address of its resource when known. */
  readonly members: Array<{ readonly name: string; readonly address?: string }>;
  /** The VM group its members join, and the role. */
  readonly vmGroupName?: string;
  readonly roleName?: string;
}

/** A service as the declaration has it. */
export interface DeclaredService {
  readonly zone: string;
  readonly service: string;
  readonly datacenters: DeclaredDatacenter[];
}

/** What the services should be: from a plan (`tofu show -json`) or a synthesized stack (cdk.tf.json). */
export interface Declaration {
  /** Where it came from, for the report, e.g. `plan plan.json`. */
  readonly source: string;
  readonly services: DeclaredService[];
}

export interface AuditOptions {
  readonly declaration?: Declaration;
  /** The time of the audit, in milliseconds since the epoch (PENDING durations). */
  readonly now: number;
  /** Only services of this zone (their `zone` tag). */
  readonly zone?: string;
  /** Only this service. */
  readonly service?: string;
}

/** The kinds of violation, in the order the report lists them. */
export type ViolationKind = 'missing' | 'not-running' | 'shared-host' | 'wrong-cluster' | 'not-in-role' | 'unknown';

/** Titles of the kinds, as the text report prints them. */
export const VIOLATION_TITLES: { readonly [kind in ViolationKind]: string } = {
  'missing': 'missing member',
  'not-running': 'not running',
  'shared-host': 'shares a host',
  'wrong-cluster': 'outside its cluster',
  'not-in-role': 'not in its VM group role',
  'unknown': 'unknown to the declaration',
};

/** A host as the report names it. */
export interface HostRef {
  readonly id: number;
  readonly name: string;
}

/** A migration that repairs a violation. */
export interface Move {
  readonly zone: string;
  readonly service: string;
  readonly datacenter: string;
  readonly vmId: number;
  readonly vmName: string;
  readonly from: HostRef;
  readonly to: HostRef & { readonly clusterId: number; readonly freeCpu: number; readonly freeMemoryMb: number };
  /** Live for a RUNNING VM; a powered-off or suspended VM moves cold. */
  readonly live: boolean;
  /** The violations it repairs. */
  readonly repairs: ViolationKind[];
  /** The exact command: `onevm migrate --live --enforce <vm> <host>`. */
  readonly command: string;
  /** Every VM carrying the service's tags (the move must not land beside one). */
  readonly serviceVmIds: number[];
  /** The VM's state before the move (`RUNNING`, `POWEROFF`, `SUSPENDED`): the state it returns to. */
  readonly state: string;
}

export interface Violation {
  readonly kind: ViolationKind;
  readonly zone: string;
  readonly service: string;
  readonly datacenter: string;
  readonly vm?: { readonly id: number; readonly name: string };
  /** What is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly advice: string;
  /** The command that does it, when one does. */
  readonly command?: string;
  /** The migration that repairs it, when one can (`--migrate` carries these out). */
  readonly move?: Move;
}

export interface MemberReport {
  readonly id: number;
  readonly name: string;
  /** `RUNNING`, `PENDING`, `POWEROFF`, `BOOT_FAILURE`, ... (the LCM state of an ACTIVE VM). */
  readonly state: string;
  readonly host?: HostRef;
  readonly clusterId?: number;
  /** `group/role` it is in, when it is in one. */
  readonly vmGroup?: string;
  /** The violations about this member. */
  readonly problems: ViolationKind[];
}

export interface DatacenterReport {
  readonly name: string;
  /** The cluster its members belong on, when known. */
  readonly clusterId?: number;
  /** Members the declaration has (none without a declaration). */
  readonly expected?: number;
  /** Members found (VMs with the service's tags that the declaration knows, or all without one). */
  readonly found: number;
  readonly running: number;
  /** Hosts of its cluster that can take VMs (MONITORED). */
  readonly usableHosts?: number;
  readonly members: MemberReport[];
  /** VMs with the service's tags that the declaration does not know. */
  readonly unknown: MemberReport[];
  readonly violations: Violation[];
}

export interface ServiceReport {
  readonly zone: string;
  readonly service: string;
  /** Whether the declaration has this service (else it is audited from its tags only). */
  readonly declared: boolean;
  readonly datacenters: DatacenterReport[];
}

export interface AuditReport {
  /** The declaration compared with, e.g. `plan plan.json`; none when only tags were read. */
  readonly declaration?: string;
  readonly services: ServiceReport[];
  readonly counts: {
    readonly services: number;
    readonly datacenters: number;
    readonly members: number;
    readonly vms: number;
    readonly hosts: number;
    readonly violations: number;
    readonly moves: number;
    /** Violations no migration repairs (they need another change, see their advice). */
    readonly unresolved: number;
  };
  /** Every migration of the advice, in the order `--migrate` carries them out. */
  readonly moves: Move[];
}

const HOST_MONITORED = 2;
const LCM_UNKNOWN = 16;
/** States in which a VM holds a host (its capacity is accounted there). */
const HOLDS_HOST: ReadonlySet<number> = new Set<number>([VM_STATE.ACTIVE, VM_STATE.SUSPENDED, VM_STATE.POWEROFF]);

/** `RUNNING`, `PENDING`, `BOOT_FAILURE`, ...: the LCM state of an ACTIVE VM, else its state. */
export function stateName(vm: { state: number; lcmState: number }): string {
  if (vm.state === VM_STATE.ACTIVE) return LCM_STATE_NAMES[vm.lcmState] ?? `LCM_STATE ${vm.lcmState}`;
  return VM_STATE_NAMES[vm.state] ?? `STATE ${vm.state}`;
}

function isRunning(vm: ZoneVm): boolean {
  return vm.state === VM_STATE.ACTIVE && vm.lcmState === LCM_RUNNING;
}

/** The cluster of `CLUSTER_ID = N` (the form the library writes); undefined for any other expression. */
export function clusterOfRequirements(requirements: string | undefined): number | undefined {
  const match = /^\s*\(?\s*CLUSTER_ID\s*=\s*"?(\d{1,9})"?\s*\)?\s*$/.exec(requirements ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Seconds as `45 s`, `12 min`, `3 h 5 min`, `2 d 4 h`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
  return `${Math.floor(s / 86_400)} d ${Math.round((s % 86_400) / 3600)} h`;
}

const mb = (kb: number) => Math.floor(kb / 1024);
const cores = (percent: number) => Number((percent / 100).toFixed(2));
const hostText = (host: HostRef) => `${host.name} (${host.id})`;
const vmText = (vm: { id: number; name: string }) => `${vm.name || '(no name)'} (${vm.id})`;

/** A member or unknown VM of a service, with where it is. */
interface Placed {
  readonly vm: ZoneVm;
  readonly datacenter: string;
  /** The host it holds (ACTIVE, POWEROFF or SUSPENDED with a history record). */
  readonly host?: ZoneHost | HostRef;
  readonly hostClusterId?: number;
  /** The cluster it belongs on: the declaration's, else its own SCHED_REQUIREMENTS, else its datacenter's. */
  clusterId?: number;
  readonly problems: ViolationKind[];
  readonly address?: string;
  readonly groupText?: string;
}

/** Capacity reserved on hosts by the moves advised so far. */
interface Reservations {
  cpu: Map<number, number>;
  memKb: Map<number, number>;
}

/**
 * Audits the placement of every service the library manages in `zone` (found from the tags it
 * sets on VMs: `SERVICE`, `ZONE` and `DATACENTER` in USER_TEMPLATE), compared with the
 * declaration when one is given. Pure and linear in the size of the zone (apart from sorting).
 */
export function auditPlacement(zone: ZoneSnapshot, options: AuditOptions): AuditReport {
  const hosts = new Map(zone.hosts.map((h) => [h.id, h]));
  const hostsByCluster = new Map<number, ZoneHost[]>();
  for (const host of zone.hosts) {
    const list = hostsByCluster.get(host.clusterId) ?? [];
    list.push(host);
    hostsByCluster.set(host.clusterId, list);
  }
  // VM ID -> the roles it is in ("group/role" with the group).
  const roles = new Map<number, Array<{ group: ZoneVmGroup; role: string; policy: string }>>();
  for (const group of zone.vmGroups) {
    for (const role of group.roles) {
      for (const id of role.vmIds) {
        const list = roles.get(id) ?? [];
        list.push({ group, role: role.name, policy: role.policy });
        roles.set(id, list);
      }
    }
  }

  // Every VM carrying a service's tags, by zone/service and datacenter.
  type ServiceVms = { zone: string; service: string; byDc: Map<string, ZoneVm[]> };
  const found = new Map<string, ServiceVms>();
  const key = (z: string, s: string) => `${z}\u0000${s}`;
  for (const vm of zone.vms) {
    if (vm.state === VM_STATE.DONE) continue;
    const { SERVICE: service, ZONE: zoneName, DATACENTER: datacenter } = vm.userTemplate;
    if (!service || !zoneName || !datacenter) continue;
    if ((options.zone !== undefined && zoneName !== options.zone) || (options.service !== undefined && service !== options.service)) continue;
    let entry = found.get(key(zoneName, service));
    if (!entry) found.set(key(zoneName, service), entry = { zone: zoneName, service, byDc: new Map() });
    const list = entry.byDc.get(datacenter) ?? [];
    list.push(vm);
    entry.byDc.set(datacenter, list);
  }
  const declared = new Map<string, DeclaredService>();
  for (const s of options.declaration?.services ?? []) {
    if ((options.zone !== undefined && s.zone !== options.zone) || (options.service !== undefined && s.service !== options.service)) continue;
    declared.set(key(s.zone, s.service), s);
    if (!found.has(key(s.zone, s.service))) found.set(key(s.zone, s.service), { zone: s.zone, service: s.service, byDc: new Map() });
  }

  const reservations: Reservations = { cpu: new Map(), memKb: new Map() };
  const services: ServiceReport[] = [];
  const moves: Move[] = [];
  const sorted = [...found.values()].sort((a, b) => compare(a.zone, b.zone) || compare(a.service, b.service));
  for (const entry of sorted) {
    const report = auditService(entry.zone, entry.service, entry.byDc, declared.get(key(entry.zone, entry.service)),
      { hosts, hostsByCluster, roles, now: options.now, reservations });
    services.push(report.service);
    moves.push(...report.moves);
  }
  const all = services.flatMap((s) => s.datacenters);
  const violations = all.reduce((n, dc) => n + dc.violations.length, 0);
  return {
    ...(options.declaration ? { declaration: options.declaration.source } : {}),
    services,
    counts: {
      services: services.length,
      datacenters: all.length,
      members: all.reduce((n, dc) => n + dc.found, 0),
      vms: zone.vms.length,
      hosts: zone.hosts.length,
      violations,
      moves: moves.length,
      unresolved: all.reduce((n, dc) => n + dc.violations.filter((v) => !v.move).length, 0),
    },
    moves,
  };
}

interface Context {
  readonly hosts: Map<number, ZoneHost>;
  readonly hostsByCluster: Map<number, ZoneHost[]>;
  readonly roles: Map<number, Array<{ group: ZoneVmGroup; role: string; policy: string }>>;
  readonly now: number;
  readonly reservations: Reservations;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The audit of one service: every datacenter found or declared. */
function auditService(
  zone: string, service: string, byDc: Map<string, ZoneVm[]>, declaration: DeclaredService | undefined, ctx: Context,
): { service: ServiceReport; moves: Move[] } {
  const dcNames = [...new Set([...byDc.keys(), ...(declaration?.datacenters.map((d) => d.name) ?? [])])].sort(compare);
  const violations = new Map<string, Violation[]>(dcNames.map((dc) => [dc, []]));
  const add = (v: Violation) => violations.get(v.datacenter)!.push(v);
  const members = new Map<string, Placed[]>();
  const unknown = new Map<string, Placed[]>();
  const serviceVmIds = [...byDc.values()].flat().map((vm) => vm.id).sort((a, b) => a - b);
  const where = (vm: ZoneVm): Pick<Placed, 'host' | 'hostClusterId'> => {
    if (!vm.history || !HOLDS_HOST.has(vm.state)) return {};
    const host = ctx.hosts.get(vm.history.hostId);
    return { host: host ?? { id: vm.history.hostId, name: vm.history.hostName }, hostClusterId: host?.clusterId ?? vm.history.clusterId };
  };

  for (const dc of dcNames) {
    const vms = [...(byDc.get(dc) ?? [])].sort((a, b) => a.id - b.id);
    const declaredDc = declaration?.datacenters.find((d) => d.name === dc);
    const roleName = declaredDc?.roleName ?? `${service}_${dc}`;
    const inRole = (vm: ZoneVm) => (ctx.roles.get(vm.id) ?? []).find((r) => r.role === roleName
      && (declaredDc?.vmGroupName !== undefined ? r.group.name === declaredDc.vmGroupName
        : (r.group.template.SERVICE ?? service) === service && (r.group.template.DATACENTER ?? dc) === dc));
    const groupText = (vm: ZoneVm) => {
      const role = (ctx.roles.get(vm.id) ?? [])[0];
      return role ? `${role.group.name}/${role.role}` : undefined;
    };
    const place = (vm: ZoneVm, address?: string): Placed => ({
      vm,
      datacenter: dc,
      ...where(vm),
      problems: [],
      clusterId: declaredDc?.clusterId ?? clusterOfRequirements(vm.userTemplate.SCHED_REQUIREMENTS),
      address,
      groupText: groupText(vm),
    });
    const dcMembers: Placed[] = [];
    const dcUnknown: Placed[] = [];
    if (!declaration) {
      dcMembers.push(...vms.map((vm) => place(vm)));
    } else if (!declaredDc) {
      for (const vm of vms) {
        const placed = place(vm);
        placed.problems.push('unknown');
        dcUnknown.push(placed);
        add({
          kind: 'unknown',
          zone,
          service,
          datacenter: dc,
          vm: { id: vm.id, name: vm.name },
          message: `${vmText(vm)} carries the tags of ${service} in ${dc}, a datacenter the declaration does not have`,
          advice: `if it is a leftover, terminate it; otherwise declare ${dc} for ${service}`,
          command: `onevm terminate ${vm.id}`,
        });
      }
    } else {
      // The declared names; for a name found twice, the member is the one in the declared group,
      // then the RUNNING one, then the newest.
      const byName = new Map<string, ZoneVm[]>();
      for (const vm of vms) byName.set(vm.name, [...(byName.get(vm.name) ?? []), vm]);
      for (const member of declaredDc.members) {
        const candidates = (byName.get(member.name) ?? []).sort((a, b) =>
          Number(inRole(b) !== undefined) - Number(inRole(a) !== undefined) || Number(isRunning(b)) - Number(isRunning(a)) || b.id - a.id);
        byName.delete(member.name);
        if (candidates.length === 0) {
          add({
            kind: 'missing',
            zone,
            service,
            datacenter: dc,
            message: `${member.name} is declared but no VM of that name carries the tags of ${service} in ${dc}`,
            advice: `apply the stack (\`cdktf deploy\` or \`tofu apply\`) to create it again${member.address ? ` (${member.address})` : ''}`,
          });
          continue;
        }
        dcMembers.push(place(candidates[0], member.address));
        for (const extra of candidates.slice(1)) {
          const placed = place(extra);
          placed.problems.push('unknown');
          dcUnknown.push(placed);
          add({
            kind: 'unknown',
            zone,
            service,
            datacenter: dc,
            vm: { id: extra.id, name: extra.name },
            message: `${vmText(extra)} is a second VM named ${member.name} (the member is ${vmText(candidates[0])})`,
            advice: 'a leftover of an interrupted rollout: terminate it once the member serves',
            command: `onevm terminate ${extra.id}`,
          });
        }
      }
      for (const [name, rest] of byName) {
        for (const vm of rest) {
          const placed = place(vm);
          placed.problems.push('unknown');
          dcUnknown.push(placed);
          add({
            kind: 'unknown',
            zone,
            service,
            datacenter: dc,
            vm: { id: vm.id, name: vm.name },
            message: `${vmText(vm)} carries the tags of ${service} in ${dc} but the declaration has no member named ${JSON.stringify(name)}`,
            advice: 'if it is a leftover, terminate it; otherwise declare it (instances of the datacenter)',
            command: `onevm terminate ${vm.id}`,
          });
        }
      }
    }
    members.set(dc, dcMembers);
    unknown.set(dc, dcUnknown);
    const common = declaredDc?.clusterId ?? commonCluster(dcMembers);
    for (const m of [...dcMembers, ...dcUnknown]) m.clusterId ??= common;

    for (const m of dcMembers) {
      const role = inRole(m.vm);
      if (!role) {
        m.problems.push('not-in-role');
        const current = (ctx.roles.get(m.vm.id) ?? []).map((r) => `${r.group.name}/${r.role}`);
        add({
          kind: 'not-in-role',
          zone,
          service,
          datacenter: dc,
          vm: { id: m.vm.id, name: m.vm.name },
          message: `${vmText(m.vm)} is not in role ${roleName} of ${declaredDc?.vmGroupName ? `VM group ${declaredDc.vmGroupName}` : `a VM group of ${service} in ${dc}`}`
            + ` (${current.length ? `it is in ${current.join(', ')}` : 'it is in no VM group'}): OpenNebula's anti-affinity does not keep it apart from the other members`,
          advice: 'a VM joins a VM group only when it is created: replace it so that it is created in the group',
          command: m.address ? `tofu apply -replace='${m.address}'` : undefined,
        });
      }
    }
  }

  // A host holding two members: one stays, the others move. The one that stays is in its cluster,
  // and the least movable: in transition (it cannot move) before RUNNING (a live migration)
  // before POWEROFF or SUSPENDED (moves cold, unnoticed); then the oldest. Hosts holding a VM of
  // the service the declaration does not know take no member.
  const byHost = new Map<number, Placed[]>();
  const occupied = new Set<number>();
  for (const dc of dcNames) {
    for (const m of members.get(dc)!) if (m.host) byHost.set(m.host.id, [...(byHost.get(m.host.id) ?? []), m]);
    for (const m of [...members.get(dc)!, ...unknown.get(dc)!]) if (m.host) occupied.add(m.host.id);
  }
  const mustMove = new Set<Placed>();
  for (const m of dcNames.flatMap((dc) => members.get(dc)!)) {
    if (m.host && m.clusterId !== undefined && m.hostClusterId !== m.clusterId) {
      m.problems.push('wrong-cluster');
      mustMove.add(m);
    }
  }
  for (const onHost of byHost.values()) {
    if (onHost.length < 2) continue;
    const mobility = (p: Placed) => ({ RUNNING: 1, POWEROFF: 2, SUSPENDED: 2 } as { [state: string]: number })[stateName(p.vm)] ?? 0;
    const ranked = [...onHost].sort((a, b) => Number(mustMove.has(a)) - Number(mustMove.has(b))
      || mobility(a) - mobility(b) || a.vm.id - b.vm.id);
    for (const m of ranked.slice(1)) {
      m.problems.push('shared-host');
      mustMove.add(m);
    }
  }

  const dcMoves: Move[] = [];
  for (const dc of dcNames) {
    const declaredDc = declaration?.datacenters.find((d) => d.name === dc);
    const dcMembers = members.get(dc)!;
    const needed = declaredDc ? declaredDc.members.length : dcMembers.length;
    for (const m of dcMembers) {
      const vm = { id: m.vm.id, name: m.vm.name };
      if (!isRunning(m.vm)) {
        m.problems.push('not-running');
        add({ kind: 'not-running', zone, service, datacenter: dc, vm, ...notRunning(m, needed, ctx, occupied) });
      }
      if (!mustMove.has(m)) continue;
      const target = m.clusterId ?? m.hostClusterId!;
      const choice = chooseHost(m, target, needed, ctx, occupied);
      const state = stateName(m.vm);
      let move: Move | undefined;
      let advice: string;
      let command: string | undefined;
      if (!['RUNNING', 'POWEROFF', 'SUSPENDED'].includes(state)) {
        advice = `it cannot be migrated while ${state}: bring it back to RUNNING first, then audit again`;
      } else if ('host' in choice) {
        const live = state === 'RUNNING';
        const from = { id: m.host!.id, name: m.host!.name };
        const repairs = m.problems.filter((p): p is ViolationKind => p === 'shared-host' || p === 'wrong-cluster');
        command = `onevm migrate ${live ? '--live ' : ''}--enforce ${m.vm.id} ${choice.host.id}`;
        move = {
          zone,
          service,
          datacenter: dc,
          vmId: m.vm.id,
          vmName: m.vm.name,
          from,
          to: {
            id: choice.host.id, name: choice.host.name, clusterId: choice.host.clusterId, freeCpu: choice.freeCpu, freeMemoryMb: choice.freeMemoryMb,
          },
          live,
          repairs,
          command,
          serviceVmIds,
          state,
        };
        dcMoves.push(move);
        occupied.add(choice.host.id);
        advice = `move it to ${hostText(choice.host)}: cluster ${choice.host.clusterId}, MONITORED, ${choice.freeCpu} CPU and `
          + `${choice.freeMemoryMb} MB free, no VM of ${service}`;
      } else {
        advice = choice.reason;
      }
      const others = m.host ? (byHost.get(m.host.id) ?? []).filter((p) => p !== m).map((p) => vmText(p.vm)) : [];
      if (m.problems.includes('wrong-cluster')) {
        add({
          kind: 'wrong-cluster',
          zone,
          service,
          datacenter: dc,
          vm,
          advice,
          command,
          move,
          message: `${vmText(m.vm)} runs on ${hostText(m.host!)} in cluster ${m.hostClusterId}, not in cluster ${m.clusterId} of ${dc}`,
        });
      }
      if (m.problems.includes('shared-host')) {
        add({
          kind: 'shared-host',
          zone,
          service,
          datacenter: dc,
          vm,
          advice,
          command,
          move,
          message: `${vmText(m.vm)} runs on ${hostText(m.host!)} with ${others.join(', ')}: one host failure takes both`,
        });
      }
    }
  }

  const memberReport = (p: Placed): MemberReport => ({
    id: p.vm.id,
    name: p.vm.name,
    state: stateName(p.vm),
    ...(p.host ? { host: { id: p.host.id, name: p.host.name } } : {}),
    ...(p.hostClusterId !== undefined ? { clusterId: p.hostClusterId } : {}),
    ...(p.groupText ? { vmGroup: p.groupText } : {}),
    problems: [...new Set(p.problems)],
  });
  const order: ViolationKind[] = ['missing', 'not-running', 'wrong-cluster', 'shared-host', 'not-in-role', 'unknown'];
  const datacenters = dcNames.map((dc): DatacenterReport => {
    const declaredDc = declaration?.datacenters.find((d) => d.name === dc);
    const dcMembers = members.get(dc)!;
    const clusterId = declaredDc?.clusterId ?? commonCluster(dcMembers);
    return {
      name: dc,
      ...(clusterId !== undefined ? { clusterId } : {}),
      ...(declaredDc ? { expected: declaredDc.members.length } : declaration ? { expected: 0 } : {}),
      found: dcMembers.length,
      running: dcMembers.filter((m) => isRunning(m.vm)).length,
      ...(clusterId !== undefined ? { usableHosts: (ctx.hostsByCluster.get(clusterId) ?? []).filter((h) => h.state === HOST_MONITORED).length } : {}),
      members: dcMembers.map(memberReport),
      unknown: unknown.get(dc)!.map(memberReport),
      violations: violations.get(dc)!.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.vm?.id ?? -1) - (b.vm?.id ?? -1)),
    };
  });
  return { service: { zone, service, declared: declaration !== undefined, datacenters }, moves: dcMoves };
}

/** The cluster every member with a known one belongs on, when they agree. */
function commonCluster(members: Placed[]): number | undefined {
  const clusters = new Set(members.map((m) => m.clusterId).filter((c): c is number => c !== undefined));
  return clusters.size === 1 ? [...clusters][0] : undefined;
}

type HostChoice = { host: ZoneHost; freeCpu: number; freeMemoryMb: number } | { reason: string };

/**
 * The host a member should go to: in `clusterId`, MONITORED, with the CPU and memory the VM takes
 * free by OpenNebula's HOST_SHARE figures (less what earlier moves reserved), and holding no VM
 * of the service (`occupied`). The one with the most free memory, then CPU, then the lowest ID.
 * Reserves its capacity; or says why none can take it and what to change instead.
 */
function chooseHost(m: Placed, clusterId: number, needed: number, ctx: Context, occupied: Set<number>): HostChoice {
  const cpu = Math.floor(m.vm.cpu * 100);
  const memKb = m.vm.memoryMb * 1024;
  const cluster = ctx.hostsByCluster.get(clusterId) ?? [];
  const usable = cluster.filter((h) => h.state === HOST_MONITORED);
  const free = (h: ZoneHost) => ({
    cpu: h.maxCpu - h.cpuUsage - (ctx.reservations.cpu.get(h.id) ?? 0),
    memKb: h.maxMemKb - h.memUsageKb - (ctx.reservations.memKb.get(h.id) ?? 0),
  });
  const fits = usable.filter((h) => !occupied.has(h.id) && free(h).cpu >= cpu && free(h).memKb >= memKb)
    .sort((a, b) => free(b).memKb - free(a).memKb || free(b).cpu - free(a).cpu || a.id - b.id);
  if (fits.length > 0) {
    const host = fits[0];
    const left = free(host);
    ctx.reservations.cpu.set(host.id, (ctx.reservations.cpu.get(host.id) ?? 0) + cpu);
    ctx.reservations.memKb.set(host.id, (ctx.reservations.memKb.get(host.id) ?? 0) + memKb);
    return { host, freeCpu: cores(left.cpu), freeMemoryMb: mb(left.memKb) };
  }
  const notUsable = cluster.filter((h) => h.state !== HOST_MONITORED).map((h) => `${hostText(h)} is ${HOST_STATE_NAMES[h.state] ?? `in state ${h.state}`}`);
  const unusable = notUsable.length ? ` (${notUsable.join(', ')}: \`onehost enable\` it once it is healthy)` : '';
  if (cluster.length === 0) {
    return { reason: `no host can take it: cluster ${clusterId} has no host; add hosts to cluster ${clusterId} (\`onecluster addhost ${clusterId} <host>\`)` };
  }
  if (usable.length < needed) {
    return {
      reason: `no host can take it: cluster ${clusterId} has ${usable.length} usable host${usable.length === 1 ? '' : 's'} for ${needed} members${unusable}; `
        + `add ${needed - usable.length} host${needed - usable.length === 1 ? '' : 's'} to cluster ${clusterId}, or lower instances of ${m.datacenter} to ${usable.length}`,
    };
  }
  const full = usable.filter((h) => !occupied.has(h.id))
    .map((h) => `${hostText(h)} has ${cores(free(h).cpu)} CPU and ${mb(free(h).memKb)} MB free`);
  if (full.length === 0) {
    return { reason: `no host can take it: every usable host of cluster ${clusterId} already holds a VM of the service${unusable}; add a host to cluster ${clusterId}, or terminate the leftovers` };
  }
  return {
    reason: `no host can take it: it needs ${cores(cpu)} CPU and ${mb(memKb)} MB, and ${full.join('; ')}${unusable}; `
      + `free capacity on ${full.length === 1 ? 'that host' : 'one of those hosts'} (move other VMs away) or add a host to cluster ${clusterId}`,
  };
}

/** The message and advice for a member that is not RUNNING. */
function notRunning(m: Placed, needed: number, ctx: Context, occupied: Set<number>): { message: string; advice: string; command?: string } {
  const vm = m.vm;
  const state = stateName(vm);
  const at = m.host ? ` on ${hostText(m.host)}` : '';
  const error = vm.userTemplate.ERROR ? ` (error: ${vm.userTemplate.ERROR.trim().slice(0, 300)})` : '';
  if (vm.state === VM_STATE.PENDING) {
    const since = vm.history && vm.history.etime > 0 ? vm.history.etime : vm.stime;
    const why = vm.userTemplate.SCHED_MESSAGE ? `; the scheduler says: ${vm.userTemplate.SCHED_MESSAGE.trim().slice(0, 300)}` : '';
    const message = `${vmText(vm)} is PENDING for ${duration(ctx.now / 1000 - since)}${why}`;
    const clusterId = m.clusterId;
    if (clusterId === undefined) return { message, advice: 'its cluster is not known (give --plan or --synth): check its SCHED_REQUIREMENTS' };
    const choice = chooseHost(m, clusterId, needed, ctx, occupied);
    if ('host' in choice) {
      occupied.add(choice.host.id);
      return {
        message,
        advice: `${hostText(choice.host)} can take it (cluster ${clusterId}, ${choice.freeCpu} CPU and ${choice.freeMemoryMb} MB free, no VM of the service): `
          + 'see why the scheduler does not place it, or deploy it there',
        command: `onevm deploy --enforce ${vm.id} ${choice.host.id}`,
      };
    }
    return { message, advice: choice.reason };
  }
  if (vm.state === VM_STATE.HOLD) return { message: `${vmText(vm)} is on HOLD: the scheduler does not place it`, advice: 'release it', command: `onevm release ${vm.id}` };
  if (([VM_STATE.POWEROFF, VM_STATE.SUSPENDED, VM_STATE.STOPPED, VM_STATE.UNDEPLOYED] as number[]).includes(vm.state)) {
    return { message: `${vmText(vm)} is ${state}${at}${error}`, advice: 'resume it', command: `onevm resume ${vm.id}` };
  }
  if (vm.state === VM_STATE.ACTIVE && vm.lcmState === LCM_UNKNOWN) {
    const host = m.host ? ctx.hosts.get(m.host.id) : undefined;
    return {
      message: `${vmText(vm)} is UNKNOWN${at}: its host stopped reporting it${host ? ` (host ${HOST_STATE_NAMES[host.state] ?? host.state})` : ''}`,
      advice: 'check the host; once it reports again the VM returns to RUNNING, or boot it again',
      command: `onevm resume ${vm.id}`,
    };
  }
  if ((vm.state === VM_STATE.ACTIVE && LCM_FAILURES.has(vm.lcmState)) || state.endsWith('FAILURE')) {
    return {
      message: `${vmText(vm)} FAILED: ${state}${at}${error}`,
      advice: m.address ? 'retry the failed action, or replace the VM' : 'retry the failed action, or terminate it and apply the stack to create it again',
      command: m.address ? `onevm recover --retry ${vm.id}  # or: tofu apply -replace='${m.address}'` : `onevm recover --retry ${vm.id}`,
    };
  }
  return { message: `${vmText(vm)} is ${state}${at}${error}: in transition`, advice: 'audit again once the operation ends' };
}

/** The report as text, for a person or a log. */
export function renderText(report: AuditReport, endpoint?: string): string {
  const lines: string[] = [];
  const c = report.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`placement audit${endpoint ? ` of ${endpoint}` : ''}: ${plural(c.services, 'service')}, ${plural(c.datacenters, 'datacenter')}, `
    + `${plural(c.members, 'member')} (${c.vms} VMs, ${c.hosts} hosts read); `
    + (c.violations === 0 ? 'every service placed as declared' : `${plural(c.violations, 'violation')}, ${plural(c.moves, 'move')} advised`));
  lines.push(report.declaration ? `declaration: ${report.declaration}` : 'declaration: none (services found from their tags; --plan or --synth compares with the declaration)');
  for (const s of report.services) {
    lines.push('', `${s.zone}/${s.service}${s.declared ? '' : report.declaration ? ' (not in the declaration: audited from its tags)' : ''}`);
    for (const dc of s.datacenters) {
      const expected = dc.expected !== undefined ? `${dc.found} of ${dc.expected} members` : plural(dc.found, 'member');
      const cluster = dc.clusterId !== undefined ? `cluster ${dc.clusterId}, ${plural(dc.usableHosts ?? 0, 'usable host')}` : 'cluster unknown';
      lines.push(`  ${dc.name} (${cluster}): ${expected}, ${dc.running} running${dc.violations.length === 0 ? ': OK' : `: ${plural(dc.violations.length, 'violation')}`}`);
      for (const m of [...dc.members, ...dc.unknown]) {
        const where = m.host ? ` on ${hostText(m.host)}${m.clusterId !== undefined ? ` cluster ${m.clusterId}` : ''}` : '';
        const flags = m.problems.length ? `  <- ${m.problems.map((p) => VIOLATION_TITLES[p]).join(', ')}` : '';
        lines.push(`    ${vmText(m)} ${m.state}${where}${flags}`);
      }
      for (const v of dc.violations) {
        lines.push(`    ! ${VIOLATION_TITLES[v.kind]}: ${v.message}`);
        lines.push(`      advice: ${v.advice}`);
        if (v.command) lines.push(`      ${v.command}`);
      }
    }
  }
  if (report.moves.length > 0) {
    lines.push('', `moves (${report.moves.length}, one at a time):`);
    for (const m of report.moves) lines.push(`  ${m.command}   # ${m.vmName} ${hostText(m.from)} -> ${hostText(m.to)} (${m.repairs.map((r) => VIOLATION_TITLES[r]).join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}
