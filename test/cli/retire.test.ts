/**
 * `cdktf-opennebula retire`: deactivates a member in PuppetDB before it is destroyed, and what
 * HaService writes to run it.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { retireCommand } from '../../src/cli/retire';
import { declare, synthesize } from '../support/synth';

interface Received { method: string; url: URL; body: any }

/** A stand-in for PuppetDB's query and command API: `nodes` are active until deactivated. */
async function fakePuppetDb(nodes: string[], status = 200) {
  const received: Received[] = [];
  const active = new Set(nodes);
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const url = new URL(request.url ?? '', 'http://x');
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({ method: request.method ?? '', url, body: text ? JSON.parse(text) : undefined });
      response.writeHead(status, { 'Content-Type': 'application/json' });
      if (status !== 200) return response.end('{"error":"refused"}');
      if (url.pathname === '/pdb/query/v4') return response.end(JSON.stringify([...active].map((certname) => ({ certname }))));
      active.delete(url.searchParams.get('certname') ?? '');
      return response.end('{"uuid":"x"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    active,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function retire(args: string[], sleep?: (ms: number) => Promise<void>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await retireCommand(args, {}, (l) => out.push(l), (l) => err.push(l), sleep);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the retire command', () => {
  test('deactivates the service\'s nodes that are not current members (command "deactivate node" v3), then drains', async () => {
    const puppetdb = await fakePuppetDb(['web-dc1-1-4', 'web-dc1-1-9', 'web-dc2-1-5', 'web-dc2-1-10']);
    const slept: number[] = [];
    try {
      const result = await retire(['--puppetdb-url', puppetdb.url, '--zone', 'production', '--service', 'web',
        '--keep', 'web-dc1-1-9,web-dc2-1-10', '--drain-seconds', '30'], async (ms) => { slept.push(ms); });
      expect(result).toEqual({ code: 0, out: 'retire web in production: deactivated web-dc1-1-4, web-dc2-1-5; draining 30 s', err: '' });
      const [query, ...commands] = puppetdb.received;
      expect([query.method, query.url.pathname, query.url.searchParams.get('query')]).toEqual(['GET', '/pdb/query/v4',
        'inventory[certname] { trusted.extensions.pp_service = "web" and trusted.extensions.pp_zone = "production" }']);
      expect(commands.map((c) => [c.method, c.url.pathname, c.url.searchParams.get('command'), c.url.searchParams.get('version'), c.body.certname]))
        .toEqual([['POST', '/pdb/cmd/v1', 'deactivate node', '3', 'web-dc1-1-4'], ['POST', '/pdb/cmd/v1', 'deactivate node', '3', 'web-dc2-1-5']]);
      expect(commands[0].body.producer_timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect([...puppetdb.active].sort()).toEqual(['web-dc1-1-9', 'web-dc2-1-10']);
      expect(slept).toEqual([30_000]);
    } finally {
      await puppetdb.close();
    }
  });

  test('with nothing to retire it deactivates nothing and does not drain', async () => {
    const puppetdb = await fakePuppetDb(['web-dc1-1-9']);
    const slept: number[] = [];
    try {
      const result = await retire(['--puppetdb-url', puppetdb.url, '--zone', 'production', '--service', 'web', '--keep', 'web-dc1-1-9',
        '--drain-seconds', '30'], async (ms) => { slept.push(ms); });
      expect([result.code, result.out, slept, puppetdb.received.length]).toEqual([0, 'retire web in production: no node to deactivate', [], 1]);
    } finally {
      await puppetdb.close();
    }
  });

  test('exits 1 with PuppetDB\'s answer when it refuses, and when it cannot be reached', async () => {
    const puppetdb = await fakePuppetDb([], 503);
    const args = ['--zone', 'production', '--service', 'web', '--keep', ''];
    try {
      const refused = await retire(['--puppetdb-url', puppetdb.url, ...args]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('query answered HTTP 503');
    } finally {
      await puppetdb.close();
    }
    const unreachable = await retire(['--puppetdb-url', 'http://127.0.0.1:1', ...args]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toContain('retire web in production: PuppetDB at http://127.0.0.1:1');
  });

  test.each([
    [['--zone', 'p', '--service', 's', '--keep', 'a'], /--puppetdb-url must be an http/],
    [['--puppetdb-url', 'http://x', '--zone', 'P Q', '--service', 's', '--keep', 'a'], /--zone must be a name/],
    [['--puppetdb-url', 'http://x', '--zone', 'p', '--service', 's'], /--keep is required/],
    [['--puppetdb-url', 'http://x', '--zone', 'p', '--service', 's', '--keep', 'a,B C'], /--keep must be certnames/],
    [['--puppetdb-url', 'http://x', '--zone', 'p', '--service', 's', '--keep', 'a', '--drain-seconds', '-1'], /--drain-seconds must be an integer from 0 to 3600/],
    [['--nope'], /unknown argument "--nope"/],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await retire(args as string[]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message as RegExp);
  });
});

describe('HaService with puppet.puppetDbUrl', () => {
  const synth = (puppet: object, rollout?: object) => synthesize((stack) => declare(stack, {
    datacenters: [{ name: 'dc1', clusterId: 1, networkId: 2, imageId: 3 }, { name: 'dc2', clusterId: 4, networkId: 5, imageId: 6 }],
    serviceId: 'web',
    service: { instances: 1, puppet: { server: 'puppet.example.com', ...puppet }, rollout },
  }));

  test('once every datacenter is ready, one gate retires from PuppetDB the nodes that are not current members', () => {
    const document = synth({ puppetDbUrl: 'https://puppetdb.example.com:8081' }, { drainSeconds: 20 });
    const vms = Object.keys(document.resource.opennebula_virtual_machine).sort();
    const gates = document.resource.terraform_data;
    const [retireAddress] = Object.keys(gates).filter((a) => a.startsWith('web_retire_'));
    const gate = gates[retireAddress];
    const certnames = `\${join(",", [${vms.map((a) => `"${document.resource.opennebula_virtual_machine[a].name}-\${opennebula_virtual_machine.${a}.id}"`).join(', ')}])}`;
    expect(gate.triggers_replace).toEqual({ members: certnames });
    // A dependent of every VM: replaced members are destroyed only after it ran.
    expect(gate.depends_on).toEqual(expect.arrayContaining(vms.map((a) => `opennebula_virtual_machine.${a}`)));
    expect(gate.depends_on.filter((d: string) => d.includes('_ready_'))).toHaveLength(2);
    expect(gate.provisioner[0]['local-exec'].command).toBe('$${CDKTF_OPENNEBULA_CLI:-npx --no-install cdktf-opennebula} retire --zone production'
      + ` --service web --puppetdb-url https://puppetdb.example.com:8081 --drain-seconds 20 --keep ${certnames}`
      + ' || echo "retire failed: retired members leave the pool through health checks and node-ttl" >&2');
  });

  test('without puppetDbUrl there is no retire gate', () => {
    expect(Object.keys(synth({}).resource.terraform_data).filter((a) => a.includes('retire'))).toEqual([]);
  });

  test('a URL with credentials or a path is refused without echoing it; drainSeconds needs puppetDbUrl', () => {
    expect(() => synth({ puppetDbUrl: 'https://admin:s3cret@puppetdb.example.com:8081' })).toThrow(/puppet\.puppetDbUrl = "\(not shown: may hold credentials\)"/);
    expect(() => synth({ puppetDbUrl: 'https://admin:s3cret@puppetdb.example.com:8081' })).not.toThrow(/s3cret/);
    expect(() => synth({}, { drainSeconds: 10 })).toThrow(/rollout\.drainSeconds = 10: only with puppet\.puppetDbUrl/);
    expect(() => synth({ puppetDbUrl: 'https://p:8081' }, { drainSeconds: 4000 })).toThrow(/rollout\.drainSeconds = 4000: a literal integer from 0 to 3600/);
  });
});
