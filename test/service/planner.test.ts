/**
 * ServicePlanner.plan: the placement plan from plain input, for tools in every jsii language.
 * It is the plan HaService holds, and it checks its input with HaService's limits.
 */
import { App, TerraformStack } from 'cdktf';
import { Datacenter, HaService, OpenNebulaZone, PlanInput, ServicePlanner } from '../../src';
import { DeclarationError } from '../../src/core/validation';

const SEED: PlanInput = { service: 'my_service', zone: 'production', zoneShortName: 'prod', datacenters: ['dc2', 'dc1'], instances: 2 };

function problemsOf(input: unknown): string[] {
  try {
    ServicePlanner.plan(input as PlanInput);
  } catch (error) {
    if (!DeclarationError.isDeclarationError(error)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.field} = ${p.value}: ${p.allowed}`);
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}

describe('ServicePlanner.plan', () => {
  test('gives the plan HaService holds for the same declaration', () => {
    const stack = new TerraformStack(new App(), 'production');
    const zone = new OpenNebulaZone(stack, 'production', { name: 'production' });
    const datacenters = ['dc1', 'dc2'].map((name, i) => new Datacenter(stack, name, { zone, clusterId: 100 + i, networkId: 10 + i, imageId: 20 + i }));
    const service = new HaService(stack, 'my_service', { zone, datacenters, instances: 2, size: { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 } });
    expect(ServicePlanner.plan(SEED)).toEqual(service.plan);
  });

  test('refuses nonsense with every problem at once, each naming the field and what is allowed', () => {
    const nonsense = { service: 'My Service', zone: 'production', zoneShortName: 'PROD', datacenters: ['dc1', 'dc1', 'd_2'], instances: 0, templateRevision: 1000 };
    expect(problemsOf({ ...nonsense, instancesPerDatacenter: { dc9: 99 } })).toEqual([
      'ServicePlanner.plan: service = "My Service": lower-case words joined by "_", at most 40 characters',
      'ServicePlanner.plan: zoneShortName = "PROD": lower case letters and digits, starting with a letter, at most 10 characters',
      'ServicePlanner.plan: instances = 0: a literal integer from 1 to 32',
      'ServicePlanner.plan: templateRevision = 1000: a literal integer from 1 to 999',
      'ServicePlanner.plan: datacenters[1] = "dc1": a datacenter not already listed',
      'ServicePlanner.plan: datacenters[2] = "d_2": a datacenter name: lower case letters and digits, starting with a letter',
      'ServicePlanner.plan: instancesPerDatacenter.dc9 = "dc9": the name of one of the datacenters (d_2, dc1)',
      'ServicePlanner.plan: instancesPerDatacenter.dc9 = 99: a literal integer from 1 to 32',
    ]);
  });

  test.each([
    [{ ...SEED, datacenters: [] }, 'datacenters = "[]": one datacenter name or more'],
    [{ ...SEED, instances: 2.5 }, 'instances = 2.5: a literal integer from 1 to 32'],
    [{ ...SEED, instances: undefined }, 'instances = (unset): an integer from 1 to 32 (required)'],
    [null, '(input) = null: a PlanInput: service, zone, zoneShortName, datacenters, instances (required)'],
    [undefined, '(input) = (unset): a PlanInput: service, zone, zoneShortName, datacenters, instances (required)'],
  ])('refuses %j', (input, problem) => {
    expect(problemsOf(input)).toEqual([`ServicePlanner.plan: ${problem}`]);
  });
});
