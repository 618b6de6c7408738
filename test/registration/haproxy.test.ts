import { Token } from 'cdktf';
import * as fc from 'fast-check';
import { HOSTILE_NON_NAMES, SEED_DATACENTERS, SEED_HAPROXY, SEED_MEMBERS, haproxyCheck, haproxyConfig, problemFields, problemLines, thrownProblems } from './fixtures';
import { describeWithTools } from './tools';
import * as root from '../../src';
import {
  HAPROXY_FACTS, HaproxyBalance, HaproxyMember, HaproxyMode, HaproxyProps, haproxyFacts, pqlForService, renderHaproxyBackend, validateHaproxy,
} from '../../src/registration';

const fieldsOf = (props: HaproxyProps, dcs = SEED_DATACENTERS) => problemFields((problems) => validateHaproxy(problems, props, dcs));
const linesOf = (props: HaproxyProps, dcs = SEED_DATACENTERS) => problemLines((problems) => validateHaproxy(problems, props, dcs));
const SEED_BACKEND = renderHaproxyBackend('my_service', SEED_HAPROXY, SEED_MEMBERS);
/** Props as plain JavaScript passes them: any string where TypeScript wants HaproxyMode or HaproxyBalance. */
const fromJavaScript = (props: object): HaproxyProps => props as HaproxyProps;

describe('HaproxyMode and HaproxyBalance', () => {
  test('are exported from the package root with HAProxy\'s own keywords as values', () => {
    expect(root.HaproxyMode).toBe(HaproxyMode);
    expect(root.HaproxyBalance).toBe(HaproxyBalance);
    expect({ ...HaproxyMode }).toEqual({ HTTP: 'http', TCP: 'tcp' });
    expect({ ...HaproxyBalance }).toEqual({ ROUND_ROBIN: 'roundrobin', LEAST_CONN: 'leastconn', SOURCE: 'source' });
  });

  test('the same keywords as plain JavaScript strings make the same backend', () => {
    const typed = renderHaproxyBackend('db', { port: 5432, mode: HaproxyMode.TCP, balance: HaproxyBalance.SOURCE }, SEED_MEMBERS);
    expect(renderHaproxyBackend('db', fromJavaScript({ port: 5432, mode: 'tcp', balance: 'source' }), SEED_MEMBERS)).toBe(typed);
  });
});

