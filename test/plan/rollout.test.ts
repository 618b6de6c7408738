/**
 * The service stays up through every kind of change: the seed example (3 instances in dc1 and
 * dc2) applied with OpenTofu and the REAL provider 1.5.0 against the OpenNebula stand-in, while
 * the test plays every guest (boot takes GUEST_BOOT_SECONDS after RUNNING, then READY through the
 * API, as OneGate would) and samples, every 200 ms, the members serving (RUNNING, booted, READY).
 *
 * Each change asserts the minimum measured during its apply. The last change applies a revision
 * without readiness gates and shows the service falling below that minimum: the measurement can
 * fail, and the gates are what keeps it.
 *
 * Needs `.tools/provider-kind` = real; otherwise skipped loudly (REQUIRE_REAL_PROVIDER=1: fails).
 */
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { Guests, standInGuests } from './guests';
import { SeedVariant, TofuRun, describeWithRealProvider, seedDocument, tofuAsync } from './support';
import { startStandIn, StandIn } from '../../standin/server';

const STEP_TIMEOUT = 15 * 60 * 1000;
/** Longer than the provider's own waits (10 s before its first poll): a gate that does not wait shows. */
const GUEST_BOOT_SECONDS = 15;
const CREDENTIALS = { TF_VAR_production_opennebula_username: 'oneadmin', TF_VAR_production_opennebula_password: 'stand-in-password' };
const DCS = ['dc1', 'dc2', 'dc3'];

