/**
 * The live registration tier's stack (scripts/live/up.sh): where it keeps its state, the gate that
 * runs or skips the live specifications, and clients for the CA, PuppetDB and processes.
 *
 * Everything here talks to loopback only: PuppetDB on 127.0.0.1:8080 (HTTP) and puppetserver on
 * puppet.localhost:8140 (TLS, verified against the live CA).
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as path from 'path';
export { freePort } from '../support/net';
import { describeTier } from '../support/tier';

export const ROOT = path.resolve(__dirname, '..', '..');
/** State directory of scripts/live/up.sh (pids, logs, the challenge password, members). */
export const STATE = process.env.LIVE_STATE ?? '/var/tmp/cdktf-opennebula-live';
export const LOGS = path.join(STATE, 'logs');
export const SERVER = 'puppet.localhost';
export const SERVER_SSLDIR = '/var/lib/puppet/ssl';
export const CA_CERT = path.join(SERVER_SSLDIR, 'certs', 'ca.pem');
export const PUPPETDB = 'http://127.0.0.1:8080';
/** PATH of the processes the tier starts (a VM's root shell, not the test runner's). */
export const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

// ------------------------------------------------------------------------------------------
// The gate

function curlAnswers(args: string[], pattern: RegExp): boolean {
  const result = spawnSync('curl', ['-fsS', '--max-time', '5', ...args], { encoding: 'utf8' });
  return result.status === 0 && pattern.test(result.stdout ?? '');
}

/** What keeps the live tier from running here, or undefined when the stack answers. */
export function liveMissing(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    return 'not root on Linux (members run their start script as root in their own mount and UTS namespaces)';
  }
  const tools = ['puppet', 'puppetserver', 'haproxy', 'unshare', 'curl', 'base64'];
  const missingTools = tools.filter((tool) => spawnSync('sh', ['-c', 'command -v "$1"', 'sh', tool]).status !== 0);
  if (missingTools.length > 0) return `missing tools: ${missingTools.join(', ')} (apt-get install -y $(grep -v '^#' scripts/live/packages.txt))`;
  const down: string[] = [];
  if (!curlAnswers([`${PUPPETDB}/status/v1/services/puppetdb-status`], /"state"\s*:\s*"running"/)) down.push('PuppetDB (127.0.0.1:8080)');
  if (!fs.existsSync(CA_CERT) || !curlAnswers(['--cacert', CA_CERT, '--resolve', `${SERVER}:8140:127.0.0.1`,
    `https://${SERVER}:8140/status/v1/simple`], /^running/)) down.push(`puppetserver (${SERVER}:8140)`);
  if (!fs.existsSync(path.join(STATE, 'challenge-password'))) down.push(`the challenge password (${STATE}/challenge-password)`);
  if (down.length > 0) return `the live stack does not answer: ${down.join(', ')}; start it with \`sudo bash scripts/live/up.sh\``;
  return undefined;
}

/**
 * `describe(name, body)` when the live stack answers. Otherwise a skipped block and a loud
 * warning, or, under REQUIRE_LIVE=1, a block whose single test fails naming what is missing.
 */
export function describeLive(name: string, body: () => void): void {
  if (!name.startsWith('live tier:')) throw new Error(`live blocks are named "live tier: ...", got "${name}"`);
  describeTier(name, { missing: liveMissing(), requireVariable: 'REQUIRE_LIVE', failingTitle: 'has the live stack', what: 'The live registration tier' }, body);
}

/** The autosign secret up.sh configured. */
export function challengePassword(): string {
  return fs.readFileSync(path.join(STATE, 'challenge-password'), 'utf8');
}

/** The tail of every log of the tier (scripts/live/logs.sh), for failure messages. */
export function serviceLogs(lines = 30): string {
  const result = spawnSync('bash', [path.join(ROOT, 'scripts/live/logs.sh')], {
    encoding: 'utf8', env: { ...process.env, LIVE_LOG_LINES: String(lines), LIVE_STATE: STATE }, timeout: 20_000,
  });
  return `${result.stdout ?? ''}${result.stderr ?? ''}`;
}

