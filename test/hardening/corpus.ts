/**
 * The bad-input corpus of the hardening suite: declarations of OpenNebulaZone, Datacenter and
 * HaService as plain data (what a JavaScript or Python user could pass), each with the class it
 * belongs to and what must happen to it.
 *
 * A case starts from a valid declaration (`validDraft`) and changes one thing: a prop set to a
 * wrong type, an out-of-range number, a hostile string, a token, a prototype name... The oracle
 * (bad-input.test.ts) then builds it: `refuse` cases must throw a DeclarationError naming the
 * field, `accept` cases must synthesize valid output, `either` cases may do one or the other.
 */
import { Fn, Lazy, TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { Datacenter, HaService, HaproxyBalance, HaproxyMode, OpenNebulaZone } from '../../src';

/** What must happen to a case. */
export type Expect = 'refuse' | 'accept' | 'either';

/** A value made in the stack when the case is built (a token needs a stack). */
export class Make {
  constructor(public readonly label: string, public readonly make: (stack: TerraformStack, n: number) => unknown) {}
}

/** A declaration as plain data: props of one zone, its datacenters and one service. */
export interface Draft {
  zone: any;
  datacenters: Array<{ id: string; props: any }>;
  serviceId: string;
  /** Props of the service besides `zone` and `datacenters` (which a case may override). */
  service: any;
  /** Declared before the zone (a second zone, a colliding variable, a twin service...). */
  before?: (stack: TerraformStack) => void;
  /** Declared after the zone and datacenters, before the service (a foreign datacenter...). */
  around?: (stack: TerraformStack, zone: OpenNebulaZone, datacenters: Datacenter[]) => { zone?: unknown; datacenters?: unknown };
}

export interface Case {
  /** Class of bad input, for the counts. */
  readonly cls: string;
  /** What was changed, for failure reports. */
  readonly label: string;
  readonly expect: Expect;
  /** The field a refusal must name (a prefix of a problem's field, or the other way round). */
  readonly field?: string;
  /** Secrets that must never appear in an error message or the output. */
  readonly secrets?: string[];
  readonly draft: Draft;
}

// ---------------------------------------------------------------------------------------------
// Building

/** Deep copy of plain data that keeps own keys such as `__proto__` and turns `Make` into values. */
function materialize(value: unknown, stack: TerraformStack, counter: { n: number }): unknown {
  if (value instanceof Make) return value.make(stack, counter.n++);
  if (Array.isArray(value)) return value.map((v) => materialize(v, stack, counter));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: { [key: string]: unknown } = {};
    for (const key of Object.keys(value)) {
      define(out, key, materialize((value as any)[key], stack, counter));
    }
    return out;
  }
  return value;
}

/** Builds a draft into `stack`: the zone, its datacenters, then the service. */
export function build(stack: TerraformStack, draft: Draft): HaService {
  const counter = { n: 0 };
  draft.before?.(stack);
  const zone = new OpenNebulaZone(stack, 'zone', materialize(draft.zone, stack, counter) as any);
  const datacenters = draft.datacenters.map((dc) => new Datacenter(stack, dc.id, { zone, ...(materialize(dc.props, stack, counter) as any) }));
  const overrides = draft.around?.(stack, zone, datacenters) ?? {};
  const service = materialize(draft.service, stack, counter);
  // Props that are not an object at all go as they are.
  const props = typeof service === 'object' && service !== null && !Array.isArray(service) ? { zone, datacenters, ...overrides, ...service } : service;
  return new HaService(stack, draft.serviceId, props as any);
}

/** Sets `path` (`zone.x`, `dc.x` for the first datacenter, `service.a.b`) in a copy of `draft`. */
export function withValue(draft: Draft, path: string, value: unknown): Draft {
  const copy: Draft = {
    ...draft,
    zone: clone(draft.zone),
    datacenters: draft.datacenters.map((d) => ({ id: d.id, props: clone(d.props) })),
    service: clone(draft.service),
  };
  const [root, ...rest] = path.split('.');
  let target: any = root === 'zone' ? copy.zone : root === 'dc' ? copy.datacenters[0].props : copy.service;
  for (const [i, segment] of rest.entries()) {
    if (i === rest.length - 1) {
      define(target, segment, value);
    } else {
      if (typeof target[segment] !== 'object' || target[segment] === null) target[segment] = PARENTS[segment] ? clone(PARENTS[segment]) : {};
      target = target[segment];
    }
  }
  return copy;
}

/** Defines an own property, so that a key such as `__proto__` is data, not the prototype. */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function clone<T>(value: T): T {
  if (value instanceof Make) return value;
  if (Array.isArray(value)) return value.map(clone) as unknown as T;
  if (typeof value === 'object' && value !== null) {
    const out: any = {};
    for (const key of Object.keys(value)) define(out, key, clone((value as any)[key]));
    return out;
  }
  return value;
}