describe('validateHaproxy', () => {
  test('the seed settings have no problem', () => {
    expect(linesOf(SEED_HAPROXY)).toEqual([]);
  });

  test('every optional setting at a valid value has no problem', () => {
    expect(linesOf({
      port: 443,
      mode: HaproxyMode.HTTP,
      balance: HaproxyBalance.SOURCE,
      backendName: 'web-front_1',
      backupDatacenters: ['dc2'],
      healthCheck: { path: '/v1/health%20x~._-', expectStatus: 204, intervalSeconds: 3600, fall: 100, rise: 1 },
    })).toEqual([]);
  });

  test.each<[string, HaproxyProps, string]>([
    ['port 0', { port: 0 }, 'haproxy.port = 0: a literal integer from 1 to 65535'],
    ['port 65536', { port: 65536 }, 'haproxy.port = 65536: a literal integer from 1 to 65535'],
    ['a fractional port', { port: 80.5 }, 'haproxy.port = 80.5: a literal integer from 1 to 65535'],
    ['a port token', { port: Token.asNumber({ ref: 'p' }) }, 'haproxy.port = <token>: a literal integer from 1 to 65535'],
    ['mode udp from JavaScript', fromJavaScript({ port: 80, mode: 'udp' }), 'haproxy.mode = "udp": one of http, tcp'],
    ['mode HTTP from JavaScript', fromJavaScript({ port: 80, mode: 'HTTP' }), 'haproxy.mode = "HTTP": one of http, tcp'],
    ['mode 1 from JavaScript', fromJavaScript({ port: 80, mode: 1 }), 'haproxy.mode = 1: one of http, tcp'],
    ['balance random from JavaScript', fromJavaScript({ port: 80, balance: 'random' }), 'haproxy.balance = "random": one of roundrobin, leastconn, source'],
    ['balance nonsense from JavaScript', fromJavaScript({ port: 80, balance: 'nonsense' }), 'haproxy.balance = "nonsense": one of roundrobin, leastconn, source'],
    ['a backend name with a space', { port: 80, backendName: 'my backend' }, 'haproxy.backendName = "my backend": a backend name matching ^[a-z][a-z0-9_-]{0,62}$'],
    ['status 99', { port: 80, healthCheck: { expectStatus: 99 } }, 'haproxy.healthCheck.expectStatus = 99: a literal integer from 100 to 599'],
    ['status 600', { port: 80, healthCheck: { expectStatus: 600 } }, 'haproxy.healthCheck.expectStatus = 600: a literal integer from 100 to 599'],
    ['interval 0', { port: 80, healthCheck: { intervalSeconds: 0 } }, 'haproxy.healthCheck.intervalSeconds = 0: a literal integer from 1 to 3600'],
    ['fall 0', { port: 80, healthCheck: { fall: 0 } }, 'haproxy.healthCheck.fall = 0: a literal integer from 1 to 100'],
    ['rise 101', { port: 80, healthCheck: { rise: 101 } }, 'haproxy.healthCheck.rise = 101: a literal integer from 1 to 100'],
    ['a path in mode tcp', { port: 80, mode: HaproxyMode.TCP, healthCheck: { path: '/' } }, 'haproxy.healthCheck.path = "/": unset in mode tcp (an HTTP check needs mode http)'],
    ['a status in mode tcp', { port: 80, mode: HaproxyMode.TCP, healthCheck: { expectStatus: 200 } },
      'haproxy.healthCheck.expectStatus = 200: unset in mode tcp (an HTTP check needs mode http)'],
    ['a backup datacenter the service does not have', { port: 80, backupDatacenters: ['dc3'] },
      'haproxy.backupDatacenters[0] = "dc3": one of the service\'s datacenters (dc1, dc2)'],
    ['every datacenter as backup', { port: 80, backupDatacenters: ['dc2', 'dc1'] },
      'haproxy.backupDatacenters = ["dc2","dc1"]: not every datacenter of the service (dc1, dc2): at least one must take traffic'],
  ])('%s is a problem', (_what, props, expected) => {
    expect(linesOf(props)).toEqual([expected]);
  });

  test('the only datacenter as backup is a problem', () => {
    expect(fieldsOf({ port: 80, backupDatacenters: ['dc1'] }, ['dc1'])).toEqual(['haproxy.backupDatacenters']);
  });

  test.each(['health', '/a b', '/a"b', "/a'b", '/a\nbackend evil', '/a#b', '/a?b=1', '/$(id)', '/a\\b', '/é', ''])(
    'check path %j is a problem naming the allowed pattern', (path) => {
      expect(linesOf({ port: 80, healthCheck: { path } })).toEqual([expect.stringMatching(/^haproxy\.healthCheck\.path = .*: an absolute URL path matching/)]);
    });

  test('a check path longer than 1024 characters is a problem', () => {
    expect(fieldsOf({ port: 80, healthCheck: { path: `/${'a'.repeat(1024)}` } })).toEqual(['haproxy.healthCheck.path']);
  });

  test.each(HOSTILE_NON_NAMES)('hostile string %j is refused in every string field', (hostile) => {
    const props = fromJavaScript({
      port: 80, mode: hostile, balance: hostile, backendName: hostile, healthCheck: { path: hostile }, backupDatacenters: [hostile],
    });
    expect(fieldsOf(props))
      .toEqual(expect.arrayContaining(['haproxy.mode', 'haproxy.balance', 'haproxy.backendName', 'haproxy.healthCheck.path', 'haproxy.backupDatacenters[0]']));
  });

  test('every problem is reported, not only the first', () => {
    expect(fieldsOf(fromJavaScript({ port: 0, mode: 'udp', balance: 'x', healthCheck: { path: 'x', expectStatus: 1, intervalSeconds: 0, fall: 0, rise: 0 } }))).toEqual([
      'haproxy.port', 'haproxy.mode', 'haproxy.balance', 'haproxy.healthCheck.path', 'haproxy.healthCheck.expectStatus',
      'haproxy.healthCheck.intervalSeconds', 'haproxy.healthCheck.fall', 'haproxy.healthCheck.rise',
    ]);
  });
});

