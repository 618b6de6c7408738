import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, TerraformVariable } from 'cdktf';
import { CLEAN_CHECKS, ServiceSpec, annotations, appWith, files, stack, synthError, tmpdir } from './fixtures';
import { buildSeedApp } from '../../examples/seed/stacks';
import { HaPolicyChecks, HaPolicyFinding, HaPolicyLevel, HaService, HaServiceProps, HaproxyBalance, HaproxyMode, IHaPolicyRule } from '../../src';
import { DeclarationError } from '../../src/core/validation';

/**
 * HaPolicyChecks: the platform's rules over every HaService of an app, as an Aspect. Errors fail
 * synthesis all at once; warnings and suppressions are annotations; the JSON is untouched.
 */
const checks = (extra: ConstructorParameters<typeof HaPolicyChecks>[0] = {}) => new HaPolicyChecks({ ...CLEAN_CHECKS, ...extra });

/** The rule ids a synthesis fails with, or [] when it succeeds. */
function errorsOf(specs: ServiceSpec[], policy = checks()): string[] {
  const error = synthError(appWith(specs, policy));
  return error ? [...error.message.matchAll(/^ {2}- \[([a-z-]+)\]/gm)].map((m) => m[1]) : [];
}

/** The warning annotations of a synthesis that succeeds. */
function warningsOf(specs: ServiceSpec[], policy = checks()): string[] {
  const app = appWith(specs, policy);
  app.synth();
  return annotations(app).filter((a) => a.level === '@cdktf/warn').map((a) => `${a.constructPath} ${a.message}`);
}

describe('a declaration that breaks no rule', () => {
  test('synthesizes, with no annotation', () => {
    const app = appWith([{}], checks());
    app.synth();
    expect(annotations(app)).toEqual([]);
  });

  test('synthesizes byte-identical files with and without the checks (they add nothing to the output)', () => {
    const build = (withChecks: boolean) => {
      const app = new App({ outdir: tmpdir() });
      stack(app, 'production', [{}, { service: 'billing' }]);
      stack(app, 'staging', [{ zone: 'staging' }]);
      if (withChecks) Aspects.of(app).add(checks());
      app.synth();
      return files(app.outdir);
    };
    const without = build(false);
    expect(Object.keys(without)).toEqual(expect.arrayContaining(['manifest.json', 'stacks/production/cdk.tf.json', 'stacks/staging/cdk.tf.json']));
    expect(build(true)).toEqual(without);
  });
});

describe('the seed example', () => {
  test('with the checks, its findings lowered to warnings, synthesizes the same Terraform JSON', () => {
    const json = (withChecks: boolean) => {
      const { app } = buildSeedApp(tmpdir());
      if (withChecks) Aspects.of(app).add(checks({ levels: { 'ha-challenge-password': HaPolicyLevel.WARNING } }));
      app.synth();
      const read = (id: string) => fs.readFileSync(path.join(app.outdir, 'stacks', id, 'cdk.tf.json'), 'utf8');
      return { production: read('production'), staging: read('staging'), warnings: annotations(app).map((a) => a.message.split(':')[0]) };
    };
    const plain = json(false);
    const checked = json(true);
    expect(checked.production).toBe(plain.production);
    expect(checked.staging).toBe(plain.staging);
    expect(checked.warnings).toEqual(['[ha-challenge-password] production/my_service', '[ha-owner-tag] production/my_service', '[ha-owner-tag] staging/my_service']);
  });
});

describe('ha-multi-datacenter: a production service spans two datacenters', () => {
  const single: ServiceSpec = { datacenters: ['dc1'], props: { allowSingleDatacenter: true } };

  test('fires on a production service in one datacenter, even with allowSingleDatacenter', () => {
    const error = synthError(appWith([single], checks()));
    expect(error?.message).toContain('[ha-multi-datacenter] production/my_service: production zone "production" but a single datacenter (dc1)');
    expect(error?.message).toContain('Fix: add a second datacenter of the zone');
  });

  test('does not fire with two datacenters, nor on a staging service in one', () => {
    expect(errorsOf([{}])).toEqual([]);
    expect(errorsOf([{ zone: 'staging', datacenters: ['dc1'] }])).toEqual([]);
  });
});

