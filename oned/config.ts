/**
 * The configuration of a real OpenNebula front-end on loopback with the dummy drivers: pure
 * functions from the installed defaults (the prefix's etc/*.conf) to the files a test zone uses.
 * Kept apart from the process handling (zone.ts) so each rule is a specification of its own.
 */

/** The TCP ports one zone listens on; two zones side by side need distinct ones. */
export interface ZonePorts {
  /** oned's XML-RPC API. */
  readonly oned: number;
  /** onemonitord, where the per-host monitor clients report. */
  readonly monitord: number;
  /** The hook manager's publisher and its log receiver. */
  readonly hookPublisher: number;
  readonly hookLogger: number;
  /**
   * Where OneGate would listen (nothing need listen: the tests report READY through the API).
   * oned refuses to instantiate a template whose context sets TOKEN without an ONEGATE_ENDPOINT.
   */
  readonly onegate: number;
}

/** Every `KEY = [ ... ]` block of `text` whose `NAME` is not in `keep`, removed. */
function keepNamedBlocks(text: string, key: string, keep: string[]): string {
  return text.replace(new RegExp(`^${key}\\s*=\\s*\\[[^\\]]*\\]\\s*\\n`, 'gm'), (block) => {
    const name = /NAME\s*=\s*"([^"]*)"/.exec(block)?.[1];
    return name !== undefined && keep.includes(name) ? block : '';
  });
}

/** Replaces one line `KEY = value` (the first one, not a comment); throws when the default is not there. */
function setValue(text: string, key: string, value: string, file: string): string {
  const pattern = new RegExp(`^#?\\s*${key}\\s*=.*$`, 'm');
  if (!pattern.test(text)) throw new Error(`${file}: no ${key} line to set (is this OpenNebula 6.10's default file?)`);
  return text.replace(pattern, `${key} = ${value}`);
}

/** Replaces `from` once; throws when it is not there, so a changed default file is noticed. */
function replaceOnce(text: string, from: string | RegExp, to: string, file: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`${file}: expected ${String(from)} in the default file`);
  return text.replace(from, to);
}

/**
 * oned.conf: XML-RPC on 127.0.0.1:`ports.oned`, the hook manager on its own ports, the dummy
 * hypervisor as the only VM driver, the dummy datastore and transfer drivers enabled, only the
 * http and s3 marketplace drivers (never the public one, which would resolve a public name),
 * marketplace monitoring rare, datastore monitoring every 5 s (a datastore is full until it
 * was first monitored: no image or VM would fit before), and a OneGate endpoint on loopback
 * (without one, oned refuses every VM whose context sets TOKEN, as the readiness gates need).
 */
export function onedConf(defaults: string, ports: ZonePorts): string {
  const file = 'oned.conf';
  let text = defaults;
  text = setValue(text, 'PORT', String(ports.oned), file);
  text = setValue(text, 'LISTEN_ADDRESS', '"127.0.0.1"', file);
  text = setValue(text, 'HOSTNAME', '"127.0.0.1"', file);
  text = setValue(text, 'MONITORING_INTERVAL_MARKET', '86400', file);
  text = setValue(text, 'MONITORING_INTERVAL_DATASTORE', '5', file);
  text = setValue(text, 'ONEGATE_ENDPOINT', `"http://127.0.0.1:${ports.onegate}"`, file);
  text = keepNamedBlocks(text, 'VM_MAD', []);
  text += '\nVM_MAD = [ NAME = "dummy", SUNSTONE_NAME = "Testing", EXECUTABLE = "one_vmm_dummy", TYPE = "xml" ]\n';
  text = replaceOnce(text, /(DATASTORE_MAD\s*=\s*\[[^\]]*-s )/, '$1dummy,', file);
  text = replaceOnce(text, /-m http,s3,one,linuxcontainers/, '-m http,s3', file);
  text = replaceOnce(text, /-p 2101 -l 2102 -b 127\.0\.0\.1/, `-p ${ports.hookPublisher} -l ${ports.hookLogger} -b 127.0.0.1`, file);
  return text;
}

/** monitord.conf: listens and is reached on 127.0.0.1:`ports.monitord`; the dummy probes only. */
export function monitordConf(defaults: string, ports: ZonePorts): string {
  const file = 'monitord.conf';
  let text = keepNamedBlocks(defaults, 'IM_MAD', []);
  text = replaceOnce(text, /ADDRESS(\s*)= "0\.0\.0\.0"/, 'ADDRESS$1= "127.0.0.1"', file);
  text = replaceOnce(text, /MONITOR_ADDRESS = "auto"/, 'MONITOR_ADDRESS = "127.0.0.1"', file);
  text = replaceOnce(text, /PORT(\s*)= 4124/, `PORT$1= ${ports.monitord}`, file);
  text += '\nIM_MAD = [ NAME = "dummy", SUNSTONE_NAME = "Dummy", EXECUTABLE = "one_im_sh", ARGUMENTS = "-r 3 -t 15 -w 90 dummy", THREADS = 0 ]\n';
  return text;
}

/** sched.conf: the scheduler talks to this zone's oned and runs every `intervalSeconds`. */
export function schedConf(defaults: string, ports: ZonePorts, intervalSeconds: number): string {
  const file = 'sched.conf';
  let text = setValue(defaults, 'ONE_XMLRPC', `"http://127.0.0.1:${ports.oned}/RPC2"`, file);
  text = setValue(text, 'SCHED_INTERVAL', String(intervalSeconds), file);
  return text;
}

/** OpenNebula host template attributes giving a dummy host (800 % CPU, 16 GiB) the capacity asked for. */
export function hostCapacityTemplate(cpuPercent: number, memoryMb: number): string {
  const DUMMY_CPU = 800;
  const DUMMY_MEMORY_KB = 16 * 1024 * 1024;
  if (!Number.isInteger(cpuPercent) || cpuPercent < 1 || cpuPercent > DUMMY_CPU) throw new Error(`host CPU must be 1..${DUMMY_CPU} (percent), got ${cpuPercent}`);
  if (!Number.isInteger(memoryMb) || memoryMb < 1 || memoryMb * 1024 > DUMMY_MEMORY_KB) throw new Error(`host memory must be 1..16384 MB, got ${memoryMb}`);
  return `RESERVED_CPU = "${DUMMY_CPU - cpuPercent}"\nRESERVED_MEM = "${DUMMY_MEMORY_KB - memoryMb * 1024}"\n`;
}

/**
 * Lines of oned's, monitord's and the scheduler's logs that show an attempt to reach beyond
 * loopback: a name lookup, or a URL or address that is not 127.0.0.1/localhost.
 */
export function outboundAttempts(log: string): string[] {
  const lookup = /could not resolve|getaddrinfo|name or service not known|temporary failure in name resolution|no address associated/i;
  const url = /\b(?:https?|ftp|s3):\/\/([^/\s:'"]+)/gi;
  return log.split('\n').filter((line) => {
    if (lookup.test(line)) return true;
    for (const m of line.matchAll(url)) {
      if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i.test(m[1])) return true;
    }
    return false;
  });
}
