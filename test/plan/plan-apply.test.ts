/**
 * Plan/apply of the seed example with OpenTofu and the REAL provider 1.5.0 against the
 * OpenNebula XML-RPC test stand-in (standin/), one working directory and one state for every
 * step: apply, no-op plan, scale-out, a third datacenter, reordering, removing a datacenter, a
 * size change, destroy. Each plan is checked from `tofu show -json`, and its summary is compared
 * with the recorded fixture in test/plan/fixtures/ (UPDATE_PLAN_FIXTURES=1 re-records them).
 *
 * Needs `.tools/provider-kind` = real; otherwise skipped loudly (REQUIRE_REAL_PROVIDER=1: fails).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { Guests, standInGuests } from './guests';
import {
  SeedVariant, TofuRun, describeWithRealProvider, fixturePath, normalizePlan, readFixture, seedDocument, tofuAsync,
} from './support';
import { SeedStack } from '../../examples/seed/stacks';
import { summarizePlan } from '../../src/cli/plan-summary';
import { OpennebulaProvider } from '../../src/provider/provider';
import { startStandIn, StandIn } from '../../standin/server';
import { portable } from '../support/tofu';

const STEP_TIMEOUT = 15 * 60 * 1000;
/** A fixed clock: template REGTIME values in recorded plans do not depend on the day. */
const CLOCK = () => 1735689600;
const CREDENTIALS = { TF_VAR_production_opennebula_username: 'oneadmin', TF_VAR_production_opennebula_password: 'stand-in-password' };

const VM = 'opennebula_virtual_machine';
const TEMPLATE = 'opennebula_template';
const GROUP = 'opennebula_virtual_machine_group';
const GATE = 'terraform_data';
/** Guests boot quickly here: this tier checks what each change does; rollout.test.ts measures availability. */
const GUEST_BOOT_SECONDS = 1;

interface Change { address: string; type: string; name: string; actions: string[]; before: any; after: any }

describe('the plan tests declare the seed example exactly as examples/seed/stacks.ts', () => {
  it('synthesizes the same production stack (endpoint aside)', () => {
    const endpoint = 'http://127.0.0.1:1/RPC2';
    const app = Testing.app();
    const seed = new SeedStack(app, 'production', 'production', { state: 'local' }); // seedDocument keeps its state locally
    for (const c of seed.node.findAll()) if (c instanceof OpennebulaProvider) c.addOverride('endpoint', endpoint);
    // The readiness gates carry the zone's endpoint too: the seed's literal, here replaced like the provider's.
    const expected = portable(JSON.parse(JSON.stringify((seed as TerraformStack).toTerraform()).split('https://one-prod.example.com/RPC2').join(endpoint)));
    delete expected['//'].metadata.overrides; // records the addOverride above
    expect(seedDocument(endpoint)).toEqual(expected);
  });
});

