import { Token } from 'cdktf';
import { literalInteger, literalName, literalOneOf } from './checks';
import { IDENTITY_NAME } from './identity';
import { pqlString } from './quoting';
import { ADDRESS_FACT } from './settings';
import { Problems, refuse } from '../core/validation';

/** Health check of the backend's servers. */
export interface HealthCheckProps {
  /**
   * Path of the HTTP check (`http-check send meth GET uri <path>`); mode `http` only.
   * @default '/'
   */
  readonly path?: string;
  /**
   * HTTP status that means healthy (`http-check expect status <n>`); mode `http` only.
   * @default 200
   */
  readonly expectStatus?: number;
  /**
   * Seconds between two checks of a server (`inter`).
   * @default 2
   */
  readonly intervalSeconds?: number;
  /**
   * Consecutive failed checks before a server is taken out (`fall`).
   * @default 3
   */
  readonly fall?: number;
  /**
   * Consecutive passed checks before a server is put back (`rise`).
   * @default 2
   */
  readonly rise?: number;
}

/** Proxy mode of a backend (HAProxy's `mode`). */
export enum HaproxyMode {
  /** Layer 7: servers are checked with an HTTP request (`option httpchk`). */
  HTTP = 'http',
  /** Layer 4: connections are relayed as they are, and the check is a TCP connect. */
  TCP = 'tcp',
}

/** Load-balancing algorithm of a backend (HAProxy's `balance`). */
export enum HaproxyBalance {
  /** Each server in turn (`roundrobin`). */
  ROUND_ROBIN = 'roundrobin',
  /** The server with the fewest connections (`leastconn`): for long sessions. */
  LEAST_CONN = 'leastconn',
  /** A hash of the client's address (`source`): a client stays on one server while the pool is unchanged. */
  SOURCE = 'source',
}

/** The service's backend pool on the HAProxy load balancers. */
export interface HaproxyProps {
  /** Port the service listens on in every VM. */
  readonly port: number;
  /**
   * Proxy mode. In mode `TCP` the check is a TCP connect, so `healthCheck.path` and
   * `healthCheck.expectStatus` must be unset.
   * @default HaproxyMode.HTTP
   */
  readonly mode?: HaproxyMode;
  /**
   * Load-balancing algorithm.
   * @default HaproxyBalance.ROUND_ROBIN
   */
  readonly balance?: HaproxyBalance;
  /**
   * Health check of the servers.
   * @default - an HTTP GET of `/` expecting 200 (mode http) or a TCP connect (mode tcp), every 2 s, fall 3, rise 2
   */
  readonly healthCheck?: HealthCheckProps;
  /**
   * Datacenters whose members are `backup` servers: they take traffic only when every other
   * member is down (for example a remote datacenter). Must not list every datacenter.
   * @default - none: every member takes traffic
   */
  readonly backupDatacenters?: string[];
  /**
   * Name of the backend section.
   * @default - the service name
   */
  readonly backendName?: string;
}

/** One server of a backend. */
export interface HaproxyMember {
  /** Server name, unique in the backend: the VM's hostname, e.g. `my-service-dc1-1`. */
  readonly name: string;
  /**
   * Address of the VM: a literal IP, or a Terraform reference resolved at apply (a cdktf token,
   * or a hand-written `${opennebula_virtual_machine.x.ip}`), used as given.
   */
  readonly address: string;
  /** Datacenter of the VM. */
  readonly datacenter: string;
  /**
   * The VM's OpenNebula ID (a cdktf token, resolved at apply, or a literal number as text). When
   * given, the server is named `<name>-<id>`, the Puppet certname the VM enrols under, which is
   * what a load balancer rendering from PuppetDB names it too.
   * @default - the server is named `name`
   */
  readonly incarnation?: string;
}

