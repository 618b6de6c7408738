/**
 * `cdktf-opennebula placement-audit`: the pure audit on hand-written zones (every kind of
 * violation, the advice and its choice of host, no host available), the declaration read from a
 * plan and from a synthesized stack, and the command (exit codes, --help, bad flags, credentials
 * never printed, --json, --migrate one at a time with bounded waits).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FakeZone, NOW, account, bigZone, group, host, member } from './placement-fixtures';
import { buildSeedApp } from '../../examples/seed/stacks';
import { runCli } from '../../src/cli/main';
import { AuditReport, Declaration, auditPlacement, clusterOfRequirements, duration, renderText } from '../../src/cli/placement-audit';
import { PLACEMENT_AUDIT_USAGE, PlacementApi, carryOutMoves, displayEndpoint, placementAuditCommand } from '../../src/cli/placement-audit-command';
import { DeclarationInputError, declarationFromPlan, declarationFromSynth } from '../../src/cli/placement-declaration';
import { ZoneHost, ZoneVm, ZoneVmGroup } from '../../src/opennebula/client';

/** web in production: dc1 on cluster 100 (hosts 0-2), dc2 on cluster 101 (hosts 3-5), two members each on distinct hosts (hosts not yet accounted). */
function healthy(): { vms: ZoneVm[]; hosts: ZoneHost[]; groups: ZoneVmGroup[] } {
  const vms = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 1, 100), member(20, 'web', 'dc2', 1, 3, 101), member(21, 'web', 'dc2', 2, 4, 101)];
  const hosts = [host(0, 100), host(1, 100), host(2, 100), host(3, 101), host(4, 101), host(5, 101)];
  return { vms, hosts, groups: [group(0, 'web', 'dc1', [10, 11]), group(1, 'web', 'dc2', [20, 21])] };
}

function audit(vms: ZoneVm[], baseHosts: ZoneHost[], groups: ZoneVmGroup[], declaration?: Declaration): AuditReport {
  return auditPlacement({ vms, hosts: account(vms, baseHosts), vmGroups: groups }, { now: NOW, declaration });
}

const WEB_DECLARATION: Declaration = {
  source: 'test',
  services: [{
    zone: 'production',
    service: 'web',
    datacenters: [
      { name: 'dc1', clusterId: 100, members: [{ name: 'web-dc1-1', address: 'opennebula_virtual_machine.web_dc1_vm-1' }, { name: 'web-dc1-2' }], vmGroupName: 'web_dc1_prod', roleName: 'web_dc1' },
      { name: 'dc2', clusterId: 101, members: [{ name: 'web-dc2-1' }, { name: 'web-dc2-2' }], vmGroupName: 'web_dc2_prod', roleName: 'web_dc2' },
    ],
  }],
};

const kinds = (report: AuditReport) => report.services.flatMap((s) => s.datacenters.flatMap((dc) => dc.violations.map((v) => `${dc.name} ${v.kind} ${v.vm?.id ?? '-'}`)));

