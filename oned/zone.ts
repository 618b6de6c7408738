/**
 * A real OpenNebula 6.10 zone on loopback for the test tiers: oned, mm_sched and onemonitord
 * built from source by toolchain/oned.sh, with dummy hosts grouped in one cluster per
 * datacenter, dummy datastores and networks, no marketplace, and a temporary database.
 *
 *   const zone = await RealZone.start({ datacenters: [{ name: 'dc1', hosts: 3 }, { name: 'dc2', hosts: 3 }] });
 *   zone.url; zone.username; zone.password; zone.datacenters.dc1.clusterId
 *   await zone.placement();   // where each VM runs
 *   await zone.stop();        // no process left behind, or it throws
 *
 * Nothing here is a stand-in: the scheduler, the VM-group anti-affinity and the state machine
 * are OpenNebula's own. Only the hypervisor, storage and network drivers are the dummy ones that
 * OpenNebula ships for testing.
 */
import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ZonePorts, hostCapacityTemplate, monitordConf, onedConf, outboundAttempts, schedConf } from './config';
import { OneClient } from '../src/opennebula/client';
import { child as childNode, childrenNamed, readXml, textAt } from '../src/opennebula/xml';
import { freePort } from '../test/support/net';

export const ROOT = path.join(__dirname, '..');
/** Where toolchain/oned.sh links the installed prefix. */
export const DEFAULT_PREFIX = path.join(ROOT, '.tools', 'opennebula');

/** One datacenter of the zone: a cluster of dummy hosts, with a network and an image of its own. */
export interface DatacenterSpec {
  readonly name: string;
  /** Dummy hosts in its cluster. */
  readonly hosts: number;
  /** CPU of each host, in percent of one core (OpenNebula's unit). @default 800 */
  readonly hostCpu?: number;
  /** Memory of each host. @default 16384 */
  readonly hostMemoryMb?: number;
}

export interface RealZoneOptions {
  readonly datacenters: DatacenterSpec[];
  /** The installed OpenNebula. @default .tools/opennebula */
  readonly prefix?: string;
  /** oned's XML-RPC port. @default a free port */
  readonly port?: number;
  /** mm_sched's interval. @default 1 */
  readonly schedIntervalSeconds?: number;
  /** Bound on oned answering, and on the hosts being MONITORED. @default 90 */
  readonly startTimeoutSeconds?: number;
  /** Keep the zone's directory (configuration, database, logs) after stop. @default false */
  readonly keepDirectory?: boolean;
  /** Receives a line per step. */
  readonly log?: (line: string) => void;
}

/** What the zone made for one datacenter. */
export interface ZoneDatacenter {
  readonly name: string;
  readonly clusterId: number;
  readonly hostIds: number[];
  readonly networkId: number;
  readonly imageId: number;
}

/** Where a VM is, as oned says. */
export interface VmPlacement {
  readonly id: number;
  readonly name: string;
  readonly state: number;
  readonly lcmState: number;
  /** The host of its last history record (none while PENDING). */
  readonly hostId?: number;
  readonly hostName?: string;
  /** The cluster of that host. */
  readonly clusterId?: number;
  /** USER_TEMPLATE/SCHED_MESSAGE: why the scheduler could not place it. */
  readonly schedMessage?: string;
}

