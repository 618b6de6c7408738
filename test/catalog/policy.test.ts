import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, TerraformStack, TerraformVariable } from 'cdktf';
import { cli, directory, tmp } from './support';
import {
  Catalog, Datacenter, HaPolicyChecks, HaPolicyLevel, HaService, HaproxyBalance, HaproxyMode, OpenNebulaZone,
} from '../../src';
import * as platformSchema from '../../src/catalog/platform.schema.json';
import * as serviceSchema from '../../src/catalog/service.schema.json';
import { files } from '../policy/fixtures';

/**
 * The catalog's policy (`policy:` in the platform file, `suppressions:` in a service file) and its
 * complete service schema: every HaService option a team sets, rollout.createTimeoutMinutes
 * included, gives the same stacks as the same declaration written in TypeScript.
 */


const PLATFORM = `zones:
  production:
    endpoint: https://one-prod.example.com/RPC2
    production: true
    datacenters:
      dc1: { clusterId: 100, networkId: 10, imageId: 20 }
      dc2: { clusterId: 101, networkId: 11, imageId: 21 }
      dc3: { clusterId: 102, networkId: 12, imageId: 22 }
  staging:
    endpoint: https://one-staging.example.com/RPC2
    datacenters:
      dc1: { clusterId: 200, networkId: 20, imageId: 30 }
policy:
  levels: { ha-owner-tag: error, ha-health-check: warning }
  hostsPerDatacenter: { production/dc1: 3, production/dc2: 3, staging/dc1: 2 }
  sizeLimits: { minCpu: 0.5, maxVcpu: 16, minMemoryMb: 1024, maxMemoryMb: 65536, maxDiskMb: 204800 }
  ownerTagKeys: [owner, team]
`;

/** Every option of HaService a team sets, in YAML. */
const PAYMENTS = `- service: payments
  zones: [production]
  datacenters: [dc1, dc2]
  instances: 2
  instancesPerDatacenter: { dc2: 3 }
  size: { cpu: 1.5, vcpu: 4, memoryMb: 8192, diskMb: 40960 }
  templateRevision: 3
  context: { APP_MODE: primary }
  tags: { team: payments, cost_center: cc42 }
  puppet:
    server: puppet.example.com
    role: payments_api
    environment: production
    serverPort: 8141
    waitForCertSeconds: 30
    maxWaitForCertSeconds: 600
    challengePasswordVariable: puppet_challenge
    puppetDbUrl: https://puppetdb.example.com:8081
  haproxy:
    port: 8443
    mode: tcp
    balance: leastconn
    healthCheck: { intervalSeconds: 5, fall: 2, rise: 4 }
    backupDatacenters: [dc2]
    backendName: payments_be
  rollout: { waitForReady: true, readyTimeoutSeconds: 1200, createTimeoutMinutes: 30, drainSeconds: 20 }
- service: reports
  zones: [staging]
  datacenters: [dc1]
  instances: 1
  size: { cpu: 1, vcpu: 1, memoryMb: 2048, diskMb: 10240 }
  rollout: { waitForReady: false, createTimeoutMinutes: 120 }
  suppressions:
    - rule: ha-owner-tag
      reason: reports is a throwaway staging service until REP-7
`;

