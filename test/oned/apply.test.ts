/**
 * The seed example applied with OpenTofu and the REAL provider 1.5.0 to a REAL OpenNebula 6.10.5
 * (oned, its scheduler and monitor, dummy hosts: oned/zone.ts), while the test plays the guests
 * (READY through the API, as OneGate would) and samples the members serving every 500 ms.
 *
 * What only a real oned shows: where OpenNebula's scheduler puts the members (distinct hosts of
 * their datacenter's cluster, by the VM group's anti-affinity), and what happens when a datacenter
 * has fewer hosts than instances (the extra VM stays PENDING; the apply fails after the library's
 * create timeout, and the service keeps its members).
 *
 * Needs the OpenNebula build (toolchain/oned.sh) and the real provider; otherwise skipped loudly
 * (REQUIRE_REAL_ONED=1: fails).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeWithRealOned } from './support';
import { RealZone, VmPlacement } from '../../oned/zone';
import { VM_STATE } from '../../src/opennebula/client';
import { readXml, textAt } from '../../src/opennebula/xml';
import { Guests, apiGuests, datacenterOf } from '../plan/guests';
import { SeedVariant, TofuRun, seedDocument, tofuAsync } from '../plan/support';

const STEP_TIMEOUT = 15 * 60 * 1000;
const DCS = ['dc1', 'dc2'];
const HOSTS_PER_DC = 3;
/** Guests boot this long after RUNNING before they report READY. */
const GUEST_BOOT_SECONDS = 3;
/** For the power cycle: longer than the provider's first wait (10 s), as the rollout tier does. */
const SLOW_BOOT_SECONDS = 20;

