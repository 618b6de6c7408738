import { Token, TerraformStack } from 'cdktf';
import { HaPolicyContext, HaPolicyFinding, HaPolicyLevel, IHaPolicyRule } from './rule';
import { CONTEXT } from '../registration/settings';
import type { DatacenterDeployment } from '../service/deployment';
import type { HaService } from '../service/ha-service';

/** Bounds of a VM's size a platform sets; each unset bound is not checked. */
export interface HaSizeLimits {
  /** @default - no lower bound */
  readonly minCpu?: number;
  /** @default - no upper bound */
  readonly maxCpu?: number;
  /** @default - no lower bound */
  readonly minVcpu?: number;
  /** @default - no upper bound */
  readonly maxVcpu?: number;
  /** @default - no lower bound */
  readonly minMemoryMb?: number;
  /** @default - no upper bound */
  readonly maxMemoryMb?: number;
  /** @default - no lower bound */
  readonly minDiskMb?: number;
  /** @default - no upper bound */
  readonly maxDiskMb?: number;
}

/** What the built-in rules are configured with (the props of HaPolicyChecks they read). */
export interface BuiltInRuleSettings {
  readonly hostsPerDatacenter: { [zoneAndDatacenter: string]: number };
  readonly sizeLimits?: HaSizeLimits;
  readonly ownerTagKeys: string[];
}

/** Ids of the built-in rules, in the order they run and are documented (docs/policy.md). */
export const BUILT_IN_RULE_IDS = [
  'ha-multi-datacenter', 'ha-hosts-capacity', 'ha-health-check', 'ha-challenge-password',
  'ha-owner-tag', 'ha-size-range', 'ha-unique-service-name',
] as const;

function isProduction(service: HaService): boolean {
  return service.deployments.some((d) => d.datacenter.zone.production);
}

function zoneName(service: HaService): string {
  return service.plan.zone;
}

/** The create timeout of the datacenter's VMs, for people. */
function createTimeout(deployment: DatacenterDeployment): string {
  return `rollout.createTimeoutMinutes (${deployment.createTimeoutMinutes} minutes)`;
}

function rule(id: typeof BUILT_IN_RULE_IDS[number], level: HaPolicyLevel, description: string,
  check: (service: HaService, context: HaPolicyContext) => HaPolicyFinding[]): IHaPolicyRule {
  return { id, level, description, check };
}

