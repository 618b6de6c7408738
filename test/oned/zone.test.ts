/**
 * The real OpenNebula zone harness (oned/zone.ts): what it starts, what OpenNebula's own
 * scheduler does with anti-affined VMs on dummy hosts, and that it stops without leaving a
 * process or reaching beyond loopback.
 */
import * as fs from 'fs';
import * as path from 'path';
import { describeWithRealOned } from './support';
import { hostCapacityTemplate, monitordConf, onedConf, outboundAttempts, schedConf } from '../../oned/config';
import { parseArgs } from '../../oned/main';
import { DEFAULT_PREFIX, HOST_STATE, RealZone, processesMentioning } from '../../oned/zone';
import { VM_STATE } from '../../src/opennebula/client';

const PORTS = { oned: 32633, monitord: 34124, hookPublisher: 32101, hookLogger: 32102, onegate: 35030 };

describe('the zone configuration (pure)', () => {
  test('a host of the capacity asked for is a dummy host (800 %, 16 GiB) minus reserves', () => {
    expect(hostCapacityTemplate(200, 8192)).toBe('RESERVED_CPU = "600"\nRESERVED_MEM = "8388608"\n');
    expect(hostCapacityTemplate(800, 16384)).toBe('RESERVED_CPU = "0"\nRESERVED_MEM = "0"\n');
  });

  test.each([[0, 1024], [801, 1024], [100, 0], [100, 16385], [1.5, 1024]])('refuses a host of %p %% CPU and %p MB', (cpu, memory) => {
    expect(() => hostCapacityTemplate(cpu, memory)).toThrow(/must be/);
  });

  test('an outbound attempt is a name lookup, or a URL or address beyond loopback', () => {
    expect(outboundAttempts([
      'Mon [Z0][MKP][E]: Could not resolve host: marketplace.example.org',
      'Mon [Z0][ReM][D]: Req:1 UID:0 one.system.version invoked',
      'Mon [Z0][MKP][I]: GET https://marketplace.example.org/appliance',
      'Mon [Z0][ONE][I]: ONE_XMLRPC http://127.0.0.1:2633/RPC2',
      'Mon [Z0][ONE][I]: http://localhost:2633/RPC2',
    ].join('\n'))).toEqual([
      'Mon [Z0][MKP][E]: Could not resolve host: marketplace.example.org',
      'Mon [Z0][MKP][I]: GET https://marketplace.example.org/appliance',
    ]);
  });

  test('the command line refuses what it does not understand', () => {
    expect(parseArgs([])).toEqual({ datacenters: [{ name: 'dc1', hosts: 3 }, { name: 'dc2', hosts: 3 }], port: undefined, keep: false });
    expect(parseArgs(['--datacenter', 'east:2', '--port', '2700', '--keep'])).toEqual({ datacenters: [{ name: 'east', hosts: 2 }], port: 2700, keep: true });
    expect(() => parseArgs(['--datacenter', 'East:2'])).toThrow(/NAME:HOSTS/);
    expect(() => parseArgs(['--datacenter', 'dc1:99'])).toThrow(/at most 50/);
    expect(() => parseArgs(['--datacenter', 'dc1:1', '--datacenter', 'dc1:2'])).toThrow(/twice/);
    expect(() => parseArgs(['--port', '0'])).toThrow(/--port/);
    expect(() => parseArgs(['--verbose'])).toThrow(/unknown argument: --verbose/);
  });
});

describeWithRealOned('real-oned tier: the configuration files the zone writes', () => {
  const read = (name: string) => fs.readFileSync(path.join(DEFAULT_PREFIX, 'etc', name), 'utf8');

  test('oned.conf: loopback, our ports, the dummy hypervisor only, dummy storage, no public marketplace driver', () => {
    const conf = onedConf(read('oned.conf'), PORTS);
    expect(conf).toMatch(/^PORT = 32633$/m);
    expect(conf).toMatch(/^LISTEN_ADDRESS = "127\.0\.0\.1"$/m);
    expect(conf.match(/^VM_MAD\s*=.*$/gm)).toEqual(['VM_MAD = [ NAME = "dummy", SUNSTONE_NAME = "Testing", EXECUTABLE = "one_vmm_dummy", TYPE = "xml" ]']);
    expect(conf).toMatch(/-s dummy,/);
    expect(conf).toContain('-m http,s3"');
    expect(conf).toContain('-p 32101 -l 32102 -b 127.0.0.1');
    expect(conf).toMatch(/^ONEGATE_ENDPOINT = "http:\/\/127\.0\.0\.1:35030"$/m);
  });

  test('monitord.conf: loopback, our port, the dummy probes only', () => {
    const conf = monitordConf(read('monitord.conf'), PORTS);
    expect(conf).toMatch(/PORT\s*= 34124/);
    expect(conf).toContain('MONITOR_ADDRESS = "127.0.0.1"');
    expect(conf.match(/^IM_MAD\s*=.*$/gm)).toEqual([expect.stringContaining('NAME = "dummy"')]);
  });

  test('sched.conf: this zone\'s oned, every second', () => {
    const conf = schedConf(read('sched.conf'), PORTS, 1);
    expect(conf).toMatch(/^ONE_XMLRPC = "http:\/\/127\.0\.0\.1:32633\/RPC2"$/m);
    expect(conf).toMatch(/^SCHED_INTERVAL = 1$/m);
  });

  test('a default file that changed is noticed, not silently half-rewritten', () => {
    expect(() => onedConf('# nothing here\n', PORTS)).toThrow(/oned\.conf: no PORT line/);
  });
});

