/**
 * Hand-written zones for the placement audit's specifications: VMs with their last history
 * record, hosts with OpenNebula's HOST_SHARE figures, VM groups; a fake API that migrates like
 * oned (MIGRATE, then RUNNING on the new host with a new history record); and the same zone as
 * the XML documents oned answers, for the client's reading path.
 */
import { PlacementApi } from '../../src/cli/placement-audit-command';
import { OneApiError, VmHistory, ZoneHost, ZoneVm, ZoneVmGroup } from '../../src/opennebula/client';

export const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
export const RUNNING = { state: 3, lcmState: 3 };

/** A host: 8 cores, 16 GiB, nothing used, MONITORED, unless told. */
export function host(id: number, clusterId: number, over: Partial<ZoneHost> = {}): ZoneHost {
  return { id, name: `c${clusterId}-host${id}`, state: 2, clusterId, maxCpu: 800, cpuUsage: 0, maxMemKb: 16 * 1024 * 1024, memUsageKb: 0, vmIds: [], ...over };
}

/** A member of `service` in `dc` (1 CPU, 1024 MB, SCHED_REQUIREMENTS of its cluster), RUNNING on `hostId` unless told. */
export function member(id: number, service: string, dc: string, index: number, hostId: number | undefined, clusterId: number,
  over: Partial<ZoneVm> & { tags?: { [k: string]: string } } = {}): ZoneVm {
  const { tags, ...rest } = over;
  return {
    id,
    name: `${service.replace(/_/g, '-')}-${dc}-${index}`,
    ...RUNNING,
    stime: NOW / 1000 - 3600,
    cpu: 1,
    memoryMb: 1024,
    userTemplate: { SERVICE: service, ZONE: 'production', DATACENTER: dc, MANAGED_BY: 'cdktf-opennebula', SCHED_REQUIREMENTS: `CLUSTER_ID = ${clusterId}`, ...tags },
    vmGroup: { id: 0, role: `${service}_${dc}` },
    ...(hostId === undefined ? {} : {
      history: { seq: 0, hostId, hostName: `c${clusterId}-host${hostId}`, clusterId, stime: NOW / 1000 - 3500, etime: 0, rstime: NOW / 1000 - 3490, petime: NOW / 1000 - 3495 },
    }),
    ...rest,
  };
}

/** The VM group of a service in a datacenter, holding `vmIds` in its anti-affined role. */
export function group(id: number, service: string, dc: string, vmIds: number[], zoneShort = 'prod'): ZoneVmGroup {
  return {
    id,
    name: `${service}_${dc}_${zoneShort}`,
    template: { SERVICE: service, ZONE: 'production', DATACENTER: dc },
    roles: [{ name: `${service}_${dc}`, policy: 'ANTI_AFFINED', vmIds }],
  };
}

/** Accounts every VM holding a host on that host (CPU_USAGE, MEM_USAGE, VMS), as oned does. */
export function account(vms: ZoneVm[], hosts: ZoneHost[]): ZoneHost[] {
  return hosts.map((h) => {
    const on = vms.filter((vm) => vm.history?.hostId === h.id && [3, 5, 8].includes(vm.state));
    return {
      ...h,
      cpuUsage: h.cpuUsage + on.reduce((n, vm) => n + Math.floor(vm.cpu * 100), 0),
      memUsageKb: h.memUsageKb + on.reduce((n, vm) => n + vm.memoryMb * 1024, 0),
      vmIds: [...h.vmIds, ...on.map((vm) => vm.id)],
    };
  });
}

/**
 * A zone in memory behind the command's API, migrating as oned does: the call writes the new
 * history record (on the target, RSTIME 0) while the VM is still RUNNING, as the first read sees
 * it; the next read finds it in MIGRATE; `migrateReads` reads later it is RUNNING on the target with RSTIME set.
 * `behaviour` changes that: a migration that never ends, or one that fails back to the source
 * (a third record, on the source, and USER_TEMPLATE/ERROR).
 */
export class FakeZone implements PlacementApi {
  public readonly calls: string[] = [];
  public inFlight = 0;
  public maxInFlight = 0;
  private migrating = new Map<number, { source: VmHistory; reads: number }>();

  constructor(
    public vms: ZoneVm[],
    private baseHosts: ZoneHost[],
    public groups: ZoneVmGroup[],
    private readonly options: { migrateReads?: number; behaviour?: 'ok' | 'never-ends' | 'fails-back'; unreachable?: boolean } = {},
  ) {}

