/**
 * Guests for the stand-in: the stand-in has no hypervisor, so the tests play each VM's guest. A
 * guest "boots" when its VM reaches RUNNING, takes `bootSeconds`, then reports READY=YES through
 * the API as OneGate would (one.vm.update, merge). It is down whenever its VM is not RUNNING, and
 * a power cycle is a new boot. A sampler counts the members serving (RUNNING, booted, READY
 * reported in this boot) per datacenter throughout an apply.
 */
import { StandIn } from '../../standin/server';

const RUNNING = { state: 3, lcm: 3 };

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

  /** `bootSeconds` may be changed between applies: later boots take the new time. */
  constructor(private readonly standIn: StandIn, public bootSeconds: number, private readonly pollMs = 200) {}

  public start(): void {
    this.timer = setInterval(() => this.tick(), this.pollMs);
  }

  public stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Starts recording samples (cleared first). */
  public record(): void {
    this.samples = [];
  }

  /** Serving members per datacenter now. */
  public serving(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const vm of this.standIn.state().vms) {
      const boot = this.boots.get(vm.id);
      if (vm.stateCode === RUNNING.state && vm.lcmStateCode === RUNNING.lcm && boot?.reported) {
        const dc = datacenterOf(vm.name);
        counts.set(dc, (counts.get(dc) ?? 0) + 1);
      }
    }
    return counts;
  }

  /** Over the samples since `record()`: the fewest members serving in the service and in each datacenter. */
  public minimum(datacenters: string[]): { total: number; byDatacenter: { [dc: string]: number }; samples: number } {
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

  private tick(): void {
    const now = Date.now();
    const seen = new Set<number>();
    for (const vm of this.standIn.state().vms) {
      const running = vm.stateCode === RUNNING.state && vm.lcmStateCode === RUNNING.lcm;
      if (!running) continue;
      seen.add(vm.id);
      let boot = this.boots.get(vm.id);
      if (!boot) {
        boot = { since: now, reported: false };
        this.boots.set(vm.id, boot);
      }
      if (!boot.reported && now - boot.since >= this.bootSeconds * 1000) {
        const [ok, detail] = this.standIn.oned.call('one.vm.update', ['oneadmin:guest', vm.id, 'READY = "YES"', 1]);
        if (!ok) throw new Error(`the guest of VM ${vm.id} could not report READY: ${String(detail)}`);
        boot.reported = true;
      }
    }
    // A VM that is not RUNNING has no guest up: its next RUNNING is a new boot.
    for (const id of [...this.boots.keys()]) if (!seen.has(id)) this.boots.delete(id);
    this.samples.push({ at: now, serving: this.serving() });
  }
}
