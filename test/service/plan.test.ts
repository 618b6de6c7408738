import { dnsLabel, planService } from '../../src/service/plan';

const SEED = { service: 'my_service', zone: 'production', zoneShortName: 'prod', datacenters: ['dc1', 'dc2'], instances: 2 };

describe('the placement plan', () => {
  test('places `instances` VMs in every datacenter, named service-dc-index', () => {
    const plan = planService(SEED);
    expect(plan.vmCount).toBe(4);
    expect(plan.datacenters.map((dc) => dc.vms.map((vm) => vm.name))).toEqual([
      ['my-service-dc1-1', 'my-service-dc1-2'],
      ['my-service-dc2-1', 'my-service-dc2-2'],
    ]);
  });

  test('names templates, VM groups and roles after the seed scheme', () => {
    const [dc1] = planService(SEED).datacenters;
    expect(dc1).toMatchObject({
      templateName: 'my_service_dc1_prod', vmGroupName: 'my_service_dc1_prod', vmGroupConstructId: 'vm-group', roleName: 'my_service_dc1', templateConstructId: 'template',
    });
  });

  test('sorts datacenters by name, whatever the declared order', () => {
    const plan = planService({ ...SEED, datacenters: ['west', 'dc2', 'east'] });
    expect(plan.datacenters.map((dc) => dc.datacenter)).toEqual(['dc2', 'east', 'west']);
    expect(planService({ ...SEED, datacenters: ['east', 'west', 'dc2'] })).toEqual(plan);
  });

  test('orders restarts: each datacenter waits for the one before it', () => {
    const plan = planService({ ...SEED, datacenters: ['dc3', 'dc1', 'dc2'] });
    expect(plan.datacenters.map((dc) => [dc.datacenter, dc.after])).toEqual([['dc1', undefined], ['dc2', 'dc1'], ['dc3', 'dc2']]);
  });

  test('applies per-datacenter overrides of the instance count', () => {
    const plan = planService({ ...SEED, instancesPerDatacenter: { dc2: 3 } });
    expect(plan.datacenters.map((dc) => dc.vms.length)).toEqual([2, 3]);
    expect(plan.vmCount).toBe(5);
  });

  test('a template revision above 1 suffixes the template and VM group names and construct ids', () => {
    const [dc1] = planService({ ...SEED, templateRevision: 2 }).datacenters;
    expect(dc1.templateName).toBe('my_service_dc1_prod_r2');
    expect(dc1.templateConstructId).toBe('template-r2');
    // A new group per revision: the new members are anti-affined among themselves, not against
    // the members they replace.
    expect(dc1.vmGroupName).toBe('my_service_dc1_prod_r2');
    expect(dc1.vmGroupConstructId).toBe('vm-group-r2');
    expect(dc1.roleName).toBe('my_service_dc1');
  });

  test('hostnames are DNS labels: "_" becomes "-"', () => {
    expect(dnsLabel('api_gateway_v2')).toBe('api-gateway-v2');
  });
});
