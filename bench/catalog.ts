/**
 * The benchmark catalog: `count` services in one zone (`production`, one stack), each on the
 * two datacenters dc1 and dc2 with two instances per datacenter. The three variants
 * (variant-haservice.ts, variant-raw-l1.ts, variant-plain-json.ts) declare exactly this.
 *
 * This module imports nothing from cdktf or the library, so the plain-JSON variant does not pay
 * for loading them.
 */

/**
 * Puppet/HAProxy registration on every service (on by default, as the issue asks). Turn it off
 * per run with `npm run bench -- --no-registration` (which sets BENCH_REGISTRATION=0).
 */
export const REGISTRATION: boolean = process.env.BENCH_REGISTRATION !== '0';

/** The registration props every service gets when REGISTRATION is on. */
export const REGISTRATION_PROPS = {
  puppet: { server: 'puppet.example.com' },
  haproxy: { port: 8080, healthCheck: { path: '/health' } },
};

export const STACK_ID = 'production';
export const ZONE = {
  id: 'production',
  name: 'production',
  shortName: 'prod',
  endpoint: 'https://one-prod.example.com/RPC2',
};
export const DATACENTERS = [
  { name: 'dc1', clusterId: 100, networkId: 10, imageId: 20 },
  { name: 'dc2', clusterId: 101, networkId: 11, imageId: 21 },
];
export const INSTANCES = 2;
export const SIZE = { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 };

/** `svc_0001`, `svc_0002`, ... */
export function serviceName(index: number): string {
  return `svc_${String(index + 1).padStart(4, '0')}`;
}

/**
 * The registration helpers the library exports (registration/puppet.ts, registration/haproxy.ts),
 * looked up at run time so that this benchmark compiles against a library with or without them.
 * The raw and plain variants call them to build the same context values and outputs HaService
 * builds: they are pure string builders, so this measures the cdktf layer, not string building.
 */
export interface RegistrationHelpers {
  serviceIdentity(service: string, zone: string, datacenter: string, props: unknown): { environment: string };
  puppetContext(identity: unknown, props: unknown, facts: { [key: string]: string }): { [key: string]: string };
  haproxyFacts(service: string, props: unknown, datacenter: string): { [key: string]: string };
  renderHaproxyBackend(
    service: string, props: unknown, members: { name: string; address: string; datacenter: string; incarnation?: string }[],
  ): string;
  pqlForService(service: string, environment: string): string;
}

const HELPER_NAMES: (keyof RegistrationHelpers)[] = ['serviceIdentity', 'puppetContext', 'haproxyFacts', 'renderHaproxyBackend', 'pqlForService'];

/** The PuppetDB query output of a service, as HaService builds it. */
export function puppetDbQuery(helpers: RegistrationHelpers, service: string): string {
  return helpers.pqlForService(service, helpers.serviceIdentity(service, ZONE.name, 'x', REGISTRATION_PROPS.puppet).environment);
}

/** The helpers from a loaded module (the library index or src/registration), or an error naming the missing ones. */
export function registrationHelpers(module: any): RegistrationHelpers {
  const missing = HELPER_NAMES.filter((name) => typeof module?.[name] !== 'function');
  if (missing.length > 0) {
    throw new Error(`bench: REGISTRATION is on, but the library does not export ${missing.join(', ')}: `
      + 'this version of HaService has no Puppet/HAProxy registration props. Run with --no-registration.');
  }
  return module as RegistrationHelpers;
}

/** Context variables HaService always sets, independently of registration. */
export function baseContext(service: string, datacenter: string): { [key: string]: string } {
  return {
    NETWORK: 'YES',
    SET_HOSTNAME: '$NAME',
    SSH_PUBLIC_KEY: '$USER[SSH_PUBLIC_KEY]',
    SERVICE_NAME: service,
    SERVICE_ZONE: ZONE.name,
    SERVICE_DATACENTER: datacenter,
  };
}

/**
 * Context variables for the readiness gates (the catalog keeps the default `rollout`, which waits
 * for READY): `TOKEN` lets the guest report to OneGate; without Puppet, one-context reports READY
 * itself after contextualization (`REPORT_READY`). See docs/ha-service.md, "Who reports READY".
 */
export function readinessContext(puppet: boolean): { [key: string]: string } {
  return puppet ? { TOKEN: 'YES' } : { TOKEN: 'YES', REPORT_READY: 'YES' };
}