/** Host states (one.host.info STATE). */
export const HOST_STATE = {
  INIT: 0, MONITORING_MONITORED: 1, MONITORED: 2, ERROR: 3, DISABLED: 4, MONITORING_ERROR: 5, MONITORING_INIT: 6, OFFLINE: 8,
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** Why no zone can start with `prefix`, or undefined when the build is there. */
export function onedMissing(prefix: string = DEFAULT_PREFIX): string | undefined {
  for (const file of ['bin/oned', 'bin/mm_sched', 'lib/mads/onemonitord', 'etc/oned.conf']) {
    if (!fs.existsSync(path.join(prefix, file))) return `no OpenNebula build in ${prefix} (${file} missing): run \`bash toolchain/oned.sh\``;
  }
  return undefined;
}

/** Process IDs whose command line mentions `needle` (read from /proc). */
export function processesMentioning(needle: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').includes(needle)) found.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

export class RealZone {
  /** Starts a fresh zone; on any failure everything started is stopped and the logs are in the error. */
  public static async start(options: RealZoneOptions): Promise<RealZone> {
    const prefix = path.resolve(options.prefix ?? DEFAULT_PREFIX);
    const missing = onedMissing(prefix);
    if (missing) throw new Error(missing);
    if (options.datacenters.length === 0) throw new Error('a zone needs at least one datacenter');
    const ports: ZonePorts = {
      oned: options.port ?? await freePort(),
      monitord: await freePort(),
      hookPublisher: await freePort(),
      hookLogger: await freePort(),
      onegate: await freePort(),
    };
    const zone = new RealZone(fs.realpathSync(prefix), fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-oned-')), ports, options);
    try {
      await zone.boot();
      return zone;
    } catch (e) {
      const logs = zone.logs();
      await zone.stop().catch(() => undefined);
      throw new Error(`the OpenNebula zone did not start: ${(e as Error).message}\n${logs}`);
    }
  }

  public readonly url: string;
  public readonly username = 'oneadmin';
  public readonly password: string;
  public readonly client: OneClient;
  /** What was made per datacenter, by name. */
  public readonly datacenters: { [name: string]: ZoneDatacenter } = {};
  /** Seconds from spawning oned to its first answer, and to every host MONITORED. */
  public readonly timings: { onedSeconds?: number; hostsSeconds?: number } = {};
  private oned?: ChildProcess;
  private sched?: ChildProcess;
  private stopped = false;

  private constructor(
    public readonly prefix: string,
    /** The zone's ONE_LOCATION: configuration, database and logs (removed by stop unless kept). */
    public readonly dir: string,
    public readonly ports: ZonePorts,
    private readonly options: RealZoneOptions,
  ) {
    this.url = `http://127.0.0.1:${ports.oned}/RPC2`;
    this.password = randomBytes(12).toString('hex');
    this.client = new OneClient({ endpoint: this.url, username: this.username, password: this.password, timeoutMs: 30_000 });
  }

  /** A raw XML-RPC call as oneadmin; throws OneApiError when oned refuses it. */
  public call(method: string, ...params: Array<string | number | boolean>): Promise<string | number | boolean> {
    return this.client.call(method, ...params);
  }

  /** Every VM that is not DONE, with its host and cluster. */
  public async placement(): Promise<VmPlacement[]> {
    const pool = readXml(String(await this.call('one.vmpool.infoextended', -2, -1, -1, -1)));
    const hosts = await this.hostClusters();
    return childrenNamed(pool, 'VM').map((vm) => {
      const records = childrenNamed(childNode(vm, 'HISTORY_RECORDS'), 'HISTORY');
      const last = records[records.length - 1];
      const hostId = last ? Number(textAt(last, 'HID')) : undefined;
      const message = textAt(vm, 'USER_TEMPLATE/SCHED_MESSAGE');
      return {
        id: Number(textAt(vm, 'ID')),
        name: textAt(vm, 'NAME') ?? '',
        state: Number(textAt(vm, 'STATE')),
        lcmState: Number(textAt(vm, 'LCM_STATE')),
        ...(hostId === undefined ? {} : { hostId, hostName: textAt(last!, 'HOSTNAME'), clusterId: hosts.get(hostId) }),
        ...(message ? { schedMessage: message } : {}),
      };
    });
  }

  /** Host ID to cluster ID. */
  public async hostClusters(): Promise<Map<number, number>> {
    const pool = readXml(String(await this.call('one.hostpool.info')));
    return new Map(childrenNamed(pool, 'HOST').map((h) => [Number(textAt(h, 'ID')), Number(textAt(h, 'CLUSTER_ID'))]));
  }

  /** Host ID to state. */
  public async hostStates(): Promise<Map<number, number>> {
    const pool = readXml(String(await this.call('one.hostpool.info')));
    return new Map(childrenNamed(pool, 'HOST').map((h) => [Number(textAt(h, 'ID')), Number(textAt(h, 'STATE'))]));
  }

  /** The last `lines` lines of oned's, the monitor's and the scheduler's logs. */
  public logs(lines = 40): string {
    return ['oned.log', 'monitor.log', 'sched.log', 'oned.stdout', 'sched.stdout'].map((name) => {
      const file = path.join(this.dir, 'var', name);
      if (!fs.existsSync(file)) return `--- ${name}: (none)`;
      const text = fs.readFileSync(file, 'utf8').split('\n');
      return `--- ${name} (last ${lines} lines)\n${text.slice(-lines - 1).join('\n')}`;
    }).join('\n');
  }

  /** Lines of every log of the zone that show an attempt to reach beyond loopback. */
  public outboundAttempts(): string[] {
    const logs = path.join(this.dir, 'var');
    if (!fs.existsSync(logs)) return [];
    return fs.readdirSync(logs).filter((name) => /\.(log|stdout)$/.test(name))
      .flatMap((name) => outboundAttempts(fs.readFileSync(path.join(logs, name), 'utf8')).map((line) => `${name}: ${line}`));
  }

  /**
   * Stops oned, the scheduler, every driver and every per-host monitor client of this zone, then
   * removes its directory. Throws when a process of the zone is still there after SIGKILL.
   */
  public async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const child of [this.sched, this.oned]) {
      if (child?.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
    const deadline = Date.now() + 10_000;
    while (processesMentioning(this.dir).length > 0 && Date.now() < deadline) await sleep(200);
    for (const pid of processesMentioning(this.dir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await sleep(200);
    const left = processesMentioning(this.dir);
    // The monitor clients' pid files are global (/tmp/one-monitord-<host id>.pid): remove ours.
    for (const dc of Object.values(this.datacenters)) {
      for (const id of dc.hostIds) fs.rmSync(`/tmp/one-monitord-${id}.pid`, { force: true });
    }
    if (!this.options.keepDirectory && left.length === 0) fs.rmSync(this.dir, { recursive: true, force: true });
    if (left.length > 0) throw new Error(`processes of the zone in ${this.dir} still run after SIGKILL: ${left.join(', ')}`);
  }

  private say(line: string): void {
    this.options.log?.(line);
  }

  private spawnDaemon(binary: string, args: string[], logName: string): ChildProcess {
    const out = fs.openSync(path.join(this.dir, 'var', logName), 'a');
    const child = spawn(path.join(this.dir, 'bin', binary), args, {
      cwd: this.dir,
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, ONE_LOCATION: this.dir, ONE_AUTH: path.join(this.dir, 'one_auth'), ONE_XMLRPC: this.url, LANG: 'C' },
    });
    fs.closeSync(out);
    child.unref();
    return child;
  }

  /** ONE_LOCATION: the read-only parts of the prefix linked, configuration and state its own. */
  private layout(): void {
    for (const part of ['bin', 'sbin', 'lib', 'share', 'include']) fs.symlinkSync(path.join(this.prefix, part), path.join(this.dir, part));
    fs.cpSync(path.join(this.prefix, 'etc'), path.join(this.dir, 'etc'), { recursive: true });
    fs.mkdirSync(path.join(this.dir, 'var'));
    for (const part of ['datastores', 'vms', 'run', 'lock']) fs.mkdirSync(path.join(this.dir, 'var', part));
    fs.symlinkSync(path.join(this.prefix, 'var', 'remotes'), path.join(this.dir, 'var', 'remotes'));
    const etc = (name: string) => path.join(this.dir, 'etc', name);
    const rewrite = (name: string, f: (text: string) => string) => fs.writeFileSync(etc(name), f(fs.readFileSync(etc(name), 'utf8')));
    rewrite('oned.conf', (text) => onedConf(text, this.ports));
    rewrite('monitord.conf', (text) => monitordConf(text, this.ports));
    rewrite('sched.conf', (text) => schedConf(text, this.ports, this.options.schedIntervalSeconds ?? 1));
    fs.writeFileSync(path.join(this.dir, 'one_auth'), `${this.username}:${this.password}\n`, { mode: 0o600 });
  }

  private async boot(): Promise<void> {
    const started = Date.now();
    const bound = (this.options.startTimeoutSeconds ?? 90) * 1000;
    this.layout();
    this.oned = this.spawnDaemon('oned', ['-f'], 'oned.stdout');
    let exited: string | undefined;
    this.oned.once('exit', (code, signal) => { exited = `oned exited (${signal ?? code})`; });
    for (;;) {
      if (exited) throw new Error(exited);
      try {
        await this.call('one.system.version');
        break;
      } catch (e) {
        if (Date.now() - started > bound) throw new Error(`oned did not answer on ${this.url} within ${bound / 1000} s: ${(e as Error).message}`);
        await sleep(250);
      }
    }
    this.timings.onedSeconds = (Date.now() - started) / 1000;
    this.say(`oned answers on ${this.url} after ${this.timings.onedSeconds.toFixed(1)} s`);

    // No marketplace: the default ones would look up public names.
    for (const id of [0, 1]) await this.call('one.market.enable', id, false);
    // Datastores 0 (system), 1 (images) and 2 (files) with the dummy drivers.
    await this.call('one.datastore.update', 0, 'TM_MAD = "dummy"', 1);
    await this.call('one.datastore.update', 1, 'TM_MAD = "dummy"\nDS_MAD = "dummy"', 1);
    await this.call('one.datastore.update', 2, 'TM_MAD = "dummy"\nDS_MAD = "dummy"', 1);
    // A datastore has no free space until first monitored with its new drivers.
    for (;;) {
      if (exited) throw new Error(exited);
      const pool = readXml(String(await this.call('one.datastorepool.info')));
      const free = childrenNamed(pool, 'DATASTORE').map((ds) => Number(textAt(ds, 'FREE_MB')));
      if (free.length === 3 && free.every((mb) => mb > 0)) break;
      if (Date.now() - started > bound) throw new Error(`datastores not monitored within ${bound / 1000} s (free MB: ${free.join(', ')})`);
      await sleep(500);
    }

    this.options.datacenters.forEach((spec, index) => {
      if (!/^[a-z][a-z0-9_]*$/.test(spec.name)) throw new Error(`datacenter name ${JSON.stringify(spec.name)} must match [a-z][a-z0-9_]*`);
      if (!Number.isInteger(spec.hosts) || spec.hosts < 0 || spec.hosts > 50) throw new Error(`${spec.name}: hosts must be 0..50, got ${spec.hosts}`);
      if (index >= 200) throw new Error('at most 200 datacenters');
    });
    for (const [index, spec] of this.options.datacenters.entries()) {
      const clusterId = Number(await this.call('one.cluster.allocate', spec.name));
      for (const ds of [0, 1, 2]) await this.call('one.cluster.adddatastore', clusterId, ds);
      const capacity = hostCapacityTemplate(spec.hostCpu ?? 800, spec.hostMemoryMb ?? 16384);
      const hostIds: number[] = [];
      for (let i = 1; i <= spec.hosts; i++) {
        const id = Number(await this.call('one.host.allocate', `${spec.name}-host${i}`, 'dummy', 'dummy', clusterId));
        await this.call('one.host.update', id, capacity, 1);
        hostIds.push(id);
      }
      const networkId = Number(await this.call('one.vn.allocate', [
        `NAME = "${spec.name}-net"`, 'VN_MAD = "dummy"', 'BRIDGE = "br0"',
        `AR = [ TYPE = "IP4", IP = "10.${index + 1}.0.10", SIZE = "200" ]`,
      ].join('\n'), clusterId));
      const imageId = Number(await this.call('one.image.allocate', [
        `NAME = "${spec.name}-image"`, 'TYPE = "OS"', 'SIZE = "1024"', 'FORMAT = "raw"',
      ].join('\n'), 1, false));
      this.datacenters[spec.name] = { name: spec.name, clusterId, hostIds, networkId, imageId };
      this.say(`${spec.name}: cluster ${clusterId}, hosts ${hostIds.join(' ')}, network ${networkId}, image ${imageId}`);
    }

    this.sched = this.spawnDaemon('mm_sched', [], 'sched.stdout');
    this.sched.once('exit', (code, signal) => { if (!this.stopped) exited = `mm_sched exited (${signal ?? code})`; });

    // Every host MONITORED, every image READY.
    const hostCount = this.options.datacenters.reduce((n, dc) => n + dc.hosts, 0);
    for (;;) {
      if (exited) throw new Error(exited);
      const states = [...(await this.hostStates()).values()];
      const images = childrenNamed(readXml(String(await this.call('one.imagepool.info', -2, -1, -1))), 'IMAGE').map((i) => Number(textAt(i, 'STATE')));
      if (states.some((s) => s === HOST_STATE.ERROR)) throw new Error('a dummy host went to ERROR (see monitor.log)');
      if (states.filter((s) => s === HOST_STATE.MONITORED).length === hostCount && images.every((s) => s === 1)) break;
      if (Date.now() - started > bound) throw new Error(`hosts not all MONITORED within ${bound / 1000} s: states ${states.join(',')}, images ${images.join(',')}`);
      await sleep(500);
    }
    this.timings.hostsSeconds = (Date.now() - started) / 1000;
    this.say(`${hostCount} dummy hosts MONITORED after ${this.timings.hostsSeconds.toFixed(1)} s`);
  }
}