/** The same declaration written in TypeScript, construct for construct. */
function typescriptApp(outdir: string): App {
  const app = new App({ outdir, skipValidation: false });
  const prod = new TerraformStack(app, 'production');
  const prodZone = new OpenNebulaZone(prod, 'production', { name: 'production', endpoint: 'https://one-prod.example.com/RPC2', production: true });
  const dc1 = new Datacenter(prod, 'dc1', { zone: prodZone, clusterId: 100, networkId: 10, imageId: 20 });
  const dc2 = new Datacenter(prod, 'dc2', { zone: prodZone, clusterId: 101, networkId: 11, imageId: 21 });
  const challenge = new TerraformVariable(prod, 'puppet_challenge', { type: 'string', sensitive: true, description: 'Puppet autosign challenge password' });
  new HaService(prod, 'payments', {
    zone: prodZone,
    datacenters: [dc1, dc2],
    instances: 2,
    instancesPerDatacenter: { dc2: 3 },
    size: { cpu: 1.5, vcpu: 4, memoryMb: 8192, diskMb: 40960 },
    templateRevision: 3,
    context: { APP_MODE: 'primary' },
    tags: { team: 'payments', cost_center: 'cc42' },
    puppet: {
      server: 'puppet.example.com',
      role: 'payments_api',
      environment: 'production',
      serverPort: 8141,
      waitForCertSeconds: 30,
      maxWaitForCertSeconds: 600,
      challengePassword: challenge.stringValue,
      puppetDbUrl: 'https://puppetdb.example.com:8081',
    },
    haproxy: {
      port: 8443,
      mode: HaproxyMode.TCP,
      balance: HaproxyBalance.LEAST_CONN,
      healthCheck: { intervalSeconds: 5, fall: 2, rise: 4 },
      backupDatacenters: ['dc2'],
      backendName: 'payments_be',
    },
    rollout: { waitForReady: true, readyTimeoutSeconds: 1200, createTimeoutMinutes: 30, drainSeconds: 20 },
  });
  const staging = new TerraformStack(app, 'staging');
  const stagingZone = new OpenNebulaZone(staging, 'staging', { name: 'staging', endpoint: 'https://one-staging.example.com/RPC2' });
  const sdc1 = new Datacenter(staging, 'dc1', { zone: stagingZone, clusterId: 200, networkId: 20, imageId: 30 });
  const reports = new HaService(staging, 'reports', {
    zone: stagingZone,
    datacenters: [sdc1],
    instances: 1,
    size: { cpu: 1, vcpu: 1, memoryMb: 2048, diskMb: 10240 },
    rollout: { waitForReady: false, createTimeoutMinutes: 120 },
  });
  HaPolicyChecks.suppress(reports, 'ha-owner-tag', 'reports is a throwaway staging service until REP-7');
  Aspects.of(app).add(new HaPolicyChecks({
    levels: { 'ha-owner-tag': HaPolicyLevel.ERROR, 'ha-health-check': HaPolicyLevel.WARNING },
    hostsPerDatacenter: { 'production/dc1': 3, 'production/dc2': 3, 'staging/dc1': 2 },
    sizeLimits: { minCpu: 0.5, maxVcpu: 16, minMemoryMb: 1024, maxMemoryMb: 65536, maxDiskMb: 204800 },
    ownerTagKeys: ['owner', 'team'],
  }));
  return app;
}

/** The error message of reading `files` as a catalog, the directory left out. */
function refusal(inputs: { [name: string]: string }): string {
  const dir = directory(inputs);
  try {
    Catalog.fromDirectory(new App({ outdir: tmp() }), dir);
  } catch (e) {
    return (e as Error).message.split(dir + path.sep).join('');
  }
  throw new Error('the catalog was accepted');
}


describe('every HaService option and the platform policy, in YAML', () => {
  test('synthesize byte-identical stacks, and the same annotations, to the same declaration in TypeScript', () => {
    const fromCatalog = new App({ outdir: tmp(), skipValidation: false });
    const catalog = Catalog.fromDirectory(fromCatalog, directory({ 'platform.yaml': PLATFORM, 'teams.yaml': PAYMENTS }));
    fromCatalog.synth();
    const fromTypeScript = typescriptApp(tmp());
    fromTypeScript.synth();
    const read = files(fromCatalog.outdir);
    expect(Object.keys(read).sort()).toEqual(['manifest.json', 'stacks/production/cdk.tf.json', 'stacks/staging/cdk.tf.json']);
    const typed = files(fromTypeScript.outdir);
    for (const file of ['stacks/production/cdk.tf.json', 'stacks/staging/cdk.tf.json']) expect(read[file]).toBe(typed[file]);
    // The manifests differ only in the stack traces cdktf records with each annotation.
    const annotationsOf = (manifest: string) => Object.values<any>(JSON.parse(manifest).stacks)
      .map((s) => (s.annotations ?? []).map((a: any) => `${a.constructPath} ${a.level} ${a.message}`));
    expect(annotationsOf(read['manifest.json'])).toEqual(annotationsOf(typed['manifest.json']));
    // What made it through: the create timeout on every VM, the policy's suppression in the manifest.
    const production = JSON.parse(read['stacks/production/cdk.tf.json']);
    const vms = Object.values<any>(production.resource.opennebula_virtual_machine);
    expect(vms.map((vm) => vm.timeouts)).toEqual(Array(5).fill({ create: '30m' }));
    const staging = JSON.parse(read['stacks/staging/cdk.tf.json']);
    expect(Object.values<any>(staging.resource.opennebula_virtual_machine).map((vm) => vm.timeouts)).toEqual([{ create: '120m' }]);
    expect(read['manifest.json']).toContain('[ha-owner-tag] suppressed by staging/reports: reports is a throwaway staging service until REP-7');
    expect(catalog.policy?.levelOf('ha-owner-tag')).toBe(HaPolicyLevel.ERROR);
  });

  test('without a policy section the catalog adds no checks', () => {
    const catalog = Catalog.fromDirectory(new App({ outdir: tmp() }),
      directory({ 'platform.yaml': PLATFORM.slice(0, PLATFORM.indexOf('policy:')), 'teams.yaml': PAYMENTS }));
    expect(catalog.policy).toBeUndefined();
  });
});

