import { TerraformStack, Testing } from 'cdktf';
import { Datacenter, HaService, OpenNebulaZone } from '../../src';
import { SIZE, byName, declare, resources, synthesize } from '../support/synth';

describe('datacenters with a base template', () => {
  const document = synthesize((stack) => {
    const zone = new OpenNebulaZone(stack, 'production', { name: 'production', endpoint: 'https://one.example.com/RPC2' });
    const dc1 = new Datacenter(stack, 'dc1', { zone, baseTemplate: { name: 'infra_dc1_prod' } });
    const dc2 = new Datacenter(stack, 'dc2', { zone, baseTemplate: { id: 42 } });
    new HaService(stack, 'my_service', { zone, datacenters: [dc1, dc2], instances: 1, size: SIZE });
  });

  test('no service template is made: VMs come from the base template', () => {
    expect(resources(document, 'opennebula_template')).toEqual({});
    expect(byName(document, 'opennebula_virtual_machine', 'my-service-dc2-1').template_id).toBe(42);
  });

  test('a base template named is looked up with the opennebula_template data source', () => {
    const lookups = Object.values<any>(document.data.opennebula_template);
    expect(lookups.map((l) => l.name)).toEqual(['infra_dc1_prod']);
    const address = Object.keys(document.data.opennebula_template)[0];
    expect(byName(document, 'opennebula_virtual_machine', 'my-service-dc1-1').template_id)
      .toBe(`\${data.opennebula_template.${address}.id}`);
  });

  test('size, context and tags are set on each VM', () => {
    expect(byName(document, 'opennebula_virtual_machine', 'my-service-dc1-1')).toMatchObject({
      cpu: 1, vcpu: 2, memory: 4096, context: { SERVICE_NAME: 'my_service' }, tags: { service: 'my_service', datacenter: 'dc1' },
    });
  });
});

describe('zones', () => {
  test('a second zone in a stack gets a provider alias and its resources use it', () => {
    const document = synthesize((stack) => {
      declare(stack, { zone: 'production', datacenters: [{ name: 'dc1' }, { name: 'dc2' }] });
      const staging = new OpenNebulaZone(stack, 'staging', { name: 'staging', endpoint: 'https://one-stg.example.com/RPC2' });
      const dc = new Datacenter(stack, 'stg1', { zone: staging, clusterId: 5, networkId: 6, imageId: 7 });
      new HaService(stack, 'my_service_stg', { serviceName: 'my_service', zone: staging, datacenters: [dc], instances: 1, size: SIZE });
    });
    expect(document.provider.opennebula.map((p: any) => p.alias)).toEqual([undefined, 'staging']);
    expect(byName(document, 'opennebula_virtual_machine', 'my-service-stg1-1').provider).toBe('opennebula.staging');
    expect(Object.keys(document.output).sort()).toEqual([
      'my_service_members', 'my_service_template_ids', 'staging_my_service_members', 'staging_my_service_template_ids',
    ]);
  });

  test('without an endpoint, the zone reads it from a variable', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new OpenNebulaZone(stack, 'production', { name: 'production' });
    const document = JSON.parse(JSON.stringify(stack.toTerraform()));
    expect(document.provider.opennebula[0].endpoint).toBe('${var.production_opennebula_endpoint}');
  });

  test('a custom short name is used in object names', () => {
    const document = synthesize((stack) => {
      const zone = new OpenNebulaZone(stack, 'production', { name: 'production', shortName: 'p', endpoint: 'https://one.example.com/RPC2' });
      const dc1 = new Datacenter(stack, 'dc1', { zone, clusterId: 1, networkId: 1, imageId: 1 });
      const dc2 = new Datacenter(stack, 'dc2', { zone, clusterId: 2, networkId: 2, imageId: 2 });
      new HaService(stack, 'web', { zone, datacenters: [dc1, dc2], instances: 1, size: SIZE });
    });
    expect(Object.values(resources(document, 'opennebula_template')).map((t) => t.name).sort()).toEqual(['web_dc1_p', 'web_dc2_p']);
  });
});

describe('datacenter options', () => {
  test('extra networks, security groups and a datastore reach the template', () => {
    const document = synthesize((stack) => declare(stack, {
      datacenters: [{ name: 'dc1', additionalNetworkIds: [12], securityGroupIds: [0, 100], datastoreId: 7 }, { name: 'dc2' }],
    }));
    const template = byName(document, 'opennebula_template', 'my_service_dc1_prod');
    expect(template.nic).toEqual([
      { network_id: 10, model: 'virtio', security_groups: [0, 100] },
      { network_id: 12, model: 'virtio', security_groups: [0, 100] },
    ]);
    expect(template.sched_ds_requirements).toBe('ID = 7');
  });

  test('extra context and tags reach templates and VMs', () => {
    const document = synthesize((stack) => declare(stack, {
      datacenters: [{ name: 'dc1' }, { name: 'dc2' }],
      service: { context: { GREETING: 'hello' }, tags: { team: 'payments' } },
    }));
    for (const [type, name] of [['opennebula_template', 'my_service_dc1_prod'], ['opennebula_virtual_machine', 'my-service-dc1-1']]) {
      expect(byName(document, type, name)).toMatchObject({ context: { GREETING: 'hello' }, tags: { team: 'payments' } });
    }
    expect(byName(document, 'opennebula_virtual_machine_group', 'my_service_dc1_prod').tags.team).toBeUndefined();
  });

  test('a template revision makes new templates that the VMs follow', () => {
    const document = synthesize((stack) => declare(stack, { datacenters: [{ name: 'dc1' }, { name: 'dc2' }], service: { templateRevision: 2 } }));
    const names = Object.values(resources(document, 'opennebula_template')).map((t) => t.name).sort();
    expect(names).toEqual(['my_service_dc1_prod_r2', 'my_service_dc2_prod_r2']);
  });
});
