/**
 * `cdktf-opennebula retire`: deactivates a member in PuppetDB before it is destroyed, and what
 * HaService writes to run it.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { retireCommand } from '../../src/cli/retire';
import { declare, synthesize } from '../support/synth';

interface Received { url: string; body: any }

/** A stand-in for PuppetDB's command endpoint, answering `status`. */
async function fakePuppetDb(status = 200): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ url: request.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(status === 200 ? '{"uuid":"x"}' : '{"error":"refused"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function retire(args: string[], sleep?: (ms: number) => Promise<void>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await retireCommand(args, {}, (l) => out.push(l), (l) => err.push(l), sleep);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the retire command', () => {
  test('posts PuppetDB\'s "deactivate node" command (version 3) for the certname, then drains', async () => {
    const puppetdb = await fakePuppetDb();
    const slept: number[] = [];
    try {
      const result = await retire(['--certname', 'my-service-dc1-1-42', '--puppetdb-url', puppetdb.url, '--drain-seconds', '30'],
        async (ms) => { slept.push(ms); });
      expect(result).toEqual({ code: 0, out: 'retire my-service-dc1-1-42: deactivated in PuppetDB; draining 30 s', err: '' });
      expect(puppetdb.received).toHaveLength(1);
      const url = new URL(puppetdb.received[0].url, 'http://x');
      expect([url.pathname, url.searchParams.get('command'), url.searchParams.get('version'), url.searchParams.get('certname')])
        .toEqual(['/pdb/cmd/v1', 'deactivate node', '3', 'my-service-dc1-1-42']);
      expect(puppetdb.received[0].body).toEqual({ certname: 'my-service-dc1-1-42', producer_timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      expect(slept).toEqual([30_000]);
    } finally {
      await puppetdb.close();
    }
  });

  test('exits 1 with PuppetDB\'s answer when it refuses, and when it cannot be reached', async () => {
    const puppetdb = await fakePuppetDb(503);
    try {
      const refused = await retire(['--certname', 'a-1', '--puppetdb-url', puppetdb.url]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('PuppetDB answered HTTP 503');
    } finally {
      await puppetdb.close();
    }
    const unreachable = await retire(['--certname', 'a-1', '--puppetdb-url', 'http://127.0.0.1:1']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toContain('cannot reach PuppetDB at http://127.0.0.1:1');
  });

  test.each([
    [['--puppetdb-url', 'http://x'], /--certname must be a Puppet certname/],
    [['--certname', 'A B', '--puppetdb-url', 'http://x'], /--certname must be a Puppet certname/],
    [['--certname', 'a-1', '--puppetdb-url', 'ftp://x'], /--puppetdb-url must be an http/],
    [['--certname', 'a-1', '--puppetdb-url', 'http://x', '--drain-seconds', '-1'], /--drain-seconds must be an integer from 0 to 3600/],
    [['--certname', 'a-1', '--nope'], /unknown argument "--nope"/],
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

  test('every VM retires itself from PuppetDB, under its certname, just before it is destroyed', () => {
    const document = synth({ puppetDbUrl: 'https://puppetdb.example.com:8081' }, { drainSeconds: 20 });
    const vms = Object.values<any>(document.resource.opennebula_virtual_machine);
    expect(vms).toHaveLength(2);
    for (const vm of vms) {
      expect(vm.provisioner).toEqual([{
        'local-exec': {
          when: 'destroy',
          command: '$${CDKTF_OPENNEBULA_CLI:-npx --no-install cdktf-opennebula} retire --certname ${self.name}-${self.id}'
            + ' --puppetdb-url https://puppetdb.example.com:8081 --drain-seconds 20'
            + ' || echo "retire failed: the member leaves the pool through health checks and node-ttl" >&2',
        },
      }]);
    }
  });

  test('without puppetDbUrl no VM has a destroy-time provisioner', () => {
    const vms = Object.values<any>(synth({}).resource.opennebula_virtual_machine);
    expect(vms.map((vm) => vm.provisioner)).toEqual([undefined, undefined]);
  });

  test('a URL with credentials or a path is refused without echoing it; drainSeconds needs puppetDbUrl', () => {
    expect(() => synth({ puppetDbUrl: 'https://admin:s3cret@puppetdb.example.com:8081' })).toThrow(/puppet\.puppetDbUrl = "\(not shown: may hold credentials\)"/);
    expect(() => synth({ puppetDbUrl: 'https://admin:s3cret@puppetdb.example.com:8081' })).not.toThrow(/s3cret/);
    expect(() => synth({}, { drainSeconds: 10 })).toThrow(/rollout\.drainSeconds = 10: only with puppet\.puppetDbUrl/);
    expect(() => synth({ puppetDbUrl: 'https://p:8081' }, { drainSeconds: 4000 })).toThrow(/rollout\.drainSeconds = 4000: a literal integer from 0 to 3600/);
  });
});
