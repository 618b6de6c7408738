import { Token } from 'cdktf';
import type { HaServiceProps } from './ha-service';
import { Problems } from '../core/validation';
import { validateHaproxy } from '../registration/haproxy';
import { isRegistrationContextKey, validatePuppet } from '../registration/puppet';

/** Bounds of a service declaration, in one place so docs and errors agree. */
export const LIMITS = {
  instances: { min: 1, max: 32 },
  vcpu: { min: 1, max: 128 },
  cpu: { min: 0.01, max: 128 },
  memoryMb: { min: 256, max: 1_048_576 },
  diskMb: { min: 1_024, max: 16_777_216 },
  templateRevision: { min: 1, max: 999 },
  readyTimeoutSeconds: { min: 1, max: 86_400 },
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
 * Every rule of a service declaration. Literal values are checked; tokens (values only
 * Terraform knows) pass where the prop documents that it accepts them.
 */
export function validateHaService(problems: Problems, props: HaServiceProps, serviceName: string): void {
  problems.name(serviceName === props.serviceName ? 'serviceName' : 'serviceName (from the construct id)', serviceName, SERVICE_NAME,
    `lower case letters and digits in words joined by single "_", starting with a letter, at most ${LIMITS.serviceNameLength} characters`);

  validateDatacenters(problems, props);
  validateInstances(problems, props);
  validateSize(problems, props);

  if (props.puppet) validatePuppet(problems, props.puppet);
  if (props.haproxy) validateHaproxy(problems, props.haproxy, (props.datacenters ?? []).map((dc) => dc.datacenterName));

  problems.integer('templateRevision', props.templateRevision, LIMITS.templateRevision.min, LIMITS.templateRevision.max);
  validateRollout(problems, props);

  for (const [key, value] of Object.entries(props.context ?? {})) {
    problems.check(CONTEXT_KEY.test(key), `context.${key}`, key, 'an upper-case key of letters, digits and "_"');
    problems.check(!RESERVED_CONTEXT_KEYS.includes(key) && !isRegistrationContextKey(key), `context.${key}`, key, `a key not set by HaService itself (${RESERVED_CONTEXT_KEYS.join(', ')}) or by its Puppet/HAProxy registration`);
    problems.check(Token.isUnresolved(value) || !value.includes('${'), `context.${key}`, value,
      'no "${" (a Terraform interpolation); OpenNebula references are written $NAME');
  }
  for (const key of Object.keys(props.tags ?? {})) {
    problems.check(TAG_KEY.test(key) && !RESERVED_TAGS.has(key), `tags.${key}`, key,
      'a lower-case key of letters, digits and "_" that is not an OpenNebula attribute or one HaService sets (service, zone, datacenter)');
  }
}

function validateRollout(problems: Problems, props: HaServiceProps): void {
  const rollout = props.rollout;
  if (rollout === undefined) return;
  problems.check(rollout.waitForReady === undefined || typeof rollout.waitForReady === 'boolean', 'rollout.waitForReady', rollout.waitForReady, 'true or false');
  problems.integer('rollout.drainSeconds', rollout.drainSeconds, LIMITS.drainSeconds.min, LIMITS.drainSeconds.max, { literal: true });
  if (rollout.drainSeconds !== undefined) {
    problems.check(props.puppet?.puppetDbUrl !== undefined, 'rollout.drainSeconds', rollout.drainSeconds,
      'only with puppet.puppetDbUrl (members are drained after their deactivation in PuppetDB)');
  }
  problems.integer('rollout.readyTimeoutSeconds', rollout.readyTimeoutSeconds, LIMITS.readyTimeoutSeconds.min, LIMITS.readyTimeoutSeconds.max,
    { literal: true });
}

function validateDatacenters(problems: Problems, props: HaServiceProps): void {
  const datacenters = props.datacenters ?? [];
  problems.check(datacenters.length > 0, 'datacenters', '[]', 'at least one datacenter');
  const seen = new Map<string, number>();
  datacenters.forEach((dc, i) => {
    if (dc.zone !== props.zone) {
      problems.add(`datacenters[${i}]`, dc.datacenterName,
        `a datacenter of zone "${props.zone.zoneName}" (this one belongs to zone "${dc.zone.zoneName}")`);
    }
    const first = seen.get(dc.datacenterName);
    if (first !== undefined) {
      problems.add(`datacenters[${i}]`, dc.datacenterName, `a datacenter not already listed (same name as datacenters[${first}])`);
    } else {
      seen.set(dc.datacenterName, i);
    }
  });
  if (props.zone.production && datacenters.length === 1 && !props.allowSingleDatacenter) {
    problems.add('datacenters', `[${datacenters[0].datacenterName}]`,
      `two datacenters or more for a service in production zone "${props.zone.zoneName}" (set allowSingleDatacenter: true to accept the risk)`);
  }
}

function validateInstances(problems: Problems, props: HaServiceProps): void {
  const { min, max } = LIMITS.instances;
  const literal = (field: string, value: number) => {
    if (Token.isUnresolved(value)) {
      problems.add(field, value, 'a literal number: the placement plan is computed at synth time');
    } else {
      problems.integer(field, value, min, max);
    }
  };
  literal('instances', props.instances);
  const names = new Set((props.datacenters ?? []).map((dc) => dc.datacenterName));
  for (const [dc, count] of Object.entries(props.instancesPerDatacenter ?? {})) {
    problems.check(names.has(dc), `instancesPerDatacenter.${dc}`, dc, `the name of one of the service's datacenters (${[...names].sort().join(', ')})`);
    literal(`instancesPerDatacenter.${dc}`, count);
  }
}

function validateSize(problems: Problems, props: HaServiceProps): void {
  const size = props.size;
  if (!size) {
    problems.add('size', undefined, 'cpu, vcpu, memoryMb and diskMb');
    return;
  }
  problems.integer('size.vcpu', size.vcpu, LIMITS.vcpu.min, LIMITS.vcpu.max);
  problems.integer('size.memoryMb', size.memoryMb, LIMITS.memoryMb.min, LIMITS.memoryMb.max);
  problems.integer('size.diskMb', size.diskMb, LIMITS.diskMb.min, LIMITS.diskMb.max);
  if (!Token.isUnresolved(size.cpu)) {
    const { min, max } = LIMITS.cpu;
    problems.check(Number.isFinite(size.cpu) && size.cpu >= min && size.cpu <= max && Math.abs(Math.round(size.cpu * 100) - size.cpu * 100) < 1e-9,
      'size.cpu', size.cpu, `a number from ${min} to ${max} with at most two decimals (a share of physical CPUs)`);
    if (!Token.isUnresolved(size.vcpu) && Number.isFinite(size.cpu) && size.cpu > size.vcpu) {
      problems.add('size.cpu', size.cpu, `at most size.vcpu (${size.vcpu}): a VM cannot be guaranteed more physical CPU than it has virtual CPUs`);
    }
  }
}
