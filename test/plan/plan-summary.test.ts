/**
 * The plan summary (src/cli/plan-summary.ts) and its command line (src/cli/main.ts), on plans
 * recorded from real `tofu show -json` runs of the seed example (test/plan/fixtures/, recorded
 * by plan-apply.test.ts). Runs in every environment: no OpenTofu, no provider.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as commonmark from 'commonmark';
import { fixturePath, readFixture } from './support';
import { CliIo, PLAN_SUMMARY_USAGE, USAGE, readFile, runCli } from '../../src/cli/main';
import { PlanSummary, analyzePlan, isPlanInputError, summarizePlan } from '../../src/cli/plan-summary';

/** The Markdown lines between a block's first line and the next blank line. */
function block(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start, end < 0 ? undefined : end);
}

/** Everything before the first zone heading: the part a reviewer reads first. */
function top(markdown: string): string {
  return markdown.split('### Zone')[0];
}

describe('summarizePlan on recorded plans of the seed example', () => {
  it('scale-out: two creates, one per datacenter, and no warning', () => {
    const md = summarizePlan(readFixture('scale-out'));
    expect(md).not.toContain('**Warning**');
    expect(md).toContain('**2 to create, 0 to update in place, 0 to replace, 0 to destroy.**');
    expect(md).toContain('### Zone `production`');
    expect(md).toContain('#### Service `my_service`');
    expect(md).toContain('| dc1 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| dc2 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('  - create `my-service-dc1-3` (`opennebula_virtual_machine.my_service_dc1_vm-3_3F514AFE`)');
    expect(md).toContain('  - create `my-service-dc2-3` (`opennebula_virtual_machine.my_service_dc2_vm-3_17714B71`)');
    expect(md).toContain('- **dc1**: 2 VMs before, at least 2 up during the apply, 3 after (1 created)\n');
    expect(md).toContain('**Availability of `my_service`**: 4 VMs before, at least 4 up during the apply, 6 after.\n');
  });

  it('add a datacenter: only dc3 appears, with its template, VM group and three VMs', () => {
    const md = summarizePlan(readFixture('add-dc'));
    expect(md).not.toContain('**Warning**');
    expect(md).toContain('**5 to create, 0 to update in place, 0 to replace, 0 to destroy.**');
    expect(md).toContain('| dc3 | 5 | 0 | 0 | 0 |');
    expect(md).not.toMatch(/\| dc[12] \|/);
    expect(md).toContain('create `my_service_dc3_prod` (`opennebula_template.my_service_dc3_template_E682B1C3`)');
    expect(md).toContain('create `my_service_dc3_prod` (`opennebula_virtual_machine_group.my_service_dc3_vm-group_A53E0250`)');
    expect(md).toContain('Outputs: `my_service_haproxy_backend` (update), `my_service_members` (update), `my_service_template_ids` (update).');
    expect(md).toContain('- **dc2**: 3 VMs before, at least 3 up during the apply, 3 after (unchanged)\n');
    expect(md).toContain('- **dc3**: 0 VMs before, at least 0 up during the apply, 3 after (3 created)\n');
    expect(md).toContain('**Availability of `my_service`**: 6 VMs before, at least 6 up during the apply, 9 after.\n');
  });

  it('remove a datacenter: the datacenter is flagged as removed first, then its VMs as destroyed', () => {
    const md = summarizePlan(readFixture('remove-dc'));
    expect(md.startsWith('## Plan summary\n\n> [!WARNING]\n')).toBe(true);
    expect(block(md, '> [!WARNING]')).toEqual([
      '> [!WARNING]',
      '> **A datacenter has no VM up during this apply:**',
      '> - datacenter `dc2` of service `my_service` (zone `production`): removed (3 of 3 destroyed, none after the apply)',
    ]);
    const warning = block(md, '> **Warning**');
    expect(warning).toEqual([
      '> **Warning**',
      '> This plan destroys or replaces 3 VMs:',
      '> - **destroy** `my-service-dc2-1` (`opennebula_virtual_machine.my_service_dc2_vm-1_9C83AB24`): zone `production`, service `my_service`, datacenter `dc2`',
      '> - **destroy** `my-service-dc2-2` (`opennebula_virtual_machine.my_service_dc2_vm-2_20929D96`): zone `production`, service `my_service`, datacenter `dc2`',
      '> - **destroy** `my-service-dc2-3` (`opennebula_virtual_machine.my_service_dc2_vm-3_17714B71`): zone `production`, service `my_service`, datacenter `dc2`',
    ]);
    expect(top(md)).toContain('**0 to create, 0 to update in place, 0 to replace, 5 to destroy.**');
    expect(md).toContain('| dc2 | 0 | 0 | 0 | 5 |');
    expect(md).toContain('  - destroy `my_service_dc2_prod` (`opennebula_template.my_service_dc2_template_F14CD263`)');
    expect(md).toContain('  - destroy `my_service_dc2_prod` (`opennebula_virtual_machine_group.my_service_dc2_vm-group_CDE06A90`)');
    expect(md).not.toMatch(/\| dc[13] \|/);
    expect(md).toContain('- **dc2**: 3 VMs before, **0 up** during the apply, 0 after (3 destroyed)\n');
    expect(md).toContain('**Availability of `my_service`**: 9 VMs before, at least 6 up during the apply, 6 after.\n');
  });

  it('size change: each datacenter at zero while its VMs power-cycle, the service kept up by the depends_on chain', () => {
    const md = summarizePlan(readFixture('size-change'));
    expect(md).not.toContain('**Warning**');
    expect(md).not.toContain('[!CAUTION]');
    expect(block(md, '> [!WARNING]')).toEqual([
      '> [!WARNING]',
      '> **2 datacenters have no VM up during this apply:**',
      '> - datacenter `dc1` of service `my_service` (zone `production`): 3 of 3 power-cycled (cpu, vcpu or memory change), 3 after',
      '> - datacenter `dc3` of service `my_service` (zone `production`): 3 of 3 power-cycled (cpu, vcpu or memory change), 3 after',
    ]);
    expect(md).toContain('- **dc1**: 3 VMs before, **0 up** during the apply, 3 after (3 power cycles)\n');
    expect(md).toContain('**Availability of `my_service`**: 6 VMs before, at least 3 up during the apply, 6 after. Datacenters power-cycle one after another (dc1, then dc3');
    expect(block(md, '> **Note**')).toHaveLength(2 + 6);
    expect(md).toContain('> 6 VMs will be powered off, resized and started again (cpu, vcpu or memory change):');
    expect(md).toContain('**0 to create, 8 to update in place, 0 to replace, 0 to destroy.**');
    expect(md).toContain('| dc1 | 0 | 4 | 0 | 0 |');
    expect(md).toContain('| dc3 | 0 | 4 | 0 | 0 |');
    expect(md).toContain('  - update `my-service-dc1-1` (`opennebula_virtual_machine.my_service_dc1_vm-1_79E690C1`): `memory`: 4096 → 8192');
    expect(md).toContain('  - update `my_service_dc3_prod` (`opennebula_template.my_service_dc3_template_E682B1C3`): `memory`: 4096 → 8192');
  });

  it('template revision: every VM replaced create-before-destroy, every member kept up, no outage flagged', () => {
    const md = summarizePlan(readFixture('template-revision'));
    expect(md).not.toContain('[!CAUTION]');
    expect(md).not.toContain('[!WARNING]');
    const warning = block(md, '> **Warning**');
    expect(warning).toHaveLength(2 + 6);
    expect(warning[1]).toBe('> This plan destroys or replaces 6 VMs:');
    expect(warning.slice(2).every((line) => line.startsWith('> - **replace** `my-service-dc') && line.endsWith('(forced by `template_id`)'))).toBe(true);
    // New templates and VM groups per revision; the readiness gates are not counted as changes.
    expect(md).toContain('**4 to create, 0 to update in place, 6 to replace, 4 to destroy.**');
    expect(md).toContain('- **dc1**: 3 VMs before, at least 3 up during the apply, 3 after (3 replaced create-before-destroy, kept up)');
    expect(md).toContain('**Availability of `my_service`**: 6 VMs before, at least 6 up during the apply, 6 after.');
    expect(md).toContain('  - create `my_service_dc1_prod_r2` (`opennebula_template.my_service_dc1_template-r2_564018B5`)');
    expect(md).toContain('  - create `my_service_dc1_prod_r2` (`opennebula_virtual_machine_group.my_service_dc1_vm-group-r2_5D459210`)');
    expect(md).toContain('  - destroy `my_service_dc1_prod` (`opennebula_template.my_service_dc1_template_1B53636E`)');
    expect(md).not.toContain('terraform_data');
  });

  it('destroy: the service flagged as destroyed, all six VMs listed, ten resources destroyed across dc1 and dc3', () => {
    const md = summarizePlan(readFixture('destroy'));
    expect(block(md, '> [!CAUTION]')[2]).toBe('> - service `my_service` (zone `production`): all 6 VMs destroyed, none after the apply (dc1: 3 of 3 destroyed; dc3: 3 of 3 destroyed)');
    const warning = block(md, '> **Warning**');
    expect(warning[1]).toBe('> This plan destroys or replaces 6 VMs:');
    expect(warning.slice(2).map((line) => /`(my-service-dc\d-\d)`/.exec(line)![1])).toEqual([
      'my-service-dc1-1', 'my-service-dc1-2', 'my-service-dc1-3', 'my-service-dc3-1', 'my-service-dc3-2', 'my-service-dc3-3',
    ]);
    expect(md).toContain('**0 to create, 0 to update in place, 0 to replace, 10 to destroy.**');
    expect(md).toContain('| dc1 | 0 | 0 | 0 | 5 |');
    expect(md).toContain('| dc3 | 0 | 0 | 0 | 5 |');
  });

  it('is deterministic and independent of the order of resource_changes', () => {
    const plan = readFixture('remove-dc');
    const shuffled = { ...plan, resource_changes: [...plan.resource_changes].reverse() };
    expect(summarizePlan(shuffled)).toEqual(summarizePlan(plan));
  });
});

describe('summarizePlan on hand-made plans (cases the seed example does not produce)', () => {
  const vm = (name: string, zone: string, extra: object = {}) => ({ name, memory: 1024, tags: { service: 'api', zone, datacenter: 'dc1' }, ...extra });

  it('reports a plan without changes', () => {
    const md = summarizePlan({ format_version: '1.2', resource_changes: [{ address: 'a.b', mode: 'managed', type: 'a', change: { actions: ['no-op'] } }] });
    expect(md).toBe('## Plan summary\n\n**No changes to resources.**\n');
  });

  it('groups by provider alias first, then by the zone tag; untagged resources get a placeholder', () => {
    const md = summarizePlan({
      format_version: '1.2',
      configuration: {
        root_module: {
          resources: [
            { address: 'opennebula_virtual_machine.s', provider_config_key: 'opennebula.staging' },
            { address: 'opennebula_virtual_machine.p', provider_config_key: 'opennebula' },
          ],
        },
      },
      resource_changes: [
        { address: 'opennebula_virtual_machine.s', mode: 'managed', type: 'opennebula_virtual_machine', change: { actions: ['create'], before: null, after: vm('s-1', 'ignored') } },
        { address: 'opennebula_virtual_machine.p', mode: 'managed', type: 'opennebula_virtual_machine', change: { actions: ['delete'], before: vm('p-1', 'production'), after: null } },
        { address: 'opennebula_image.i', mode: 'managed', type: 'opennebula_image', provider_name: 'registry.opentofu.org/opennebula/opennebula', change: { actions: ['create'], before: null, after: { name: 'img' } } },
      ],
    });
    expect(md.indexOf('### Zone `opennebula`')).toBeGreaterThan(0);
    expect(md.indexOf('### Zone `production`')).toBeGreaterThan(md.indexOf('### Zone `opennebula`'));
    expect(md.indexOf('### Zone `staging`')).toBeGreaterThan(md.indexOf('### Zone `production`'));
    expect(md).toContain('#### Service `(no service tag)`');
    expect(md).toContain('| - | 1 | 0 | 0 | 0 |');
    expect(top(md)).toContain('> - **destroy** `p-1` (`opennebula_virtual_machine.p`): zone `production`, service `api`, datacenter `dc1`');
  });

  it('flags create-before-destroy replacements, hides sensitive values, counts forgets and notes errored plans', () => {
    const md = summarizePlan({
      format_version: '1.2',
      errored: true,
      resource_changes: [
        {
          address: 'opennebula_virtual_machine.x',
          mode: 'managed',
          type: 'opennebula_virtual_machine',
          action_reason: 'replace_because_tainted',
          change: { actions: ['create', 'delete'], before: vm('x-1', 'prod'), after: vm('x-1', 'prod') },
        },
        {
          address: 'opennebula_virtual_machine.y',
          mode: 'managed',
          type: 'opennebula_virtual_machine',
          change: {
            actions: ['update'],
            before: vm('y-1', 'prod', { vcpu: 1, secret: 'a', description: 'old' }),
            after: vm('y-1', 'prod', { vcpu: 2, secret: 'b', description: 'new' }),
            after_unknown: { ip: true },
            after_sensitive: { secret: true },
          },
        },
        { address: 'opennebula_template.t', mode: 'managed', type: 'opennebula_template', change: { actions: ['forget'], before: { name: 't' }, after: null } },
        { address: 'data.opennebula_template.base', mode: 'data', type: 'opennebula_template', change: { actions: ['read'] } },
      ],
    });
    expect(md).toContain('> Planning failed: this plan is incomplete and cannot be applied.');
    expect(md).toContain('> - **replace** `x-1` (`opennebula_virtual_machine.x`): zone `prod`, service `api`, datacenter `dc1` (replace because tainted)');
    expect(md).toContain('> 1 VM will be powered off, resized and started again (cpu, vcpu or memory change):');
    expect(md).toContain('update `y-1` (`opennebula_virtual_machine.y`): `description`: "old" → "new"; `ip`: null → (known after apply); `secret`: (sensitive) → (sensitive); `vcpu`: 1 → 2');
    expect(md).toContain('**0 to create, 1 to update in place, 1 to replace, 0 to destroy, 1 to forget.**');
    expect(md).toContain('  - forget `t` (`opennebula_template.t`)');
    expect(md).toContain('Data sources read during apply: `data.opennebula_template.base`.');
  });
});


// ------------------------------------------------------------------------------------------
// Hand-built plans: one HaService-like service, `api` in zone `production`, VMs named
// api-<dc>-<n>. `chain: true` adds the depends_on HaService declares: every VM of a datacenter
// depends on every VM of the previous one (datacenters in name order); `chain: 'gate'` puts a
// readiness gate (terraform_data depending on a datacenter's VMs) in between.

const VM = 'opennebula_virtual_machine';
const CBD = ['create', 'delete'];
const DESTROY_FIRST = ['delete', 'create'];

interface VmPlan {
  /** Actions of each VM, per datacenter: `{ dc1: [NOOP, NOOP], dc2: [...] }`. */
  readonly [dc: string]: Array<string[] | { actions: string[]; before?: object; after?: object }>;
}

function vmAddress(dc: string, n: number): string {
  return `${VM}.api_${dc}_vm-${n}`;
}

function handPlan(vms: VmPlan, options: { chain?: boolean | 'gate' } = {}): any {
  const resourceChanges: any[] = [];
  const configured = new Map<string, string[]>();
  for (const dc of Object.keys(vms).sort()) {
    vms[dc].forEach((spec, i) => {
      const { actions, before = {}, after = {} } = Array.isArray(spec) ? { actions: spec } : spec;
      const attributes = { name: `api-${dc}-${i + 1}`, cpu: 1, vcpu: 2, memory: 4096, tags: { service: 'api', zone: 'production', datacenter: dc } };
      const exists = { before: actions.join() !== 'create', after: actions.join() !== 'delete' };
      resourceChanges.push({
        address: vmAddress(dc, i + 1),
        mode: 'managed',
        type: VM,
        name: `api_${dc}_vm-${i + 1}`,
        provider_name: 'registry.opentofu.org/opennebula/opennebula',
        change: {
          actions,
          before: exists.before ? { ...attributes, ...before } : null,
          after: exists.after ? { ...attributes, ...after } : null,
        },
      });
      if (exists.after) configured.set(dc, [...configured.get(dc) ?? [], vmAddress(dc, i + 1)]);
    });
  }
  const dcs = [...configured.keys()];
  const gate = (dc: string) => `terraform_data.api_${dc}_ready`;
  const resources: any[] = dcs.flatMap((dc, k) => configured.get(dc)!.map((address) => ({
    address,
    mode: 'managed',
    type: VM,
    provider_config_key: 'opennebula',
    ...(options.chain && k > 0 ? { depends_on: options.chain === 'gate' ? [gate(dcs[k - 1])] : configured.get(dcs[k - 1]) } : {}),
  })));
  if (options.chain === 'gate') {
    for (const dc of dcs) resources.push({ address: gate(dc), mode: 'managed', type: 'terraform_data', depends_on: configured.get(dc) });
  }
  return { format_version: '1.2', resource_changes: resourceChanges, configuration: { root_module: { resources } }, errored: false };
}

const NOOP = ['no-op'];
const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);
const memoryChange = { actions: ['update'], before: { memory: 4096 }, after: { memory: 8192 } };