/** Valid parents created when a case sets a field under a prop the base draft lacks. */
const PARENTS: { [prop: string]: object } = {
  puppet: { server: 'puppet.example.com' },
  haproxy: { port: 8080 },
  rollout: {},
  healthCheck: {},
  size: { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 },
};

// ---------------------------------------------------------------------------------------------
// Fields

type Kind = 'int' | 'cpu' | 'name' | 'text' | 'url' | 'bool' | 'map' | 'struct' | 'intArray' | 'nameArray' | 'secret' | 'construct' | 'list';

interface Field {
  readonly path: string;
  readonly kind: Kind;
  readonly required?: boolean;
  /** Tokens are documented as accepted. */
  readonly tokenOk?: boolean;
  readonly min?: number;
  readonly max?: number;
}

const ID_MAX = 2 ** 31 - 1;

/** Every public prop of OpenNebulaZone, Datacenter and HaService (with PuppetProps, RolloutProps, HaproxyProps). */
export const FIELDS: Field[] = [
  { path: 'zone.name', kind: 'name', required: true },
  { path: 'zone.shortName', kind: 'name' },
  { path: 'zone.endpoint', kind: 'url', tokenOk: true },
  { path: 'zone.flowEndpoint', kind: 'url', tokenOk: true },
  { path: 'zone.production', kind: 'bool' },
  { path: 'zone.insecure', kind: 'bool' },
  { path: 'zone.defaultTags', kind: 'map' },
  { path: 'dc.name', kind: 'name' },
  { path: 'dc.clusterId', kind: 'int', required: true, tokenOk: true, min: 0, max: ID_MAX },
  { path: 'dc.networkId', kind: 'int', required: true, tokenOk: true, min: 0, max: ID_MAX },
  { path: 'dc.imageId', kind: 'int', required: true, tokenOk: true, min: 0, max: ID_MAX },
  { path: 'dc.datastoreId', kind: 'int', tokenOk: true, min: 0, max: ID_MAX },
  { path: 'dc.additionalNetworkIds', kind: 'intArray' },
  { path: 'dc.securityGroupIds', kind: 'intArray' },
  { path: 'dc.baseTemplate', kind: 'struct' },
  { path: 'dc.baseTemplate.id', kind: 'int', tokenOk: true, min: 0, max: ID_MAX },
  { path: 'service.zone', kind: 'construct', required: true },
  { path: 'service.datacenters', kind: 'list', required: true },
  { path: 'service.instances', kind: 'int', required: true, min: 1, max: 32 },
  { path: 'service.instancesPerDatacenter', kind: 'map' },
  { path: 'service.instancesPerDatacenter.dc1', kind: 'int', min: 1, max: 32 },
  { path: 'service.size', kind: 'struct', required: true },
  { path: 'service.size.cpu', kind: 'cpu', required: true, tokenOk: true, min: 0.01, max: 128 },
  { path: 'service.size.vcpu', kind: 'int', required: true, tokenOk: true, min: 1, max: 128 },
  { path: 'service.size.memoryMb', kind: 'int', required: true, tokenOk: true, min: 256, max: 1_048_576 },
  { path: 'service.size.diskMb', kind: 'int', required: true, tokenOk: true, min: 1024, max: 16_777_216 },
  { path: 'service.serviceName', kind: 'name' },
  { path: 'service.allowSingleDatacenter', kind: 'bool' },
  { path: 'service.templateRevision', kind: 'int', min: 1, max: 999 },
  { path: 'service.context', kind: 'map' },
  { path: 'service.tags', kind: 'map' },
  { path: 'service.puppet', kind: 'struct' },
  { path: 'service.puppet.server', kind: 'name', required: true },
  { path: 'service.puppet.role', kind: 'name' },
  { path: 'service.puppet.environment', kind: 'name' },
  { path: 'service.puppet.serverPort', kind: 'int', min: 1, max: 65535 },
  { path: 'service.puppet.waitForCertSeconds', kind: 'int', min: 0, max: 3600 },
  { path: 'service.puppet.maxWaitForCertSeconds', kind: 'int', min: 1, max: 86400 },
  { path: 'service.puppet.challengePassword', kind: 'secret' },
  { path: 'service.puppet.puppetDbUrl', kind: 'url' },
  { path: 'service.rollout', kind: 'struct' },
  { path: 'service.rollout.waitForReady', kind: 'bool' },
  { path: 'service.rollout.readyTimeoutSeconds', kind: 'int', min: 1, max: 86400 },
  { path: 'service.rollout.drainSeconds', kind: 'int', min: 0, max: 3600 },
  { path: 'service.rollout.createTimeoutMinutes', kind: 'int', min: 1, max: 120 },
  { path: 'service.haproxy', kind: 'struct' },
  { path: 'service.haproxy.port', kind: 'int', required: true, min: 1, max: 65535 },
  { path: 'service.haproxy.mode', kind: 'name' },
  { path: 'service.haproxy.balance', kind: 'name' },
  { path: 'service.haproxy.backendName', kind: 'name' },
  { path: 'service.haproxy.backupDatacenters', kind: 'nameArray' },
  { path: 'service.haproxy.healthCheck', kind: 'struct' },
  { path: 'service.haproxy.healthCheck.path', kind: 'name' },
  { path: 'service.haproxy.healthCheck.expectStatus', kind: 'int', min: 100, max: 599 },
  { path: 'service.haproxy.healthCheck.intervalSeconds', kind: 'int', min: 1, max: 3600 },
  { path: 'service.haproxy.healthCheck.fall', kind: 'int', min: 1, max: 100 },
  { path: 'service.haproxy.healthCheck.rise', kind: 'int', min: 1, max: 100 },
];