describeWithRealProvider('real-tool tier: availability through every kind of change (stand-in, guests played by the test)', () => {
  let standIn: StandIn;
  let guests: Guests;
  let dir: string;
  /** A stand-in for PuppetDB's command API: each deactivation with the stand-in's call count at that moment. */
  let puppetdb: http.Server;
  let puppetDbUrl: string;
  const deactivated: Array<{ certname: string; call: number }> = [];
  const measured: Array<{ change: string; before: number; minimum: number; byDatacenter: { [dc: string]: number }; seconds: number }> = [];

  beforeAll(async () => {
    standIn = await startStandIn({ port: 0, transientPolls: 1 });
    guests = new Guests(standInGuests(standIn), GUEST_BOOT_SECONDS);
    guests.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-rollout-'));
    // Every VM the stand-in ever ran enrolled (certname <name>-<id>) and is active until deactivated.
    puppetdb = http.createServer((request, response) => {
      const url = new URL(request.url ?? '', 'http://x');
      request.resume();
      response.writeHead(200, { 'Content-Type': 'application/json' });
      if (url.pathname === '/pdb/query/v4') {
        const gone = new Set(deactivated.map((d) => d.certname));
        const nodes = standIn.state().vms.map((vm) => `${vm.name}-${vm.id}`).filter((certname) => !gone.has(certname));
        response.end(JSON.stringify(nodes.map((certname) => ({ certname }))));
        return;
      }
      deactivated.push({ certname: url.searchParams.get('certname') ?? '', call: standIn.oned.calls.length });
      response.end('{"uuid":"1"}');
    });
    await new Promise<void>((resolve) => puppetdb.listen(0, '127.0.0.1', () => resolve()));
    puppetDbUrl = `http://127.0.0.1:${(puppetdb.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    guests?.stop();
    if (measured.length > 0) {
      // eslint-disable-next-line no-console
      console.log(`members serving during each apply (guests boot in ${GUEST_BOOT_SECONDS} s):\n${measured.map((m) =>
        `  ${m.change.padEnd(44)} before ${m.before}, minimum ${m.minimum} (${Object.entries(m.byDatacenter).map(([dc, n]) => `${dc} ${n}`).join(', ')}), ${m.seconds.toFixed(0)} s`).join('\n')}`);
    }
    await standIn?.close();
    await new Promise((resolve) => (puppetdb ? puppetdb.close(resolve) : resolve(undefined)));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const ok = (result: TofuRun, what: string): TofuRun => {
    if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
    return result;
  };
  const live = () => standIn.state().vms.filter((vm) => vm.state !== 'DONE');
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

  /** Applies `variant`, sampling the serving members; returns the minimum seen. */
  const change = async (name: string, declared: SeedVariant) => {
    const variant = { ...declared, puppetDbUrl };
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(seedDocument(standIn.url, variant), null, 2));
    const before = total(guests.serving());
    guests.record();
    const result = ok(await tofuAsync(dir, ['apply', '-input=false', '-no-color', '-auto-approve'], CREDENTIALS), `tofu apply (${name})`);
    const minimum = guests.minimum(DCS);
    measured.push({ change: name, before, minimum: minimum.total, byDatacenter: minimum.byDatacenter, seconds: result.seconds });
    expect(minimum.samples).toBeGreaterThan(10);
    return { minimum, result };
  };
  /** Waits until every live VM's guest serves (at most 60 s). */
  const settle = async (expected: number) => {
    for (let i = 0; i < 300 && total(guests.serving()) < expected; i++) await new Promise((r) => setTimeout(r, 200));
    expect(total(guests.serving())).toBe(expected);
  };

  const SEED: SeedVariant = { instances: 3 };

  it('creates the service and returns once every member is ready (the gates waited for the guests)', async () => {
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(seedDocument(standIn.url, { ...SEED, puppetDbUrl }), null, 2));
    ok(await tofuAsync(dir, ['init', '-input=false', '-no-color']), 'tofu init');
    ok(await tofuAsync(dir, ['apply', '-input=false', '-no-color', '-auto-approve'], CREDENTIALS), 'tofu apply');
    // dc2 was created after dc1's gate opened, and the apply ended after dc2's: every guest is up.
    expect(total(guests.serving())).toBe(6);
    expect(standIn.state().unknownMethods).toEqual([]);
  }, STEP_TIMEOUT);

  /** Where in the stand-in's calls VM `id` was terminated. */
  const terminatedAt = (id: number) => standIn.oned.calls.findIndex((c) => c.method === 'one.vm.action' && c.params[0] === 'terminate' && c.params[1] === id);

  it('a template revision (1 -> 2) keeps all 6 members serving: new VMs and groups first, old ones retired after', async () => {
    const old = live().map((vm) => ({ id: vm.id, certname: `${vm.name}-${vm.id}` }));
    const already = deactivated.length;
    const { minimum } = await change('template revision 1 -> 2', { ...SEED, templateRevision: 2 });
    expect(minimum.total).toBe(6);
    const now = live();
    expect(now).toHaveLength(6);
    expect(now.map((vm) => vm.id).filter((id) => old.some((o) => o.id === id))).toEqual([]);
    // Each retired member was deactivated in PuppetDB, under its certname, before its VM was terminated.
    expect(deactivated.slice(already).map((d) => d.certname).sort()).toEqual(old.map((o) => o.certname).sort());
    for (const o of old) {
      const at = deactivated.find((d) => d.certname === o.certname)!.call;
      expect({ certname: o.certname, deactivatedBeforeTerminate: at <= terminatedAt(o.id) && terminatedAt(o.id) >= 0 })
        .toEqual({ certname: o.certname, deactivatedBeforeTerminate: true });
    }
    expect(standIn.state().vmGroups.map((g) => g.name).sort()).toEqual(['my_service_dc1_prod_r2', 'my_service_dc2_prod_r2']);
    expect(standIn.state().templates.map((t) => t.name).sort()).toEqual(['my_service_dc1_prod_r2', 'my_service_dc2_prod_r2']);
    await settle(6);
  }, STEP_TIMEOUT);

  it('an image change in dc1 (with revision 3) keeps all 6 members serving', async () => {
    const { minimum } = await change('image change dc1 (revision 3)', { ...SEED, templateRevision: 3, imageIds: { dc1: 25 } });
    expect(minimum.total).toBe(6);
    const dc1 = standIn.state().templates.find((t) => t.name === 'my_service_dc1_prod_r3')!;
    expect(JSON.stringify(dc1.template.DISK)).toContain('"IMAGE_ID":"25"');
    await settle(6);
  }, STEP_TIMEOUT);

  it('a size change (memory 4096 -> 8192) power-cycles one datacenter at a time: never fewer than 3 serving', async () => {
    const { minimum } = await change('size change (memory 4096 -> 8192)', { ...SEED, templateRevision: 3, imageIds: { dc1: 25 }, memoryMb: 8192 });
    // One datacenter down at a time, never both; and each one did go down (a power cycle).
    expect(minimum.total).toBe(3);
    expect([minimum.byDatacenter.dc1, minimum.byDatacenter.dc2]).toEqual([0, 0]);
    for (const vm of live()) expect([vm.name, vm.template.MEMORY]).toEqual([vm.name, '8192']);
    await settle(6);
  }, STEP_TIMEOUT);

  /** The declaration after the size change, which later steps keep. */
  const LATER: SeedVariant = { templateRevision: 3, imageIds: { dc1: 25 }, memoryMb: 8192 };

  it('scale-in (instances 3 -> 2) keeps the 4 remaining members serving, and retires the 2 others from PuppetDB', async () => {
    const third = live().filter((vm) => vm.name.endsWith('-3')).map((vm) => `${vm.name}-${vm.id}`);
    const already = deactivated.length;
    const { minimum } = await change('scale-in (instances 3 -> 2)', { instances: 2, ...LATER });
    expect(deactivated.slice(already).map((d) => d.certname).sort()).toEqual(third.sort());
    expect(minimum.total).toBeGreaterThanOrEqual(4);
    expect(live().map((vm) => vm.name).sort()).toEqual(['my-service-dc1-1', 'my-service-dc1-2', 'my-service-dc2-1', 'my-service-dc2-2']);
    await settle(4);
  }, STEP_TIMEOUT);

  it('adding a datacenter (dc3) keeps the 4 members serving and adds 2', async () => {
    const { minimum } = await change('add dc3', { instances: 2, datacenters: ['dc1', 'dc2', 'dc3'], ...LATER });
    expect(minimum.total).toBeGreaterThanOrEqual(4);
    await settle(6);
  }, STEP_TIMEOUT);

  it('removing dc2 keeps the 4 members of dc1 and dc3 serving throughout', async () => {
    const dc2 = live().filter((vm) => vm.name.includes('-dc2-')).map((vm) => `${vm.name}-${vm.id}`);
    const already = deactivated.length;
    const { minimum } = await change('remove dc2', { instances: 2, datacenters: ['dc1', 'dc3'], ...LATER });
    expect(minimum.byDatacenter.dc1 + minimum.byDatacenter.dc3).toBe(4);
    expect(minimum.total).toBe(4);
    expect(live().map((vm) => vm.name).sort()).toEqual(['my-service-dc1-1', 'my-service-dc1-2', 'my-service-dc3-1', 'my-service-dc3-2']);
    expect(deactivated.slice(already).map((d) => d.certname).sort()).toEqual(dc2.sort());
  }, STEP_TIMEOUT);

  it('control: a revision WITHOUT readiness gates, with guests slower than the provider\'s waits, drops below all members', async () => {
    guests.bootSeconds = 60;
    const { minimum } = await change('revision 3 -> 4, waitForReady: false', {
      instances: 2, datacenters: ['dc1', 'dc3'], ...LATER, templateRevision: 4, waitForReady: false,
    });
    expect(minimum.total).toBeLessThan(4);
    guests.bootSeconds = GUEST_BOOT_SECONDS;
  }, STEP_TIMEOUT);

  it('destroy retires everything', async () => {
    ok(await tofuAsync(dir, ['destroy', '-input=false', '-no-color', '-auto-approve'], CREDENTIALS), 'tofu destroy');
    expect(live()).toEqual([]);
    expect(standIn.state().unknownMethods).toEqual([]);
  }, STEP_TIMEOUT);
});
