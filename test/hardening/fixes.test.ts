/**
 * One specification per bug the bad-input suite found (docs/security.md): each declaration
 * below used to crash, synthesize something invalid or be accepted silently.
 */
import { Fn, Lazy, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Datacenter, HaService, OpenNebulaZone } from '../../src';
import { DeclarationError, isSafeText } from '../../src/core/validation';
import { planService } from '../../src/service/plan';
import { synthStack } from '../../src/testing/synth';
import { SIZE } from '../support/synth';

function scene(): { stack: TerraformStack; zone: OpenNebulaZone; dcs: Datacenter[] } {
  const stack = new TerraformStack(Testing.app(), 'test');
  const zone = new OpenNebulaZone(stack, 'production', { name: 'production', endpoint: 'https://one.example.com/RPC2' });
  const dcs = ['dc1', 'dc2'].map((name, i) => new Datacenter(stack, name, { zone, clusterId: 100 + i, networkId: 10 + i, imageId: 20 + i }));
  return { stack, zone, dcs };
}

/** The `field = value: allowed` lines of the DeclarationError `declare` throws. */
function problems(declare: () => unknown): string[] {
  try {
    declare();
  } catch (e) {
    if (!DeclarationError.isDeclarationError(e)) throw e;
    return e.problems.map((p) => `${p.path}: ${p.field} = ${p.value}: ${p.allowed}`);
  }
  throw new Error('nothing was refused');
}

function service(change: (s: ReturnType<typeof scene>) => object): string[] {
  const s = scene();
  return problems(() => new HaService(s.stack, 'my_service', { zone: s.zone, datacenters: s.dcs, instances: 2, size: SIZE, ...change(s) } as any));
}

describe('required props left out by plain JavaScript are problems, not zero VMs or missing memory', () => {
  test.each([
    ['instances', (p: any) => ({ ...p, instances: undefined }), 'test/my_service: instances = (unset): an integer from 1 to 32 (required)'],
    ['size.memoryMb', (p: any) => ({ ...p, size: { ...SIZE, memoryMb: undefined } }), 'test/my_service: size.memoryMb = (unset): an integer from 256 to 1048576 (required)'],
    ['size.diskMb', (p: any) => ({ ...p, size: { ...SIZE, diskMb: undefined } }), 'test/my_service: size.diskMb = (unset): an integer from 1024 to 16777216 (required)'],
    ['size.vcpu', (p: any) => ({ ...p, size: { ...SIZE, vcpu: undefined } }), 'test/my_service: size.vcpu = (unset): an integer from 1 to 128 (required)'],
  ])('%s', (_field, change, expected) => {
    expect(service(() => change({}))).toContain(expected);
  });

  test('a zone left out is a problem, not a TypeError', () => {
    expect(service(() => ({ zone: undefined }))).toContain('test/my_service: zone = (unset): an OpenNebulaZone (required)');
  });

  test('a zone without a name is refused', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(problems(() => new OpenNebulaZone(stack, 'z', {} as any))).toEqual([
      'test/z: name = (unset): lower case letters, digits and "_", starting with a letter, at most 32 characters (required)',
    ]);
  });
});

describe('wrong types are problems, not TypeErrors', () => {
  test.each([
    ['datacenters as a string', { datacenters: 'dc1' }, 'datacenters = "dc1": a list of Datacenters'],
    ['a string among the datacenters', { datacenters: ['dc1'] }, 'datacenters[0] = "dc1": a Datacenter'],
    ['serviceName as a list', { serviceName: ['web'] }, 'serviceName = ["web"]: lower case letters'],
    ['rollout as a string', { rollout: 'fast' }, 'rollout = "fast": an object of RolloutProps'],
    ['backupDatacenters as a string', { haproxy: { port: 80, backupDatacenters: 'dc2' } }, 'haproxy.backupDatacenters = "dc2": a list of datacenter names'],
    ['healthCheck as a boolean', { haproxy: { port: 80, healthCheck: true } }, 'haproxy.healthCheck = true: an object of HealthCheckProps'],
    ['allowSingleDatacenter as a string', { allowSingleDatacenter: 'false' }, 'allowSingleDatacenter = "false": true or false'],
    ['a NaN memory', { size: { ...SIZE, memoryMb: NaN } }, 'size.memoryMb = NaN: an integer from 256 to 1048576'],
  ])('%s', (_what, change, expected) => {
    expect(service(() => change).join('\n')).toContain(expected);
  });

  test('Datacenter id lists that are not lists', () => {
    const s = scene();
    expect(problems(() => new Datacenter(s.stack, 'dc3', { zone: s.zone, clusterId: 1, networkId: 1, imageId: 1, securityGroupIds: 'sg' as any })))
      .toEqual([`test/dc3: securityGroupIds = "sg": a list of integers from 0 to ${2 ** 31 - 1}`]);
  });

  test('zone booleans and default tags', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(problems(() => new OpenNebulaZone(stack, 'z', { name: 'production', production: 'no' as any, defaultTags: { 'a b': 'x' } }))).toEqual([
      'test/z: production = "no": true or false',
      'test/z: defaultTags.a b = "a b": a key of letters, digits and "_", starting with a letter, at most 64 characters',
    ]);
  });
});