/** The field a problem about `path` names: the path without its root (`service.size.cpu` -> `size.cpu`). */
export function fieldOf(path: string): string {
  return path.split('.').slice(1).join('.');
}

// ---------------------------------------------------------------------------------------------
// Values

const numberVariable = new Make('a number variable', (stack, n) => new TerraformVariable(stack, `hardening_number_${n}`, { type: 'number' }).numberValue);
const stringVariable = new Make('a string variable', (stack, n) => new TerraformVariable(stack, `hardening_string_${n}`, { type: 'string' }).stringValue);
const lazyNumber = new Make('Lazy.numberValue', () => Lazy.numberValue({ produce: () => 2 }));
const lazyString = new Make('Lazy.stringValue', () => Lazy.stringValue({ produce: () => 'dc1' }));
const maxNumber = new Make('Fn.max', (stack, n) => Fn.max([new TerraformVariable(stack, `hardening_max_${n}`, { type: 'number' }).numberValue, 2]));
const joinString = new Make('Fn.join', (stack, n) => Fn.join('', [new TerraformVariable(stack, `hardening_join_${n}`, { type: 'string' }).stringValue]));

const NUMBER_TOKENS = [numberVariable, lazyNumber, maxNumber];
const STRING_TOKENS = [stringVariable, lazyString, joinString];

/** Wrong types a plain JavaScript caller passes. */
const WRONG_FOR_NUMBER: unknown[] = ['2', '4096', '', 'abc', [], [2], {}, { value: 2 }, true, false, 2n];
const WRONG_FOR_STRING: unknown[] = [42, 0, [], ['dc1'], {}, true, { toString: () => 'dc1' }];
const WRONG_FOR_BOOL: unknown[] = ['true', 'false', 1, 0, [], {}, 'yes'];
const WRONG_FOR_OBJECT: unknown[] = ['abc', 42, [], ['x'], true];
const WRONG_FOR_ARRAY: unknown[] = ['dc1', 42, {}, { 0: 1 }, true];
const NON_FINITE = [NaN, Infinity, -Infinity];

/** Strings a careless or hostile user writes. */
export const HOSTILE_STRINGS: string[] = [
  'a"b', "it's", 'a\nb', 'a\rb', 'a\u0000b', 'tab\tx', '$(id)', '`id`', '${var.x}', '$${x}', '%{ if true }x%{ endif }', '%%{x}',
  'a\\b', 'é', '日本語', '🙂', '\u202eevil', '\ud800', ' ', '', 'x'.repeat(5000), '$', 'a$', '$1', '$NAME', '$USER[SSH_PUBLIC_KEY]',
  '$USER[a b]', '#comment', 'x; rm -rf /', '../../etc/passwd', 'A=[B="c"]', ']]>', '<x>', 'a\u2028b', '\u0085', 'x\u007f',
];

/** Object.prototype's property names. */
export const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', '__defineGetter__'];

/** Context keys the enrolment script, one-context or the shell treat specially. */
export const DANGEROUS_KEYS = [
  'PATH', 'LD_PRELOAD', 'LD_LIBRARY_PATH', 'IFS', 'HOME', 'ENV', 'BASH_ENV', 'SHELL', 'PS4', 'SHELLOPTS', 'CDPATH', 'LC_ALL', 'LANG',
  'ETH0_IP', 'ONEGATE_ENDPOINT', 'ONE_CONTEXT_ENV', 'PUPPET_BIN', 'HASERVICE_ROOT', 'START_SCRIPT', 'PYTHONPATH', 'NODE_OPTIONS',
  'BASH_FUNC_X', 'FACTER_X', 'HTTP_PROXY', 'TMPDIR', 'INIT_SCRIPTS',
];