describe('auditPlacement', () => {
  test('a service spread as declared: no violation, counts per datacenter, no move', () => {
    const z = healthy();
    const report = audit(z.vms, z.hosts, z.groups, WEB_DECLARATION);
    expect(report.counts).toEqual({ services: 1, datacenters: 2, members: 4, vms: 4, hosts: 6, violations: 0, moves: 0, unresolved: 0 });
    expect(report.services[0].datacenters.map((dc) => [dc.name, dc.clusterId, dc.expected, dc.found, dc.running, dc.usableHosts]))
      .toEqual([['dc1', 100, 2, 2, 2, 3], ['dc2', 101, 2, 2, 2, 3]]);
    expect(report.services[0].datacenters[0].members[0]).toEqual({
      id: 10, name: 'web-dc1-1', state: 'RUNNING', host: { id: 0, name: 'c100-host0' }, clusterId: 100, vmGroup: 'web_dc1_prod/web_dc1', problems: [],
    });
    expect(renderText(report)).toContain('every service placed as declared');
  });

  test('services are found from their tags alone: VMs without service, zone and datacenter tags are not members', () => {
    const z = healthy();
    const stranger = { ...member(99, 'web', 'dc1', 9, 0, 100), userTemplate: { SERVICE: 'web' } };
    const report = audit([...z.vms, stranger], z.hosts, z.groups);
    expect(report.counts.members).toBe(4);
    expect(report.counts.violations).toBe(0);
    expect(report.services[0].datacenters[0].expected).toBeUndefined();
    expect(renderText(report)).toContain('declaration: none');
  });

  test('two members on one host: the newer one moves live to the free host of the cluster, with the exact command', () => {
    const z = healthy();
    const vms = z.vms.map((vm) => (vm.id === 11 ? member(11, 'web', 'dc1', 2, 0, 100) : vm));
    const report = audit(vms, z.hosts, z.groups, WEB_DECLARATION);
    expect(kinds(report)).toEqual(['dc1 shared-host 11']);
    const v = report.services[0].datacenters[0].violations[0];
    expect(v.message).toBe('web-dc1-2 (11) runs on c100-host0 (0) with web-dc1-1 (10): one host failure takes both');
    expect(v.command).toBe('onevm migrate --live --enforce 11 1');
    expect(v.advice).toBe('move it to c100-host1 (1): cluster 100, MONITORED, 8 CPU and 16384 MB free, no VM of web');
    expect(report.moves).toHaveLength(1);
    expect(report.moves[0]).toMatchObject({ vmId: 11, from: { id: 0 }, to: { id: 1, clusterId: 100 }, live: true, repairs: ['shared-host'], serviceVmIds: [10, 11, 20, 21] });
    expect(report.counts).toMatchObject({ violations: 1, moves: 1, unresolved: 0 });
    expect(renderText(report)).toContain('onevm migrate --live --enforce 11 1   # web-dc1-2 c100-host0 (0) -> c100-host1 (1) (shares a host)');
  });

  test('the target is the host with the most free memory, then CPU; never one holding a VM of the service, nor one of another cluster', () => {
    const vms = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 0, 100), member(12, 'web', 'dc1', 3, 1, 100)];
    const hosts = [host(0, 100), host(1, 100), host(2, 100, { memUsageKb: 4 * 1024 * 1024 }),
      host(3, 100, { memUsageKb: 2 * 1024 * 1024, cpuUsage: 100 }),
      host(4, 100, { memUsageKb: 2 * 1024 * 1024 }), host(9, 101)];
    const report = audit(vms, hosts, [group(0, 'web', 'dc1', [10, 11, 12])]);
    expect(report.moves.map((m) => [m.vmId, m.to.id])).toEqual([[11, 4]]);
  });

  test('two moves in one datacenter never pick the same host, and capacity reserved by a move counts for the next', () => {
    const vms = [0, 1, 2].map((i) => member(10 + i, 'web', 'dc1', i + 1, 0, 100));
    const hosts = [host(0, 100), host(1, 100), host(2, 100)];
    const report = audit(vms, hosts, [group(0, 'web', 'dc1', [10, 11, 12])]);
    expect(report.moves.map((m) => [m.vmId, m.to.id])).toEqual([[11, 1], [12, 2]]);
    // Another service's member may share a host with web's, but not beyond its capacity.
    const tight = [host(0, 100), host(1, 100, { maxCpu: 150 })];
    const two = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 0, 100), member(30, 'api', 'dc1', 1, 0, 100), member(31, 'api', 'dc1', 2, 0, 100)];
    const r2 = audit(two, tight, [group(0, 'web', 'dc1', [10, 11]), group(1, 'api', 'dc1', [30, 31])]);
    expect(r2.moves.map((m) => [m.service, m.vmId, m.to.id])).toEqual([['api', 31, 1]]);
    expect(r2.services.find((s) => s.service === 'web')!.datacenters[0].violations[0].advice)
      .toBe('no host can take it: it needs 1 CPU and 1024 MB, and c100-host1 (1) has 0.5 CPU and 15360 MB free; free capacity on that host (move other VMs away) or add a host to cluster 100');
  });

  test('a member outside its datacenter\'s cluster moves to a host of that cluster', () => {
    const z = healthy();
    const vms = z.vms.map((vm) => (vm.id === 21 ? { ...member(21, 'web', 'dc2', 2, 2, 100), userTemplate: { ...vm.userTemplate } } : vm));
    const report = audit(vms, z.hosts, z.groups, WEB_DECLARATION);
    expect(kinds(report)).toEqual(['dc2 wrong-cluster 21']);
    const v = report.services[0].datacenters[1].violations[0];
    expect(v.message).toBe('web-dc2-2 (21) runs on c100-host2 (2) in cluster 100, not in cluster 101 of dc2');
    expect(v.command).toBe('onevm migrate --live --enforce 21 4');
    expect(report.services[0].datacenters[1].members[1].problems).toEqual(['wrong-cluster']);
  });

  test('a member outside its cluster, on the host of a member of another datacenter: one move repairs both, and the one in its cluster stays', () => {
    const z = healthy();
    const vms = z.vms.map((vm) => (vm.id === 10 ? { ...member(10, 'web', 'dc1', 1, 3, 101), userTemplate: { ...vm.userTemplate } } : vm));
    const report = audit(vms, z.hosts, z.groups, WEB_DECLARATION);
    expect(kinds(report)).toEqual(['dc1 wrong-cluster 10', 'dc1 shared-host 10']);
    expect(report.moves.map((m) => [m.vmId, m.to.id, m.repairs])).toEqual([[10, 0, ['wrong-cluster', 'shared-host']]]);
    // Without a declaration the cluster comes from each member's SCHED_REQUIREMENTS.
    expect(kinds(audit(vms, z.hosts, z.groups))).toEqual(['dc1 wrong-cluster 10', 'dc1 shared-host 10']);
  });

  test('PENDING: for how long, the scheduler\'s message, and a host that can take it', () => {
    const z = healthy();
    const pending = { ...member(21, 'web', 'dc2', 2, undefined, 101), state: 1, lcmState: 0, stime: NOW / 1000 - 754 };
    pending.userTemplate.SCHED_MESSAGE = 'Mon Jan  1 11:47:26 2025 : No host meets capacity and SCHED_REQUIREMENTS: CLUSTER_ID = 101';
    const report = audit(z.vms.map((vm) => (vm.id === 21 ? pending : vm)), z.hosts, z.groups, WEB_DECLARATION);
    expect(kinds(report)).toEqual(['dc2 not-running 21']);
    const v = report.services[0].datacenters[1].violations[0];
    expect(v.message).toBe('web-dc2-2 (21) is PENDING for 13 min; the scheduler says: Mon Jan  1 11:47:26 2025 : No host meets capacity and SCHED_REQUIREMENTS: CLUSTER_ID = 101');
    expect(v.command).toBe('onevm deploy --enforce 21 4');
    expect(v.move).toBeUndefined();
    expect(report.counts).toMatchObject({ violations: 1, moves: 0, unresolved: 1 });
    expect(report.services[0].datacenters[1].running).toBe(1);
  });

  test('PENDING with fewer usable hosts than instances: no host, and what to change instead', () => {
    const vms = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 1, 100), { ...member(12, 'web', 'dc1', 3, undefined, 100), state: 1, lcmState: 0 }];
    const hosts = [host(0, 100), host(1, 100), host(2, 100, { state: 4 })];
    const report = audit(vms, hosts, [group(0, 'web', 'dc1', [10, 11, 12])]);
    expect(report.services[0].datacenters[0].violations[0].advice).toBe('no host can take it: cluster 100 has 2 usable hosts for 3 members '
      + '(c100-host2 (2) is DISABLED: `onehost enable` it once it is healthy); add 1 host to cluster 100, or lower instances of dc1 to 2');
    expect(report.services[0].datacenters[0].usableHosts).toBe(2);
  });

  test('co-located with every other host of the cluster taken: no move, the reason, and the exit code stays 1', async () => {
    const vms = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 0, 100), member(12, 'web', 'dc1', 3, 1, 100)];
    const report = audit(vms, [host(0, 100), host(1, 100)], [group(0, 'web', 'dc1', [10, 11, 12])]);
    expect(report.moves).toEqual([]);
    expect(report.services[0].datacenters[0].violations[0].advice)
      .toBe('no host can take it: cluster 100 has 2 usable hosts for 3 members; add 1 host to cluster 100, or lower instances of dc1 to 2');
    const fake = new FakeZone(vms, [host(0, 100), host(1, 100)], [group(0, 'web', 'dc1', [10, 11, 12])]);
    expect((await command(['--migrate'], fake)).code).toBe(1);
    expect(fake.calls.filter((c) => c.startsWith('migrate'))).toEqual([]);
  });

  test('a cluster with no host, and every usable host holding a VM of the service', () => {
    const vms = [member(10, 'web', 'dc1', 1, 0, 100), { ...member(11, 'web', 'dc1', 2, 0, 100), userTemplate: { ...member(11, 'web', 'dc1', 2, 0, 100).userTemplate, SCHED_REQUIREMENTS: 'CLUSTER_ID = 107' } }];
    const report = audit(vms, [host(0, 100), host(1, 100)], [group(0, 'web', 'dc1', [10, 11])]);
    expect(report.services[0].datacenters[0].violations.map((v) => [v.kind, v.advice])).toEqual([
      ['wrong-cluster', 'no host can take it: cluster 107 has no host; add hosts to cluster 107 (`onecluster addhost 107 <host>`)'],
      ['shared-host', 'no host can take it: cluster 107 has no host; add hosts to cluster 107 (`onecluster addhost 107 <host>`)'],
    ]);
    const leftover = { ...member(12, 'web', 'dc1', 3, 1, 100) };
    const shared = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 0, 100), leftover];
    const decl: Declaration = { source: 't', services: [{ zone: 'production', service: 'web', datacenters: [{ name: 'dc1', clusterId: 100, members: [{ name: 'web-dc1-1' }, { name: 'web-dc1-2' }] }] }] };
    const r2 = audit(shared, [host(0, 100), host(1, 100)], [group(0, 'web', 'dc1', [10, 11, 12])], decl);
    expect(kinds(r2)).toEqual(['dc1 shared-host 11', 'dc1 unknown 12']);
    expect(r2.services[0].datacenters[0].violations[0].advice)
      .toBe('no host can take it: every usable host of cluster 100 already holds a VM of the service; add a host to cluster 100, or terminate the leftovers');
  });

  test('members not RUNNING: failures, POWEROFF, HOLD, UNKNOWN, in transition, each with its advice', () => {
    const z = healthy();
    const states: { [id: number]: Partial<ZoneVm> } = {
      10: { state: 3, lcmState: 36, userTemplate: { ...z.vms[0].userTemplate, ERROR: 'Error executing image transfer script' } },
      11: { state: 8, lcmState: 0 },
      20: { state: 3, lcmState: 16 },
      21: { state: 2, lcmState: 0, history: undefined },
    };
    const vms = z.vms.map((vm) => ({ ...vm, ...states[vm.id] }));
    const report = audit(vms, z.hosts, z.groups, WEB_DECLARATION);
    const violations = report.services[0].datacenters.flatMap((dc) => dc.violations);
    expect(violations.map((v) => [v.kind, v.message, v.command])).toEqual([
      ['not-running', 'web-dc1-1 (10) FAILED: BOOT_FAILURE on c100-host0 (0) (error: Error executing image transfer script)',
        'onevm recover --retry 10  # or: tofu apply -replace=\'opennebula_virtual_machine.web_dc1_vm-1\''],
      ['not-running', 'web-dc1-2 (11) is POWEROFF on c100-host1 (1)', 'onevm resume 11'],
      ['not-running', 'web-dc2-1 (20) is UNKNOWN on c101-host3 (3): its host stopped reporting it (host MONITORED)', 'onevm resume 20'],
      ['not-running', 'web-dc2-2 (21) is on HOLD: the scheduler does not place it', 'onevm release 21'],
    ]);
    const migrating = audit(z.vms.map((vm) => (vm.id === 10 ? { ...vm, lcmState: 4 } : vm)), z.hosts, z.groups);
    expect(migrating.services[0].datacenters[0].violations[0]).toMatchObject({ message: 'web-dc1-1 (10) is MIGRATE on c100-host0 (0): in transition', advice: 'audit again once the operation ends' });
  });

  test('a powered-off member beside a running one moves cold; one in transition stays and the running one moves', () => {
    const z = healthy();
    const vms = z.vms.map((vm) => (vm.id === 11 ? { ...member(11, 'web', 'dc1', 2, 0, 100), state: 8, lcmState: 0 } : vm));
    const report = audit(vms, z.hosts, z.groups);
    expect(report.moves.map((m) => [m.vmId, m.live, m.command, m.state])).toEqual([[11, false, 'onevm migrate --enforce 11 1', 'POWEROFF']]);
    // A member in transition cannot move: the RUNNING one beside it does.
    const booting = z.vms.map((vm) => (vm.id === 11 ? { ...member(11, 'web', 'dc1', 2, 0, 100), lcmState: 2 } : vm));
    expect(audit(booting, z.hosts, z.groups).moves.map((m) => [m.vmId, m.live])).toEqual([[10, true]]);
    // Two in transition: the older one stays; the newer one should move but cannot yet.
    const both = booting.map((vm) => (vm.id === 10 ? { ...vm, lcmState: 2 } : vm));
    const r2 = audit(both, z.hosts, z.groups);
    expect(r2.moves).toEqual([]);
    expect(r2.services[0].datacenters[0].violations.find((v) => v.kind === 'shared-host')!.advice)
      .toBe('it cannot be migrated while BOOT: bring it back to RUNNING first, then audit again');
  });

  test('a member missing from its VM group role, or in the role of another group than the declared one', () => {
    const z = healthy();
    const groups = [group(0, 'web', 'dc1', [10]), { ...group(1, 'web', 'dc2', [20, 21]), name: 'web_dc2_prod_r2' }];
    const report = audit(z.vms, z.hosts, groups, WEB_DECLARATION);
    expect(kinds(report)).toEqual(['dc1 not-in-role 11', 'dc2 not-in-role 20', 'dc2 not-in-role 21']);
    const [dc1, dc2] = report.services[0].datacenters;
    expect(dc1.violations[0].message).toBe('web-dc1-2 (11) is not in role web_dc1 of VM group web_dc1_prod (it is in no VM group): '
      + 'OpenNebula\'s anti-affinity does not keep it apart from the other members');
    expect(dc2.violations[0].message).toContain('(it is in web_dc2_prod_r2/web_dc2)');
    expect(dc1.violations[0].advice).toBe('a VM joins a VM group only when it is created: replace it so that it is created in the group');
    expect(report.moves).toEqual([]);
    // Without the declaration, any group of the service in the datacenter will do.
    expect(kinds(audit(z.vms, z.hosts, groups))).toEqual(['dc1 not-in-role 11']);
  });

  test('with a declaration: missing members, unknown names, a second VM of one name, a datacenter not declared', () => {
    const z = healthy();
    const vms = [
      ...z.vms.filter((vm) => vm.id !== 21),
      member(12, 'web', 'dc1', 3, 2, 100),
      { ...member(13, 'web', 'dc1', 1, 2, 100), vmGroup: undefined },
      member(30, 'web', 'dc3', 1, 5, 101),
    ];
    const report = audit(vms, z.hosts, [group(0, 'web', 'dc1', [10, 11, 12]), group(1, 'web', 'dc2', [20])], WEB_DECLARATION);
    expect(kinds(report)).toEqual(['dc1 unknown 12', 'dc1 unknown 13', 'dc2 missing -', 'dc3 unknown 30']);
    const all = report.services[0].datacenters.flatMap((dc) => dc.violations);
    expect(all.map((v) => v.message)).toEqual([
      'web-dc1-3 (12) carries the tags of web in dc1 but the declaration has no member named "web-dc1-3"',
      'web-dc1-1 (13) is a second VM named web-dc1-1 (the member is web-dc1-1 (10))',
      'web-dc2-2 is declared but no VM of that name carries the tags of web in dc2',
      'web-dc3-1 (30) carries the tags of web in dc3, a datacenter the declaration does not have',
    ]);
    expect(all.map((v) => v.command)).toEqual(['onevm terminate 12', 'onevm terminate 13', undefined, 'onevm terminate 30']);
    expect(report.services[0].datacenters.map((dc) => [dc.name, dc.expected, dc.found, dc.unknown.length])).toEqual([['dc1', 2, 2, 2], ['dc2', 2, 1, 0], ['dc3', 0, 0, 1]]);
    // A leftover on a member's host does not make the member move; hosts of leftovers take no member.
    expect(report.moves).toEqual([]);
  });

  test('a declared service with no VM at all: every member missing', () => {
    const report = audit([], [host(0, 100)], [], WEB_DECLARATION);
    expect(kinds(report)).toEqual(['dc1 missing -', 'dc1 missing -', 'dc2 missing -', 'dc2 missing -']);
    expect(renderText(report)).toContain('dc1 (cluster 100, 1 usable host): 0 of 2 members, 0 running: 2 violations');
  });

  test('--zone and --service narrow the audit', () => {
    const z = healthy();
    const staging = { ...member(50, 'web', 'dc1', 1, 2, 100), userTemplate: { ...z.vms[0].userTemplate, ZONE: 'staging' } };
    const api = member(60, 'api', 'dc1', 1, 2, 100);
    const snapshot = { vms: [...z.vms, staging, api], hosts: z.hosts, vmGroups: z.groups };
    expect(auditPlacement(snapshot, { now: NOW }).services.map((s) => `${s.zone}/${s.service}`)).toEqual(['production/api', 'production/web', 'staging/web']);
    expect(auditPlacement(snapshot, { now: NOW, zone: 'staging' }).services.map((s) => `${s.zone}/${s.service}`)).toEqual(['staging/web']);
    expect(auditPlacement(snapshot, { now: NOW, service: 'web' }).services.map((s) => `${s.zone}/${s.service}`)).toEqual(['production/web', 'staging/web']);
  });

  test('helpers: the cluster of SCHED_REQUIREMENTS in the library\'s form only, durations', () => {
    expect([clusterOfRequirements('CLUSTER_ID = 100'), clusterOfRequirements('(CLUSTER_ID = "7")'), clusterOfRequirements('CLUSTER_ID = 1 | CLUSTER_ID = 2'),
      clusterOfRequirements(undefined)]).toEqual([100, 7, undefined, undefined]);
    expect([duration(5), duration(754), duration(3 * 3600 + 300), duration(3 * 86_400)]).toEqual(['5 s', '13 min', '3 h 5 min', '3 d 0 h']);
  });

  test('5,000 VMs on 200 hosts: linear, well under a second for the audit itself', () => {
    const zone = bigZone({ services: 600, dcs: 2, perDc: 3, hostsPerDc: 100, extraVms: 1400 });
    expect(zone.vms).toHaveLength(5000);
    const started = process.hrtime.bigint();
    const report = auditPlacement({ vms: zone.vms, hosts: zone.hosts, vmGroups: zone.groups }, { now: NOW });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(report.counts).toMatchObject({ services: 600, members: 3600, violations: 0 });
    expect(ms).toBeLessThan(2000);
  });
});