/** The built-in rules, configured. */
export function builtInRules(settings: BuiltInRuleSettings): IHaPolicyRule[] {
  return [
    rule('ha-multi-datacenter', HaPolicyLevel.ERROR,
      'A service of a production zone spans at least two datacenters.',
      (service) => {
        if (!isProduction(service) || service.plan.datacenters.length >= 2) return [];
        const only = service.plan.datacenters.map((dc) => dc.datacenter).join(', ');
        return [{
          message: `production zone "${zoneName(service)}" but a single datacenter (${only}): losing it takes the service down`,
          fix: 'add a second datacenter of the zone to `datacenters` (allowSingleDatacenter does not exempt a service from this rule; a suppression with a reason does)',
        }];
      }),

    rule('ha-hosts-capacity', HaPolicyLevel.ERROR,
      'No datacenter holds more instances of a service than its cluster has hosts (host counts from hostsPerDatacenter).',
      (service) => service.deployments.flatMap((deployment): HaPolicyFinding[] => {
        const key = `${zoneName(service)}/${deployment.name}`;
        if (!Object.prototype.hasOwnProperty.call(settings.hostsPerDatacenter, key)) return [];
        const hosts = settings.hostsPerDatacenter[key];
        const instances = deployment.planned.vms.length;
        if (instances <= hosts) return [];
        const cluster = deployment.datacenter.clusterId === undefined || Token.isUnresolved(deployment.datacenter.clusterId)
          ? `the cluster of ${deployment.datacenter.node.path}` : `cluster ${deployment.datacenter.clusterId} (${deployment.datacenter.node.path})`;
        return [{
          message: `${deployment.name} holds ${instances} anti-affined instances but ${cluster} has ${hosts} host${hosts === 1 ? '' : 's'}: `
            + `the scheduler places one instance per host, so ${instances - hosts} VM${instances - hosts === 1 ? ' stays' : 's stay'} PENDING and the apply fails after `
            + `${createTimeout(deployment)} with "Failed to wait virtual machine to be in RUNNING state"`,
          fix: `add ${instances - hosts} host${instances - hosts === 1 ? '' : 's'} to that cluster (and raise hostsPerDatacenter["${key}"]), `
            + `or set instancesPerDatacenter.${deployment.name} (or instances) to at most ${hosts}`,
        }];
      })),

    rule('ha-health-check', HaPolicyLevel.WARNING,
      'A service with an HAProxy backend declares its health check (haproxy.healthCheck).',
      (service) => {
        if (service.haproxyBackendOutput === undefined) return [];
        if (service.haproxy?.healthCheck !== undefined) return [];
        return [{
          message: 'an HAProxy backend without haproxy.healthCheck: servers are checked with the defaults only '
            + '(GET / expecting 200 in mode http, a bare TCP connect in mode tcp), which a member answers even when the service is broken',
          fix: 'declare haproxy.healthCheck, e.g. { path: \'/health\' }: a path that answers 200 only when the service works',
        }];
      }),

    rule('ha-challenge-password', HaPolicyLevel.ERROR,
      'Production services enrolling in Puppet send an autosign challenge password (puppet.challengePassword).',
      (service) => {
        if (!isProduction(service)) return [];
        const enrols = service.deployments.some((d) => d.context[CONTEXT.server] !== undefined);
        const challenged = service.deployments.every((d) => d.context[CONTEXT.challenge] !== undefined);
        if (!enrols || challenged) return [];
        return [{
          message: `enrols in Puppet in production zone "${zoneName(service)}" without puppet.challengePassword: `
            + 'the CA cannot tell its certificate requests from anyone else\'s, so it must sign them by hand or autosign blindly',
          fix: 'set puppet.challengePassword to the token of a sensitive TerraformVariable '
            + '(new TerraformVariable(stack, \'puppet_challenge\', { type: \'string\', sensitive: true }).stringValue) and check it in the CA\'s autosign policy',
        }];
      }),

    rule('ha-owner-tag', HaPolicyLevel.WARNING,
      `A service carries an owner tag (${settings.ownerTagKeys.join(' or ')}).`,
      (service) => {
        const tags = service.deployments[0]?.tags ?? {};
        const present = settings.ownerTagKeys.some((key) => Object.prototype.hasOwnProperty.call(tags, key)
          && (Token.isUnresolved(tags[key]) || String(tags[key]).trim() !== ''));
        if (present) return [];
        return [{
          message: `no owner tag (${settings.ownerTagKeys.join(' or ')}): nobody to call when its VMs misbehave`,
          fix: `add tags: { ${settings.ownerTagKeys[0]}: '<the team that runs it>' }`,
        }];
      }),

    rule('ha-size-range', HaPolicyLevel.ERROR,
      'The size of a service\'s VMs lies within the platform\'s sizeLimits (values that are tokens are not checked).',
      (service) => {
        const limits = settings.sizeLimits;
        const deployment = service.deployments[0];
        if (!limits || !deployment) return [];
        const values: Array<[string, number, number | undefined, number | undefined]> = [
          ['size.cpu', deployment.size.cpu, limits.minCpu, limits.maxCpu],
          ['size.vcpu', deployment.size.vcpu, limits.minVcpu, limits.maxVcpu],
          ['size.memoryMb', deployment.size.memory, limits.minMemoryMb, limits.maxMemoryMb],
          ['size.diskMb', deployment.diskMb, limits.minDiskMb, limits.maxDiskMb],
        ];
        return values.flatMap(([field, value, min, max]): HaPolicyFinding[] => {
          if (Token.isUnresolved(value) || typeof value !== 'number') return [];
          if ((min === undefined || value >= min) && (max === undefined || value <= max)) return [];
          const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
          return [{
            message: `${field} = ${value}: outside the platform's range (${range})`,
            fix: `set ${field} ${range}, or ask the platform team for an exception (a suppression with a reason)`,
          }];
        });
      }),

    rule('ha-unique-service-name', HaPolicyLevel.ERROR,
      'No two services of a zone share a name, across the stacks of the app (one stack already refuses it).',
      (service, context) => {
        const stack = TerraformStack.of(service);
        const twins = context.services.filter((other) => other !== service && other.serviceName === service.serviceName
          && zoneName(other) === zoneName(service) && TerraformStack.of(other) !== stack);
        if (twins.length === 0) return [];
        return [{
          message: `service name "${service.serviceName}" is also used in zone "${zoneName(service)}" by ${twins.map((t) => t.node.path).join(', ')}: `
            + 'OpenNebula refuses the second template or VM group of that name ("NAME is already taken") and the hostnames collide',
          fix: 'give one of them another serviceName, or declare the service once',
        }];
      }),
  ];
}
