import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Datacenter, HaService, HaServiceProps, OpenNebulaZone } from '../../src';
import { SIZE } from '../support/synth';

interface Scene {
  stack: TerraformStack;
  zone: OpenNebulaZone;
  dc1: Datacenter;
  dc2: Datacenter;
}

function scene(zoneName = 'production'): Scene {
  const stack = new TerraformStack(Testing.app(), 'test');
  const zone = new OpenNebulaZone(stack, zoneName, { name: zoneName, endpoint: 'https://one.example.com/RPC2' });
  const dc1 = new Datacenter(stack, 'dc1', { zone, clusterId: 100, networkId: 10, imageId: 20 });
  const dc2 = new Datacenter(stack, 'dc2', { zone, clusterId: 101, networkId: 11, imageId: 21 });
  return { stack, zone, dc1, dc2 };
}

/** Declares a service with `change` applied to valid props; returns the error message, or '' if none. */
function errorOf(change: (s: Scene) => Partial<HaServiceProps>, s: Scene = scene()): string {
  try {
    new HaService(s.stack, 'my_service', {
      zone: s.zone, datacenters: [s.dc1, s.dc2], instances: 2, size: SIZE, ...change(s),
    });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('HaService validation', () => {
  test('a valid declaration passes', () => {
    expect(errorOf(() => ({}))).toBe('');
  });

  test('errors name the construct path, the field, the value and what is allowed', () => {
    expect(errorOf(() => ({ instances: 0 }))).toBe(
      '1 invalid setting:\n  - test/my_service: instances = 0: an integer from 1 to 32');
  });

  test('every problem of a declaration is reported at once', () => {
    const message = errorOf(() => ({ instances: 99, size: { cpu: 0, vcpu: 0, memoryMb: 1, diskMb: 1 } }));
    expect(message).toMatch(/^5 invalid settings/);
    for (const field of ['instances', 'size.cpu', 'size.vcpu', 'size.memoryMb', 'size.diskMb']) {
      expect(message).toContain(`test/my_service: ${field} =`);
    }
  });

  test.each([
    ['My_Service'], ['my-service'], ['my__service'], ['_service'], ['service_'], ['a'.repeat(41)],
  ])('service name %s is rejected', (serviceName) => {
    expect(errorOf(() => ({ serviceName }))).toContain('serviceName =');
  });

  test('a service name from the construct id is checked too', () => {
    const s = scene();
    expect(() => new HaService(s.stack, 'My Service', { zone: s.zone, datacenters: [s.dc1, s.dc2], instances: 1, size: SIZE }))
      .toThrow(/serviceName \(from the construct id\) = "My Service"/);
  });

  test.each([[0], [33], [1.5], [-1]])('instances %p is rejected', (instances) => {
    expect(errorOf(() => ({ instances }))).toContain('instances =');
  });

  test('instances from a Terraform variable is rejected: the plan needs a literal', () => {
    expect(errorOf((s) => ({ instances: new TerraformVariable(s.stack, 'n', { type: 'number' }).numberValue })))
      .toContain('instances = <token>: a literal number');
  });

  test('a per-datacenter override must name one of the service\'s datacenters and be in range', () => {
    expect(errorOf(() => ({ instancesPerDatacenter: { dc9: 1 } }))).toContain('instancesPerDatacenter.dc9 = "dc9": the name of one of the service\'s datacenters (dc1, dc2)');
    expect(errorOf(() => ({ instancesPerDatacenter: { dc1: 0 } }))).toContain('instancesPerDatacenter.dc1 = 0');
    expect(errorOf(() => ({ instancesPerDatacenter: { dc1: 3 } }))).toBe('');
  });

  test.each([
    [{ cpu: 0 }, 'size.cpu'],
    [{ cpu: 0.005 }, 'size.cpu'],
    [{ cpu: 3, vcpu: 2 }, 'size.cpu = 3: at most size.vcpu (2)'],
    [{ vcpu: 0 }, 'size.vcpu'],
    [{ vcpu: 1.5, cpu: 1 }, 'size.vcpu'],
    [{ vcpu: 129 }, 'size.vcpu'],
    [{ memoryMb: 255 }, 'size.memoryMb = 255: an integer from 256 to 1048576'],
    [{ memoryMb: 1024.5 }, 'size.memoryMb'],
    [{ diskMb: 1023 }, 'size.diskMb = 1023: an integer from 1024 to 16777216'],
  ])('size %p is rejected', (change, expected) => {
    expect(errorOf(() => ({ size: { ...SIZE, ...change } }))).toContain(expected);
  });

  test('a fractional cpu share up to vcpu is accepted', () => {
    expect(errorOf(() => ({ size: { ...SIZE, cpu: 0.29, vcpu: 1 } }))).toBe('');
  });

  test('size values from Terraform variables pass through', () => {
    expect(errorOf((s) => ({
      size: { ...SIZE, memoryMb: new TerraformVariable(s.stack, 'memory', { type: 'number' }).numberValue },
    }))).toBe('');
  });

  test('a service needs at least one datacenter', () => {
    expect(errorOf(() => ({ datacenters: [] }))).toContain('datacenters = "[]": at least one datacenter');
  });

  test('the same datacenter twice is rejected', () => {
    expect(errorOf((s) => ({ datacenters: [s.dc1, s.dc2, s.dc1] })))
      .toContain('datacenters[2] = "dc1": a datacenter not already listed (same name as datacenters[0])');
  });

  test('a datacenter of another zone is rejected', () => {
    const s = scene();
    const staging = new OpenNebulaZone(s.stack, 'staging', { name: 'staging', endpoint: 'https://one-stg.example.com/RPC2' });
    const foreign = new Datacenter(s.stack, 'dc3', { zone: staging, clusterId: 1, networkId: 1, imageId: 1 });
    expect(errorOf(() => ({ datacenters: [s.dc1, foreign] }), s))
      .toContain('datacenters[1] = "dc3": a datacenter of zone "production" (this one belongs to zone "staging")');
  });

  test('a production service on one datacenter is an error unless explicitly allowed', () => {
    expect(errorOf((s) => ({ datacenters: [s.dc1] }))).toContain('two datacenters or more for a service in production zone');
    expect(errorOf((s) => ({ datacenters: [s.dc1], allowSingleDatacenter: true }))).toBe('');
  });

  test('a staging service on one datacenter is fine', () => {
    expect(errorOf((s) => ({ datacenters: [s.dc1] }), scene('staging'))).toBe('');
  });

  test('two services of one name in one zone are rejected', () => {
    const s = scene();
    new HaService(s.stack, 'first', { serviceName: 'web', zone: s.zone, datacenters: [s.dc1, s.dc2], instances: 1, size: SIZE });
    expect(errorOf(() => ({ serviceName: 'web' }), s)).toContain('serviceName = "web": a name not used by another service of zone "production" (test/first)');
  });

  test('context keys must be upper case, not reserved, and values free of Terraform interpolation', () => {
    expect(errorOf(() => ({ context: { lower: 'x' } }))).toContain('context.lower');
    expect(errorOf(() => ({ context: { SET_HOSTNAME: 'x' } }))).toContain('a key not set by HaService itself');
    expect(errorOf(() => ({ context: { GREETING: '${var.x}' } }))).toContain('no "${"');
    expect(errorOf(() => ({ context: { GREETING: 'hello from $NAME' } }))).toBe('');
  });

  test('tags must not collide with OpenNebula attributes or the tags HaService sets', () => {
    expect(errorOf(() => ({ tags: { description: 'x' } }))).toContain('tags.description');
    expect(errorOf(() => ({ tags: { service: 'x' } }))).toContain('tags.service');
    expect(errorOf(() => ({ tags: { Team: 'x' } }))).toContain('tags.Team');
    expect(errorOf(() => ({ tags: { team: 'payments' } }))).toBe('');
  });

  test.each([[0], [1000], [1.5]])('templateRevision %p is rejected', (templateRevision) => {
    expect(errorOf(() => ({ templateRevision }))).toContain('templateRevision =');
  });
});

describe('OpenNebulaZone and Datacenter validation', () => {
  test('zone names are checked', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new OpenNebulaZone(stack, 'z', { name: 'Prod Zone' })).toThrow(/test\/z: name = "Prod Zone"/);
  });

  test('a zone endpoint must be an http(s) URL', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new OpenNebulaZone(stack, 'z', { name: 'production', endpoint: 'one.example.com' })).toThrow(/endpoint = "one.example.com"/);
  });

  test('a zone name is used once per stack', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new OpenNebulaZone(stack, 'a', { name: 'production' });
    expect(() => new OpenNebulaZone(stack, 'b', { name: 'production' })).toThrow(/a zone name not already used in this stack/);
  });

  test('datacenter names must fit in a hostname label without separators', () => {
    const { stack, zone } = scene();
    expect(() => new Datacenter(stack, 'dc_east', { zone, clusterId: 1, networkId: 1, imageId: 1 }))
      .toThrow(/name \(from the construct id\) = "dc_east"/);
  });

  test('a datacenter needs cluster, network and image unless it has a base template', () => {
    const { stack, zone } = scene();
    expect(() => new Datacenter(stack, 'dc3', { zone })).toThrow(/3 invalid settings/);
    expect(() => new Datacenter(stack, 'dc4', { zone, baseTemplate: { name: 'infra_dc4_prod' } })).not.toThrow();
  });

  test('a base template takes an id or a name, not both', () => {
    const { stack, zone } = scene();
    expect(() => new Datacenter(stack, 'dc3', { zone, baseTemplate: { id: 1, name: 'x' } })).toThrow(/baseTemplate = .*exactly one of id or name/);
  });

  test('IDs must be non-negative integers', () => {
    const { stack, zone } = scene();
    expect(() => new Datacenter(stack, 'dc3', { zone, clusterId: -1, networkId: 1.5, imageId: 1 }))
      .toThrow(/clusterId = -1[\s\S]*networkId = 1.5/);
  });
});