/** Lines of the autosign policy's log. */
export function autosignLog(): string[] {
  const file = path.join(LOGS, 'autosign.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '') : [];
}

// ------------------------------------------------------------------------------------------
// Processes

export interface ProcessResult {
  readonly status: number;
  readonly output: string;
  readonly seconds: number;
}

/**
 * Runs a command to completion, stdout and stderr interleaved in `output`. After `timeoutSeconds`
 * its whole process group is killed and the status is -1.
 */
export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutSeconds: number;
  readonly cwd?: string;
}

export function runAsync(command: string, args: string[], options: RunOptions): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => chunks.push(b));
    child.stderr!.on('data', (b: Buffer) => chunks.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
    }, options.timeoutSeconds * 1000);
    const finish = (status: number, extra = '') => {
      clearTimeout(timer);
      const output = Buffer.concat(chunks).toString('utf8') + extra;
      resolve({ status: timedOut ? -1 : status, output: timedOut ? `${output}\n(killed after ${options.timeoutSeconds} s)` : output, seconds: (Date.now() - started) / 1000 });
    };
    child.on('error', (e) => finish(-1, `\n${e.message}`));
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : -1)));
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` every `everyMs` until it returns a value other than undefined; throws after `seconds`. */
export async function waitFor<T>(what: string, seconds: number, probe: () => Promise<T | undefined> | T | undefined, everyMs = 500): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Whether a process is alive. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** TERM, then KILL after `graceSeconds`, then waits (bounded) until every PID is gone. */
export async function stopPids(pids: number[], graceSeconds = 10): Promise<void> {
  const live = pids.filter(alive);
  for (const pid of live) try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ }
  const deadline = Date.now() + graceSeconds * 1000;
  while (live.some(alive) && Date.now() < deadline) await sleep(100);
  for (const pid of live.filter(alive)) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  const killDeadline = Date.now() + 5000;
  while (live.some(alive) && Date.now() < killDeadline) await sleep(50);
  const left = live.filter(alive);
  if (left.length > 0) throw new Error(`processes ${left.join(', ')} survived SIGKILL`);
}

/** PIDs of the processes whose environment holds `NAME=value` exactly (how members mark theirs). */
export function pidsWithEnvironment(name: string, value: string): number[] {
  const wanted = `${name}=${value}`;
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(wanted)) out.push(Number(entry));
    } catch { /* gone or not ours */ }
  }
  return out;
}


// ------------------------------------------------------------------------------------------
// HTTP clients

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/** One HTTP(S) request with a bounded time; TLS is verified against the live CA with `servername`. */
export interface RequestOptions {
  readonly method?: string;
  readonly body?: string;
  readonly timeoutMs?: number;
  /** Present the server's own certificate (puppet.localhost), as the CA CLI does. */
  readonly asServer?: boolean;
}

export function httpRequest(url: string, options: RequestOptions = {}): Promise<HttpAnswer> {
  const target = new URL(url);
  const tls = target.protocol === 'https:';
  const headers: http.OutgoingHttpHeaders = {
    accept: '*/*',
    host: target.host,
    ...(options.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body) }),
  };
  const requestOptions: https.RequestOptions = {
    method: options.method ?? 'GET',
    host: target.hostname === SERVER ? '127.0.0.1' : target.hostname,
    port: target.port,
    path: `${target.pathname}${target.search}`,
    headers,
    agent: false,
    ...(tls ? { ca: fs.readFileSync(CA_CERT), servername: target.hostname } : {}),
    // The server's own certificate carries pp_cli_auth, which the CA's certificate_status API requires.
    ...(tls && options.asServer ? {
      cert: fs.readFileSync(path.join(SERVER_SSLDIR, 'certs', `${SERVER}.pem`)),
      key: fs.readFileSync(path.join(SERVER_SSLDIR, 'private_keys', `${SERVER}.pem`)),
    } : {}),
  };
  return new Promise((resolve, reject) => {
    const request = (tls ? https : http).request(requestOptions, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (b: Buffer) => chunks.push(b));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.setTimeout(options.timeoutMs ?? 10_000, () => request.destroy(new Error(`${options.method ?? 'GET'} ${url}: no answer within ${options.timeoutMs ?? 10_000} ms`)));
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** Rows of a PQL query, sent verbatim to PuppetDB's /pdb/query/v4. */
export async function pdbQuery(pql: string): Promise<any[]> {
  const answer = await httpRequest(`${PUPPETDB}/pdb/query/v4?query=${encodeURIComponent(pql)}`);
  if (answer.status !== 200) throw new Error(`PuppetDB refused the query (HTTP ${answer.status}): ${answer.body}\nquery: ${pql}`);
  return JSON.parse(answer.body);
}

/** The node's inventory entry (facts and trusted facts), or undefined when PuppetDB has no active node of that name. */
export async function pdbInventory(certname: string): Promise<any | undefined> {
  const rows = await pdbQuery(`inventory { certname = ${JSON.stringify(certname)} }`);
  return rows[0];
}

/** Deactivates a node through PuppetDB's command API, as `puppet node deactivate` does. */
export async function pdbDeactivate(certname: string): Promise<void> {
  const body = JSON.stringify({ command: 'deactivate node', version: 3, payload: { certname, producer_timestamp: new Date().toISOString() } });
  const answer = await httpRequest(`${PUPPETDB}/pdb/cmd/v1`, { method: 'POST', body });
  if (answer.status !== 200) throw new Error(`PuppetDB refused to deactivate ${certname} (HTTP ${answer.status}): ${answer.body}`);
}

/** Whether the CA holds a signed certificate for `certname` (its unauthenticated certificate endpoint). */
export async function caSigned(certname: string): Promise<boolean> {
  const answer = await httpRequest(`https://${SERVER}:8140/puppet-ca/v1/certificate/${encodeURIComponent(certname)}`);
  return answer.status === 200;
}