describe('the catalog example', () => {
  test('checks its policy: the suppression in my_service.yaml is listed, the missing owner tags are warnings, and without the suppression synth fails', async () => {
    const example = path.join(__dirname, '..', '..', 'examples', 'catalog');
    const out = tmp();
    const result = await cli(['synth', example, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').filter((l) => l !== '').map((l) => l.replace(/: no owner tag.*/, ''))).toEqual([
      'warning: production__my_service/my_service: [ha-owner-tag] production__my_service/my_service',
      'warning: staging__my_service/my_service: [ha-owner-tag] staging__my_service/my_service',
    ]);
    expect(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'))
      .toContain('[ha-challenge-password] suppressed by production__my_service/my_service: the example\'s Puppet CA signs certificates by hand');
    const unsuppressed = directory({
      'platform.yaml': fs.readFileSync(path.join(example, 'platform.yaml'), 'utf8'),
      'my_service.yaml': fs.readFileSync(path.join(example, 'my_service.yaml'), 'utf8').replace(/^suppressions:.*\n/m, ''),
    });
    const failed = await cli(['synth', unsuppressed, '--out', tmp()]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^1 policy error:\n {2}- \[ha-challenge-password\] production__my_service\/my_service: /);
  });
});

describe('policy applied from the platform file', () => {
  const breaking = PAYMENTS.replace('instancesPerDatacenter: { dc2: 3 }', 'instancesPerDatacenter: { dc2: 4 }')
    .replace('tags: { team: payments, cost_center: cc42 }', 'tags: { cost_center: cc42 }');

  test('fails synthesis listing every rule id it breaks, before any stack is written', () => {
    const app = new App({ outdir: tmp() });
    Catalog.fromDirectory(app, directory({ 'platform.yaml': PLATFORM, 'teams.yaml': breaking }));
    expect(() => app.synth()).toThrow(/^2 policy errors:\n {2}- \[ha-hosts-capacity\] production\/payments: dc2 holds 4 anti-affined instances but cluster 101 \(production\/dc2\) has 3 hosts: .*\n {2}- \[ha-owner-tag\] production\/payments: no owner tag/);
    expect(files(app.outdir)).toEqual({});
  });

  test('cdktf-opennebula synth exits 2 with the rule ids on stderr and writes no stack', async () => {
    const dir = directory({ 'platform.yaml': PLATFORM, 'teams.yaml': breaking });
    const out = path.join(dir, 'out');
    const result = await cli(['synth', dir, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^2 policy errors:\n {2}- \[ha-hosts-capacity\] production\/payments: .*\n {2}- \[ha-owner-tag\] production\/payments: /);
    expect(fs.existsSync(out) ? files(out) : {}).toEqual({});
  });

  test('a suppression in the service file silences its rule and is listed', () => {
    const suppressed = breaking.replace('  rollout: { waitForReady: true', [
      '  suppressions:',
      '    - { rule: ha-hosts-capacity, reason: "dc2 gets its fourth host in week 12 (CAP-31)" }',
      '    - { rule: ha-owner-tag, reason: "the payments team tag lands with PAY-9" }',
      '  rollout: { waitForReady: true',
    ].join('\n'));
    const app = new App({ outdir: tmp() });
    Catalog.fromDirectory(app, directory({ 'platform.yaml': PLATFORM, 'teams.yaml': suppressed }));
    app.synth();
    const manifest = fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8');
    expect(manifest).toContain('[ha-hosts-capacity] suppressed by production/payments: dc2 gets its fourth host in week 12 (CAP-31)');
    expect(manifest).toContain('[ha-owner-tag] suppressed by production/payments: the payments team tag lands with PAY-9');
  });

  test('a level from the platform file lowers a rule to a warning', () => {
    const app = new App({ outdir: tmp() });
    Catalog.fromDirectory(app, directory({ 'platform.yaml': PLATFORM.replace('ha-owner-tag: error', 'ha-owner-tag: warning, ha-hosts-capacity: warning'), 'teams.yaml': breaking }));
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.production.annotations.map((a: any) => `${a.level} ${a.message.split(':')[0]}`)).toEqual([
      '@cdktf/warn [ha-hosts-capacity] production/payments', '@cdktf/warn [ha-owner-tag] production/payments',
    ]);
  });
});

describe('bad policy and rollout settings are refused at file:line:column, all at once', () => {
  test('the platform file: levels, host counts, size limits, owner tag keys', () => {
    const bad = PLATFORM
      .replace('ha-owner-tag: error', 'ha-owner-tags: error, ha-size-range: fatal')
      .replace('production/dc2: 3', 'production/dc2: 3, production-dc1: 1')
      .replace('staging/dc1: 2', 'staging/dc1: -1')
      .replace('minCpu: 0.5', 'minCpu: 32, maxCpu: 8, maxVcpus: 2')
      .replace('ownerTagKeys: [owner, team]', 'ownerTagKeys: [Owner]');
    const message = refusal({ 'platform.yaml': bad, 'teams.yaml': PAYMENTS });
    expect(message).toBe([
      '6 problems in the catalog:',
      '  - platform.yaml:14:13: policy.levels.ha-owner-tags = "ha-owner-tags": the id of a built-in rule (ha-multi-datacenter, ha-hosts-capacity, '
      + 'ha-health-check, ha-challenge-password, ha-owner-tag, ha-size-range, ha-unique-service-name)',
      '  - platform.yaml:14:50: policy.levels.ha-size-range = "fatal": one of error, warning',
      '  - platform.yaml:15:63: policy.hostsPerDatacenter.production-dc1 = "production-dc1": "<zone>/<datacenter>" of this file, e.g. production/dc1',
      '  - platform.yaml:15:95: policy.hostsPerDatacenter.staging/dc1 = -1: an integer from 0 to 100000',
      '  - platform.yaml:16:40: policy.sizeLimits.maxVcpus = "maxVcpus": one of the known keys (minCpu, maxCpu, minVcpu, maxVcpu, minMemoryMb, '
      + 'maxMemoryMb, minDiskMb, maxDiskMb): did you mean maxVcpu?',
      '  - platform.yaml:17:18: policy.ownerTagKeys[0] = "Owner": a lower-case tag key',
    ].join('\n'));
    // Schema-valid, but naming what the file does not declare: reported once the shapes are right.
    expect(refusal({ 'platform.yaml': PLATFORM.replace('production/dc2: 3', 'production/dc4: 3, qa/dc1: 1'), 'teams.yaml': PAYMENTS })).toBe([
      '2 problems in the catalog:',
      '  - platform.yaml:15:44: policy.hostsPerDatacenter.production/dc4 = "production/dc4": "<zone>/<datacenter>" with a datacenter of zone production (dc1, dc2, dc3)',
      '  - platform.yaml:15:63: policy.hostsPerDatacenter.qa/dc1 = "qa/dc1": "<zone>/<datacenter>" with a zone of this file (production, staging)',
    ].join('\n'));
    // What HaPolicyChecks itself refuses, at the YAML node of the field.
    expect(refusal({ 'platform.yaml': PLATFORM.replace('minCpu: 0.5', 'minCpu: 32, maxCpu: 8'), 'teams.yaml': PAYMENTS }))
      .toBe('1 problem in the catalog:\n  - platform.yaml:16:25: policy.sizeLimits.minCpu = 32: at most sizeLimits.maxCpu (8)');
  });

  test('a service file: suppressions without a reason, a blank or short one, an unknown built-in rule; create timeouts out of range', () => {
    const bad = PAYMENTS
      .replace('createTimeoutMinutes: 30', 'createTimeoutMinutes: 0')
      .replace('createTimeoutMinutes: 120', 'createTimeoutMinutes: 121')
      .replace('      reason: reports is a throwaway staging service until REP-7', [
        '      reason: reports is a throwaway staging service until REP-7',
        '    - { rule: ha-owner-tags, reason: "a typo of the rule id here" }',
        '    - { rule: ha-size-range }',
        '    - { rule: ha-health-check, reason: later }',
        '    - { rule: ha-multi-datacenter, reason: "          .          " }',
      ].join('\n'));
    const message = refusal({ 'platform.yaml': PLATFORM, 'teams.yaml': bad });
    expect(message).toBe([
      '4 problems in the catalog:',
      '  - teams.yaml:26:83: [0].rollout.createTimeoutMinutes = 0: an integer from 1 to 120',
      '  - teams.yaml:32:57: [1].rollout.createTimeoutMinutes = 121: an integer from 1 to 120',
      '  - teams.yaml:37:7: [1].suppressions[2].reason = (missing): a string: why the rule does not apply to this service, at least 10 characters (required)',
      '  - teams.yaml:38:40: [1].suppressions[3].reason = "later": at least 10 characters',
    ].join('\n'));
    // Once the shapes are right: an ha- id no built-in rule has, and a reason of blanks.
    const shaped = PAYMENTS.replace('      reason: reports is a throwaway staging service until REP-7', [
      '      reason: reports is a throwaway staging service until REP-7',
      '    - { rule: ha-owner-tags, reason: "a typo of the rule id here" }',
      '    - { rule: acme-cost-center, reason: "the platform\'s own rule, added in TypeScript" }',
      '    - { rule: ha-multi-datacenter, reason: "          .          " }',
    ].join('\n'));
    expect(refusal({ 'platform.yaml': PLATFORM, 'teams.yaml': shaped })).toBe([
      '2 problems in the catalog:',
      '  - teams.yaml:36:15: [1].suppressions[1].rule = "ha-owner-tags": a built-in rule (ha-multi-datacenter, ha-hosts-capacity, ha-health-check, '
      + 'ha-challenge-password, ha-owner-tag, ha-size-range, ha-unique-service-name), or one of the platform\'s own rules (an id not starting with ha-)',
      '  - teams.yaml:38:44: [1].suppressions[3].reason = "          .          ": why the rule does not apply to this service, at least 10 characters '
      + 'besides blanks: a suppression without a reason is refused',
    ].join('\n'));
  });
});

/** The props of an interface, read from the TypeScript source (the schemas must not fall behind them). */
function propsOf(file: string, name: string): string[] {
  const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', file), 'utf8');
  const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1];
  if (body === undefined) throw new Error(`no interface ${name} in ${file}`);
  return [...body.matchAll(/^ {2}readonly (\w+)\??:/gm)].map((m) => m[1]).sort();
}