  public get hosts(): ZoneHost[] {
    return account(this.vms, this.baseHosts);
  }

  public async placementPool(): Promise<ZoneVm[]> {
    this.calls.push('placementPool');
    if (this.options.unreachable) throw new OneApiError('cannot reach http://127.0.0.1:9: connect ECONNREFUSED 127.0.0.1:9');
    return this.vms.map((vm) => this.read(vm.id, false));
  }

  public async hostPool(): Promise<ZoneHost[]> {
    this.calls.push('hostPool');
    return this.hosts;
  }

  public async vmGroupPool(): Promise<ZoneVmGroup[]> {
    this.calls.push('vmGroupPool');
    return this.groups;
  }

  public async vmPlacement(id: number): Promise<ZoneVm> {
    this.calls.push(`vmPlacement ${id}`);
    return this.read(id, true);
  }

  public async host(id: number): Promise<ZoneHost> {
    this.calls.push(`host ${id}`);
    const found = this.hosts.find((h) => h.id === id);
    if (!found) throw new OneApiError(`[one.host.info] Error getting host [${id}].`);
    return found;
  }

  public async migrateVm(id: number, hostId: number, options: { live: boolean; enforce: boolean }): Promise<void> {
    this.calls.push(`migrate ${id} ${hostId} live=${options.live} enforce=${options.enforce}`);
    const vm = this.vms.find((v) => v.id === id)!;
    const target = this.hosts.find((h) => h.id === hostId)!;
    if (options.enforce && (target.maxCpu - target.cpuUsage < vm.cpu * 100 || target.maxMemKb - target.memUsageKb < vm.memoryMb * 1024)) {
      throw new OneApiError(`[one.vm.migrate] VM [${id}] does not fit in Host [${hostId}]. Not enough CPU`);
    }
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const source = vm.history!;
    this.migrating.set(id, { source, reads: 0 });
    this.replace(id, {
      history: {
        seq: source.seq + 1, hostId: target.id, hostName: target.name, clusterId: target.clusterId, stime: NOW / 1000, etime: 0, rstime: 0, petime: 0,
      },
    });
  }

  private replace(id: number, over: Partial<ZoneVm>): void {
    this.vms = this.vms.map((vm) => (vm.id === id ? { ...vm, ...over } : vm));
  }

  /** The VM as read now; a read of a migrating VM advances its migration. */
  private read(id: number, advance: boolean): ZoneVm {
    const vm = this.vms.find((v) => v.id === id);
    if (!vm) throw new OneApiError(`[one.vm.info] Error getting virtual machine [${id}].`);
    const m = this.migrating.get(id);
    if (m && advance) {
      m.reads++;
      if (m.reads === 1) {
        // The first read still sees RUNNING with the new record (oned's trigger has not run yet).
        this.replace(id, { lcmState: 4 });
        return vm;
      } else if (m.reads > (this.options.migrateReads ?? 2) && this.options.behaviour !== 'never-ends') {
        this.migrating.delete(id);
        this.inFlight--;
        const h = vm.history!;
        const back = this.options.behaviour === 'fails-back';
        this.replace(id, {
          lcmState: 3,
          history: back ? { ...m.source, seq: h.seq + 1, rstime: NOW / 1000 } : { ...h, rstime: NOW / 1000, petime: NOW / 1000 },
          ...(back ? { userTemplate: { ...vm.userTemplate, ERROR: 'live migration failed: dummy' } } : {}),
        });
      }
    }
    return this.vms.find((v) => v.id === id)!;
  }
}

const cdata = (text: string) => `<![CDATA[${text}]]>`;