describeWithRealProvider('real-tool tier: plan/apply of the seed example against the OpenNebula stand-in', () => {
  let standIn: StandIn;
  let guests: Guests;
  let dir: string;
  const timings: Array<[string, number]> = [];

  beforeAll(async () => {
    // STANDIN_TRANSIENT_POLLS=0 makes VMs reach their target state at the first poll (faster).
    standIn = await startStandIn({ port: 0, clock: CLOCK, transientPolls: Number(process.env.STANDIN_TRANSIENT_POLLS ?? 1) });
    // The readiness gates wait for READY: the test plays the guests.
    guests = new Guests(standInGuests(standIn), GUEST_BOOT_SECONDS);
    guests.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-plan-apply-'));
  });

  afterAll(async () => {
    if (timings.length > 0) {
      const width = Math.max(...timings.map(([step]) => step.length));
      // eslint-disable-next-line no-console
      console.log(`plan/apply timings (OpenTofu + provider 1.5.0 + stand-in, seed example):\n${timings
        .map(([step, seconds]) => `  ${step.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s`).join('\n')}`);
    }
    if (standIn) {
      const counts = new Map<string, number>();
      for (const call of standIn.state().calls) counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
      // eslint-disable-next-line no-console
      console.log(`XML-RPC methods the provider called: ${[...counts].sort().map(([m, n]) => `${m} x${n}`).join(', ')}`);
    }
    guests?.stop();
    await standIn?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = async (step: string, args: string[]): Promise<TofuRun> => {
    const [command, ...rest] = args;
    const result = await tofuAsync(dir, [command, '-input=false', '-no-color', ...rest], CREDENTIALS);
    timings.push([step, result.seconds]);
    return result;
  };
  const ok = (result: TofuRun, what: string): TofuRun => {
    if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
    return result;
  };
  const synth = (variant: SeedVariant): string => {
    const text = JSON.stringify(seedDocument(standIn.url, variant), null, 2);
    fs.writeFileSync(path.join(dir, 'main.tf.json'), text);
    return text;
  };
  /** `tofu plan -out` + `tofu show -json`; checks the summary against the recorded fixture. */
  const planJson = async (step: string, fixture: string, extra: string[] = []): Promise<{ plan: any; changes: Change[] }> => {
    ok(await run(`plan ${step}`, ['plan', ...extra, `-out=${fixture}.tfplan`]), `tofu plan (${step})`);
    const shown = ok(await tofuAsync(dir, ['show', '-json', '-no-color', `${fixture}.tfplan`], CREDENTIALS), 'tofu show -json');
    const plan = normalizePlan(JSON.parse(shown.stdout), standIn.url);
    const file = fixturePath(fixture);
    if (process.env.UPDATE_PLAN_FIXTURES === '1' || !fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(plan, null, 1)}\n`);
    } else {
      // The recorded fixture must still describe what the provider plans today.
      expect(summarizePlan(plan)).toEqual(summarizePlan(readFixture(fixture)));
    }
    const changes: Change[] = (plan.resource_changes ?? [])
      .filter((rc: any) => rc.mode === 'managed')
      .map((rc: any) => ({
        address: rc.address,
        type: rc.type,
        name: (rc.change.after ?? rc.change.before)?.name,
        actions: rc.change.actions,
        before: rc.change.before,
        after: rc.change.after,
      }));
    return { plan, changes };
  };
  const acting = (changes: Change[]) => changes.filter((c) => !(c.actions.length === 1 && c.actions[0] === 'no-op'));
  const names = (changes: Change[], type: string, action: string) =>
    changes.filter((c) => c.type === type && c.actions.join(',') === action).map((c) => c.name).sort();
  const expectNoUnknownMethods = () => expect(standIn.state().unknownMethods).toEqual([]);
  const live = () => {
    const state = standIn.state();
    return { ...state, running: state.vms.filter((vm) => vm.state !== 'DONE') };
  };

  it('applies the seed example: templates, VM groups and VMs exist, RUNNING, in their groups', async () => {
    synth({});
    ok(await run('init', ['init']), 'tofu init');
    ok(await run('apply (create 12 resources)', ['apply', '-auto-approve']), 'tofu apply');

    const state = live();
    expect(state.templates.map((t) => t.name).sort()).toEqual(['my_service_dc1_prod', 'my_service_dc2_prod']);
    expect(state.vmGroups.map((g) => g.name).sort()).toEqual(['my_service_dc1_prod', 'my_service_dc2_prod']);
    expect(state.running.map((vm) => [vm.name, vm.state, vm.lcmState]).sort()).toEqual([
      ['my-service-dc1-1', 'ACTIVE', 'RUNNING'], ['my-service-dc1-2', 'ACTIVE', 'RUNNING'],
      ['my-service-dc2-1', 'ACTIVE', 'RUNNING'], ['my-service-dc2-2', 'ACTIVE', 'RUNNING'],
    ]);
    for (const vm of state.running) {
      const dc = vm.name.split('-')[2];
      expect(vm.ip).toMatch(dc === 'dc1' ? /^10\.10\.0\.\d+$/ : /^10\.11\.0\.\d+$/);
      const group = state.vmGroups.find((g) => g.name === `my_service_${dc}_prod`)!;
      expect(group.roles).toHaveLength(1);
      expect(group.roles[0]).toMatchObject({ name: `my_service_${dc}`, policy: 'ANTI_AFFINED' });
      expect(group.roles[0].vms).toContain(vm.id);
      expect(vm.template.VMGROUP).toEqual({ ROLE: `my_service_${dc}`, VMGROUP_ID: String(group.id) });
      expect(vm.template).toMatchObject({ CPU: '1.000000', VCPU: '2', MEMORY: '4096' });
      expect(vm.userTemplate).toMatchObject({ SERVICE: 'my_service', ZONE: 'production', DATACENTER: dc, MANAGED_BY: 'cdktf-opennebula' });
    }
    expectNoUnknownMethods();
  }, STEP_TIMEOUT);

  it('plans no changes right after the apply', async () => {
    const plan = await run('plan (no changes)', ['plan', '-detailed-exitcode']);
    expect({ status: plan.status, stderr: plan.stderr }).toEqual({ status: 0, stderr: '' });
  }, STEP_TIMEOUT);

  it('scale-out (instances 2 -> 3) only creates VMs: no VM is replaced, updated or destroyed', async () => {
    synth({ instances: 3 });
    const { changes } = await planJson('scale-out', 'scale-out');
    const act = acting(changes);
    const vms = act.filter((c) => c.type !== GATE);
    expect(vms.every((c) => c.actions.join(',') === 'create')).toBe(true);
    expect(vms.map((c) => [c.type, c.name]).sort()).toEqual([[VM, 'my-service-dc1-3'], [VM, 'my-service-dc2-3']]);
    // Each datacenter's readiness gate runs again, for its new member (the clearing gates do not: no power cycle).
    expect(act.filter((c) => c.type === GATE).map((c) => [c.address.replace(/_[0-9A-F]{8}$/, ''), c.actions.join(',')])).toEqual([
      ['terraform_data.my_service_dc1_ready', 'create,delete'], ['terraform_data.my_service_dc2_ready', 'create,delete'],
    ]);
    ok(await run('apply scale-out (+2 VMs)', ['apply', 'scale-out.tfplan']), 'tofu apply scale-out');
    expect(live().running).toHaveLength(6);
  }, STEP_TIMEOUT);

  it('adding a datacenter (dc3) only creates its template, VM group and VMs', async () => {
    synth({ instances: 3, datacenters: ['dc1', 'dc2', 'dc3'] });
    const { changes } = await planJson('add dc3', 'add-dc');
    const act = acting(changes);
    expect(act.every((c) => c.actions.join(',') === 'create')).toBe(true);
    expect(names(act, TEMPLATE, 'create')).toEqual(['my_service_dc3_prod']);
    expect(names(act, GROUP, 'create')).toEqual(['my_service_dc3_prod']);
    expect(names(act, VM, 'create')).toEqual(['my-service-dc3-1', 'my-service-dc3-2', 'my-service-dc3-3']);
    expect(act.filter((c) => c.type === GATE).map((c) => c.address.replace(/_[0-9A-F]{8}$/, '')).sort())
      .toEqual(['terraform_data.my_service_dc3_ready', 'terraform_data.my_service_dc3_unready']);
    expect(act).toHaveLength(7);
    ok(await run('apply add dc3 (+7 resources)', ['apply', 'add-dc.tfplan']), 'tofu apply add dc3');
    expect(live().running).toHaveLength(9);
  }, STEP_TIMEOUT);

  it('reordering the datacenters gives byte-identical output and no changes', async () => {
    const before = fs.readFileSync(path.join(dir, 'main.tf.json'), 'utf8');
    const after = synth({ instances: 3, datacenters: ['dc3', 'dc1', 'dc2'] });
    expect(after).toEqual(before);
    const plan = await run('plan reordered (no changes)', ['plan', '-detailed-exitcode']);
    expect({ status: plan.status, stderr: plan.stderr }).toEqual({ status: 0, stderr: '' });
  }, STEP_TIMEOUT);

  it('removing a datacenter (dc2) destroys only its VMs, template and VM group; no other VM is touched', async () => {
    synth({ instances: 3, datacenters: ['dc1', 'dc3'] });
    const { changes } = await planJson('remove dc2', 'remove-dc');
    const act = acting(changes);
    expect(act.every((c) => c.actions.join(',') === 'delete')).toBe(true);
    expect(names(act, VM, 'delete')).toEqual(['my-service-dc2-1', 'my-service-dc2-2', 'my-service-dc2-3']);
    expect(names(act, TEMPLATE, 'delete')).toEqual(['my_service_dc2_prod']);
    expect(names(act, GROUP, 'delete')).toEqual(['my_service_dc2_prod']);
    expect(act.filter((c) => c.type === GATE).map((c) => c.address.replace(/_[0-9A-F]{8}$/, '')).sort())
      .toEqual(['terraform_data.my_service_dc2_ready', 'terraform_data.my_service_dc2_unready']);
    expect(act).toHaveLength(7);
    ok(await run('apply remove dc2 (-7 resources)', ['apply', 'remove-dc.tfplan']), 'tofu apply remove dc2');

    const state = live();
    expect(state.running.map((vm) => vm.name).sort()).toEqual([
      'my-service-dc1-1', 'my-service-dc1-2', 'my-service-dc1-3', 'my-service-dc3-1', 'my-service-dc3-2', 'my-service-dc3-3',
    ]);
    expect(state.vms.filter((vm) => vm.name.includes('-dc2-')).map((vm) => vm.state)).toEqual(['DONE', 'DONE', 'DONE']);
    expect(state.templates.map((t) => t.name).sort()).toEqual(['my_service_dc1_prod', 'my_service_dc3_prod']);
    expect(state.vmGroups.map((g) => g.name).sort()).toEqual(['my_service_dc1_prod', 'my_service_dc3_prod']);
  }, STEP_TIMEOUT);

  it('a size change (memoryMb 4096 -> 8192) updates templates and VMs in place, then converges', async () => {
    synth({ instances: 3, datacenters: ['dc1', 'dc3'], memoryMb: 8192 });
    const { changes } = await planJson('size change', 'size-change');
    const act = acting(changes);
    // What provider 1.5.0 plans: in-place updates of `memory` only, nothing created or destroyed;
    // both gates of every datacenter run again (clear READY before the power cycle, wait after).
    const updates = act.filter((c) => c.type !== GATE);
    expect(updates.every((c) => c.actions.join(',') === 'update')).toBe(true);
    expect(names(updates, TEMPLATE, 'update')).toEqual(['my_service_dc1_prod', 'my_service_dc3_prod']);
    expect(names(updates, VM, 'update')).toHaveLength(6);
    for (const c of updates) {
      const changed = Object.keys({ ...c.before, ...c.after }).filter((k) => JSON.stringify(c.before[k]) !== JSON.stringify(c.after[k]));
      expect({ address: c.address, changed }).toEqual({ address: c.address, changed: ['memory'] });
      expect([c.before.memory, c.after.memory]).toEqual([4096, 8192]);
    }
    expect(act.filter((c) => c.type === GATE).map((c) => c.actions.join(','))).toEqual(Array(4).fill('create,delete'));
    const callsBefore = standIn.state().calls.length;
    ok(await run('apply size change (6 VMs power-cycled)', ['apply', 'size-change.tfplan']), 'tofu apply size change');

    const state = live();
    for (const vm of state.running) {
      expect([vm.name, vm.state, vm.lcmState, vm.template.MEMORY]).toEqual([vm.name, 'ACTIVE', 'RUNNING', '8192']);
    }
    for (const t of state.templates) expect([t.name, t.template.MEMORY]).toEqual([t.name, '8192']);
    const calls = state.calls.slice(callsBefore).map((c) => `${c.method}${c.method === 'one.vm.action' ? `:${String(c.params[0])}` : ''}`);
    const times = (m: string) => calls.filter((c) => c === m).length;
    expect([times('one.vm.action:poweroff'), times('one.vm.resize'), times('one.vm.action:resume'), times('one.template.update')])
      .toEqual([6, 6, 6, 2]);

    const plan = await run('plan after size change (no changes)', ['plan', '-detailed-exitcode']);
    expect({ status: plan.status, stderr: plan.stderr }).toEqual({ status: 0, stderr: '' });
  }, STEP_TIMEOUT);

  it('a template revision (1 -> 2) replaces every VM create-before-destroy, in new VM groups (planned, not applied)', async () => {
    synth({ instances: 3, datacenters: ['dc1', 'dc3'], memoryMb: 8192, templateRevision: 2 });
    const { changes } = await planJson('template revision', 'template-revision');
    const act = acting(changes);
    expect(names(act, TEMPLATE, 'create')).toEqual(['my_service_dc1_prod_r2', 'my_service_dc3_prod_r2']);
    expect(names(act, TEMPLATE, 'delete')).toEqual(['my_service_dc1_prod', 'my_service_dc3_prod']);
    expect(names(act, GROUP, 'create')).toEqual(['my_service_dc1_prod_r2', 'my_service_dc3_prod_r2']);
    expect(names(act, GROUP, 'delete')).toEqual(['my_service_dc1_prod', 'my_service_dc3_prod']);
    const replaced = act.filter((c) => c.type === VM);
    expect(replaced).toHaveLength(6);
    for (const c of replaced) expect(c.actions).toEqual(['create', 'delete']);
    // Back to the applied declaration: the saved plan above is discarded.
    synth({ instances: 3, datacenters: ['dc1', 'dc3'], memoryMb: 8192 });
  }, STEP_TIMEOUT);

  it('destroy leaves the stand-in empty: no templates, no VM groups, every VM DONE', async () => {
    const { changes } = await planJson('destroy', 'destroy', ['-destroy']);
    const act = acting(changes);
    expect(act.every((c) => c.actions.join(',') === 'delete')).toBe(true);
    expect(act).toHaveLength(14);
    ok(await run('destroy (-14 resources)', ['destroy', '-auto-approve']), 'tofu destroy');

    const state = live();
    expect(state.templates).toEqual([]);
    expect(state.vmGroups).toEqual([]);
    expect(state.running).toEqual([]);
    expect(state.vms).toHaveLength(9); // 4 + 2 scale-out + 3 in dc3, all kept readable in DONE
    expectNoUnknownMethods();
  }, STEP_TIMEOUT);
});

describeWithRealProvider('real-tool tier: plan/apply of the opennebula_template data source against the OpenNebula stand-in', () => {
  let standIn: StandIn;
  let dir: string;
  beforeAll(async () => {
    standIn = await startStandIn({ port: 0, clock: CLOCK });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-data-source-'));
  });
  afterAll(async () => {
    await standIn?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds a template by name and tags through one.templatepool.info, then destroys it', async () => {
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({
      terraform: { required_providers: { opennebula: { source: 'opennebula/opennebula', version: '1.5.0' } } },
      provider: { opennebula: { endpoint: standIn.url, username: 'oneadmin', password: 'stand-in-password' } },
      resource: { opennebula_template: { base: { name: 'infra_dc1_prod', cpu: 0.5, vcpu: 1, memory: 1024, tags: { role: 'base' } } } },
      // `tags` filters (keys upper-cased). It is not computed: the SDK hands back the config's value.
      data: { opennebula_template: { lookup: { name: '${opennebula_template.base.name}', tags: { role: 'base' } } } },
      output: {
        found: {
          value: {
            id: '${data.opennebula_template.lookup.id}',
            memory: '${data.opennebula_template.lookup.memory}',
            cpu: '${data.opennebula_template.lookup.cpu}',
          },
        },
      },
    }, null, 2));
    const run = (args: string[]) => tofuAsync(dir, [args[0], '-input=false', '-no-color', ...args.slice(1)]);
    for (const args of [['init'], ['apply', '-auto-approve']]) {
      const result = await run(args);
      expect({ args, status: result.status, stderr: result.stderr }).toEqual({ args, status: 0, stderr: '' });
    }
    const output = await tofuAsync(dir, ['output', '-json', 'found']);
    expect(JSON.parse(output.stdout)).toEqual({ id: standIn.state().templates[0].id, memory: 1024, cpu: 0.5 });
    expect(standIn.state().calls.some((c) => c.method === 'one.templatepool.info')).toBe(true);
    expect((await run(['destroy', '-auto-approve'])).status).toBe(0);
    expect(standIn.state().templates).toEqual([]);
    expect(standIn.state().unknownMethods).toEqual([]);
  }, STEP_TIMEOUT);
});
