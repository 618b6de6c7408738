/**
 * The load-balancer side of the live tier: the example profile (examples/puppet/haservice_lb.pp)
 * applied with the real `puppetdb_query` of puppet-terminus-puppetdb against the live PuppetDB,
 * with the server's own certificate, rendering the backend into a directory; a real haproxy with a
 * frontend on 127.0.0.1 reading that directory; and a request driver.
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

/** One load balancer: its Puppet directories, configuration directory and haproxy process. */
export class Balancer {
  public readonly dir: string;
  public readonly configDir: string;
  private haproxy?: ChildProcess;
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
      `    stats socket ${path.join(this.dir, 'admin.sock')} mode 600 level admin`,
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

  /** (Re)starts haproxy with the frontend and the rendered directory, after `haproxy -c`. */
  async restartHaproxy(): Promise<void> {
    await this.stopHaproxy();
    const args = ['-f', path.join(this.dir, 'global.cfg'), '-f', this.configDir];
    const check = await runAsync('haproxy', ['-c', ...args], { timeoutSeconds: 30 });
    if (check.status !== 0) throw new Error(`haproxy -c refused the configuration (exit ${check.status}):\n${check.output}\n${this.backend()}`);
    this.haproxyOutput = '';
    const child = spawn('haproxy', ['-db', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (b: Buffer) => { this.haproxyOutput += b.toString(); });
    child.stderr!.on('data', (b: Buffer) => { this.haproxyOutput += b.toString(); });
    this.haproxy = child;
    fs.mkdirSync(path.join(STATE, 'run'), { recursive: true });
    fs.writeFileSync(path.join(STATE, 'run', `haproxy-${process.pid}.pid`), `${child.pid}\n`);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (!this.running()) throw new Error(`haproxy exited at start:\n${this.haproxyOutput}`);
      if (fs.existsSync(path.join(this.dir, 'admin.sock')) && await this.stats().then(() => true, () => false)) return;
      await sleep(100);
    }
    throw new Error(`haproxy did not open its stats socket within 10 s:\n${this.haproxyOutput}`);
  }

  async stopHaproxy(): Promise<void> {
    const child = this.haproxy;
    this.haproxy = undefined;
    if (child?.pid !== undefined) await stopPids([child.pid], 5);
    fs.rmSync(path.join(STATE, 'run', `haproxy-${process.pid}.pid`), { force: true });
    fs.rmSync(path.join(this.dir, 'admin.sock'), { force: true });
  }

  /** The servers of the service's backend as haproxy sees them (`show stat`). */
  async stats(): Promise<ServerState[]> {
    const csv = await new Promise<string>((resolve, reject) => {
      const socket = net.createConnection(path.join(this.dir, 'admin.sock'));
      let text = '';
      socket.setTimeout(5000, () => socket.destroy(new Error('stats socket: no answer within 5 s')));
      socket.on('connect', () => socket.write('show stat\n'));
      socket.on('data', (b: Buffer) => { text += b.toString(); });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    const lines = csv.split('\n').filter((l) => l !== '');
    const header = (lines.shift() ?? '').replace(/^# /, '').split(',');
    const col = (name: string) => header.indexOf(name);
    return lines.map((l) => l.split(','))
      .filter((f) => f[col('pxname')] === this.service && !['FRONTEND', 'BACKEND'].includes(f[col('svname')]))
      .map((f) => ({ name: f[col('svname')], status: f[col('status')], check: f[col('check_status')] }));
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
  /** Requests answered 200 by each member (by the name in the body). */
  readonly hits: { [member: string]: number };
  readonly failures: number;
  /** Up to 10 distinct failure reasons. */
  readonly reasons: string[];
}

/** Sends `n` sequential GET requests through the frontend and counts the members that answered. */
export async function drive(port: number, n: number): Promise<Traffic> {
  const hits: { [member: string]: number } = {};
  let failures = 0;
  const reasons = new Set<string>();
  for (let i = 0; i < n; i++) {
    const outcome = await new Promise<string>((resolve) => {
      const request = http.get({ host: '127.0.0.1', port, path: `/request/${i}`, agent: false }, (response) => {
        let body = '';
        response.on('data', (b: Buffer) => { body += b.toString(); });
        response.on('end', () => {
          const m = /^member (\S+)/.exec(body);
          resolve(response.statusCode === 200 && m ? `hit ${m[1]}` : `HTTP ${response.statusCode}: ${body.trim().slice(0, 80)}`);
        });
      });
      request.setTimeout(5000, () => request.destroy(new Error('no answer within 5 s')));
      request.on('error', (e) => resolve(`error: ${e.message}`));
    });
    if (outcome.startsWith('hit ')) {
      const name = outcome.slice(4);
      hits[name] = (hits[name] ?? 0) + 1;
    } else {
      failures += 1;
      if (reasons.size < 10) reasons.add(outcome);
    }
  }
  return { hits, failures, reasons: [...reasons] };
}
