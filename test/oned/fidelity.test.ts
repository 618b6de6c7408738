/**
 * Fidelity of the stand-in (standin/) to a REAL OpenNebula 6.10.5 (oned/zone.ts): one scripted
 * sequence of XML-RPC calls, the ones terraform-provider-opennebula 1.5.0 and this library's
 * commands make for the library's resources, runs against both, and what the provider reads of
 * each answer is compared: the success flag, the error code, a class of the error message and
 * its wording, and for info answers a projection of the fields the provider reads.
 *
 * Volatile values are normalized, each where it is read: IDs become the symbols the script gave
 * its objects (T1, G1, VM1), times (REGTIME, STIME, ETIME, LOCK/TIME) are left out, addresses keep
 * only their shape (an IPv4 address, and a MAC that is 02:00 followed by it), the OneGate
 * endpoint only its presence, pools only the script's objects, and how many polls a wait takes is
 * not recorded (only the state it ends in).
 *
 * Every difference found is either fixed in the stand-in or listed in standin/README.md
 * ("Known differences found by the fidelity test"); the test asserts that the differences it
 * observes are exactly that list, so a new difference fails it, and so does a fixed one until
 * the README drops it.
 *
 * Needs the OpenNebula build (toolchain/oned.sh); otherwise the real-oned part is skipped loudly
 * (REQUIRE_REAL_ONED=1: fails). The script's own normalization is checked without oned, stand-in
 * against stand-in.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { describeWithRealOned } from './support';
import { RealZone } from '../../oned/zone';
import { XmlNode, child, childrenNamed, readXml, textAt } from '../../src/opennebula/xml';
import { StandIn, startStandIn } from '../../standin/server';

// ---------------------------------------------------------------------------------------------
// A raw XML-RPC client: the whole answer array (success, body, error code), as goca reads it,
// never an exception for a refused call.

type Param = string | number | boolean;

/** One answer as the provider's client (goca) sees it. */
interface RawAnswer {
  /** An XML-RPC fault instead of an answer array (xmlrpc-c refusing the call itself). */
  readonly fault?: { code: number; message: string };
  readonly ok: boolean;
  readonly body: string | number | boolean;
  readonly code: number;
}

