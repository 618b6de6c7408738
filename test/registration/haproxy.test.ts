import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { HaproxyMember, HaproxyProps, renderHaproxyBackend } from '../../src';
import { Problems } from '../../src/core/validation';
import { validateHaproxy } from '../../src/registration/haproxy';
import { describeWithTools } from '../support/tofu';

const SEED_MEMBERS: HaproxyMember[] = [
  { name: 'my-service-dc1-1', address: '10.0.1.11', datacenter: 'dc1' },
  { name: 'my-service-dc1-2', address: '10.0.1.12', datacenter: 'dc1' },
  { name: 'my-service-dc2-1', address: '10.0.2.11', datacenter: 'dc2' },
  { name: 'my-service-dc2-2', address: '10.0.2.12', datacenter: 'dc2' },
];
const SEED: HaproxyProps = { port: 8080, healthCheck: { path: '/health' } };

/** A complete HAProxy configuration around one backend, as `haproxy -c` wants it. */
function fullConfig(backend: string, backendName: string, mode = 'http'): string {
  return [
    'global', '    log stdout format raw local0', '',
    'defaults', `    mode ${mode}`, '    timeout connect 5s', '    timeout client 30s', '    timeout server 30s', '',
    'frontend service_in', '    bind 127.0.0.1:18080', `    default_backend ${backendName}`, '',
    backend,
  ].join('\n');
}

function haproxyCheck(config: string): { status: number; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haproxy-'));
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, config);
  const result = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8' });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

function problemsOf(props: HaproxyProps, datacenters = ['dc1', 'dc2']): string[] {
  const problems = new Problems('test/my_service');
  validateHaproxy(problems, props, datacenters);
  return problems.all.map((p) => `${p.field} = ${p.value}: ${p.allowed}`);
}

