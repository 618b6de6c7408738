/**
 * The emulated OpenNebula 6.10 daemon (oned): object pools and the XML-RPC methods the
 * OpenNebula Terraform provider v1.5.0 calls for templates, VMs instantiated from templates and
 * VM groups. A TEST STAND-IN, not a cloud: nothing is scheduled, booted or stored on disk.
 * Every known difference from a real OpenNebula is listed in standin/README.md.
 */
import { Attribute, Template, TemplateSyntaxError, VectorAttribute, attributeXml, isVector, vectorObject } from './template';
import { escapeText } from './xml';
import { RpcInt64, RpcValue } from './xmlrpc';

/** OpenNebula's XML-RPC error codes (the third element of a failed answer). */
export const ErrorCode = {
  AUTHENTICATION: 0x0100,
  AUTHORIZATION: 0x0200,
  NO_EXISTS: 0x0400,
  ACTION: 0x0800,
  XML_RPC_API: 0x1000,
  INTERNAL: 0x2000,
  ALLOCATE: 0x4000,
  LOCKED: 0x8000,
} as const;

export const EMULATED_VERSION = '6.10.0';

/** VM states (STATE) and LCM states (LCM_STATE) as OpenNebula numbers them. */
export const VmState = { INIT: 0, PENDING: 1, HOLD: 2, ACTIVE: 3, STOPPED: 4, SUSPENDED: 5, DONE: 6, POWEROFF: 8, UNDEPLOYED: 9 } as const;
export const LcmState = {
  LCM_INIT: 0,
  PROLOG: 1,
  BOOT: 2,
  RUNNING: 3,
  SAVE_STOP: 5,
  SAVE_SUSPEND: 6,
  EPILOG_STOP: 10,
  EPILOG: 11,
  SHUTDOWN: 12,
  SHUTDOWN_POWEROFF: 18,
  BOOT_POWEROFF: 20,
  BOOT_SUSPENDED: 21,
  BOOT_STOPPED: 22,
  SHUTDOWN_UNDEPLOY: 29,
  BOOT_UNDEPLOY: 32,
} as const;

const STATE_NAMES: { [code: number]: string } = Object.fromEntries(Object.entries(VmState).map(([k, v]) => [v, k]));
const LCM_NAMES: { [code: number]: string } = Object.fromEntries(Object.entries(LcmState).map(([k, v]) => [v, k]));

export interface OnedOptions {
  /**
   * How many `one.vm.info` answers show a VM in its transient state (PENDING after
   * instantiate, SHUTDOWN_POWEROFF after poweroff, BOOT_POWEROFF after resume, SHUTDOWN after
   * terminate) before it reaches the target state. 0: the target state at once.
   * @default 1
   */
  readonly transientPolls?: number;
  /** Seconds since the epoch, for REGTIME, STIME, ETIME and lock times. @default the wall clock */
  readonly clock?: () => number;
  /**
   * Accepted credentials, user name to password. Unset: any `user:password` session with a
   * non-empty user and password is accepted.
   */
  readonly users?: { [user: string]: string };
  /** Answer of one.system.version. @default "6.10.0" */
  readonly version?: string;
}

type Answer = RpcValue[];

interface Permissions { bits: number[] } // OWNER_U OWNER_M OWNER_A GROUP_U ... OTHER_A

interface PoolObject {
  readonly id: number;
  uid: number;
  gid: number;
  name: string;
  perms: Permissions;
  lock?: { level: number; time: number };
  template: Template;
}

interface VmTemplateObject extends PoolObject { regtime: number }

interface VmGroupRole { id: number; attributes: Map<string, string>; vms: number[] }

interface VmGroupObject extends PoolObject { roles: VmGroupRole[] }

/** A VM showing a transient state: `left` more info calls, then `settle` moves it on. */
interface Transition {
  left: number;
  readonly settle: () => void;
}

interface VmObject extends PoolObject {
  state: number;
  lcm: number;
  prevState: number;
  prevLcm: number;
  stime: number;
  etime: number;
  userTemplate: Template;
  transition?: Transition;
  leases: Array<{ network: number; index: number }>;
}

/** One XML-RPC call as the stand-in saw it (session omitted). */
export interface CallRecord {
  readonly method: string;
  readonly params: RpcValue[];
  readonly ok: boolean;
  readonly error?: string;
}

/** A plain snapshot of the stand-in, for tests. */
export interface StandInState {
  readonly templates: Array<{ id: number; name: string; template: TemplateObject }>;
  readonly vmGroups: Array<{
    id: number;
    name: string;
    roles: Array<{ id: number; name: string; policy: string; vms: number[] }>;
    template: TemplateObject;
  }>;
  readonly vms: Array<{
    id: number;
    name: string;
    state: string;
    lcmState: string;
    stateCode: number;
    lcmStateCode: number;
    ip?: string;
    template: TemplateObject;
    userTemplate: TemplateObject;
  }>;
  readonly calls: CallRecord[];
  readonly unknownMethods: string[];
}

export type TemplateObject = { [name: string]: string | { [key: string]: string } | Array<string | { [key: string]: string }> };

class Fail extends Error {
  constructor(public readonly code: number, message: string, public readonly resourceId = -1) {
    super(message);
  }
}

/** Attributes oned keeps in a VM's TEMPLATE; everything else goes to USER_TEMPLATE. */
const VM_SYSTEM_ATTRIBUTES = new Set([
  'CPU', 'VCPU', 'MEMORY', 'DISK', 'NIC', 'NIC_ALIAS', 'NIC_DEFAULT', 'CONTEXT', 'OS', 'FEATURES', 'GRAPHICS', 'INPUT',
  'RAW', 'CPU_MODEL', 'VMGROUP', 'PCI', 'TOPOLOGY', 'NUMA_NODE', 'SCHED_ACTION', 'SECURITY_GROUP_RULE', 'SPICE_OPTIONS',
  'VIDEO', 'BACKUP_CONFIG', 'MEMORY_RESIZE_MODE', 'MEMORY_MAX', 'VCPU_MAX', 'HOT_RESIZE', 'TEMPLATE_ID', 'VMID',
]);