describe('the error the library throws', () => {
  test('is one branded type, recognised across copies of the package, carrying every problem', () => {
    const { DeclarationError } = jest.requireActual('../../src/core/validation');
    const error = new DeclarationError([{ path: 'p', field: 'f', value: '1', allowed: 'a' }]);
    expect(DeclarationError.isDeclarationError(error)).toBe(true);
    // Another copy of the module (as with two installs of the package) still recognises it.
    jest.isolateModules(() => {
      const copy = jest.requireActual('../../src/core/validation');
      expect(copy.DeclarationError).not.toBe(DeclarationError);
      expect(copy.DeclarationError.isDeclarationError(error)).toBe(true);
    });
    expect(DeclarationError.isDeclarationError(new Error('plain'))).toBe(false);
    expect(error.problems).toEqual([{ path: 'p', field: 'f', value: '1', allowed: 'a' }]);
  });
});

describe('HaService rollout settings', () => {
  test('readyTimeoutSeconds is a literal integer from 1 to 86400 seconds', () => {
    expect(errorOf(() => ({ rollout: { readyTimeoutSeconds: 0 } }))).toBe(
      '1 invalid setting:\n  - test/my_service: rollout.readyTimeoutSeconds = 0: a literal integer from 1 to 86400');
    expect(errorOf((s) => ({ rollout: { readyTimeoutSeconds: new TerraformVariable(s.stack, 'timeout', { type: 'number' }).numberValue } })))
      .toContain('rollout.readyTimeoutSeconds = <token>: a literal integer from 1 to 86400');
    expect(errorOf(() => ({ rollout: { readyTimeoutSeconds: 120 } }))).toBe('');
  });

  test.each([
    [0, '0'], [121, '121'], [1.5, '1.5'], [-10, '-10'],
  ])('createTimeoutMinutes %p is refused: a literal integer from 1 to 120 minutes', (createTimeoutMinutes, shown) => {
    expect(errorOf(() => ({ rollout: { createTimeoutMinutes } }))).toBe(
      `1 invalid setting:\n  - test/my_service: rollout.createTimeoutMinutes = ${shown}: a literal integer from 1 to 120`);
  });

  test('createTimeoutMinutes from a Terraform variable is refused: the timeout is written into every VM at synth time', () => {
    expect(errorOf((s) => ({ rollout: { createTimeoutMinutes: new TerraformVariable(s.stack, 'create', { type: 'number' }).numberValue } })))
      .toBe('1 invalid setting:\n  - test/my_service: rollout.createTimeoutMinutes = <token>: a literal integer from 1 to 120');
  });

  test('createTimeoutMinutes from 1 to 120 is accepted, with or without readiness gates', () => {
    expect(errorOf(() => ({ rollout: { createTimeoutMinutes: 1 } }))).toBe('');
    expect(errorOf(() => ({ rollout: { createTimeoutMinutes: 120 } }))).toBe('');
    expect(errorOf(() => ({ rollout: { createTimeoutMinutes: 30, waitForReady: false } }))).toBe('');
  });

  test('a bad createTimeoutMinutes is reported with the other problems of the declaration', () => {
    const message = errorOf(() => ({ instances: 0, rollout: { createTimeoutMinutes: 0, readyTimeoutSeconds: 0 } }));
    expect(message).toMatch(/^3 invalid settings/);
    expect(message).toContain('test/my_service: rollout.createTimeoutMinutes = 0: a literal integer from 1 to 120');
  });

  test('waitForReady is true or false; false removes the gates', () => {
    expect(errorOf(() => ({ rollout: { waitForReady: 'no' as any } }))).toContain('rollout.waitForReady = "no"');
    const s = scene();
    const svc = new HaService(s.stack, 'my_service', { zone: s.zone, datacenters: [s.dc1, s.dc2], instances: 1, size: SIZE, rollout: { waitForReady: false } });
    expect(svc.readinessGates).toEqual([]);
    expect(svc.deployments.map((d) => d.context.TOKEN)).toEqual([undefined, undefined]);
  });
});