describe('ha-hosts-capacity: no datacenter holds more instances than its cluster has hosts', () => {
  test('fires when instances exceed the hosts, saying the extra VM stays PENDING and the apply fails after the create timeout', () => {
    const error = synthError(appWith([{ props: { instancesPerDatacenter: { dc2: 3 } } }], checks()));
    expect(error?.message).toMatch(/^1 policy error:\n/);
    expect(error?.message).toContain('[ha-hosts-capacity] production/my_service: dc2 holds 3 anti-affined instances but cluster 101 (production/dc2) has 2 hosts: '
      + 'the scheduler places one instance per host, so 1 VM stays PENDING and the apply fails after ');
    // The VMs' own create timeout, rollout.createTimeoutMinutes (10 minutes by default).
    expect(error?.message).toContain('the apply fails after rollout.createTimeoutMinutes (10 minutes) ');
    const longer = synthError(appWith([{ props: { instancesPerDatacenter: { dc2: 3 }, rollout: { createTimeoutMinutes: 45 } } }], checks()));
    expect(longer?.message).toContain('the apply fails after rollout.createTimeoutMinutes (45 minutes) ');
    expect(error?.message).toContain('with "Failed to wait virtual machine to be in RUNNING state". '
      + 'Fix: add 1 host to that cluster (and raise hostsPerDatacenter["production/dc2"]), or set instancesPerDatacenter.dc2 (or instances) to at most 2');
  });

  test('does not fire at as many instances as hosts, nor for a datacenter whose hosts are not given', () => {
    expect(errorsOf([{ props: { instances: 2 } }])).toEqual([]);
    expect(errorsOf([{ props: { instances: 5 } }], new HaPolicyChecks({ hostsPerDatacenter: { 'staging/dc1': 1 } }))
      .filter((id) => id === 'ha-hosts-capacity')).toEqual([]);
  });
});

describe('ha-health-check: a service with an HAProxy backend declares its health check', () => {
  test('warns on a backend without healthCheck', () => {
    expect(warningsOf([{ props: { haproxy: { port: 8080 } } }])).toEqual([
      'production/my_service [ha-health-check] production/my_service: an HAProxy backend without haproxy.healthCheck: servers are checked with the defaults only '
      + '(GET / expecting 200 in mode http, a bare TCP connect in mode tcp), which a member answers even when the service is broken. '
      + 'Fix: declare haproxy.healthCheck, e.g. { path: \'/health\' }: a path that answers 200 only when the service works',
    ]);
  });

  test('does not fire with a health check, nor without a backend', () => {
    expect(warningsOf([{}])).toEqual([]);
    expect(warningsOf([{ props: { haproxy: undefined } }])).toEqual([]);
  });
});

describe('ha-challenge-password: production enrolment sends a challenge password', () => {
  test('fires on a production service enrolling without one', () => {
    expect(errorsOf([{ puppet: 'no-challenge' }])).toEqual(['ha-challenge-password']);
  });

  test('does not fire with a challenge password, without Puppet, or in staging', () => {
    expect(errorsOf([{ puppet: 'challenge' }])).toEqual([]);
    expect(errorsOf([{ puppet: 'none' }])).toEqual([]);
    expect(errorsOf([{ zone: 'staging', puppet: 'no-challenge' }])).toEqual([]);
  });
});

describe('ha-owner-tag: a service names its owner in a tag', () => {
  test('warns when neither owner nor team is tagged', () => {
    expect(warningsOf([{ props: { tags: { cost_center: 'c42' } } }])).toEqual([expect.stringContaining(
      '[ha-owner-tag] production/my_service: no owner tag (owner or team): nobody to call when its VMs misbehave. Fix: add tags: { owner: ')]);
  });

  test('does not fire with an owner or team tag; ownerTagKeys sets the keys', () => {
    expect(warningsOf([{ props: { tags: { owner: 'alice' } } }])).toEqual([]);
    expect(warningsOf([{ props: { tags: { team: 'payments' } } }], checks({ ownerTagKeys: ['squad'] })))
      .toEqual([expect.stringContaining('no owner tag (squad)')]);
  });
});