/** Vectors one.vm.updateconf may change. */
const UPDATECONF_VECTORS = ['OS', 'FEATURES', 'INPUT', 'GRAPHICS', 'RAW', 'CONTEXT', 'CPU_MODEL', 'BACKUP_CONFIG'];

const GROUPS = [{ id: 0, name: 'oneadmin' }, { id: 1, name: 'users' }];

/** Object names as oned writes them in error messages. */
const OBJECT = { template: 'virtual machine template', vm: 'virtual machine', vmgroup: 'vm group', group: 'group' } as const;

const LEASES_PER_NETWORK = 254;

export class Oned {
  public readonly calls: CallRecord[] = [];
  public readonly unknownMethods: string[] = [];

  private readonly templates = new Map<number, VmTemplateObject>();
  private readonly vmGroups = new Map<number, VmGroupObject>();
  private readonly vms = new Map<number, VmObject>();
  private readonly leases = new Map<number, Set<number>>();
  private readonly users = new Map<string, number>([['oneadmin', 0]]);
  private readonly nextId = { template: 0, vmgroup: 0, vm: 0, user: 2 };
  private readonly transientPolls: number;
  private readonly now: () => number;
  private readonly methods: { [method: string]: (session: Session, params: RpcValue[]) => RpcValue };

  constructor(private readonly options: OnedOptions = {}) {
    this.transientPolls = Math.max(0, options.transientPolls ?? 1);
    this.now = options.clock ?? (() => Math.floor(Date.now() / 1000));
    this.methods = this.methodTable();
  }

  /** Names of the methods the stand-in answers. */
  public methodNames(): string[] {
    return Object.keys(this.methods).sort();
  }

  /**
   * Runs one XML-RPC call. Returns the OpenNebula answer array
   * `[success, body, errorCode, (resourceId, replicationIndex)]`. Throws UnknownMethodError for a
   * method the stand-in does not answer and ParameterError for parameters of the wrong type
   * (both become XML-RPC faults, as xmlrpc-c answers them).
   */
  public call(method: string, params: RpcValue[]): Answer {
    const [session, ...rest] = params;
    // Own entries only: `constructor`, `toString` or `__proto__` are no methods of the table.
    const handler = Object.prototype.hasOwnProperty.call(this.methods, method) ? this.methods[method] : undefined;
    if (!handler) {
      this.unknownMethods.push(method);
      this.calls.push({ method, params: rest, ok: false, error: 'unknown method' });
      throw new UnknownMethodError(method);
    }
    try {
      const who = this.authenticate(session);
      const body = handler(who, rest);
      this.calls.push({ method, params: rest, ok: true });
      return [true, body, 0];
    } catch (e) {
      if (e instanceof ParameterError) {
        this.calls.push({ method, params: rest, ok: false, error: e.message });
        throw e;
      }
      if (!(e instanceof Fail)) throw e;
      const message = `[${method}] ${e.message}`;
      this.calls.push({ method, params: rest, ok: false, error: message });
      return [false, message, e.code, e.resourceId, new RpcInt64(0n)];
    }
  }

  /** A plain snapshot; reading it does not advance any VM. */
  public state(): StandInState {
    return {
      templates: [...this.templates.values()].map((t) => ({ id: t.id, name: t.name, template: templateObject(t.template) })),
      vmGroups: [...this.vmGroups.values()].map((g) => ({
        id: g.id,
        name: g.name,
        roles: g.roles.map((r) => ({ id: r.id, name: r.attributes.get('NAME') ?? '', policy: r.attributes.get('POLICY') ?? '', vms: [...r.vms] })),
        template: templateObject(g.template),
      })),
      vms: [...this.vms.values()].map((vm) => ({
        id: vm.id,
        name: vm.name,
        state: STATE_NAMES[vm.state],
        lcmState: LCM_NAMES[vm.lcm],
        stateCode: vm.state,
        lcmStateCode: vm.lcm,
        ip: vm.template.vectors('NIC')[0]?.vector.get('IP'),
        template: templateObject(vm.template),
        userTemplate: templateObject(vm.userTemplate),
      })),
      calls: [...this.calls],
      unknownMethods: [...this.unknownMethods],
    };
  }

  // ---------------------------------------------------------------------------------------
  // Sessions

  private authenticate(session: RpcValue): Session {
    const fail = () => new Fail(ErrorCode.AUTHENTICATION, "User couldn't be authenticated, aborting call.");
    if (typeof session !== 'string') throw fail();
    const colon = session.indexOf(':');
    if (colon <= 0 || colon === session.length - 1) throw fail();
    const user = session.slice(0, colon);
    const password = session.slice(colon + 1);
    if (this.options.users && this.options.users[user] !== password) throw fail();
    let uid = this.users.get(user);
    if (uid === undefined) {
      uid = this.nextId.user++;
      this.users.set(user, uid);
    }
    return { uid, gid: uid === 0 ? 0 : 1, uname: user };
  }

  // ---------------------------------------------------------------------------------------
  // Method table