function post(url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} within 30 s`)));
    request.on('error', reject);
    request.end(body);
  });
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function encodeParam(value: Param): string {
  if (typeof value === 'boolean') return `<value><boolean>${value ? 1 : 0}</boolean></value>`;
  if (typeof value === 'number') return `<value><int>${value}</int></value>`;
  return `<value><string>${escapeXml(value)}</string></value>`;
}

function decodeValue(value: XmlNode | undefined): string | number | boolean {
  if (!value) return '';
  const typed = value.children[0];
  if (!typed) return value.text;
  switch (typed.name) {
    case 'boolean': return typed.text.trim() === '1';
    case 'int': case 'i4': case 'i8': return Number(typed.text.trim());
    default: return typed.text;
  }
}

async function rpc(url: string, session: string, method: string, params: Param[]): Promise<RawAnswer> {
  const body = `<?xml version="1.0"?><methodCall><methodName>${escapeXml(method)}</methodName><params>`
    + [session, ...params].map((p) => `<param>${encodeParam(p)}</param>`).join('') + '</params></methodCall>';
  const root = readXml(await post(url, body));
  const fault = child(root, 'fault');
  if (fault) {
    const members = childrenNamed(child(child(fault, 'value'), 'struct'), 'member');
    const member = (name: string) => decodeValue(child(members.find((m) => textAt(m, 'name') === name), 'value'));
    return { fault: { code: Number(member('faultCode')), message: String(member('faultString')) }, ok: false, body: '', code: 0 };
  }
  const values = childrenNamed(child(child(child(child(child(root, 'params'), 'param'), 'value'), 'array'), 'data'), 'value').map(decodeValue);
  return { ok: values[0] === true, body: values[1] ?? '', code: typeof values[2] === 'number' ? values[2] : Number.NaN };
}

// ---------------------------------------------------------------------------------------------
// What the provider reads of an answer, with volatile values normalized.

/** A JSON value: the projection of one answer. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The kinds of object the script makes. */
type Kind = 'template' | 'vmgroup' | 'vm';

/**
 * IDs the script got back, by value, per kind. IDs are volatile (a zone or stand-in that made
 * other objects first counts on, and oned spends VM IDs on some refused instantiates), so every ID
 * field is written as the symbol the script gave the object (T1, G1, VM1, ...); an ID nobody
 * registered stays a number.
 */
class Symbols {
  private readonly byKind: { [kind: string]: Map<number, string> } = { template: new Map(), vmgroup: new Map(), vm: new Map() };

  public register(kind: Kind, id: number, symbol: string): void {
    this.byKind[kind].set(id, symbol);
  }

  public name(kind: Kind, id: string | number | undefined): Json {
    if (id === undefined) return null;
    return this.byKind[kind].get(Number(id)) ?? (/^-?\d+$/.test(String(id)) ? Number(id) : String(id));
  }

  public known(kind: Kind, id: string | undefined): boolean {
    return this.byKind[kind].has(Number(id));
  }

  public id(symbol: string): number {
    for (const map of Object.values(this.byKind)) for (const [id, s] of map) if (s === symbol) return id;
    return -1;
  }
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * An OpenNebula template element (TEMPLATE, USER_TEMPLATE, a vector) as plain data: single
 * attributes as text, vectors as objects, repeated names as lists (always lists for DISK and NIC).
 */
function templateData(node: XmlNode | undefined): { [name: string]: Json } {
  const out: { [name: string]: Json } = {};
  for (const c of node?.children ?? []) {
    const value: Json = c.children.length > 0 ? templateData(c) : c.text;
    const existing = out[c.name];
    if (existing === undefined) out[c.name] = ['DISK', 'NIC'].includes(c.name) ? [value] : value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[c.name] = [existing, value];
  }
  return out;
}

function pick(data: { [name: string]: Json }, names: string[]): { [name: string]: Json } {
  const out: { [name: string]: Json } = {};
  for (const n of names) if (data[n] !== undefined) out[n] = data[n];
  return out;
}

function permissions(node: XmlNode): Json {
  const bits = (prefix: string) => ['U', 'M', 'A'].reduce((n, b, i) => n + (Number(textAt(node, `PERMISSIONS/${prefix}_${b}`)) === 1 ? [4, 2, 1][i] : 0), 0);
  return child(node, 'PERMISSIONS') ? `${bits('OWNER')}${bits('GROUP')}${bits('OTHER')}` : null;
}

/** ID, NAME, owner, PERMISSIONS (as the provider's 3 digits) and LOCK/LOCKED: read on every object. */
function common(node: XmlNode, symbols: Symbols, kind: Kind): { [name: string]: Json } {
  return {
    ID: symbols.name(kind, textAt(node, 'ID')),
    NAME: textAt(node, 'NAME') ?? null,
    UID: textAt(node, 'UID') ?? null,
    GID: textAt(node, 'GID') ?? null,
    UNAME: textAt(node, 'UNAME') ?? null,
    GNAME: textAt(node, 'GNAME') ?? null,
    PERMISSIONS: permissions(node),
    // LOCK/TIME is a time and LOCK/OWNER, LOCK/REQ_ID are not read: only the level is kept.
    LOCK: textAt(node, 'LOCK/LOCKED') ?? null,
  };
}

/**
 * CONTEXT as the guest and the provider see it: the keys the script sent (after oned's `$`
 * substitution), the context disk (DISK_ID, TARGET), the first NIC's address variables (their
 * values normalized: an IPv4 address, and a MAC that is 02:00 followed by that address, OpenNebula's
 * default), OneGate's (the endpoint's port is the zone's, volatile: only its presence is kept), and
 * the names of every other key.
 */
function contextData(context: { [name: string]: Json }, sentKeys: string[]): { [name: string]: Json } {
  const out: { [name: string]: Json } = {};
  const seen = new Set<string>();
  const keep = (key: string, value: Json) => {
    seen.add(key);
    if (context[key] !== undefined) out[key] = value;
  };
  for (const key of sentKeys) keep(key, context[key]);
  for (const key of ['DISK_ID', 'TARGET']) keep(key, context[key]);
  const ip = String(context.ETH0_IP ?? '');
  keep('ETH0_IP', IPV4.test(ip) ? '<an IPv4 address>' : ip);
  keep('ETH0_MAC', String(context.ETH0_MAC ?? '') === macOf(ip) ? '<02:00 + ETH0_IP>' : context.ETH0_MAC);
  keep('ONEGATE_ENDPOINT', '<set>');
  out['(other keys)'] = Object.keys(context).filter((k) => !seen.has(k)).sort().join(' ');
  return out;
}

function macOf(ip: string): string {
  const m = IPV4.exec(ip);
  return m ? ['02', '00', ...m.slice(1).map((o) => Number(o).toString(16).padStart(2, '0'))].join(':') : '';
}

/** The script's context keys: CONTEXT attributes it sends in templates and instantiate calls. */
const SENT_CONTEXT_KEYS = ['NETWORK', 'SET_HOSTNAME', 'SSH_PUBLIC_KEY', 'SERVICE_NAME', 'TOKEN', 'REPORT_READY', 'PUPPET_SERVER'];

/** What the provider (and the library's wait-ready) reads of a `<VM>`. */
function vmData(vm: XmlNode, symbols: Symbols): { [name: string]: Json } {
  const template = templateData(child(vm, 'TEMPLATE'));
  const user = templateData(child(vm, 'USER_TEMPLATE'));
  const vmgroup = template.VMGROUP as { [name: string]: Json } | undefined;
  const disks = (template.DISK ?? []) as Array<{ [name: string]: Json }>;
  const nics = (template.NIC ?? []) as Array<{ [name: string]: Json }>;
  return {
    ...common(vm, symbols, 'vm'),
    STATE: textAt(vm, 'STATE') ?? null,
    LCM_STATE: textAt(vm, 'LCM_STATE') ?? null,
    TEMPLATE: {
      ...pick(template, ['CPU', 'VCPU', 'MEMORY', 'SCHED_REQUIREMENTS']),
      TEMPLATE_ID: template.TEMPLATE_ID === undefined ? null : symbols.name('template', String(template.TEMPLATE_ID)),
      DISK: disks.map((d) => pick(d, ['IMAGE_ID', 'SIZE'])),
      NIC: nics.map((n) => ({
        ...pick(n, ['NETWORK_ID']),
        // Addresses are volatile (the network's range): an IPv4 address, and OpenNebula's default MAC for it.
        IP: IPV4.test(String(n.IP ?? '')) ? '<an IPv4 address>' : n.IP ?? null,
        MAC: String(n.MAC ?? '') === macOf(String(n.IP ?? '')) ? '<02:00 + IP>' : n.MAC ?? null,
      })),
      CONTEXT: template.CONTEXT === undefined ? null : contextData(template.CONTEXT as { [name: string]: Json }, SENT_CONTEXT_KEYS),
      VMGROUP: vmgroup === undefined ? null : { VMGROUP_ID: symbols.name('vmgroup', String(vmgroup.VMGROUP_ID)), ROLE: vmgroup.ROLE ?? null },
    },
    USER_TEMPLATE: user,
  };
}

/**
 * What the provider reads of a `<VMTEMPLATE>`: every attribute of TEMPLATE (tags, sections,
 * capacity, CONTEXT), each DISK as IMAGE_ID and SIZE. (The extended read the provider makes before
 * an instantiate adds the image's attributes to each DISK; the provider takes only CONTEXT, the
 * single attributes and the vector names from it.) REGTIME is a time: not kept.
 */
function templateInfoData(t: XmlNode, symbols: Symbols): { [name: string]: Json } {
  const template = templateData(child(t, 'TEMPLATE'));
  if (template.DISK !== undefined) template.DISK = (template.DISK as Array<{ [name: string]: Json }>).map((d) => pick(d, ['IMAGE_ID', 'SIZE']));
  return { ...common(t, symbols, 'template'), TEMPLATE: template };
}

function vmGroupData(g: XmlNode, symbols: Symbols): { [name: string]: Json } {
  return {
    ...common(g, symbols, 'vmgroup'),
    ROLES: childrenNamed(child(g, 'ROLES'), 'ROLE').map((r) => {
      const role = templateData(r);
      const vms = String(role.VMS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      return { ...role, VMS: vms.map((v) => symbols.name('vm', v)) };
    }),
    TEMPLATE: templateData(child(g, 'TEMPLATE')),
  };
}

/**
 * Error messages, by what they say: oned's and the stand-in's wording may differ in details
 * (object names, punctuation, IDs), the class may not. Unknown wordings become their own class:
 * the message with the method prefix and numbers removed.
 */
const MESSAGE_CLASSES: Array<[string, RegExp]> = [
  ['authentication', /couldn't be authenticated|authentication/i],
  ['not found', /Error getting .*\[-?\d+\]|does not exist|Cannot find/i],
  ['locked', /is locked/i],
  ['wrong state', /not available for state|not available in state|Wrong state/i],
  ['name taken', /already taken/i],
  ['vm group has VMs', /VM Group has \d+ VMs/i],
  ['role does not exist', /Role .*does not exist|role does not exist/i],
];

function messageClass(message: string): string {
  for (const [name, pattern] of MESSAGE_CLASSES) if (pattern.test(message)) return name;
  return `other: ${message.replace(/^\[[\w.]+\]\s*/, '').replace(/\d+/g, 'N').replace(/\s+/g, ' ').trim()}`;
}

/** Where messages name an object by ID, and its kind: written as the object's symbol. */
const MESSAGE_IDS: Array<[RegExp, Kind]> = [
  [/(virtual machine template \[)(\d+)(\])/g, 'template'],
  [/(virtual machine \[)(\d+)(\])/g, 'vm'],
  [/(vm group \[)(\d+)(\])/g, 'vmgroup'],
  [/(TEMPLATE is locked\. \[)(\d+)(\])/g, 'template'],
  [/(VM is locked\. \[)(\d+)(\])/g, 'vm'],
  [/(VMGROUP is locked\. \[)(\d+)(\])/g, 'vmgroup'],
  [/(taken by TEMPLATE )(\d+)()/g, 'template'],
  [/(taken by VMGroup )(\d+)()/g, 'vmgroup'],
  [/(terminate VM )(\d+)()/g, 'vm'],
];

/**
 * The message itself, compared too: oned's wording, with the IDs of the script's objects as their
 * symbols (IDs are volatile: a real oned spends a VM ID on some refused instantiates).
 */
function normalizedMessage(message: string, symbols: Symbols): string {
  return MESSAGE_IDS.reduce((text, [pattern, kind]) => text.replace(pattern, (_all, before: string, id: string, after: string) => `${before}${String(symbols.name(kind, id))}${after}`), message);
}

/** How a step reads its answer's body when it succeeds. */
type Reader = 'id' | 'version' | 'template' | 'vm' | 'vmgroup' | 'templatepool' | 'vmpool' | 'vmgrouppool';

function project(answer: RawAnswer, reader: Reader, symbols: Symbols, kind: Kind): Json {
  if (answer.fault) return { fault: answer.fault.code };
  if (!answer.ok) {
    const message = String(answer.body);
    return { ok: false, code: answer.code, class: messageClass(message), message: normalizedMessage(message, symbols) };
  }
  const body = answer.body;
  switch (reader) {
    // The ID an allocate, update, action... answers: the symbol of the object it names.
    case 'id': return { ok: true, code: answer.code, body: symbols.name(kind, typeof body === 'number' ? body : String(body)) };
    case 'version': return { ok: true, code: answer.code, body: String(body) };
    case 'template': return { ok: true, code: answer.code, body: templateInfoData(readXml(String(body)), symbols) };
    case 'vm': return { ok: true, code: answer.code, body: vmData(readXml(String(body)), symbols) };
    case 'vmgroup': return { ok: true, code: answer.code, body: vmGroupData(readXml(String(body)), symbols) };
    // Pools: the script's own objects only (what else a zone holds is not the script's).
    case 'templatepool':
      return {
        ok: true,
        code: answer.code,
        body: {
          VMTEMPLATE: childrenNamed(readXml(String(body)), 'VMTEMPLATE').filter((t) => symbols.known('template', textAt(t, 'ID')))
            .map((t) => ({ ID: symbols.name('template', textAt(t, 'ID')), NAME: textAt(t, 'NAME') ?? null })),
        },
      };
    case 'vmgrouppool':
      return {
        ok: true,
        code: answer.code,
        body: { VM_GROUP: childrenNamed(readXml(String(body)), 'VM_GROUP').filter((g) => symbols.known('vmgroup', textAt(g, 'ID'))).map((g) => vmGroupData(g, symbols)) },
      };
    case 'vmpool':
      return {
        ok: true,
        code: answer.code,
        // The library's clear-ready finds a service's members by their tags in USER_TEMPLATE.
        body: {
          VM: childrenNamed(readXml(String(body)), 'VM').filter((v) => symbols.known('vm', textAt(v, 'ID'))).map((v) => ({
            'ID': symbols.name('vm', textAt(v, 'ID')),
            'NAME': textAt(v, 'NAME') ?? null,
            'STATE': textAt(v, 'STATE') ?? null,
            'LCM_STATE': textAt(v, 'LCM_STATE') ?? null,
            // The values are compared in one.vm.info; here, which attributes the pool answer carries.
            'USER_TEMPLATE (names)': (child(v, 'USER_TEMPLATE')?.children ?? []).map((a) => a.name).sort().join(' '),
          })),
        },
      };
  }
}

// ---------------------------------------------------------------------------------------------
// The script.

/** One call of the script and what the provider reads of its answer. */
interface Observation {
  readonly step: string;
  readonly method: string;
  readonly projection: Json;
  /** The message of a refused call, as sent (not compared: its class is). */
  readonly message?: string;
  /** The body as sent, for FIDELITY_DUMP only (never compared). */
  readonly raw?: string | number | boolean;
}

interface Target {
  readonly url: string;
  readonly session: string;
  /** Pause between polls of a VM's state. */
  readonly pollMs: number;
}

/** The zone's objects the script uses (the stand-in accepts any IDs: it gets the same numbers). */
interface Fixture {
  readonly clusterId: number;
  readonly networkId: number;
  readonly imageId: number;
}

const VM_STATE = { PENDING: 1, HOLD: 2, ACTIVE: 3, DONE: 6, POWEROFF: 8 };
const LCM_RUNNING = 3;
const MISSING_ID = 99999;

/** A template text as goca's dynamic templates write it: `KEY="value"`, vectors `KEY=[\n  K="v",\n  K2="v2" ]`. */
function tpl(attributes: Array<[string, string | Array<[string, string]>]>): string {
  const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return attributes.map(([k, v]) => (typeof v === 'string' ? `${k}=${quote(v)}` : `${k}=[\n${v.map(([a, b]) => `  ${a}=${quote(b)}`).join(',\n')} ]`)).join('\n');
}

class Run {
  public readonly observations: Observation[] = [];
  public readonly symbols = new Symbols();

  constructor(private readonly target: Target) {}

  /** Calls `method` as oneadmin (or with `session`), records what the provider reads, returns the answer. */
  public async call(step: string, method: string, params: Param[], reader: Reader = 'id', options: { kind?: Kind; session?: string } = {}): Promise<RawAnswer> {
    const answer = await rpc(this.target.url, options.session ?? this.target.session, method, params);
    this.observations.push({
      step,
      method,
      projection: project(answer, reader, this.symbols, options.kind ?? kindOf(method)),
      ...(answer.ok ? {} : { message: answer.fault ? `fault ${answer.fault.code}: ${answer.fault.message}` : String(answer.body) }),
      raw: answer.body,
    });
    return answer;
  }

  /** An allocate or instantiate: its ID registered as `symbol` (-1 when refused). */
  public async allocate(step: string, method: string, params: Param[], kind: Kind, symbol: string): Promise<number> {
    const answer = await rpc(this.target.url, this.target.session, method, params);
    if (answer.ok && typeof answer.body === 'number') this.symbols.register(kind, answer.body, symbol);
    this.observations.push({
      step, method, projection: project(answer, 'id', this.symbols, kind), ...(answer.ok ? {} : { message: String(answer.body) }),
    });
    return answer.ok && typeof answer.body === 'number' ? answer.body : -1;
  }

  /**
   * Polls one.vm.info until the VM reaches `state` (and `lcm`), as the provider's waits do; only
   * the last answer is recorded (how many polls it takes is timing, not fidelity).
   */
  public async waitVm(step: string, id: number, state: number, lcm?: number, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let answer: RawAnswer;
    for (;;) {
      answer = await rpc(this.target.url, this.target.session, 'one.vm.info', [id, false]);
      if (!answer.ok) break;
      const vm = readXml(String(answer.body));
      if (Number(textAt(vm, 'STATE')) === state && (lcm === undefined || Number(textAt(vm, 'LCM_STATE')) === lcm)) break;
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, this.target.pollMs));
    }
    this.observations.push({
      step, method: 'one.vm.info', projection: project(answer, 'vm', this.symbols, 'vm'), ...(answer.ok ? {} : { message: String(answer.body) }), raw: answer.body,
    });
  }
}

function kindOf(method: string): Kind {
  if (method.startsWith('one.template')) return 'template';
  if (method.startsWith('one.vmgroup')) return 'vmgroup';
  return 'vm';
}

/**
 * The sequence: what provider 1.5.0 does for opennebula_template, opennebula_virtual_machine_group
 * and opennebula_virtual_machine (from a template, in a VM group role), what the library's
 * readiness gates do (one.vm.update merge of READY, one.vmpool.info), and the refusals the
 * provider meets (name taken, locked, VM group with VMs, missing IDs, wrong password, wrong state).
 */
async function runScript(target: Target, fixture: Fixture): Promise<Run> {
  const run = new Run(target);
  const { clusterId, networkId, imageId } = fixture;
  const context: Array<[string, string]> = [
    ['NETWORK', 'YES'], ['SET_HOSTNAME', '$NAME'], ['SSH_PUBLIC_KEY', '$USER[SSH_PUBLIC_KEY]'], ['SERVICE_NAME', 'fid'],
  ];
  // The provider's template create, in its order: NAME, CONTEXT, DISK, CPU, MEMORY, VCPU, tags,
  // SCHED_REQUIREMENTS, DESCRIPTION, default tags, NIC.
  const templateBody = (tags: Array<[string, string]>) => tpl([
    ['NAME', 'fid-template'], ['CONTEXT', context], ['DISK', [['IMAGE_ID', String(imageId)], ['SIZE', '2048']]],
    ['CPU', '0.5'], ['MEMORY', '512'], ['VCPU', '2'], ...tags,
    ['SCHED_REQUIREMENTS', `CLUSTER_ID = ${clusterId}`], ['DESCRIPTION', 'fid in dc1, managed by cdktf-opennebula'],
    ['MANAGED_BY', 'cdktf-opennebula'], ['NIC', [['MODEL', 'virtio'], ['NETWORK_ID', String(networkId)]]],
  ]);
  const tags: Array<[string, string]> = [['DATACENTER', 'dc1'], ['SERVICE', 'fid']];

  // Provider start, and a wrong password.
  await run.call('provider start', 'one.system.version', [], 'version');
  await run.call('wrong password', 'one.system.version', [], 'version', { session: 'oneadmin:not-the-password' });

  // opennebula_template: create, read (refresh and the VM's extended read), data source, update, chmod, lock.
  const t1 = await run.allocate('template create', 'one.template.allocate', [templateBody(tags)], 'template', 'T1');
  await run.allocate('template create, name taken', 'one.template.allocate', [templateBody(tags)], 'template', 'T-twin');
  await run.call('template read', 'one.template.info', [t1, false, false], 'template');
  await run.call('template read, extended', 'one.template.info', [t1, true, false], 'template');
  await run.call('template data source', 'one.templatepool.info', [-2, -1, -1], 'templatepool');
  await run.call('template update (replace)', 'one.template.update', [t1, templateBody([...tags, ['ZONE', 'production']]), 0]);
  await run.call('template read after update', 'one.template.info', [t1, false, false], 'template');
  await run.call('template chmod 640', 'one.template.chmod', [t1, 1, 1, 0, 1, 0, 0, 0, 0, 0]);
  await run.call('template lock (USE)', 'one.template.lock', [t1, 1]);
  await run.call('template read, locked', 'one.template.info', [t1, false, false], 'template');
  await run.call('template update, locked', 'one.template.update', [t1, templateBody(tags), 0]);
  await run.call('template unlock', 'one.template.unlock', [t1]);

  // opennebula_virtual_machine_group: create, read, update while empty.
  const groupBody = (extra: Array<[string, string]>) => tpl([
    ['NAME', 'fid-group'],
    ['ROLE', [['NAME', 'members'], ['HOST_AFFINED', ''], ['HOST_ANTI_AFFINED', ''], ['POLICY', 'ANTI_AFFINED']]],
    ...extra,
  ]);
  const g1 = await run.allocate('vm group create', 'one.vmgroup.allocate', [groupBody(tags)], 'vmgroup', 'G1');
  await run.allocate('vm group create, name taken', 'one.vmgroup.allocate', [groupBody(tags)], 'vmgroup', 'G-twin');
  await run.call('vm group read', 'one.vmgroup.info', [g1, false], 'vmgroup');
  await run.call('vm group update (replace), no VMs', 'one.vmgroup.update', [g1, groupBody([...tags, ['ZONE', 'production']]), 0]);
  await run.call('vm group read after update', 'one.vmgroup.info', [g1, false], 'vmgroup');

  // opennebula_virtual_machine from the template, in the group's role: the provider's extra
  // template (NAME, CONTEXT merged over the template's, capacity, VMGROUP, tags).
  const vmExtra = (name: string, group: number, role: string, extraContext: Array<[string, string]> = []) => tpl([
    ['NAME', name], ['CONTEXT', [...context, ['PUPPET_SERVER', 'puppet.example.com'], ...extraContext]],
    ['CPU', '0.5'], ['MEMORY', '512'], ['VCPU', '2'], ['VMGROUP', [['VMGROUP_ID', String(group)], ['ROLE', role]]], ...tags,
  ]);
  await run.call('template read before instantiate', 'one.template.info', [t1, true, false], 'template');
  await run.allocate('instantiate, role not in the group', 'one.template.instantiate', [t1, 'fid-vm-x', false, vmExtra('fid-vm-x', g1, 'nope'), false], 'vm', 'VM-x');
  await run.allocate('instantiate, no such group', 'one.template.instantiate', [t1, 'fid-vm-y', false, vmExtra('fid-vm-y', MISSING_ID, 'members'), false], 'vm', 'VM-y');
  await run.allocate('instantiate, no such template', 'one.template.instantiate', [MISSING_ID, 'fid-vm-z', false, vmExtra('fid-vm-z', g1, 'members'), false], 'vm', 'VM-z');
  const vm1 = await run.allocate('instantiate', 'one.template.instantiate', [t1, 'fid-vm-1', false, vmExtra('fid-vm-1', g1, 'members'), false], 'vm', 'VM1');
  await run.waitVm('vm read until RUNNING', vm1, VM_STATE.ACTIVE, LCM_RUNNING);
  await run.call('vm resume, RUNNING', 'one.vm.action', ['resume', vm1]);
  await run.call('vm group read, one VM', 'one.vmgroup.info', [g1, false], 'vmgroup');
  await run.call('vm group update, one VM', 'one.vmgroup.update', [g1, groupBody(tags), 0]);
  await run.call('vm group data source', 'one.vmgrouppool.info', [-2, -1, -1], 'vmgrouppool');

  // Tags (provider: replace USER_TEMPLATE), READY (the library's gates: merge), the gates' pool read.
  await run.call('vm update (replace): tags', 'one.vm.update', [vm1, tpl([...tags, ['ZONE', 'production'], ['SCHED_REQUIREMENTS', `CLUSTER_ID = ${clusterId}`]]), 0]);
  await run.call('vm read after tags', 'one.vm.info', [vm1, false], 'vm');
  await run.call('vm update (merge): READY=YES', 'one.vm.update', [vm1, 'READY = "YES"', 1]);
  await run.call('vm read after READY', 'one.vm.info', [vm1, false], 'vm');
  await run.call('vm pool, short bodies', 'one.vmpool.info', [-2, -1, -1, -1], 'vmpool');
  await run.call('readiness gate: vm pool, whole bodies (tags, READY)', 'one.vmpool.infoextended', [-2, -1, -1, -1], 'vmpool');
  await run.call('vm rename', 'one.vm.rename', [vm1, 'fid-vm-1b']);

  // Lock and unlock.
  await run.call('vm lock (USE)', 'one.vm.lock', [vm1, 1]);
  await run.call('vm read, locked', 'one.vm.info', [vm1, false], 'vm');
  await run.call('vm poweroff, locked', 'one.vm.action', ['poweroff', vm1]);
  await run.call('vm unlock', 'one.vm.unlock', [vm1]);

  // A capacity change: poweroff, resize (enforce), resume; resize refused while RUNNING.
  await run.call('vm resize, RUNNING', 'one.vm.resize', [vm1, tpl([['CPU', '1'], ['VCPU', '4'], ['MEMORY', '1024']]), true]);
  await run.call('vm poweroff', 'one.vm.action', ['poweroff', vm1]);
  await run.waitVm('vm read until POWEROFF', vm1, VM_STATE.POWEROFF);
  await run.call('vm resize, POWEROFF', 'one.vm.resize', [vm1, tpl([['CPU', '1'], ['VCPU', '4'], ['MEMORY', '1024']]), true]);
  await run.call('vm read after resize', 'one.vm.info', [vm1, false], 'vm');
  await run.call('vm resume', 'one.vm.action', ['resume', vm1]);
  await run.waitVm('vm read until RUNNING again', vm1, VM_STATE.ACTIVE, LCM_RUNNING);

  // A context change: updateconf, then the provider waits for RUNNING.
  await run.call('vm updateconf: CONTEXT', 'one.vm.updateconf', [vm1, tpl([['CONTEXT', [...context, ['PUPPET_SERVER', 'puppet2.example.com']]]])]);
  await run.waitVm('vm read after updateconf', vm1, VM_STATE.ACTIVE, LCM_RUNNING);

  // The readiness gates' VMs: TOKEN=YES in the context (oned needs ONEGATE_ENDPOINT for it).
  const g2 = await run.allocate('vm group create (token VMs)', 'one.vmgroup.allocate', [tpl([['NAME', 'fid-group-2'], ['ROLE', [['NAME', 'members'], ['POLICY', 'NONE']]]])], 'vmgroup', 'G2');
  const vm2 = await run.allocate('instantiate, TOKEN=YES', 'one.template.instantiate',
    [t1, 'fid-vm-token', false, vmExtra('fid-vm-token', g2, 'members', [['TOKEN', 'YES'], ['REPORT_READY', 'YES']]), false], 'vm', 'VM2');
  await run.waitVm('vm read until RUNNING, TOKEN=YES', vm2, VM_STATE.ACTIVE, LCM_RUNNING);

  // Delete a VM group that still has a VM (the provider deletes the VMs first; what oned says).
  await run.call('vm group delete, one VM', 'one.vmgroup.delete', [g2]);

  // Destroy: terminate, wait for DONE (a DONE VM stays readable), then the group and the template.
  await run.call('vm terminate', 'one.vm.action', ['terminate', vm1]);
  await run.waitVm('vm read until DONE', vm1, VM_STATE.DONE);
  await run.call('vm terminate, DONE', 'one.vm.action', ['terminate', vm1]);
  await run.call('vm group read, VM gone', 'one.vmgroup.info', [g1, false], 'vmgroup');
  await run.call('vm group delete', 'one.vmgroup.delete', [g1]);
  await run.call('vm group read, deleted', 'one.vmgroup.info', [g1, false], 'vmgroup');
  await run.call('vm terminate-hard (token VM)', 'one.vm.action', ['terminate-hard', vm2]);
  await run.waitVm('vm read until DONE (token VM)', vm2, VM_STATE.DONE);
  await run.call('vm group read (token VMs), VM gone', 'one.vmgroup.info', [g2, false], 'vmgroup');
  await run.call('vm group delete (token VMs)', 'one.vmgroup.delete', [g2]);
  await run.call('template delete', 'one.template.delete', [t1]);
  await run.call('template read, deleted', 'one.template.info', [t1, false, false], 'template');

  // Missing IDs: what the provider's Exists hooks test for.
  await run.call('vm read, missing', 'one.vm.info', [MISSING_ID, false], 'vm');
  await run.call('vm group read, missing', 'one.vmgroup.info', [MISSING_ID, false], 'vmgroup');
  await run.call('template read, missing', 'one.template.info', [MISSING_ID, false, false], 'template');
  await run.call('vm action, missing', 'one.vm.action', ['terminate', MISSING_ID]);
  return run;
}

// ---------------------------------------------------------------------------------------------
// Comparison.

/** One field where the stand-in and oned answered differently. */
interface Difference {
  /** `method: field`, e.g. `one.vm.info: TEMPLATE/CONTEXT/(other keys)`: the README's key. */
  readonly key: string;
  readonly step: string;
  readonly standIn: Json | undefined;
  readonly real: Json | undefined;
}

/** Leaves of a projection by path; list items as `NAME[i]`. */
function flatten(value: Json, prefix: string, out: Map<string, Json>): Map<string, Json> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}/${k}` : k, out);
  } else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
    if (value.length === 0) out.set(prefix, []);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function compare(standIn: Observation[], real: Observation[]): Difference[] {
  const differences: Difference[] = [];
  const steps = Math.max(standIn.length, real.length);
  for (let i = 0; i < steps; i++) {
    const s = standIn[i];
    const r = real[i];
    if (!s || !r || s.step !== r.step) {
      differences.push({ key: `script: step ${i}`, step: s?.step ?? r?.step ?? '', standIn: s?.step ?? null, real: r?.step ?? null });
      break;
    }
    const a = flatten(s.projection, '', new Map());
    const b = flatten(r.projection, '', new Map());
    // A call that succeeds on one side only is one difference (its outcome), not one per field.
    if (a.get('ok') !== b.get('ok') || a.has('fault') !== b.has('fault')) {
      const outcome = (m: Map<string, Json>) => (m.has('fault') ? `fault ${String(m.get('fault'))}` : m.get('ok') ? 'ok' : `refused: ${String(m.get('class'))} (${String(m.get('code'))})`);
      differences.push({ key: `${s.method}: outcome`, step: s.step, standIn: outcome(a), real: outcome(b) });
      continue;
    }
    for (const field of new Set([...a.keys(), ...b.keys()])) {
      if (JSON.stringify(a.get(field)) === JSON.stringify(b.get(field))) continue;
      // Another class of message is one difference, not two (its wording differs too).
      if (field === 'message' && a.get('class') !== b.get('class')) continue;
      differences.push({ key: `${s.method}: ${field.replace(/^body\//, '').replace(/\[\d+\]/g, '[]')}`, step: s.step, standIn: a.get(field), real: b.get(field) });
    }
  }
  return differences;
}

