/**
 * The VM lifecycle (`one.vm.*`): allocation (checks, VM-group role, NIC leases, disks, context),
 * the states a VM goes through and the transient ones `one.vm.info` shows on the way, actions,
 * resize, updateconf, and the VM's XML.
 */
import { ErrorCode, Fail, Session, optionalBool, optionalInt, str } from './call';
import { GROUPS, LOCK_MANAGE, OBJECT, Pools, VmGroupRole, VmObject, defaultPermissions, lockXml, permissionsXml } from './pool';
import { Template, VectorAttribute } from './template';
import { RpcValue } from './xmlrpc';

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

export const STATE_NAMES: { [code: number]: string } = Object.fromEntries(Object.entries(VmState).map(([k, v]) => [v, k]));
export const LCM_NAMES: { [code: number]: string } = Object.fromEntries(Object.entries(LcmState).map(([k, v]) => [v, k]));

/** Attributes oned keeps in a VM's TEMPLATE; everything else goes to USER_TEMPLATE. */
const VM_SYSTEM_ATTRIBUTES = new Set([
  'CPU', 'VCPU', 'MEMORY', 'DISK', 'NIC', 'NIC_ALIAS', 'NIC_DEFAULT', 'CONTEXT', 'OS', 'FEATURES', 'GRAPHICS', 'INPUT',
  'RAW', 'CPU_MODEL', 'VMGROUP', 'PCI', 'TOPOLOGY', 'NUMA_NODE', 'SCHED_ACTION', 'SECURITY_GROUP_RULE', 'SPICE_OPTIONS',
  'VIDEO', 'BACKUP_CONFIG', 'MEMORY_RESIZE_MODE', 'MEMORY_MAX', 'VCPU_MAX', 'HOT_RESIZE', 'TEMPLATE_ID', 'VMID',
]);

/** Vectors one.vm.updateconf may change. */
const UPDATECONF_VECTORS = ['OS', 'FEATURES', 'INPUT', 'GRAPHICS', 'RAW', 'CONTEXT', 'CPU_MODEL', 'BACKUP_CONFIG'];

const LEASES_PER_NETWORK = 254;

/**
 * The network variables of a VM's context, per NIC (`ETH<NIC_ID>_<variable>`), and the NIC
 * attributes they are read from, in oned 6.10's order (NETWORK_CONTEXT and NETWORK6_CONTEXT of
 * src/vm/VirtualMachineContext.cc).
 */
const NETWORK_CONTEXT: Array<[string, string[]]> = [
  ['IP', ['IP']], ['MAC', ['MAC']], ['MASK', ['NETWORK_MASK']], ['NETWORK', ['NETWORK_ADDRESS']], ['GATEWAY', ['GATEWAY']],
  ['DNS', ['DNS']], ['SEARCH_DOMAIN', ['SEARCH_DOMAIN']], ['MTU', ['GUEST_MTU']], ['METRIC', ['METRIC']], ['METHOD', ['METHOD']],
  ['VLAN_ID', ['VLAN_ID']], ['VROUTER_IP', ['VROUTER_IP']], ['VROUTER_MANAGEMENT', ['VROUTER_MANAGEMENT']], ['EXTERNAL', ['EXTERNAL']],
  ['IP6', ['IP6_GLOBAL', 'IP6']], ['IP6_ULA', ['IP6_ULA']], ['IP6_GATEWAY', ['GATEWAY6']], ['IP6_METRIC', ['IP6_METRIC']],
  ['IP6_METHOD', ['IP6_METHOD']], ['IP6_PREFIX_LENGTH', ['PREFIX_LENGTH']], ['VROUTER_IP6', ['VROUTER_IP6_GLOBAL', 'VROUTER_IP6']],
];

/** oned's reading of a boolean template value. */
function isYes(value: string | undefined): boolean {
  return (value ?? '').trim().toUpperCase() === 'YES';
}