  private methodTable(): { [method: string]: (session: Session, params: RpcValue[]) => RpcValue } {
    return {
      'one.system.version': () => this.options.version ?? EMULATED_VERSION,
      'one.system.config': () => '<OPENNEBULA_CONFIGURATION><DEFAULT_UMASK><![CDATA[177]]></DEFAULT_UMASK></OPENNEBULA_CONFIGURATION>',
      'one.grouppool.info': () => this.groupPoolXml(),
      'one.group.info': (_s, p) => {
        const id = int(p, 0, 'id');
        const group = GROUPS.find((g) => g.id === id);
        if (!group) throw new Fail(ErrorCode.NO_EXISTS, `Error getting ${OBJECT.group} [${id}].`, id);
        return groupXml(group);
      },

      // VM templates
      'one.templatepool.info': (_s, p) => this.poolXml('VMTEMPLATE_POOL', this.templates, p, (t) => this.templateXml(t)),
      'one.template.allocate': (s, p) => this.templateAllocate(s, str(p, 0, 'template')),
      'one.template.info': (_s, p) => this.templateXml(this.get(this.templates, int(p, 0, 'id'), OBJECT.template)),
      'one.template.update': (_s, p) => this.update(this.templates, OBJECT.template, p, (t, tpl, type) => {
        tpl.remove('NAME');
        if (type === 0) t.template = tpl;
        else t.template.merge(tpl);
      }),
      'one.template.delete': (_s, p) => {
        const t = this.get(this.templates, int(p, 0, 'id'), OBJECT.template);
        this.checkLock(t, OBJECT.template, LOCK_MANAGE);
        this.templates.delete(t.id);
        return t.id;
      },
      'one.template.chmod': (_s, p) => this.chmod(this.templates, OBJECT.template, p),
      'one.template.chown': (_s, p) => this.chown(this.templates, OBJECT.template, p),
      'one.template.rename': (_s, p) => this.rename(this.templates, OBJECT.template, 'TEMPLATE', p),
      'one.template.lock': (_s, p) => this.lock(this.templates, OBJECT.template, p),
      'one.template.unlock': (_s, p) => this.unlock(this.templates, OBJECT.template, p),
      'one.template.instantiate': (s, p) => this.instantiate(s, p),

      // VMs
      'one.vmpool.info': (_s, p) => this.vmPoolXml(p),
      'one.vm.info': (_s, p) => this.vmXml(this.observe(this.get(this.vms, int(p, 0, 'id'), OBJECT.vm))),
      'one.vm.allocate': (s, p) => {
        const tpl = this.parse(str(p, 0, 'template'), ErrorCode.ALLOCATE, OBJECT.vm);
        const name = tpl.get('NAME') ?? '';
        return this.allocateVm(s, tpl, name, optionalBool(p, 1, false), undefined);
      },
      'one.vm.action': (_s, p) => this.vmAction(str(p, 0, 'action'), int(p, 1, 'id')),
      'one.vm.update': (_s, p) => this.update(this.vms, OBJECT.vm, p, (vm, tpl, type) => {
        if (type === 0) vm.userTemplate = tpl;
        else vm.userTemplate.merge(tpl);
      }),
      'one.vm.updateconf': (_s, p) => this.vmUpdateConf(int(p, 0, 'id'), str(p, 1, 'template'), optionalInt(p, 2, 0)),
      'one.vm.resize': (_s, p) => this.vmResize(int(p, 0, 'id'), str(p, 1, 'template')),
      'one.vm.rename': (_s, p) => this.rename(this.vms, OBJECT.vm, undefined, p),
      'one.vm.chmod': (_s, p) => this.chmod(this.vms, OBJECT.vm, p),
      'one.vm.chown': (_s, p) => this.chown(this.vms, OBJECT.vm, p),
      'one.vm.lock': (_s, p) => this.lock(this.vms, OBJECT.vm, p),
      'one.vm.unlock': (_s, p) => this.unlock(this.vms, OBJECT.vm, p),

      // VM groups
      'one.vmgrouppool.info': (_s, p) => this.poolXml('VM_GROUP_POOL', this.vmGroups, p, (g) => this.vmGroupXml(g)),
      'one.vmgroup.allocate': (s, p) => this.vmGroupAllocate(s, str(p, 0, 'template')),
      'one.vmgroup.info': (_s, p) => this.vmGroupXml(this.get(this.vmGroups, int(p, 0, 'id'), OBJECT.vmgroup)),
      'one.vmgroup.update': (_s, p) => this.update(this.vmGroups, OBJECT.vmgroup, p, (g, tpl, type) => {
        const vms = g.roles.reduce((n, r) => n + r.vms.length, 0);
        if (vms > 0) throw new Fail(ErrorCode.INTERNAL, `Cannot update template. VM Group has ${vms} VMs`);
        const next = type === 0 ? tpl : mergedCopy(g.template, tpl);
        next.remove('ROLE');
        next.remove('NAME');
        checkRoleRules(next, g.roles, 'Cannot update template. ');
        g.template = next;
      }),
      'one.vmgroup.delete': (_s, p) => {
        const g = this.get(this.vmGroups, int(p, 0, 'id'), OBJECT.vmgroup);
        this.checkLock(g, OBJECT.vmgroup, LOCK_MANAGE);
        this.vmGroups.delete(g.id);
        return g.id;
      },
      'one.vmgroup.chmod': (_s, p) => this.chmod(this.vmGroups, OBJECT.vmgroup, p),
      'one.vmgroup.chown': (_s, p) => this.chown(this.vmGroups, OBJECT.vmgroup, p),
      'one.vmgroup.rename': (_s, p) => this.rename(this.vmGroups, OBJECT.vmgroup, 'VMGroup', p),
      'one.vmgroup.lock': (_s, p) => this.lock(this.vmGroups, OBJECT.vmgroup, p),
      'one.vmgroup.unlock': (_s, p) => this.unlock(this.vmGroups, OBJECT.vmgroup, p),
    };
  }

  // ---------------------------------------------------------------------------------------
  // Shared object operations

  private get<T extends PoolObject>(pool: Map<number, T>, id: number, object: string): T {
    const found = pool.get(id);
    if (!found) throw new Fail(ErrorCode.NO_EXISTS, `Error getting ${object} [${id}].`, id);
    return found;
  }

  private parse(text: string, code: number, object: string): Template {
    try {
      return Template.parse(text);
    } catch (e) {
      if (!(e instanceof TemplateSyntaxError)) throw e;
      throw new Fail(code, code === ErrorCode.ALLOCATE ? `Error allocating a new ${object}. ${e.message}` : e.message);
    }
  }

  private checkLock(o: PoolObject, object: string, operation: number): void {
    if (o.lock && operation >= lockFloor(o.lock.level)) {
      throw new Fail(ErrorCode.LOCKED, `The resource ${object} is locked. [${o.id}].`, o.id);
    }
  }

