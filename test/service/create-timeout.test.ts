import { Datacenter, HaService, OpenNebulaZone } from '../../src';
import { SIZE, declare, resources, synthesize } from '../support/synth';

/**
 * `rollout.createTimeoutMinutes`: a VM the OpenNebula scheduler cannot place stays PENDING, and
 * the provider waits for it to be RUNNING until the create timeout of the VM. The library sets
 * that timeout on every VM it makes, so such an apply fails after a bounded, documented time
 * (10 minutes by default) instead of the provider's 20.
 */
const VM = 'opennebula_virtual_machine';
const TWO_DCS = [{ name: 'dc1' }, { name: 'dc2' }];

const vms = (document: any) => Object.values<any>(resources(document, VM));

describe('the create timeout of every VM (rollout.createTimeoutMinutes)', () => {
  test('is 10 minutes by default, on every VM of every datacenter, as the provider\'s timeouts block', () => {
    const document = synthesize((stack) => declare(stack, { datacenters: [...TWO_DCS, { name: 'dc3' }], service: { instances: 3 } }));
    expect(vms(document)).toHaveLength(9);
    for (const vm of vms(document)) {
      expect({ name: vm.name, timeouts: vm.timeouts }).toEqual({ name: vm.name, timeouts: { create: '10m' } });
    }
  });

  test('is the declared number of minutes when set', () => {
    const document = synthesize((stack) => declare(stack, { datacenters: TWO_DCS, service: { rollout: { createTimeoutMinutes: 45 } } }));
    expect(vms(document).map((vm) => vm.timeouts)).toEqual(Array(4).fill({ create: '45m' }));
  });

  test('is resolved once per datacenter before emission (svc.deployments)', () => {
    let service: HaService | undefined;
    synthesize((stack) => { service = declare(stack, { datacenters: TWO_DCS, service: { rollout: { createTimeoutMinutes: 3 } } }); });
    expect(service!.deployments.map((d) => [d.name, d.createTimeoutMinutes])).toEqual([['dc1', 3], ['dc2', 3]]);
  });

  test('holds without readiness gates too: it bounds the provider\'s own wait, not the gates\'', () => {
    const document = synthesize((stack) => declare(stack, { datacenters: TWO_DCS, service: { rollout: { waitForReady: false } } }));
    expect(document.resource.terraform_data).toBeUndefined();
    expect(vms(document).map((vm) => vm.timeouts)).toEqual(Array(4).fill({ create: '10m' }));
  });

  test('holds for VMs instantiated from a datacenter\'s base template', () => {
    const document = synthesize((stack) => {
      const zone = new OpenNebulaZone(stack, 'production', { name: 'production', endpoint: 'https://one.example.com/RPC2' });
      const dc1 = new Datacenter(stack, 'dc1', { zone, baseTemplate: { id: 42 } });
      const dc2 = new Datacenter(stack, 'dc2', { zone, clusterId: 101, networkId: 11, imageId: 21 });
      new HaService(stack, 'my_service', { zone, datacenters: [dc1, dc2], instances: 1, size: SIZE, rollout: { createTimeoutMinutes: 15 } });
    });
    expect(vms(document).map((vm) => [vm.name, vm.template_id === 42, vm.timeouts]))
      .toEqual([['my-service-dc1-1', true, { create: '15m' }], ['my-service-dc2-1', false, { create: '15m' }]]);
  });

  test('appears nowhere else: only the VMs\' create timeout, never the deprecated timeout argument, no update or delete timeout', () => {
    const document = synthesize((stack) => declare(stack, {
      datacenters: TWO_DCS,
      service: { rollout: { createTimeoutMinutes: 7 }, puppet: { server: 'puppet.example.com', puppetDbUrl: 'https://puppetdb.example.com:8081' } },
    }));
    const found: string[] = [];
    for (const [type, byAddress] of Object.entries<any>(document.resource)) {
      for (const [address, body] of Object.entries<any>(byAddress)) {
        for (const key of Object.keys(body)) {
          if (key === 'timeout' || key === 'timeouts') found.push(`${type}.${address}.${key} = ${JSON.stringify(body[key])}`);
        }
      }
    }
    expect(found.filter((f) => !f.startsWith(`${VM}.`))).toEqual([]);
    expect(found).toHaveLength(4);
    expect(found.every((f) => f.endsWith('.timeouts = {"create":"7m"}'))).toBe(true);
    // The number of minutes reaches nothing but those blocks (no gate command, context or output).
    const text = JSON.stringify(document);
    expect(text.split('"7m"')).toHaveLength(5);
  });
});
