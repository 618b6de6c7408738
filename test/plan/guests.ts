/**
 * Guests played by the tests: neither the stand-in nor a real oned with the dummy hypervisor
 * boots anything, so the tests play each VM's guest. A guest "boots" when its VM reaches
 * RUNNING, takes `bootSeconds`, then reports READY=YES through the API as OneGate would
 * (one.vm.update, merge). It is down whenever its VM is not RUNNING, and a power cycle is a new
 * boot. A sampler counts the members serving (RUNNING, booted, READY reported in this boot) per
 * datacenter throughout an apply.
 */
import { OneClient, LCM_RUNNING, VM_STATE } from '../../src/opennebula/client';
import { StandIn } from '../../standin/server';

/** What the guests see of a VM. */
export interface GuestVm {
  readonly id: number;
  readonly name: string;
  readonly running: boolean;
}

/** Where the guests' VMs live: the stand-in (read in process) or a zone over XML-RPC. */
export interface GuestZone {
  vms(): GuestVm[] | Promise<GuestVm[]>;
  reportReady(id: number): void | Promise<void>;
}

/** The stand-in, read in process: every sample sees its state at that instant. */
export function standInGuests(standIn: StandIn): GuestZone {
  return {
    vms: () => standIn.state().vms.map((vm) => ({
      id: vm.id, name: vm.name, running: vm.stateCode === VM_STATE.ACTIVE && vm.lcmStateCode === LCM_RUNNING,
    })),
    reportReady: (id) => {
      const [ok, detail] = standIn.oned.call('one.vm.update', ['oneadmin:guest', id, 'READY = "YES"', 1]);
      if (!ok) throw new Error(`the guest of VM ${id} could not report READY: ${String(detail)}`);
    },
  };
}

/** A zone over XML-RPC (a real oned): one one.vmpool.info per sample. */
export function apiGuests(client: OneClient): GuestZone {
  return {
    vms: async () => (await client.vmPool()).map((vm) => ({
      id: vm.id, name: vm.name, running: vm.state === VM_STATE.ACTIVE && vm.lcmState === LCM_RUNNING,
    })),
    reportReady: (id) => client.updateVm(id, { READY: 'YES' }),
  };
}

interface Boot {
  readonly since: number;
  reported: boolean;
}

/** The datacenter of a seed VM from its name: `my-service-dc1-2` -> `dc1`. */
export function datacenterOf(vmName: string): string {
  const parts = vmName.split('-');
  return parts[parts.length - 2];
}

export class Guests {
  private readonly boots = new Map<number, Boot>();
  private timer?: NodeJS.Timeout;
  private samples: Array<{ at: number; serving: Map<string, number> }> = [];
  private latest: GuestVm[] = [];
  private ticking = false;
  /** The first error of a tick (a refused READY): thrown by the next serving() or minimum(). */
  private failure?: Error;

  /** `bootSeconds` may be changed between applies: later boots take the new time. */
  constructor(private readonly zone: GuestZone, public bootSeconds: number, private readonly pollMs = 200) {}

  public start(): void {
    this.timer = setInterval(() => void this.tick(), this.pollMs);
  }

  public stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Starts recording samples (cleared first). */
  public record(): void {
    this.samples = [];
  }

  /** Serving members per datacenter at the last sample. */
  public serving(): Map<string, number> {
    if (this.failure) throw this.failure;
    return this.count(this.latest);
  }

  /** Over the samples since `record()`: the fewest members serving in the service and in each datacenter. */
  public minimum(datacenters: string[]): { total: number; byDatacenter: { [dc: string]: number }; samples: number } {
    if (this.failure) throw this.failure;
    const byDatacenter: { [dc: string]: number } = {};
    let total = Infinity;
    for (const { serving } of this.samples) {
      let sum = 0;
      for (const dc of datacenters) {
        const n = serving.get(dc) ?? 0;
        byDatacenter[dc] = Math.min(byDatacenter[dc] ?? Infinity, n);
        sum += n;
      }
      total = Math.min(total, sum);
    }
    return { total: this.samples.length ? total : NaN, byDatacenter, samples: this.samples.length };
  }

  private count(vms: GuestVm[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const vm of vms) {
      if (vm.running && this.boots.get(vm.id)?.reported) {
        const dc = datacenterOf(vm.name);
        counts.set(dc, (counts.get(dc) ?? 0) + 1);
      }
    }
    return counts;
  }

  private async tick(): Promise<void> {
    // Over XML-RPC a tick can outlast the interval: never two at once.
    if (this.ticking) return;
    this.ticking = true;
    try {
      const now = Date.now();
      const vms = await this.zone.vms();
      const seen = new Set<number>();
      for (const vm of vms) {
        if (!vm.running) continue;
        seen.add(vm.id);
        let boot = this.boots.get(vm.id);
        if (!boot) {
          boot = { since: now, reported: false };
          this.boots.set(vm.id, boot);
        }
        if (!boot.reported && now - boot.since >= this.bootSeconds * 1000) {
          await this.zone.reportReady(vm.id);
          boot.reported = true;
        }
      }
      // A VM that is not RUNNING has no guest up: its next RUNNING is a new boot.
      for (const id of [...this.boots.keys()]) if (!seen.has(id)) this.boots.delete(id);
      this.latest = vms;
      this.samples.push({ at: now, serving: this.count(vms) });
    } catch (e) {
      this.failure ??= e instanceof Error ? e : new Error(String(e));
    } finally {
      this.ticking = false;
    }
  }
}