  private update<T extends PoolObject>(
    pool: Map<number, T>, object: string, p: RpcValue[], apply: (o: T, tpl: Template, type: number) => void,
  ): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    const type = optionalInt(p, 2, 0);
    if (type !== 0 && type !== 1) throw new Fail(ErrorCode.XML_RPC_API, 'Wrong update type', o.id);
    this.checkLock(o, object, LOCK_MANAGE);
    const tpl = this.parse(str(p, 1, 'template'), ErrorCode.INTERNAL, object);
    apply(o, tpl, type);
    return o.id;
  }

  private chmod<T extends PoolObject>(pool: Map<number, T>, object: string, p: RpcValue[]): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    this.checkLock(o, object, LOCK_MANAGE);
    const bits = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => int(p, i, `permission ${i}`));
    if (bits.some((b) => b < -1 || b > 1)) throw new Fail(ErrorCode.XML_RPC_API, 'Wrong permission value, must be -1, 0 or 1');
    o.perms = { bits: o.perms.bits.map((old, i) => (bits[i] === -1 ? old : bits[i])) };
    return o.id;
  }

  private chown<T extends PoolObject>(pool: Map<number, T>, object: string, p: RpcValue[]): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    this.checkLock(o, object, LOCK_MANAGE);
    const uid = int(p, 1, 'uid');
    const gid = int(p, 2, 'gid');
    if (uid >= 0 && ![...this.users.values()].includes(uid)) throw new Fail(ErrorCode.NO_EXISTS, `Error getting user [${uid}].`, uid);
    if (gid >= 0 && !GROUPS.some((g) => g.id === gid)) throw new Fail(ErrorCode.NO_EXISTS, `Error getting ${OBJECT.group} [${gid}].`, gid);
    if (uid >= 0) o.uid = uid;
    if (gid >= 0) o.gid = gid;
    return o.id;
  }

  private rename<T extends PoolObject>(pool: Map<number, T>, object: string, uniqueAs: string | undefined, p: RpcValue[]): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    this.checkLock(o, object, LOCK_MANAGE);
    const name = str(p, 1, 'name');
    checkName(name);
    if (uniqueAs) {
      const twin = [...pool.values()].find((x) => x !== o && x.uid === o.uid && x.name === name);
      if (twin) throw new Fail(ErrorCode.ACTION, `NAME is already taken by ${uniqueAs} ${twin.id}.`, o.id);
    }
    o.name = name;
    return o.id;
  }

  private lock<T extends PoolObject>(pool: Map<number, T>, object: string, p: RpcValue[]): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    const level = int(p, 1, 'level');
    if (level < 1 || level > 4) throw new Fail(ErrorCode.XML_RPC_API, `Wrong lock level ${level}`);
    if (o.lock && optionalBool(p, 2, false)) throw new Fail(ErrorCode.ACTION, `Error trying to lock the resource: already locked [${o.id}].`, o.id);
    o.lock = { level, time: this.now() };
    return o.id;
  }

  private unlock<T extends PoolObject>(pool: Map<number, T>, object: string, p: RpcValue[]): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    delete o.lock;
    return o.id;
  }

  private owner(session: Session): Pick<PoolObject, 'uid' | 'gid'> {
    return { uid: session.uid, gid: session.gid };
  }

  private userName(uid: number): string {
    for (const [name, id] of this.users) if (id === uid) return name;
    return `user${uid}`;
  }

  private commonXml(o: PoolObject): string {
    return `<ID>${o.id}</ID><UID>${o.uid}</UID><GID>${o.gid}</GID><UNAME>${escapeText(this.userName(o.uid))}</UNAME>`
      + `<GNAME>${escapeText(GROUPS.find((g) => g.id === o.gid)?.name ?? '')}</GNAME><NAME>${escapeText(o.name)}</NAME>`;
  }

  private poolXml<T extends PoolObject>(root: string, pool: Map<number, T>, p: RpcValue[], render: (o: T) => string): string {
    const [start, end] = [optionalInt(p, 1, -1), optionalInt(p, 2, -1)];
    const selected = [...pool.values()].filter((o) => (start < 0 || o.id >= start) && (end < 0 || o.id <= end));
    return `<${root}>${selected.map(render).join('')}</${root}>`;
  }

  private groupPoolXml(): string {
    return `<GROUP_POOL>${GROUPS.map(groupXml).join('')}</GROUP_POOL>`;
  }

  // ---------------------------------------------------------------------------------------
  // VM templates

  private templateAllocate(session: Session, text: string): number {
    const tpl = this.parse(text, ErrorCode.ALLOCATE, OBJECT.template);
    const id = this.nextId.template;
    const name = tpl.get('NAME') || `Template-${id}`;
    tpl.remove('NAME');
    const owner = this.owner(session);
    const twin = [...this.templates.values()].find((t) => t.uid === owner.uid && t.name === name);
    if (twin) throw new Fail(ErrorCode.ALLOCATE, `Error allocating a new ${OBJECT.template}. NAME is already taken by TEMPLATE ${twin.id}.`);
    this.nextId.template++;
    this.templates.set(id, { id, ...owner, name, perms: defaultPermissions(), template: tpl, regtime: this.now() });
    return id;
  }

  private templateXml(t: VmTemplateObject): string {
    return `<VMTEMPLATE>${this.commonXml(t)}${lockXml(t)}${permissionsXml(t.perms)}<REGTIME>${t.regtime}</REGTIME>${t.template.toXml()}</VMTEMPLATE>`;
  }

  private instantiate(session: Session, p: RpcValue[]): number {
    const t = this.get(this.templates, int(p, 0, 'id'), OBJECT.template);
    const name = optionalString(p, 1, '');
    const hold = optionalBool(p, 2, false);
    const extra = optionalString(p, 3, '');
    this.checkLock(t, OBJECT.template, LOCK_USE);
    const tpl = t.template.clone();
    if (extra.trim()) tpl.merge(this.parse(extra, ErrorCode.INTERNAL, OBJECT.template));
    return this.allocateVm(session, tpl, name || `${t.name}-${this.nextId.vm}`, hold, t.id);
  }

  // ---------------------------------------------------------------------------------------
  // VMs

  private allocateVm(session: Session, source: Template, name: string, hold: boolean, templateId: number | undefined): number {
    const id = this.nextId.vm;
    const failAllocate = (message: string) => new Fail(ErrorCode.ALLOCATE, `Error allocating a new ${OBJECT.vm}. ${message}`);
    const tpl = source.clone();
    tpl.remove('NAME');

    const memory = Number(tpl.get('MEMORY'));
    if (!Number.isInteger(memory) || memory <= 0) throw failAllocate('MEMORY attribute must be a positive integer value');
    const cpu = Number(tpl.get('CPU'));
    if (!(cpu > 0)) throw failAllocate('CPU attribute must be a positive float or integer value');
    const vcpu = tpl.get('VCPU');
    if (vcpu !== undefined && !(Number.isInteger(Number(vcpu)) && Number(vcpu) > 0)) throw failAllocate('VCPU must be an integer greater than 0');

    // VM group: the role must exist before anything is kept.
    const vmgroup = tpl.vector('VMGROUP');
    let role: VmGroupRole | undefined;
    if (vmgroup) {
      const roleName = vmgroup.vector.get('ROLE') ?? '';
      if (!roleName) throw failAllocate('Missing role name in VM Group definition');
      const byName = vmgroup.vector.get('VMGROUP_NAME');
      const group = byName
        ? [...this.vmGroups.values()].find((g) => g.name === byName && g.uid === Number(vmgroup.vector.get('VMGROUP_UID') ?? session.uid))
        : this.vmGroups.get(Number(vmgroup.vector.get('VMGROUP_ID') ?? 'x'));
      if (!group) throw failAllocate('Cannot find VM Group to associate the VM');
      role = group.roles.find((r) => r.attributes.get('NAME') === roleName);
      if (!role) throw failAllocate('Role does not exist in VM Group');
      vmgroup.vector.set('VMGROUP_ID', String(group.id));
    }

    // Leases first: they are the only other thing that can fail.
    const leases: VmObject['leases'] = [];
    const nics = tpl.vectors('NIC');
    try {
      nics.forEach((nic, i) => {
        nic.vector.set('NIC_ID', String(i));
        const network = nic.vector.get('NETWORK_ID');
        if (network === undefined || !/^\d+$/.test(network)) return;
        const lease = this.lease(Number(network), nic.vector.get('IP'));
        leases.push(lease);
        const ip = leaseIp(lease);
        nic.vector.set('IP', ip);
        nic.vector.set('MAC', macOf(ip));
        nic.vector.set('NETWORK', nic.vector.get('NETWORK') ?? `network-${network}`);
        nic.vector.set('NETWORK_UNAME', 'oneadmin');
        nic.vector.set('AR_ID', '0');
        nic.vector.set('BRIDGE', `br${network}`);
        nic.vector.set('VN_MAD', 'bridge');
        nic.vector.set('TARGET', `one-${id}-${i}`);
        const groups = (nic.vector.get('SECURITY_GROUPS') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        if (!groups.includes('0')) groups.unshift('0');
        nic.vector.set('SECURITY_GROUPS', groups.join(','));
      });
    } catch (e) {
      for (const lease of leases) this.leases.get(lease.network)?.delete(lease.index);
      throw e;
    }

    let letter = 0;
    tpl.vectors('DISK').forEach((disk, i) => {
      disk.vector.set('DISK_ID', String(i));
      const prefix = disk.vector.get('DEV_PREFIX') ?? 'vd';
      if (!disk.vector.has('DEV_PREFIX')) disk.vector.set('DEV_PREFIX', prefix);
      if (!disk.vector.has('TARGET')) disk.vector.set('TARGET', `${prefix}${String.fromCharCode(97 + letter++)}`);
      const image = disk.vector.get('IMAGE_ID');
      if (image !== undefined && image !== '-1') {
        disk.vector.set('IMAGE', disk.vector.get('IMAGE') ?? `image-${image}`);
        disk.vector.set('IMAGE_UNAME', 'oneadmin');
        disk.vector.set('DATASTORE', 'default');
        disk.vector.set('DATASTORE_ID', '1');
        disk.vector.set('TYPE', 'FILE');
        disk.vector.set('CLONE', 'YES');
        disk.vector.set('SAVE', 'NO');
        disk.vector.set('READONLY', 'NO');
        if (!disk.vector.has('DRIVER')) disk.vector.set('DRIVER', 'qcow2');
        if (!disk.vector.has('SIZE')) disk.vector.set('SIZE', '2048');
        disk.vector.set('ORIGINAL_SIZE', '2048');
      }
    });
    const diskCount = tpl.vectors('DISK').length;

    const system = new Template();
    const user = new Template();
    for (const a of tpl.attributes) (VM_SYSTEM_ATTRIBUTES.has(a.name) ? system : user).attributes.push(a);
    system.set('VMID', String(id));
    if (templateId !== undefined) system.set('TEMPLATE_ID', String(templateId));

    const vm: VmObject = {
      id,
      ...this.owner(session),
      name: name || `one-${id}`,
      perms: defaultPermissions(),
      template: system,
      userTemplate: user,
      state: hold ? VmState.HOLD : VmState.PENDING,
      lcm: LcmState.LCM_INIT,
      prevState: VmState.INIT,
      prevLcm: LcmState.LCM_INIT,
      stime: this.now(),
      etime: 0,
      leases,
    };
    const context = system.vector('CONTEXT');
    if (context) this.renderContext(vm, context, diskCount);

    this.nextId.vm++;
    this.vms.set(id, vm);
    if (role) role.vms = [...new Set([...role.vms, id])].sort((a, b) => a - b);
    if (!hold) this.startTransition(vm, VmState.PENDING, LcmState.LCM_INIT, VmState.ACTIVE, LcmState.RUNNING);
    return id;
  }

  /** What oned's context generation adds: the context disk, network variables, `$VAR` values. */
  private renderContext(vm: VmObject, context: VectorAttribute, diskCount: number): void {
    if (!context.vector.has('DISK_ID')) context.vector.set('DISK_ID', String(diskCount));
    if (!context.vector.has('TARGET')) context.vector.set('TARGET', 'hda');
    if ((context.vector.get('NETWORK') ?? '').toUpperCase() === 'YES') {
      vm.template.vectors('NIC').forEach((nic, i) => {
        const ip = nic.vector.get('IP');
        if (ip) context.vector.set(`ETH${i}_IP`, ip);
        const mac = nic.vector.get('MAC');
        if (mac) context.vector.set(`ETH${i}_MAC`, mac);
      });
    }
    const firstNic = vm.template.vectors('NIC')[0];
    const values: { [name: string]: string } = {
      NAME: vm.name,
      VMID: String(vm.id),
      UID: String(vm.uid),
      UNAME: this.userName(vm.uid),
      GID: String(vm.gid),
      GNAME: GROUPS.find((g) => g.id === vm.gid)?.name ?? '',
    };
    for (const [key, value] of context.vector) {
      context.vector.set(key, value.replace(/\$([A-Z_]+)(\[([A-Z_]+)\])?/g, (whole, variable: string, _bracket, member?: string) => {
        if (member !== undefined) {
          if (variable === 'USER') return ''; // the user template of the stand-in's users is empty
          if (variable === 'NIC') return firstNic?.vector.get(member) ?? '';
          return whole;
        }
        return values[variable] ?? whole;
      }));
    }
  }

  private lease(network: number, requested?: string): { network: number; index: number } {
    const used = this.leases.get(network) ?? new Set<number>();
    this.leases.set(network, used);
    if (requested) {
      const prefix = `10.${network % 256}.0.`;
      const index = requested.startsWith(prefix) ? Number(requested.slice(prefix.length)) : NaN;
      if (!(index >= 1 && index <= LEASES_PER_NETWORK)) {
        throw new Fail(ErrorCode.ALLOCATE, `Error allocating a new ${OBJECT.vm}. IP ${requested} is not part of address range 0 of virtual network ${network}`);
      }
      if (used.has(index)) throw new Fail(ErrorCode.ALLOCATE, `Error allocating a new ${OBJECT.vm}. IP ${requested} is already in use`);
      used.add(index);
      return { network, index };
    }
    for (let index = 1; index <= LEASES_PER_NETWORK; index++) {
      if (!used.has(index)) {
        used.add(index);
        return { network, index };
      }
    }
    throw new Fail(ErrorCode.ALLOCATE, `Error allocating a new ${OBJECT.vm}. Cannot get IP/MAC lease from virtual network ${network}.`);
  }

  private startTransition(vm: VmObject, state: number, lcm: number, finalState: number, finalLcm: number, onDone?: () => void): void {
    this.setState(vm, state, lcm);
    const settle = () => {
      this.setState(vm, finalState, finalLcm);
      onDone?.();
    };
    delete vm.transition;
    if (this.transientPolls === 0) {
      settle();
      return;
    }
    vm.transition = { left: this.transientPolls, settle };
  }

  private setState(vm: VmObject, state: number, lcm: number): void {
    if (vm.state !== state || vm.lcm !== lcm) {
      vm.prevState = vm.state;
      vm.prevLcm = vm.lcm;
    }
    vm.state = state;
    vm.lcm = lcm;
  }

  /** An info call on a VM: a transient state is shown `transientPolls` times, then settles. */
  private observe(vm: VmObject): VmObject {
    const transition = vm.transition;
    if (transition) {
      if (transition.left > 0) {
        transition.left--;
      } else {
        delete vm.transition;
        transition.settle();
      }
    }
    return vm;
  }

  private vmAction(action: string, id: number): number {
    const vm = this.get(this.vms, id, OBJECT.vm);
    this.checkLock(vm, OBJECT.vm, LOCK_MANAGE);
    const wrongState = () => new Fail(ErrorCode.ACTION,
      `Error performing action "${action}" on ${OBJECT.vm} [${id}]. This action is not available for state ${stateLabel(vm)}`, id);
    const running = vm.state === VmState.ACTIVE && vm.lcm === LcmState.RUNNING;
    switch (action) {
      case 'terminate':
      case 'terminate-hard': {
        const done = () => this.finish(vm);
        if (running) {
          this.startTransition(vm, VmState.ACTIVE, LcmState.SHUTDOWN, VmState.DONE, LcmState.LCM_INIT, done);
        } else if (([VmState.POWEROFF, VmState.STOPPED, VmState.SUSPENDED, VmState.UNDEPLOYED] as number[]).includes(vm.state)) {
          this.startTransition(vm, VmState.ACTIVE, LcmState.EPILOG, VmState.DONE, LcmState.LCM_INIT, done);
        } else if (vm.state === VmState.PENDING || vm.state === VmState.HOLD) {
          delete vm.transition;
          this.setState(vm, VmState.DONE, LcmState.LCM_INIT);
          done();
        } else {
          throw wrongState();
        }
        return id;
      }
      case 'poweroff':
      case 'poweroff-hard':
        if (!running) throw wrongState();
        this.startTransition(vm, VmState.ACTIVE, LcmState.SHUTDOWN_POWEROFF, VmState.POWEROFF, LcmState.LCM_INIT);
        return id;
      case 'undeploy':
      case 'undeploy-hard':
        if (!running && vm.state !== VmState.POWEROFF) throw wrongState();
        this.startTransition(vm, VmState.ACTIVE, LcmState.SHUTDOWN_UNDEPLOY, VmState.UNDEPLOYED, LcmState.LCM_INIT);
        return id;
      case 'suspend':
        if (!running) throw wrongState();
        this.startTransition(vm, VmState.ACTIVE, LcmState.SAVE_SUSPEND, VmState.SUSPENDED, LcmState.LCM_INIT);
        return id;
      case 'stop':
        if (!running) throw wrongState();
        this.startTransition(vm, VmState.ACTIVE, LcmState.SAVE_STOP, VmState.STOPPED, LcmState.LCM_INIT);
        return id;
      case 'resume': {
        const boot: { [state: number]: number } = {
          [VmState.POWEROFF]: LcmState.BOOT_POWEROFF,
          [VmState.SUSPENDED]: LcmState.BOOT_SUSPENDED,
          [VmState.STOPPED]: LcmState.BOOT_STOPPED,
          [VmState.UNDEPLOYED]: LcmState.BOOT_UNDEPLOY,
        };
        if (boot[vm.state] === undefined) throw wrongState();
        this.startTransition(vm, VmState.ACTIVE, boot[vm.state], VmState.ACTIVE, LcmState.RUNNING);
        return id;
      }
      case 'reboot':
      case 'reboot-hard':
        if (!running) throw wrongState();
        return id;
      case 'hold':
        if (vm.state !== VmState.PENDING) throw wrongState();
        delete vm.transition;
        this.setState(vm, VmState.HOLD, LcmState.LCM_INIT);
        return id;
      case 'release':
        if (vm.state !== VmState.HOLD) throw wrongState();
        this.startTransition(vm, VmState.PENDING, LcmState.LCM_INIT, VmState.ACTIVE, LcmState.RUNNING);
        return id;
      default:
        throw new Fail(ErrorCode.ACTION, `Virtual machine action "${action}" is not supported`, id);
    }
  }

  /** A VM reaching DONE: leases back to their networks, out of its VM group role. */
  private finish(vm: VmObject): void {
    vm.etime = this.now();
    for (const lease of vm.leases) this.leases.get(lease.network)?.delete(lease.index);
    vm.leases = [];
    const vmgroup = vm.template.vector('VMGROUP');
    if (vmgroup) {
      const group = this.vmGroups.get(Number(vmgroup.vector.get('VMGROUP_ID')));
      const role = group?.roles.find((r) => r.attributes.get('NAME') === vmgroup.vector.get('ROLE'));
      if (role) role.vms = role.vms.filter((v) => v !== vm.id);
    }
  }

  private vmResize(id: number, text: string): number {
    const vm = this.get(this.vms, id, OBJECT.vm);
    this.checkLock(vm, OBJECT.vm, LOCK_MANAGE);
    if (vm.state !== VmState.POWEROFF && vm.state !== VmState.UNDEPLOYED) {
      throw new Fail(ErrorCode.ACTION, `Resize action is not available for state ${stateLabel(vm)}`, id);
    }
    const tpl = this.parse(text, ErrorCode.INTERNAL, OBJECT.vm);
    const cpu = tpl.get('CPU');
    const vcpu = tpl.get('VCPU');
    const memory = tpl.get('MEMORY');
    if (cpu !== undefined && !(Number(cpu) > 0)) throw new Fail(ErrorCode.ACTION, 'CPU must be a positive float or integer value', id);
    if (vcpu !== undefined && !(Number.isInteger(Number(vcpu)) && Number(vcpu) > 0)) throw new Fail(ErrorCode.ACTION, 'VCPU must be an integer greater than 0', id);
    if (memory !== undefined && !(Number.isInteger(Number(memory)) && Number(memory) > 0)) throw new Fail(ErrorCode.ACTION, 'MEMORY must be a positive integer value', id);
    if (cpu !== undefined) vm.template.set('CPU', cpu);
    if (vcpu !== undefined) vm.template.set('VCPU', vcpu);
    if (memory !== undefined) vm.template.set('MEMORY', memory);
    return id;
  }

  private vmUpdateConf(id: number, text: string, type: number): number {
    const vm = this.get(this.vms, id, OBJECT.vm);
    this.checkLock(vm, OBJECT.vm, LOCK_MANAGE);
    if (vm.state === VmState.DONE) {
      throw new Fail(ErrorCode.ACTION, `Updateconf action is not available for state ${stateLabel(vm)}`, id);
    }
    const tpl = this.parse(text, ErrorCode.INTERNAL, OBJECT.vm);
    for (const name of UPDATECONF_VECTORS) {
      const incoming = tpl.vectors(name);
      if (type === 0 || incoming.length > 0) vm.template.remove(name);
      for (const v of incoming) vm.template.attributes.push({ name, vector: new Map(v.vector) });
    }
    const context = vm.template.vector('CONTEXT');
    if (context) this.renderContext(vm, context, vm.template.vectors('DISK').length);
    return id;
  }

  private vmXml(vm: VmObject): string {
    return `<VM>${this.commonXml(vm)}${permissionsXml(vm.perms)}<LAST_POLL>0</LAST_POLL>`
      + `<STATE>${vm.state}</STATE><LCM_STATE>${vm.lcm}</LCM_STATE><PREV_STATE>${vm.prevState}</PREV_STATE>`
      + `<PREV_LCM_STATE>${vm.prevLcm}</PREV_LCM_STATE><RESCHED>0</RESCHED><STIME>${vm.stime}</STIME><ETIME>${vm.etime}</ETIME>`
      + `<DEPLOY_ID>${vm.state === VmState.ACTIVE ? `one-${vm.id}` : ''}</DEPLOY_ID>${lockXml(vm)}<MONITORING/>`
      + `${vm.template.toXml('TEMPLATE')}${vm.userTemplate.toXml('USER_TEMPLATE')}<HISTORY_RECORDS/></VM>`;
  }

  private vmPoolXml(p: RpcValue[]): string {
    // one.vmpool.info(filter, start, end, state): state -2 any, -1 any but DONE, else that STATE.
    const state = optionalInt(p, 3, -1);
    const [start, end] = [optionalInt(p, 1, -1), optionalInt(p, 2, -1)];
    const selected = [...this.vms.values()].filter((vm) => (start < 0 || vm.id >= start) && (end < 0 || vm.id <= end)
      && (state === -2 || (state === -1 ? vm.state !== VmState.DONE : vm.state === state)));
    return `<VM_POOL>${selected.map((vm) => this.vmXml(vm)).join('')}</VM_POOL>`;
  }

  // ---------------------------------------------------------------------------------------
  // VM groups

  private vmGroupAllocate(session: Session, text: string): number {
    const tpl = this.parse(text, ErrorCode.ALLOCATE, OBJECT.vmgroup);
    const fail = (message: string) => new Fail(ErrorCode.ALLOCATE, `Error allocating a new ${OBJECT.vmgroup}. ${message}`);
    const name = tpl.get('NAME') ?? '';
    try {
      checkName(name);
    } catch (e) {
      throw fail((e as Error).message);
    }
    const owner = this.owner(session);
    const twin = [...this.vmGroups.values()].find((g) => g.uid === owner.uid && g.name === name);
    if (twin) throw fail(`NAME is already taken by VMGroup ${twin.id}.`);
    tpl.remove('NAME');
    const roles: VmGroupRole[] = [];
    for (const attribute of tpl.remove('ROLE')) {
      if (!isVector(attribute)) continue;
      const roleName = attribute.vector.get('NAME') ?? '';
      if (!roleName) throw fail('Missing NAME in VM group role');
      if (roles.some((r) => r.attributes.get('NAME') === roleName)) throw fail('Role already exists');
      const attributes = new Map(attribute.vector);
      attributes.delete('VMS');
      attributes.set('ID', String(roles.length));
      roles.push({ id: roles.length, attributes, vms: [] });
    }
    checkRoleRules(tpl, roles, `Error allocating a new ${OBJECT.vmgroup}. `, ErrorCode.ALLOCATE);
    const id = this.nextId.vmgroup++;
    this.vmGroups.set(id, { id, ...owner, name, perms: defaultPermissions(), template: tpl, roles });
    return id;
  }

  private vmGroupXml(g: VmGroupObject): string {
    const roles = g.roles.map((r) => {
      const members = new Map(r.attributes);
      if (r.vms.length > 0) members.set('VMS', r.vms.join(','));
      return attributeXml({ name: 'ROLE', vector: members });
    }).join('');
    return `<VM_GROUP>${this.commonXml(g)}${permissionsXml(g.perms)}${lockXml(g)}<ROLES>${roles}</ROLES>${g.template.toXml()}</VM_GROUP>`;
  }
}

