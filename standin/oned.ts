/**
 * The emulated OpenNebula 6.10 daemon (oned): the XML-RPC methods the OpenNebula Terraform
 * provider v1.5.0 calls for templates, VMs instantiated from templates and VM groups. A TEST
 * STAND-IN, not a cloud: nothing is scheduled, booted or stored on disk. Every known difference
 * from a real OpenNebula is listed in standin/README.md.
 *
 * This file is the daemon's front: sessions, the dispatch table (every method the stand-in
 * answers, and where its behaviour lives) and the snapshot for tests. The behaviour is in
 * pool.ts (state and what every pool shares), vmtemplate.ts, vm.ts and vmgroup.ts.
 */
import { ErrorCode, Fail, Method, ParameterError, Session, UnknownMethodError, int, optionalInt, str } from './call';
import { GROUPS, OBJECT, Pools, groupPoolXml, groupXml } from './pool';
import { Attribute, Template, isVector, vectorObject } from './template';
import { LCM_NAMES, STATE_NAMES, observe, updateUserTemplate, vmAction, vmAllocate, vmPoolXml, vmResize, vmUpdateConf, vmXml } from './vm';
import { vmGroupAllocate, vmGroupDelete, vmGroupXml, updateVmGroup } from './vmgroup';
import { instantiate, templateAllocate, templateDelete, templateXml, updateTemplate } from './vmtemplate';
import { RpcInt64, RpcValue } from './xmlrpc';

/** The OpenNebula release the stand-in follows: the one the real-oned tier builds (toolchain/oned.sh). */
export const EMULATED_VERSION = '6.10.5';

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
  /** Answer of one.system.version. @default "6.10.5" */
  readonly version?: string;
  /**
   * oned.conf's ONEGATE_ENDPOINT: written into the CONTEXT of a VM whose context sets
   * `TOKEN = "YES"` (with VMID). Empty: such a VM is refused, as oned refuses it without one.
   * @default "http://127.0.0.1:5030"
   */
  readonly onegateEndpoint?: string;
}

/** OneGate's default port on the front-end. */
export const DEFAULT_ONEGATE_ENDPOINT = 'http://127.0.0.1:5030';

type Answer = RpcValue[];

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

export class Oned {
  public readonly calls: CallRecord[] = [];
  public readonly unknownMethods: string[] = [];

  private readonly pools: Pools;
  private readonly methods: { [method: string]: Method };

