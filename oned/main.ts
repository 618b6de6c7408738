/**
 * Starts a real OpenNebula zone on loopback by hand (oned, mm_sched, onemonitord, dummy hosts),
 * prints how to reach it, and stops it, leaving no process behind, on Ctrl-C:
 *
 *   npx projen oned                      # dc1 and dc2, 3 dummy hosts each
 *   npx projen oned -- --datacenter dc1:2 --datacenter dc2:4 --keep
 */
import { DatacenterSpec, RealZone, onedMissing } from './zone';

export interface CliOptions {
  readonly datacenters: DatacenterSpec[];
  readonly port?: number;
  readonly keep: boolean;
}

export const USAGE = `usage: oned/main.ts [--datacenter NAME:HOSTS]... [--port N] [--keep]

Starts a REAL OpenNebula zone (oned, mm_sched, onemonitord from toolchain/oned.sh) on 127.0.0.1
with one cluster of dummy hosts per datacenter, and stops it on Ctrl-C.
  --datacenter NAME:HOSTS  a datacenter and its number of dummy hosts (default dc1:3 dc2:3)
  --port N                 oned's XML-RPC port (default: a free one)
  --keep                   keep the zone's directory (configuration, database, logs) after stop`;

/** Parses the command line; throws an Error with a message for anything it does not understand. */
export function parseArgs(argv: string[]): CliOptions {
  const datacenters: DatacenterSpec[] = [];
  let port: number | undefined;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datacenter') {
      const m = /^([a-z][a-z0-9_]*):(\d{1,2})$/.exec(argv[++i] ?? '');
      if (!m) throw new Error(`--datacenter needs NAME:HOSTS (name [a-z][a-z0-9_]*, 0..50 hosts), got ${JSON.stringify(argv[i] ?? '')}`);
      if (Number(m[2]) > 50) throw new Error(`--datacenter ${m[1]}: at most 50 hosts`);
      if (datacenters.some((d) => d.name === m[1])) throw new Error(`--datacenter ${m[1]} given twice`);
      datacenters.push({ name: m[1], hosts: Number(m[2]) });
    } else if (arg === '--port') {
      const value = argv[++i] ?? '';
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) throw new Error(`--port needs an integer from 1 to 65535, got ${JSON.stringify(value)}`);
      port = Number(value);
    } else if (arg === '--keep') {
      keep = true;
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return { datacenters: datacenters.length ? datacenters : [{ name: 'dc1', hosts: 3 }, { name: 'dc2', hosts: 3 }], port, keep };
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const missing = onedMissing();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const zone = await RealZone.start({ ...options, keepDirectory: options.keep, log: (line) => console.log(line) });
  console.log(`\nOpenNebula zone up: ${zone.url} (directory ${zone.dir})`);
  for (const dc of Object.values(zone.datacenters)) {
    console.log(`  ${dc.name}: clusterId ${dc.clusterId}, networkId ${dc.networkId}, imageId ${dc.imageId}, hosts ${dc.hostIds.join(' ')}`);
  }
  console.log(`\nexport OPENNEBULA_ENDPOINT=${zone.url} OPENNEBULA_USERNAME=${zone.username} OPENNEBULA_PASSWORD=${zone.password}`);
  console.log('Ctrl-C stops the zone.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const outbound = zone.outboundAttempts();
    if (outbound.length > 0) console.log(`outbound attempts in the logs:\n  ${outbound.join('\n  ')}`);
    try {
      await zone.stop();
      console.log('stopped: no process of the zone is left');
      process.exit(0);
    } catch (e) {
      console.error((e as Error).message);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
