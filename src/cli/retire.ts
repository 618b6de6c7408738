/**
 * `cdktf-opennebula retire`: run by the apply once a service's new members are ready and before
 * the members they replace are destroyed (a `terraform_data` of the service when
 * `puppet.puppetDbUrl` is set). It asks PuppetDB for the service's active nodes in the zone
 * (by their trusted facts), deactivates every node that is not a current member, so load
 * balancers building their pool from PuppetDB drop it at their next run, then waits
 * `--drain-seconds` for them to do so.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';

export const RETIRE_USAGE = `Usage: cdktf-opennebula retire --puppetdb-url <url> --zone <name> --service <name>
                              --keep <certname,...> [--drain-seconds <n>]

Deactivates in PuppetDB every active node of the service in the zone (trusted facts pp_service and
pp_zone) whose certname is not in --keep (the current members), then waits --drain-seconds
(default 0, at most 3600) for the load balancers' next run. For an https URL the client
certificate comes from PUPPETDB_CERT, PUPPETDB_KEY and PUPPETDB_CACERT (paths to PEM files).

Exit status: 0 done; 1 PuppetDB could not be reached or refused; 2 bad arguments.`;

const CERTNAME = /^[a-z0-9][a-z0-9._-]{0,252}$/;
const NAME = /^[a-z][a-z0-9_]*$/;

/** How to reach PuppetDB. */
export interface PuppetDbEndpoint {
  readonly url: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

function request(db: PuppetDbEndpoint, method: 'GET' | 'POST', url: URL, body?: string): Promise<{ status: number; body: string }> {
  const tls = url.protocol === 'https:' ? {
    cert: db.env.PUPPETDB_CERT ? fs.readFileSync(db.env.PUPPETDB_CERT) : undefined,
    key: db.env.PUPPETDB_KEY ? fs.readFileSync(db.env.PUPPETDB_KEY) : undefined,
    ca: db.env.PUPPETDB_CACERT ? fs.readFileSync(db.env.PUPPETDB_CACERT) : undefined,
  } : {};
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      timeout: db.timeoutMs ?? 30_000,
      ...tls,
    }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= 16 * 1024 * 1024) chunks.push(chunk);
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url.origin} within ${db.timeoutMs ?? 30_000} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The certnames of the active nodes of `service` in `zone`, by their trusted facts. */
export async function serviceNodes(db: PuppetDbEndpoint, zone: string, service: string): Promise<string[]> {
  const url = new URL('/pdb/query/v4', db.url);
  url.searchParams.set('query',
    `inventory[certname] { trusted.extensions.pp_service = "${service}" and trusted.extensions.pp_zone = "${zone}" }`);
  const answer = await request(db, 'GET', url);
  if (answer.status !== 200) throw new Error(`query answered HTTP ${answer.status}: ${answer.body.slice(0, 300)}`);
  const rows: unknown = JSON.parse(answer.body);
  if (!Array.isArray(rows)) throw new Error('query answer is not a list');
  return rows.map((row) => (row as { certname?: unknown }).certname).filter((c): c is string => typeof c === 'string').sort();
}

/** Posts PuppetDB's "deactivate node" command (version 3) for `certname`. */
export async function deactivateNode(db: PuppetDbEndpoint, certname: string, now: Date = new Date()): Promise<void> {
  const url = new URL('/pdb/cmd/v1', db.url);
  url.searchParams.set('command', 'deactivate node');
  url.searchParams.set('version', '3');
  url.searchParams.set('certname', certname);
  const answer = await request(db, 'POST', url, JSON.stringify({ certname, producer_timestamp: now.toISOString() }));
  if (answer.status < 200 || answer.status > 299) throw new Error(`deactivating ${certname} answered HTTP ${answer.status}: ${answer.body.slice(0, 300)}`);
}

/** The `retire` command. Returns its exit status. */
export async function retireCommand(
  args: string[], env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<number> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--help' || args[i] === '-h') {
      out(RETIRE_USAGE);
      return 0;
    }
    const match = /^--(puppetdb-url|zone|service|keep|drain-seconds)(?:=(.*))?$/.exec(args[i]);
    const value = match ? match[2] ?? args[++i] : undefined;
    if (!match || value === undefined) {
      err(`retire: ${match ? `--${match[1]} needs a value` : `unknown argument ${JSON.stringify(args[i])}`}\n${RETIRE_USAGE}`);
      return 2;
    }
    flags.set(match[1], value);
  }
  const usage = (message: string) => {
    err(`retire: ${message}`);
    return 2;
  };
  const url = flags.get('puppetdb-url');
  if (!url || !/^https?:\/\/[^\s/]+/.test(url)) return usage(`--puppetdb-url must be an http:// or https:// URL, got ${JSON.stringify(url ?? '')}`);
  for (const name of ['zone', 'service']) {
    const value = flags.get(name);
    if (!value || !NAME.test(value)) return usage(`--${name} must be a name (lower-case letters, digits, "_"), got ${JSON.stringify(value ?? '')}`);
  }
  const keepText = flags.get('keep');
  if (keepText === undefined) return usage('--keep is required (the certnames of the current members)');
  const keep = keepText === '' ? [] : keepText.split(',');
  const badKeep = keep.find((c) => !CERTNAME.test(c));
  if (badKeep !== undefined) return usage(`--keep must be certnames separated by commas, got ${JSON.stringify(badKeep)}`);
  const drain = flags.get('drain-seconds') ?? '0';
  if (!/^\d+$/.test(drain) || Number(drain) > 3600) return usage(`--drain-seconds must be an integer from 0 to 3600, got ${JSON.stringify(drain)}`);

  const db: PuppetDbEndpoint = { url, env };
  const label = `${flags.get('service')} in ${flags.get('zone')}`;
  let retired: string[];
  try {
    const nodes = await serviceNodes(db, flags.get('zone')!, flags.get('service')!);
    retired = nodes.filter((certname) => !keep.includes(certname));
    for (const certname of retired) await deactivateNode(db, certname);
  } catch (e) {
    err(`retire ${label}: PuppetDB at ${url}: ${(e as Error).message}`);
    return 1;
  }
  out(`retire ${label}: ${retired.length ? `deactivated ${retired.join(', ')}` : 'no node to deactivate'}`
    + `${retired.length && Number(drain) > 0 ? `; draining ${drain} s` : ''}`);
  if (retired.length && Number(drain) > 0) await sleep(Number(drain) * 1000);
  return 0;
}
