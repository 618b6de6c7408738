import { Token } from 'cdktf';
import { Construct } from 'constructs';
import type { PlanInput } from './plan';
import type { HaServiceProps } from './props';
import { Problems, isPlainObject } from '../core/validation';
import { validateHaproxy } from '../registration/haproxy';
import { DATACENTER_NAME, IDENTITY_NAME } from '../registration/identity';
import { isRegistrationContextKey, validatePuppet } from '../registration/puppet';
import { Datacenter } from '../topology/datacenter';
import { OpenNebulaZone, SHORT_NAME } from '../topology/zone';

/** Bounds of a service declaration, in one place so docs and errors agree. */
export const LIMITS = {
  instances: { min: 1, max: 32 },
  vcpu: { min: 1, max: 128 },
  cpu: { min: 0.01, max: 128 },
  memoryMb: { min: 256, max: 1_048_576 },
  diskMb: { min: 1_024, max: 16_777_216 },
  templateRevision: { min: 1, max: 999 },
  readyTimeoutSeconds: { min: 1, max: 86_400 },
  createTimeoutMinutes: { min: 1, max: 120 },
  drainSeconds: { min: 0, max: 3600 },
  serviceNameLength: 40,
} as const;

const SERVICE_NAME = new RegExp(`^(?=.{1,${LIMITS.serviceNameLength}}$)[a-z][a-z0-9]*(_[a-z0-9]+)*$`);
const CONTEXT_KEY = /^[A-Z][A-Z0-9_]{0,63}$/;
const TAG_KEY = /^[a-z][a-z0-9_]{0,63}$/;
/** Keys OpenNebula gives a meaning to as top-level template attributes; tags must avoid them. */
const RESERVED_TAGS = new Set([
  'name', 'description', 'sched_requirements', 'sched_ds_requirements', 'sched_rank', 'affined', 'anti_affined',
  'cpu', 'vcpu', 'memory', 'context', 'disk', 'nic', 'nic_alias', 'os', 'graphics', 'raw', 'vmgroup', 'features',
  'user_inputs', 'template_id', 'error', 'service', 'zone', 'datacenter', 'ready', 'token',
]);

/** Context keys the service sets itself; registration owns its keys (`isRegistrationContextKey`). */
export const RESERVED_CONTEXT_KEYS = [
  'NETWORK', 'SET_HOSTNAME', 'SSH_PUBLIC_KEY', 'SERVICE_NAME', 'SERVICE_ZONE', 'SERVICE_DATACENTER', 'TOKEN', 'REPORT_READY', 'VMID',
];

/**
 * Context keys that the shell, the dynamic loader, language runtimes or the guest's
 * contextualization give a meaning to: one-context exports every context variable to the
 * scripts it runs as root (the enrolment script among them), so such a key would change what
 * they run or where they look.
 */
const DANGEROUS_CONTEXT_KEYS = new Set([
  'PATH', 'IFS', 'HOME', 'ENV', 'BASH_ENV', 'SHELL', 'SHELLOPTS', 'BASHOPTS', 'CDPATH', 'PS1', 'PS2', 'PS3', 'PS4', 'PROMPT_COMMAND',
  'GLOBIGNORE', 'FUNCNEST', 'HISTFILE', 'MAIL', 'MAILPATH', 'OPTIND', 'OPTARG', 'OPTERR', 'PPID', 'PWD', 'OLDPWD', 'UID', 'EUID', 'USER',
  'LOGNAME', 'TMPDIR', 'TERM', 'TZ', 'LANG', 'LANGUAGE', 'NLSPATH', 'POSIXLY_CORRECT', 'GCONV_PATH', 'HOSTALIASES', 'LOCALDOMAIN',
  'RES_OPTIONS', 'PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PERL5LIB', 'PERL5OPT', 'PERLLIB', 'RUBYLIB', 'RUBYOPT', 'GEM_HOME',
  'GEM_PATH', 'NODE_OPTIONS', 'NODE_PATH', 'JAVA_TOOL_OPTIONS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'OPENSSL_CONF', 'CURL_CA_BUNDLE',
  'CURL_HOME', 'WGETRC', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'FTP_PROXY', 'HOSTNAME', 'INIT_SCRIPTS', 'FILES_DS',
  'TARGET', 'DISK_ID',
]);
/**
 * Prefixes of such keys: the loader (`LD_`, `DYLD_`), locales (`LC_`), bash (`BASH_`), Facter and
 * Puppet overrides, one-context's NIC (`ETH<n>_`), OneGate and start-script variables.
 */
