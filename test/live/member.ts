/**
 * A member plays one OpenNebula VM on this machine: its context instantiated as oned and
 * one-context would, its enrolment script (START_SCRIPT_BASE64) run as root with the real puppet
 * in a mount + UTS namespace of its own (hostname = VM name, its own Puppet, Facter, one-context,
 * run and state directories), its own loopback address, and a tiny HTTP backend on that address.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { ProcessResult, STATE, SYSTEM_PATH, pdbDeactivate, pidsWithEnvironment, stopPids } from './stack';

/** Environment variable marking every process started for a member (down.sh finds leftovers by it). */
export const MEMBER_MARKER = 'CDKTF_OPENNEBULA_LIVE_MEMBER';

/** The directories of the VM, each bound over the path of the same role inside its namespace. */
const BINDS: ReadonlyArray<[string, string]> = [
  ['etc-puppet', '/etc/puppet'],
  ['var-lib-puppet', '/var/lib/puppet'],
  ['var-cache-puppet', '/var/cache/puppet'],
  ['etc-facter', '/etc/facter'],
  ['run-one-context', '/run/one-context'],
  ['run-puppet', '/run/puppet'],
  ['var-log-puppet', '/var/log/puppet'],
  ['var-lib-haservice', '/var/lib/haservice'],
];

export interface InstanceValues {
  /** VM name (`$NAME`). */
  readonly vmName: string;
  /** VM ID (`$VMID`), unique per incarnation. */
  readonly vmId: number;
  /** The first NIC's address (ETH0_IP). */
  readonly address: string;
  /** Values of the sensitive Terraform variables, by name (`${var.<name>}`). */
  readonly secrets: { [name: string]: string };
}

/**
 * The context a VM sees, from the context of the Terraform JSON: Terraform interpolations of the
 * given variables resolved (any other `${` throws), then OpenNebula's substitutions at
 * instantiation (`$NAME`, `$VMID`, `$USER[SSH_PUBLIC_KEY]`; any other `$` reference throws), then
 * what OpenNebula and one-context add (`NAME`, `VMID`, `ETH0_IP`).
 */
export function instantiateContext(context: { [key: string]: string }, values: InstanceValues): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const [key, raw] of Object.entries(context)) {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(key)) throw new Error(`context key ${JSON.stringify(key)} is not an upper-case variable name`);
    const applied = raw.replace(/\$\$\{|\$\{([^}]*)\}/g, (whole, expression: string | undefined) => {
      if (expression === undefined) throw new Error(`context ${key}: a literal "$\${" would reach OpenNebula: ${raw}`);
      // Only the two forms the library writes: a sensitive variable, and base64encode() of one.
      const m = /^(?:var\.([A-Za-z0-9_-]+)|base64encode\(var\.([A-Za-z0-9_-]+)\))$/.exec(expression);
      const secret = m ? values.secrets[m[1] ?? m[2]] : undefined;
      if (secret === undefined) throw new Error(`context ${key}: unresolved Terraform interpolation ${whole}`);
      return m![2] === undefined ? secret : Buffer.from(secret, 'utf8').toString('base64');
    });
    out[key] = applied.replace(/\$(\{|[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?)/g, (whole: string) => {
      switch (whole) {
        case '$NAME': return values.vmName;
        case '$VMID': return String(values.vmId);
        case '$USER[SSH_PUBLIC_KEY]': return '';
        default: throw new Error(`context ${key}: OpenNebula reference ${whole} is not substituted by this harness (value: ${raw})`);
      }
    });
  }
  return { ...out, NAME: values.vmName, VMID: String(values.vmId), ETH0_IP: values.address };
}