describe('renderHaproxyBackend', () => {
  test('renders the seed backend: mode, balance, the HTTP check, check timings and one server per member', () => {
    expect(SEED_BACKEND).toBe([
      'backend my_service',
      '    mode http',
      '    balance roundrobin',
      '    option httpchk',
      '    http-check send meth GET uri /health',
      '    http-check expect status 200',
      '    default-server inter 2s fall 3 rise 2',
      '    server my-service-dc1-1 10.0.1.11:8080 check',
      '    server my-service-dc1-2 10.0.1.12:8080 check',
      '    server my-service-dc2-1 10.0.2.11:8080 check',
      '    server my-service-dc2-2 10.0.2.12:8080 check',
      '',
    ].join('\n'));
  });

  test('members of backup datacenters are marked backup, the others are not', () => {
    const backend = renderHaproxyBackend('my_service', { ...SEED_HAPROXY, backupDatacenters: ['dc2'] }, SEED_MEMBERS);
    expect(backend).toContain('    server my-service-dc2-1 10.0.2.11:8080 check backup\n');
    expect(backend).toContain('    server my-service-dc1-1 10.0.1.11:8080 check\n');
  });

  test('mode tcp has no HTTP check, only the timings', () => {
    const backend = renderHaproxyBackend('db', { port: 5432, mode: HaproxyMode.TCP, balance: HaproxyBalance.LEAST_CONN, healthCheck: { intervalSeconds: 5 } }, SEED_MEMBERS);
    expect(backend).not.toMatch(/httpchk|http-check/);
    expect(backend).toContain('backend db\n    mode tcp\n    balance leastconn\n    default-server inter 5s fall 3 rise 2\n');
  });

  test('backendName names the section', () => {
    expect(renderHaproxyBackend('my_service', { ...SEED_HAPROXY, backendName: 'web' }, [])).toMatch(/^backend web\n/);
  });

  test('a member address given as a cdktf token is used as given', () => {
    const address = Token.asString({ ref: 'vm-ip' });
    expect(renderHaproxyBackend('s', SEED_HAPROXY, [{ ...SEED_MEMBERS[0], address }])).toContain(`server my-service-dc1-1 ${address}:8080 check`);
  });

  test('a hand-written Terraform reference is used as given', () => {
    expect(renderHaproxyBackend('s', SEED_HAPROXY, [{ ...SEED_MEMBERS[0], address: '${opennebula_virtual_machine.vm.ip}' }]))
      .toContain('server my-service-dc1-1 ${opennebula_virtual_machine.vm.ip}:8080 check');
  });

  test.each(['10.0.0.1 backup', '10.0.0.1\nbackend evil', '${x.ip} backup', '', '10.0.0.1#', '"10.0.0.1"'])(
    'a literal address %j is refused', (address) => {
      expect(thrownProblems(() => renderHaproxyBackend('s', SEED_HAPROXY, [{ ...SEED_MEMBERS[0], address }])))
        .toEqual([expect.objectContaining({ path: 'haproxy', field: `address of server ${SEED_MEMBERS[0].name}`, value: JSON.stringify(address) })]);
    });

  test('a member name used twice is refused', () => {
    expect(() => renderHaproxyBackend('s', SEED_HAPROXY, [SEED_MEMBERS[0], SEED_MEMBERS[0]])).toThrow(/used twice/);
  });

  test.each(['my vm', 'vm\nbackend evil', '-vm', ''])('a member name %j is refused', (name) => {
    expect(() => renderHaproxyBackend('s', SEED_HAPROXY, [{ ...SEED_MEMBERS[0], name }])).toThrow(/server name/);
  });

  test('invalid settings are refused even when validation was skipped', () => {
    expect(() => renderHaproxyBackend('s', { port: 80, healthCheck: { path: '/x\nbackend evil' } }, SEED_MEMBERS)).toThrow(/haproxy.healthCheck.path/);
  });
});