/** Free text that is valid everywhere free text is taken. */
const SAFE_TEXT = ['payments', 'é', '日本語', '🙂', ' ', '', '$NAME', '#comment', 'x; rm -rf /', "it's", '<x>', 'hello from $NAME', '$USER[SSH_PUBLIC_KEY]'];

// ---------------------------------------------------------------------------------------------
// Valid declarations

/** A valid declaration: one zone, one to three datacenters, optional Puppet, HAProxy, rollout, context and tags. */
export const validDraft: fc.Arbitrary<Draft> = fc.record({
  zoneName: fc.constantFrom('production', 'staging', 'qa_1'),
  dcNames: fc.uniqueArray(fc.constantFrom('dc1', 'dc2', 'east', 'west', 'par1'), { minLength: 1, maxLength: 3 }),
  firstDc: fc.constant('dc1'),
  baseTemplateLast: fc.constantFrom(undefined, { id: 7 }, { name: 'infra_dc_prod' }),
  instances: fc.integer({ min: 1, max: 3 }),
  vcpu: fc.integer({ min: 1, max: 8 }),
  cpuShare: fc.integer({ min: 1, max: 100 }),
  memoryMb: fc.integer({ min: 256, max: 65536 }),
  diskMb: fc.integer({ min: 1024, max: 200_000 }),
  templateRevision: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
  puppet: fc.option(fc.record({
    server: fc.constantFrom('puppet.example.com', 'puppet', 'p-1.example.org'),
    role: fc.option(fc.constantFrom('web', 'my_role'), { nil: undefined }),
    puppetDbUrl: fc.option(fc.constantFrom('https://puppetdb.example.com:8081', 'http://127.0.0.1:8080'), { nil: undefined }),
    serverPort: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  }), { nil: undefined }),
  haproxy: fc.option(fc.record({
    port: fc.integer({ min: 1, max: 65535 }),
    mode: fc.constantFrom(HaproxyMode.HTTP, HaproxyMode.TCP),
    balance: fc.constantFrom(undefined, HaproxyBalance.ROUND_ROBIN, HaproxyBalance.LEAST_CONN, HaproxyBalance.SOURCE),
    path: fc.constantFrom('/', '/health', '/v1/ready%20x'),
  }), { nil: undefined }),
  waitForReady: fc.option(fc.boolean(), { nil: undefined }),
  context: fc.dictionary(fc.constantFrom('GREETING', 'APP_MODE', 'X1', 'MOTD'), fc.constantFrom(...SAFE_TEXT), { maxKeys: 3 }),
  tags: fc.dictionary(fc.constantFrom('team', 'cost_center', 'owner'), fc.constantFrom(...SAFE_TEXT), { maxKeys: 3 }),
}).map((r): Draft => {
  const names = r.dcNames.includes('dc1') ? r.dcNames : ['dc1', ...r.dcNames].slice(0, 3);
  const vcpu = r.vcpu;
  const service: any = {
    instances: r.instances,
    size: { cpu: Math.max(1, Math.round(vcpu * r.cpuShare)) / 100, vcpu, memoryMb: r.memoryMb, diskMb: r.diskMb },
    allowSingleDatacenter: names.length === 1 ? true : undefined,
    context: r.context,
    tags: r.tags,
  };
  if (r.templateRevision !== undefined) service.templateRevision = r.templateRevision;
  if (r.puppet) service.puppet = Object.fromEntries(Object.entries(r.puppet).filter(([, v]) => v !== undefined));
  if (r.haproxy) {
    service.haproxy = { port: r.haproxy.port, mode: r.haproxy.mode, ...(r.haproxy.balance ? { balance: r.haproxy.balance } : {}) };
    if (r.haproxy.mode === HaproxyMode.HTTP) service.haproxy.healthCheck = { path: r.haproxy.path };
  }
  if (r.waitForReady !== undefined) service.rollout = { waitForReady: r.waitForReady };
  return {
    zone: { name: r.zoneName, endpoint: 'https://one.example.com/RPC2' },
    datacenters: names.map((name, i) => ({
      id: name,
      props: i > 0 && i === names.length - 1 && r.baseTemplateLast
        ? { baseTemplate: r.baseTemplateLast }
        : { clusterId: 100 + i, networkId: 10 + i, imageId: 20 + i },
    })),
    serviceId: 'my_service',
    service,
  };
});

// ---------------------------------------------------------------------------------------------
// Bad-input classes

const fieldsOf = (...kinds: Kind[]) => FIELDS.filter((f) => kinds.includes(f.kind));
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

function wrongValuesFor(kind: Kind): unknown[] {
  switch (kind) {
    case 'int': case 'cpu': return WRONG_FOR_NUMBER;
    case 'name': case 'text': case 'url': case 'secret': return WRONG_FOR_STRING;
    case 'bool': return WRONG_FOR_BOOL;
    case 'map': case 'struct': case 'construct': return WRONG_FOR_OBJECT;
    case 'intArray': case 'nameArray': case 'list': return WRONG_FOR_ARRAY;
  }
}