describeWithRealOned('real-oned tier: a zone of dummy hosts on loopback', () => {
  let zone: RealZone | undefined;

  afterAll(async () => {
    await zone?.stop();
  }, 60_000);

  test('starts with one cluster per datacenter, its hosts MONITORED, images READY and no marketplace enabled', async () => {
    zone = await RealZone.start({ datacenters: [{ name: 'dc1', hosts: 2 }, { name: 'dc2', hosts: 2, hostMemoryMb: 4096 }] });
    // eslint-disable-next-line no-console
    console.log(`real oned: answers after ${zone.timings.onedSeconds?.toFixed(1)} s, hosts MONITORED after ${zone.timings.hostsSeconds?.toFixed(1)} s`);
    expect(Object.keys(zone.datacenters)).toEqual(['dc1', 'dc2']);
    const clusters = await zone.hostClusters();
    for (const dc of Object.values(zone.datacenters)) {
      expect(dc.hostIds).toHaveLength(2);
      for (const id of dc.hostIds) expect(clusters.get(id)).toBe(dc.clusterId);
    }
    expect([...(await zone.hostStates()).values()]).toEqual([HOST_STATE.MONITORED, HOST_STATE.MONITORED, HOST_STATE.MONITORED, HOST_STATE.MONITORED]);
    const markets = String(await zone.call('one.marketpool.info', -2, -1, -1));
    expect([...markets.matchAll(/<MARKETPLACE><ID>\d+<\/ID>.*?<STATE>(\d+)<\/STATE>/gs)].map((m) => m[1])).toEqual(['1', '1']);
    const host = String(await zone.call('one.host.info', zone.datacenters.dc2.hostIds[0], false));
    expect(host).toMatch(/<MAX_MEM>4194304<\/MAX_MEM>/);
  }, 120_000);

  test('OpenNebula\'s scheduler puts anti-affined VMs on distinct hosts, and leaves one too many PENDING with the rule in its message', async () => {
    const dc = zone!.datacenters.dc1;
    const group = Number(await zone!.call('one.vmgroup.allocate', 'NAME = "svc"\nROLE = [ NAME = "members", POLICY = "ANTI_AFFINED" ]'));
    const template = [
      'CPU = "0.1"', 'MEMORY = "128"', `SCHED_REQUIREMENTS = "CLUSTER_ID = ${dc.clusterId}"`,
      `DISK = [ IMAGE_ID = "${dc.imageId}" ]`, `NIC = [ NETWORK_ID = "${dc.networkId}" ]`,
      `VMGROUP = [ VMGROUP_ID = "${group}", ROLE = "members" ]`,
    ].join('\n');
    const ids: number[] = [];
    for (const name of ['m1', 'm2', 'm3']) ids.push(Number(await zone!.call('one.vm.allocate', `NAME = "${name}"\n${template}`, false)));
    const deadline = Date.now() + 60_000;
    let vms = await zone!.placement();
    while (Date.now() < deadline) {
      vms = await zone!.placement();
      const mine = vms.filter((vm) => ids.includes(vm.id));
      if (mine.filter((vm) => vm.state === VM_STATE.ACTIVE && vm.lcmState === 3).length === 2 && mine.some((vm) => (vm.schedMessage ?? '').includes('CURRENT_VMS'))) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const mine = vms.filter((vm) => ids.includes(vm.id));
    const running = mine.filter((vm) => vm.state === VM_STATE.ACTIVE);
    expect(running).toHaveLength(2);
    expect(new Set(running.map((vm) => vm.hostId)).size).toBe(2);
    for (const vm of running) expect(vm.clusterId).toBe(dc.clusterId);
    const pending = mine.filter((vm) => vm.state === VM_STATE.PENDING);
    expect(pending).toHaveLength(1);
    // The anti-affinity rule, as the scheduler words it: not on a host running a sibling.
    expect(pending[0].schedMessage).toMatch(/No host meets capacity and SCHED_REQUIREMENTS/);
    for (const sibling of running) expect(pending[0].schedMessage).toContain(`CURRENT_VMS != ${sibling.id}`);
    // eslint-disable-next-line no-console
    console.log(`real oned: the scheduler's reason for the VM left PENDING: ${pending[0].schedMessage}`);
    for (const id of ids) await zone!.call('one.vm.action', 'terminate-hard', id);
  }, 120_000);

  test('nothing in the logs shows an attempt to reach beyond loopback', () => {
    expect(zone!.outboundAttempts()).toEqual([]);
  });

  test('stops leaving no process behind (oned, scheduler, drivers, per-host monitor clients)', async () => {
    const dir = zone!.dir;
    expect(processesMentioning(dir).length).toBeGreaterThan(3);
    await zone!.stop();
    expect(processesMentioning(dir)).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
  }, 60_000);
});