  constructor(private readonly options: OnedOptions = {}) {
    this.pools = new Pools(Math.max(0, options.transientPolls ?? 1), options.clock ?? (() => Math.floor(Date.now() / 1000)),
      options.onegateEndpoint ?? DEFAULT_ONEGATE_ENDPOINT);
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
      this.pools.caller = who.uid;
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
      templates: [...this.pools.templates.values()].map((t) => ({ id: t.id, name: t.name, template: templateObject(t.template) })),
      vmGroups: [...this.pools.vmGroups.values()].map((g) => ({
        id: g.id,
        name: g.name,
        roles: g.roles.map((r) => ({ id: r.id, name: r.attributes.get('NAME') ?? '', policy: r.attributes.get('POLICY') ?? '', vms: [...r.vms] })),
        template: templateObject(g.template),
      })),
      vms: [...this.pools.vms.values()].map((vm) => ({
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
    let uid = this.pools.users.get(user);
    if (uid === undefined) {
      uid = this.pools.nextId.user++;
      this.pools.users.set(user, uid);
    }
    return { uid, gid: uid === 0 ? 0 : 1, uname: user };
  }

  // ---------------------------------------------------------------------------------------
  // Dispatch table: every method the stand-in answers. Parameters are read here, or in the named
  // function when reading them is interleaved with checks (the order decides which error a bad
  // call gets).

  private methodTable(): { [method: string]: Method } {
    const pools = this.pools;
    return {
      'one.system.version': () => this.options.version ?? EMULATED_VERSION,
      'one.system.config': () => '<OPENNEBULA_CONFIGURATION><DEFAULT_UMASK><![CDATA[177]]></DEFAULT_UMASK></OPENNEBULA_CONFIGURATION>',
      'one.grouppool.info': () => groupPoolXml(),
      'one.group.info': (_s, p) => {
        const id = int(p, 0, 'id');
        const group = GROUPS.find((g) => g.id === id);
        if (!group) throw new Fail(ErrorCode.NO_EXISTS, `Error getting ${OBJECT.group} [${id}].`, id);
        return groupXml(group);
      },

      // VM templates (vmtemplate.ts)
      'one.templatepool.info': (_s, p) => pools.poolXml('VMTEMPLATE_POOL', pools.templates, p, (t) => templateXml(pools, t)),
      'one.template.allocate': (s, p) => templateAllocate(pools, s, str(p, 0, 'template')),
      'one.template.info': (_s, p) => templateXml(pools, pools.get(pools.templates, int(p, 0, 'id'), OBJECT.template)),
      'one.template.update': (_s, p) => pools.update(pools.templates, OBJECT.template, p, updateTemplate),
      'one.template.delete': (_s, p) => templateDelete(pools, p),
      'one.template.chmod': (_s, p) => pools.chmod(pools.templates, OBJECT.template, p),
      'one.template.chown': (_s, p) => pools.chown(pools.templates, OBJECT.template, p),
      'one.template.rename': (_s, p) => pools.rename(pools.templates, OBJECT.template, 'TEMPLATE', p),
      'one.template.lock': (_s, p) => pools.lock(pools.templates, OBJECT.template, p),
      'one.template.unlock': (_s, p) => pools.unlock(pools.templates, OBJECT.template, p),
      'one.template.instantiate': (s, p) => instantiate(pools, s, p),

      // VMs (vm.ts)
      'one.vmpool.info': (_s, p) => vmPoolXml(pools, p, false),
      'one.vmpool.infoextended': (_s, p) => vmPoolXml(pools, p, true),
      'one.vm.info': (_s, p) => vmXml(pools, observe(pools.get(pools.vms, int(p, 0, 'id'), OBJECT.vm))),
      'one.vm.allocate': (s, p) => vmAllocate(pools, s, p),
      'one.vm.action': (_s, p) => vmAction(pools, str(p, 0, 'action'), int(p, 1, 'id')),
      'one.vm.update': (_s, p) => pools.update(pools.vms, OBJECT.vm, p, updateUserTemplate),
      'one.vm.updateconf': (_s, p) => vmUpdateConf(pools, int(p, 0, 'id'), str(p, 1, 'template'), optionalInt(p, 2, 0)),
      'one.vm.resize': (_s, p) => vmResize(pools, int(p, 0, 'id'), str(p, 1, 'template')),
      'one.vm.rename': (_s, p) => pools.rename(pools.vms, OBJECT.vm, undefined, p),
      'one.vm.chmod': (_s, p) => pools.chmod(pools.vms, OBJECT.vm, p),
      'one.vm.chown': (_s, p) => pools.chown(pools.vms, OBJECT.vm, p),
      'one.vm.lock': (_s, p) => pools.lock(pools.vms, OBJECT.vm, p),
      'one.vm.unlock': (_s, p) => pools.unlock(pools.vms, OBJECT.vm, p),

      // VM groups (vmgroup.ts)
      'one.vmgrouppool.info': (_s, p) => pools.poolXml('VM_GROUP_POOL', pools.vmGroups, p, (g) => vmGroupXml(pools, g)),
      'one.vmgroup.allocate': (s, p) => vmGroupAllocate(pools, s, str(p, 0, 'template')),
      'one.vmgroup.info': (_s, p) => vmGroupXml(pools, pools.get(pools.vmGroups, int(p, 0, 'id'), OBJECT.vmgroup)),
      'one.vmgroup.update': (_s, p) => pools.update(pools.vmGroups, OBJECT.vmgroup, p, updateVmGroup),
      'one.vmgroup.delete': (_s, p) => vmGroupDelete(pools, p),
      'one.vmgroup.chmod': (_s, p) => pools.chmod(pools.vmGroups, OBJECT.vmgroup, p),
      'one.vmgroup.chown': (_s, p) => pools.chown(pools.vmGroups, OBJECT.vmgroup, p),
      'one.vmgroup.rename': (_s, p) => pools.rename(pools.vmGroups, OBJECT.vmgroup, 'VMGroup', p),
      'one.vmgroup.lock': (_s, p) => pools.lock(pools.vmGroups, OBJECT.vmgroup, p),
      'one.vmgroup.unlock': (_s, p) => pools.unlock(pools.vmGroups, OBJECT.vmgroup, p),
    };
  }
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