describe('ha-size-range: the VM size lies in the platform\'s range', () => {
  test('fires on every size outside sizeLimits, each naming the field, the value and the range', () => {
    const error = synthError(appWith([{ props: { size: { cpu: 0.5, vcpu: 16, memoryMb: 512, diskMb: 20480 } } }], checks()));
    expect(error?.message).toContain('[ha-size-range] production/my_service: size.vcpu = 16: outside the platform\'s range (at most 8)');
    expect(error?.message).toContain('[ha-size-range] production/my_service: size.memoryMb = 512: outside the platform\'s range (from 1024 to 16384)');
    expect(error?.message).toMatch(/^2 policy errors:/);
  });

  test('does not fire inside the range, on tokens, or without sizeLimits', () => {
    expect(errorsOf([{}])).toEqual([]);
    const app = new App({ outdir: tmpdir() });
    const made = stack(app, 'production', []);
    const memory = new TerraformVariable(made, 'memory', { type: 'number' }).numberValue;
    stack(app, 'production2', [{ props: { size: { cpu: 1, vcpu: 2, memoryMb: memory, diskMb: 20480 } } }]);
    expect(new HaPolicyChecks(CLEAN_CHECKS).evaluate(app).filter((e) => e.ruleId === 'ha-size-range')).toEqual([]);
    expect(errorsOf([{ props: { size: { cpu: 1, vcpu: 64, memoryMb: 4096, diskMb: 20480 } } }], new HaPolicyChecks({}))).toEqual([]);
  });
});

describe('ha-unique-service-name: no two services of a zone share a name across stacks', () => {
  test('fires on both services of one name in two stacks of one zone, each naming the other', () => {
    const app = new App({ outdir: tmpdir() });
    stack(app, 'production-a', [{}]);
    stack(app, 'production-b', [{}]);
    Aspects.of(app).add(checks());
    const message = synthError(app)?.message ?? '';
    expect(message).toContain('[ha-unique-service-name] production-a/my_service: service name "my_service" is also used in zone "production" by production-b/my_service');
    expect(message).toContain('[ha-unique-service-name] production-b/my_service: service name "my_service" is also used in zone "production" by production-a/my_service');
  });

  test('does not fire for the same name in two zones', () => {
    const app = new App({ outdir: tmpdir() });
    stack(app, 'production', [{}]);
    stack(app, 'staging', [{ zone: 'staging' }]);
    Aspects.of(app).add(checks());
    expect(synthError(app)).toBeUndefined();
  });
});

describe('errors fail synthesis all together', () => {
  test('one HaPolicyError lists every error of every stack, before any stack is written', () => {
    const app = new App({ outdir: tmpdir() });
    stack(app, 'production', [{ puppet: 'no-challenge' }]);
    stack(app, 'other', [{ service: 'billing', props: { instances: 3 } }]);
    Aspects.of(app).add(checks());
    const error = synthError(app);
    expect(DeclarationError.isDeclarationError(error)).toBe(true);
    expect(error?.name).toBe('HaPolicyError');
    expect(error?.message).toMatch(/^3 policy errors:\n {2}- \[ha-challenge-password\] production\/my_service: .*\n {2}- \[ha-hosts-capacity\] other\/billing: dc1 .*\n {2}- \[ha-hosts-capacity\] other\/billing: dc2 .*\nFix each, or accept one with HaPolicyChecks.suppress/);
    expect(files(app.outdir)['stacks/production/cdk.tf.json']).toBeUndefined();
  });

  test('checks added to one stack check that stack only', () => {
    const app = new App({ outdir: tmpdir() });
    const checked = stack(app, 'production', [{}]);
    stack(app, 'other', [{ service: 'billing', props: { instances: 3 } }]);
    Aspects.of(checked).add(checks());
    expect(synthError(app)).toBeUndefined();
  });
});

