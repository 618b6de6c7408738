import { HaproxyMember, HaproxyProps, haproxyFacts, pqlForService, renderHaproxyBackend } from './haproxy';
import { PuppetProps, puppetContext, puppetEnvironment, serviceIdentity } from './puppet';

/**
 * The registration of one service: the single entry point the service constructs use. The
 * modules behind it (identity, settings, start script, quoting) are its interior.
 */
export interface ServiceRegistration {
  /** Service name, e.g. `my_service`. */
  readonly service: string;
  /** Zone (environment) name, e.g. `production`. */
  readonly zone: string;
  /** Puppet enrolment, when the service has it. */
  readonly puppet?: PuppetProps;
  /** The service's HAProxy backend, when it has one. */
  readonly haproxy?: HaproxyProps;
}

/**
 * The context variables registration adds to the VMs of `datacenter` (identity, Puppet settings,
 * the HAProxy facts and the enrolment script); none without `puppet`.
 */
export function registrationContext(registration: ServiceRegistration, datacenter: string): { [key: string]: string } {
  const { service, zone, puppet, haproxy } = registration;
  if (!puppet) return {};
  return puppetContext(serviceIdentity(service, zone, datacenter, puppet), puppet, haproxy ? haproxyFacts(service, haproxy, datacenter) : {});
}

/** The PuppetDB query selecting the service's members, when it enrols in Puppet. */
export function registrationQuery(registration: ServiceRegistration): string | undefined {
  const { service, zone, puppet } = registration;
  return puppet ? pqlForService(service, puppetEnvironment(zone, puppet)) : undefined;
}

/** The HAProxy backend of the service over `members`, when it has one. */
export function registrationBackend(registration: ServiceRegistration, members: HaproxyMember[]): string | undefined {
  return registration.haproxy ? renderHaproxyBackend(registration.service, registration.haproxy, members) : undefined;
}
