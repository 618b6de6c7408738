/**
 * The load-balancer side of the live tier: the example profile (examples/puppet/haservice_lb.pp)
 * applied with the real `puppetdb_query` of puppet-terminus-puppetdb against the live PuppetDB,
 * with the server's own certificate, rendering the backend into a directory; a real haproxy with a
 * frontend on 127.0.0.1 reading that directory, reloaded gracefully when the backend changes; and
 * request drivers (a fixed number of requests, or a continuous stream with a timeline).
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { ROOT, SERVER, SERVER_SSLDIR, STATE, SYSTEM_PATH, runAsync, sleep, stopPids } from './stack';

const PROFILE = path.join(ROOT, 'examples/puppet/haservice_lb.pp');

export interface ProfileRun {
  readonly status: number;
  readonly output: string;
  readonly seconds: number;
  /** The rendered backend file, when there is one. */
  readonly backend?: string;
}

export interface ServerState {
  /** HAProxy's server name (the certname). */
  readonly name: string;
  /** `UP`, `DOWN`, `UP 1/3`, `DOWN 1/2`, `MAINT`, ... */
  readonly status: string;
  /** Result of the last check (`L7OK`, `L4CON`, ...). */
  readonly check: string;
}

/** What a graceful reload took. */
export interface Reload {
  /** Seconds from the start of `haproxy -c` to the new process serving and the old one gone. */
  readonly seconds: number;
  readonly oldPid: number;
  readonly newPid: number;
}

/** One load balancer: its Puppet directories, configuration directory and haproxy process. */
export class Balancer {
  public readonly dir: string;
  public readonly configDir: string;
  /** The haproxy process serving (the newest one). */
  private haproxy?: ChildProcess;
  /** Every haproxy process started and not yet gone (a reloaded one finishes its connections). */
  private readonly processes = new Set<ChildProcess>();
  private haproxyOutput = '';

  constructor(public readonly service: string, public readonly environment: string, public readonly frontendPort: number) {
    this.dir = path.join(STATE, `lb-${process.pid}`);
    this.configDir = path.join(this.dir, 'conf.d');
    fs.rmSync(this.dir, { recursive: true, force: true });
    const modules = path.join(this.dir, 'modules', 'profile', 'manifests');
    fs.mkdirSync(modules, { recursive: true });
    fs.copyFileSync(PROFILE, path.join(modules, 'haservice_lb.pp'));
    // Its own confdir with puppetdb.conf, and a copy of the server's certificate (so nothing this
    // run does can touch the server's SSL directory).
    const confdir = path.join(this.dir, 'confdir');
    fs.mkdirSync(confdir, { recursive: true });
    fs.writeFileSync(path.join(confdir, 'puppetdb.conf'), `[main]\nserver_urls = https://${SERVER}:8081\n`);
    const ssl = path.join(this.dir, 'ssl');
    for (const sub of ['certs', 'private_keys']) fs.mkdirSync(path.join(ssl, sub), { recursive: true, mode: 0o700 });
    for (const file of ['certs/ca.pem', `certs/${SERVER}.pem`, `private_keys/${SERVER}.pem`, 'crl.pem']) {
      fs.copyFileSync(path.join(SERVER_SSLDIR, file), path.join(ssl, file));
    }
    fs.writeFileSync(path.join(this.dir, 'global.cfg'), [
      'global',
      // expose-fd listeners: a reload (`-x`) takes the listening sockets over from the running process.
      `    stats socket ${path.join(this.dir, 'admin.sock')} mode 600 level admin expose-fd listeners`,
      'defaults',
      '    mode http',
      '    timeout connect 2s',
      '    timeout client 10s',
      '    timeout server 10s',
      `frontend ${service}_front`,
      `    bind 127.0.0.1:${frontendPort}`,
      `    default_backend ${service}`,
      '',
    ].join('\n'));
  }

