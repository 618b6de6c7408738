/**
 * The stand-in's state and what every object pool shares: the shapes of templates, VM groups and
 * VMs, the pools themselves (IDs count from 0 per pool, never reused), the users, and the
 * operations every object kind answers alike (info lookup, update, chmod, chown, rename, lock,
 * unlock, the pool listing and the common XML).
 */
import { Fail, ErrorCode, Session, int, optionalBool, optionalInt, str } from './call';
import { Template, TemplateSyntaxError } from './template';
import { escapeText } from './xml';
import { RpcValue } from './xmlrpc';

export interface Permissions { bits: number[] } // OWNER_U OWNER_M OWNER_A GROUP_U ... OTHER_A

export interface PoolObject {
  readonly id: number;
  uid: number;
  gid: number;
  name: string;
  perms: Permissions;
  lock?: { level: number; time: number };
  template: Template;
}

export interface VmTemplateObject extends PoolObject { regtime: number }

export interface VmGroupRole { id: number; attributes: Map<string, string>; vms: number[] }

export interface VmGroupObject extends PoolObject { roles: VmGroupRole[] }

/** A VM showing a transient state: `left` more info calls, then `settle` moves it on. */
export interface Transition {
  left: number;
  readonly settle: () => void;
}

export interface VmObject extends PoolObject {
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

export const GROUPS = [{ id: 0, name: 'oneadmin' }, { id: 1, name: 'users' }];

/** Object names as oned writes them in error messages. */
export const OBJECT = { template: 'virtual machine template', vm: 'virtual machine', vmgroup: 'vm group', group: 'group' } as const;

/** Object types as oned's authorization manager names them. */
const AUTH_TYPE: { [object: string]: string } = { [OBJECT.template]: 'TEMPLATE', [OBJECT.vm]: 'VM', [OBJECT.vmgroup]: 'VMGROUP' };

export const LOCK_USE = 1;
export const LOCK_MANAGE = 2;

/** Every object of the daemon, the users and the ID counters; the clock and VM pacing. */
export class Pools {
  public readonly templates = new Map<number, VmTemplateObject>();
  public readonly vmGroups = new Map<number, VmGroupObject>();
  public readonly vms = new Map<number, VmObject>();
  /** Addresses in use, by network: the lease index (1-254) of `10.<network mod 256>.0.<index>`. */
  public readonly leases = new Map<number, Set<number>>();
  public readonly users = new Map<string, number>([['oneadmin', 0]]);
  public readonly nextId = { template: 0, vmgroup: 0, vm: 0, user: 2 };

  /** The user ID of the call being answered (oned names it in authorization errors). */
  public caller = 0;

  /**
   * @param transientPolls info calls that show a VM's transient state before the target one
   * @param now seconds since the epoch
   * @param onegateEndpoint oned.conf's ONEGATE_ENDPOINT ('' when not set)
   */
  constructor(public readonly transientPolls: number, public readonly now: () => number, public readonly onegateEndpoint: string = '') {}

  public get<T extends PoolObject>(pool: Map<number, T>, id: number, object: string): T {
    const found = pool.get(id);
    if (!found) throw new Fail(ErrorCode.NO_EXISTS, `Error getting ${object} [${id}].`, id);
    return found;
  }

  public parse(text: string, code: number, object: string): Template {
    try {
      return Template.parse(text);
    } catch (e) {
      if (!(e instanceof TemplateSyntaxError)) throw e;
      throw new Fail(code, code === ErrorCode.ALLOCATE ? `Error allocating a new ${object}. ${e.message}` : e.message);
    }
  }

  /**
   * A locked object refuses the operation as oned 6.10 refuses it: the authorization manager
   * says no (AUTHORIZATION, `User [uid] : TEMPLATE is locked. [id].`); oned never answers LOCKED.
   */
  public checkLock(o: PoolObject, object: string, operation: number): void {
    if (o.lock && operation >= lockFloor(o.lock.level)) {
      throw new Fail(ErrorCode.AUTHORIZATION, `User [${this.caller}] : ${AUTH_TYPE[object] ?? object} is locked. [${o.id}].`, o.id);
    }
  }