/** Strings for numbers, numbers for strings, arrays, objects, null: what plain JavaScript passes. */
const wrongType = fc.tuple(validDraft, pick(FIELDS), fc.nat()).map(([d, field, n]): Case => {
  const values = [...wrongValuesFor(field.kind), null];
  const value = values[n % values.length];
  // null for an optional prop is how Python and Java say "unset".
  const expect: Expect = value === null && !field.required ? 'either' : 'refuse';
  return { cls: 'wrong type', label: `${field.path} = ${show(value)}`, expect, field: fieldOf(field.path), draft: withValue(d, field.path, value) };
});

/** Required props left out. */
const missing = fc.tuple(validDraft, pick(FIELDS.filter((f) => f.required))).map(([d, field]): Case => ({
  cls: 'missing required prop', label: `${field.path} left out`, expect: 'refuse', field: fieldOf(field.path), draft: withValue(d, field.path, undefined),
}));

/** Numbers outside the documented bounds, fractions, huge values. */
const outOfRange = fc.tuple(validDraft, pick(fieldsOf('int', 'cpu')), fc.nat()).map(([d, field, n]): Case => {
  const candidates = [field.min! - 1, field.max! + 1, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, -1e9, field.kind === 'int' ? field.min! + 0.5 : field.min! / 2];
  const value = candidates[n % candidates.length];
  return { cls: 'out-of-range number', label: `${field.path} = ${value}`, expect: 'refuse', field: fieldOf(field.path), draft: withValue(d, field.path, value) };
});

const nonFinite = fc.tuple(validDraft, pick(fieldsOf('int', 'cpu')), pick(NON_FINITE)).map(([d, field, value]): Case => ({
  cls: 'NaN or Infinity', label: `${field.path} = ${value}`, expect: 'refuse', field: fieldOf(field.path), draft: withValue(d, field.path, value),
}));

/** Hostile strings: refused in names, URLs and enums; in free text either refused or safe in the output. */
const hostileString = fc.tuple(validDraft, pick(FIELDS.filter((f) => ['name', 'url'].includes(f.kind))), pick(HOSTILE_STRINGS)).map(([d, field, value]): Case => ({
  cls: 'hostile string in a name', label: `${field.path} = ${show(value)}`, expect: 'refuse', field: fieldOf(field.path), draft: withValue(d, field.path, value),
}));

const FREE_TEXT_PATHS = ['service.context.GREETING', 'service.tags.team', 'zone.defaultTags.team', 'zone.defaultTags.Managed_By'];
const hostileText = fc.tuple(validDraft, pick(FREE_TEXT_PATHS), pick([...HOSTILE_STRINGS, ...SAFE_TEXT])).map(([d, path, value]): Case => ({
  cls: 'hostile free text', label: `${path} = ${show(value)}`, expect: SAFE_TEXT.includes(value) ? 'accept' : 'either', field: fieldOf(path), draft: withValue(d, path, value),
}));

/** Endpoints: credentials, templates, other schemes, ports. */
const URLS = [
  'https://oneadmin:pw@one.example.com/RPC2', 'https://one.example.com/%{x}', 'https://one.example.com/${var.x}', 'https://one.example.com/a\u0000',
  'ftp://one.example.com', 'https://one.example.com:99999/RPC2', 'https://one.example.com:0/RPC2', 'one.example.com', 'https://', 'https://one example.com',
  'https://one.example.com/RPC2?x="y"', 'https://one.example.com/RPC2\n', 'javascript:alert(1)',
];
const badUrl = fc.tuple(validDraft, pick(['zone.endpoint', 'zone.flowEndpoint', 'service.puppet.puppetDbUrl']), pick(URLS)).map(([d, path, value]): Case => ({
  cls: 'bad endpoint', label: `${path} = ${show(value)}`, expect: 'refuse', field: fieldOf(path), draft: withValue(d, path, value),
}));

/** Tokens: refused where a literal is needed (names, the plan, addresses, registration), accepted where documented. */
const tokens = fc.tuple(validDraft, pick(FIELDS.filter((f) => ['int', 'cpu', 'name', 'url', 'text'].includes(f.kind))), fc.nat()).map(([d, field, n]): Case => {
  const numeric = field.kind === 'int' || field.kind === 'cpu';
  const pool = numeric ? NUMBER_TOKENS : STRING_TOKENS;
  const token = pool[n % pool.length];
  // A Lazy value resolves at synth: where tokens are fine it is checked as the literal it produces.
  const expect: Expect = field.tokenOk ? 'either' : 'refuse';
  return { cls: 'token where a literal is needed', label: `${field.path} = ${token.label}`, expect, field: fieldOf(field.path), draft: withValue(d, field.path, token) };
});

