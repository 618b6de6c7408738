import { Token } from 'cdktf';
import { Problems } from '../core/validation';

/** HTTP health check of the backend's servers. */
export interface HealthCheckProps {
  /**
   * Path requested by the check (mode http only).
   * @default '/'
   */
  readonly path?: string;
  /**
   * HTTP status that means healthy.
   * @default 200
   */
  readonly expectStatus?: number;
  /**
   * Seconds between checks.
   * @default 2
   */
  readonly intervalSeconds?: number;
  /**
   * Failed checks before a server is taken out.
   * @default 3
   */
  readonly fall?: number;
  /**
   * Passed checks before a server is put back.
   * @default 2
   */
  readonly rise?: number;
}

/** The service's backend pool on the load balancers. */
export interface HaproxyProps {
  /** Port the service listens on in every VM. */
  readonly port: number;
  /**
   * `http` or `tcp`.
   * @default 'http'
   */
  readonly mode?: string;
  /**
   * `roundrobin`, `leastconn` or `source`.
   * @default 'roundrobin'
   */
  readonly balance?: string;
  /**
   * Health check. In tcp mode only the timings apply (a connect check).
   * @default a check of `/` expecting 200 every 2 s, fall 3, rise 2
   */
  readonly healthCheck?: HealthCheckProps;
  /**
   * Datacenters whose members only take traffic when all others are down (`backup`).
   * @default none: every member is active
   */
  readonly backupDatacenters?: string[];
  /**
   * Name of the backend section.
   * @default the service name
   */
  readonly backendName?: string;
}

/** One server of the backend. */
export interface HaproxyMember {
  /** Server name, unique in the backend (the VM's hostname). */
  readonly name: string;
  /** IPv4 address, or a token or `${...}` reference resolved by Terraform (the VM's `ip`). */
  readonly address: string;
  /** Datacenter of the member. */
  readonly datacenter: string;
}

const MODES = ['http', 'tcp'];
const BALANCES = ['roundrobin', 'leastconn', 'source'];
const CHECK_PATH = /^\/[A-Za-z0-9._~/%-]{0,200}$/;
const BACKEND_NAME = /^[a-z][a-z0-9_]{0,62}$/;
/** A Terraform reference such as `${opennebula_virtual_machine.vm.ip}`, written by hand. */
const TERRAFORM_REFERENCE = /^\$\{[A-Za-z0-9_.\-\[\]]+\}$/;
const SERVER_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const IPV4_ADDRESS = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function validateHaproxy(problems: Problems, props: HaproxyProps, datacenters: string[]): void {
  problems.integer('haproxy.port', props.port, 1, 65535);
  problems.check(props.mode === undefined || MODES.includes(props.mode), 'haproxy.mode', props.mode, `one of ${MODES.join(', ')}`);
  problems.check(props.balance === undefined || BALANCES.includes(props.balance), 'haproxy.balance', props.balance, `one of ${BALANCES.join(', ')}`);
  problems.name('haproxy.backendName', props.backendName, BACKEND_NAME, 'lower case letters, digits and "_", starting with a letter');
  const check = props.healthCheck ?? {};
  problems.name('haproxy.healthCheck.path', check.path, CHECK_PATH, 'an absolute URL path of letters, digits and ._~/%- (no spaces or quotes)');
  if ((props.mode ?? 'http') === 'tcp' && (check.path !== undefined || check.expectStatus !== undefined)) {
    problems.add('haproxy.healthCheck', check, 'only intervalSeconds, fall and rise in tcp mode (an HTTP check needs mode http)');
  }
  problems.integer('haproxy.healthCheck.expectStatus', check.expectStatus, 100, 599);
  problems.integer('haproxy.healthCheck.intervalSeconds', check.intervalSeconds, 1, 3600);
  problems.integer('haproxy.healthCheck.fall', check.fall, 1, 100);
  problems.integer('haproxy.healthCheck.rise', check.rise, 1, 100);
  const backup = props.backupDatacenters ?? [];
  backup.forEach((dc, i) => problems.check(datacenters.includes(dc), `haproxy.backupDatacenters[${i}]`, dc,
    `one of the service's datacenters (${[...datacenters].sort().join(', ')})`));
  if (backup.length > 0 && datacenters.every((dc) => backup.includes(dc))) {
    problems.add('haproxy.backupDatacenters', backup, 'not every datacenter of the service: at least one must take traffic');
  }
}

/** Custom facts and context variables that tell the load balancer how to reach the service. */
export function haproxyContext(props: HaproxyProps, serviceName: string, datacenter: string): { [key: string]: string } {
  const mode = props.mode ?? 'http';
  return {
    HAPROXY_BACKEND: props.backendName ?? serviceName,
    HAPROXY_PORT: String(props.port),
    HAPROXY_MODE: mode,
    HAPROXY_CHECK_PATH: mode === 'http' ? props.healthCheck?.path ?? '/' : '',
    HAPROXY_BACKUP: String((props.backupDatacenters ?? []).includes(datacenter)),
  };
}

/**
 * Renders the backend section for HAProxy 2.6. Member addresses may be Terraform tokens;
 * every other value is validated, so nothing from a declaration can break out of a line.
 */
export function renderHaproxyBackend(serviceName: string, props: HaproxyProps, members: HaproxyMember[]): string {
  const mode = props.mode ?? 'http';
  const check = props.healthCheck ?? {};
  const lines = [
    `backend ${props.backendName ?? serviceName}`,
    `    mode ${mode}`,
    `    balance ${props.balance ?? 'roundrobin'}`,
  ];
  if (mode === 'http') {
    lines.push(
      '    option httpchk',
      `    http-check send meth GET uri ${check.path ?? '/'}`,
      `    http-check expect status ${check.expectStatus ?? 200}`,
    );
  }
  lines.push(`    default-server inter ${check.intervalSeconds ?? 2}s fall ${check.fall ?? 3} rise ${check.rise ?? 2}`);
  const seen = new Set<string>();
  for (const member of members) {
    if (!SERVER_NAME.test(member.name) || seen.has(member.name)) {
      throw new Error(`haproxy: member name ${JSON.stringify(member.name)} is not a unique DNS label`);
    }
    if (!Token.isUnresolved(member.address) && !TERRAFORM_REFERENCE.test(member.address) && !IPV4_ADDRESS.test(member.address)) {
      throw new Error(`haproxy: member address ${JSON.stringify(member.address)} of ${member.name} is not an IPv4 address`);
    }
    seen.add(member.name);
    const backup = (props.backupDatacenters ?? []).includes(member.datacenter) ? ' backup' : '';
    lines.push(`    server ${member.name} ${member.address}:${props.port} check${backup}`);
  }
  return lines.join('\n') + '\n';
}
