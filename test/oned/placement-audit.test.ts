/**
 * `cdktf-opennebula placement-audit` end to end on a REAL OpenNebula 6.10.5 (oned, its scheduler
 * and monitor, dummy hosts: oned/zone.ts).
 *
 * A service is declared with HaService and synthesized; its VM groups, templates and VMs are then
 * made over XML-RPC from the synthesized stack, with the names, tags, roles and
 * SCHED_REQUIREMENTS the library emits (no OpenTofu: faster, and the audit only reads what oned
 * holds), and OpenNebula's scheduler places them. Then a co-location is forced the way an
 * operator's manual migration makes one: `one.vm.migrate` of a member onto its sibling's host,
 * live, without enforce (oned itself never checks VM-group anti-affinity on a migration). The
 * audit must see it (exit 1, the violation named, the move advised), `--migrate` must repair it
 * through oned, and the audit after it must pass (exit 0).
 *
 * Needs the OpenNebula build (toolchain/oned.sh); otherwise skipped loudly (REQUIRE_REAL_ONED=1: fails).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { describeWithRealOned } from './support';
import { RealZone, VmPlacement } from '../../oned/zone';
import { Datacenter, HaService, OpenNebulaZone } from '../../src';
import { placementAuditCommand } from '../../src/cli/placement-audit-command';

const DCS = ['dc1', 'dc2'];
const HOSTS_PER_DC = 3;
const INSTANCES = 2;
const STEP_TIMEOUT = 5 * 60 * 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithRealOned('real-oned tier: placement-audit finds a co-location on a real OpenNebula and --migrate repairs it', () => {
  let zone: RealZone;
  let dir: string;
  let synth: string;
  let env: NodeJS.ProcessEnv;
  const timings: string[] = [];
  /** Template IDs by name. */
  const templateIds: { [name: string]: number } = {};

  /** Runs the command in this process against the zone; returns its exit status, stdout and stderr. */
  const audit = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const started = Date.now();
    const code = await placementAuditCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l), env, pollIntervalMs: 250 });
    const seconds = (Date.now() - started) / 1000;
    return { code, out: out.join('\n'), err: err.join('\n'), seconds };
  };
  const members = async (): Promise<VmPlacement[]> => (await zone.placement()).filter((vm) => vm.name.startsWith('my-service-'));
  const waitRunning = async (count: number) => {
    for (let i = 0; i < 240; i++) {
      const vms = await members();
      if (vms.length === count && vms.every((vm) => vm.state === 3 && vm.lcmState === 3)) return vms;
      await sleep(500);
    }
    throw new Error(`members not all RUNNING within 120 s: ${JSON.stringify(await members())}\n${zone.logs(20)}`);
  };

  beforeAll(async () => {
    zone = await RealZone.start({ datacenters: DCS.map((name) => ({ name, hosts: HOSTS_PER_DC })) });
    env = {
      OPENNEBULA_ENDPOINT: zone.url, TF_VAR_production_opennebula_username: zone.username, TF_VAR_production_opennebula_password: zone.password,
    };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-placement-'));

    // The declaration: my_service on the zone's clusters, networks and images.
    const app = new App({ outdir: dir });
    const stack = new TerraformStack(app, 'production');
    const one = new OpenNebulaZone(stack, 'production', { name: 'production', endpoint: zone.url });
    const datacenters = DCS.map((name) => new Datacenter(stack, name, {
      zone: one, clusterId: zone.datacenters[name].clusterId, networkId: zone.datacenters[name].networkId, imageId: zone.datacenters[name].imageId,
    }));
    new HaService(stack, 'my_service', { zone: one, datacenters, instances: INSTANCES, size: { cpu: 1, vcpu: 1, memoryMb: 1024, diskMb: 1024 } });
    app.synth();
    synth = path.join(dir, 'stacks', 'production', 'cdk.tf.json');

    // What an apply makes, over XML-RPC from the synthesized stack: groups, templates, VMs.
    const doc = JSON.parse(fs.readFileSync(synth, 'utf8'));
    const defaults: { [k: string]: string } = doc.provider.opennebula[0].default_tags[0].tags;
    const tags = (t: { [k: string]: string }) => Object.entries({ ...defaults, ...t }).map(([k, v]) => `${k.toUpperCase()} = "${v}"`);
    const ids: { [address: string]: number } = {};
    for (const [key, g] of Object.entries<any>(doc.resource.opennebula_virtual_machine_group)) {
      ids[`opennebula_virtual_machine_group.${key}`] = Number(await zone.call('one.vmgroup.allocate', [
        `NAME = "${g.name}"`, ...g.role.map((r: any) => `ROLE = [ NAME = "${r.name}", POLICY = "${r.policy}" ]`), ...tags(g.tags),
      ].join('\n')));
    }
    for (const [key, t] of Object.entries<any>(doc.resource.opennebula_template)) {
      ids[`opennebula_template.${key}`] = templateIds[t.name] = Number(await zone.call('one.template.allocate', [
        `NAME = "${t.name}"`, `CPU = "${t.cpu}"`, `VCPU = "${t.vcpu}"`, `MEMORY = "${t.memory}"`, `SCHED_REQUIREMENTS = "${t.sched_requirements}"`,
        `DISK = [ IMAGE_ID = "${t.disk[0].image_id}" ]`, `NIC = [ NETWORK_ID = "${t.nic[0].network_id}" ]`, ...tags(t.tags),
      ].join('\n')));
    }
    const ref = (value: string) => ids[/^\$\{(.+)\.id\}$/.exec(value)![1]];
    for (const vm of Object.values<any>(doc.resource.opennebula_virtual_machine)) {
      await zone.call('one.template.instantiate', ref(vm.template_id), vm.name, false,
        [`VMGROUP = [ VMGROUP_ID = "${ref(vm.vmgroup.vmgroup_id)}", ROLE = "${vm.vmgroup.role}" ]`, ...tags(vm.tags)].join('\n'), false);
    }
    await waitRunning(DCS.length * INSTANCES);
  }, 240_000);

  afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log([
      `real oned: answered after ${zone?.timings.onedSeconds?.toFixed(1)} s, ${DCS.length * HOSTS_PER_DC} hosts MONITORED after ${zone?.timings.hostsSeconds?.toFixed(1)} s`,
      ...timings,
    ].join('\n'));
    await zone?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  test('(1) as the scheduler placed them: every member on its own host of its cluster, exit 0', async () => {
    const vms = await members();
    for (const dc of DCS) {
      const mine = vms.filter((vm) => vm.name.startsWith(`my-service-${dc}-`));
      expect(new Set(mine.map((vm) => vm.hostId)).size).toBe(INSTANCES);
      expect(new Set(mine.map((vm) => vm.clusterId))).toEqual(new Set([zone.datacenters[dc].clusterId]));
    }
    const r = await audit(['--synth', synth]);
    timings.push(`audit of a healthy zone: ${r.seconds.toFixed(2)} s (${r.err.trim()})`);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: expect.stringMatching(/^placement-audit: read 4 VMs, 6 hosts and 2 VM groups in/) });
    expect(r.out).toContain('1 service, 2 datacenters, 4 members (4 VMs, 6 hosts read); every service placed as declared');
    expect(r.out).toContain(`dc1 (cluster ${zone.datacenters.dc1.clusterId}, 3 usable hosts): 2 of 2 members, 2 running: OK`);
    expect(r.out).toContain('dry run: nothing changed; --migrate to apply');
  }, STEP_TIMEOUT);

  test('(2) a member live-migrated onto its sibling\'s host: the audit names the co-location and advises a move to the free host (exit 1)', async () => {
    const dc1 = (await members()).filter((vm) => vm.name.startsWith('my-service-dc1-')).sort((a, b) => a.id - b.id);
    const [first, second] = dc1;
    // Live, without enforce: oned checks neither capacity nor the VM group's anti-affinity.
    const seq = (await zone.client.vmPlacement(second.id)).history!.seq;
    await zone.call('one.vm.migrate', second.id, first.hostId!, true, false, -1);
    // oned writes the new history record before the VM leaves RUNNING: done once it runs there (RSTIME).
    const done = async () => {
      const vm = await zone.client.vmPlacement(second.id);
      return vm.lcmState === 3 && vm.history!.seq > seq && vm.history!.hostId === first.hostId && vm.history!.rstime > 0;
    };
    for (let i = 0; i < 240 && !(await done()); i++) await sleep(250);
    expect(await done()).toBe(true);
    const free = zone.datacenters.dc1.hostIds.find((id) => id !== first.hostId && id !== second.hostId)!;

    const r = await audit(['--synth', synth]);
    timings.push(`audit finding the co-location: ${r.seconds.toFixed(2)} s`);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`! shares a host: my-service-dc1-2 (${second.id}) runs on ${first.hostName} (${first.hostId}) with my-service-dc1-1 (${first.id}): one host failure takes both`);
    expect(r.out).toContain(`onevm migrate --live --enforce ${second.id} ${free}`);
    expect(r.out).toContain('1 violation, 1 move advised');
    expect(r.out).toContain('dry run: nothing changed; --migrate to apply');
    // Nothing changed.
    expect((await members()).find((m) => m.id === second.id)!.hostId).toBe(first.hostId);

    const json = JSON.parse((await audit(['--synth', synth, '--json'])).out);
    expect(json).toMatchObject({
      dryRun: true, counts: { violations: 1, moves: 1 }, moves: [{ vmId: second.id, from: { id: first.hostId }, to: { id: free }, live: true }],
    });
    // eslint-disable-next-line no-console
    console.log(`placement-audit on real oned, after the forced co-location:\n${r.out}`);
  }, STEP_TIMEOUT);

  test('(3) --migrate moves it through oned (live, capacity enforced), waits for it, audits again: exit 0', async () => {
    const r = await audit(['--synth', synth, '--migrate']);
    // eslint-disable-next-line no-console
    console.log(`placement-audit --migrate on real oned:\n${r.out}\n${r.err}`);
    const seconds = /migrated +my-service-dc1-2 \(\d+\) .*: (\d+\.\d) s/.exec(r.out)?.[1];
    timings.push(`--migrate: one live migration in ${seconds} s; whole command ${r.seconds.toFixed(2)} s`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--migrate: 1 migrated');
    expect(r.out.split('after --migrate:')[1]).toContain('every service placed as declared');
    const dc1 = (await members()).filter((vm) => vm.name.startsWith('my-service-dc1-'));
    expect(new Set(dc1.map((vm) => vm.hostId)).size).toBe(INSTANCES);
    expect(dc1.every((vm) => vm.state === 3 && vm.lcmState === 3 && vm.clusterId === zone.datacenters.dc1.clusterId)).toBe(true);
  }, STEP_TIMEOUT);

  test('(4) audited again: exit 0, and read-only', async () => {
    const before = await members();
    const r = await audit(['--synth', synth]);
    timings.push(`audit after the repair: ${r.seconds.toFixed(2)} s`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('every service placed as declared');
    expect(await members()).toEqual(before);
  }, STEP_TIMEOUT);

  test('(5) more members than hosts: the scheduler leaves one PENDING; the audit (tags only) says for how long, why, and what to change (exit 1)', async () => {
    const first = (await members()).find((m) => m.name === 'my-service-dc1-1')!;
    const vm = await zone.client.vmPlacement(first.id);
    const tags = Object.entries(vm.userTemplate).filter(([k]) => ['SERVICE', 'ZONE', 'DATACENTER', 'MANAGED_BY'].includes(k)).map(([k, v]) => `${k} = "${v}"`);
    for (const name of ['my-service-dc1-3', 'my-service-dc1-4']) {
      await zone.call('one.template.instantiate', templateIds.my_service_dc1_prod, name, false,
        [`VMGROUP = [ VMGROUP_ID = "${vm.vmGroup!.id}", ROLE = "${vm.vmGroup!.role}" ]`, ...tags].join('\n'), false);
    }
    let pending: VmPlacement | undefined;
    for (let i = 0; i < 120; i++) {
      const vms = await members();
      pending = vms.find((m) => m.state === 1 && m.schedMessage);
      if (pending && vms.filter((m) => m.state === 3 && m.lcmState === 3).length === 5) break;
      await sleep(500);
    }
    // The scheduler's words vary with its cycle: no host meets the requirements, or none could be dispatched to.
    expect(pending?.schedMessage).toMatch(/No host meets capacity and SCHED_REQUIREMENTS|Cannot dispatch VM to any Host/);
    const r = await audit(['--service', 'my_service', '--zone', 'production']);
    // eslint-disable-next-line no-console
    console.log(`placement-audit on real oned, 4 members of dc1 on 3 hosts:\n${r.out}`);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`! not running: ${pending!.name} \\(${pending!.id}\\) is PENDING for \\d+ s; the scheduler says: .*(No host meets capacity|Cannot dispatch VM)`));
    expect(r.out).toContain(`advice: no host can take it: cluster ${zone.datacenters.dc1.clusterId} has 3 usable hosts for 4 members; `
      + `add 1 host to cluster ${zone.datacenters.dc1.clusterId}, or lower instances of dc1 to 3`);
    expect(r.out).toContain('declaration: none');
  }, STEP_TIMEOUT);

  test('nothing in oned\'s, the monitor\'s or the scheduler\'s logs shows an attempt to reach beyond loopback', () => {
    expect(zone.outboundAttempts()).toEqual([]);
  });
});