describe('the declaration', () => {
  const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'plan', 'fixtures', name), 'utf8');

  test('from a plan of the real provider: members, cluster, VM group and role per datacenter, with resource addresses', () => {
    const declaration = declarationFromPlan(fixture('scale-out.plan.json'), 'plan scale-out.plan.json');
    expect(declaration.services.map((s) => `${s.zone}/${s.service}`)).toEqual(['production/my_service']);
    const [dc1, dc2] = declaration.services[0].datacenters;
    expect(dc1).toMatchObject({ name: 'dc1', clusterId: 100, vmGroupName: 'my_service_dc1_prod', roleName: 'my_service_dc1' });
    expect(dc1.members.map((m) => m.name)).toEqual(['my-service-dc1-1', 'my-service-dc1-2', 'my-service-dc1-3']);
    expect(dc1.members[0].address).toBe('opennebula_virtual_machine.my_service_dc1_vm-1_79E690C1');
    expect(dc2).toMatchObject({ name: 'dc2', clusterId: 101 });
  });

  test('from a synthesized stack of the seed example', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'placement-synth-'));
    try {
      buildSeedApp(dir, { instances: 3 }).app.synth();
      const text = fs.readFileSync(path.join(dir, 'stacks', 'staging', 'cdk.tf.json'), 'utf8');
      const declaration = declarationFromSynth(text, 'stack staging');
      expect(declaration.services).toHaveLength(1);
      expect(declaration.services[0]).toMatchObject({ zone: 'staging', service: 'my_service' });
      expect(declaration.services[0].datacenters.map((dc) => [dc.name, dc.clusterId, dc.vmGroupName, dc.roleName, dc.members.length]))
        .toEqual([['dc1', 200, 'my_service_dc1_stg', 'my_service_dc1', 3], ['dc2', 201, 'my_service_dc2_stg', 'my_service_dc2', 3]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test.each([
    ['not JSON', () => declarationFromPlan('{', 'x'), /not JSON/],
    ['a stack given as a plan', () => declarationFromPlan('{"resource":{}}', 'x'), /synthesized stack .* --synth/],
    ['a state given as a plan', () => declarationFromPlan('{"format_version":"1.0","values":{}}', 'x'), /state, not a plan/],
    ['a plan of another format', () => declarationFromPlan('{"format_version":"2.0","planned_values":{}}', 'x'), /format_version/],
    ['a plan without VMs of a service', () => declarationFromPlan('{"format_version":"1.2","planned_values":{"root_module":{"resources":[]}}}', 'x'), /declares no VM/],
    ['resources that are not an array', () => declarationFromPlan('{"format_version":"1.2","planned_values":{"root_module":{"resources":{}}}}', 'x'), /resources is an object/],
    ['a plan given as a stack', () => declarationFromSynth('{"format_version":"1.2"}', 'x'), /--plan/],
    ['an array', () => declarationFromSynth('[]', 'x'), /an array, not an object/],
    ['a VM name only known at apply', () => declarationFromSynth(JSON.stringify({ resource: { opennebula_virtual_machine: { a: { name: '${var.x}', tags: { service: 's', zone: 'z', datacenter: 'd' } } } } }), 'x'), /name is a string .* literal name/],
    ['count on a VM', () => declarationFromSynth(JSON.stringify({ resource: { opennebula_virtual_machine: { a: { count: 2, name: 'a' } } } }), 'x'), /count or for_each/],
    ['a tag missing', () => declarationFromSynth(JSON.stringify({ resource: { opennebula_virtual_machine: { a: { name: 'a', tags: { service: 's', datacenter: 'd' } } } } }), 'x'), /tag zone is missing/],
    ['two VMs of one name', () => declarationFromSynth(JSON.stringify({ resource: { opennebula_virtual_machine: { a: { name: 'a', tags: { service: 's', zone: 'z', datacenter: 'd' } }, b: { name: 'a', tags: { service: 's', zone: 'z', datacenter: 'd' } } } } }), 'x'), /two VMs named a/],
  ])('refuses %s', (_what, read, message) => {
    expect(read).toThrow(DeclarationInputError);
    expect(read).toThrow(message);
  });
});

const ENV = { OPENNEBULA_ENDPOINT: 'http://127.0.0.1:2633/RPC2', OPENNEBULA_USERNAME: 'oneadmin', OPENNEBULA_PASSWORD: 'pa$$-s3cret-never-shown' };

async function command(args: string[], api?: PlacementApi, env: NodeJS.ProcessEnv = ENV, files: { [name: string]: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let clock = NOW;
  const code = await placementAuditCommand(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    readFile: (name) => {
      if (!(name in files)) throw new Error('ENOENT: no such file or directory');
      return files[name];
    },
    connect: api ? () => api : undefined,
    now: () => clock,
    sleep: async (ms) => { clock += ms; },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the placement-audit command', () => {
  test('--help prints the usage and exits 0; `help placement-audit` and the command list know it', async () => {
    const r = await command(['--help']);
    expect(r).toMatchObject({ code: 0, out: PLACEMENT_AUDIT_USAGE });
    expect(PLACEMENT_AUDIT_USAGE).toMatch(/Exit status: 0 every service placed as declared.*; 1 violations\s+found.*; 2 bad arguments/s);
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), readStdin: async () => '', readFile: () => '' };
    expect(await runCli(['help', 'placement-audit'], io)).toBe(0);
    expect(out.join('')).toContain('--migrate-timeout');
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('')).toContain('placement-audit [--plan <plan.json> | --synth <cdk.tf.json>]');
  });

  test.each([
    [['--frobnicate'], /unknown argument "--frobnicate"/],
    [['extra'], /unknown argument "extra"/],
    [['--plan'], /--plan needs a value/],
    [['--plan', 'a', '--synth', 'b'], /--plan or --synth, not both/],
    [['--zone', 'Prod'], /--zone must be a name/],
    [['--service', 'a b'], /--service must be a name/],
    [['--json=yes'], /--json takes no value/],
    [['--migrate', '--migrate-timeout', '0'], /--migrate-timeout must be an integer from 1 to 86400/],
    [['--migrate-timeout', '60'], /only meaningful with --migrate/],
    [['--zone', 'a', '--zone', 'b'], /--zone given twice/],
  ])('bad flags %j exit 2 before any call', async (args, message) => {
    const fake = new FakeZone([], [], []);
    const r = await command(args as string[], fake);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
    expect(fake.calls).toEqual([]);
  });

  test('no endpoint or no credentials: exit 2, naming the variables', async () => {
    expect(await command([], undefined, {})).toMatchObject({ code: 2, err: expect.stringContaining('OPENNEBULA_ENDPOINT') });
    const r = await command(['--zone', 'production'], undefined, { OPENNEBULA_ENDPOINT: ENV.OPENNEBULA_ENDPOINT });
    expect(r.code).toBe(2);
    expect(r.err).toContain('TF_VAR_production_opennebula_username');
  });

  test('credentials from TF_VAR_<zone>_opennebula_*; the password is never printed, nor user information of the endpoint', async () => {
    const z = healthy();
    const vms = z.vms.map((vm) => (vm.id === 11 ? member(11, 'web', 'dc1', 2, 0, 100) : vm));
    let given: { username: string; password: string } | undefined;
    const out: string[] = [];
    const code = await placementAuditCommand(['--zone', 'production', '--endpoint', 'http://admin:hunter2@127.0.0.1:2633/RPC2'], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      env: { TF_VAR_production_opennebula_username: 'ops', TF_VAR_production_opennebula_password: 'pa$$-s3cret-never-shown' },
      connect: (zone) => { given = zone; return new FakeZone(vms, z.hosts, z.groups); },
    });
    expect(code).toBe(1);
    expect(given).toMatchObject({ username: 'ops', password: 'pa$$-s3cret-never-shown' });
    expect(out.join('\n')).not.toMatch(/s3cret|hunter2/);
    expect(out.join('\n')).toContain('placement audit of http://127.0.0.1:2633/RPC2');
    expect(displayEndpoint('https://u:p@one.example.com/RPC2')).toBe('https://one.example.com/RPC2');
  });

  test('with a declaration of one zone, its TF_VAR_<zone>_opennebula_* credentials are used without --zone', async () => {
    const plan = fs.readFileSync(path.join(__dirname, '..', 'plan', 'fixtures', 'scale-out.plan.json'), 'utf8');
    let given: { username: string } | undefined;
    const code = await placementAuditCommand(['--plan', 'p.json'], {
      out: () => undefined,
      err: () => undefined,
      readFile: () => plan,
      env: { OPENNEBULA_ENDPOINT: ENV.OPENNEBULA_ENDPOINT, TF_VAR_production_opennebula_username: 'prod-ops', TF_VAR_production_opennebula_password: 'x' },
      connect: (zone) => { given = zone; return new FakeZone([], [], []); },
    });
    expect(code).toBe(1);
    expect(given?.username).toBe('prod-ops');
  });

  test('exit 0 when every service is placed as declared, with the dry-run line; progress on stderr', async () => {
    const z = healthy();
    const r = await command([], new FakeZone(z.vms, z.hosts, z.groups));
    expect(r.code).toBe(0);
    expect(r.out).toContain('every service placed as declared');
    expect(r.out.trim().split('\n').pop()).toBe('dry run: nothing changed; --migrate to apply');
    expect(r.err).toMatch(/^placement-audit: read 4 VMs, 6 hosts and 2 VM groups in \d+\.\d\d s, audited in/);
  });

  test('exit 1 on a violation; without --migrate nothing is changed', async () => {
    const z = healthy();
    const fake = new FakeZone(z.vms.map((vm) => (vm.id === 11 ? member(11, 'web', 'dc1', 2, 0, 100) : vm)), z.hosts, z.groups);
    const r = await command([], fake);
    expect(r.code).toBe(1);
    expect(r.out).toContain('! shares a host: web-dc1-2 (11) runs on c100-host0 (0) with web-dc1-1 (10)');
    expect(r.out).toContain('onevm migrate --live --enforce 11 1');
    expect(r.out).toContain('dry run: nothing changed; --migrate to apply');
    expect(fake.calls).toEqual(['placementPool', 'hostPool', 'vmGroupPool']);
  });

  test('--json: one document with the report, the moves and dryRun', async () => {
    const z = healthy();
    const fake = new FakeZone(z.vms.map((vm) => (vm.id === 11 ? member(11, 'web', 'dc1', 2, 0, 100) : vm)), z.hosts, z.groups);
    const r = await command(['--json'], fake);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ endpoint: 'http://127.0.0.1:2633/RPC2', dryRun: true, counts: { violations: 1, moves: 1 } });
    expect(doc.moves[0]).toMatchObject({ vmId: 11, to: { id: 1 }, command: 'onevm migrate --live --enforce 11 1' });
    expect(doc.services[0].datacenters[0].violations[0]).toMatchObject({ kind: 'shared-host', vm: { id: 11, name: 'web-dc1-2' } });
  });

  test('a zone that cannot be read exits 2 with the reason, never a stack trace', async () => {
    const r = await command([], new FakeZone([], [], [], { unreachable: true }));
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe('placement-audit: cannot read the zone at http://127.0.0.1:2633/RPC2: cannot reach http://127.0.0.1:9: connect ECONNREFUSED 127.0.0.1:9');
    // And through the real client, to a port nothing listens on.
    const real = await command([], undefined, { ...ENV, OPENNEBULA_ENDPOINT: 'http://127.0.0.1:1/RPC2' });
    expect(real.code).toBe(2);
    expect(real.err).toMatch(/cannot read the zone at http:\/\/127\.0\.0\.1:1\/RPC2: cannot reach/);
    expect(real.err).not.toMatch(/\n\s+at /);
  });

  test('a declaration file that cannot be read or understood exits 2 before reading the zone', async () => {
    const fake = new FakeZone([], [], []);
    expect(await command(['--plan', 'missing.json'], fake)).toMatchObject({ code: 2, err: 'placement-audit: missing.json: cannot read: ENOENT: no such file or directory' });
    expect(await command(['--synth', 's.json'], fake, ENV, { 's.json': '{"format_version":"1.2"}' })).toMatchObject({ code: 2, err: expect.stringContaining('give a plan with --plan') });
    const plan = fs.readFileSync(path.join(__dirname, '..', 'plan', 'fixtures', 'scale-out.plan.json'), 'utf8');
    expect(await command(['--plan', 'p.json', '--zone', 'staging'], fake, ENV, { 'p.json': plan }))
      .toMatchObject({ code: 2, err: expect.stringContaining('p.json declares no service in zone staging (it declares production/my_service)') });
    expect(fake.calls).toEqual([]);
  });

  test('--service naming no VM exits 2 without a declaration (nothing to audit is not success)', async () => {
    const z = healthy();
    const r = await command(['--service', 'nope'], new FakeZone(z.vms, z.hosts, z.groups));
    expect(r.code).toBe(2);
    expect(r.err).toContain('no VM carries the tags of service nope');
  });

  test('--plan: the plan\'s members compared with the zone', async () => {
    const plan = fs.readFileSync(path.join(__dirname, '..', 'plan', 'fixtures', 'scale-out.plan.json'), 'utf8');
    const vms = [member(1, 'my_service', 'dc1', 1, 0, 100), member(2, 'my_service', 'dc1', 2, 1, 100), member(3, 'my_service', 'dc2', 1, 3, 101)];
    const groups = [group(0, 'my_service', 'dc1', [1, 2]), group(1, 'my_service', 'dc2', [3])];
    const r = await command(['--plan', 'plan.json'], new FakeZone(vms, [host(0, 100), host(1, 100), host(2, 100), host(3, 101), host(4, 101), host(5, 101)], groups), ENV, { 'plan.json': plan });
    expect(r.code).toBe(1);
    expect(r.out).toContain('declaration: plan plan.json');
    expect(r.out).toContain('dc1 (cluster 100, 3 usable hosts): 2 of 3 members, 2 running: 1 violation');
    expect(r.out).toContain('! missing member: my-service-dc1-3 is declared but no VM of that name carries the tags of my_service in dc1');
    expect(r.out).toContain('dc2 (cluster 101, 3 usable hosts): 1 of 3 members, 1 running: 2 violations');
  });

  test('--migrate: repairs one move at a time, waits for each, audits again and exits 0', async () => {
    const vms = [0, 1, 2].map((i) => member(10 + i, 'web', 'dc1', i + 1, 0, 100));
    const fake = new FakeZone(vms, [host(0, 100), host(1, 100), host(2, 100)], [group(0, 'web', 'dc1', [10, 11, 12])], { migrateReads: 3 });
    const r = await command(['--migrate'], fake);
    expect(r.code).toBe(0);
    expect(fake.calls.filter((c) => c.startsWith('migrate'))).toEqual(['migrate 11 1 live=true enforce=true', 'migrate 12 2 live=true enforce=true']);
    expect(fake.maxInFlight).toBe(1);
    expect(r.out).toContain('--migrate: 2 migrated');
    expect(r.out).toMatch(/migrated {6}web-dc1-2 \(11\) c100-host0 \(0\) -> c100-host1 \(1\): \d+\.\d s/);
    expect(r.out).toContain('after --migrate:');
    expect(r.out.split('after --migrate:')[1]).toContain('every service placed as declared');
    expect(r.out).not.toContain('dry run');
    expect(fake.vms.map((vm) => vm.history!.hostId)).toEqual([0, 1, 2]);
    expect(r.err).toContain('placement-audit: migrate web-dc1-2 (11) c100-host0 (0) -> c100-host1 (1): live migration started');
  });

  test('--migrate --json: before, migrations and after in one document', async () => {
    const vms = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 0, 100)];
    const r = await command(['--migrate', '--json'], new FakeZone(vms, [host(0, 100), host(1, 100)], [group(0, 'web', 'dc1', [10, 11])]));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ dryRun: false, counts: { violations: 1 }, migrations: [{ vmId: 11, result: 'migrated' }], after: { counts: { violations: 0 } } });
  });

  test('--migrate: a migration that does not finish fails after --migrate-timeout, and the next move is not attempted', async () => {
    const vms = [0, 1, 2].map((i) => member(10 + i, 'web', 'dc1', i + 1, 0, 100));
    const fake = new FakeZone(vms, [host(0, 100), host(1, 100), host(2, 100)], [group(0, 'web', 'dc1', [10, 11, 12])], { behaviour: 'never-ends' });
    const r = await command(['--migrate', '--migrate-timeout', '30'], fake);
    expect(r.code).toBe(1);
    expect(r.out).toContain('failed        web-dc1-2 (11) c100-host0 (0) -> c100-host1 (1): did not finish within 30 s (--migrate-timeout): the VM is MIGRATE on c100-host1 (1); check it with `onevm show 11`');
    expect(r.out).toContain('not attempted web-dc1-3 (12)');
    expect(fake.calls.filter((c) => c.startsWith('migrate'))).toHaveLength(1);
  });

  test('--migrate: a migration that falls back to the source host fails with oned\'s error', async () => {
    const vms = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 0, 100)];
    const fake = new FakeZone(vms, [host(0, 100), host(1, 100)], [group(0, 'web', 'dc1', [10, 11])], { behaviour: 'fails-back' });
    const r = await command(['--migrate'], fake);
    expect(r.code).toBe(1);
    expect(r.out).toContain('the VM is RUNNING on c100-host0 (0) again: the migration failed: live migration failed: dummy');
  });

  test('carryOutMoves skips a move whose VM or target changed since the audit, and reports a refusal of oned', async () => {
    const vms = [member(10, 'web', 'dc1', 1, 0, 100), member(11, 'web', 'dc1', 2, 0, 100)];
    const hosts = [host(0, 100), host(1, 100)];
    const report = audit(vms, hosts, [group(0, 'web', 'dc1', [10, 11])]);
    const move = report.moves[0];
    const clock = { t: 0 };
    const opts = { timeoutSeconds: 10, now: () => clock.t, sleep: async (ms: number) => { clock.t += ms; } };
    const sibling = new FakeZone([vms[0], vms[1], member(12, 'web', 'dc1', 3, 1, 100)], hosts, []);
    expect((await carryOutMoves([{ ...move, serviceVmIds: [10, 11, 12] }], sibling, opts))[0]).toMatchObject({ result: 'skipped', message: 'c100-host1 (1) now holds VM 12 of web' });
    const moved = new FakeZone([vms[0], member(11, 'web', 'dc1', 2, 1, 100)], hosts, []);
    expect((await carryOutMoves([move], moved, opts))[0]).toMatchObject({ result: 'skipped', message: 'changed since the audit: now RUNNING on c100-host1 (1)' });
    const full = new FakeZone(vms, [host(0, 100), host(1, 100, { maxCpu: 50 })], []);
    expect((await carryOutMoves([move], full, opts))[0]).toMatchObject({ result: 'failed', message: '[one.vm.migrate] VM [11] does not fit in Host [1]. Not enough CPU' });
  });
});