/** Object.prototype's names as datacenter names, zone names, construct ids and map keys. */
const prototypeNames = fc.tuple(validDraft, pick(PROTOTYPE_NAMES), fc.nat()).map(([d, name, n]): Case => {
  const where = n % 8;
  const dcId = (draft: Draft, id: string): Draft =>
    ({ ...draft, datacenters: [{ id, props: draft.datacenters[0].props }, ...draft.datacenters.slice(1)] });
  switch (where) {
    case 0: return { cls: 'prototype name', label: `datacenter name ${name}`, expect: 'refuse', field: 'name', draft: withValue(d, 'dc.name', name) };
    case 1: return { cls: 'prototype name', label: `datacenter id ${name}`, expect: 'refuse', field: 'id', draft: dcId(d, name) };
    case 2: return {
      cls: 'prototype name',
      label: `instancesPerDatacenter key ${name}`,
      expect: 'refuse',
      field: `instancesPerDatacenter.${name}`,
      draft: withValue(d, `service.instancesPerDatacenter.${name}`, 2),
    };
    case 3: return { cls: 'prototype name', label: `context key ${name}`, expect: 'refuse', field: `context.${name}`, draft: withValue(d, `service.context.${name}`, 'x') };
    case 4: return { cls: 'prototype name', label: `tags key ${name}`, expect: 'refuse', field: `tags.${name}`, draft: withValue(d, `service.tags.${name}`, 'x') };
    case 5: return { cls: 'prototype name', label: `defaultTags key ${name}`, expect: 'refuse', field: `defaultTags.${name}`, draft: withValue(d, `zone.defaultTags.${name}`, 'x') };
    case 6: return { cls: 'prototype name', label: `zone name ${name}`, expect: 'refuse', field: 'name', draft: withValue(d, 'zone.name', name) };
    default: return { cls: 'prototype name', label: `service id ${name}`, expect: 'refuse', field: 'id', draft: { ...d, serviceId: name } };
  }
});

/** Context keys the shell or the guest treats specially. */
const dangerousKeys = fc.tuple(validDraft, pick(DANGEROUS_KEYS)).map(([d, key]): Case => ({
  cls: 'dangerous context key', label: `context.${key}`, expect: 'refuse', field: `context.${key}`, draft: withValue(d, `service.context.${key}`, '/tmp/x'),
}));

/** Keys of maps that are not names. */
const badKeys = fc.tuple(validDraft, pick(['service.context', 'service.tags', 'zone.defaultTags', 'service.instancesPerDatacenter']),
  pick(['', 'a b', 'A\nB', 'ÉTÉ', '${x}', 'x"y', '1ABC', 'a'.repeat(100), '\u0000'])).map(([d, map, key]): Case => ({
  cls: 'bad map key', label: `${map} key ${show(key)}`, expect: 'refuse', field: `${fieldOf(map)}.`, draft: withValue(d, `${map}.${key}`, map.endsWith('instancesPerDatacenter') ? 1 : 'x'),
}));