const DANGEROUS_CONTEXT_PREFIXES = ['LD_', 'DYLD_', 'LC_', 'BASH_', 'FACTER_', 'PUPPET', 'ONEGATE_', 'ONE_', 'ETH<n>_', 'START_SCRIPT'];
const DANGEROUS_CONTEXT_PREFIX = /^(LD_|DYLD_|LC_|BASH_|FACTER_|PUPPET|ONEGATE_|ONE_|ETH[0-9]+_|START_SCRIPT)/;

/** Whether a context key is one the shell, the loader or the guest's contextualization treats specially. */
export function isDangerousContextKey(key: string): boolean {
  return DANGEROUS_CONTEXT_KEYS.has(key) || DANGEROUS_CONTEXT_PREFIX.test(key);
}

/** Names HaService gives the children it creates next to the datacenters' scopes. */
const SERVICE_CHILD_IDS = ['members', 'haproxy-backend', 'puppetdb-query', 'template-ids', 'retire'];

/**
 * Every rule of a service declaration. Literal values are checked; tokens (values only
 * Terraform knows) pass where the prop documents that it accepts them. Declarations from plain
 * JavaScript are checked too: a missing required prop, a wrong type, null, an array where an
 * object is expected are problems, never a crash. `scope` is the service, whose stack holds the
 * variables a secret must come from.
 */
export function validateHaService(problems: Problems, props: HaServiceProps, serviceName: string, scope?: Construct): void {
  problems.name(serviceName === props.serviceName ? 'serviceName' : 'serviceName (from the construct id)', serviceName, SERVICE_NAME,
    `lower case letters and digits in words joined by single "_", starting with a letter, at most ${LIMITS.serviceNameLength} characters`);
  if (typeof serviceName === 'string') problems.key(serviceName === props.serviceName ? 'serviceName' : 'serviceName (from the construct id)', serviceName);

  const zoneOk = problems.required('zone', props.zone, 'an OpenNebulaZone') && checkType(problems, 'zone', props.zone, OpenNebulaZone, 'an OpenNebulaZone');
  const datacenters = validateDatacenters(problems, props, zoneOk);
  validateInstances(problems, props, datacenters);
  validateSize(problems, props);
  problems.boolean('allowSingleDatacenter', props.allowSingleDatacenter);

  const names = datacenters.map((dc) => dc.datacenterName);
  if (problems.object('puppet', props.puppet, 'an object of PuppetProps')) validatePuppet(problems, props.puppet!, scope);
  if (problems.object('haproxy', props.haproxy, 'an object of HaproxyProps')) validateHaproxy(problems, props.haproxy!, names);

  // Part of resource addresses (`template-r2`): a token would put its encoded number there.
  problems.integer('templateRevision', props.templateRevision, LIMITS.templateRevision.min, LIMITS.templateRevision.max, { literal: true });
  validateRollout(problems, props);

  if (problems.object('context', props.context, 'an object of upper-case keys to text')) {
    for (const [key, value] of Object.entries(props.context!)) {
      const field = `context.${key}`;
      problems.check(CONTEXT_KEY.test(key), field, key, 'an upper-case key of letters, digits and "_"');
      problems.check(!RESERVED_CONTEXT_KEYS.includes(key) && !isRegistrationContextKey(key), field, key, `a key not set by HaService itself (${RESERVED_CONTEXT_KEYS.join(', ')}) or by its Puppet/HAProxy registration`);
      problems.check(!isDangerousContextKey(key), field, key,
        `a key the shell, the dynamic loader and the guest's contextualization give no meaning to (not ${[...DANGEROUS_CONTEXT_KEYS].slice(0, 8).join(', ')}..., nor ${DANGEROUS_CONTEXT_PREFIXES.map((p) => `${p}*`).join(', ')})`);
      problems.key(field, key);
      problems.required(field, value, 'text');
      problems.text(field, value, { tokens: true });
    }
  }
  if (problems.object('tags', props.tags, 'an object of lower-case keys to text')) {
    for (const [key, value] of Object.entries(props.tags!)) {
      problems.check(TAG_KEY.test(key) && !RESERVED_TAGS.has(key), `tags.${key}`, key,
        'a lower-case key of letters, digits and "_" that is not an OpenNebula attribute or one HaService sets (service, zone, datacenter)');
      problems.key(`tags.${key}`, key);
      problems.required(`tags.${key}`, value, 'text');
      problems.text(`tags.${key}`, value, { tokens: true });
    }
  }
}