describe('free text is safe for Terraform and OpenNebula', () => {
  test.each(['${var.x}', '%{ if true }x%{ endif }', 'a\u0000b', 'a\nb', '`id`', '$(id)', 'a"b', 'a\\b', ']]>', '\u202eevil', '$'])(
    '%j is refused in context values, tags and default tags', (text) => {
      expect(isSafeText(text)).toBe(false);
      expect(service(() => ({ context: { GREETING: text }, tags: { team: text } })).map((p) => p.split(' = ')[0])).toEqual([
        'test/my_service: context.GREETING', 'test/my_service: tags.team',
      ]);
      const stack = new TerraformStack(Testing.app(), 'test');
      expect(problems(() => new OpenNebulaZone(stack, 'z', { name: 'production', defaultTags: { team: text } }))[0]).toMatch(/^test\/z: defaultTags\.team = /);
    });

  test.each(['payments', 'é', '🙂', "it's", 'hello from $NAME', '$USER[SSH_PUBLIC_KEY]', ''])('%j is accepted', (text) => {
    expect(isSafeText(text)).toBe(true);
  });
});

describe('names of Object.prototype properties', () => {
  test('a datacenter named constructor is refused, as name and as construct id', () => {
    const s = scene();
    expect(problems(() => new Datacenter(s.stack, 'x', { zone: s.zone, name: 'constructor', clusterId: 1, networkId: 1, imageId: 1 })))
      .toEqual(['test/x: name = "constructor": a name that is not a property of every JavaScript object (constructor, toString, __proto__...)']);
    expect(problems(() => new Datacenter(s.stack, 'toString', { zone: s.zone, name: 'dc9', clusterId: 1, networkId: 1, imageId: 1 })))
      .toEqual(['test/toString: Datacenter id = "toString": an id that is not a property of every JavaScript object (constructor, toString, __proto__...)']);
  });

  test('keys of context, tags and instancesPerDatacenter', () => {
    const proto = JSON.parse('{"__proto__": "x"}');
    expect(service(() => ({ tags: { constructor: 'x' }, context: proto })).map((p) => p.split(' = ')[0])).toEqual(expect.arrayContaining([
      'test/my_service: tags.constructor', 'test/my_service: context.__proto__',
    ]));
  });

  test('the plan reads only own overrides: a datacenter called constructor gets `instances` VMs', () => {
    const plan = planService({ service: 's', zone: 'z', zoneShortName: 'z', datacenters: ['constructor'], instances: 2, instancesPerDatacenter: {} });
    expect(plan.vmCount).toBe(2);
  });
});

test.each(['PATH', 'LD_PRELOAD', 'IFS', 'HOME', 'ENV', 'BASH_ENV', 'SHELL', 'ETH0_IP', 'ONEGATE_ENDPOINT'])('context key %s is refused', (key) => {
  expect(service(() => ({ context: { [key]: '/tmp/x' } })).join('\n')).toContain(`context.${key} = "${key}": a key the shell, the dynamic loader`);
});

test('a token templateRevision is refused: it would become part of every resource address', () => {
  expect(service((s) => ({ templateRevision: new TerraformVariable(s.stack, 'rev', { type: 'number' }).numberValue })))
    .toEqual(['test/my_service: templateRevision = <token>: a literal integer from 1 to 999']);
});

describe('the challenge password only from a sensitive variable without a default', () => {
  const puppet = (challengePassword: (stack: TerraformStack) => string) =>
    service((s) => ({ puppet: { server: 'puppet.example.com', challengePassword: challengePassword(s.stack) } }));

  test.each<[string, (stack: TerraformStack) => string]>([
    ['Lazy', () => Lazy.stringValue({ produce: () => 'hunter2' })],
    ['Fn.join', () => Fn.join('', ['hunter2'])],
    ['a non-sensitive variable with a default', (stack) => new TerraformVariable(stack, 'c', { type: 'string', default: 'hunter2' }).stringValue],
    ['a sensitive variable with a default', (stack) => new TerraformVariable(stack, 'c', { type: 'string', sensitive: true, default: 'hunter2' }).stringValue],
  ])('%s is refused without echoing the secret', (_route, make) => {
    const found = puppet(make);
    expect(found).toEqual([expect.stringMatching(/^test\/my_service: puppet\.challengePassword = "\(a token, not shown\)": exactly the token of a sensitive TerraformVariable/)]);
    expect(found.join('\n')).not.toContain('hunter2');
  });

  test('a sensitive variable without a default is accepted', () => {
    const s = scene();
    const challenge = new TerraformVariable(s.stack, 'puppet_challenge', { type: 'string', sensitive: true });
    new HaService(s.stack, 'my_service', { zone: s.zone, datacenters: s.dcs, instances: 1, size: SIZE, puppet: { server: 'puppet.example.com', challengePassword: challenge.stringValue } });
    expect(JSON.stringify(synthStack(s.stack))).toContain('"PUPPET_CHALLENGE_PASSWORD_B64":"${base64encode(var.puppet_challenge)}"');
  });
});

describe('endpoints hold no credentials, by any route', () => {
  test.each<[string, (stack: TerraformStack) => string]>([
    ['a literal', () => 'https://oneadmin:hunter2@one.example.com/RPC2'],
    ['Lazy', () => Lazy.stringValue({ produce: () => 'https://oneadmin:hunter2@one.example.com/RPC2' })],
    ['a variable default', (stack) => new TerraformVariable(stack, 'e', { type: 'string', default: 'https://oneadmin:hunter2@one.example.com/RPC2' }).stringValue],
  ])('%s', (_route, make) => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const found = problems(() => new OpenNebulaZone(stack, 'z', { name: 'production', endpoint: make(stack) }));
    expect(found).toEqual([expect.stringMatching(/^test\/z: endpoint = "\(not shown: may hold credentials\)": a URL without user or password/)]);
  });

  test('a NUL or a Terraform template in an endpoint is refused', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(problems(() => new OpenNebulaZone(stack, 'z', { name: 'production', endpoint: 'https://one.example.com/%{x}', flowEndpoint: 'https://h/\u0000' })).map((p) => p.split(' = ')[0]))
      .toEqual(['test/z: endpoint', 'test/z: flowEndpoint']);
  });
});
