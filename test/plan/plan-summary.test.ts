/**
 * The plan summary (src/cli/plan-summary.ts) and its command line (src/cli/main.ts), on plans
 * recorded from real `tofu show -json` runs of the seed example (test/plan/fixtures/, recorded
 * by plan-apply.test.ts). Runs in every environment: no OpenTofu, no provider.
 */
import * as fs from 'fs';
import { fixturePath, readFixture } from './support';
import { CliIo, USAGE, runCli } from '../../src/cli/main';
import { summarizePlan } from '../../src/cli/plan-summary';

/** The Markdown lines between the warning block's first line and the next blank line. */
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
  });

  it('remove a datacenter: the datacenter\'s VMs are flagged as destroyed at the top', () => {
    const md = summarizePlan(readFixture('remove-dc'));
    const warning = block(md, '> **Warning**');
    expect(warning).toEqual([
      '> **Warning**',
      '> This plan destroys or replaces 3 VMs:',
      '> - **destroy** `my-service-dc2-1` (`opennebula_virtual_machine.my_service_dc2_vm-1_9C83AB24`): zone `production`, service `my_service`, datacenter `dc2`',
      '> - **destroy** `my-service-dc2-2` (`opennebula_virtual_machine.my_service_dc2_vm-2_20929D96`): zone `production`, service `my_service`, datacenter `dc2`',
      '> - **destroy** `my-service-dc2-3` (`opennebula_virtual_machine.my_service_dc2_vm-3_17714B71`): zone `production`, service `my_service`, datacenter `dc2`',
    ]);
    expect(md.startsWith('## Plan summary\n\n> **Warning**\n')).toBe(true);
    expect(top(md)).toContain('**0 to create, 0 to update in place, 0 to replace, 5 to destroy.**');
    expect(md).toContain('| dc2 | 0 | 0 | 0 | 5 |');
    expect(md).toContain('  - destroy `my_service_dc2_prod` (`opennebula_template.my_service_dc2_template_F14CD263`)');
    expect(md).toContain('  - destroy `my_service_dc2_prod` (`opennebula_virtual_machine_group.my_service_dc2_vm-group_CDE06A90`)');
    expect(md).not.toMatch(/\| dc[13] \|/);
  });

  it('size change: in-place memory updates, VMs listed as power-cycled, nothing flagged as destroyed', () => {
    const md = summarizePlan(readFixture('size-change'));
    expect(md).not.toContain('**Warning**');
    expect(block(md, '> **Note**')).toHaveLength(2 + 6);
    expect(md).toContain('> 6 VMs will be powered off, resized and started again (cpu, vcpu or memory change):');
    expect(md).toContain('**0 to create, 8 to update in place, 0 to replace, 0 to destroy.**');
    expect(md).toContain('| dc1 | 0 | 4 | 0 | 0 |');
    expect(md).toContain('| dc3 | 0 | 4 | 0 | 0 |');
    expect(md).toContain('  - update `my-service-dc1-1` (`opennebula_virtual_machine.my_service_dc1_vm-1_79E690C1`): `memory`: 4096 → 8192');
    expect(md).toContain('  - update `my_service_dc3_prod` (`opennebula_template.my_service_dc3_template_E682B1C3`): `memory`: 4096 → 8192');
  });

  it('template revision: every VM flagged as replaced, with the attribute forcing it', () => {
    const md = summarizePlan(readFixture('template-revision'));
    const warning = block(md, '> **Warning**');
    expect(warning).toHaveLength(2 + 6);
    expect(warning[1]).toBe('> This plan destroys or replaces 6 VMs:');
    expect(warning.slice(2).every((line) => line.startsWith('> - **replace** `my-service-dc') && line.endsWith('(forced by `template_id`)'))).toBe(true);
    expect(md).toContain('**2 to create, 0 to update in place, 6 to replace, 2 to destroy.**');
    expect(md).toContain('  - create `my_service_dc1_prod_r2` (`opennebula_template.my_service_dc1_template-r2_564018B5`)');
    expect(md).toContain('  - destroy `my_service_dc1_prod` (`opennebula_template.my_service_dc1_template_1B53636E`)');
  });

  it('destroy: all six VMs flagged, ten resources destroyed across dc1 and dc3', () => {
    const md = summarizePlan(readFixture('destroy'));
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

describe('cdktf-opennebula plan-summary', () => {
  const io = (stdin = '') => {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readStdin: async () => stdin,
      readFile: (p) => fs.readFileSync(p, 'utf8'),
    };
    return { cli, out, err };
  };

  it('prints the summary of a plan file and exits 0', async () => {
    const { cli, out, err } = io();
    expect(await runCli(['plan-summary', fixturePath('remove-dc')], cli)).toBe(0);
    expect(out.join('')).toBe(summarizePlan(readFixture('remove-dc')));
    expect(err).toEqual([]);
  });

  it('reads the plan from stdin with "-"', async () => {
    const { cli, out } = io(fs.readFileSync(fixturePath('scale-out'), 'utf8'));
    expect(await runCli(['plan-summary', '-'], cli)).toBe(0);
    expect(out.join('')).toContain('**2 to create, 0 to update in place, 0 to replace, 0 to destroy.**');
  });

  it('prints the usage and exits 2 on bad arguments', async () => {
    for (const args of [[], ['plan-summary'], ['summary', 'x.json'], ['plan-summary', 'a.json', 'b.json'], ['plan-summary', '']]) {
      const { cli, out, err } = io();
      expect(await runCli(args, cli)).toBe(2);
      expect(err.join('')).toBe(`${USAGE}\n`);
      expect(out).toEqual([]);
    }
    const help = io();
    expect(await runCli(['--help'], help.cli)).toBe(0);
    expect(help.out.join('')).toContain('usage: cdktf-opennebula plan-summary <plan.json | ->');
  });

  it('exits 1 with a message when the file is missing, not JSON, or not a plan', async () => {
    const missing = io();
    expect(await runCli(['plan-summary', '/nonexistent/plan.json'], missing.cli)).toBe(1);
    expect(missing.err.join('')).toMatch(/cannot read \/nonexistent\/plan.json/);
    const notJson = io('not json');
    expect(await runCli(['plan-summary', '-'], notJson.cli)).toBe(1);
    expect(notJson.err.join('')).toMatch(/stdin is not JSON/);
    const notPlan = io('{"resource": {}}');
    expect(await runCli(['plan-summary', '-'], notPlan.cli)).toBe(1);
    expect(notPlan.err.join('')).toMatch(/not a plan in JSON form/);
  });

  it('starts with a node shebang, as a package bin script must', () => {
    expect(fs.readFileSync(`${__dirname}/../../src/cli/main.ts`, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});