function checkType(problems: Problems, field: string, value: unknown, type: abstract new (...args: any[]) => unknown, allowed: string): boolean {
  const ok = value instanceof type;
  problems.check(ok, field, value instanceof Construct ? `${value.constructor.name} ${value.node.path}` : value, allowed);
  return ok;
}

function validateRollout(problems: Problems, props: HaServiceProps): void {
  const rollout = props.rollout;
  if (!problems.object('rollout', rollout, 'an object of RolloutProps')) return;
  problems.check(rollout!.waitForReady === undefined || typeof rollout!.waitForReady === 'boolean', 'rollout.waitForReady', rollout!.waitForReady, 'true or false');
  problems.integer('rollout.drainSeconds', rollout!.drainSeconds, LIMITS.drainSeconds.min, LIMITS.drainSeconds.max, { literal: true });
  if (rollout!.drainSeconds !== undefined) {
    problems.check(isPlainObject(props.puppet) && props.puppet.puppetDbUrl !== undefined, 'rollout.drainSeconds', rollout!.drainSeconds,
      'only with puppet.puppetDbUrl (members are drained after their deactivation in PuppetDB)');
  }
  problems.integer('rollout.readyTimeoutSeconds', rollout!.readyTimeoutSeconds, LIMITS.readyTimeoutSeconds.min, LIMITS.readyTimeoutSeconds.max,
    { literal: true });
  problems.integer('rollout.createTimeoutMinutes', rollout!.createTimeoutMinutes, LIMITS.createTimeoutMinutes.min, LIMITS.createTimeoutMinutes.max,
    { literal: true });
}

/** Checks the datacenters; returns those that are Datacenters (the others are problems already). */
function validateDatacenters(problems: Problems, props: HaServiceProps, zoneOk: boolean): Datacenter[] {
  if (!problems.required('datacenters', props.datacenters, 'a list of Datacenters') || !problems.array('datacenters', props.datacenters, 'a list of Datacenters')) {
    return [];
  }
  const datacenters = props.datacenters.filter((dc, i) => checkType(problems, `datacenters[${i}]`, dc, Datacenter, 'a Datacenter'));
  problems.check(props.datacenters.length > 0, 'datacenters', '[]', 'at least one datacenter');
  const seen = new Map<string, number>();
  props.datacenters.forEach((dc, i) => {
    if (!(dc instanceof Datacenter)) return;
    if (zoneOk && dc.zone !== props.zone) {
      problems.add(`datacenters[${i}]`, dc.datacenterName,
        `a datacenter of zone "${props.zone.zoneName}" (this one belongs to zone "${dc.zone.zoneName}")`);
    }
    if (SERVICE_CHILD_IDS.includes(dc.datacenterName)) {
      problems.add(`datacenters[${i}]`, dc.datacenterName, `a datacenter name other than ${SERVICE_CHILD_IDS.join(', ')} (names the service uses for its outputs)`);
    }
    const first = seen.get(dc.datacenterName);
    if (first !== undefined) {
      problems.add(`datacenters[${i}]`, dc.datacenterName, `a datacenter not already listed (same name as datacenters[${first}])`);
    } else {
      seen.set(dc.datacenterName, i);
    }
  });
  if (zoneOk && props.zone.production && datacenters.length === 1 && props.allowSingleDatacenter !== true) {
    problems.add('datacenters', `[${datacenters[0].datacenterName}]`,
      `two datacenters or more for a service in production zone "${props.zone.zoneName}" (set allowSingleDatacenter: true to accept the risk)`);
  }
  return datacenters;
}

function validateInstances(problems: Problems, props: HaServiceProps, datacenters: Datacenter[]): void {
  const { min, max } = LIMITS.instances;
  const literal = (field: string, value: number) => {
    if (Token.isUnresolved(value)) {
      problems.add(field, value, 'a literal number: the placement plan is computed at synth time');
    } else if (problems.required(field, value, `an integer from ${min} to ${max}`)) {
      problems.integer(field, value, min, max);
    }
  };
  literal('instances', props.instances);
  const names = new Set(datacenters.map((dc) => dc.datacenterName));
  if (problems.object('instancesPerDatacenter', props.instancesPerDatacenter, 'an object of datacenter names to integers')) {
    for (const [dc, count] of Object.entries(props.instancesPerDatacenter!)) {
      const field = `instancesPerDatacenter.${dc}`;
      problems.check(names.has(dc), field, dc, `the name of one of the service's datacenters (${[...names].sort().join(', ')})`);
      literal(field, count);
    }
  }
}

