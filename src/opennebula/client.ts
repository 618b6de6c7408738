/**
 * A minimal OpenNebula XML-RPC client: what the library's commands read from a live zone
 * (VM states and readiness; for the placement audit, where VMs run, the hosts with their
 * capacity and the VM groups) and the one change the audit makes (a live migration).
 * Credentials come from the caller, never from synthesized output.
 */
import * as http from 'http';
import * as https from 'https';
import { XmlNode, XmlReadError, child, childrenNamed, readXml, textAt } from './xml';

/** How to reach a zone. */
export interface OneEndpoint {
  /** XML-RPC endpoint, e.g. `https://one.example.com/RPC2`. */
  readonly endpoint: string;
  readonly username: string;
  readonly password: string;
  /** Per-call timeout in milliseconds. @default 30000 */
  readonly timeoutMs?: number;
}

/** A call OpenNebula answered with an error, or that could not be made or read. */
export class OneApiError extends Error {
  constructor(message: string, public readonly code?: number) {
    super(message);
    this.name = 'OneApiError';
  }
}

/** OpenNebula VM states (STATE) and the LCM states the library looks at. */
export const VM_STATE = { PENDING: 1, HOLD: 2, ACTIVE: 3, STOPPED: 4, SUSPENDED: 5, DONE: 6, POWEROFF: 8, UNDEPLOYED: 9 } as const;
export const LCM_RUNNING = 3;
/** LCM states OpenNebula leaves a VM in after a failure (BOOT_FAILURE, PROLOG_FAILURE, EPILOG_FAILURE, ...). */
export const LCM_FAILURES: ReadonlySet<number> = new Set([14, 15, 16, 36, 37, 38, 39, 40, 41, 42, 44, 46, 47, 48, 49, 50, 61]);

/** What the library reads of one VM. */
export interface VmStatus {
  readonly id: number;
  readonly name: string;
  readonly state: number;
  readonly lcmState: number;
  /** The VM's USER_TEMPLATE/READY, as OneGate's `READY=YES` report sets it. */
  readonly ready: boolean;
  /** USER_TEMPLATE/ERROR, when OpenNebula recorded one. */
  readonly error?: string;
  /** The single-valued attributes of USER_TEMPLATE (tags land there, upper-cased). */
  readonly userTemplate: { [name: string]: string };
}

const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function encodeParam(value: string | number | boolean): string {
  if (typeof value === 'boolean') return `<value><boolean>${value ? 1 : 0}</boolean></value>`;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new OneApiError(`XML-RPC: only integer numbers are sent, got ${value}`);
    return `<value><int>${value}</int></value>`;
  }
  return `<value><string>${escapeXml(value)}</string></value>`;
}

function decodeValue(value: XmlNode): string | number | boolean {
  const typed = value.children[0];
  if (!typed) return value.text;
  switch (typed.name) {
    case 'boolean': return typed.text.trim() === '1';
    case 'int': case 'i4': case 'i8': return Number(typed.text.trim());
    default: return typed.text;
  }
}