/** Mistakes in the shape of a declaration rather than in one value. */
const STRUCTURAL: Array<{ label: string; field: string; change: (d: Draft) => Draft }> = [
  { label: 'no datacenter', field: 'datacenters', change: (d) => ({ ...d, around: () => ({ datacenters: [] }) }) },
  { label: 'the same datacenter twice', field: 'datacenters[', change: (d) => ({ ...d, around: (_s, _z, dcs) => ({ datacenters: [...dcs, dcs[0]] }) }) },
  { label: 'a datacenter name as a string in datacenters', field: 'datacenters[', change: (d) => ({ ...d, around: (_s, _z, dcs) => ({ datacenters: [...dcs, 'dc9'] }) }) },
  { label: 'the zone in datacenters', field: 'datacenters[', change: (d) => ({ ...d, around: (_s, zone, dcs) => ({ datacenters: [...dcs, zone] }) }) },
  { label: 'a datacenter in place of the zone', field: 'zone', change: (d) => ({ ...d, around: (_s, _z, dcs) => ({ zone: dcs[0] }) }) },
  { label: 'a plain object in place of the zone', field: 'zone', change: (d) => ({ ...d, around: () => ({ zone: { zoneName: 'production' } }) }) },
  {
    label: 'a datacenter of another zone',
    field: 'datacenters[',
    change: (d) => ({
      ...d,
      around: (stack, _z, dcs) => {
        const other = new OpenNebulaZone(stack, 'other', { name: 'other_zone', endpoint: 'https://one-other.example.com/RPC2' });
        return { datacenters: [...dcs, new Datacenter(stack, 'foreign', { zone: other, clusterId: 1, networkId: 1, imageId: 1 })] };
      },
    }),
  },
  { label: 'an override for a datacenter the service lacks', field: 'instancesPerDatacenter.dc9', change: (d) => withValue(d, 'service.instancesPerDatacenter.dc9', 1) },
  { label: 'every datacenter as HAProxy backup', field: 'haproxy.backupDatacenters', change: (d) => withValue(d, 'service.haproxy.backupDatacenters', d.datacenters.map((dc) => dc.id)) },
  { label: 'an unknown HAProxy backup datacenter', field: 'haproxy.backupDatacenters[0]', change: (d) => withValue(d, 'service.haproxy.backupDatacenters', ['dc9']) },
  { label: 'drainSeconds without puppetDbUrl', field: 'rollout.drainSeconds', change: (d) => withValue(withValue(d, 'service.puppet', { server: 'puppet.example.com' }), 'service.rollout.drainSeconds', 30) },
  { label: 'an HTTP check path in mode tcp', field: 'haproxy.healthCheck.path', change: (d) => withValue(d, 'service.haproxy', { port: 80, mode: HaproxyMode.TCP, healthCheck: { path: '/' } }) },
  { label: 'a baseTemplate with id and name', field: 'baseTemplate', change: (d) => withValue(d, 'dc.baseTemplate', { id: 1, name: 'x' }) },
  { label: 'an empty baseTemplate', field: 'baseTemplate', change: (d) => withValue(d, 'dc.baseTemplate', {}) },
  { label: 'HaService props that are null', field: 'props', change: (d) => ({ ...d, service: null }) },
  { label: 'HaService props that are a list', field: 'props', change: (d) => ({ ...d, service: [d.service] }) },
  { label: 'zone props that are an array', field: 'props', change: (d) => ({ ...d, zone: [] }) },
  { label: 'a production service on one datacenter', field: 'datacenters', change: (d) => ({ ...withValue(withValue(d, 'zone.name', 'production'), 'service.allowSingleDatacenter', undefined), datacenters: d.datacenters.slice(0, 1) }) },
  { label: 'a datacenter called like an output of the service', field: 'datacenters[', change: (d) => withValue(d, 'dc.name', 'members') },
  {
    label: 'two services of one name in the zone',
    field: 'serviceName',
    change: (d) => ({ ...d, around: (stack, zone, dcs) => { new HaService(stack, 'twin', { zone, datacenters: dcs, instances: 1, size: { cpu: 1, vcpu: 1, memoryMb: 512, diskMb: 2048 }, serviceName: 'my_service', allowSingleDatacenter: true }); return {}; } }),
  },
  { label: 'two zones of one name', field: 'name', change: (d) => ({ ...d, before: (stack) => { new OpenNebulaZone(stack, 'first', { name: d.zone.name }); } }) },
  {
    label: 'a variable already named like the zone\'s',
    field: 'name',
    change: (d) => ({ ...d, before: (stack) => { new TerraformVariable(stack, `${d.zone.name}_opennebula_password`, { type: 'string' }); } }),
  },
  { label: 'cpu above vcpu', field: 'size.cpu', change: (d) => withValue(withValue(d, 'service.size.vcpu', 1), 'service.size.cpu', 2) },
];
const structural = fc.tuple(validDraft, pick(STRUCTURAL)).map(([d, s]): Case => ({
  cls: 'structural mistake', label: s.label, expect: 'refuse', field: s.field, draft: s.change(d),
}));