const keys = (schema: any) => Object.keys(schema.properties).sort();

describe('the schemas hold every option of the constructs they declare', () => {
  const service = (serviceSchema as any).$defs.service;
  const renamed = (names: string[], map: { [name: string]: string }) => names.map((n) => map[n] ?? n).sort();

  test('a service: every HaServiceProps, PuppetProps, HaproxyProps, HealthCheckProps, RolloutProps and ServiceSize prop', () => {
    expect(keys(service)).toEqual(renamed([...propsOf('service/props.ts', 'HaServiceProps'), 'datacenters', 'suppressions'].filter((n, i, a) => a.indexOf(n) === i),
      { zone: 'zones', serviceName: 'service' }));
    expect(keys(service.properties.puppet)).toEqual(renamed(propsOf('registration/puppet-props.ts', 'PuppetProps'), { challengePassword: 'challengePasswordVariable' }));
    expect(keys(service.properties.haproxy)).toEqual(propsOf('registration/haproxy.ts', 'HaproxyProps'));
    expect(keys(service.properties.haproxy.properties.healthCheck)).toEqual(propsOf('registration/haproxy.ts', 'HealthCheckProps'));
    expect(keys(service.properties.rollout)).toEqual(propsOf('service/props.ts', 'RolloutProps'));
    expect(keys(service.properties.size)).toEqual(propsOf('service/props.ts', 'ServiceSize'));
    expect(service.properties.rollout.properties.createTimeoutMinutes).toMatchObject({ type: 'integer', minimum: 1, maximum: 120 });
  });

  test('the platform: every HaPolicyChecksProps a file can hold (rules are code), every HaSizeLimits bound, zone and datacenter props', () => {
    const policy = (platformSchema as any).properties.policy;
    expect(keys(policy)).toEqual(propsOf('policy/checks.ts', 'HaPolicyChecksProps').filter((n) => n !== 'rules'));
    expect(keys(policy.properties.sizeLimits)).toEqual(propsOf('policy/rules.ts', 'HaSizeLimits'));
    const zone = (platformSchema as any).$defs.zone;
    expect(keys(zone)).toEqual(renamed(propsOf('topology/zone.ts', 'OpenNebulaZoneProps').filter((n) => n !== 'name'), {}).concat('datacenters').sort());
    expect(keys((platformSchema as any).$defs.datacenter)).toEqual(propsOf('topology/datacenter.ts', 'DatacenterProps').filter((n) => n !== 'zone' && n !== 'name'));
  });
});
