/**
 * What the placement audit reads through the real XML-RPC client, from a loopback server that
 * answers oned's documents: the VM pool read in pages, hosts with their HOST_SHARE, VM groups;
 * malformed or partial answers give a clear error (exit 2), never a stack trace; and a zone of
 * 5,000 VMs on 200 hosts is read and audited in seconds with one pool call per kind of object
 * (the VM pool in pages of 500).
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { NOW, bigZone, groupXml, hostXml, vmXml } from './placement-fixtures';
import { auditPlacement } from '../../src/cli/placement-audit';
import { placementAuditCommand } from '../../src/cli/placement-audit-command';
import { OneApiError, OneClient, ZoneHost, ZoneVm, ZoneVmGroup } from '../../src/opennebula/client';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const answer = (doc: string) => '<?xml version="1.0"?><methodResponse><params><param><value><array><data><value><boolean>1</boolean></value>'
  + `<value><string>${escape(doc)}</string></value><value><int>0</int></value></data></array></value></param></params></methodResponse>`;

/** A loopback XML-RPC server answering the pool calls from `zone`, or `override` for a method. */
async function serve(zone: { vms: ZoneVm[]; hosts: ZoneHost[]; groups: ZoneVmGroup[] }, override: { [method: string]: string } = {}) {
  const calls: string[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const method = /<methodName>([^<]+)<\/methodName>/.exec(body)![1];
      const ints = [...body.matchAll(/<int>(-?\d+)<\/int>/g)].map((m) => Number(m[1]));
      calls.push(`${method}(${ints.join(',')})`);
      let doc: string;
      if (method in override) {doc = override[method];} else if (method === 'one.vmpool.infoextended') {
        const [, offset, end] = ints;
        doc = `<VM_POOL>${zone.vms.slice(offset, offset - end).map(vmXml).join('')}</VM_POOL>`;
      } else if (method === 'one.hostpool.info') {doc = `<HOST_POOL>${zone.hosts.map(hostXml).join('')}</HOST_POOL>`;} else if (method === 'one.vmgrouppool.info') {doc = `<VM_GROUP_POOL>${zone.groups.map(groupXml).join('')}</VM_GROUP_POOL>`;} else if (method === 'one.vm.info') {doc = vmXml(zone.vms.find((vm) => vm.id === ints[0])!);} else {doc = '';}
      response.writeHead(200, { 'Content-Type': 'text/xml' });
      response.end(answer(doc));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/RPC2`;
  return { endpoint, calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const small = () => bigZone({ services: 2, dcs: 2, perDc: 2, hostsPerDc: 3, extraVms: 3 });

describe('the placement reads of OneClient', () => {
  test('reads VMs (last history record, capacity, VM group, tags), hosts (HOST_SHARE, VMS) and VM groups as oned writes them', async () => {
    const zone = small();
    const server = await serve(zone);
    try {
      const client = new OneClient({ endpoint: server.endpoint, username: 'oneadmin', password: 'x' });
      const [vms, hosts, groups] = await Promise.all([client.placementPool(), client.hostPool(), client.vmGroupPool()]);
      expect(vms).toEqual(zone.vms);
      expect(hosts).toEqual(zone.hosts);
      expect(groups).toEqual(zone.groups);
      expect(await client.vmPlacement(3)).toEqual(zone.vms[3]);
      expect(server.calls).toContain('one.vmpool.infoextended(-2,0,-500,-1)');
    } finally {
      await server.close();
    }
  });

  test('the VM pool is read in pages until a page is short', async () => {
    const zone = small();
    const server = await serve(zone);
    try {
      const client = new OneClient({ endpoint: server.endpoint, username: 'oneadmin', password: 'x' });
      expect((await client.placementPool(3)).map((vm) => vm.id)).toEqual(zone.vms.map((vm) => vm.id));
      expect(server.calls).toEqual(['one.vmpool.infoextended(-2,0,-3,-1)', 'one.vmpool.infoextended(-2,3,-3,-1)',
        'one.vmpool.infoextended(-2,6,-3,-1)', 'one.vmpool.infoextended(-2,9,-3,-1)']);
    } finally {
      await server.close();
    }
  });

  test.each([
    ['one.hostpool.info', 'not xml <', /one\.hostpool\.info: the answer is not an XML document/],
    ['one.hostpool.info', '<VM_POOL/>', /one\.hostpool\.info: expected a <HOST_POOL> document, got <VM_POOL>/],
    ['one.hostpool.info', '<HOST_POOL><HOST><ID>3</ID><NAME>h</NAME><STATE>2</STATE><CLUSTER_ID>0</CLUSTER_ID></HOST></HOST_POOL>', /one\.hostpool\.info: HOST "3": no HOST_SHARE\/MAX_CPU/],
    ['one.vmpool.infoextended', '<VM_POOL><VM><ID>7</ID><STATE>running</STATE></VM></VM_POOL>', /one\.vmpool\.infoextended: VM "7": STATE is not an integer: "running"/],
    ['one.vmpool.infoextended', '<VM_POOL><VM><ID>7</ID><STATE>3</STATE><LCM_STATE>3</LCM_STATE><TEMPLATE><CPU>lots</CPU></TEMPLATE></VM></VM_POOL>', /VM "7": TEMPLATE\/CPU is not a number/],
    ['one.vmgrouppool.info', '<VM_GROUP_POOL><VM_GROUP><ID>1</ID><NAME>g</NAME><ROLES><ROLE><NAME>r</NAME><VMS>1,x</VMS></ROLE></ROLES></VM_GROUP></VM_GROUP_POOL>', /VM_GROUP "1": ROLES\/ROLE\/VMS is not a list of IDs/],
  ])('a malformed answer of %s is a OneApiError that says what is wrong', async (method, doc, message) => {
    const server = await serve(small(), { [method]: doc });
    try {
      const client = new OneClient({ endpoint: server.endpoint, username: 'oneadmin', password: 'x' });
      const read = method === 'one.hostpool.info' ? client.hostPool() : method === 'one.vmgrouppool.info' ? client.vmGroupPool() : client.placementPool();
      await expect(read).rejects.toThrow(OneApiError);
      await expect(read).rejects.toThrow(message);
    } finally {
      await server.close();
    }
  });

  test('the command exits 2 on a partial answer, with the reason and no stack trace', async () => {
    const server = await serve(small(), { 'one.hostpool.info': '<HOST_POOL><HOST><ID>3</ID></HOST></HOST_POOL>' });
    try {
      const err: string[] = [];
      const code = await placementAuditCommand([], {
        out: () => undefined,
        err: (l) => err.push(l),
        env: { OPENNEBULA_ENDPOINT: server.endpoint, OPENNEBULA_USERNAME: 'oneadmin', OPENNEBULA_PASSWORD: 'x' },
      });
      expect(code).toBe(2);
      expect(err.join('\n')).toBe(`placement-audit: cannot read the zone at ${server.endpoint}: one.hostpool.info: HOST "3": no STATE`);
    } finally {
      await server.close();
    }
  });

  test('5,000 VMs on 200 hosts: read (11 pages of VMs, one call for hosts and one for groups) and audited in seconds', async () => {
    const zone = bigZone({ services: 600, dcs: 2, perDc: 3, hostsPerDc: 100, extraVms: 1400 });
    expect([zone.vms.length, zone.hosts.length]).toEqual([5000, 200]);
    const server = await serve(zone);
    try {
      const client = new OneClient({ endpoint: server.endpoint, username: 'oneadmin', password: 'x' });
      const started = Date.now();
      const [vms, hosts, vmGroups] = await Promise.all([client.placementPool(), client.hostPool(), client.vmGroupPool()]);
      const read = Date.now();
      const report = auditPlacement({ vms, hosts, vmGroups }, { now: NOW });
      const done = Date.now();
      expect(report.counts).toMatchObject({ services: 600, members: 3600, vms: 5000, hosts: 200, violations: 0 });
      expect(server.calls.filter((c) => c.startsWith('one.vmpool.infoextended'))).toHaveLength(11);
      expect(server.calls.filter((c) => !c.startsWith('one.vmpool.infoextended')).sort()).toEqual(['one.hostpool.info()', 'one.vmgrouppool.info(-2,-1,-1)']);
      // eslint-disable-next-line no-console
      console.log(`placement audit, 5,000 VMs and 200 hosts on loopback: read in ${((read - started) / 1000).toFixed(2)} s, audited in ${((done - read) / 1000).toFixed(2)} s`);
      expect(done - started).toBeLessThan(20_000);
    } finally {
      await server.close();
    }
  }, 60_000);
});