describe('haproxyFacts', () => {
  test('carry every setting the backend needs, as strings', () => {
    expect(haproxyFacts('my_service', SEED_HAPROXY, 'dc1')).toEqual({
      haservice_haproxy_backend: 'my_service',
      haservice_haproxy_port: '8080',
      haservice_haproxy_mode: 'http',
      haservice_haproxy_balance: 'roundrobin',
      haservice_haproxy_check_path: '/health',
      haservice_haproxy_check_status: '200',
      haservice_haproxy_check_inter: '2',
      haservice_haproxy_check_fall: '3',
      haservice_haproxy_check_rise: '2',
      haservice_haproxy_backup: 'false',
    });
  });

  test('mark the VMs of a backup datacenter', () => {
    const props = { ...SEED_HAPROXY, backupDatacenters: ['dc2'] };
    expect([haproxyFacts('my_service', props, 'dc1').haservice_haproxy_backup, haproxyFacts('my_service', props, 'dc2').haservice_haproxy_backup])
      .toEqual(['false', 'true']);
  });

  test('leave the HTTP check out in mode tcp', () => {
    const facts = haproxyFacts('db', { port: 5432, mode: HaproxyMode.TCP }, 'dc1');
    expect(facts).not.toHaveProperty('haservice_haproxy_check_path');
    expect(facts).not.toHaveProperty('haservice_haproxy_check_status');
  });

  test('are named as HAPROXY_FACTS lists them', () => {
    expect(Object.keys(haproxyFacts('my_service', SEED_HAPROXY, 'dc1')).sort()).toEqual([...HAPROXY_FACTS].sort());
  });
});

describe('pqlForService', () => {
  test('selects the members by trusted facts pp_service and pp_environment, with what the backend needs', () => {
    expect(pqlForService('my_service', 'production')).toBe(
      'inventory[certname, facts.networking.ip, facts.haservice_address, trusted.extensions.pp_datacenter, '
      + 'facts.haservice_haproxy_backend, facts.haservice_haproxy_port, facts.haservice_haproxy_mode, facts.haservice_haproxy_balance, '
      + 'facts.haservice_haproxy_check_path, facts.haservice_haproxy_check_status, facts.haservice_haproxy_check_inter, '
      + 'facts.haservice_haproxy_check_fall, facts.haservice_haproxy_check_rise, facts.haservice_haproxy_backup] '
      + '{ trusted.extensions.pp_service = "my_service" and trusted.extensions.pp_environment = "production" }');
  });

  test('with a zone, also filters on pp_zone', () => {
    expect(pqlForService('my_service', 'production', 'zone_a'))
      .toMatch(/\{ trusted\.extensions\.pp_service = "my_service" and trusted\.extensions\.pp_environment = "production" and trusted\.extensions\.pp_zone = "zone_a" \}$/);
  });

  test.each(HOSTILE_NON_NAMES)('refuses service %j', (service) => {
    expect(thrownProblems(() => pqlForService(service, 'production'))).toEqual([expect.objectContaining({ path: 'pqlForService', field: 'service' })]);
  });
});

/** Declarations within the rules: every generated one must give a configuration haproxy accepts. */
const validDeclarations = fc.record({
  port: fc.integer({ min: 1, max: 65535 }),
  mode: fc.constantFrom(HaproxyMode.HTTP, HaproxyMode.TCP),
  balance: fc.constantFrom(HaproxyBalance.ROUND_ROBIN, HaproxyBalance.LEAST_CONN, HaproxyBalance.SOURCE),
  backendName: fc.option(fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/), { nil: undefined }),
  path: fc.stringMatching(/^\/[A-Za-z0-9._~/%-]{0,40}$/),
  expectStatus: fc.integer({ min: 100, max: 599 }),
  timings: fc.record({
    intervalSeconds: fc.integer({ min: 1, max: 3600 }),
    fall: fc.integer({ min: 1, max: 100 }),
    rise: fc.integer({ min: 1, max: 100 }),
  }),
  datacenters: fc.integer({ min: 1, max: 4 }),
  backupFirst: fc.boolean(),
  perDatacenter: fc.integer({ min: 0, max: 4 }),
});

type ValidDeclaration = typeof validDeclarations extends fc.Arbitrary<infer T> ? T : never;