describe('availability: VMs of each service and datacenter before, during and after the apply', () => {
  it('a create_before_destroy revision change keeps every VM up and raises no availability warning', () => {
    const md = summarizePlan(handPlan({ dc1: times(3, CBD), dc2: times(3, CBD) }, { chain: true }));
    expect(md).not.toContain('[!WARNING]');
    expect(md).not.toContain('[!CAUTION]');
    expect(md).toContain('- **dc1**: 3 VMs before, at least 3 up during the apply, 3 after (3 replaced create-before-destroy, kept up)\n');
    expect(md).toContain('- **dc2**: 3 VMs before, at least 3 up during the apply, 3 after (3 replaced create-before-destroy, kept up)\n');
    expect(md).toContain('**Availability of `api`**: 6 VMs before, at least 6 up during the apply, 6 after.\n');
  });

  it('a destroy-first replacement of one datacenter takes that datacenter to zero, in a warning before everything else', () => {
    const md = summarizePlan(handPlan({ dc1: times(3, DESTROY_FIRST), dc2: times(3, NOOP) }, { chain: true }));
    expect(md.startsWith('## Plan summary\n\n> [!WARNING]\n')).toBe(true);
    expect(block(md, '> [!WARNING]')).toEqual([
      '> [!WARNING]',
      '> **A datacenter has no VM up during this apply:**',
      '> - datacenter `dc1` of service `api` (zone `production`): 3 of 3 replaced destroy-first, 3 after',
    ]);
    expect(md).not.toContain('[!CAUTION]');
    expect(md).toContain('- **dc1**: 3 VMs before, **0 up** during the apply, 3 after (3 replaced destroy-first)\n');
    expect(md).toContain('- **dc2**: 3 VMs before, at least 3 up during the apply, 3 after (unchanged)\n');
    expect(md).toContain('**Availability of `api`**: 6 VMs before, at least 3 up during the apply, 6 after.\n');
  });

  it('a destroy-first replacement of both datacenters takes the service to zero, in a caution block first, depends_on or not', () => {
    for (const chain of [true, false]) {
      const md = summarizePlan(handPlan({ dc1: times(2, DESTROY_FIRST), dc2: times(2, DESTROY_FIRST) }, { chain }));
      expect(md.startsWith('## Plan summary\n\n> [!CAUTION]\n> **SERVICE OUTAGE: this plan can leave a service with no VM up.**\n')).toBe(true);
      expect(block(md, '> [!CAUTION]')[2]).toBe('> - service `api` (zone `production`): 4 VMs before, 4 after, **0 up** at some point during the apply (dc1: 2 of 2 replaced destroy-first; dc2: 2 of 2 replaced destroy-first)');
      expect(md).toContain('**Availability of `api`**: 4 VMs before, **0 up** during the apply, 4 after. Destroy-first replacements in several datacenters are down at the same time, depends_on or not');
    }
  });

  it('the service outage is not repeated as datacenter warnings', () => {
    const md = summarizePlan(handPlan({ dc1: times(2, DESTROY_FIRST), dc2: times(2, DESTROY_FIRST) }));
    expect(md).toContain('[!CAUTION]');
    expect(md).not.toContain('[!WARNING]');
    expect(analyzePlan(handPlan({ dc1: times(2, DESTROY_FIRST), dc2: times(2, DESTROY_FIRST) })).warnings).toBe(2);
  });

  it('a scale-in from 3 to 2 VMs per datacenter keeps 2 up in each and raises no availability warning', () => {
    const md = summarizePlan(handPlan({ dc1: [NOOP, NOOP, ['delete']], dc2: [NOOP, NOOP, ['delete']] }, { chain: true }));
    expect(md).not.toContain('[!WARNING]');
    expect(md).not.toContain('[!CAUTION]');
    expect(block(md, '> **Warning**')[1]).toBe('> This plan destroys or replaces 2 VMs:');
    expect(md).toContain('- **dc1**: 3 VMs before, at least 2 up during the apply, 2 after (1 destroyed)\n');
    expect(md).toContain('- **dc2**: 3 VMs before, at least 2 up during the apply, 2 after (1 destroyed)\n');
    expect(md).toContain('**Availability of `api`**: 6 VMs before, at least 4 up during the apply, 4 after.\n');
  });

  it('removing a datacenter flags it as removed while the service keeps the others up', () => {
    const md = summarizePlan(handPlan({ dc1: times(2, NOOP), dc2: times(2, ['delete']) }, { chain: true }));
    expect(block(md, '> [!WARNING]')[2]).toBe('> - datacenter `dc2` of service `api` (zone `production`): removed (2 of 2 destroyed, none after the apply)');
    expect(md).not.toContain('[!CAUTION]');
    expect(md).toContain('**Availability of `api`**: 4 VMs before, at least 2 up during the apply, 2 after.\n');
  });

  it('a memory change power-cycles every VM of a datacenter: each datacenter at zero, the service kept up by the depends_on chain', () => {
    const md = summarizePlan(handPlan({ dc1: times(2, memoryChange), dc2: times(2, memoryChange), dc3: times(2, memoryChange) }, { chain: true }));
    expect(block(md, '> [!WARNING]').slice(1)).toEqual([
      '> **3 datacenters have no VM up during this apply:**',
      '> - datacenter `dc1` of service `api` (zone `production`): 2 of 2 power-cycled (cpu, vcpu or memory change), 2 after',
      '> - datacenter `dc2` of service `api` (zone `production`): 2 of 2 power-cycled (cpu, vcpu or memory change), 2 after',
      '> - datacenter `dc3` of service `api` (zone `production`): 2 of 2 power-cycled (cpu, vcpu or memory change), 2 after',
    ]);
    expect(md).not.toContain('[!CAUTION]');
    expect(md).toContain('- **dc2**: 2 VMs before, **0 up** during the apply, 2 after (2 power cycles)\n');
    expect(md).toContain('  - update `api-dc2-1` (`opennebula_virtual_machine.api_dc2_vm-1`): `memory`: 4096 → 8192\n');
    expect(md).toContain('**Availability of `api`**: 6 VMs before, at least 4 up during the apply, 6 after. Datacenters power-cycle one after another (dc1, then dc2, then dc3: each one\'s VMs depend on the previous one\'s).\n');
  });

  it('power cycles in datacenters that the plan does not order count as simultaneous: the worst case, a service outage, decides', () => {
    const md = summarizePlan(handPlan({ dc1: times(2, memoryChange), dc2: times(2, memoryChange) }));
    expect(block(md, '> [!CAUTION]')[2]).toBe('> - service `api` (zone `production`): 4 VMs before, 4 after, **0 up** at some point during the apply (dc1: 2 of 2 power-cycled (cpu, vcpu or memory change); dc2: 2 of 2 power-cycled (cpu, vcpu or memory change)); 2 would stay up if datacenters changed one after another, but nothing in the plan orders them');
    expect(md).toContain('**Availability of `api`**: 4 VMs before, **0 up** during the apply, 4 after. That is the worst case: 2 would stay up if datacenters changed one after another, but nothing in the plan orders them (no depends_on chain between their VMs).\n');
  });

  it('datacenters ordered through a readiness gate between them count as changing one after another', () => {
    const md = summarizePlan(handPlan({ dc1: times(2, memoryChange), dc2: times(2, memoryChange), dc3: times(2, memoryChange) }, { chain: 'gate' }));
    expect(md).not.toContain('[!CAUTION]');
    expect(md).toContain('**Availability of `api`**: 6 VMs before, at least 4 up during the apply, 6 after. Datacenters power-cycle one after another (dc1, then dc2, then dc3');
  });

  it('a readiness gate that waits for only some VMs of its datacenter does not prove an order', () => {
    const plan = handPlan({ dc1: times(2, memoryChange), dc2: times(2, memoryChange) }, { chain: 'gate' });
    plan.configuration.root_module.resources.find((r: any) => r.address === 'terraform_data.api_dc1_ready').depends_on = [vmAddress('dc1', 1)];
    expect(summarizePlan(plan)).toContain('[!CAUTION]');
  });

  it('a depends_on on only some VMs of the previous datacenter does not prove an order', () => {
    const plan = handPlan({ dc1: times(2, memoryChange), dc2: times(2, memoryChange) }, { chain: true });
    const dc2vm1 = plan.configuration.root_module.resources.find((r: any) => r.address === vmAddress('dc2', 1));
    dc2vm1.depends_on = [vmAddress('dc1', 1)];
    expect(summarizePlan(plan)).toContain('[!CAUTION]');
  });

  it('a power cycle in one datacenter and a destroy in another add up', () => {
    const md = summarizePlan(handPlan({ dc1: [memoryChange, NOOP], dc2: [['delete'], NOOP] }, { chain: true }));
    expect(md).toContain('**Availability of `api`**: 4 VMs before, at least 2 up during the apply, 3 after.\n');
  });

  it('an in-place update of other attributes keeps the VM up', () => {
    const md = summarizePlan(handPlan({ dc1: [{ actions: ['update'], before: { description: 'a' }, after: { description: 'b' } }] }));
    expect(md).not.toContain('[!WARNING]');
    expect(md).toContain('- **dc1**: 1 VM before, at least 1 up during the apply, 1 after (unchanged)\n');
  });

  it('VMs created in the plan count after the apply, not during it', () => {
    const md = summarizePlan(handPlan({ dc1: [['create'], ['create']] }));
    expect(md).toContain('- **dc1**: 0 VMs before, at least 0 up during the apply, 2 after (2 created)\n');
    expect(md).not.toContain('[!WARNING]');
    expect(md).not.toContain('[!CAUTION]');
  });

  it('a plan without VM changes prints no availability', () => {
    const plan = handPlan({ dc1: [NOOP] });
    plan.resource_changes.push({
      address: 'opennebula_template.api_dc1',
      mode: 'managed',
      type: 'opennebula_template',
      change: { actions: ['update'], before: { name: 't', memory: 1, tags: { service: 'api', datacenter: 'dc1' } }, after: { name: 't', memory: 2, tags: { service: 'api', datacenter: 'dc1' } } },
    });
    const md = summarizePlan(plan);
    expect(md).not.toContain('Availability');
    expect(md).not.toContain('VMs before');
    expect(md).toContain('- **dc1**\n  - update `t` (`opennebula_template.api_dc1`): `memory`: 1 → 2\n');
  });
});