/** The keys of differences, each once, in order. */
function differenceKeys(differences: Difference[]): string[] {
  return [...new Set(differences.map((d) => d.key))].sort();
}

const README = path.join(__dirname, '..', '..', 'standin', 'README.md');
const DIFFERENCES_HEADING = '## Known differences found by the fidelity test';

/**
 * The documented differences: rows of the table under DIFFERENCES_HEADING in standin/README.md,
 * `| call | field | stand-in | real oned | why it does not matter |`, keyed `call: field`.
 */
function documentedKeys(readme: string): string[] {
  const start = readme.indexOf(DIFFERENCES_HEADING);
  if (start < 0) return [];
  const section = readme.slice(start + DIFFERENCES_HEADING.length).split(/\n## /)[0];
  const rows = section.split('\n').filter((line) => /^\|/.test(line.trim())).slice(2);
  const cell = (text: string) => text.trim().replace(/^`|`$/g, '').replace(/\\\|/g, '|');
  return rows.map((row) => {
    const cells = row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/);
    return `${cell(cells[0])}: ${cell(cells[1])}`;
  }).sort();
}

function describeDifferences(differences: Difference[]): string {
  return differences.map((d) => `  ${d.key}  [${d.step}]\n    stand-in: ${JSON.stringify(d.standIn)}\n    real oned: ${JSON.stringify(d.real)}`).join('\n');
}