function declared(g: ValidDeclaration): { props: HaproxyProps; members: HaproxyMember[]; dcs: string[] } {
  const dcs = Array.from({ length: g.datacenters }, (_, i) => `dc${i + 1}`);
  const props: HaproxyProps = {
    port: g.port,
    mode: g.mode,
    balance: g.balance,
    backendName: g.backendName,
    backupDatacenters: g.backupFirst && dcs.length > 1 ? [dcs[0]] : undefined,
    healthCheck: g.mode === HaproxyMode.HTTP ? { path: g.path, expectStatus: g.expectStatus, ...g.timings } : g.timings,
  };
  const members = dcs.flatMap((dc, d) => Array.from({ length: g.perDatacenter }, (_, i) => ({
    name: `svc-${dc}-${i + 1}`, address: `10.${d}.${i}.11`, datacenter: dc,
  })));
  return { props, members, dcs };
}

/** Declarations that may break any rule, with values from both sides of every limit (mode and balance as plain JavaScript may pass them). */
const anyDeclarations = fc.record({
  port: fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.constantFrom(0, 1, 65535, 65536, 1.5)),
  mode: fc.option(fc.constantFrom('http', 'tcp', 'udp', 'HTTP', 'http\n'), { nil: undefined }),
  balance: fc.option(fc.constantFrom('roundrobin', 'leastconn', 'source', 'nonsense', 'first', 'roundrobin backup'), { nil: undefined }),
  path: fc.option(fc.oneof(fc.stringMatching(/^\/[A-Za-z0-9._~/%-]{0,20}$/), fc.string({ maxLength: 20 })), { nil: undefined }),
  expectStatus: fc.option(fc.integer({ min: 0, max: 700 }), { nil: undefined }),
  intervalSeconds: fc.option(fc.integer({ min: -1, max: 4000 }), { nil: undefined }),
});

describeWithTools(['haproxy'], 'real-tool tier: haproxy -c on rendered backends', () => {
  test('accepts the seed example\'s backend', () => {
    const result = haproxyCheck(haproxyConfig(SEED_BACKEND, 'my_service'));
    expect(result.stdout + result.stderr).not.toMatch(/ALERT/);
    expect(result.status).toBe(0);
  });

  test('accepts the seed example with dc2 as backup', () => {
    const backend = renderHaproxyBackend('my_service', { ...SEED_HAPROXY, backupDatacenters: ['dc2'] }, SEED_MEMBERS);
    expect(haproxyCheck(haproxyConfig(backend, 'my_service')).status).toBe(0);
  });

  test('accepts the backend of every generated valid declaration', () => {
    fc.assert(fc.property(validDeclarations, (g) => {
      const { props, members, dcs } = declared(g);
      expect(linesOf(props, dcs)).toEqual([]);
      const result = haproxyCheck(haproxyConfig(renderHaproxyBackend('svc', props, members), props.backendName ?? 'svc', g.mode));
      expect(result.stdout + result.stderr).not.toMatch(/ALERT/);
      expect(result.status).toBe(0);
    }), { numRuns: 50 });
  });

  test('whatever validation accepts, haproxy accepts; whatever it refuses, is never rendered', () => {
    let accepted = 0;
    fc.assert(fc.property(anyDeclarations, (g) => {
      const props = fromJavaScript({
        port: g.port,
        mode: g.mode,
        balance: g.balance,
        healthCheck: { path: g.path, expectStatus: g.expectStatus, intervalSeconds: g.intervalSeconds },
      });
      if (linesOf(props).length > 0) {
        expect(() => renderHaproxyBackend('svc', props, SEED_MEMBERS)).toThrow();
      } else {
        accepted++;
        expect(haproxyCheck(haproxyConfig(renderHaproxyBackend('svc', props, SEED_MEMBERS), 'svc', props.mode)).status).toBe(0);
      }
    }), { numRuns: 60, seed: 7 });
    expect(accepted).toBeGreaterThan(0);
  });

  test('rejects a broken backend (balance nonsense) with exit 1, so the check can fail', () => {
    expect(haproxyCheck(haproxyConfig(SEED_BACKEND.replace('balance roundrobin', 'balance nonsense'), 'my_service')).status).toBe(1);
  });

  test('the path rule is needed: a path with a space, had it got through, breaks the configuration', () => {
    const broken = SEED_BACKEND.replace('uri /health', 'uri /he alth');
    expect(haproxyCheck(haproxyConfig(broken, 'my_service')).status).toBe(1);
  });
});
