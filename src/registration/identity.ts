/**
 * Who a VM is, as Puppet and HAProxy know it: the values of its trusted facts
 * (certificate extensions pp_service, pp_role, pp_environment, pp_zone, pp_datacenter).
 *
 * Every field is a name validated by the service before registration sees it.
 */
import { refuse } from '../core/validation';

export interface ServiceIdentity {
  /** Service name (`^[a-z][a-z0-9_]*$`): trusted fact `pp_service`. */
  readonly service: string;
  /** Puppet role (`^[a-z][a-z0-9_]*$`): trusted fact `pp_role`. */
  readonly role: string;
  /** Puppet environment (`^[a-z][a-z0-9_]*$`): agent `environment` and trusted fact `pp_environment`. */
  readonly environment: string;
  /** OpenNebula zone name (`^[a-z][a-z0-9_]*$`): trusted fact `pp_zone`. */
  readonly zone: string;
  /** Datacenter name (`^[a-z][a-z0-9]*$`): trusted fact `pp_datacenter`. */
  readonly datacenter: string;
}

/** Lower-case word names: services, roles, environments, zones. */
export const IDENTITY_NAME = /^[a-z][a-z0-9_]*$/;
/** Datacenter names: no underscore. */
export const DATACENTER_NAME = /^[a-z][a-z0-9]*$/;

/**
 * Throws unless every field of `identity` is a valid name. Registration renders nothing from an
 * identity that did not pass this check, whatever its caller validated before.
 */
export function assertServiceIdentity(identity: ServiceIdentity): void {
  const bad: string[] = [];
  for (const field of ['service', 'role', 'environment', 'zone'] as const) {
    if (typeof identity[field] !== 'string' || !IDENTITY_NAME.test(identity[field])) bad.push(`${field} = ${JSON.stringify(identity[field])}`);
  }
  if (typeof identity.datacenter !== 'string' || !DATACENTER_NAME.test(identity.datacenter)) {
    bad.push(`datacenter = ${JSON.stringify(identity.datacenter)}`);
  }
  if (bad.length > 0) refuse('registration', 'identity', bad.join(', '), 'names only: an invalid service identity was given (service, role, environment, zone: [a-z][a-z0-9_]*; datacenter: [a-z][a-z0-9]*)');
}
