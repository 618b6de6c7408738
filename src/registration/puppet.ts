import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { assertContextValue, literalInteger, literalName } from './checks';
import { ServiceIdentity, assertServiceIdentity } from './identity';
import type { PuppetProps } from './puppet-props';
import { CONTEXT, FACT_PREFIX, SCRIPT_HOOKS, assertFacts, contextValues, resolvePuppet } from './settings';
import { renderStartScript } from './start-script';
import { Problems, isSensitiveVariable, refuse } from '../core/validation';

export type { PuppetProps } from './puppet-props';

/** RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens, at most 253 characters. */
const DNS_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
/** Puppet environment names (roles follow the same rule). */
export const PUPPET_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Adds a problem for every invalid field of `props`. Only `challengePassword` may (and must) be a
 * token; given the construct it is declared in (`scope`), it must be the token of a sensitive
 * variable of that construct's stack, without a default: any other token (`Lazy`, `Fn.join`, a
 * non-sensitive variable) could carry the secret in clear into the synthesized JSON.
 */
export function validatePuppet(problems: Problems, props: PuppetProps, scope?: Construct): void {
  literalName(problems, 'puppet.server', props.server, DNS_NAME,
    'a DNS name (RFC 1123: labels of letters, digits and inner "-" joined by ".", at most 253 characters), e.g. puppet.example.com');
  if (props.server === undefined) problems.add('puppet.server', props.server, 'a DNS name such as puppet.example.com (required)');
  literalName(problems, 'puppet.role', props.role, PUPPET_NAME,
    'a Puppet role name matching ^[a-z][a-z0-9_]{0,62}$ (lower-case letters, digits and "_", starting with a letter)');
  literalName(problems, 'puppet.environment', props.environment, PUPPET_NAME,
    'a Puppet environment name matching ^[a-z][a-z0-9_]{0,62}$ (lower-case letters, digits and "_", starting with a letter)');
  literalInteger(problems, 'puppet.serverPort', props.serverPort, 1, 65535);
  literalInteger(problems, 'puppet.waitForCertSeconds', props.waitForCertSeconds, 0, 3600);
  literalInteger(problems, 'puppet.maxWaitForCertSeconds', props.maxWaitForCertSeconds, 1, 86400);
  if (props.puppetDbUrl !== undefined) {
    // No credentials in the URL: they would be written in clear into the synthesized JSON.
    const ok = typeof props.puppetDbUrl === 'string' && !Token.isUnresolved(props.puppetDbUrl)
      && /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?\/?$/.test(props.puppetDbUrl);
    problems.check(ok, 'puppet.puppetDbUrl', ok || typeof props.puppetDbUrl !== 'string' ? props.puppetDbUrl : '(not shown: may hold credentials)',
      'a literal http:// or https:// URL of a host and optional port, such as https://puppetdb.example.com:8081 (no path, no user or password)');
  }
  if (props.challengePassword !== undefined && !Token.isUnresolved(props.challengePassword)) {
    // Never echo the literal: it is a secret.
    problems.add('puppet.challengePassword', '(a literal, not shown)',
      'a token of a sensitive TerraformVariable (new TerraformVariable(stack, id, { type: "string", sensitive: true }).stringValue): '
      + 'a literal secret would be written in clear into the synthesized Terraform JSON');
  } else if (props.challengePassword !== undefined && scope !== undefined && !isSensitiveVariable(scope, props.challengePassword)) {
    problems.add('puppet.challengePassword', '(a token, not shown)',
      'exactly the token of a sensitive TerraformVariable of this stack, without a default (new TerraformVariable(stack, id, '
      + '{ type: "string", sensitive: true }).stringValue): a Lazy value, an Fn expression, a non-sensitive variable or a default '
      + 'would write the secret in clear into the synthesized Terraform JSON');
  }
}

/** The identity of the VMs of one datacenter of a service: role defaults to the service, environment to the zone. */
export function serviceIdentity(service: string, zone: string, datacenter: string, puppet?: PuppetProps): ServiceIdentity {
  return { service, role: puppet?.role ?? service, environment: puppetEnvironment(zone, puppet), zone, datacenter };
}

/** The Puppet environment of a service's agents: `puppet.environment`, else the zone name. */
export function puppetEnvironment(zone: string, puppet?: PuppetProps): string {
  return puppet?.environment ?? zone;
}

/**
 * The context variables of a datacenter's template: the identity (`SERVICE_*`), the Puppet
 * settings (`PUPPET_*`), each custom fact `name` as `FACT_<NAME>`, the challenge password
 * when given (`PUPPET_CHALLENGE_PASSWORD_B64`: `base64encode()` of the sensitive variable, so no
 * character of it is special where one-context writes it), and the enrolment script as
 * `START_SCRIPT_BASE64`.
 *
 * Keys are upper case. No value contains `$` (an OpenNebula reference, or with `{` a Terraform
 * interpolation), except the challenge password, an expression over a sensitive variable.
 */
export function puppetContext(identity: ServiceIdentity, props: PuppetProps, facts: { [key: string]: string } = {}): { [key: string]: string } {
  assertServiceIdentity(identity);
  assertFacts(facts);
  const puppet = resolvePuppet(props);
  const context: { [key: string]: string } = Object.fromEntries(contextValues(identity, puppet, facts));
  context[CONTEXT.script] = Buffer.from(renderStartScript(identity, props, facts), 'utf8').toString('base64');
  for (const [key, value] of Object.entries(context)) assertContextValue(key, value);
  if (props.challengePassword !== undefined) {
    if (!Token.isUnresolved(props.challengePassword)) {
      refuse('registration', 'puppet.challengePassword', '(a literal, not shown)', 'must be a token of a sensitive TerraformVariable, not a literal');
    }
    // Base64 at apply time: one-context writes context values into a file the script sources, where
    // a clear password's backquote, dollar or backslash would be expanded (docs/security.md).
    context[CONTEXT.challenge] = Fn.base64encode(props.challengePassword);
  }
  return context;
}

/**
 * Whether `key` is a context variable registration sets or the enrolment script reads
 * (`SERVICE_*` identity keys, `PUPPET_*`, `FACT_*`, `START_SCRIPT*` and the script's test
 * hooks): a declaration's own context must not set it.
 */
export function isRegistrationContextKey(key: string): boolean {
  return Object.values(CONTEXT).includes(key)
    || key === 'START_SCRIPT'
    || key.startsWith(FACT_PREFIX)
    || SCRIPT_HOOKS.includes(key);
}
