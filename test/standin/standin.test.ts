/**
 * The OpenNebula XML-RPC test stand-in (standin/): wire format, template syntax and the
 * behaviour of the emulated oned 6.10 objects. Runs everywhere (no OpenTofu, no provider).
 */
import * as http from 'http';
import { USAGE, parseArgs } from '../../standin/main';
import { ErrorCode, StandIn, startStandIn } from '../../standin/server';
import { Template, TemplateSyntaxError } from '../../standin/template';
import { XmlElement, elements, parseXml, textOf } from '../../standin/xml';
import {
  RpcValue, decodeMethodCall, decodeMethodResponse, encodeMethodCall, encodeMethodResponse,
} from '../../standin/xmlrpc';

function post(url: string, body: string, method = 'POST'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { 'Content-Type': 'text/xml' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const SESSION = 'oneadmin:secret';

async function rpc(standIn: StandIn, method: string, ...params: RpcValue[]): Promise<RpcValue[]> {
  const response = await post(standIn.url, encodeMethodCall(method, [SESSION, ...params]));
  return decodeMethodResponse(response.body) as RpcValue[];
}

/** Calls a method that must succeed; returns its body. */
async function ok(standIn: StandIn, method: string, ...params: RpcValue[]): Promise<RpcValue> {
  const answer = await rpc(standIn, method, ...params);
  if (answer[0] !== true) throw new Error(`${method} failed: ${String(answer[1])}`);
  expect(answer[2]).toBe(0);
  return answer[1];
}

function child(element: XmlElement, ...path: string[]): XmlElement {
  let current = element;
  for (const name of path) {
    const next = elements(current).find((e) => e.name === name);
    if (!next) throw new Error(`no <${name}> in <${current.name}>`);
    current = next;
  }
  return current;
}

const text = (element: XmlElement, ...path: string[]) => textOf(child(element, ...path));

async function vmInfo(standIn: StandIn, id: number): Promise<XmlElement> {
  return parseXml(String(await ok(standIn, 'one.vm.info', id, false)));
}

async function vmState(standIn: StandIn, id: number): Promise<[string, string]> {
  const vm = await vmInfo(standIn, id);
  return [text(vm, 'STATE'), text(vm, 'LCM_STATE')];
}

const TEMPLATE = [
  'NAME="web_dc1"',
  'CPU="1.000000"',
  'VCPU="2"',
  'MEMORY="4096"',
  'DISK=[\n    IMAGE_ID="20",\n    SIZE="20480" ]',
  'NIC=[\n    MODEL="virtio",\n    NETWORK_ID="10" ]',
  'CONTEXT=[\n    NETWORK="YES",\n    SET_HOSTNAME="$NAME" ]',
  'SCHED_REQUIREMENTS="CLUSTER_ID = 100"',
  'SERVICE="web"',
].join('\n');

describe('XML-RPC wire format', () => {
  it('decodes typed and untyped values, entities, arrays and structs', () => {
    const call = decodeMethodCall(`<?xml version="1.0"?>
      <methodCall><methodName>one.x</methodName><params>
        <param><value><string>a &amp; b &#34;q&#34;&#xA;</string></value></param>
        <param><value>untyped</value></param>
        <param><value><i4>-7</i4></value></param>
        <param><value><int>3</int></value></param>
        <param><value><boolean>1</boolean></value></param>
        <param><value><double>0.5</double></value></param>
        <param><value><array><data><value><int>1</int></value><value><string>two</string></value></data></array></value></param>
        <param><value><struct><member><name>k</name><value><boolean>0</boolean></value></member></struct></value></param>
        <param><value><string><![CDATA[<raw>]]></string></value></param>
      </params></methodCall>`);
    expect(call).toEqual({ methodName: 'one.x', params: ['a & b "q"\n', 'untyped', -7, 3, true, 0.5, [1, 'two'], { k: false }, '<raw>'] });
  });

  it('encodes answers the way goca decodes them (string, i4, boolean) and round-trips', () => {
    const body = encodeMethodResponse([true, 'x < y & z', 0]);
    expect(body).toContain('<value><string>x &lt; y &amp; z</string></value>');
    expect(body).toContain('<value><i4>0</i4></value>');
    expect(decodeMethodResponse(body)).toEqual([true, 'x < y & z', 0]);
  });
});

describe('OpenNebula template syntax', () => {
  it('parses pairs, vectors, bare values, empty values, comments and upper-cases names', () => {
    const t = Template.parse('# a comment\nname="n"\ncpu=0.5\nempty=\nDISK=[ image_id="1", size=20 ]\nNIC=[]\n  # indented comment\nDESCRIPTION="two\nlines"');
    expect(t.get('NAME')).toBe('n');
    expect(t.get('CPU')).toBe('0.5');
    expect(t.get('EMPTY')).toBe('');
    expect(Object.fromEntries(t.vector('DISK')!.vector)).toEqual({ IMAGE_ID: '1', SIZE: '20' });
    expect(t.vector('NIC')!.vector.size).toBe(0);
    expect(t.get('DESCRIPTION')).toBe('two\nlines');
  });

  it('unescapes only \\" as oned does; other backslashes stay', () => {
    const t = Template.parse('A="say \\"hi\\""\nB="C:\\\\dir\\n"\nV=[ K="x\\"y" ]');
    expect(t.get('A')).toBe('say "hi"');
    expect(t.get('B')).toBe('C:\\\\dir\\n');
    expect(t.vector('V')!.vector.get('K')).toBe('x"y');
  });

  it('keeps the first value of a repeated key inside a vector, and every repeated attribute', () => {
    const t = Template.parse('V=[ K="1", K="2" ]\nDISK=[ ID="a" ]\nDISK=[ ID="b" ]');
    expect(t.vector('V')!.vector.get('K')).toBe('1');
    expect(t.vectors('DISK').map((d) => d.vector.get('ID'))).toEqual(['a', 'b']);
  });

  it('writes XML sorted by name, with CDATA values, keeping the order of equal names', () => {
    const t = Template.parse('Z="1"\nDISK=[ SIZE="2", IMAGE_ID="1" ]\nA="x]]>y"\nDISK=[ IMAGE_ID="3" ]');
    expect(t.toXml()).toBe('<TEMPLATE><A><![CDATA[x]]]]><![CDATA[>y]]></A><DISK><IMAGE_ID><![CDATA[1]]></IMAGE_ID><SIZE><![CDATA[2]]></SIZE></DISK>'
      + '<DISK><IMAGE_ID><![CDATA[3]]></IMAGE_ID></DISK><Z><![CDATA[1]]></Z></TEMPLATE>');
    expect(textOf(child(parseXml(t.toXml()), 'A'))).toBe('x]]>y');
  });

  it('rejects malformed templates with a parse error', () => {
    expect(() => Template.parse('A="unterminated')).toThrow(TemplateSyntaxError);
    expect(() => Template.parse('V=[ K="1" K2="2" ]')).toThrow(/expecting COMMA or CBRACKET/);
    expect(() => Template.parse('=1')).toThrow(/expecting VARIABLE/);
  });
});

describe('the OpenNebula 6.10 stand-in', () => {
  let standIn: StandIn;
  beforeEach(async () => {
    standIn = await startStandIn({ port: 0, clock: () => 1000 });
  });
  afterEach(async () => {
    await standIn.close();
  });

  it('implements the methods provider 1.5.0 uses for templates, VMs from templates and VM groups', () => {
    const methods = standIn.oned.methodNames();
    for (const method of [
      'one.system.version', 'one.grouppool.info', 'one.templatepool.info', 'one.vmpool.info', 'one.vmgrouppool.info',
      ...['allocate', 'info', 'update', 'delete', 'chmod', 'chown', 'rename', 'lock', 'unlock', 'instantiate'].map((m) => `one.template.${m}`),
      ...['info', 'action', 'update', 'updateconf', 'resize', 'rename', 'chmod', 'chown', 'lock', 'unlock'].map((m) => `one.vm.${m}`),
      ...['allocate', 'info', 'update', 'delete', 'chmod', 'chown', 'rename'].map((m) => `one.vmgroup.${m}`),
    ]) {
      expect(methods).toContain(method);
    }
  });

  it('listens on 127.0.0.1 only, answers POST /RPC2 and reports version 6.10.5 (the real-oned tier\'s)', async () => {
    expect(standIn.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/RPC2$/);
    expect(await ok(standIn, 'one.system.version')).toBe('6.10.5');
    expect((await post(standIn.url, '', 'GET')).status).toBe(405);
    await expect(startStandIn({ port: 0, host: '0.0.0.0' })).rejects.toThrow(/loopback only/);
  });

  it('refuses sessions without user:password and records unknown methods', async () => {
    const response = await post(standIn.url, encodeMethodCall('one.system.version', ['nopassword']));
    expect(decodeMethodResponse(response.body)).toEqual([false, "[one.system.version] User couldn't be authenticated, aborting call.", ErrorCode.AUTHENTICATION, -1, 0]);
    const unknown = await post(standIn.url, encodeMethodCall('one.vm.migrate', [SESSION, 1, 2]));
    expect(() => decodeMethodResponse(unknown.body)).toThrow("XML-RPC fault -506: Method 'one.vm.migrate' not defined");
    expect(standIn.state().unknownMethods).toEqual(['one.vm.migrate']);
  });

  it('answers a parameter type mismatch with an XML-RPC fault, and malformed XML too', async () => {
    const wrongType = await post(standIn.url, encodeMethodCall('one.template.info', [SESSION, 'zero', false, false]));
    expect(() => decodeMethodResponse(wrongType.body)).toThrow(/fault -501/);
    const malformed = await post(standIn.url, '<methodCall><methodName>x</methodName>');
    expect(() => decodeMethodResponse(malformed.body)).toThrow(/fault -503/);
  });

  it('allocates templates: NAME leaves the TEMPLATE body, names are unique per owner, unknown IDs are NO_EXISTS', async () => {
    const id = await ok(standIn, 'one.template.allocate', TEMPLATE);
    expect(id).toBe(0);
    const info = parseXml(String(await ok(standIn, 'one.template.info', 0, false, false)));
    expect(info.name).toBe('VMTEMPLATE');
    expect([text(info, 'ID'), text(info, 'NAME'), text(info, 'UNAME'), text(info, 'GNAME'), text(info, 'REGTIME')]).toEqual(['0', 'web_dc1', 'oneadmin', 'oneadmin', '1000']);
    expect(elements(child(info, 'PERMISSIONS')).map(textOf).join('')).toBe('110000000');
    expect(elements(child(info, 'TEMPLATE')).map((e) => e.name)).toEqual(['CONTEXT', 'CPU', 'DISK', 'MEMORY', 'NIC', 'SCHED_REQUIREMENTS', 'SERVICE', 'VCPU']);

    expect(await rpc(standIn, 'one.template.allocate', TEMPLATE)).toEqual([false,
      '[one.template.allocate] NAME is already taken by TEMPLATE 0.', ErrorCode.INTERNAL, -1, 0]);
    expect(await rpc(standIn, 'one.template.info', 42, false, false)).toEqual([false,
      '[one.template.info] Error getting virtual machine template [42].', ErrorCode.NO_EXISTS, 42, 0]);

    await ok(standIn, 'one.template.update', 0, 'MEMORY="8192"', 1);
    expect(text(parseXml(String(await ok(standIn, 'one.template.info', 0, false, false))), 'TEMPLATE', 'MEMORY')).toBe('8192');
    const pool = parseXml(String(await ok(standIn, 'one.templatepool.info', -2, -1, -1)));
    expect(elements(pool).map((t) => text(t, 'NAME'))).toEqual(['web_dc1']);
    await ok(standIn, 'one.template.delete', 0);
    expect((await rpc(standIn, 'one.template.delete', 0))[2]).toBe(ErrorCode.NO_EXISTS);
  });

  it('instantiates: PENDING for one poll, then RUNNING with a lease 10.<network>.0.<n>, context rendered, user attributes apart', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    const id = await ok(standIn, 'one.template.instantiate', 0, 'web-1', false, 'MEMORY="2048"\nTEAM="a"', false);
    expect(id).toBe(0);
    expect(await vmState(standIn, 0)).toEqual(['1', '0']); // PENDING
    expect(await vmState(standIn, 0)).toEqual(['3', '3']); // ACTIVE / RUNNING
    const vm = await vmInfo(standIn, 0);
    expect(text(vm, 'NAME')).toBe('web-1');
    expect([text(vm, 'TEMPLATE', 'MEMORY'), text(vm, 'TEMPLATE', 'TEMPLATE_ID'), text(vm, 'TEMPLATE', 'NIC', 'IP'), text(vm, 'TEMPLATE', 'NIC', 'MAC')])
      .toEqual(['2048', '0', '10.10.0.1', '02:00:0a:0a:00:01']);
    expect([text(vm, 'TEMPLATE', 'DISK', 'DISK_ID'), text(vm, 'TEMPLATE', 'DISK', 'TARGET'), text(vm, 'TEMPLATE', 'NIC', 'NIC_ID')]).toEqual(['0', 'vda', '0']);
    expect([text(vm, 'TEMPLATE', 'CONTEXT', 'SET_HOSTNAME'), text(vm, 'TEMPLATE', 'CONTEXT', 'ETH0_IP'), text(vm, 'TEMPLATE', 'CONTEXT', 'DISK_ID')])
      .toEqual(['web-1', '10.10.0.1', '1']);
    expect(elements(child(vm, 'USER_TEMPLATE')).map((e) => e.name)).toEqual(['SCHED_REQUIREMENTS', 'SERVICE', 'TEAM']);

    await ok(standIn, 'one.template.instantiate', 0, '', false, '', false);
    expect(text(await vmInfo(standIn, 1), 'NAME')).toBe('web_dc1-1');
    expect(text(await vmInfo(standIn, 1), 'TEMPLATE', 'NIC', 'IP')).toBe('10.10.0.2');
    expect(await rpc(standIn, 'one.template.instantiate', 0, '', false, 'MEMORY="0"', false)).toEqual([false,
      '[one.template.instantiate] Error allocating a new virtual machine template. MEMORY attribute must be a positive integer value', ErrorCode.ALLOCATE, -1, 0]);
  });

  it('powers off, resizes only when powered off, resumes, terminates to DONE and keeps DONE VMs readable', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    await ok(standIn, 'one.template.instantiate', 0, 'web-1', false, '', false);
    await vmState(standIn, 0);
    expect(await vmState(standIn, 0)).toEqual(['3', '3']);

    expect((await rpc(standIn, 'one.vm.resize', 0, 'MEMORY="8192"', true)).slice(0, 3)).toEqual([false,
      '[one.vm.resize] Resize action is not available for state RUNNING', ErrorCode.ACTION]);
    await ok(standIn, 'one.vm.action', 'poweroff', 0);
    expect(await vmState(standIn, 0)).toEqual(['3', '18']); // SHUTDOWN_POWEROFF
    expect(await vmState(standIn, 0)).toEqual(['8', '0']); // POWEROFF
    await ok(standIn, 'one.vm.resize', 0, 'CPU="2.000000"\nVCPU="4"\nMEMORY="8192"', true);
    await ok(standIn, 'one.vm.action', 'resume', 0);
    expect(await vmState(standIn, 0)).toEqual(['3', '20']); // BOOT_POWEROFF
    expect(await vmState(standIn, 0)).toEqual(['3', '3']);
    const resized = await vmInfo(standIn, 0);
    expect([text(resized, 'TEMPLATE', 'CPU'), text(resized, 'TEMPLATE', 'VCPU'), text(resized, 'TEMPLATE', 'MEMORY')]).toEqual(['2.000000', '4', '8192']);

    await ok(standIn, 'one.vm.updateconf', 0, 'CONTEXT=[ NETWORK="YES", SET_HOSTNAME="$NAME", EXTRA="1" ]');
    expect(text(await vmInfo(standIn, 0), 'TEMPLATE', 'CONTEXT', 'EXTRA')).toBe('1');
    await ok(standIn, 'one.vm.update', 0, 'SERVICE="web"\nOWNER="me"', 0);
    expect(elements(child(await vmInfo(standIn, 0), 'USER_TEMPLATE')).map((e) => e.name)).toEqual(['OWNER', 'SERVICE']);

    expect((await rpc(standIn, 'one.vm.action', 'fly', 0)).slice(1, 3)).toEqual(['[one.vm.action] Action "fly" is not supported', ErrorCode.ACTION]);
    await ok(standIn, 'one.vm.action', 'terminate', 0);
    expect(await vmState(standIn, 0)).toEqual(['3', '12']); // SHUTDOWN
    expect(await vmState(standIn, 0)).toEqual(['6', '0']); // DONE
    expect(await vmState(standIn, 0)).toEqual(['6', '0']);
    expect(await ok(standIn, 'one.vm.action', 'terminate', 0)).toBe(0); // nothing to do, as oned answers

    const pool = parseXml(String(await ok(standIn, 'one.vmpool.info', -2, -1, -1, -1)));
    expect(elements(pool)).toEqual([]);
    const all = parseXml(String(await ok(standIn, 'one.vmpool.info', -2, -1, -1, -2)));
    expect(elements(all).map((vm) => text(vm, 'STATE'))).toEqual(['6']);
    // The lease went back to the network.
    await ok(standIn, 'one.template.instantiate', 0, 'web-2', false, '', false);
    expect(text(await vmInfo(standIn, 1), 'TEMPLATE', 'NIC', 'IP')).toBe('10.10.0.1');

    // As oned 6.10: the pool's short bodies keep only the scheduling attributes of USER_TEMPLATE,
    // the extended pool and one.vm.info the whole of it (tags, READY).
    await ok(standIn, 'one.vm.update', 1, 'READY="YES"\nSERVICE="web"\nSCHED_MESSAGE="none"', 1);
    const userTemplateOf = async (method: string) => {
      const vms = elements(parseXml(String(await ok(standIn, method, -2, -1, -1, -1))));
      return elements(child(vms.find((vm) => text(vm, 'ID') === '1')!, 'USER_TEMPLATE')).map((e) => e.name);
    };
    expect(await userTemplateOf('one.vmpool.info')).toEqual(['SCHED_MESSAGE', 'SCHED_REQUIREMENTS']);
    expect(await userTemplateOf('one.vmpool.infoextended')).toEqual(expect.arrayContaining(['READY', 'SCHED_MESSAGE', 'SERVICE']));
    expect(elements(child(await vmInfo(standIn, 1), 'USER_TEMPLATE')).map((e) => e.name)).toEqual(expect.arrayContaining(['READY', 'SERVICE']));
  });

  it('VM groups: roles get IDs, instantiate joins a role, unknown groups and roles are refused, updates need an empty group', async () => {
    const group = 'NAME="web_dc1"\nROLE=[ NAME="web", POLICY="ANTI_AFFINED", HOST_AFFINED="", HOST_ANTI_AFFINED="" ]\nSERVICE="web"';
    expect(await ok(standIn, 'one.vmgroup.allocate', group)).toBe(0);
    expect((await rpc(standIn, 'one.vmgroup.allocate', group))[1]).toBe('[one.vmgroup.allocate] NAME is already taken by VMGroup 0.');
    await ok(standIn, 'one.template.allocate', TEMPLATE);

    const join = (role: string, groupId = 0) => `VMGROUP=[ VMGROUP_ID="${groupId}", ROLE="${role}" ]`;
    expect(await rpc(standIn, 'one.template.instantiate', 0, 'x', false, join('db'), false)).toEqual([false,
      '[one.template.instantiate] Error allocating a new virtual machine template. Role does not exist in VM Group', ErrorCode.ALLOCATE, -1, 0]);
    expect((await rpc(standIn, 'one.template.instantiate', 0, 'x', false, join('web', 7), false))[1])
      .toBe('[one.template.instantiate] Error allocating a new virtual machine template. Cannot find VM Group to associate the VM');

    await ok(standIn, 'one.template.instantiate', 0, 'web-1', false, join('web'), false);
    await ok(standIn, 'one.template.instantiate', 0, 'web-2', false, join('web'), false);
    const info = parseXml(String(await ok(standIn, 'one.vmgroup.info', 0, false)));
    expect(text(info, 'NAME')).toBe('web_dc1');
    const role = child(info, 'ROLES', 'ROLE');
    expect(elements(role).map((e) => [e.name, textOf(e)])).toEqual([
      ['HOST_AFFINED', ''], ['HOST_ANTI_AFFINED', ''], ['ID', '0'], ['NAME', 'web'], ['POLICY', 'ANTI_AFFINED'], ['VMS', '0,1'],
    ]);
    expect(elements(child(info, 'TEMPLATE')).map((e) => e.name)).toEqual(['SERVICE']);

    expect(await rpc(standIn, 'one.vmgroup.update', 0, 'SERVICE="web2"', 0)).toEqual([false,
      '[one.vmgroup.update] Cannot update template. VM Group has 2 VMs', ErrorCode.INTERNAL, -1, 0]);
    await ok(standIn, 'one.vmgroup.rename', 0, 'web_dc1_renamed');
    for (const id of [0, 1]) {
      await ok(standIn, 'one.vm.action', 'terminate', id);
      await vmState(standIn, id);
      await vmState(standIn, id);
    }
    expect(standIn.state().vmGroups[0].roles[0].vms).toEqual([]);
    await ok(standIn, 'one.vmgroup.update', 0, 'SERVICE="web2"', 0);
    await ok(standIn, 'one.vmgroup.delete', 0);
    expect(standIn.state().vmGroups).toEqual([]);
  });

  it('checks role rules like oned: an ANTI_AFFINED role cannot be in an AFFINED rule', async () => {
    const answer = await rpc(standIn, 'one.vmgroup.allocate', 'NAME="g"\nROLE=[ NAME="a", POLICY="ANTI_AFFINED" ]\nROLE=[ NAME="b" ]\nAFFINED="a, b"');
    expect(answer.slice(1, 3)).toEqual(['[one.vmgroup.allocate] Role a is in an AFFINED rule but the role policy is ANTI_AFFINED', ErrorCode.INTERNAL]);
  });

  it('locks: a USE lock stops instantiate, unlock lifts it; chmod and chown change the owner fields', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    await ok(standIn, 'one.template.lock', 0, 1);
    expect(await rpc(standIn, 'one.template.instantiate', 0, '', false, '', false)).toEqual([false,
      '[one.template.instantiate] User [0] : TEMPLATE is locked. [0].', ErrorCode.AUTHORIZATION, 0, 0]);
    expect(text(parseXml(String(await ok(standIn, 'one.template.info', 0, false, false))), 'LOCK', 'LOCKED')).toBe('1');
    await ok(standIn, 'one.template.unlock', 0);
    await ok(standIn, 'one.template.chmod', 0, -1, -1, 1, 1, 0, 0, -1, -1, -1);
    await ok(standIn, 'one.template.chown', 0, -1, 1);
    const info = parseXml(String(await ok(standIn, 'one.template.info', 0, false, false)));
    expect(elements(child(info, 'PERMISSIONS')).map(textOf).join('')).toBe('111100000');
    expect([text(info, 'GID'), text(info, 'GNAME')]).toEqual(['1', 'users']);
    expect((await rpc(standIn, 'one.template.chown', 0, -1, 99))[1]).toBe('[one.template.chown] Error getting group [99].');
    const groups = parseXml(String(await ok(standIn, 'one.grouppool.info')));
    expect(elements(groups).map((g) => text(g, 'NAME'))).toEqual(['oneadmin', 'users']);
  });

  it('with transientPolls 0, a VM is RUNNING at the first poll', async () => {
    const quick = await startStandIn({ port: 0, transientPolls: 0 });
    try {
      await ok(quick, 'one.template.allocate', TEMPLATE);
      await ok(quick, 'one.template.instantiate', 0, 'web-1', false, '', false);
      expect(await vmState(quick, 0)).toEqual(['3', '3']);
      await ok(quick, 'one.template.instantiate', 0, 'web-2', true, '', false);
      expect(await vmState(quick, 1)).toEqual(['2', '0']); // HOLD
    } finally {
      await quick.close();
    }
  });
});