describeWithRealOned('real-oned tier: the seed example applied to a real OpenNebula (oned, scheduler, dummy hosts)', () => {
  let zone: RealZone;
  let guests: Guests;
  let dir: string;
  let credentials: { [name: string]: string };
  const measured: Array<{ change: string; minimum: number; byDatacenter: { [dc: string]: number }; seconds: number }> = [];

  beforeAll(async () => {
    zone = await RealZone.start({ datacenters: DCS.map((name) => ({ name, hosts: HOSTS_PER_DC })) });
    credentials = { TF_VAR_production_opennebula_username: zone.username, TF_VAR_production_opennebula_password: zone.password };
    guests = new Guests(apiGuests(zone.client), GUEST_BOOT_SECONDS, 500);
    guests.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-oned-apply-'));
  }, 180_000);

  afterAll(async () => {
    guests?.stop();
    // eslint-disable-next-line no-console
    console.log([
      `real oned: answered after ${zone?.timings.onedSeconds?.toFixed(1)} s, ${DCS.length * HOSTS_PER_DC} hosts MONITORED after ${zone?.timings.hostsSeconds?.toFixed(1)} s`,
      `members serving during each apply (guests boot in ${GUEST_BOOT_SECONDS} s):`,
      ...measured.map((m) => `  ${m.change.padEnd(40)} minimum ${m.minimum} (${Object.entries(m.byDatacenter).map(([dc, n]) => `${dc} ${n}`).join(', ')}), ${m.seconds.toFixed(0)} s`),
    ].join('\n'));
    await zone?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  const declare = (variant: SeedVariant) => {
    const ids = Object.fromEntries(Object.values(zone.datacenters).map((dc) => [dc.name, dc]));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(seedDocument(zone.url, { ...variant, datacenterIds: ids }), null, 2));
  };
  const tofu = (args: string[]) => tofuAsync(dir, [...args, '-input=false', '-no-color'], credentials);
  const ok = (result: TofuRun, what: string): TofuRun => {
    if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}\n${result.stderr}\n${zone.logs(20)}`);
    return result;
  };
  /** Applies `variant` while sampling the members serving; returns the apply and the minimum. */
  const apply = async (change: string, variant: SeedVariant, expectSuccess = true) => {
    declare(variant);
    guests.record();
    const result = await tofu(['apply', '-auto-approve']);
    if (expectSuccess) ok(result, `tofu apply (${change})`);
    const minimum = guests.minimum(DCS);
    measured.push({ change, minimum: minimum.total, byDatacenter: minimum.byDatacenter, seconds: result.seconds });
    return { result, minimum };
  };
  const members = async (): Promise<VmPlacement[]> => (await zone.placement()).filter((vm) => vm.name.startsWith('my-service-'));
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  /** Waits until `expected` guests serve (bounded). */
  const settle = async (expected: number) => {
    for (let i = 0; i < 120 && total(guests.serving()) < expected; i++) await new Promise((r) => setTimeout(r, 500));
    expect(total(guests.serving())).toBe(expected);
  };

  /** Members of each datacenter run on distinct hosts of that datacenter's cluster. */
  const expectSpread = async (perDatacenter: number) => {
    const vms = await members();
    for (const dc of DCS) {
      const mine = vms.filter((vm) => datacenterOf(vm.name) === dc);
      const cluster = zone.datacenters[dc].clusterId;
      expect({ dc, running: mine.filter((vm) => vm.state === VM_STATE.ACTIVE && vm.lcmState === 3).length }).toEqual({ dc, running: perDatacenter });
      expect({ dc, clusters: [...new Set(mine.map((vm) => vm.clusterId))] }).toEqual({ dc, clusters: [cluster] });
      expect({ dc, distinctHosts: new Set(mine.map((vm) => vm.hostId)).size }).toEqual({ dc, distinctHosts: perDatacenter });
      for (const vm of mine) expect(zone.datacenters[dc].hostIds).toContain(vm.hostId);
    }
  };

  test('(1) create: two members per datacenter, each on its own host of its datacenter\'s cluster; then nothing to change', async () => {
    declare({ instances: 2 });
    ok(await tofu(['init']), 'tofu init');
    await apply('create (2 per datacenter)', { instances: 2 });
    await expectSpread(2);
    await settle(4);
    const plan = ok(await tofu(['plan', '-detailed-exitcode']), 'tofu plan');
    expect(plan.stdout).toContain('No changes');
  }, STEP_TIMEOUT);

  test('(2) scale out to three per datacenter: the new members land on the free host; never fewer than 4 serving', async () => {
    const { minimum } = await apply('scale out 2 -> 3', { instances: 3 });
    expect(minimum.total).toBeGreaterThanOrEqual(4);
    await expectSpread(3);
    await settle(6);
  }, STEP_TIMEOUT);

  test('(3) a template revision: the scheduler places the new group\'s members beside the old ones (anti-affinity holds within a group), all 6 serving throughout', async () => {
    const { minimum } = await apply('template revision 1 -> 2', { instances: 3, templateRevision: 2 });
    expect(minimum.total).toBe(6);
    await expectSpread(3);
    await settle(6);
  }, STEP_TIMEOUT);

  test('(4) a size change (memory 4096 -> 8192) power-cycles one datacenter at a time on the real state machine: never fewer than 3 serving', async () => {
    // Guests that boot for longer than the provider's own waits (10 s before its first poll): a
    // gate that lets the next datacenter go before the first one's guests are back shows as a drop.
    guests.bootSeconds = SLOW_BOOT_SECONDS;
    let sized;
    try {
      sized = await apply(`size 4096 -> 8192 MB (guests boot in ${SLOW_BOOT_SECONDS} s)`, { instances: 3, templateRevision: 2, memoryMb: 8192 });
    } finally {
      guests.bootSeconds = GUEST_BOOT_SECONDS;
    }
    const { minimum } = sized;
    expect(minimum.total).toBeGreaterThanOrEqual(3);
    expect(Math.min(...Object.values(minimum.byDatacenter))).toBe(0);
    const memory = await Promise.all((await members()).map(async (vm) => textAt(readXml(String(await zone.call('one.vm.info', vm.id, false))), 'TEMPLATE/MEMORY')));
    expect(memory).toEqual(['8192', '8192', '8192', '8192', '8192', '8192']);
    await expectSpread(3);
    await settle(6);
  }, STEP_TIMEOUT);

  test('(5) more instances than hosts: the extra VM stays PENDING with the scheduler\'s reason, the apply fails after the create timeout, the service keeps its members', async () => {
    const { result, minimum } = await apply('scale out 3 -> 4 (3 hosts)', { instances: 4, templateRevision: 2, memoryMb: 8192, createTimeoutMinutes: 1 }, false);
    expect(result.status).not.toBe(0);
    expect(result.seconds).toBeLessThan(5 * 60);
    // The provider's words when the create timeout ends its wait for RUNNING.
    expect(result.stderr).toMatch(/Failed to wait virtual machine to be in RUNNING state[\s\S]*context deadline exceeded/);
    const pending = (await members()).filter((vm) => vm.state === VM_STATE.PENDING);
    expect(pending.map((vm) => datacenterOf(vm.name))).toEqual(['dc1']);
    // The scheduler words it as the siblings' hosts excluded, or (on some passes) as no host at all.
    expect(pending[0].schedMessage).toMatch(/No host meets capacity and SCHED_REQUIREMENTS: .*CURRENT_VMS != |Cannot dispatch VM to any Host/);
    expect(minimum.total).toBe(6);
  }, STEP_TIMEOUT);

  test('(6) back to three: the PENDING VM is removed and the service is whole again', async () => {
    await apply('back to 3', { instances: 3, templateRevision: 2, memoryMb: 8192 });
    expect((await members()).filter((vm) => vm.state === VM_STATE.PENDING)).toEqual([]);
    await expectSpread(3);
    await settle(6);
  }, STEP_TIMEOUT);

  test('(7) scale in 3 -> 2: one member per datacenter removed, never fewer than 4 serving', async () => {
    const { minimum } = await apply('scale in 3 -> 2', { instances: 2, templateRevision: 2, memoryMb: 8192 });
    expect(minimum.total).toBeGreaterThanOrEqual(4);
    await expectSpread(2);
  }, STEP_TIMEOUT);

  test('(8) destroy leaves no VM of the service', async () => {
    declare({ instances: 2, templateRevision: 2, memoryMb: 8192 });
    ok(await tofu(['destroy', '-auto-approve']), 'tofu destroy');
    expect(await members()).toEqual([]);
  }, STEP_TIMEOUT);

  test('nothing in oned\'s, the monitor\'s or the scheduler\'s logs shows an attempt to reach beyond loopback', () => {
    expect(zone.outboundAttempts()).toEqual([]);
  });
});
