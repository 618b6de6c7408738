import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { buildSeedApp } from '../../examples/seed/stacks';
import { addressOf, byName, resources } from '../support/synth';

function synthSeed(): { production: any; staging: any; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  const { app } = buildSeedApp(outdir);
  (app as App).synth();
  const read = (stack: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  return { production: read('production'), staging: read('staging'), outdir };
}

const { production, staging } = synthSeed();
const TEMPLATE = 'opennebula_template';
const VM = 'opennebula_virtual_machine';
const GROUP = 'opennebula_virtual_machine_group';
const GATE = 'terraform_data';

describe('the seed scenario: my_service, two datacenters, two instances, production', () => {
  test('makes one template per datacenter, named after the seed scheme', () => {
    expect(Object.values(resources(production, TEMPLATE)).map((t) => t.name).sort())
      .toEqual(['my_service_dc1_prod', 'my_service_dc2_prod']);
  });

  test('each template holds the size, the datacenter placement, disk, NIC and tags', () => {
    expect(byName(production, TEMPLATE, 'my_service_dc1_prod')).toMatchObject({
      cpu: 1,
      vcpu: 2,
      memory: 4096,
      sched_requirements: 'CLUSTER_ID = 100',
      disk: [{ image_id: 20, size: 20480 }],
      nic: [{ network_id: 10, model: 'virtio' }],
      tags: { service: 'my_service', zone: 'production', datacenter: 'dc1' },
    });
    expect(byName(production, TEMPLATE, 'my_service_dc2_prod')).toMatchObject({
      sched_requirements: 'CLUSTER_ID = 101', disk: [{ image_id: 21, size: 20480 }], nic: [{ network_id: 11 }],
    });
  });

  test('templates are treated as immutable: fields the provider would not update are ignored', () => {
    expect(byName(production, TEMPLATE, 'my_service_dc1_prod').lifecycle.ignore_changes)
      .toEqual(expect.arrayContaining(['context', 'disk', 'nic']));
  });

  test('each template hands the service identity and hostname to the guest through its context', () => {
    expect(byName(production, TEMPLATE, 'my_service_dc2_prod').context).toMatchObject({
      NETWORK: 'YES', SET_HOSTNAME: '$NAME', SERVICE_NAME: 'my_service', SERVICE_ZONE: 'production', SERVICE_DATACENTER: 'dc2',
    });
  });

  test('makes two VMs in every datacenter with DNS-safe names', () => {
    expect(Object.values(resources(production, VM)).map((vm) => vm.name).sort())
      .toEqual(['my-service-dc1-1', 'my-service-dc1-2', 'my-service-dc2-1', 'my-service-dc2-2']);
  });

  test('every VM comes from its own datacenter\'s template and carries the size', () => {
    for (const dc of ['dc1', 'dc2']) {
      const template = addressOf(production, TEMPLATE, `my_service_${dc}_prod`);
      for (const i of [1, 2]) {
        expect(byName(production, VM, `my-service-${dc}-${i}`)).toMatchObject({
          template_id: `\${${template}.id}`, cpu: 1, vcpu: 2, memory: 4096,
        });
      }
    }
  });

  test('every VM the scheduler cannot place fails the apply after 10 minutes (its create timeout), not the provider\'s 20', () => {
    for (const document of [production, staging]) {
      const timeouts = Object.values(resources(document, VM)).map((vm) => [vm.name, vm.timeouts, vm.timeout]);
      expect(timeouts).toEqual(timeouts.map(([name]) => [name, { create: '10m' }, undefined]));
    }
  });

  test('every VM joins the anti-affined role of its datacenter\'s VM group', () => {
    for (const dc of ['dc1', 'dc2']) {
      const group = byName(production, GROUP, `my_service_${dc}_prod`);
      expect(group.role).toEqual([{ name: `my_service_${dc}`, policy: 'ANTI_AFFINED' }]);
      const groupAddress = addressOf(production, GROUP, `my_service_${dc}_prod`);
      for (const i of [1, 2]) {
        expect(byName(production, VM, `my-service-${dc}-${i}`).vmgroup)
          .toEqual({ vmgroup_id: `\${${groupAddress}.id}`, role: `my_service_${dc}` });
      }
    }
  });

  const gates = (name: 'ready' | 'unready') => Object.keys(resources(production, GATE)).filter((a) => a.includes(`_${name}_`)).sort();

  test('each datacenter changes between two gates, and dc2 only after dc1\'s readiness gate: one datacenter at a time', () => {
    const dc1 = ['my-service-dc1-1', 'my-service-dc1-2'].map((name) => addressOf(production, VM, name));
    const [clear1, clear2] = gates('unready');
    const [ready1, ready2] = gates('ready');
    expect([clear1, clear2, ready1, ready2].map((a) => a.replace(/_[0-9A-F]{8}$/, ''))).toEqual([
      'my_service_dc1_unready', 'my_service_dc2_unready', 'my_service_dc1_ready', 'my_service_dc2_ready',
    ]);
    expect(resources(production, GATE)[clear1].depends_on).toBeUndefined();
    expect(resources(production, GATE)[ready1].depends_on).toEqual(dc1);
    expect(resources(production, GATE)[clear2].depends_on).toEqual([`${GATE}.${ready1}`]);
    for (const i of [1, 2]) {
      expect(byName(production, VM, `my-service-dc1-${i}`).depends_on).toEqual([`${GATE}.${clear1}`]);
      expect(byName(production, VM, `my-service-dc2-${i}`).depends_on).toEqual([`${GATE}.${clear2}`]);
    }
  });

  test('the readiness gate runs wait-ready on its datacenter\'s VMs, with the zone endpoint and no credential', () => {
    const gate = resources(production, GATE)[gates('ready')[0]];
    const ids = `\${join(",", [${['my-service-dc1-1', 'my-service-dc1-2'].map((name) => `${addressOf(production, VM, name)}.id`).join(', ')}])}`;
    expect(gate.triggers_replace).toEqual({ vm_ids: ids, size: 'cpu 1 vcpu 2 memory 4096' });
    expect(gate.provisioner).toEqual([{
      'local-exec': {
        command: `$\${CDKTF_OPENNEBULA_CLI:-npx --no-install cdktf-opennebula} wait-ready --zone production --label my_service/dc1 --timeout 900 --vm-ids ${ids}`,
        environment: { OPENNEBULA_ENDPOINT: 'https://one-prod.example.com/RPC2' },
      },
    }]);
    expect(JSON.stringify(gate)).not.toMatch(/password|username/i);
  });

  test('the gate before a datacenter clears READY when the size changes (a power cycle), so a READY of the previous boot cannot count', () => {
    const gate = resources(production, GATE)[gates('unready')[1]];
    expect(gate.triggers_replace).toEqual({ size: 'cpu 1 vcpu 2 memory 4096' });
    expect(gate.provisioner[0]['local-exec'].command)
      .toBe('$${CDKTF_OPENNEBULA_CLI:-npx --no-install cdktf-opennebula} clear-ready --zone production --service my_service --datacenter dc2');
  });

  test('replacements are created before the members they replace are destroyed', () => {
    for (const type of [VM, TEMPLATE, GROUP, GATE]) {
      for (const [address, resource] of Object.entries<any>(resources(production, type))) {
        expect({ address, createBeforeDestroy: resource.lifecycle?.create_before_destroy }).toEqual({ address, createBeforeDestroy: true });
      }
    }
  });

  test('the guest gets a OneGate token to report READY (the enrolment script reports it)', () => {
    const context = byName(production, TEMPLATE, 'my_service_dc1_prod').context;
    expect(context.TOKEN).toBe('YES');
    expect(context.REPORT_READY).toBeUndefined();
  });

  test('outputs list the members with their IPs and the template of each datacenter', () => {
    const members = production.output.my_service_members.value;
    expect(members.map((m: any) => [m.name, m.datacenter])).toEqual([
      ['my-service-dc1-1', 'dc1'], ['my-service-dc1-2', 'dc1'], ['my-service-dc2-1', 'dc2'], ['my-service-dc2-2', 'dc2'],
    ]);
    expect(members[0].ip).toBe(`\${${addressOf(production, VM, 'my-service-dc1-1')}.ip}`);
    expect(members[0].certname).toBe(`my-service-dc1-1-\${${addressOf(production, VM, 'my-service-dc1-1')}.id}`);
    expect(production.output.my_service_template_ids.value).toEqual({
      dc1: `\${${addressOf(production, TEMPLATE, 'my_service_dc1_prod')}.id}`,
      dc2: `\${${addressOf(production, TEMPLATE, 'my_service_dc2_prod')}.id}`,
    });
  });

  test('the provider is pinned, tagged with the zone, and its credentials are sensitive variables', () => {
    expect(production.terraform.required_providers.opennebula).toEqual({ source: 'opennebula/opennebula', version: '1.5.0' });
    const provider = production.provider.opennebula[0];
    expect(provider.password).toBe('${var.production_opennebula_password}');
    expect(production.variable.production_opennebula_password.sensitive).toBe(true);
    expect(provider.default_tags).toEqual([{ tags: { zone: 'production', managed_by: 'cdktf-opennebula' } }]);
  });

  test('makes exactly 12 resources: 2 templates, 2 VM groups, 4 VMs and 2 gates per datacenter', () => {
    const count = Object.values<any>(production.resource).reduce((n, byType) => n + Object.keys(byType).length, 0);
    expect(count).toBe(12);
    expect(Object.keys(resources(production, GATE))).toHaveLength(4);
  });
});

describe('the seed scenario in staging', () => {
  test('uses the staging short name and its own datacenter placement', () => {
    expect(Object.values(resources(staging, TEMPLATE)).map((t) => t.name).sort())
      .toEqual(['my_service_dc1_stg', 'my_service_dc2_stg']);
    expect(byName(staging, TEMPLATE, 'my_service_dc1_stg').sched_requirements).toBe('CLUSTER_ID = 200');
    expect(staging.provider.opennebula[0].endpoint).toBe('https://one-staging.example.com/RPC2');
  });
});

describe('synthesis', () => {
  test('is deterministic: the same input gives byte-identical output', () => {
    const first = synthSeed();
    const second = synthSeed();
    for (const stack of ['production', 'staging']) {
      const read = (dir: string) => fs.readFileSync(path.join(dir, 'stacks', stack, 'cdk.tf.json'), 'utf8')
        .split(dir).join('<outdir>');
      expect(read(second.outdir)).toBe(read(first.outdir));
    }
  });

  test('no password or secret appears in clear', () => {
    const text = JSON.stringify(production);
    expect(text).not.toMatch(/"password":\s*"[^$]/);
  });
});

describe('synthesis needs no terraform binary', () => {
  test('the example synthesizes, with validation on, where no terraform binary can be run (an OpenTofu-only machine)', () => {
    // A process of its own: cdktf runs `terraform version` through /bin/sh with that process's PATH.
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-no-terraform-'));
    const root = path.join(__dirname, '..', '..');
    const result = spawnSync(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), path.join(root, 'examples', 'seed', 'main.ts'), outdir], {
      env: { PATH: fs.mkdtempSync(path.join(os.tmpdir(), 'empty-path-')), TS_NODE_PROJECT: path.join(root, 'test', 'tsconfig.json') },
      encoding: 'utf8',
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    const document = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'production', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(document.resource.terraform_data)).toHaveLength(4);
  });
});