  /** The rendered backend file of the service, if any. */
  backend(): string | undefined {
    const file = path.join(this.configDir, `${this.service}.cfg`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }

  /** `puppet apply` of the profile with its defaults, apart from where it writes. */
  async runProfile(): Promise<ProfileRun> {
    const d = (name: string) => path.join(this.dir, name);
    const result = await runAsync('puppet', [
      'apply', '--color=false', '--detailed-exitcodes',
      '--confdir', d('confdir'), '--vardir', d('vardir'), '--codedir', d('code'), '--logdir', d('log'), '--rundir', d('run'),
      '--ssldir', d('ssl'), '--certname', SERVER, '--modulepath', d('modules'),
      '-e', `class { 'profile::haservice_lb': services => ['${this.service}'], environment => '${this.environment}', config_dir => '${this.configDir}' }`,
    ], { env: { PATH: SYSTEM_PATH, HOME: '/root', LANG: 'C.UTF-8' }, timeoutSeconds: 120 });
    // Facter cannot read /proc/1/environ in some sandboxes; that noise is not the profile's.
    const output = result.output.split('\n').filter((l) => !/Facter: Permission denied/.test(l)).join('\n');
    return { ...result, output, backend: this.backend() };
  }

  /** Whether haproxy runs. */
  running(): boolean {
    return this.haproxy !== undefined && this.haproxy.exitCode === null && this.haproxy.signalCode === null;
  }

  /** (Re)starts haproxy with the frontend and the rendered directory, after `haproxy -c`. Drops connections: see reloadHaproxy. */
  async restartHaproxy(): Promise<void> {
    await this.stopHaproxy();
    await this.checkConfig();
    this.haproxyOutput = '';
    const child = this.spawnHaproxy([]);
    await this.waitServing(child);
  }

  /**
   * Applies the configuration without dropping a connection, as `systemctl reload haproxy` does
   * (Debian's unit: master-worker, seamless): after `haproxy -c`, a new process takes the
   * listening socket over from the running one through the stats socket (`-x`, `expose-fd
   * listeners`), so no connection is refused in between, then sends it SIGUSR1 (`-sf`): it stops
   * accepting and exits once its connections are done. Resolves when the new process answers on
   * the stats socket and the old one is gone. Starts haproxy when none runs.
   */
  async reloadHaproxy(): Promise<Reload> {
    const started = Date.now();
    const old = this.haproxy;
    if (!this.running() || old?.pid === undefined) {
      await this.restartHaproxy();
      return { seconds: (Date.now() - started) / 1000, oldPid: 0, newPid: this.haproxy!.pid! };
    }
    await this.checkConfig();
    const child = this.spawnHaproxy(['-x', path.join(this.dir, 'admin.sock'), '-sf', String(old.pid)]);
    await this.waitServing(child);
    const deadline = Date.now() + 15_000;
    while (old.exitCode === null && old.signalCode === null) {
      if (Date.now() > deadline) throw new Error(`the reloaded haproxy (pid ${old.pid}) did not exit within 15 s:\n${this.haproxyOutput}`);
      await sleep(50);
    }
    return { seconds: (Date.now() - started) / 1000, oldPid: old.pid, newPid: child.pid! };
  }

  async stopHaproxy(): Promise<void> {
    const pids = [...this.processes].map((p) => p.pid).filter((pid): pid is number => pid !== undefined);
    this.haproxy = undefined;
    if (pids.length > 0) await stopPids(pids, 5);
    fs.rmSync(path.join(this.dir, 'admin.sock'), { force: true });
  }

  /** The servers of the service's backend as haproxy sees them (`show stat`). */
  async stats(): Promise<ServerState[]> {
    const lines = (await this.command('show stat')).split('\n').filter((l) => l !== '');
    const header = (lines.shift() ?? '').replace(/^# /, '').split(',');
    const col = (name: string) => header.indexOf(name);
    return lines.map((l) => l.split(','))
      .filter((f) => f[col('pxname')] === this.service && !['FRONTEND', 'BACKEND'].includes(f[col('svname')]))
      .map((f) => ({ name: f[col('svname')], status: f[col('status')], check: f[col('check_status')] }));
  }

  /** The PID of the haproxy process answering on the stats socket (`show info`). */
  async servingPid(): Promise<number | undefined> {
    const m = /^Pid: (\d+)$/m.exec(await this.command('show info'));
    return m ? Number(m[1]) : undefined;
  }

  private async checkConfig(): Promise<void> {
    const check = await runAsync('haproxy', ['-c', ...this.configArgs()], { timeoutSeconds: 30 });
    if (check.status !== 0) throw new Error(`haproxy -c refused the configuration (exit ${check.status}):\n${check.output}\n${this.backend()}`);
  }

  private configArgs(): string[] {
    return ['-f', path.join(this.dir, 'global.cfg'), '-f', this.configDir];
  }

  /** Starts a haproxy process in the foreground (`-db`); down.sh finds it by its pid file while it lives. */
  private spawnHaproxy(extra: string[]): ChildProcess {
    const child = spawn('haproxy', ['-db', ...this.configArgs(), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (b: Buffer) => { this.haproxyOutput += b.toString(); });
    child.stderr!.on('data', (b: Buffer) => { this.haproxyOutput += b.toString(); });
    this.haproxy = child;
    this.processes.add(child);
    fs.mkdirSync(path.join(STATE, 'run'), { recursive: true });
    const pidFile = path.join(STATE, 'run', `haproxy-${process.pid}-${child.pid}.pid`);
    fs.writeFileSync(pidFile, `${child.pid}\n`);
    child.on('exit', () => {
      this.processes.delete(child);
      fs.rmSync(pidFile, { force: true });
    });
    return child;
  }

  /** Waits (10 s at most) until `child` answers on the stats socket. */
  private async waitServing(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + 10_000;
    const exited = () => child.exitCode !== null || child.signalCode !== null;
    while (Date.now() < deadline) {
      if (exited()) throw new Error(`haproxy exited at start:\n${this.haproxyOutput}`);
      if (fs.existsSync(path.join(this.dir, 'admin.sock')) && await this.servingPid().catch(() => undefined) === child.pid) return;
      await sleep(50);
    }
    throw new Error(`haproxy (pid ${child.pid}) did not answer on its stats socket within 10 s:\n${this.haproxyOutput}`);
  }

  /** One command on the admin socket; its whole answer. */
  private command(line: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const socket = net.createConnection(path.join(this.dir, 'admin.sock'));
      let text = '';
      socket.setTimeout(5000, () => socket.destroy(new Error(`stats socket: no answer to "${line}" within 5 s`)));
      socket.on('connect', () => socket.write(`${line}\n`));
      socket.on('data', (b: Buffer) => { text += b.toString(); });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
  }

  /** haproxy's own output so far. */
  output(): string {
    return this.haproxyOutput;
  }

  async stop(): Promise<void> {
    await this.stopHaproxy();
  }
}

export interface Traffic {
  /** Requests answered 200 by each member (by the VM name in the body). */
  readonly hits: { [member: string]: number };
  readonly failures: number;
  /** Up to 10 distinct failure reasons. */
  readonly reasons: string[];
}

/** What one request through the frontend got. */
export interface Outcome {
  /** The member that answered 200: its VM name and VM ID (from the body, `member <name> <id>`). */
  readonly served?: { readonly name: string; readonly id: number };
  /** Why it failed, when no member answered 200. */
  readonly failure?: string;
}

/** One GET through the frontend on 127.0.0.1:`port`, a new connection each time, 5 s at most. */
export function requestOnce(port: number, i: number): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: `/request/${i}`, agent: false }, (response) => {
      let body = '';
      response.on('data', (b: Buffer) => { body += b.toString(); });
      response.on('end', () => {
        const m = /^member (\S+) (\d+)/.exec(body);
        resolve(response.statusCode === 200 && m ? { served: { name: m[1], id: Number(m[2]) } }
          : { failure: `HTTP ${response.statusCode}: ${body.trim().slice(0, 80)}` });
      });
      response.on('error', (e) => resolve({ failure: `error: ${e.message}` }));
    });
    request.setTimeout(5000, () => request.destroy(new Error('no answer within 5 s')));
    request.on('error', (e) => resolve({ failure: `error: ${e.message}` }));
  });
}