/** The context of the VMs of one datacenter of a service (registration variables included when on). */
export function serviceContext(helpers: RegistrationHelpers | undefined, service: string, datacenter: string): { [key: string]: string } {
  if (!helpers) return { ...baseContext(service, datacenter), ...readinessContext(false) };
  const { puppet, haproxy } = REGISTRATION_PROPS;
  return {
    ...helpers.puppetContext(helpers.serviceIdentity(service, ZONE.name, datacenter, puppet), puppet,
      helpers.haproxyFacts(service, haproxy, datacenter)),
    ...baseContext(service, datacenter),
    ...readinessContext(true),
  };
}

/**
 * The readiness gates of the default rollout (docs/ha-service.md, "Changes and availability"):
 * per datacenter a `terraform_data` `unready` running `clear-ready` before the datacenter's VMs
 * (which depend on it; it depends on the previous datacenter's `ready`), and a `terraform_data`
 * `ready` running `wait-ready` on them after (it depends on them). Both have
 * `create_before_destroy` and run the package's command line through a local-exec provisioner.
 * No `puppet.puppetDbUrl` in this catalog, hence no service-level `retire` gate.
 */
export const gates = {
  /** Longest wait for READY (the default of `rollout.readyTimeoutSeconds`). */
  timeoutSeconds: 900,
  /** Both gates are replaced when the size changes (a power cycle). */
  sizeKey: `cpu ${SIZE.cpu} vcpu ${SIZE.vcpu} memory ${SIZE.memoryMb}`,
  /** `$${` is Terraform's escape of a literal `${`: the shell expands it at apply time. */
  cli: '$${CDKTF_OPENNEBULA_CLI:-npx --no-install cdktf-opennebula}',
  environment: { OPENNEBULA_ENDPOINT: ZONE.endpoint },
  clearReady: (service: string, dc: string) =>
    `${gates.cli} clear-ready --zone ${ZONE.name} --service ${service} --datacenter ${dc}`,
  /** `vmIds`: the datacenter's VM IDs joined by `,` (a Terraform expression). */
  waitReady: (service: string, dc: string, vmIds: string) =>
    `${gates.cli} wait-ready --zone ${ZONE.name} --label ${service}/${dc} --timeout ${gates.timeoutSeconds} --vm-ids ${vmIds}`,
};

/** A member's Puppet certname, which is also its HAProxy server name: `<vm name>-<vm id>`. */
export function certname(vmName: string, vmId: string): string {
  return `${vmName}-${vmId}`;
}

/** Object names, as the README and docs/ha-service.md specify them. */
export const names = {
  template: (service: string, dc: string) => `${service}_${dc}_${ZONE.shortName}`,
  vmGroup: (service: string, dc: string) => `${service}_${dc}_${ZONE.shortName}`,
  role: (service: string, dc: string) => `${service}_${dc}`,
  vm: (service: string, dc: string, index: number) => `${service.replace(/_/g, '-')}-${dc}-${index}`,
};

export const descriptions = {
  template: (service: string, dc: string) => `${service} in ${dc} (${ZONE.name}), managed by cdktf-opennebula`,
  members: (service: string) => `Members of ${service} in ${ZONE.name}: name, datacenter, ip, port`,
  templateIds: (service: string) => `Template of each datacenter of ${service} in ${ZONE.name}`,
  haproxyBackend: (service: string) => `HAProxy backend of ${service} in ${ZONE.name}`,
  puppetDbQuery: (service: string) => `PuppetDB query selecting the members of ${service} in ${ZONE.name}`,
  username: `OpenNebula user for the ${ZONE.name} zone`,
  password: `OpenNebula password or login token for the ${ZONE.name} zone`,
};

export const TEMPLATE_IGNORED_CHANGES = ['context', 'disk', 'nic', 'os', 'graphics', 'cpumodel'];
export const DEFAULT_TAGS = { zone: ZONE.name, managed_by: 'cdktf-opennebula' };

export function tags(service: string, datacenter: string): { [key: string]: string } {
  return { service, zone: ZONE.name, datacenter };
}

/** What one variant does, split in the phases the child process times. */
export interface Variant {
  /** Declares the catalog; returns the step that writes it and returns the written file. */
  build(count: number, outdir: string): () => string;
}