/** `vm` as a <VM> element of one.vmpool.infoextended. */
export function vmXml(vm: ZoneVm): string {
  const user = Object.entries(vm.userTemplate).map(([k, v]) => `<${k}>${cdata(v)}</${k}>`).join('');
  const h = vm.history;
  return `<VM><ID>${vm.id}</ID><UID>0</UID><NAME>${vm.name}</NAME><STATE>${vm.state}</STATE><LCM_STATE>${vm.lcmState}</LCM_STATE>`
    + `<STIME>${vm.stime}</STIME><ETIME>0</ETIME><TEMPLATE><CPU>${cdata(String(vm.cpu))}</CPU><MEMORY>${cdata(String(vm.memoryMb))}</MEMORY>`
    + `<CONTEXT><START_SCRIPT_BASE64>${cdata('IyEvYmluL3NoCg=='.repeat(200))}</START_SCRIPT_BASE64></CONTEXT>`
    + `${vm.vmGroup ? `<VMGROUP><ROLE>${cdata(vm.vmGroup.role)}</ROLE><VMGROUP_ID>${cdata(String(vm.vmGroup.id))}</VMGROUP_ID></VMGROUP>` : ''}</TEMPLATE>`
    + `<USER_TEMPLATE>${user}</USER_TEMPLATE><HISTORY_RECORDS>${h ? `<HISTORY><OID>${vm.id}</OID><SEQ>${h.seq}</SEQ><HOSTNAME>${h.hostName}</HOSTNAME>`
      + `<HID>${h.hostId}</HID><CID>${h.clusterId}</CID><STIME>${h.stime}</STIME><ETIME>${h.etime}</ETIME><PETIME>${h.petime}</PETIME>`
      + `<RSTIME>${h.rstime}</RSTIME></HISTORY>` : ''}</HISTORY_RECORDS></VM>`;
}

/** `h` as a <HOST> element of one.hostpool.info. */
export function hostXml(h: ZoneHost): string {
  return `<HOST><ID>${h.id}</ID><NAME>${h.name}</NAME><STATE>${h.state}</STATE><CLUSTER_ID>${h.clusterId}</CLUSTER_ID><CLUSTER>c${h.clusterId}</CLUSTER>`
    + `<HOST_SHARE><MEM_USAGE>${h.memUsageKb}</MEM_USAGE><CPU_USAGE>${h.cpuUsage}</CPU_USAGE><MAX_MEM>${h.maxMemKb}</MAX_MEM><MAX_CPU>${h.maxCpu}</MAX_CPU>`
    + `<RUNNING_VMS>${h.vmIds.length}</RUNNING_VMS></HOST_SHARE><VMS>${h.vmIds.map((id) => `<ID>${id}</ID>`).join('')}</VMS></HOST>`;
}

/** `g` as a <VM_GROUP> element of one.vmgrouppool.info. */
export function groupXml(g: ZoneVmGroup): string {
  return `<VM_GROUP><ID>${g.id}</ID><NAME>${g.name}</NAME><ROLES>${g.roles.map((r, i) => `<ROLE><ID>${i}</ID><NAME>${cdata(r.name)}</NAME>`
    + `<POLICY>${cdata(r.policy)}</POLICY><VMS>${cdata(r.vmIds.join(','))}</VMS></ROLE>`).join('')}</ROLES>`
    + `<TEMPLATE>${Object.entries(g.template).map(([k, v]) => `<${k}>${cdata(v)}</${k}>`).join('')}</TEMPLATE></VM_GROUP>`;
}

/**
 * A zone of `services` services, each with `perDc` members in each of `dcs` datacenters of
 * `hostsPerDc` hosts (members spread over distinct hosts), and `extraVms` VMs of no service.
 */
export function bigZone(options: { services: number; dcs: number; perDc: number; hostsPerDc: number; extraVms: number }):
{ vms: ZoneVm[]; hosts: ZoneHost[]; groups: ZoneVmGroup[] } {
  const hosts: ZoneHost[] = [];
  for (let dc = 0; dc < options.dcs; dc++) {
    for (let i = 0; i < options.hostsPerDc; i++) {
      hosts.push(host(dc * options.hostsPerDc + i, 100 + dc, { maxCpu: 100_000, maxMemKb: 1024 * 1024 * 1024 }));
    }
  }
  const vms: ZoneVm[] = [];
  const groups: ZoneVmGroup[] = [];
  let id = 0;
  for (let s = 0; s < options.services; s++) {
    for (let dc = 0; dc < options.dcs; dc++) {
      const ids: number[] = [];
      for (let i = 1; i <= options.perDc; i++) {
        const hostId = dc * options.hostsPerDc + ((s * 7 + i) % options.hostsPerDc);
        vms.push(member(id, `svc_${s}`, `dc${dc + 1}`, i, hostId, 100 + dc, { vmGroup: { id: groups.length, role: `svc_${s}_dc${dc + 1}` } }));
        ids.push(id++);
      }
      groups.push(group(groups.length, `svc_${s}`, `dc${dc + 1}`, ids));
    }
  }
  for (let i = 0; i < options.extraVms; i++) {
    vms.push({ ...member(id++, 'other', 'dc1', i, i % options.hostsPerDc, 100), name: `other-${i}`, userTemplate: {} });
  }
  return { vms, hosts: account(vms, hosts), groups };
}