function validateSize(problems: Problems, props: HaServiceProps): void {
  const size = props.size;
  if (!problems.required('size', size, 'cpu, vcpu, memoryMb and diskMb') || !problems.object('size', size, 'an object with cpu, vcpu, memoryMb and diskMb')) return;
  const number = (field: 'cpu' | 'vcpu' | 'memoryMb' | 'diskMb', allowed: string) =>
    problems.required(`size.${field}`, size[field], allowed);
  if (number('vcpu', `an integer from ${LIMITS.vcpu.min} to ${LIMITS.vcpu.max}`)) problems.integer('size.vcpu', size.vcpu, LIMITS.vcpu.min, LIMITS.vcpu.max);
  if (number('memoryMb', `an integer from ${LIMITS.memoryMb.min} to ${LIMITS.memoryMb.max}`)) {
    problems.integer('size.memoryMb', size.memoryMb, LIMITS.memoryMb.min, LIMITS.memoryMb.max);
  }
  if (number('diskMb', `an integer from ${LIMITS.diskMb.min} to ${LIMITS.diskMb.max}`)) problems.integer('size.diskMb', size.diskMb, LIMITS.diskMb.min, LIMITS.diskMb.max);
  const { min, max } = LIMITS.cpu;
  const cpuAllowed = `a number from ${min} to ${max} with at most two decimals (a share of physical CPUs)`;
  if (number('cpu', cpuAllowed) && !Token.isUnresolved(size.cpu)) {
    problems.check(typeof size.cpu === 'number' && Number.isFinite(size.cpu) && size.cpu >= min && size.cpu <= max
      && Math.abs(Math.round(size.cpu * 100) - size.cpu * 100) < 1e-9, 'size.cpu', size.cpu, cpuAllowed);
    if (typeof size.vcpu === 'number' && !Token.isUnresolved(size.vcpu) && Number.isFinite(size.cpu) && size.cpu > size.vcpu) {
      problems.add('size.cpu', size.cpu, `at most size.vcpu (${size.vcpu}): a VM cannot be guaranteed more physical CPU than it has virtual CPUs`);
    }
  }
}

/**
 * The input of `ServicePlanner.plan`, given directly (HaService validates its props before it
 * plans): names, datacenters, instance counts and the revision within the limits HaService has.
 */
export function validatePlanInput(problems: Problems, input: PlanInput): void {
  const allowed = 'a PlanInput: service, zone, zoneShortName, datacenters, instances';
  if (!problems.required('(input)', input, allowed) || !problems.object('(input)', input, allowed)) return;
  if (problems.required('service', input.service, `a service name (lower-case words joined by "_", at most ${LIMITS.serviceNameLength} characters)`)) {
    problems.name('service', input.service, SERVICE_NAME, `lower-case words joined by "_", at most ${LIMITS.serviceNameLength} characters`);
  }
  if (problems.required('zone', input.zone, 'a zone name')) problems.name('zone', input.zone, IDENTITY_NAME, 'a lower-case name: letters, digits and "_", starting with a letter');
  if (problems.required('zoneShortName', input.zoneShortName, 'a short zone name')) {
    problems.name('zoneShortName', input.zoneShortName, SHORT_NAME, 'lower case letters and digits, starting with a letter, at most 10 characters');
  }
  const { min, max } = LIMITS.instances;
  if (problems.required('instances', input.instances, `an integer from ${min} to ${max}`)) problems.integer('instances', input.instances, min, max, { literal: true });
  problems.integer('templateRevision', input.templateRevision, LIMITS.templateRevision.min, LIMITS.templateRevision.max, { literal: true });
  const names = new Set<string>();
  if (problems.required('datacenters', input.datacenters, 'one datacenter name or more') && problems.array('datacenters', input.datacenters, 'a list of datacenter names')) {
    problems.check(input.datacenters.length > 0, 'datacenters', '[]', 'one datacenter name or more');
    input.datacenters.forEach((name, i) => {
      problems.name(`datacenters[${i}]`, name, DATACENTER_NAME, 'a datacenter name: lower case letters and digits, starting with a letter');
      problems.check(!names.has(name), `datacenters[${i}]`, name, 'a datacenter not already listed');
      names.add(name);
    });
  }
  if (problems.object('instancesPerDatacenter', input.instancesPerDatacenter, 'an object of datacenter names to integers')) {
    for (const [dc, count] of Object.entries(input.instancesPerDatacenter!)) {
      const field = `instancesPerDatacenter.${dc}`;
      problems.check(names.has(dc), field, dc, `the name of one of the datacenters (${[...names].sort().join(', ')})`);
      problems.integer(field, count, min, max, { literal: true });
    }
  }
}
