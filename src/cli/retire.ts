/**
 * `cdktf-opennebula retire`: run by the apply just before a member is destroyed (a destroy-time
 * provisioner of each VM when `puppet.puppetDbUrl` is set). It deactivates the member's node in
 * PuppetDB, so load balancers that build their pool from PuppetDB drop it at their next run, then
 * waits `--drain-seconds` for them to do so before the VM is terminated.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';

export const RETIRE_USAGE = `Usage: cdktf-opennebula retire --certname <name> --puppetdb-url <url> [--drain-seconds <n>]

Deactivates the node <name> in PuppetDB (command "deactivate node", version 3) and waits
--drain-seconds (default 0, at most 3600) for the load balancers' next run. For an https URL the
client certificate comes from PUPPETDB_CERT, PUPPETDB_KEY and PUPPETDB_CACERT (paths to PEM files).

Exit status: 0 deactivated; 1 PuppetDB could not be reached or refused; 2 bad arguments.`;

const CERTNAME = /^[a-z0-9][a-z0-9._-]{0,252}$/;

export interface RetireOptions {
  readonly certname: string;
  readonly puppetDbUrl: string;
  readonly env: NodeJS.ProcessEnv;
  readonly now?: () => Date;
  readonly timeoutMs?: number;
}

/** Posts PuppetDB's "deactivate node" command; resolves to the HTTP status. */
export function deactivateNode(options: RetireOptions): Promise<{ status: number; body: string }> {
  const url = new URL('/pdb/cmd/v1', options.puppetDbUrl);
  url.searchParams.set('command', 'deactivate node');
  url.searchParams.set('version', '3');
  url.searchParams.set('certname', options.certname);
  const body = JSON.stringify({ certname: options.certname, producer_timestamp: (options.now ?? (() => new Date()))().toISOString() });
  const tls = url.protocol === 'https:' ? {
    cert: options.env.PUPPETDB_CERT ? fs.readFileSync(options.env.PUPPETDB_CERT) : undefined,
    key: options.env.PUPPETDB_KEY ? fs.readFileSync(options.env.PUPPETDB_KEY) : undefined,
    ca: options.env.PUPPETDB_CACERT ? fs.readFileSync(options.env.PUPPETDB_CACERT) : undefined,
  } : {};
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      timeout: options.timeoutMs ?? 30_000,
      ...tls,
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.length < 64 && chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url.origin} within ${options.timeoutMs ?? 30_000} ms`)));
    request.on('error', reject);
    request.end(body);
  });
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
    const match = /^--(certname|puppetdb-url|drain-seconds)(?:=(.*))?$/.exec(args[i]);
    const value = match ? match[2] ?? args[++i] : undefined;
    if (!match || value === undefined) {
      err(`retire: ${match ? `--${match[1]} needs a value` : `unknown argument ${JSON.stringify(args[i])}`}\n${RETIRE_USAGE}`);
      return 2;
    }
    flags.set(match[1], value);
  }
  const certname = flags.get('certname');
  const url = flags.get('puppetdb-url');
  const drain = flags.get('drain-seconds') ?? '0';
  if (!certname || !CERTNAME.test(certname)) {
    err(`retire: --certname must be a Puppet certname (lower-case letters, digits, ".", "_", "-"), got ${JSON.stringify(certname ?? '')}`);
    return 2;
  }
  if (!url || !/^https?:\/\/[^\s/]+/.test(url)) {
    err(`retire: --puppetdb-url must be an http:// or https:// URL, got ${JSON.stringify(url ?? '')}`);
    return 2;
  }
  if (!/^\d+$/.test(drain) || Number(drain) > 3600) {
    err(`retire: --drain-seconds must be an integer from 0 to 3600, got ${JSON.stringify(drain)}`);
    return 2;
  }
  try {
    const answer = await deactivateNode({ certname, puppetDbUrl: url, env });
    if (answer.status < 200 || answer.status > 299) {
      err(`retire ${certname}: PuppetDB answered HTTP ${answer.status}: ${answer.body.slice(0, 300)}`);
      return 1;
    }
  } catch (e) {
    err(`retire ${certname}: cannot reach PuppetDB at ${url}: ${(e as Error).message}`);
    return 1;
  }
  out(`retire ${certname}: deactivated in PuppetDB${Number(drain) > 0 ? `; draining ${drain} s` : ''}`);
  if (Number(drain) > 0) await sleep(Number(drain) * 1000);
  return 0;
}