/** Sends `n` sequential GET requests through the frontend and counts the members that answered. */
export async function drive(port: number, n: number): Promise<Traffic> {
  const hits: { [member: string]: number } = {};
  let failures = 0;
  const reasons = new Set<string>();
  for (let i = 0; i < n; i++) {
    const outcome = await requestOnce(port, i);
    if (outcome.served) {
      hits[outcome.served.name] = (hits[outcome.served.name] ?? 0) + 1;
    } else {
      failures += 1;
      if (reasons.size < 10) reasons.add(outcome.failure!);
    }
  }
  return { hits, failures, reasons: [...reasons] };
}

/** One answered request of a stream: when it was sent and answered (Date.now()), and what it got. */
export interface TimedOutcome extends Outcome {
  readonly sentAt: number;
  readonly at: number;
}

/**
 * A continuous stream of requests through the frontend: `workers` loops, each sending a request,
 * awaiting its answer, then pausing `gapMs`, until stopped. Every answer is kept with its times.
 */
export class Stream {
  public readonly outcomes: TimedOutcome[] = [];
  public readonly startedAt = Date.now();
  private stopping = false;
  private readonly loops: Promise<void>[];

  constructor(public readonly port: number, workers = 2, public readonly gapMs = 25) {
    let i = 0;
    this.loops = Array.from({ length: workers }, async () => {
      while (!this.stopping) {
        const sentAt = Date.now();
        const outcome = await requestOnce(port, i++);
        this.outcomes.push({ ...outcome, sentAt, at: Date.now() });
        await sleep(gapMs);
      }
    });
  }

  /** Answers in [from, to) (by answer time). */
  between(from = 0, to = Infinity): TimedOutcome[] {
    return this.outcomes.filter((o) => o.at >= from && o.at < to);
  }

  /** Failures so far (or in [from, to)). */
  failures(from?: number, to?: number): TimedOutcome[] {
    return this.between(from, to).filter((o) => o.failure !== undefined);
  }

  /** Stops sending and waits for the requests in flight. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
  }
}