  public update<T extends PoolObject>(
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

  public chmod<T extends PoolObject>(pool: Map<number, T>, object: string, p: RpcValue[]): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    this.checkLock(o, object, LOCK_MANAGE);
    const bits = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => int(p, i, `permission ${i}`));
    if (bits.some((b) => b < -1 || b > 1)) throw new Fail(ErrorCode.XML_RPC_API, 'Wrong permission value, must be -1, 0 or 1');
    o.perms = { bits: o.perms.bits.map((old, i) => (bits[i] === -1 ? old : bits[i])) };
    return o.id;
  }

  public chown<T extends PoolObject>(pool: Map<number, T>, object: string, p: RpcValue[]): number {
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

  public rename<T extends PoolObject>(pool: Map<number, T>, object: string, uniqueAs: string | undefined, p: RpcValue[]): number {
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

  public lock<T extends PoolObject>(pool: Map<number, T>, object: string, p: RpcValue[]): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    const level = int(p, 1, 'level');
    if (level < 1 || level > 4) throw new Fail(ErrorCode.XML_RPC_API, `Wrong lock level ${level}`);
    if (o.lock && optionalBool(p, 2, false)) throw new Fail(ErrorCode.ACTION, `Error trying to lock the resource: already locked [${o.id}].`, o.id);
    o.lock = { level, time: this.now() };
    return o.id;
  }

  public unlock<T extends PoolObject>(pool: Map<number, T>, object: string, p: RpcValue[]): number {
    const o = this.get(pool, int(p, 0, 'id'), object);
    delete o.lock;
    return o.id;
  }

  public owner(session: Session): Pick<PoolObject, 'uid' | 'gid'> {
    return { uid: session.uid, gid: session.gid };
  }

  public userName(uid: number): string {
    for (const [name, id] of this.users) if (id === uid) return name;
    return `user${uid}`;
  }

  public commonXml(o: PoolObject): string {
    return `<ID>${o.id}</ID><UID>${o.uid}</UID><GID>${o.gid}</GID><UNAME>${escapeText(this.userName(o.uid))}</UNAME>`
      + `<GNAME>${escapeText(GROUPS.find((g) => g.id === o.gid)?.name ?? '')}</GNAME><NAME>${escapeText(o.name)}</NAME>`;
  }

  public poolXml<T extends PoolObject>(root: string, pool: Map<number, T>, p: RpcValue[], render: (o: T) => string): string {
    const [start, end] = [optionalInt(p, 1, -1), optionalInt(p, 2, -1)];
    const selected = [...pool.values()].filter((o) => (start < 0 || o.id >= start) && (end < 0 || o.id <= end));
    return `<${root}>${selected.map(render).join('')}</${root}>`;
  }
}

/** Lowest operation level a lock blocks: USE (1) and ALL (4) block everything from USE up. */
function lockFloor(level: number): number {
  return level === 4 ? 1 : level;
}

export function checkName(name: string): void {
  if (!name) throw new Fail(ErrorCode.ACTION, 'Invalid NAME, it cannot be empty');
  if (/[\n\r\t"&<>]/.test(name) || name.length > 128) throw new Fail(ErrorCode.ACTION, `Invalid NAME "${name}"`);
}

/** oned's default UMASK 177: owner use+manage, nothing for group and others ("600"). */
export function defaultPermissions(): Permissions {
  return { bits: [1, 1, 0, 0, 0, 0, 0, 0, 0] };
}

export function permissionsXml(p: Permissions): string {
  const names = ['OWNER_U', 'OWNER_M', 'OWNER_A', 'GROUP_U', 'GROUP_M', 'GROUP_A', 'OTHER_U', 'OTHER_M', 'OTHER_A'];
  return `<PERMISSIONS>${names.map((n, i) => `<${n}>${p.bits[i]}</${n}>`).join('')}</PERMISSIONS>`;
}

export function lockXml(o: PoolObject): string {
  return o.lock ? `<LOCK><LOCKED>${o.lock.level}</LOCKED><OWNER>0</OWNER><TIME>${o.lock.time}</TIME><REQ_ID>-1</REQ_ID></LOCK>` : '';
}

export function groupXml(g: { id: number; name: string }): string {
  return `<GROUP><ID>${g.id}</ID><NAME>${g.name}</NAME><TEMPLATE></TEMPLATE><USERS>${g.id === 0 ? '<ID>0</ID>' : ''}</USERS><ADMINS></ADMINS></GROUP>`;
}

export function groupPoolXml(): string {
  return `<GROUP_POOL>${GROUPS.map(groupXml).join('')}</GROUP_POOL>`;
}
