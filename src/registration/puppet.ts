import { Token } from 'cdktf';
import { enrolmentScriptBase64 } from './start-script';
import { Problems } from '../core/validation';

/** How the VMs of a service enrol in Puppet. */
export interface PuppetProps {
  /** Puppet server the agents enrol with, a DNS name such as `puppet.example.com`. */
  readonly server: string;

  /**
   * Role of the VMs (trusted fact `pp_role`); Puppet classifies nodes with it.
   * @default the service name
   */
  readonly role?: string;

  /**
   * Puppet environment of the agents (trusted fact `pp_environment`).
   * @default the zone name
   */
  readonly environment?: string;

  /**
   * Port of the Puppet server.
   * @default 8140
   */
  readonly serverPort?: number;

  /**
   * How long the first agent run waits for its certificate to be signed, in seconds.
   * @default 120
   */
  readonly waitForCertSeconds?: number;

  /**
   * Autosign challenge password (policy-based autosigning), sent as the CSR's
   * challengePassword attribute. Must be a token of a sensitive Terraform variable, such as
   * `new TerraformVariable(stack, 'puppet_challenge', { sensitive: true }).stringValue`:
   * a literal would be written in clear in the synthesized Terraform JSON.
   * @default none: certificates are signed by other means
   */
  readonly challengePassword?: string;
}

/** Who a VM is, as Puppet and HAProxy know it. */
export interface ServiceIdentity {
  readonly service: string;
  readonly role: string;
  readonly environment: string;
  readonly zone: string;
  readonly datacenter: string;
}

const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** Puppet environment names; roles follow the same rule. */
const PUPPET_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export function validatePuppet(problems: Problems, props: PuppetProps): void {
  problems.name('puppet.server', props.server, DNS_NAME, 'a lower-case DNS name such as puppet.example.com');
  problems.name('puppet.role', props.role, PUPPET_NAME, 'lower case letters, digits and "_", starting with a letter');
  problems.name('puppet.environment', props.environment, PUPPET_NAME, 'a Puppet environment name: lower case letters, digits and "_", starting with a letter');
  problems.integer('puppet.serverPort', props.serverPort, 1, 65535);
  problems.integer('puppet.waitForCertSeconds', props.waitForCertSeconds, 0, 3600);
  if (props.challengePassword !== undefined && !Token.isUnresolved(props.challengePassword)) {
    problems.add('puppet.challengePassword', '(a literal, not shown)',
      'a token of a sensitive TerraformVariable: a literal secret would appear in clear in the synthesized Terraform JSON');
  }
}

/** The identity of the VMs of one datacenter of a service. */
export function serviceIdentity(props: PuppetProps, service: string, zone: string, datacenter: string): ServiceIdentity {
  return { service, role: props.role ?? service, environment: props.environment ?? zone, zone, datacenter };
}

/**
 * Context variables for Puppet enrolment. The identity variables SERVICE_NAME, SERVICE_ZONE
 * and SERVICE_DATACENTER are set by the service itself.
 */
export function puppetContext(props: PuppetProps, identity: ServiceIdentity): { [key: string]: string } {
  const context: { [key: string]: string } = {
    PUPPET_SERVER: props.server,
    PUPPET_PORT: String(props.serverPort ?? 8140),
    PUPPET_ROLE: identity.role,
    PUPPET_ENVIRONMENT: identity.environment,
    PUPPET_WAITFORCERT: String(props.waitForCertSeconds ?? 120),
    START_SCRIPT_BASE64: enrolmentScriptBase64(),
  };
  if (props.challengePassword !== undefined) context.PUPPET_CHALLENGE_PASSWORD = props.challengePassword;
  return context;
}

/**
 * PuppetDB query (PQL) selecting the members of a service in an environment by their
 * trusted facts, with the address HAProxy needs.
 */
export function puppetDbQuery(identity: Pick<ServiceIdentity, 'service' | 'environment'>): string {
  return 'inventory[certname, facts.networking.ip, trusted.extensions.pp_datacenter] { '
    + `trusted.extensions.pp_service = "${identity.service}" and trusted.extensions.pp_environment = "${identity.environment}" }`;
}