/** Each spec is a difference test/oned/fidelity.test.ts found between the stand-in and a real oned 6.10.5, and fixed. */
describe('the stand-in answers as a real oned 6.10.5 does (found by the fidelity test)', () => {
  let standIn: StandIn;
  beforeEach(async () => {
    standIn = await startStandIn({ port: 0, transientPolls: 0 });
  });
  afterEach(async () => {
    await standIn.close();
  });

  const group = 'NAME="web_dc1"\nROLE=[ NAME="web", POLICY="ANTI_AFFINED" ]\nSERVICE="web"';

  it('a name taken is refused by the pool: INTERNAL with the pool\'s message alone, for templates and VM groups', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    await ok(standIn, 'one.vmgroup.allocate', group);
    expect((await rpc(standIn, 'one.template.allocate', TEMPLATE)).slice(1, 3)).toEqual(['[one.template.allocate] NAME is already taken by TEMPLATE 0.', ErrorCode.INTERNAL]);
    expect((await rpc(standIn, 'one.vmgroup.allocate', group)).slice(1, 3)).toEqual(['[one.vmgroup.allocate] NAME is already taken by VMGroup 0.', ErrorCode.INTERNAL]);
    expect((await rpc(standIn, 'one.vmgroup.allocate', 'NAME="g2"\nROLE=[ NAME="a" ]\nROLE=[ NAME="a" ]')).slice(1, 3)).toEqual(['[one.vmgroup.allocate] Role already exists', ErrorCode.INTERNAL]);
  });

  it('an update keeps a NAME sent in the template body (templates and VM groups); the object keeps its name', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    await ok(standIn, 'one.template.update', 0, `${TEMPLATE}\nZONE="production"`, 0);
    const template = parseXml(String(await ok(standIn, 'one.template.info', 0, false, false)));
    expect([text(template, 'NAME'), text(template, 'TEMPLATE', 'NAME'), text(template, 'TEMPLATE', 'ZONE')]).toEqual(['web_dc1', 'web_dc1', 'production']);
    await ok(standIn, 'one.vmgroup.allocate', group);
    await ok(standIn, 'one.vmgroup.update', 0, `${group}\nZONE="production"`, 0);
    const vmGroup = parseXml(String(await ok(standIn, 'one.vmgroup.info', 0, false)));
    expect(elements(child(vmGroup, 'TEMPLATE')).map((e) => e.name)).toEqual(['NAME', 'SERVICE', 'ZONE']);
  });

  it('a locked object refuses as oned\'s authorization manager does: AUTHORIZATION, "User [uid] : TYPE is locked. [id]."', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    await ok(standIn, 'one.template.instantiate', 0, 'web-1', false, '', false);
    await ok(standIn, 'one.vmgroup.allocate', group);
    await ok(standIn, 'one.template.lock', 0, 1);
    await ok(standIn, 'one.vm.lock', 0, 1);
    await ok(standIn, 'one.vmgroup.lock', 0, 1);
    expect((await rpc(standIn, 'one.template.update', 0, 'A="1"', 1)).slice(1, 3)).toEqual(['[one.template.update] User [0] : TEMPLATE is locked. [0].', ErrorCode.AUTHORIZATION]);
    expect((await rpc(standIn, 'one.vm.action', 'poweroff', 0)).slice(1, 3)).toEqual(['[one.vm.action] User [0] : VM is locked. [0].', ErrorCode.AUTHORIZATION]);
    expect((await rpc(standIn, 'one.vmgroup.delete', 0)).slice(1, 3)).toEqual(['[one.vmgroup.delete] User [0] : VMGROUP is locked. [0].', ErrorCode.AUTHORIZATION]);
  });

  it('wrong-state actions are worded as oned words them; terminating a DONE VM succeeds and changes nothing', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    await ok(standIn, 'one.template.instantiate', 0, 'web-1', false, '', false);
    await vmState(standIn, 0);
    expect((await rpc(standIn, 'one.vm.action', 'resume', 0)).slice(1, 3))
      .toEqual(['[one.vm.action] Error performing action "resume": This action is not available for state RUNNING', ErrorCode.ACTION]);
    await ok(standIn, 'one.vm.action', 'terminate', 0);
    expect(await vmState(standIn, 0)).toEqual(['6', '0']);
    expect(await ok(standIn, 'one.vm.action', 'terminate', 0)).toBe(0);
    expect(await ok(standIn, 'one.vm.action', 'terminate-hard', 0)).toBe(0);
    expect(await vmState(standIn, 0)).toEqual(['6', '0']);
  });

  it('terminate waits for a shutdown under way; terminate-hard overrides it', async () => {
    const slow = await startStandIn({ port: 0, transientPolls: 2 });
    try {
      await ok(slow, 'one.template.allocate', TEMPLATE);
      await ok(slow, 'one.template.instantiate', 0, 'web-1', false, '', false);
      for (let i = 0; i < 3; i++) await vmState(slow, 0);
      await ok(slow, 'one.vm.action', 'terminate', 0);
      expect(await vmState(slow, 0)).toEqual(['3', '12']); // SHUTDOWN
      expect((await rpc(slow, 'one.vm.action', 'terminate', 0)).slice(1, 3))
        .toEqual(['[one.vm.action] Error performing action "terminate": Could not terminate VM 0, wrong state ACTIVE.', ErrorCode.ACTION]);
      expect(await ok(slow, 'one.vm.action', 'terminate-hard', 0)).toBe(0);
    } finally {
      await slow.close();
    }
  });

  it('instantiate errors name the template, as oned\'s one.template.instantiate words them', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    expect((await rpc(standIn, 'one.template.instantiate', 0, 'x', false, 'VMGROUP=[ VMGROUP_ID="7", ROLE="web" ]', false))[1])
      .toBe('[one.template.instantiate] Error allocating a new virtual machine template. Cannot find VM Group to associate the VM');
    expect((await rpc(standIn, 'one.vm.allocate', 'NAME="x"\nCPU="1"\nMEMORY="0"', false))[1])
      .toBe('[one.vm.allocate] Error allocating a new virtual machine. MEMORY attribute must be a positive integer value');
  });

  it('the context gets every network variable oned writes per NIC, empty when the network has no such attribute', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    await ok(standIn, 'one.template.instantiate', 0, 'web-1', false, 'NIC=[ NETWORK_ID="10", GATEWAY="10.10.0.254" ]\nNIC=[ NETWORK_ID="11" ]', false);
    const context = child(await vmInfo(standIn, 0), 'TEMPLATE', 'CONTEXT');
    const variables = ['DNS', 'EXTERNAL', 'GATEWAY', 'IP', 'IP6', 'IP6_GATEWAY', 'IP6_METHOD', 'IP6_METRIC', 'IP6_PREFIX_LENGTH', 'IP6_ULA', 'MAC',
      'MASK', 'METHOD', 'METRIC', 'MTU', 'NETWORK', 'SEARCH_DOMAIN', 'VLAN_ID', 'VROUTER_IP', 'VROUTER_IP6', 'VROUTER_MANAGEMENT'];
    expect(elements(context).map((e) => e.name)).toEqual([
      'DISK_ID', ...variables.map((v) => `ETH0_${v}`), ...variables.map((v) => `ETH1_${v}`), 'NETWORK', 'SET_HOSTNAME', 'TARGET',
    ]);
    expect([text(context, 'ETH0_IP'), text(context, 'ETH0_GATEWAY'), text(context, 'ETH0_DNS'), text(context, 'ETH1_IP')])
      .toEqual(['10.10.0.1', '10.10.0.254', '', '10.11.0.1']);
  });

  it('TOKEN=YES in the context adds ONEGATE_ENDPOINT and VMID (and CREATED_BY to the VM); without an endpoint the VM is refused', async () => {
    await ok(standIn, 'one.template.allocate', TEMPLATE);
    await ok(standIn, 'one.template.instantiate', 0, 'web-1', false, 'CONTEXT=[ TOKEN="YES", REPORT_READY="YES" ]', false);
    const vm = await vmInfo(standIn, 0);
    expect([text(vm, 'TEMPLATE', 'CONTEXT', 'ONEGATE_ENDPOINT'), text(vm, 'TEMPLATE', 'CONTEXT', 'VMID'), text(vm, 'TEMPLATE', 'CREATED_BY')])
      .toEqual(['http://127.0.0.1:5030', '0', '0']);
    const none = await startStandIn({ port: 0, onegateEndpoint: '' });
    try {
      await ok(none, 'one.template.allocate', TEMPLATE);
      const refused = await rpc(none, 'one.template.instantiate', 0, 'web-1', false, 'CONTEXT=[ TOKEN="YES" ]', false);
      expect(refused[1]).toBe('[one.template.instantiate] Error allocating a new virtual machine template. TOKEN set, but onegate endpoint was not defined in oned.conf.');
      expect(refused[2]).toBe(ErrorCode.ALLOCATE);
      expect(none.state().vms).toEqual([]);
      await ok(none, 'one.template.instantiate', 0, 'web-1', false, '', false);
      expect(none.state().vms[0].ip).toBe('10.10.0.1'); // no lease kept by the refused VM
    } finally {
      await none.close();
    }
  });
});

describe('standin/main.ts arguments', () => {
  it('parses --port, --transient-polls and --quiet, and rejects the rest', () => {
    expect(parseArgs([])).toEqual({ port: 2633, transientPolls: 1, quiet: false });
    expect(parseArgs(['--port', '0', '--transient-polls', '0', '--quiet'])).toEqual({ port: 0, transientPolls: 0, quiet: true });
    expect(parseArgs(['--port=2700'])).toMatchObject({ port: 2700 });
    expect(() => parseArgs(['--port', 'x'])).toThrow(/--port needs an integer/);
    expect(() => parseArgs(['--bind', '0.0.0.0'])).toThrow(/unknown argument/);
    expect(USAGE).toMatch(/TEST STAND-IN of the OpenNebula 6\.10\.5 XML-RPC API/);
  });
});
