import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { directory, tmp } from './support';
import { SeedOptions, SeedStack } from '../../examples/seed/stacks';
import { Catalog } from '../../src';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'catalog');
const PLATFORM = fs.readFileSync(path.join(EXAMPLE, 'platform.yaml'), 'utf8');
const SERVICE = fs.readFileSync(path.join(EXAMPLE, 'my_service.yaml'), 'utf8');


/** The error message of reading `files` as a catalog, with the directory shown as `<dir>`. */
function refusal(files: { [name: string]: string }): string {
  const dir = directory(files);
  try {
    Catalog.fromDirectory(new App({ outdir: tmp() }), dir);
  } catch (e) {
    return (e as Error).message.split(dir + path.sep).join('').split(dir).join('<dir>');
  }
  throw new Error('the catalog was accepted');
}

const service = (text: string) => refusal({ 'platform.yaml': PLATFORM, 'svc.yaml': text });

describe('the catalog example', () => {
  test('synthesizes byte-identical stacks to the seed declared in TypeScript', () => {
    const fromCatalog = new App({ outdir: tmp() });
    const catalog = Catalog.fromDirectory(fromCatalog, EXAMPLE);
    fromCatalog.synth();
    const fromTypeScript = new App({ outdir: tmp() });
    // The seed's own stacks, with their state in PostgreSQL (the example's state: { backend: pg }),
    // one per zone and service as the catalog names them.
    for (const zone of ['production', 'staging'] as const) new SeedStack(fromTypeScript, `${zone}__my_service`, zone, { state: 'postgres' } as SeedOptions);
    fromTypeScript.synth();
    expect(catalog.stacks.map((s) => s.node.id)).toEqual(['production__my_service', 'staging__my_service']);
    expect(catalog.services.map((s) => s.node.path)).toEqual(['production__my_service/my_service', 'staging__my_service/my_service']);
    for (const id of ['production__my_service', 'staging__my_service']) {
      const read = (app: App) => fs.readFileSync(path.join(app.outdir, 'stacks', id, 'cdk.tf.json'), 'utf8');
      expect(read(fromCatalog)).toBe(read(fromTypeScript));
    }
  });

  test('a file may list several services', () => {
    const app = new App({ outdir: tmp() });
    const dir = directory({
      'platform.yaml': PLATFORM,
      'team.yaml': SERVICE.replace(/^service:/m, '- service:').replace(/^(?!- |#)(\S)/gm, '  $1') + '\n- service: billing\n  zones: [staging]\n  datacenters: [dc1, dc2]\n  instances: 1\n  size: { cpu: 1, vcpu: 1, memoryMb: 1024, diskMb: 10240 }\n',
    });
    expect(Catalog.fromDirectory(app, dir).services.map((s) => s.node.path))
      .toEqual(['production__my_service/my_service', 'staging__my_service/my_service', 'staging__billing/billing']);
  });
});

/** Bad inputs, by class: each must be refused at its file, line and column, naming what is allowed. */
describe('bad catalog input is refused with file:line:column, field and what is allowed', () => {
  test('YAML that does not parse', () => {
    expect(service('service: [my_service\n')).toBe('1 problem in the catalog:\n  - svc.yaml:2:1: (yaml) = Flow sequence in block collection must be sufficiently indented and end with a ]: valid YAML');
    expect(service('service: "open\n')).toContain('svc.yaml:2:1: (yaml) = Missing closing "quote: valid YAML');
  });

  test('duplicate keys', () => {
    expect(service(SERVICE + 'instances: 3\n')).toContain('svc.yaml:11:1: (yaml) = Map keys must be unique: each key once in a mapping');
    expect(service(SERVICE.replace('cpu: 1,', 'cpu: 1, cpu: 2,'))).toContain('svc.yaml:7:17: (yaml) = Map keys must be unique');
  });

  test('anchors and aliases', () => {
    const text = SERVICE.replace('size: {', 'size: &small {') + 'instancesPerDatacenter: *small\n';
    const message = service(text);
    expect(message).toContain('svc.yaml:7:14: (yaml) = &small: no anchors');
    expect(message).toContain('svc.yaml:11:25: (yaml) = *small: no aliases');
  });

  test('tags', () => {
    expect(service(SERVICE.replace('instances: 2', 'instances: !!str 2'))).toBe('1 problem in the catalog:\n  - svc.yaml:6:18: (yaml) = !!str: no tags: plain strings, numbers, booleans, lists and mappings');
    expect(service(SERVICE.replace('size: {', 'size: !custom {'))).toContain('svc.yaml:7:15: (yaml) = !custom: no tags');
    expect(service(SERVICE.replace('size: {', 'size: !custom {'))).toContain('svc.yaml:7:7: (yaml) = Unresolved tag: !custom: valid YAML');
    expect(service(SERVICE + 'x: { <<: {a: 1} }\n')).toContain('svc.yaml:11:');
  });

  test('more than one document', () => {
    expect(service(SERVICE + '---\n' + SERVICE)).toContain('svc.yaml:11:1: (file) = "---" (a second document): one YAML document per file');
  });

  test('unknown keys, with a suggestion for a typo', () => {
    expect(service(SERVICE.replace('instances: 2', 'instance: 2'))).toMatch(/svc\.yaml:6:1: instance = "instance": one of the known keys \(service, zones, .*\): did you mean instances\?/);
    expect(service(SERVICE.replace('role: my_service', 'rol: my_service'))).toContain('svc.yaml:8:39: puppet.rol = "rol": one of the known keys (server, role, ');
    expect(refusal({ 'platform.yaml': PLATFORM.replace('clusterId: 100', 'cluster: 100'), 'svc.yaml': SERVICE }))
      .toContain('platform.yaml:7:14: zones.production.datacenters.dc1.cluster = "cluster": one of the known keys (clusterId, ');
  });

  test('wrong types', () => {
    const message = service(SERVICE.replace('instances: 2', 'instances: two').replace('zones: [production, staging]', 'zones: production')
      .replace('healthCheck: { path: /health }', 'healthCheck: /health'));
    expect(message).toMatch(/^3 problems in the catalog:/);
    expect(message).toContain('svc.yaml:4:8: zones = "production": a list');
    expect(message).toContain('svc.yaml:6:12: instances = "two": an integer from 1 to 32');
    expect(message).toContain('svc.yaml:9:70: haproxy.healthCheck = "/health": a mapping');
    expect(service(SERVICE.replace('cpu: 1,', 'cpu: "1",'))).toContain('svc.yaml:7:14: size.cpu = "1": a number from 0.01 to 128');
    expect(service(SERVICE.replace('instances: 2', 'instances: 2.5'))).toContain('svc.yaml:6:12: instances = 2.5: an integer from 1 to 32');
    expect(service('- 1\n- 2\n')).toContain('svc.yaml:1:3: [0] = 1: a mapping');
    expect(service('just a string\n')).toContain('svc.yaml:1:1: (document) = "just a string": a mapping, or a list');
  });

  test('missing required fields and values out of range or pattern', () => {
    const message = service(SERVICE.replace('instances: 2\n', '').replace('mode: http', 'mode: https').replace('service: my_service', 'service: My-Service'));
    expect(message).toContain('svc.yaml:3:10: service = "My-Service": Service name: lower case words joined by single _');
    expect(message).toContain('svc.yaml:3:1: instances = (missing): an integer from 1 to 32 (required)');
    expect(message).toContain('svc.yaml:8:30: haproxy.mode = "https": one of http, tcp');
    expect(service(SERVICE.replace('vcpu: 2', 'vcpu: 0'))).toContain('svc.yaml:7:23: size.vcpu = 0: an integer from 1 to 128');
  });

  test('references to zones and datacenters the platform does not declare', () => {
    const message = service(SERVICE.replace('zones: [production, staging]', 'zones: [production, qa]').replace('[dc1, dc2]', '[dc1, dc3]'));
    expect(message).toContain('svc.yaml:4:21: zones[1] = "qa": a zone of platform.yaml (production, staging)');
    expect(message).toContain('svc.yaml:5:20: datacenters[1] = "dc3": a datacenter of zone production in platform.yaml (dc1, dc2)');
  });

  test('two services of one name in a zone, in two files', () => {
    expect(refusal({ 'platform.yaml': PLATFORM, 'a.yaml': SERVICE, 'b.yaml': SERVICE }))
      .toContain('b.yaml:3:10: service = "my_service": a service name not already declared in zone production (a.yaml)');
  });

  test('what the constructs refuse, at the YAML node of the field', () => {
    const message = service(SERVICE.replace('cpu: 1,', 'cpu: 3,').replace('zones: [production, staging]', 'zones: [production]')
      .replace('datacenters: [dc1, dc2]', 'datacenters: [dc1]'));
    expect(message).toContain('svc.yaml:7:14: size.cpu = 3: at most size.vcpu (2)');
    expect(message).toContain('svc.yaml:5:14: datacenters = "[dc1]": two datacenters or more for a service in production zone "production"');
    expect(refusal({ 'platform.yaml': PLATFORM.replace('https://one-prod.example.com/RPC2', 'ftp://one-prod'), 'svc.yaml': SERVICE }))
      .toContain('platform.yaml:5:15: zones.production.endpoint = "ftp://one-prod": an http:// or https:// URL');
  });

  test('a directory without a platform file, an empty file, a missing directory', () => {
    expect(refusal({ 'svc.yaml': SERVICE })).toMatch(/- <dir>:1:1: \(directory\) = svc.yaml: a platform.yaml declaring the zones/);
    expect(refusal({ 'platform.yaml': PLATFORM, 'svc.yaml': '' })).toContain('svc.yaml:1:1: (file) = (empty): a YAML document');
    expect(() => Catalog.fromDirectory(new App({ outdir: tmp() }), path.join(tmp(), 'nowhere'))).toThrow(/\(directory\) = ENOENT: a readable directory of YAML files/);
  });

  test('every problem of every file at once', () => {
    const message = refusal({
      'platform.yaml': PLATFORM.replace('imageId: 20', 'imageId: -1'),
      'a.yaml': SERVICE.replace('instances: 2', 'instances: 99'),
      'b.yaml': 'service: other\nzones: [staging]\n',
    });
    expect(message).toMatch(/^5 problems in the catalog:\n/);
    expect(message).toContain('platform.yaml:7:54: zones.production.datacenters.dc1.imageId = -1: an integer from 0 to 2147483647');
    expect(message).toContain('a.yaml:6:12: instances = 99: an integer from 1 to 32');
    expect(message).toContain('b.yaml:1:1: datacenters = (missing)');
    expect(message).toContain('b.yaml:1:1: instances = (missing)');
    expect(message).toContain('b.yaml:1:1: size = (missing)');
  });
});