describe('levels: a rule\'s level is overridden per rule', () => {
  test('a warning rule raised to error fails synthesis', () => {
    expect(errorsOf([{ props: { tags: {} } }], checks({ levels: { 'ha-owner-tag': HaPolicyLevel.ERROR } }))).toEqual(['ha-owner-tag']);
  });

  test('an error rule lowered to warning becomes a warning annotation', () => {
    expect(warningsOf([{ puppet: 'no-challenge' }], checks({ levels: { 'ha-challenge-password': HaPolicyLevel.WARNING } })))
      .toEqual([expect.stringMatching(/^production\/my_service \[ha-challenge-password\] production\/my_service: enrols in Puppet/)]);
  });

  test('an override naming no rule is refused at construction, with every other bad prop', () => {
    expect(() => new HaPolicyChecks({
      levels: { 'ha-owner-tags': HaPolicyLevel.ERROR },
      hostsPerDatacenter: { dc1: 2 },
      ownerTagKeys: [],
    })).toThrow(/^3 invalid settings:\n {2}- HaPolicyChecks: hostsPerDatacenter\["dc1"\] = "dc1": "<zone>\/<datacenter>".*\n.*ownerTagKeys = \[\]: at least one tag key\n.*levels.ha-owner-tags = "ha-owner-tags": the id of a rule \(ha-multi-datacenter, /);
  });
});

describe('suppressions: HaPolicyChecks.suppress(construct, rule id, reason)', () => {
  test('silences the rule on the construct and lists the suppression in the synth output', () => {
    const app = appWith([{ puppet: 'no-challenge' }], checks());
    const service = app.node.findAll().find((c) => c instanceof HaService)!;
    HaPolicyChecks.suppress(service, 'ha-challenge-password', 'the CA signs this service by hand until ticket OPS-12 lands');
    app.synth();
    expect(annotations(app)).toEqual([{
      constructPath: 'production/my_service',
      level: '@cdktf/info',
      message: expect.stringMatching(/^\[ha-challenge-password\] suppressed by production\/my_service: the CA signs this service by hand until ticket OPS-12 lands \(finding: enrols in Puppet/),
    }]);
  });

  test('on a stack, covers every service in it', () => {
    const app = new App({ outdir: tmpdir() });
    const made = stack(app, 'production', [{ props: { tags: {} } }, { service: 'billing', props: { tags: {} } }]);
    HaPolicyChecks.suppress(made, 'ha-owner-tag', 'owners are listed in the service registry, not in tags');
    Aspects.of(app).add(checks({ levels: { 'ha-owner-tag': HaPolicyLevel.ERROR } }));
    app.synth();
    expect(annotations(app).map((a) => `${a.level} ${a.constructPath}`)).toEqual(['@cdktf/info production/my_service', '@cdktf/info production/billing']);
  });

  test('that silences nothing is still listed', () => {
    const app = appWith([{}], checks());
    const service = app.node.findAll().find((c) => c instanceof HaService)!;
    HaPolicyChecks.suppress(service, 'ha-owner-tag', 'kept while the team tag is rolled out');
    HaPolicyChecks.suppress(service, 'ha-owner-tga', 'a typo in the rule id here');
    app.synth();
    expect(annotations(app).map((a) => `${a.level} ${a.message}`)).toEqual([
      '@cdktf/info [ha-owner-tag] suppressed here, no finding to silence: kept while the team tag is rolled out',
      expect.stringMatching(/^@cdktf\/warn \[policy\] suppression of "ha-owner-tga" suppresses nothing: no rule has that id/),
    ]);
  });

  test('without a reason is refused', () => {
    const app = appWith([{}]);
    const service = app.node.findAll().find((c) => c instanceof HaService)!;
    for (const reason of [undefined, '', '   ', 'because']) {
      expect(() => HaPolicyChecks.suppress(service, 'ha-owner-tag', reason as unknown as string))
        .toThrow(/^1 invalid setting:\n {2}- production\/my_service \(HaPolicyChecks.suppress\): reason = .*: why the rule does not apply here, at least 10 characters: a suppression without a reason is refused$/);
    }
    expect(HaPolicyChecks.suppressionsOf(service)).toEqual([]);
  });
});

describe('custom rules: a platform team adds its own through IHaPolicyRule', () => {
  /** The platform's rule: production services run an even number of instances per datacenter. */
  class EvenInstances implements IHaPolicyRule {
    public readonly id = 'acme-even-instances';
    public readonly description = 'Production datacenters run an even number of instances (one per rack pair).';
    public readonly level = HaPolicyLevel.ERROR;
    public check(service: HaService): HaPolicyFinding[] {
      if (service.plan.zone !== 'production') return [];
      return service.plan.datacenters.filter((dc) => dc.vms.length % 2 === 1).map((dc) => ({
        message: `${dc.datacenter} runs ${dc.vms.length} instances`,
        fix: `set instancesPerDatacenter.${dc.datacenter} to an even number`,
      }));
    }
  }

  test('fires like a built-in rule, with its own id, level and fix', () => {
    const policy = checks({ rules: [new EvenInstances()], hostsPerDatacenter: {} });
    expect(synthError(appWith([{ props: { instancesPerDatacenter: { dc1: 3 } } }], policy))?.message).toBe([
      '1 policy error:',
      '  - [acme-even-instances] production/my_service: dc1 runs 3 instances. Fix: set instancesPerDatacenter.dc1 to an even number',
      'Fix each, or accept one with HaPolicyChecks.suppress(construct, \'<rule id>\', \'<reason>\') (levels: { \'<rule id>\': HaPolicyLevel.WARNING } lowers a rule for the whole app).',
    ].join('\n'));
  });

  test('passes, is overridden and suppressed like a built-in rule', () => {
    expect(errorsOf([{}], checks({ rules: [new EvenInstances()] }))).toEqual([]);
    const odd: ServiceSpec = { props: { instancesPerDatacenter: { dc1: 1 } } };
    expect(warningsOf([odd], checks({ rules: [new EvenInstances()], levels: { 'acme-even-instances': HaPolicyLevel.WARNING } })))
      .toEqual([expect.stringContaining('[acme-even-instances] production/my_service: dc1 runs 1 instances')]);
    const app = appWith([odd], checks({ rules: [new EvenInstances()] }));
    HaPolicyChecks.suppress(app, 'acme-even-instances', 'racks are not paired in this cloud yet');
    app.synth();
    expect(annotations(app).map((a) => a.message)).toEqual(['[acme-even-instances] suppressed by (app): racks are not paired in this cloud yet (finding: dc1 runs 1 instances)']);
    expect(checks({ rules: [new EvenInstances()] }).rules.map((r) => r.id)).toEqual([
      'ha-multi-datacenter', 'ha-hosts-capacity', 'ha-health-check', 'ha-challenge-password', 'ha-owner-tag', 'ha-size-range',
      'ha-unique-service-name', 'acme-even-instances',
    ]);
  });

  test('with an id already taken is refused', () => {
    const twin: IHaPolicyRule = { id: 'ha-owner-tag', description: 'x', level: HaPolicyLevel.ERROR, check: () => [] };
    expect(() => checks({ rules: [twin] })).toThrow(/rules\[0\]\.id = "ha-owner-tag": an id no other rule has/);
  });

  test('reads what the service declared through its public accessors (haproxy, puppet, rollout)', () => {
    /** The platform's rule: a TCP backend balances by source, and production waits at most 30 minutes for a VM. */
    const tcpBySource: IHaPolicyRule = {
      id: 'acme-tcp-source',
      description: 'TCP backends balance by source; VM creation waits at most 30 minutes.',
      level: HaPolicyLevel.ERROR,
      check: (service) => [
        ...(service.haproxy?.mode === HaproxyMode.TCP && service.haproxy.balance !== HaproxyBalance.SOURCE
          ? [{ message: `mode tcp balanced by ${service.haproxy.balance ?? 'roundrobin'}`, fix: 'set haproxy.balance to source' }] : []),
        ...((service.rollout?.createTimeoutMinutes ?? 10) > 30
          ? [{ message: `rollout.createTimeoutMinutes = ${service.rollout?.createTimeoutMinutes}`, fix: 'at most 30' }] : []),
        ...(service.puppet !== undefined && service.puppet.server !== 'puppet.example.com'
          ? [{ message: `puppet.server = ${service.puppet.server}`, fix: 'the platform\'s Puppet server' }] : []),
      ],
    };
    const messages = (props: Partial<HaServiceProps>) => checks({ rules: [tcpBySource] }).evaluate(appWith([{ props }]))
      .filter((e) => e.ruleId === 'acme-tcp-source').map((e) => e.message);
    expect(messages({})).toEqual([]);
    const tcp = { port: 5432, mode: HaproxyMode.TCP };
    expect(messages({ haproxy: tcp, rollout: { createTimeoutMinutes: 60 }, puppet: { server: 'puppet.other.example' } }))
      .toEqual(['mode tcp balanced by roundrobin', 'rollout.createTimeoutMinutes = 60', 'puppet.server = puppet.other.example']);
    expect(messages({ haproxy: { ...tcp, balance: HaproxyBalance.SOURCE }, rollout: { createTimeoutMinutes: 30 } })).toEqual([]);
    const service = appWith([{ props: { haproxy: { port: 8080 } } }]).node.findAll().find((c): c is HaService => c instanceof HaService)!;
    expect(service.haproxy).toEqual({ port: 8080 });
    expect(service.rollout).toBeUndefined();
  });

  test('reads the public model only: every rule runs without synthesizing', () => {
    const app = appWith([{ props: { tags: {}, instances: 3 } }]);
    const entries = checks({ rules: [new EvenInstances()] }).evaluate(app);
    expect(entries.map((e) => `${e.ruleId} ${e.level}`)).toEqual([
      'ha-hosts-capacity error', 'ha-hosts-capacity error', 'ha-owner-tag warning', 'acme-even-instances error', 'acme-even-instances error',
    ]);
  });
});
