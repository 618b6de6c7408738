import { assertContextValue } from './checks';
import type { ServiceIdentity } from './identity';
import type { PuppetProps } from './puppet-props';
import { refuse } from '../core/validation';

/** Defaults of the optional Puppet settings (documented on PuppetProps). */
export const PUPPET_DEFAULTS = {
  serverPort: 8140,
  waitForCertSeconds: 60,
  maxWaitForCertSeconds: 900,
};

/** The Puppet settings of a service with every default applied. */
export interface ResolvedPuppet {
  readonly server: string;
  readonly serverPort: number;
  readonly waitForCertSeconds: number;
  readonly maxWaitForCertSeconds: number;
  readonly challenge: boolean;
}

export function resolvePuppet(props: PuppetProps): ResolvedPuppet {
  return {
    server: props.server,
    serverPort: props.serverPort ?? PUPPET_DEFAULTS.serverPort,
    waitForCertSeconds: props.waitForCertSeconds ?? PUPPET_DEFAULTS.waitForCertSeconds,
    maxWaitForCertSeconds: props.maxWaitForCertSeconds ?? PUPPET_DEFAULTS.maxWaitForCertSeconds,
    challenge: props.challengePassword !== undefined,
  };
}

/** Context variables carrying the identity and the Puppet settings, in the order the script reads them. */
export const CONTEXT = {
  service: 'SERVICE_NAME',
  role: 'SERVICE_ROLE',
  environment: 'SERVICE_ENVIRONMENT',
  zone: 'SERVICE_ZONE',
  datacenter: 'SERVICE_DATACENTER',
  server: 'PUPPET_SERVER',
  serverPort: 'PUPPET_PORT',
  waitForCert: 'PUPPET_WAITFORCERT',
  maxWaitForCert: 'PUPPET_MAXWAITFORCERT',
  challenge: 'PUPPET_CHALLENGE_PASSWORD_B64',
  script: 'START_SCRIPT_BASE64',
};

/** Prefix of the context variables carrying custom facts: fact `x_y` travels as `FACT_X_Y`. */
export const FACT_PREFIX = 'FACT_';

/**
 * Environment variables the enrolment script reads besides the context variables above:
 * test hooks and one-context's own. A declaration's context must not set them.
 */
export const SCRIPT_HOOKS = ['HASERVICE_ROOT', 'HASERVICE_STATE_DIR', 'HASERVICE_FACTS_DIR', 'ONE_CONTEXT_ENV', 'PUPPET_BIN', 'ONEGATE_BIN', 'HASERVICE_HEALTH_PROBE', 'HASERVICE_HEALTH_TRIES'];

/** Custom fact names: lower-case words, at most 63 characters (the context key adds 5). */
export const FACT_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** Fact written by the script at boot from ETH0_IP: the address of the VM's first NIC. */
export const ADDRESS_FACT = 'haservice_address';

/** The context variable carrying custom fact `name`. */
export function factContextKey(name: string): string {
  return `${FACT_PREFIX}${name.toUpperCase()}`;
}

/** Throws unless every fact has a valid name and a value that can travel through the context. */
export function assertFacts(facts: { [key: string]: string }): void {
  for (const [name, value] of Object.entries(facts)) {
    if (!FACT_NAME.test(name) || name === ADDRESS_FACT) {
      refuse('registration', 'custom fact name', name, `an invalid custom fact name was given: lower-case words, not ${ADDRESS_FACT}`);
    }
    if (typeof value !== 'string') refuse('registration', `custom fact ${name}`, value, 'a string');
    assertContextValue(factContextKey(name), value);
  }
}

/** Facts in a stable order, so the rendered script does not depend on insertion order. */
export function sortedFacts(facts: { [key: string]: string }): Array<[string, string]> {
  return Object.entries(facts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The context variables of the identity, the Puppet settings and the custom facts, in the order
 * the enrolment script reads them: the one table both the template's context and the script's
 * fallback values come from.
 */
export function contextValues(identity: ServiceIdentity, puppet: ResolvedPuppet, facts: { [key: string]: string }): Array<[string, string]> {
  return [
    [CONTEXT.service, identity.service],
    [CONTEXT.role, identity.role],
    [CONTEXT.environment, identity.environment],
    [CONTEXT.zone, identity.zone],
    [CONTEXT.datacenter, identity.datacenter],
    [CONTEXT.server, puppet.server],
    [CONTEXT.serverPort, String(puppet.serverPort)],
    [CONTEXT.waitForCert, String(puppet.waitForCertSeconds)],
    [CONTEXT.maxWaitForCert, String(puppet.maxWaitForCertSeconds)],
    ...sortedFacts(facts).map(([name, value]): [string, string] => [factContextKey(name), value]),
  ];
}