/** Every certificate and request the CA knows, with its state (`requested`, `signed`, `revoked`). */
export async function caList(): Promise<{ name: string; state: string }[]> {
  const answer = await httpRequest(`https://${SERVER}:8140/puppet-ca/v1/certificate_statuses/any`, { asServer: true });
  if (answer.status !== 200) throw new Error(`the CA refused to list certificates (HTTP ${answer.status}): ${answer.body.slice(0, 300)}`);
  return JSON.parse(answer.body).map((c: any) => ({ name: String(c.name), state: String(c.state) }));
}

/**
 * Forgets certnames on the CA, as an operator would before reusing them (what `puppetserver ca
 * clean` does, through the same certificate_status API, one request at a time): signed
 * certificates are revoked, then certificates and pending requests deleted.
 */
export async function caForget(names: string[]): Promise<void> {
  const known = await caList();
  for (const { name, state } of known.filter((c) => names.includes(c.name))) {
    const url = `https://${SERVER}:8140/puppet-ca/v1/certificate_status/${encodeURIComponent(name)}`;
    if (state === 'signed') {
      const revoked = await httpRequest(url, { method: 'PUT', body: JSON.stringify({ desired_state: 'revoked' }), asServer: true });
      if (revoked.status >= 300) throw new Error(`the CA refused to revoke ${name} (HTTP ${revoked.status}): ${revoked.body.slice(0, 300)}`);
    }
    const deleted = await httpRequest(url, { method: 'DELETE', asServer: true });
    if (deleted.status >= 300) throw new Error(`the CA refused to delete ${name} (HTTP ${deleted.status}): ${deleted.body.slice(0, 300)}`);
  }
}

/** Lines of the puppetserver log that name `certname` (as a whole word), logged after `since` (Date.now()). */
export function serverLogLines(certname: string, since: number): string[] {
  const file = '/var/log/puppetserver/puppetserver.log';
  if (!fs.existsSync(file)) return [];
  const word = new RegExp(`(^|[^a-z0-9.-])${certname.replace(/[.]/g, '\\.')}($|[^a-z0-9.-])`);
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => {
    const at = Date.parse(line.slice(0, 24));
    return Number.isFinite(at) && at >= since - 1000 && word.test(line);
  });
}