/** The challenge password and OpenNebula credentials through every route but a sensitive variable. */
export const SECRET_ROUTES: Array<{ label: string; field: string; route: (secret: string) => (d: Draft) => Draft }> = [
  { label: 'challenge password as a literal', field: 'puppet.challengePassword', route: (s) => (d) => withValue(d, 'service.puppet.challengePassword', s) },
  { label: 'challenge password through Lazy', field: 'puppet.challengePassword', route: (s) => (d) => withValue(d, 'service.puppet.challengePassword', new Make('Lazy', () => Lazy.stringValue({ produce: () => s }))) },
  { label: 'challenge password through Fn.join', field: 'puppet.challengePassword', route: (s) => (d) => withValue(d, 'service.puppet.challengePassword', new Make('Fn.join', () => Fn.join('', [s]))) },
  {
    label: 'challenge password in a non-sensitive variable with a default',
    field: 'puppet.challengePassword',
    route: (s) => (d) => withValue(d, 'service.puppet.challengePassword', new Make('variable', (stack, n) => new TerraformVariable(stack, `challenge_${n}`, { type: 'string', default: s }).stringValue)),
  },
  {
    label: 'challenge password in a non-sensitive variable',
    field: 'puppet.challengePassword',
    route: () => (d) => withValue(d, 'service.puppet.challengePassword', new Make('variable', (stack, n) => new TerraformVariable(stack, `challenge_${n}`, { type: 'string' }).stringValue)),
  },
  {
    label: 'challenge password in a sensitive variable with a default',
    field: 'puppet.challengePassword',
    route: (s) => (d) => withValue(d, 'service.puppet.challengePassword', new Make('variable', (stack, n) => new TerraformVariable(stack, `challenge_${n}`, { type: 'string', sensitive: true, default: s }).stringValue)),
  },
  {
    label: 'challenge password in a sensitive variable joined with text',
    field: 'puppet.challengePassword',
    route: () => (d) => withValue(d, 'service.puppet.challengePassword', new Make('join', (stack, n) => `x${new TerraformVariable(stack, `challenge_${n}`, { type: 'string', sensitive: true }).stringValue}`)),
  },
  { label: 'credentials in the endpoint URL', field: 'endpoint', route: (s) => (d) => withValue(d, 'zone.endpoint', `https://oneadmin:${s}@one.example.com/RPC2`) },
  { label: 'credentials in the endpoint through Lazy', field: 'endpoint', route: (s) => (d) => withValue(d, 'zone.endpoint', new Make('Lazy', () => Lazy.stringValue({ produce: () => `https://oneadmin:${s}@one.example.com/RPC2` }))) },
  {
    label: 'credentials in the endpoint variable\'s default',
    field: 'endpoint',
    route: (s) => (d) => withValue(d, 'zone.endpoint', new Make('variable', (stack, n) => new TerraformVariable(stack, `endpoint_${n}`, { type: 'string', default: `https://oneadmin:${s}@one.example.com/RPC2` }).stringValue)),
  },
  {
    label: 'credentials in the endpoint around a variable',
    field: 'endpoint',
    route: (s) => (d) => withValue(d, 'zone.endpoint', new Make('join', (stack, n) => `https://oneadmin:${s}@${new TerraformVariable(stack, `host_${n}`, { type: 'string' }).stringValue}/RPC2`)),
  },
  { label: 'credentials in the PuppetDB URL', field: 'puppet.puppetDbUrl', route: (s) => (d) => withValue(d, 'service.puppet.puppetDbUrl', `https://admin:${s}@puppetdb.example.com:8081`) },
  { label: 'credentials in the flow endpoint', field: 'flowEndpoint', route: (s) => (d) => withValue(d, 'zone.flowEndpoint', `https://oneadmin:${s}@one.example.com:2474`) },
];
const secretRoutes = fc.tuple(validDraft, pick(SECRET_ROUTES), fc.stringMatching(/^[A-Za-z0-9]{12}$/)).map(([d, route, random]): Case => {
  const secret = `S3cr3t${random}`;
  return { cls: 'secret by a wrong route', label: route.label, expect: 'refuse', field: route.field, secrets: [secret], draft: route.route(secret)(d) };
});

/** Valid declarations, with tokens where they are documented (size from variables, endpoint variable, challenge password). */
const valid = fc.tuple(validDraft, fc.nat()).map(([d, n]): Case => {
  switch (n % 4) {
    case 0: return { cls: 'valid declaration', label: 'as generated', expect: 'accept', draft: d };
    case 1: return { cls: 'valid declaration', label: 'size.memoryMb from a variable', expect: 'accept', draft: withValue(d, 'service.size.memoryMb', numberVariable) };
    case 2: return { cls: 'valid declaration', label: 'endpoint from the default variable', expect: 'accept', draft: withValue(d, 'zone.endpoint', undefined) };
    default: return {
      cls: 'valid declaration',
      label: 'challenge password from a sensitive variable',
      expect: 'accept',
      draft: withValue(withValue(d, 'service.puppet.server', 'puppet.example.com'), 'service.puppet.challengePassword',
        new Make('sensitive variable', (stack, i) => new TerraformVariable(stack, `challenge_${i}`, { type: 'string', sensitive: true }).stringValue)),
    };
  }
});

/** Every class, weighted so that each gets well over a hundred cases in a run of 1,200. */
export const anyCase: fc.Arbitrary<Case> = fc.oneof(
  { arbitrary: wrongType, weight: 16 },
  { arbitrary: missing, weight: 6 },
  { arbitrary: outOfRange, weight: 10 },
  { arbitrary: nonFinite, weight: 5 },
  { arbitrary: hostileString, weight: 10 },
  { arbitrary: hostileText, weight: 10 },
  { arbitrary: badUrl, weight: 5 },
  { arbitrary: tokens, weight: 10 },
  { arbitrary: prototypeNames, weight: 8 },
  { arbitrary: dangerousKeys, weight: 5 },
  { arbitrary: badKeys, weight: 5 },
  { arbitrary: structural, weight: 10 },
  { arbitrary: secretRoutes, weight: 8 },
  { arbitrary: valid, weight: 14 },
);

/** A value as a case label shows it. */
export function show(value: unknown): string {
  if (value instanceof Make) return value.label;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || value === undefined) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