/** one.vm.allocate: a VM from a template text of its own (no VM template). */
export function vmAllocate(pools: Pools, session: Session, p: RpcValue[]): number {
  const tpl = pools.parse(str(p, 0, 'template'), ErrorCode.ALLOCATE, OBJECT.vm);
  const name = tpl.get('NAME') ?? '';
  return allocateVm(pools, session, tpl, name, optionalBool(p, 1, false), undefined);
}

/**
 * A new VM from `source`. `object` names what the request allocates in its errors, as oned does:
 * the VM for one.vm.allocate, the template for one.template.instantiate.
 */
export function allocateVm(
  pools: Pools, session: Session, source: Template, name: string, hold: boolean, templateId: number | undefined, object: string = OBJECT.vm,
): number {
  const id = pools.nextId.vm;
  const failAllocate = (message: string) => new Fail(ErrorCode.ALLOCATE, `Error allocating a new ${object}. ${message}`);
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
      ? [...pools.vmGroups.values()].find((g) => g.name === byName && g.uid === Number(vmgroup.vector.get('VMGROUP_UID') ?? session.uid))
      : pools.vmGroups.get(Number(vmgroup.vector.get('VMGROUP_ID') ?? 'x'));
    if (!group) throw failAllocate('Cannot find VM Group to associate the VM');
    role = group.roles.find((r) => r.attributes.get('NAME') === roleName);
    if (!role) throw failAllocate('Role does not exist in VM Group');
    vmgroup.vector.set('VMGROUP_ID', String(group.id));
  }

  // OneGate tokens need oned.conf's endpoint.
  const token = isYes(tpl.vector('CONTEXT')?.vector.get('TOKEN'));
  if (token && !pools.onegateEndpoint) throw failAllocate('TOKEN set, but onegate endpoint was not defined in oned.conf.');

  // Leases first: they are the only other thing that can fail.
  const leases: VmObject['leases'] = [];
  const nics = tpl.vectors('NIC');
  try {
    nics.forEach((nic, i) => {
      nic.vector.set('NIC_ID', String(i));
      const network = nic.vector.get('NETWORK_ID');
      if (network === undefined || !/^\d+$/.test(network)) return;
      const lease = leaseAddress(pools, Number(network), nic.vector.get('IP'));
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
    for (const lease of leases) pools.leases.get(lease.network)?.delete(lease.index);
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
    ...pools.owner(session),
    name: name || `one-${id}`,
    perms: defaultPermissions(),
    template: system,
    userTemplate: user,
    state: hold ? VmState.HOLD : VmState.PENDING,
    lcm: LcmState.LCM_INIT,
    prevState: VmState.INIT,
    prevLcm: LcmState.LCM_INIT,
    stime: pools.now(),
    etime: 0,
    leases,
  };
  const context = system.vector('CONTEXT');
  if (context) renderContext(pools, vm, context, diskCount);
  // OneGate: the owner is kept to check tokens after a chown.
  if (context && isYes(context.vector.get('TOKEN'))) system.set('CREATED_BY', String(vm.uid));

  pools.nextId.vm++;
  pools.vms.set(id, vm);
  if (role) role.vms = [...new Set([...role.vms, id])].sort((a, b) => a - b);
  if (!hold) startTransition(pools, vm, VmState.PENDING, LcmState.LCM_INIT, VmState.ACTIVE, LcmState.RUNNING);
  return id;
}

/** What oned's context generation adds: the context disk, network variables, `$VAR` values. */
function renderContext(pools: Pools, vm: VmObject, context: VectorAttribute, diskCount: number): void {
  if (!context.vector.has('DISK_ID')) context.vector.set('DISK_ID', String(diskCount));
  if (!context.vector.has('TARGET')) context.vector.set('TARGET', 'hda');
  if (isYes(context.vector.get('NETWORK'))) {
    // Every variable oned writes per NIC, from the NIC's attribute or its network's (the stand-in's
    // networks have none: empty, as oned writes them for a network without that attribute).
    vm.template.vectors('NIC').forEach((nic) => {
      const nicId = nic.vector.get('NIC_ID') ?? '0';
      for (const [variable, attributes] of NETWORK_CONTEXT) {
        const value = attributes.map((a) => nic.vector.get(a)).find((v) => v !== undefined && v !== '') ?? '';
        context.vector.set(`ETH${nicId}_${variable}`, value);
      }
    });
  }
  if (isYes(context.vector.get('TOKEN')) && pools.onegateEndpoint) {
    context.vector.set('ONEGATE_ENDPOINT', pools.onegateEndpoint);
    context.vector.set('VMID', String(vm.id));
  }
  const firstNic = vm.template.vectors('NIC')[0];
  const values: { [name: string]: string } = {
    NAME: vm.name,
    VMID: String(vm.id),
    UID: String(vm.uid),
    UNAME: pools.userName(vm.uid),
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

function leaseAddress(pools: Pools, network: number, requested?: string): { network: number; index: number } {
  const used = pools.leases.get(network) ?? new Set<number>();
  pools.leases.set(network, used);
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

function startTransition(pools: Pools, vm: VmObject, state: number, lcm: number, finalState: number, finalLcm: number, onDone?: () => void): void {
  setState(vm, state, lcm);
  const settle = () => {
    setState(vm, finalState, finalLcm);
    onDone?.();
  };
  delete vm.transition;
  if (pools.transientPolls === 0) {
    settle();
    return;
  }
  vm.transition = { left: pools.transientPolls, settle };
}

function setState(vm: VmObject, state: number, lcm: number): void {
  if (vm.state !== state || vm.lcm !== lcm) {
    vm.prevState = vm.state;
    vm.prevLcm = vm.lcm;
  }
  vm.state = state;
  vm.lcm = lcm;
}

/** An info call on a VM: a transient state is shown `transientPolls` times, then settles. */
export function observe(vm: VmObject): VmObject {
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

export function vmAction(pools: Pools, action: string, id: number): number {
  const vm = pools.get(pools.vms, id, OBJECT.vm);
  pools.checkLock(vm, OBJECT.vm, LOCK_MANAGE);
  const wrongState = () => new Fail(ErrorCode.ACTION, `Error performing action "${action}": This action is not available for state ${stateLabel(vm)}`, id);
  const running = vm.state === VmState.ACTIVE && vm.lcm === LcmState.RUNNING;
  switch (action) {
    case 'terminate':
    case 'terminate-hard': {
      const done = () => finish(pools, vm);
      // terminate-hard also overrides a shutdown under way, as in oned.
      if (running || (action === 'terminate-hard' && vm.state === VmState.ACTIVE && vm.lcm === LcmState.SHUTDOWN)) {
        startTransition(pools, vm, VmState.ACTIVE, LcmState.SHUTDOWN, VmState.DONE, LcmState.LCM_INIT, done);
      } else if (([VmState.POWEROFF, VmState.STOPPED, VmState.SUSPENDED, VmState.UNDEPLOYED] as number[]).includes(vm.state)) {
        startTransition(pools, vm, VmState.ACTIVE, LcmState.EPILOG, VmState.DONE, LcmState.LCM_INIT, done);
      } else if (vm.state === VmState.PENDING || vm.state === VmState.HOLD) {
        delete vm.transition;
        setState(vm, VmState.DONE, LcmState.LCM_INIT);
        done();
      } else if (vm.state !== VmState.DONE) {
        // (a DONE VM: nothing to do, and oned answers success)
        throw new Fail(ErrorCode.ACTION, `Error performing action "${action}": Could not terminate VM ${id}, wrong state ${STATE_NAMES[vm.state]}.`, id);
      }
      return id;
    }
    case 'poweroff':
    case 'poweroff-hard':
      if (!running) throw wrongState();
      startTransition(pools, vm, VmState.ACTIVE, LcmState.SHUTDOWN_POWEROFF, VmState.POWEROFF, LcmState.LCM_INIT);
      return id;
    case 'undeploy':
    case 'undeploy-hard':
      if (!running && vm.state !== VmState.POWEROFF) throw wrongState();
      startTransition(pools, vm, VmState.ACTIVE, LcmState.SHUTDOWN_UNDEPLOY, VmState.UNDEPLOYED, LcmState.LCM_INIT);
      return id;
    case 'suspend':
      if (!running) throw wrongState();
      startTransition(pools, vm, VmState.ACTIVE, LcmState.SAVE_SUSPEND, VmState.SUSPENDED, LcmState.LCM_INIT);
      return id;
    case 'stop':
      if (!running) throw wrongState();
      startTransition(pools, vm, VmState.ACTIVE, LcmState.SAVE_STOP, VmState.STOPPED, LcmState.LCM_INIT);
      return id;
    case 'resume': {
      const boot: { [state: number]: number } = {
        [VmState.POWEROFF]: LcmState.BOOT_POWEROFF,
        [VmState.SUSPENDED]: LcmState.BOOT_SUSPENDED,
        [VmState.STOPPED]: LcmState.BOOT_STOPPED,
        [VmState.UNDEPLOYED]: LcmState.BOOT_UNDEPLOY,
      };
      if (boot[vm.state] === undefined) throw wrongState();
      startTransition(pools, vm, VmState.ACTIVE, boot[vm.state], VmState.ACTIVE, LcmState.RUNNING);
      return id;
    }
    case 'reboot':
    case 'reboot-hard':
      if (!running) throw wrongState();
      return id;
    case 'hold':
      if (vm.state !== VmState.PENDING) throw wrongState();
      delete vm.transition;
      setState(vm, VmState.HOLD, LcmState.LCM_INIT);
      return id;
    case 'release':
      if (vm.state !== VmState.HOLD) throw wrongState();
      startTransition(pools, vm, VmState.PENDING, LcmState.LCM_INIT, VmState.ACTIVE, LcmState.RUNNING);
      return id;
    default:
      throw new Fail(ErrorCode.ACTION, `Action "${action}" is not supported`, id);
  }
}

/** A VM reaching DONE: leases back to their networks, out of its VM group role. */
function finish(pools: Pools, vm: VmObject): void {
  vm.etime = pools.now();
  for (const lease of vm.leases) pools.leases.get(lease.network)?.delete(lease.index);
  vm.leases = [];
  const vmgroup = vm.template.vector('VMGROUP');
  if (vmgroup) {
    const group = pools.vmGroups.get(Number(vmgroup.vector.get('VMGROUP_ID')));
    const role = group?.roles.find((r) => r.attributes.get('NAME') === vmgroup.vector.get('ROLE'));
    if (role) role.vms = role.vms.filter((v) => v !== vm.id);
  }
}

/** one.vm.update's change: USER_TEMPLATE replaced (type 0) or merged (type 1). */
export function updateUserTemplate(vm: VmObject, tpl: Template, type: number): void {
  if (type === 0) vm.userTemplate = tpl;
  else vm.userTemplate.merge(tpl);
}

export function vmResize(pools: Pools, id: number, text: string): number {
  const vm = pools.get(pools.vms, id, OBJECT.vm);
  pools.checkLock(vm, OBJECT.vm, LOCK_MANAGE);
  if (vm.state !== VmState.POWEROFF && vm.state !== VmState.UNDEPLOYED) {
    throw new Fail(ErrorCode.ACTION, `Resize action is not available for state ${stateLabel(vm)}`, id);
  }
  const tpl = pools.parse(text, ErrorCode.INTERNAL, OBJECT.vm);
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

export function vmUpdateConf(pools: Pools, id: number, text: string, type: number): number {
  const vm = pools.get(pools.vms, id, OBJECT.vm);
  pools.checkLock(vm, OBJECT.vm, LOCK_MANAGE);
  if (vm.state === VmState.DONE) {
    throw new Fail(ErrorCode.ACTION, `Updateconf action is not available for state ${stateLabel(vm)}`, id);
  }
  const tpl = pools.parse(text, ErrorCode.INTERNAL, OBJECT.vm);
  for (const name of UPDATECONF_VECTORS) {
    const incoming = tpl.vectors(name);
    if (type === 0 || incoming.length > 0) vm.template.remove(name);
    for (const v of incoming) vm.template.attributes.push({ name, vector: new Map(v.vector) });
  }
  const context = vm.template.vector('CONTEXT');
  if (context) renderContext(pools, vm, context, vm.template.vectors('DISK').length);
  return id;
}

/**
 * What oned's short VM body (`one.vmpool.info`) keeps of USER_TEMPLATE, after
 * VirtualMachineTemplate::to_xml_short: the attributes Sunstone and the scheduler read. Tags and
 * READY are not among them: `one.vmpool.infoextended` and `one.vm.info` carry the whole template.
 */
const SHORT_USER_TEMPLATE = ['LABELS', 'ERROR', 'SCHED_MESSAGE', 'SCHED_RANK', 'SCHED_DS_RANK', 'SCHED_REQUIREMENTS',
  'SCHED_DS_REQUIREMENTS', 'USER_PRIORITY', 'PUBLIC_CLOUD', 'SCHED_ACTION'];

/** A VM's body: whole (`one.vm.info`, `one.vmpool.infoextended`), or short (`one.vmpool.info`). */
export function vmXml(pools: Pools, vm: VmObject, short = false): string {
  let userTemplate = vm.userTemplate;
  if (short) {
    userTemplate = vm.userTemplate.clone();
    for (const name of new Set(userTemplate.attributes.map((a) => a.name))) if (!SHORT_USER_TEMPLATE.includes(name)) userTemplate.remove(name);
  }
  return `<VM>${pools.commonXml(vm)}${permissionsXml(vm.perms)}<LAST_POLL>0</LAST_POLL>`
    + `<STATE>${vm.state}</STATE><LCM_STATE>${vm.lcm}</LCM_STATE><PREV_STATE>${vm.prevState}</PREV_STATE>`
    + `<PREV_LCM_STATE>${vm.prevLcm}</PREV_LCM_STATE><RESCHED>0</RESCHED><STIME>${vm.stime}</STIME><ETIME>${vm.etime}</ETIME>`
    + `<DEPLOY_ID>${vm.state === VmState.ACTIVE ? `one-${vm.id}` : ''}</DEPLOY_ID>${lockXml(vm)}<MONITORING/>`
    + `${vm.template.toXml('TEMPLATE')}${userTemplate.toXml('USER_TEMPLATE')}<HISTORY_RECORDS/></VM>`;
}

/** `one.vmpool.info` (short bodies) and `one.vmpool.infoextended` (whole bodies). */
export function vmPoolXml(pools: Pools, p: RpcValue[], extended: boolean): string {
  // one.vmpool.info(filter, start, end, state): state -2 any, -1 any but DONE, else that STATE.
  const state = optionalInt(p, 3, -1);
  const [start, end] = [optionalInt(p, 1, -1), optionalInt(p, 2, -1)];
  const selected = [...pools.vms.values()].filter((vm) => (start < 0 || vm.id >= start) && (end < 0 || vm.id <= end)
    && (state === -2 || (state === -1 ? vm.state !== VmState.DONE : vm.state === state)));
  return `<VM_POOL>${selected.map((vm) => vmXml(pools, vm, !extended)).join('')}</VM_POOL>`;
}

function stateLabel(vm: VmObject): string {
  return vm.state === VmState.ACTIVE ? LCM_NAMES[vm.lcm] : STATE_NAMES[vm.state];
}

function leaseIp(lease: { network: number; index: number }): string {
  return `10.${lease.network % 256}.0.${lease.index}`;
}

/** OpenNebula's default MAC: prefix 02:00 followed by the IPv4 address. */
function macOf(ip: string): string {
  return ['02', '00', ...ip.split('.').map((o) => Number(o).toString(16).padStart(2, '0'))].join(':');
}