/** The values of `HaproxyMode`: what a plain-JavaScript caller may pass as `mode`. */
export const HAPROXY_MODES: readonly string[] = Object.freeze(Object.values(HaproxyMode));
/** The values of `HaproxyBalance`: what a plain-JavaScript caller may pass as `balance`. */
export const HAPROXY_BALANCES: readonly string[] = Object.freeze(Object.values(HaproxyBalance));
/** URL path characters only: no space, quote, `#`, backslash or line break can reach the configuration. */
export const CHECK_PATH = /^\/[A-Za-z0-9._~/%-]*$/;
const CHECK_PATH_MAX = 1024;
const BACKEND_NAME = /^[a-z][a-z0-9_-]{0,62}$/;
const SERVER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
/** What a literal address must not contain: whitespace and control characters, `#` (a comment), quotes, backslash. */
const ADDRESS_FORBIDDEN = /[\s\x00-\x1f\x7f#"'\\]/;

/** HaproxyProps with every default applied. */
interface ResolvedHaproxy {
  readonly backend: string;
  readonly port: number;
  readonly mode: HaproxyMode;
  readonly balance: HaproxyBalance;
  readonly path: string;
  readonly expectStatus: number;
  readonly intervalSeconds: number;
  readonly fall: number;
  readonly rise: number;
  readonly backupDatacenters: string[];
}

function resolve(serviceName: string, props: HaproxyProps): ResolvedHaproxy {
  const check = props.healthCheck ?? {};
  return {
    backend: props.backendName ?? serviceName,
    port: props.port,
    mode: props.mode ?? HaproxyMode.HTTP,
    balance: props.balance ?? HaproxyBalance.ROUND_ROBIN,
    path: check.path ?? '/',
    expectStatus: check.expectStatus ?? 200,
    intervalSeconds: check.intervalSeconds ?? 2,
    fall: check.fall ?? 3,
    rise: check.rise ?? 2,
    backupDatacenters: props.backupDatacenters ?? [],
  };
}

/** The field rules that keep the rendered configuration valid, independent of the datacenters. */
function validateFields(problems: Problems, props: HaproxyProps): void {
  if (props.port === undefined) problems.add('haproxy.port', props.port, 'a literal integer from 1 to 65535 (required)');
  literalInteger(problems, 'haproxy.port', props.port, 1, 65535);
  // The types say HaproxyMode and HaproxyBalance; plain JavaScript can pass any value.
  literalOneOf(problems, 'haproxy.mode', props.mode, HAPROXY_MODES);
  literalOneOf(problems, 'haproxy.balance', props.balance, HAPROXY_BALANCES);
  literalName(problems, 'haproxy.backendName', props.backendName, BACKEND_NAME,
    'a backend name matching ^[a-z][a-z0-9_-]{0,62}$');
  const check: HealthCheckProps = problems.object('haproxy.healthCheck', props.healthCheck, 'an object of HealthCheckProps') ? props.healthCheck! : {};
  literalName(problems, 'haproxy.healthCheck.path', check.path, CHECK_PATH,
    `an absolute URL path matching ${CHECK_PATH.source} (letters, digits and ._~/%-; no spaces, quotes or line breaks), at most ${CHECK_PATH_MAX} characters`);
  if (typeof check.path === 'string' && check.path.length > CHECK_PATH_MAX) {
    problems.add('haproxy.healthCheck.path', `(${check.path.length} characters)`, `at most ${CHECK_PATH_MAX} characters`);
  }
  if (props.mode === HaproxyMode.TCP) {
    if (check.path !== undefined) problems.add('haproxy.healthCheck.path', check.path, 'unset in mode tcp (an HTTP check needs mode http)');
    if (check.expectStatus !== undefined) {
      problems.add('haproxy.healthCheck.expectStatus', check.expectStatus, 'unset in mode tcp (an HTTP check needs mode http)');
    }
  }
  literalInteger(problems, 'haproxy.healthCheck.expectStatus', check.expectStatus, 100, 599);
  literalInteger(problems, 'haproxy.healthCheck.intervalSeconds', check.intervalSeconds, 1, 3600);
  literalInteger(problems, 'haproxy.healthCheck.fall', check.fall, 1, 100);
  literalInteger(problems, 'haproxy.healthCheck.rise', check.rise, 1, 100);
}

/**
 * Adds a problem for every invalid field of `props`. Every value must be a literal: it is
 * written into the HAProxy configuration and into facts. `datacenterNames` are the service's
 * datacenters, which `backupDatacenters` must be taken from, leaving at least one active.
 */
export function validateHaproxy(problems: Problems, props: HaproxyProps, datacenterNames: string[]): void {
  validateFields(problems, props);
  const backup = problems.array('haproxy.backupDatacenters', props.backupDatacenters, 'a list of datacenter names') ? props.backupDatacenters! : [];
  const known = [...datacenterNames].sort().join(', ');
  backup.forEach((dc, i) => problems.check(typeof dc === 'string' && !Token.isUnresolved(dc) && datacenterNames.includes(dc),
    `haproxy.backupDatacenters[${i}]`, dc, `one of the service's datacenters (${known})`));
  if (backup.length > 0 && datacenterNames.length > 0 && datacenterNames.every((dc) => backup.includes(dc))) {
    problems.add('haproxy.backupDatacenters', backup, `not every datacenter of the service (${known}): at least one must take traffic`);
  }
}

/** Names of the custom facts `haproxyFacts` returns, in PQL projection order. */
export const HAPROXY_FACTS: readonly string[] = Object.freeze([
  'haservice_haproxy_backend',
  'haservice_haproxy_port',
  'haservice_haproxy_mode',
  'haservice_haproxy_balance',
  'haservice_haproxy_check_path',
  'haservice_haproxy_check_status',
  'haservice_haproxy_check_inter',
  'haservice_haproxy_check_fall',
  'haservice_haproxy_check_rise',
  'haservice_haproxy_backup',
]);

/**
 * The custom facts a VM of `datacenter` publishes for the load balancers (they travel as
 * `FACT_*` context variables, see `puppetContext`): everything `renderHaproxyBackend` needs.
 * The check path and status are left out in mode tcp; `haservice_haproxy_backup` is `true`
 * in the backup datacenters, else `false`.
 */
export function haproxyFacts(serviceName: string, props: HaproxyProps, datacenter: string): { [key: string]: string } {
  assertValid(props);
  const h = resolve(serviceName, props);
  const facts: { [key: string]: string } = {
    haservice_haproxy_backend: h.backend,
    haservice_haproxy_port: String(h.port),
    haservice_haproxy_mode: h.mode,
    haservice_haproxy_balance: h.balance,
    haservice_haproxy_check_inter: String(h.intervalSeconds),
    haservice_haproxy_check_fall: String(h.fall),
    haservice_haproxy_check_rise: String(h.rise),
    haservice_haproxy_backup: String(h.backupDatacenters.includes(datacenter)),
  };
  if (h.mode === HaproxyMode.HTTP) {
    facts.haservice_haproxy_check_path = h.path;
    facts.haservice_haproxy_check_status = String(h.expectStatus);
  }
  return facts;
}

/**
 * The `backend` section of the service for HAProxy 2.6: mode, balance, the HTTP check (mode
 * http), check timings and one `server <name> <address>:<port> check [backup]` line per member.
 * Throws if a setting is invalid (see `validateHaproxy`), a member name is not unique or not a
 * plain name, or a literal address holds whitespace, quotes or `#`.
 */
export function renderHaproxyBackend(serviceName: string, props: HaproxyProps, members: HaproxyMember[]): string {
  assertValid(props);
  const h = resolve(serviceName, props);
  if (!BACKEND_NAME.test(h.backend)) refuse('haproxy', 'backend name', h.backend, `a name matching ${BACKEND_NAME.source}`);
  const lines = [
    `backend ${h.backend}`,
    `    mode ${h.mode}`,
    `    balance ${h.balance}`,
  ];
  if (h.mode === HaproxyMode.HTTP) {
    lines.push(
      '    option httpchk',
      `    http-check send meth GET uri ${h.path}`,
      `    http-check expect status ${h.expectStatus}`,
    );
  }
  lines.push(`    default-server inter ${h.intervalSeconds}s fall ${h.fall} rise ${h.rise}`);
  const seen = new Set<string>();
  for (const member of members) {
    if (!SERVER_NAME.test(member.name)) refuse('haproxy', 'server name', member.name, `a name matching ${SERVER_NAME.source}`);
    if (seen.has(member.name)) refuse('haproxy', 'server name', member.name, `a name not already used in backend ${h.backend} (it is used twice)`);
    seen.add(member.name);
    const incarnation = member.incarnation;
    if (incarnation !== undefined && !Token.isUnresolved(incarnation) && !/^\d{1,10}$/.test(incarnation)) {
      refuse('haproxy', `incarnation of server ${member.name}`, incarnation, 'a VM ID (digits) or a token');
    }
    const server = incarnation === undefined ? member.name : `${member.name}-${incarnation}`;
    if (!Token.isUnresolved(member.address) && (member.address === '' || ADDRESS_FORBIDDEN.test(member.address))) {
      refuse('haproxy', `address of server ${member.name}`, member.address, 'an address that is not empty and holds no whitespace, quotes or "#"');
    }
    const backup = h.backupDatacenters.includes(member.datacenter) ? ' backup' : '';
    lines.push(`    server ${server} ${member.address}:${h.port} check${backup}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The PuppetDB query (PQL, inventory entity) selecting the members of a service by their trusted
 * facts, with what a load balancer needs to render the backend: certname, addresses
 * (`facts.networking.ip` and `facts.haservice_address`), `trusted.extensions.pp_datacenter` and
 * the `haservice_haproxy_*` facts. `zone` also restricts to one zone, for environments shared by zones.
 */
export function pqlForService(service: string, environment: string, zone?: string): string {
  for (const [what, value] of [['service', service], ['environment', environment], ['zone', zone]] as const) {
    if (value !== undefined && !IDENTITY_NAME.test(value)) refuse('pqlForService', what, value, `a valid ${what} name matching ${IDENTITY_NAME.source}`);
  }
  const fields = ['certname', 'facts.networking.ip', `facts.${ADDRESS_FACT}`, 'trusted.extensions.pp_datacenter',
    ...HAPROXY_FACTS.map((fact) => `facts.${fact}`)];
  const filters = [
    `trusted.extensions.pp_service = ${pqlString(service)}`,
    `trusted.extensions.pp_environment = ${pqlString(environment)}`,
    ...(zone === undefined ? [] : [`trusted.extensions.pp_zone = ${pqlString(zone)}`]),
  ];
  return `inventory[${fields.join(', ')}] { ${filters.join(' and ')} }`;
}

function assertValid(props: HaproxyProps): void {
  const problems = new Problems('haproxy');
  validateFields(problems, props);
  problems.throwIfAny();
}
