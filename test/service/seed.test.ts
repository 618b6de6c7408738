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

  test('dc2 changes wait for every VM of dc1, so one datacenter restarts at a time', () => {
    const dc1 = ['my-service-dc1-1', 'my-service-dc1-2'].map((name) => addressOf(production, VM, name));
    for (const i of [1, 2]) {
      expect(byName(production, VM, `my-service-dc1-${i}`).depends_on).toBeUndefined();
      expect(byName(production, VM, `my-service-dc2-${i}`).depends_on).toEqual(dc1);
    }
  });

  test('outputs list the members with their IPs and the template of each datacenter', () => {
    const members = production.output.my_service_members.value;
    expect(members.map((m: any) => [m.name, m.datacenter])).toEqual([
      ['my-service-dc1-1', 'dc1'], ['my-service-dc1-2', 'dc1'], ['my-service-dc2-1', 'dc2'], ['my-service-dc2-2', 'dc2'],
    ]);
    expect(members[0].ip).toBe(`\${${addressOf(production, VM, 'my-service-dc1-1')}.ip}`);
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

  test('makes exactly 8 resources', () => {
    const count = Object.values<any>(production.resource).reduce((n, byType) => n + Object.keys(byType).length, 0);
    expect(count).toBe(8);
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