interface Session { uid: number; gid: number; uname: string }

const LOCK_USE = 1;
const LOCK_MANAGE = 2;

/** Lowest operation level a lock blocks: USE (1) and ALL (4) block everything from USE up. */
function lockFloor(level: number): number {
  return level === 4 ? 1 : level;
}

function stateLabel(vm: VmObject): string {
  return vm.state === VmState.ACTIVE ? LCM_NAMES[vm.lcm] : STATE_NAMES[vm.state];
}

function checkName(name: string): void {
  if (!name) throw new Fail(ErrorCode.ACTION, 'Invalid NAME, it cannot be empty');
  if (/[\n\r\t"&<>]/.test(name) || name.length > 128) throw new Fail(ErrorCode.ACTION, `Invalid NAME "${name}"`);
}

/** oned's consistency check of role-to-role rules (top-level AFFINED / ANTI_AFFINED). */
function checkRoleRules(tpl: Template, roles: VmGroupRole[], prefix: string, code: number = ErrorCode.INTERNAL): void {
  const byName = new Map(roles.map((r) => [r.attributes.get('NAME') ?? '', r]));
  for (const policy of ['AFFINED', 'ANTI_AFFINED']) {
    for (const a of tpl.attributes) {
      if (a.name !== policy || isVector(a)) continue;
      const names = a.value.split(',').map((s) => s.trim()).filter(Boolean);
      if (names.some((n) => !byName.has(n))) {
        throw new Fail(code, `${prefix}Some roles used in ${policy} attribute (${a.value}) are not defined`);
      }
      if (policy === 'AFFINED') {
        const anti = names.find((n) => (byName.get(n)!.attributes.get('POLICY') ?? '').toUpperCase() === 'ANTI_AFFINED');
        if (anti) throw new Fail(code, `${prefix}Role ${anti} is in an AFFINED rule but the role policy is ANTI_AFFINED`);
      }
    }
  }
}

function mergedCopy(base: Template, extra: Template): Template {
  const copy = base.clone();
  copy.merge(extra);
  return copy;
}

/** oned's default UMASK 177: owner use+manage, nothing for group and others ("600"). */
function defaultPermissions(): Permissions {
  return { bits: [1, 1, 0, 0, 0, 0, 0, 0, 0] };
}

function permissionsXml(p: Permissions): string {
  const names = ['OWNER_U', 'OWNER_M', 'OWNER_A', 'GROUP_U', 'GROUP_M', 'GROUP_A', 'OTHER_U', 'OTHER_M', 'OTHER_A'];
  return `<PERMISSIONS>${names.map((n, i) => `<${n}>${p.bits[i]}</${n}>`).join('')}</PERMISSIONS>`;
}

function lockXml(o: PoolObject): string {
  return o.lock ? `<LOCK><LOCKED>${o.lock.level}</LOCKED><OWNER>0</OWNER><TIME>${o.lock.time}</TIME><REQ_ID>-1</REQ_ID></LOCK>` : '';
}

function groupXml(g: { id: number; name: string }): string {
  return `<GROUP><ID>${g.id}</ID><NAME>${g.name}</NAME><TEMPLATE></TEMPLATE><USERS>${g.id === 0 ? '<ID>0</ID>' : ''}</USERS><ADMINS></ADMINS></GROUP>`;
}

function leaseIp(lease: { network: number; index: number }): string {
  return `10.${lease.network % 256}.0.${lease.index}`;
}

/** OpenNebula's default MAC: prefix 02:00 followed by the IPv4 address. */
function macOf(ip: string): string {
  return ['02', '00', ...ip.split('.').map((o) => Number(o).toString(16).padStart(2, '0'))].join(':');
}

function templateObject(t: Template): TemplateObject {
  const out: TemplateObject = {};
  const put = (a: Attribute) => {
    const value = isVector(a) ? vectorObject(a) : a.value;
    const existing = out[a.name];
    if (existing === undefined) out[a.name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[a.name] = [existing, value];
  };
  t.attributes.forEach(put);
  return out;
}

// Parameter readers: a wrong type is a fault, as xmlrpc-c answers a signature mismatch.

export class ParameterError extends Error {}

/** A method the stand-in does not answer: an XML-RPC fault, as xmlrpc-c gives for a method not registered. */
export class UnknownMethodError extends Error {
  constructor(public readonly method: string) {
    super(`Method '${method}' not defined`);
  }
}

function param(p: RpcValue[], i: number, what: string): RpcValue {
  if (i >= p.length) throw new ParameterError(`missing parameter ${i + 2} (${what})`);
  return p[i];
}

function int(p: RpcValue[], i: number, what: string): number {
  const v = param(p, i, what);
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new ParameterError(`parameter ${i + 2} (${what}) must be an int`);
  return v;
}

function str(p: RpcValue[], i: number, what: string): string {
  const v = param(p, i, what);
  if (typeof v !== 'string') throw new ParameterError(`parameter ${i + 2} (${what}) must be a string`);
  return v;
}

function optionalInt(p: RpcValue[], i: number, fallback: number): number {
  return i < p.length ? int(p, i, 'optional int') : fallback;
}

function optionalBool(p: RpcValue[], i: number, fallback: boolean): boolean {
  if (i >= p.length) return fallback;
  const v = p[i];
  if (typeof v !== 'boolean') throw new ParameterError(`parameter ${i + 2} must be a boolean`);
  return v;
}

function optionalString(p: RpcValue[], i: number, fallback: string): string {
  return i < p.length ? str(p, i, 'optional string') : fallback;
}