export class OneClient {
  constructor(private readonly zone: OneEndpoint) {
    if (!/^https?:\/\//.test(zone.endpoint)) throw new OneApiError(`endpoint must be an http:// or https:// URL, got ${JSON.stringify(zone.endpoint)}`);
  }

  /** Calls `method` with the session and `params`; returns the answer's value on success. */
  public async call(method: string, ...params: Array<string | number | boolean>): Promise<string | number | boolean> {
    const body = `<?xml version="1.0"?><methodCall><methodName>${escapeXml(method)}</methodName><params>`
      + [`${this.zone.username}:${this.zone.password}`, ...params].map((p) => `<param>${encodeParam(p)}</param>`).join('')
      + '</params></methodCall>';
    const text = await this.post(body);
    let root: XmlNode;
    try {
      root = readXml(text);
    } catch (e) {
      throw new OneApiError(`${method}: the answer is not XML-RPC (${e instanceof XmlReadError ? e.message : String(e)})`);
    }
    const fault = child(root, 'fault');
    if (fault) throw new OneApiError(`${method}: XML-RPC fault: ${fault.children.length ? JSON.stringify(textOf(fault)) : ''}`);
    const values = childrenNamed(child(child(child(child(child(root, 'params'), 'param'), 'value'), 'array'), 'data'), 'value').map(decodeValue);
    if (values.length < 2 || typeof values[0] !== 'boolean') throw new OneApiError(`${method}: unexpected answer shape`);
    if (!values[0]) throw new OneApiError(`${method}: ${String(values[1])}`, typeof values[2] === 'number' ? values[2] : undefined);
    return values[1];
  }

  /** The state and readiness of VM `id`. */
  public async vm(id: number): Promise<VmStatus> {
    const xml = await this.call('one.vm.info', id, false);
    if (typeof xml !== 'string') throw new OneApiError(`one.vm.info ${id}: expected an XML document`);
    return parseVm(xml);
  }

  /**
   * Every VM the user can see that is not DONE, with its whole USER_TEMPLATE (tags, READY):
   * `one.vmpool.infoextended`, one call. (`one.vmpool.info` answers oned's short VM body, whose
   * USER_TEMPLATE keeps only scheduling attributes: no tag, no READY.)
   */
  public async vmPool(): Promise<VmStatus[]> {
    const xml = await this.call('one.vmpool.infoextended', -2, -1, -1, -1);
    if (typeof xml !== 'string') throw new OneApiError('one.vmpool.infoextended: expected an XML document');
    let pool: XmlNode;
    try {
      pool = readXml(xml);
    } catch (e) {
      throw new OneApiError(`VM pool document is not XML: ${(e as Error).message}`);
    }
    return childrenNamed(pool, 'VM').map(vmOf);
  }

  /**
   * Every VM that is not DONE, with its full USER_TEMPLATE (tags), capacity, VM group and the
   * host of its last history record: `one.vmpool.infoextended`, in pages of `pageSize` VMs (the
   * reduced `one.vmpool.info` of oned 6.10 leaves the tags out of USER_TEMPLATE).
   */
  public async placementPool(pageSize = 500): Promise<ZoneVm[]> {
    const byId = new Map<number, ZoneVm>();
    for (let offset = 0; ; offset += pageSize) {
      // (filter -2: every VM; start offset, end -pageSize: a page; state -1: any but DONE)
      const xml = await this.call('one.vmpool.infoextended', -2, offset, -pageSize, -1);
      const page = parsePool(xml, 'one.vmpool.infoextended', 'VM_POOL', 'VM', zoneVmOf);
      for (const vm of page) byId.set(vm.id, vm);
      if (page.length < pageSize) break;
    }
    return [...byId.values()];
  }

  /** One VM as `placementPool` reads it (`one.vm.info`: its last history record gives the host). */
  public async vmPlacement(id: number): Promise<ZoneVm> {
    const xml = await this.call('one.vm.info', id, false);
    if (typeof xml !== 'string') throw new OneApiError(`one.vm.info ${id}: expected an XML document`);
    return zoneVmOf(readDocument(xml, 'one.vm.info', 'VM'));
  }

  /** Every host, with its cluster, state and capacity (`one.hostpool.info`, one call). */
  public async hostPool(): Promise<ZoneHost[]> {
    return parsePool(await this.call('one.hostpool.info'), 'one.hostpool.info', 'HOST_POOL', 'HOST', zoneHostOf);
  }

  /** One host (`one.host.info`). */
  public async host(id: number): Promise<ZoneHost> {
    const xml = await this.call('one.host.info', id, false);
    if (typeof xml !== 'string') throw new OneApiError(`one.host.info ${id}: expected an XML document`);
    return zoneHostOf(readDocument(xml, 'one.host.info', 'HOST'));
  }

  /** Every VM group, with its roles and their VMs (`one.vmgrouppool.info`, one call). */
  public async vmGroupPool(): Promise<ZoneVmGroup[]> {
    return parsePool(await this.call('one.vmgrouppool.info', -2, -1, -1), 'one.vmgrouppool.info', 'VM_GROUP_POOL', 'VM_GROUP', zoneVmGroupOf);
  }

  /**
   * Starts the migration of VM `id` to host `hostId` (`one.vm.migrate`): live for a RUNNING VM,
   * with oned refusing a host without the capacity when `enforce` is set. Returns once oned has
   * accepted it; the VM goes through MIGRATE and is RUNNING on the new host when it is done.
   */
  public async migrateVm(id: number, hostId: number, options: { live: boolean; enforce: boolean }): Promise<void> {
    await this.call('one.vm.migrate', id, hostId, options.live, options.enforce, -1);
  }

  /** Merges `attributes` into the USER_TEMPLATE of VM `id` (one.vm.update, merge), as OneGate does. */
  public async updateVm(id: number, attributes: { [name: string]: string }): Promise<void> {
    const template = Object.entries(attributes).map(([name, value]) => {
      if (!/^[A-Z][A-Z0-9_]*$/.test(name) || /["\\\n]/.test(value)) throw new OneApiError(`refusing to write attribute ${name}=${JSON.stringify(value)}`);
      return `${name} = "${value}"`;
    }).join('\n');
    await this.call('one.vm.update', id, template, 1);
  }

  private post(body: string): Promise<string> {
    const url = new URL(this.zone.endpoint);
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = transport.request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'text/xml', 'Content-Length': Buffer.byteLength(body) },
        timeout: this.zone.timeoutMs ?? 30_000,
      }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) {
            request.destroy(new OneApiError(`answer larger than ${MAX_ANSWER_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new OneApiError(`HTTP ${response.statusCode} from ${url.origin}`));
          else resolve(Buffer.concat(chunks).toString('utf8'));
        });
        response.on('error', reject);
      });
      request.on('timeout', () => request.destroy(new OneApiError(`no answer from ${url.origin} within ${this.zone.timeoutMs ?? 30_000} ms`)));
      request.on('error', (e) => reject(e instanceof OneApiError ? e : new OneApiError(`cannot reach ${url.origin}: ${e.message}`)));
      request.end(body);
    });
  }
}

function textOf(node: XmlNode): string {
  return node.text + node.children.map(textOf).join(' ');
}

/** Reads a `<VM>` document. */
export function parseVm(xml: string): VmStatus {
  let vm: XmlNode;
  try {
    vm = readXml(xml);
  } catch (e) {
    throw new OneApiError(`VM document is not XML: ${(e as Error).message}`);
  }
  return vmOf(vm);
}

function vmOf(vm: XmlNode): VmStatus {
  const int = (path: string): number => {
    const text = textAt(vm, path);
    if (text === undefined || !/^\s*-?\d+\s*$/.test(text)) throw new OneApiError(`VM document without a numeric ${path}`);
    return Number(text);
  };
  return {
    id: int('ID'),
    name: textAt(vm, 'NAME') ?? '',
    state: int('STATE'),
    lcmState: int('LCM_STATE'),
    ready: (textAt(vm, 'USER_TEMPLATE/READY') ?? '').trim().toUpperCase() === 'YES',
    error: textAt(vm, 'USER_TEMPLATE/ERROR'),
    userTemplate: Object.fromEntries((child(vm, 'USER_TEMPLATE')?.children ?? [])
      .filter((attribute) => attribute.children.length === 0).map((attribute) => [attribute.name, attribute.text])),
  };
}

/** Where a VM runs, as the placement audit reads it. */
export interface ZoneVm {
  readonly id: number;
  readonly name: string;
  readonly state: number;
  readonly lcmState: number;
  /** Creation time, seconds since the epoch. */
  readonly stime: number;
  /** TEMPLATE/CPU: the physical CPU share the VM takes on its host (1 = one core); 0 when absent. */
  readonly cpu: number;
  /** TEMPLATE/MEMORY in MB; 0 when absent. */
  readonly memoryMb: number;
  /** The single-valued attributes of USER_TEMPLATE (tags, SCHED_REQUIREMENTS, SCHED_MESSAGE, ERROR). */
  readonly userTemplate: { [name: string]: string };
  /** TEMPLATE/VMGROUP: the group and role the VM joined at creation. */
  readonly vmGroup?: { readonly id: number; readonly role: string };
  /** The last history record: the host the VM runs on (or ran on last), none before its first deployment. */
  readonly history?: VmHistory;
}

/** One history record of a VM. */
export interface VmHistory {
  readonly seq: number;
  readonly hostId: number;
  readonly hostName: string;
  /** The cluster of the host when the record was written. */
  readonly clusterId: number;
  /** Start and end of the record, seconds since the epoch (0: not ended). */
  readonly stime: number;
  readonly etime: number;
  /**
   * When the VM started running on this host (RSTIME), and when its prolog there ended (PETIME);
   * 0 until then. A migration writes the new record before the VM leaves RUNNING, so RUNNING on
   * the new host means done only once RSTIME is set (PETIME for a cold migration).
   */
  readonly rstime: number;
  readonly petime: number;
}

/** A host, its cluster, state and OpenNebula's own capacity figures (HOST_SHARE). */
export interface ZoneHost {
  readonly id: number;
  readonly name: string;
  /** 0 INIT, 2 MONITORED, 3 ERROR, 4 DISABLED, 8 OFFLINE (see `HOST_STATE_NAMES`). */
  readonly state: number;
  readonly clusterId: number;
  /** HOST_SHARE/MAX_CPU and CPU_USAGE, in percent of one core. */
  readonly maxCpu: number;
  readonly cpuUsage: number;
  /** HOST_SHARE/MAX_MEM and MEM_USAGE, in KB. */
  readonly maxMemKb: number;
  readonly memUsageKb: number;
  /** VMS/ID: the VMs oned accounts on the host. */
  readonly vmIds: number[];
}

/** A VM group and the VMs of each of its roles. */
export interface ZoneVmGroup {
  readonly id: number;
  readonly name: string;
  /** The single-valued attributes of its TEMPLATE (tags land there, upper-cased). */
  readonly template: { [name: string]: string };
  readonly roles: Array<{ readonly name: string; readonly policy: string; readonly vmIds: number[] }>;
}

/** Host states by number (oned 6.10 include/Host.h). */
export const HOST_STATE_NAMES: { readonly [state: number]: string } = {
  0: 'INIT',
  1: 'MONITORING_MONITORED',
  2: 'MONITORED',
  3: 'ERROR',
  4: 'DISABLED',
  5: 'MONITORING_ERROR',
  6: 'MONITORING_INIT',
  7: 'MONITORING_DISABLED',
  8: 'OFFLINE',
};

/** VM states by number (oned 6.10 include/VirtualMachine.h). */
export const VM_STATE_NAMES: { readonly [state: number]: string } = {
  0: 'INIT',
  1: 'PENDING',
  2: 'HOLD',
  3: 'ACTIVE',
  4: 'STOPPED',
  5: 'SUSPENDED',
  6: 'DONE',
  7: 'FAILED',
  8: 'POWEROFF',
  9: 'UNDEPLOYED',
  10: 'CLONING',
  11: 'CLONING_FAILURE',
};

/** LCM states by number (oned 6.10 include/VirtualMachine.h). */
export const LCM_STATE_NAMES: { readonly [state: number]: string } = Object.fromEntries([
  'LCM_INIT', 'PROLOG', 'BOOT', 'RUNNING', 'MIGRATE', 'SAVE_STOP', 'SAVE_SUSPEND', 'SAVE_MIGRATE', 'PROLOG_MIGRATE',
  'PROLOG_RESUME', 'EPILOG_STOP', 'EPILOG', 'SHUTDOWN', 'CANCEL', 'FAILURE', 'CLEANUP_RESUBMIT', 'UNKNOWN', 'HOTPLUG',
  'SHUTDOWN_POWEROFF', 'BOOT_UNKNOWN', 'BOOT_POWEROFF', 'BOOT_SUSPENDED', 'BOOT_STOPPED', 'CLEANUP_DELETE',
  'HOTPLUG_SNAPSHOT', 'HOTPLUG_NIC', 'HOTPLUG_SAVEAS', 'HOTPLUG_SAVEAS_POWEROFF', 'HOTPLUG_SAVEAS_SUSPENDED',
  'SHUTDOWN_UNDEPLOY', 'EPILOG_UNDEPLOY', 'PROLOG_UNDEPLOY', 'BOOT_UNDEPLOY', 'HOTPLUG_PROLOG_POWEROFF',
  'HOTPLUG_EPILOG_POWEROFF', 'BOOT_MIGRATE', 'BOOT_FAILURE', 'BOOT_MIGRATE_FAILURE', 'PROLOG_MIGRATE_FAILURE',
  'PROLOG_FAILURE', 'EPILOG_FAILURE', 'EPILOG_STOP_FAILURE', 'EPILOG_UNDEPLOY_FAILURE', 'PROLOG_MIGRATE_POWEROFF',
  'PROLOG_MIGRATE_POWEROFF_FAILURE', 'PROLOG_MIGRATE_SUSPEND', 'PROLOG_MIGRATE_SUSPEND_FAILURE', 'BOOT_UNDEPLOY_FAILURE',
  'BOOT_STOPPED_FAILURE', 'PROLOG_RESUME_FAILURE', 'PROLOG_UNDEPLOY_FAILURE', 'DISK_SNAPSHOT_POWEROFF',
  'DISK_SNAPSHOT_REVERT_POWEROFF', 'DISK_SNAPSHOT_DELETE_POWEROFF', 'DISK_SNAPSHOT_SUSPENDED', 'DISK_SNAPSHOT_REVERT_SUSPENDED',
  'DISK_SNAPSHOT_DELETE_SUSPENDED', 'DISK_SNAPSHOT', 'DISK_SNAPSHOT_REVERT', 'DISK_SNAPSHOT_DELETE', 'PROLOG_MIGRATE_UNKNOWN',
  'PROLOG_MIGRATE_UNKNOWN_FAILURE', 'DISK_RESIZE', 'DISK_RESIZE_POWEROFF', 'DISK_RESIZE_UNDEPLOYED', 'HOTPLUG_NIC_POWEROFF',
  'HOTPLUG_RESIZE', 'HOTPLUG_SAVEAS_UNDEPLOYED', 'HOTPLUG_SAVEAS_STOPPED', 'BACKUP', 'BACKUP_POWEROFF', 'RESTORE',
].map((name, state) => [state, name]));

/** Parses a document answered by `method`, whose root must be `root`. */
function readDocument(xml: string, method: string, root: string): XmlNode {
  let node: XmlNode;
  try {
    node = readXml(xml);
  } catch (e) {
    throw new OneApiError(`${method}: the answer is not an XML document (${(e as Error).message})`);
  }
  if (node.name !== root) throw new OneApiError(`${method}: expected a <${root}> document, got <${node.name}>`);
  return node;
}

/** The `item` elements of a pool document answered by `method`, each read by `read`. */
function parsePool<T>(value: string | number | boolean, method: string, root: string, item: string, read: (node: XmlNode) => T): T[] {
  if (typeof value !== 'string') throw new OneApiError(`${method}: expected an XML document, got a ${typeof value}`);
  return childrenNamed(readDocument(value, method, root), item).map((node) => {
    try {
      return read(node);
    } catch (e) {
      if (!(e instanceof OneApiError)) throw e;
      const id = textAt(node, 'ID');
      throw new OneApiError(`${method}: ${item}${id !== undefined ? ` ${JSON.stringify(id.slice(0, 20))}` : ''}: ${e.message}`);
    }
  });
}

/** A reader of the fields of one element: integers and numbers required or optional, with clear errors. */
function fields(node: XmlNode) {
  const integer = (path: string, fallback?: number): number => {
    const text = textAt(node, path);
    if (text === undefined && fallback !== undefined) return fallback;
    if (text === undefined || !/^\s*-?\d{1,15}\s*$/.test(text)) {
      throw new OneApiError(text === undefined ? `no ${path}` : `${path} is not an integer: ${JSON.stringify(text.slice(0, 40))}`);
    }
    return Number(text);
  };
  const decimal = (path: string): number => {
    const text = textAt(node, path);
    if (text === undefined || text.trim() === '') return 0;
    if (!/^\s*\d{1,15}(\.\d{1,15})?\s*$/.test(text)) throw new OneApiError(`${path} is not a number: ${JSON.stringify(text.slice(0, 40))}`);
    return Number(text);
  };
  const ids = (text: string | undefined, path: string): number[] => {
    const trimmed = (text ?? '').trim();
    if (trimmed === '') return [];
    if (!/^\d+(\s*,\s*\d+)*$/.test(trimmed)) throw new OneApiError(`${path} is not a list of IDs: ${JSON.stringify(trimmed.slice(0, 40))}`);
    return trimmed.split(',').map((id) => Number(id.trim()));
  };
  const attributes = (path: string): { [name: string]: string } => Object.fromEntries((child(node, path)?.children ?? [])
    .filter((attribute) => attribute.children.length === 0).map((attribute) => [attribute.name, attribute.text]));
  return { integer, decimal, ids, attributes };
}

function zoneVmOf(vm: XmlNode): ZoneVm {
  const f = fields(vm);
  const records = childrenNamed(child(vm, 'HISTORY_RECORDS'), 'HISTORY').map((record) => {
    const h = fields(record);
    return {
      seq: h.integer('SEQ'),
      hostId: h.integer('HID'),
      hostName: textAt(record, 'HOSTNAME') ?? '',
      clusterId: h.integer('CID', -1),
      stime: h.integer('STIME', 0),
      etime: h.integer('ETIME', 0),
      rstime: h.integer('RSTIME', 0),
      petime: h.integer('PETIME', 0),
    };
  });
  const history = records.reduce<VmHistory | undefined>((last, record) => (last === undefined || record.seq > last.seq ? record : last), undefined);
  const group = child(child(vm, 'TEMPLATE'), 'VMGROUP');
  return {
    id: f.integer('ID'),
    name: textAt(vm, 'NAME') ?? '',
    state: f.integer('STATE'),
    lcmState: f.integer('LCM_STATE'),
    stime: f.integer('STIME', 0),
    cpu: f.decimal('TEMPLATE/CPU'),
    memoryMb: f.decimal('TEMPLATE/MEMORY'),
    userTemplate: f.attributes('USER_TEMPLATE'),
    ...(group ? { vmGroup: { id: fields(group).integer('VMGROUP_ID'), role: textAt(group, 'ROLE') ?? '' } } : {}),
    ...(history ? { history } : {}),
  };
}

function zoneHostOf(host: XmlNode): ZoneHost {
  const f = fields(host);
  return {
    id: f.integer('ID'),
    name: textAt(host, 'NAME') ?? '',
    state: f.integer('STATE'),
    clusterId: f.integer('CLUSTER_ID'),
    maxCpu: f.integer('HOST_SHARE/MAX_CPU'),
    cpuUsage: f.integer('HOST_SHARE/CPU_USAGE'),
    maxMemKb: f.integer('HOST_SHARE/MAX_MEM'),
    memUsageKb: f.integer('HOST_SHARE/MEM_USAGE'),
    vmIds: childrenNamed(child(host, 'VMS'), 'ID').map((id) => f.ids(id.text, 'VMS/ID')[0]).filter((id) => id !== undefined),
  };
}

function zoneVmGroupOf(group: XmlNode): ZoneVmGroup {
  const f = fields(group);
  return {
    id: f.integer('ID'),
    name: textAt(group, 'NAME') ?? '',
    template: f.attributes('TEMPLATE'),
    roles: childrenNamed(child(group, 'ROLES'), 'ROLE').map((role) => ({
      name: textAt(role, 'NAME') ?? '',
      policy: textAt(role, 'POLICY') ?? '',
      vmIds: f.ids(textAt(role, 'VMS'), 'ROLES/ROLE/VMS'),
    })),
  };
}