/** one_env as one-context writes it: `export NAME="value"` lines. */
export function oneEnv(context: { [key: string]: string }): string {
  return Object.entries(context).map(([key, value]) => {
    if (/["\\`$\n]/.test(value)) throw new Error(`context ${key}: value holds a character one_env would not carry literally: ${JSON.stringify(value)}`);
    return `export ${key}="${value}"\n`;
  }).join('');
}

export interface MemberOptions extends Omit<InstanceValues, 'secrets'> {
  /** The VM's context as synthesized (VM context over template context, keys upper-cased). */
  readonly context: { [key: string]: string };
  /** Service port the HTTP backend listens on. */
  readonly port: number;
  /** Health path, answered 200 "ok". */
  readonly healthPath: string;
  readonly secrets?: { [name: string]: string };
  /** Bound on the start script's run. @default 300 */
  readonly timeoutSeconds?: number;
  /**
   * Give the VM a OneGate client (the script's ONEGATE_BIN hook): a stand-in that appends each
   * call, with the time in milliseconds, to `<dir>/onegate.log` (see readyAt).
   * @default no OneGate client: the script reports nothing
   */
  readonly onegate?: boolean;
}

/** The OneGate stand-in: `<ms since the epoch> <arguments>` per call, in the calling member's directory. */
const FAKE_ONEGATE = `#!/bin/sh
printf '%s %s\\n' "$(date +%s%3N)" "$*" >>"$${MEMBER_MARKER}/onegate.log"
`;

export interface ScriptResult extends ProcessResult {
  /** Seconds from member start to the end of the script. */
  readonly sinceStart: number;
}

/** One VM incarnation. */
export class Member {
  /** Its directories (and the script, its output) on the host. */
  public readonly dir: string;
  /** Date.now() when the script was started. */
  public startedAt = 0;
  private script?: Promise<ScriptResult>;
  /** Non-health requests the backend answered. */
  public hits = 0;
  private server?: http.Server;

  /** Use startMember. */
  constructor(public readonly options: MemberOptions, public readonly context: { [key: string]: string }) {
    this.dir = path.join(STATE, 'members', `${options.vmName}-${options.vmId}`);
    fs.rmSync(this.dir, { recursive: true, force: true });
    for (const [name] of BINDS) fs.mkdirSync(path.join(this.dir, name), { recursive: true, mode: 0o755 });
    // The agent connects from the VM's own address; `puppet config set` in the script keeps this line.
    fs.writeFileSync(path.join(this.dir, 'etc-puppet', 'puppet.conf'), `[main]\nsourceaddress = ${options.address}\n`);
    fs.writeFileSync(path.join(this.dir, 'run-one-context', 'one_env'), oneEnv(context), { mode: 0o400 });
    const script = Buffer.from(context.START_SCRIPT_BASE64 ?? '', 'base64').toString('utf8');
    if (!script.startsWith('#!')) throw new Error(`${options.vmName}: START_SCRIPT_BASE64 does not decode to a script`);
    fs.writeFileSync(path.join(this.dir, 'start-script.sh'), script, { mode: 0o755 });
    if (options.onegate) fs.writeFileSync(path.join(this.dir, 'onegate'), FAKE_ONEGATE, { mode: 0o755 });
  }

  /** The script's end: exit status and output (stdout and stderr interleaved). */
  get done(): Promise<ScriptResult> {
    if (!this.script) throw new Error(`${this.options.vmName}: the start script was not started`);
    return this.script;
  }

  /** Runs the start script, once (startMember does). */
  launch(): void {
    if (this.script) return;
    this.startedAt = Date.now();
    this.script = this.runScript();
  }

  /** The certname the VM's Puppet is configured with (written by the script), if any yet. */
  certname(): string | undefined {
    const conf = path.join(this.dir, 'etc-puppet', 'puppet.conf');
    const m = /^\s*certname\s*=\s*(\S+)\s*$/m.exec(fs.existsSync(conf) ? fs.readFileSync(conf, 'utf8') : '');
    return m?.[1];
  }

  /** The certname of the enrolment marker (`<certname> <date>`), once enrolled. */
  enrolledAs(): string | undefined {
    const marker = path.join(this.dir, 'var-lib-haservice', 'enrolled');
    return fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').split(' ')[0] : undefined;
  }

  /** When the VM reported READY=YES through OneGate (Date.now() of the first report), if it did. */
  readyAt(): number | undefined {
    const file = path.join(this.dir, 'onegate.log');
    const line = (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '').split('\n').find((l) => / vm update --data READY=YES$/.test(l));
    return line === undefined ? undefined : Number(line.split(' ')[0]);
  }

  /** PID of the VM's agent daemon (its /run/puppet/agent.pid), when running. */
  agentPid(): number | undefined {
    const file = path.join(this.dir, 'run-puppet', 'agent.pid');
    const pid = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').trim()) : NaN;
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    try {
      process.kill(pid, 0);
      return pid;
    } catch {
      return undefined;
    }
  }

  /** The tail of the script's output and of the VM's Puppet logs. */
  logs(lines = 40): string {
    const parts: string[] = [];
    for (const file of [path.join(this.dir, 'output.log'), ...listLogs(path.join(this.dir, 'var-log-puppet'))]) {
      if (!fs.existsSync(file)) continue;
      parts.push(`--- ${file}\n${fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}`);
    }
    return parts.join('\n');
  }

  /** Starts the HTTP backend on the VM's address and service port; it answers `member <VM name> <VM ID>`. */
  async startBackend(): Promise<void> {
    if (this.server) return;
    const { vmName, vmId, healthPath, address, port } = this.options;
    const server = http.createServer((request, response) => {
      if (request.url === healthPath) {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      } else {
        this.hits += 1;
        response.writeHead(200, { 'content-type': 'text/plain' }).end(`member ${vmName} ${vmId}\n`);
      }
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, address, () => resolve());
    });
    this.server = server;
  }

  /** Stops the HTTP backend: the port refuses connections from now on. */
  async stopBackend(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  /** Stops the VM: its backend, the script if still running, the agent daemon and anything else it started. */
  async stop(): Promise<void> {
    await this.stopBackend();
    const pids = new Set(pidsWithEnvironment(MEMBER_MARKER, this.dir));
    const agent = this.agentPid();
    if (agent !== undefined) pids.add(agent);
    await stopPids([...pids], 10);
    if (this.script) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.script, new Promise<void>((resolve) => { timer = setTimeout(resolve, 5000); })]);
      clearTimeout(timer);
    }
  }

  /** Deactivates the member's node in PuppetDB (as `puppet node deactivate <certname>`). */
  async deactivate(): Promise<string> {
    const certname = this.enrolledAs() ?? this.certname();
    if (certname === undefined) throw new Error(`${this.options.vmName}: no certname to deactivate`);
    await pdbDeactivate(certname);
    return certname;
  }

  private runScript(): Promise<ScriptResult> {
    const { vmName, timeoutSeconds = 300 } = this.options;
    // Inside the new namespaces: the VM's directories over the system ones, its hostname, then the
    // start script, as one-context runs it (context exported in the environment and in one_env).
    const setup = [
      'set -eu',
      'dir=$1; host=$2',
      ...BINDS.map(([name, target]) => `mount --bind "$dir/${name}" ${target}`),
      'hostname "$host"',
      'exec "$dir/start-script.sh"',
    ].join('\n');
    for (const [, target] of BINDS) fs.mkdirSync(target, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...this.context, PATH: SYSTEM_PATH, HOME: '/root', LANG: 'C.UTF-8', [MEMBER_MARKER]: this.dir };
    if (this.options.onegate) env.ONEGATE_BIN = path.join(this.dir, 'onegate');
    const output = fs.openSync(path.join(this.dir, 'output.log'), 'w');
    return new Promise((resolve) => {
      const started = Date.now();
      const child = spawn('unshare', ['--mount', '--uts', '--propagation', 'private', '--', '/bin/sh', '-c', setup, 'member', this.dir, vmName], {
        env, detached: true, stdio: ['ignore', output, output],
      });
      const timer = setTimeout(() => {
        try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
      }, timeoutSeconds * 1000);
      const finish = (status: number, note = '') => {
        clearTimeout(timer);
        fs.closeSync(output);
        const text = fs.readFileSync(path.join(this.dir, 'output.log'), 'utf8') + note;
        resolve({ status, output: text, seconds: (Date.now() - started) / 1000, sinceStart: (Date.now() - this.startedAt) / 1000 });
      };
      child.on('error', (e) => finish(-1, `\n(could not start: ${e.message})`));
      child.on('close', (code, signal) => finish(code ?? -1, signal ? `\n(killed by ${signal})` : ''));
    });
  }
}

function listLogs(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.log')).map((f) => path.join(dir, f)) : [];
}

/**
 * Starts a VM: its HTTP backend first (the service is up when the script probes it), then its
 * start script. `await member.done` for the script's exit status and output.
 */
export async function startMember(options: MemberOptions): Promise<Member> {
  const context = instantiateContext(options.context, { ...options, secrets: options.secrets ?? {} });
  const member = new Member(options, context);
  try {
    await member.startBackend();
  } catch (e) {
    await member.stop();
    throw e;
  }
  member.launch();
  return member;
}