// ------------------------------------------------------------------------------------------

/** Runs the command line on in-memory stdin; files are read with the command's own reader. */
async function cli(args: string[], stdin = '', maxInputBytes?: number) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => stdin,
    readFile,
    maxInputBytes,
  };
  const code = await runCli(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('plan-summary refuses input that is not a plan, with exit 2 and a message, never "No changes"', () => {
  const plan = (extra: object) => JSON.stringify({ format_version: '1.2', resource_changes: [], ...extra });
  const rc = (change: object) => plan({ resource_changes: [{ address: 'opennebula_virtual_machine.a', mode: 'managed', type: VM, change }] });
  it.each([
    ['a state file', JSON.stringify({ version: 4, terraform_version: '1.9.1', serial: 3, lineage: 'x', outputs: {}, resources: [] }), /this is a state file \(terraform\.tfstate\), not a plan/],
    ['the JSON form of a state', JSON.stringify({ format_version: '1.0', terraform_version: '1.9.1', values: { root_module: {} } }), /the JSON form of a state \(`tofu show -json` without a plan file\)/],
    ['a synthesized configuration', JSON.stringify({ terraform: {}, provider: {}, resource: {} }), /Terraform JSON configuration \(such as cdk\.tf\.json\)/],
    ['provider schemas', JSON.stringify({ format_version: '1.0', provider_schemas: {} }), /provider schemas/],
    ['other JSON', JSON.stringify({ name: 'x' }), /no `format_version`/],
    ['a JSON array', '[]', /the JSON is an array, not an object/],
    ['a JSON string', '"plan"', /the JSON is a string \("plan"\), not an object/],
    ['a JSON number', '42', /the JSON is a number \(42\), not an object/],
    ['JSON null', 'null', /the JSON is null, not an object/],
    ['text that is not JSON', 'not json', /stdin: not JSON \(/],
    ['empty input', '', /stdin: not JSON \(/],
    ['a plan format of another major version', JSON.stringify({ format_version: '2.0', resource_changes: [] }), /unsupported `format_version` "2\.0"/],
    ['a format_version that is not a string', JSON.stringify({ format_version: 1.2, resource_changes: [] }), /unsupported `format_version` 1\.2/],
    ['a plan with nothing of a plan but format_version', JSON.stringify({ format_version: '1.2' }), /none of `resource_changes`, `planned_values`/],
    ['resource_changes that is an object', plan({ resource_changes: { a: 1 } }), /`resource_changes` is an object, expected an array/],
    ['resource_changes that is a string', plan({ resource_changes: 'none' }), /`resource_changes` is a string \("none"\), expected an array/],
    ['a resource change that is not an object', plan({ resource_changes: [1] }), /resource_changes\[0\] is a number \(1\), expected an object/],
    ['a resource change without address', plan({ resource_changes: [{ mode: 'managed', type: VM, change: { actions: ['create'] } }] }), /resource_changes\[0\]\.address is missing/],
    ['a resource change without change', plan({ resource_changes: [{ address: 'a.b', mode: 'managed', type: VM }] }), /resource_changes\[0\] \(a\.b\): `change` is missing, expected an object/],
    ['actions that are not a list', rc({ actions: 'create' }), /`change\.actions` is a string \("create"\), expected a non-empty array/],
    ['actions this version does not know', rc({ actions: ['explode'] }), /`change\.actions` is \["explode"\], which this version does not understand/],
    ['an empty action list', rc({ actions: [] }), /`change\.actions` is an array, expected a non-empty array/],
    ['a change.before that is not an object', rc({ actions: ['update'], before: 'x', after: {} }), /`change\.before` is a string \("x"\), expected an object or null/],
    ['an unknown resource mode', plan({ resource_changes: [{ address: 'a.b', mode: 'ephemeral', type: VM, change: { actions: ['create'] } }] }), /`mode` is "ephemeral", expected "managed" or "data"/],
    ['errored that is not a boolean', plan({ errored: 'yes' }), /`errored` is a string \("yes"\), expected true or false/],
    ['output changes without actions', plan({ output_changes: { o: {} } }), /output_changes\["o"\]\.actions is missing/],
    ['a configuration with resources that are not a list', plan({ configuration: { root_module: { resources: {} } } }), /configuration\.root_module\.resources is an object, expected an array/],
  ])('refuses %s', async (_what, input, message) => {
    const { code, out, err } = await cli(['plan-summary', '-'], input);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(/^cdktf-opennebula: stdin: /);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('refuses JSON nested deeper than the limit, without a stack overflow', async () => {
    const depth = PlanSummary.MAX_DEPTH + 10;
    const deep = `{"format_version":"1.2","resource_changes":[],"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const { code, out, err } = await cli(['plan-summary', '-'], deep);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toBe(`cdktf-opennebula: stdin: JSON nested deeper than ${PlanSummary.MAX_DEPTH} levels; a plan is never nested that deep\n`);
  });

  it('accepts nesting up to the limit', async () => {
    const depth = PlanSummary.MAX_DEPTH - 2;
    const deep = `{"format_version":"1.2","resource_changes":[],"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect((await cli(['plan-summary', '-'], deep)).code).toBe(0);
  });

  it('refuses a deep object given to the API with an input error, not a RangeError', () => {
    let deep: any = {};
    for (let i = 0; i < 100_000; i++) deep = { x: deep };
    let thrown: unknown;
    try {
      summarizePlan({ format_version: '1.2', resource_changes: [], deep });
    } catch (e) {
      thrown = e;
    }
    expect(isPlanInputError(thrown)).toBe(true);
  });

  it('refuses stdin over the size limit', async () => {
    const { code, out, err } = await cli(['plan-summary', '-'], plan({ padding: 'x'.repeat(200) }), 100);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(/^cdktf-opennebula: stdin: input too large \(\d+ bytes\): the limit is 100 bytes\n$/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-summary-'));
    const file = path.join(dir, 'big.json');
    fs.writeFileSync(file, plan({ padding: 'x'.repeat(2000) }));
    try {
      const { code, out, err } = await cli(['plan-summary', file], '', 1024);
      expect({ code, out }).toEqual({ code: 2, out: '' });
      expect(err).toMatch(/input too large \(\d+ bytes\): the limit is 1024 bytes/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a missing file and a directory with exit 2', async () => {
    const missing = await cli(['plan-summary', '/nonexistent/plan.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^cdktf-opennebula: \/nonexistent\/plan\.json: cannot read: ENOENT/);
    const directory = await cli(['plan-summary', os.tmpdir()]);
    expect(directory.code).toBe(2);
    expect(directory.err).toMatch(/cannot read: is a directory/);
  });

  it('summarizePlan throws an input error for a non-plan, so API users cannot get "No changes" either', () => {
    let thrown: unknown;
    try {
      summarizePlan({ values: {} });
    } catch (e) {
      thrown = e;
    }
    expect(isPlanInputError(thrown)).toBe(true);
  });
});

// ------------------------------------------------------------------------------------------


/** The node types and heading texts of Markdown, as a CommonMark renderer sees them. */
function markdownNodes(md: string): { types: Set<string>; headings: string[]; texts: string[]; codes: string[] } {
  const walker = new commonmark.Parser().parse(md).walker();
  const types = new Set<string>();
  const headings: string[] = [];
  const texts: string[] = [];
  const codes: string[] = [];
  let event: commonmark.NodeWalkingStep | null;
  while ((event = walker.next())) {
    if (!event.entering) continue;
    const node = event.node;
    types.add(node.type);
    if (node.type === 'heading') {
      let text = '';
      const inner = node.walker();
      let e;
      while ((e = inner.next())) if (e.entering && e.node.literal) text += e.node.literal;
      headings.push(`${'#'.repeat(node.level)} ${text}`);
    }
    if (node.type === 'text') texts.push(node.literal ?? '');
    if (node.type === 'code') codes.push(node.literal ?? '');
  }
  return { types, headings, texts, codes };
}

describe('values from the plan cannot inject Markdown into a pull-request comment', () => {
  const evil = {
    service: 'api\n# Injected heading\n<img src=x onerror=alert(1)>',
    zone: '[click me](https://evil.example) @everyone',
    datacenter: 'dc1 | 9 | 9 | 9 | 9 |\n| injected | row |',
    name: 'vm`\n```\ncode fence\n```',
  };
  const injected = () => ({
    format_version: '1.2',
    resource_changes: [
      {
        address: 'opennebula_virtual_machine.x["<b>bold</b>"]',
        mode: 'managed',
        type: VM,
        change: { actions: ['delete'], before: { name: evil.name, memory: 1, tags: { service: evil.service, zone: evil.zone, datacenter: evil.datacenter } }, after: null },
      },
      {
        address: 'opennebula_virtual_machine.y',
        mode: 'managed',
        type: VM,
        change: {
          actions: ['update'],
          before: { name: 'y\u202eevil', description: 'www.evil.example', tags: { service: evil.service, zone: evil.zone, datacenter: 'dc2' } },
          after: { name: 'y\u202eevil', description: '<script>x</script>', tags: { service: evil.service, zone: evil.zone, datacenter: 'dc2' } },
        },
      },
    ],
    output_changes: { '](https://evil.example)': { actions: ['create'] } },
  });

  it('makes no heading, link, image, HTML or code block out of tag values, names and addresses', () => {
    const md = summarizePlan(injected());
    const { types, headings } = markdownNodes(md);
    for (const type of ['link', 'image', 'html_inline', 'html_block', 'code_block']) expect({ type, present: types.has(type) }).toEqual({ type, present: false });
    expect(headings).toEqual([
      '## Plan summary',
      '### Zone [click me](https://evil.example) @everyone',
      '#### Service api\\n# Injected heading\\n<img src=x onerror=alert(1)>',
    ]);
  });

  it('keeps every line break of a value out of the Markdown, so each value stays on its own line', () => {
    const md = summarizePlan(injected());
    expect(md).not.toMatch(/^(# Injected|\| injected|```|code fence)/m);
    expect(md).toContain('`api\\n# Injected heading\\n<img src=x onerror=alert(1)>`');
  });

  it('adds no table row and no table cell: pipes in a value are escaped in tables', () => {
    const md = summarizePlan(injected());
    const tableLines = md.split('\n').filter((line) => line.startsWith('|'));
    expect(tableLines).toHaveLength(4);
    for (const line of tableLines) expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(7);
    expect(md).toContain('| `dc1 \\| 9 \\| 9 \\| 9 \\| 9 \\|\\n\\| injected \\| row \\|` | 0 | 0 | 0 | 1 |');
  });

  it('prints names with backticks whole, in a code span with a longer fence', () => {
    const md = summarizePlan(injected());
    expect(md).toContain('```` vm`\\n```\\ncode fence\\n``` ````');
    expect(markdownNodes(md).codes).toContain('vm`\\n```\\ncode fence\\n```');
  });

  it('leaves no mention, URL or HTML in plain text: all of it is inside code spans', () => {
    const { texts } = markdownNodes(summarizePlan(injected()));
    for (const text of texts) expect({ text, unsafe: /[@<>]|https?:|www\./.test(text) }).toEqual({ text, unsafe: false });
  });

  it('shows bidirectional overrides and other invisible characters escaped', () => {
    const md = summarizePlan(injected());
    expect(md).not.toContain('\u202e');
    expect(md).toContain('`y\\u202eevil`');
  });

  it('shows string attribute values that are not plain words as code', () => {
    const md = summarizePlan(injected());
    expect(md).toContain('`description`: `"www.evil.example"` → `"<script>x</script>"`');
  });

  it('shortens very long values', () => {
    const plan = handPlan({ dc1: [['create']] });
    plan.resource_changes[0].change.after.name = 'n'.repeat(10_000);
    const md = summarizePlan(plan);
    expect(md).toContain(`\`${'n'.repeat(200)}…(10000 characters)\``);
    expect(md.length).toBeLessThan(3000);
  });
});

// ------------------------------------------------------------------------------------------

describe('cdktf-opennebula command line', () => {
  const version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;

  it('prints the summary of a plan file and exits 0', async () => {
    const { code, out, err } = await cli(['plan-summary', fixturePath('remove-dc')]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(summarizePlan(readFixture('remove-dc')));
  });

  it('reads the plan from stdin with "-"', async () => {
    const { code, out } = await cli(['plan-summary', '-'], fs.readFileSync(fixturePath('scale-out'), 'utf8'));
    expect(code).toBe(0);
    expect(out).toContain('**2 to create, 0 to update in place, 0 to replace, 0 to destroy.**');
  });

  it('reads a file named like an option after --', async () => {
    const { code, err } = await cli(['plan-summary', '--', '--plan.json']);
    expect(code).toBe(2);
    expect(err).toMatch(/--plan\.json: cannot read: ENOENT/);
  });

  it('exits 0 on a plan with warnings by default, so CI can post the summary', async () => {
    const { code, out } = await cli(['plan-summary', fixturePath('destroy')]);
    expect(code).toBe(0);
    expect(out).toContain('[!CAUTION]');
  });

  it('with --fail-on-warning, prints the summary and exits 1 when it has a warning', async () => {
    const { code, out, err } = await cli(['plan-summary', '--fail-on-warning', fixturePath('remove-dc')]);
    expect(code).toBe(1);
    expect(out).toBe(summarizePlan(readFixture('remove-dc')));
    expect(err).toBe('cdktf-opennebula: the summary has 2 warnings (--fail-on-warning)\n');
  });

  it('with --fail-on-warning, exits 0 when the summary has no warning', async () => {
    const { code } = await cli(['plan-summary', fixturePath('scale-out'), '--fail-on-warning']);
    expect(code).toBe(0);
  });

  it('prints the commands, options and exit codes with --help, -h or help, and exits 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const { code, out, err } = await cli(args);
      expect({ args, code, err }).toEqual({ args, code: 0, err: '' });
      expect(out).toBe(`${USAGE}\n`);
    }
    expect(USAGE).toMatch(/plan-summary <plan\.json \| ->/);
    expect(USAGE).toMatch(/--version/);
    expect(USAGE).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*--fail-on-warning.*\n {2}2 .*bad usage.*\n {2}3 .*internal error/);
  });

  it('prints the help of plan-summary with plan-summary --help or help plan-summary', async () => {
    for (const args of [['plan-summary', '--help'], ['plan-summary', '-h'], ['help', 'plan-summary'], ['plan-summary', 'x.json', '--help']]) {
      const { code, out } = await cli(args);
      expect({ args, code }).toEqual({ args, code: 0 });
      expect(out).toBe(`${PLAN_SUMMARY_USAGE}\n`);
    }
    expect(PLAN_SUMMARY_USAGE).toMatch(/--fail-on-warning/);
    expect(PLAN_SUMMARY_USAGE).toMatch(/Limits: input up to 256 MiB, JSON nested up to 512 levels\./);
    expect(PLAN_SUMMARY_USAGE).toMatch(/Exit codes:/);
  });

  it('prints the version of package.json with --version or -V', async () => {
    for (const flag of ['--version', '-V']) {
      const { code, out } = await cli([flag]);
      expect({ flag, code, out }).toEqual({ flag, code: 0, out: `${version}\n` });
    }
  });

  it('refuses an unknown command with exit 2 and suggests the command a typo was meant to be', async () => {
    const { code, out, err } = await cli(['plan-sumary', 'plan.json']);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toBe('cdktf-opennebula: unknown command "plan-sumary"; did you mean plan-summary?\n'
      + 'Commands: plan-summary, wait-ready, clear-ready, retire, synth, placement-audit, help. Run `cdktf-opennebula --help` for the usage.\n');
  });

  it('suggests nothing for an unknown command that resembles no command', async () => {
    const { code, err } = await cli(['deploy']);
    expect(code).toBe(2);
    expect(err).toMatch(/^cdktf-opennebula: unknown command "deploy"\n/);
  });

  it('refuses help on an unknown command', async () => {
    const { code, err } = await cli(['help', 'plan-sumary']);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown command "plan-sumary"; did you mean plan-summary\?/);
  });

  it('refuses an unknown option with exit 2 and a suggestion', async () => {
    const topLevel = await cli(['--verbose']);
    expect(topLevel.code).toBe(2);
    expect(topLevel.err).toMatch(/^cdktf-opennebula: unknown option "--verbose"\n/);
    const sub = await cli(['plan-summary', '--fail-on-warnings', 'plan.json']);
    expect(sub.code).toBe(2);
    expect(sub.err).toMatch(/^cdktf-opennebula: unknown option "--fail-on-warnings"; did you mean --fail-on-warning\?\n/);
  });

  it('prints a short usage on stderr, nothing on stdout, and exits 2 on missing or extra arguments', async () => {
    for (const [args, message] of [
      [[], 'no command given'],
      [['plan-summary'], 'plan-summary needs a plan file, or "-" for stdin'],
      [['plan-summary', ''], 'the plan file name is empty'],
      [['plan-summary', 'a.json', 'b.json'], 'plan-summary takes one plan file, got 2'],
      [['--version', 'x'], '--version takes no arguments'],
    ] as Array<[string[], string]>) {
      const { code, out, err } = await cli(args);
      expect({ args, code, out }).toEqual({ args, code: 2, out: '' });
      expect(err.split('\n')[0]).toBe(`cdktf-opennebula: ${message}`);
      expect(err.split('\n')[1]).toMatch(/^usage: cdktf-opennebula /);
    }
  });

  it('reports a bug as an internal error with exit 3, not as bad input', async () => {
    const io: CliIo = {
      stdout: () => { throw new Error('boom'); },
      stderr: () => undefined,
      readStdin: async () => JSON.stringify({ format_version: '1.2', resource_changes: [] }),
      readFile,
    };
    expect(await runCli(['plan-summary', '-'], io)).toBe(3);
  });

  it('starts with a node shebang, as a package bin script must', () => {
    expect(fs.readFileSync(`${__dirname}/../../src/cli/main.ts`, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});