// ---------------------------------------------------------------------------------------------

const FIXTURE: Fixture = { clusterId: 100, networkId: 0, imageId: 0 };

describe('the fidelity script (stand-in against stand-in, no oned)', () => {
  const standIns: StandIn[] = [];
  afterAll(async () => {
    for (const s of standIns) await s.close();
  });

  test('two stand-ins give the same projections although their IDs, clocks and transient polls differ', async () => {
    const a = await startStandIn({ port: 0, users: { oneadmin: 'pw' } });
    const b = await startStandIn({ port: 0, users: { oneadmin: 'pw' }, transientPolls: 3, clock: () => 1_000_000 });
    standIns.push(a, b);
    // Other objects first on one side: every ID the script gets back is offset.
    const session = 'oneadmin:pw';
    await rpc(b.url, session, 'one.template.allocate', ['NAME = "other"\nCPU = "1"\nMEMORY = "64"']);
    await rpc(b.url, session, 'one.vmgroup.allocate', ['NAME = "other"\nROLE = [ NAME = "r" ]']);
    await rpc(b.url, session, 'one.template.instantiate', [0, 'other', false, '', false]);
    const first = await runScript({ url: a.url, session, pollMs: 0 }, FIXTURE);
    const second = await runScript({ url: b.url, session, pollMs: 0 }, FIXTURE);
    expect(first.symbols.id('VM1')).not.toBe(second.symbols.id('VM1'));
    expect(compare(first.observations, second.observations)).toEqual([]);
    expect(b.state().unknownMethods).toEqual([]);
  }, 60_000);

  test('a difference is reported once per call and field; a call refused on one side only is one outcome', () => {
    const obs = (projection: Json): Observation[] => [{ step: 's', method: 'one.vm.info', projection }];
    expect(compare(obs({ ok: true, body: { NIC: [{ IP: 'a' }, { IP: 'b' }] } }), obs({ ok: true, body: { NIC: [{ IP: 'x' }, { IP: 'y' }] } })).map((d) => d.key))
      .toEqual(['one.vm.info: NIC[]/IP', 'one.vm.info: NIC[]/IP']);
    expect(compare(obs({ ok: true, body: 1 }), obs({ ok: false, code: 1024, class: 'not found' }))).toEqual([
      { key: 'one.vm.info: outcome', step: 's', standIn: 'ok', real: 'refused: not found (1024)' },
    ]);
  });

  test('the README table of known differences parses into call: field keys, each once', () => {
    const keys = documentedKeys(fs.readFileSync(README, 'utf8'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(documentedKeys(`${DIFFERENCES_HEADING}\n\n| call | field | a | b | c |\n|---|---|---|---|---|\n| \`one.vm.info\` | \`TEMPLATE/X\` | 1 | 2 | 3 |\n\n## Next\n| x | y |`))
      .toEqual(['one.vm.info: TEMPLATE/X']);
  });

  test('error messages: a class by what they say, and the wording with the script\'s IDs as symbols', () => {
    expect(messageClass('[one.vm.info] Error getting virtual machine [99999].')).toBe('not found');
    expect(messageClass("[one.system.version] User couldn't be authenticated, aborting call.")).toBe('authentication');
    expect(messageClass('[one.x] Something new 12 happened')).toBe('other: Something new N happened');
    const symbols = new Symbols();
    symbols.register('vm', 1, 'VM1');
    symbols.register('template', 0, 'T1');
    expect(normalizedMessage('[one.vm.action] User [0] : VM is locked. [1].', symbols)).toBe('[one.vm.action] User [0] : VM is locked. [VM1].');
    expect(normalizedMessage('[one.template.allocate] NAME is already taken by TEMPLATE 0.', symbols)).toBe('[one.template.allocate] NAME is already taken by TEMPLATE T1.');
    expect(normalizedMessage('[one.vm.info] Error getting virtual machine [99999].', symbols)).toBe('[one.vm.info] Error getting virtual machine [99999].');
  });
});

describeWithRealOned('real-oned tier: the stand-in answers the provider\'s calls as a real oned does', () => {
  let zone: RealZone | undefined;
  let standIn: StandIn | undefined;

  afterAll(async () => {
    await standIn?.close();
    await zone?.stop();
  }, 60_000);

  test('the same scripted calls against the stand-in and a real zone differ only where standin/README.md says', async () => {
    const started = Date.now();
    zone = await RealZone.start({ datacenters: [{ name: 'dc1', hosts: 2 }] });
    const zoneSeconds = (Date.now() - started) / 1000;
    const dc = zone.datacenters.dc1;
    const fixture: Fixture = { clusterId: dc.clusterId, networkId: dc.networkId, imageId: dc.imageId };
    standIn = await startStandIn({ port: 0, users: { [zone.username]: zone.password } });
    const session = `${zone.username}:${zone.password}`;

    const scriptStarted = Date.now();
    const onStandIn = await runScript({ url: standIn.url, session, pollMs: 0 }, fixture);
    const onOned = await runScript({ url: zone.url, session, pollMs: 250 }, fixture);
    const scriptSeconds = (Date.now() - scriptStarted) / 1000;

    const differences = compare(onStandIn.observations, onOned.observations);
    if (process.env.FIDELITY_DUMP) {
      const dump = { standIn: onStandIn.observations, oned: onOned.observations, differences };
      fs.writeFileSync(process.env.FIDELITY_DUMP, JSON.stringify(dump, null, 2));
    }
    const messages = onStandIn.observations.flatMap((s, i) => {
      const r = onOned.observations[i];
      return s.message || r?.message ? [`  ${s.step}\n    stand-in: ${s.message ?? '(ok)'}\n    real oned: ${r?.message ?? '(ok)'}`] : [];
    });
    // eslint-disable-next-line no-console
    console.log([
      `fidelity: zone up in ${zoneSeconds.toFixed(1)} s, script ${scriptSeconds.toFixed(1)} s (${onOned.observations.length} observations each)`,
      `differences (${differenceKeys(differences).length} kinds):`, describeDifferences(differences),
      'error messages (classes compared, wording shown):', ...messages,
    ].join('\n'));

    expect(standIn.state().unknownMethods).toEqual([]);
    expect(zone.outboundAttempts()).toEqual([]);
    expect(differenceKeys(differences)).toEqual(documentedKeys(fs.readFileSync(README, 'utf8')));
  }, 600_000);
});