describe('the HAProxy backend', () => {
  test('renders mode, balance, the HTTP check, check timings and one server per member', () => {
    expect(renderHaproxyBackend('my_service', SEED, SEED_MEMBERS)).toBe([
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

  test('members of backup datacenters are marked backup', () => {
    const backend = renderHaproxyBackend('my_service', { ...SEED, backupDatacenters: ['dc2'] }, SEED_MEMBERS);
    expect(backend).toContain('server my-service-dc2-1 10.0.2.11:8080 check backup');
    expect(backend).toContain('server my-service-dc1-1 10.0.1.11:8080 check\n');
  });

  test('tcp mode has no HTTP check', () => {
    const backend = renderHaproxyBackend('db', { port: 5432, mode: 'tcp', balance: 'leastconn' }, SEED_MEMBERS);
    expect(backend).not.toContain('httpchk');
    expect(backend).toContain('    mode tcp\n    balance leastconn\n');
  });

  test('duplicate member names and non-IPv4 literal addresses are refused', () => {
    expect(() => renderHaproxyBackend('s', SEED, [SEED_MEMBERS[0], SEED_MEMBERS[0]])).toThrow(/not a unique DNS label/);
    expect(() => renderHaproxyBackend('s', SEED, [{ ...SEED_MEMBERS[0], address: '10.0.0.1 backup' }])).toThrow(/not an IPv4 address/);
    expect(() => renderHaproxyBackend('s', SEED, [{ ...SEED_MEMBERS[0], address: '${x.ip} backup' }])).toThrow(/not an IPv4 address/);
    expect(renderHaproxyBackend('s', SEED, [{ ...SEED_MEMBERS[0], address: '${opennebula_virtual_machine.vm.ip}' }]))
      .toContain('server my-service-dc1-1 ${opennebula_virtual_machine.vm.ip}:8080 check');
  });

  test.each<[HaproxyProps, string]>([
    [{ port: 0 }, 'haproxy.port = 0'],
    [{ port: 70000 }, 'haproxy.port = 70000'],
    [{ port: 80, mode: 'udp' }, 'haproxy.mode = "udp": one of http, tcp'],
    [{ port: 80, balance: 'random' }, 'haproxy.balance = "random": one of roundrobin, leastconn, source'],
    [{ port: 80, healthCheck: { path: 'health' } }, 'haproxy.healthCheck.path = "health"'],
    [{ port: 80, healthCheck: { path: '/a b' } }, 'haproxy.healthCheck.path'],
    [{ port: 80, healthCheck: { path: '/x"\nbackend evil' } }, 'haproxy.healthCheck.path'],
    [{ port: 80, healthCheck: { expectStatus: 99 } }, 'haproxy.healthCheck.expectStatus = 99'],
    [{ port: 80, healthCheck: { intervalSeconds: 0 } }, 'haproxy.healthCheck.intervalSeconds = 0'],
    [{ port: 80, healthCheck: { fall: 0 } }, 'haproxy.healthCheck.fall = 0'],
    [{ port: 80, healthCheck: { rise: 101 } }, 'haproxy.healthCheck.rise = 101'],
    [{ port: 80, mode: 'tcp', healthCheck: { path: '/' } }, 'only intervalSeconds, fall and rise in tcp mode'],
    [{ port: 80, backupDatacenters: ['dc9'] }, 'haproxy.backupDatacenters[0] = "dc9"'],
    [{ port: 80, backupDatacenters: ['dc1', 'dc2'] }, 'at least one must take traffic'],
    [{ port: 80, backendName: 'My Backend' }, 'haproxy.backendName = "My Backend"'],
  ])('%p is rejected', (props, expected) => {
    expect(problemsOf(props).join('\n')).toContain(expected);
  });

  test('a valid declaration has no problems', () => {
    const props = { ...SEED, backupDatacenters: ['dc2'], balance: 'source', healthCheck: { path: '/v1/health%20x', expectStatus: 204 } };
    expect(problemsOf(props)).toEqual([]);
  });
});

const props = fc.record({
  port: fc.integer({ min: 1, max: 65535 }),
  mode: fc.constantFrom('http', 'tcp'),
  balance: fc.constantFrom('roundrobin', 'leastconn', 'source'),
  path: fc.stringMatching(/^\/[A-Za-z0-9._~/%-]{0,30}$/),
  timings: fc.record({
    intervalSeconds: fc.integer({ min: 1, max: 60 }), fall: fc.integer({ min: 1, max: 10 }), rise: fc.integer({ min: 1, max: 10 }),
  }),
  backup: fc.boolean(),
  members: fc.integer({ min: 1, max: 6 }),
});

describeWithTools(['haproxy'], 'real-tool tier: haproxy -c', () => {
  test('accepts the seed service\'s backend', () => {
    const result = haproxyCheck(fullConfig(renderHaproxyBackend('my_service', SEED, SEED_MEMBERS), 'my_service'));
    expect(result.output).not.toMatch(/ALERT/);
    expect(result.status).toBe(0);
  });

  test('accepts the backend of every valid generated declaration', () => {
    fc.assert(fc.property(props, (g) => {
      const declared: HaproxyProps = {
        port: g.port,
        mode: g.mode,
        balance: g.balance,
        backupDatacenters: g.backup ? ['dc2'] : undefined,
        healthCheck: g.mode === 'http' ? { path: g.path, ...g.timings } : g.timings,
      };
      expect(problemsOf(declared)).toEqual([]);
      const members = Array.from({ length: g.members }, (_, i) => ({
        name: `svc-dc${(i % 2) + 1}-${i + 1}`, address: `10.0.${i % 2}.${i + 10}`, datacenter: `dc${(i % 2) + 1}`,
      }));
      const result = haproxyCheck(fullConfig(renderHaproxyBackend('svc', declared, members), 'svc', g.mode));
      expect(result.output).not.toMatch(/ALERT/);
      expect(result.status).toBe(0);
    }), { numRuns: 40 });
  });

  test('rejects a broken backend, so the check can fail', () => {
    const broken = renderHaproxyBackend('my_service', SEED, SEED_MEMBERS).replace('balance roundrobin', 'balance nonsense');
    expect(haproxyCheck(fullConfig(broken, 'my_service')).status).toBe(1);
  });
});
