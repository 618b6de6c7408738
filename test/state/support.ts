/**
 * Helpers of the shared-state tier (test/state/postgres.test.ts): the PostgreSQL the live tier
 * starts (scripts/live/up.sh, 127.0.0.1:5432, administered as the `postgres` user through its
 * socket), a database and role of the test's own, advisory-lock observation, and OpenTofu runs
 * that can be killed. Everything asynchronous: the stand-in answers in the test's process.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as path from 'path';
import { TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { Datacenter, HaService, OpenNebulaZone, SharedState } from '../../src';
import { CLI, realProviderMissing } from '../plan/support';
import { TOOLS, portable } from '../support/tofu';

export const PG_HOST = '127.0.0.1';
export const PG_PORT = 5432;

function commandExists(tool: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', tool]).status === 0;
}

/** Why the tier cannot run here, or undefined. */
export function stateTierMissing(): string | undefined {
  const provider = realProviderMissing();
  if (provider !== undefined) return provider;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'not root on Linux (the test administers PostgreSQL as its `postgres` user)';
  const missing = ['psql', 'pg_isready', 'runuser'].filter((t) => !commandExists(t));
  if (missing.length > 0) return `missing tools: ${missing.join(', ')} (bash scripts/setup.sh)`;
  if (spawnSync('pg_isready', ['-q', '-h', PG_HOST, '-p', String(PG_PORT)]).status !== 0) {
    return `PostgreSQL does not answer on ${PG_HOST}:${PG_PORT}; start it with \`sudo bash scripts/live/up.sh\``;
  }
  return undefined;
}

/** psql as the `postgres` superuser through the local socket; rows as `|`-separated lines. */
export function psqlAsync(sql: string, database = 'postgres'): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-v', 'ON_ERROR_STOP=1', '-qAt', '-d', database, '-c', sql], {
      env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`psql exited ${code}: ${Buffer.concat(err).toString()}\n${sql}`));
      else resolve(Buffer.concat(out).toString().split('\n').filter((l) => l !== ''));
    });
  });
}

export interface StateDatabase {
  readonly name: string;
  readonly role: string;
  /** postgres://role:password@127.0.0.1:5432/name: what CI would keep in a secret (PG_CONN_STR). */
  readonly connStr: string;
}

/** A database and a login role of this test run, the role owning the database (no superuser). */
export async function createStateDatabase(): Promise<StateDatabase> {
  const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const name = `cdktf_state_test_${suffix}`;
  const role = `cdktf_state_${suffix}`;
  const password = randomBytes(18).toString('hex');
  await psqlAsync(`create role ${role} login password '${password}'`);
  await psqlAsync(`create database ${name} owner ${role} encoding 'UTF8' template template0`);
  return { name, role, connStr: `postgres://${role}:${password}@${PG_HOST}:${PG_PORT}/${name}?sslmode=disable` };
}

export async function dropStateDatabase(db: StateDatabase): Promise<void> {
  await psqlAsync(`drop database if exists ${db.name} with (force)`);
  await psqlAsync(`drop role if exists ${db.role}`);
}

export interface ReaderRole {
  readonly role: string;
  /** postgres://role:password@127.0.0.1:5432/<db>: the reader's PG_CONN_STR. */
  readonly connStr: string;
}

/**
 * A login role that can only read the state of `schema`: USAGE on the schema, SELECT on its
 * `states` table; nothing on `public`, no other schema, not the database's owner.
 */
export async function createReaderRole(db: StateDatabase, schema: string): Promise<ReaderRole> {
  const role = `${db.role}_reader`;
  const password = randomBytes(18).toString('hex');
  await psqlAsync(`create role ${role} login password '${password}'`);
  await psqlAsync(`grant usage on schema "${schema}" to ${role}; grant select on "${schema}".states to ${role}`, db.name);
  return { role, connStr: `postgres://${role}:${password}@${PG_HOST}:${PG_PORT}/${db.name}?sslmode=disable` };
}

/** Drops a role made by createReaderRole, after its database is gone (the grants go with the database). */
export async function dropRole(role: string): Promise<void> {
  await psqlAsync(`drop role if exists ${role}`);
}

/** psql over TCP as the role of `connStr`; resolves with its exit status and output (SQL errors included), never rejects on them. */
export function psqlWith(connStr: string, sql: string): Promise<{ status: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-qAt', '-d', connStr, '-c', sql], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.stderr.on('data', (b: Buffer) => chunks.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? -1, output: Buffer.concat(chunks).toString() }));
  });
}

/** Server process ids of the sessions holding an advisory lock (the pg backend's state locks) in `db`. */
export async function advisoryLockHolders(db: StateDatabase): Promise<number[]> {
  const rows = await psqlAsync(`select distinct l.pid from pg_locks l join pg_database d on d.oid = l.database
    where l.locktype = 'advisory' and l.granted and d.datname = '${db.name}' order by 1`);
  return rows.map(Number);
}

/**
 * Whether a session holds the pg backend's creation lock, pg_advisory_lock(-1), in `db`: database
 * wide (every schema's lock attempt needs it for an instant). pg_locks shows -1 as 0xFFFFFFFF twice.
 */
export async function creationLockHeld(db: StateDatabase): Promise<boolean> {
  const rows = await psqlAsync(`select count(*) from pg_locks l join pg_database d on d.oid = l.database
    where l.locktype = 'advisory' and l.granted and d.datname = '${db.name}' and l.classid = 4294967295 and l.objid = 4294967295`);
  return Number(rows[0]) > 0;
}

/** The state row of a schema: its id (the advisory lock key) and the resources it records. */
export async function stateRow(db: StateDatabase, schema: string, workspace = 'default'): Promise<{ id: number; state: any } | undefined> {
  const rows = await psqlAsync(`select id || '|' || encode(convert_to(data, 'UTF8'), 'base64') from "${schema}".states where name = '${workspace}'`, db.name);
  if (rows.length === 0) return undefined;
  const [id, ...b64] = rows.join('').split('|');
  return { id: Number(id), state: JSON.parse(Buffer.from(b64.join(''), 'base64').toString('utf8')) };
}

/** Managed resource instances in a state document, as `type.name[index]`. */
export function stateAddresses(state: any): string[] {
  const out: string[] = [];
  for (const r of state?.resources ?? []) {
    if (r.mode !== 'managed') continue;
    for (const i of r.instances ?? []) out.push(`${r.type}.${r.name}${i.index_key === undefined ? '' : `[${JSON.stringify(i.index_key)}]`}`);
  }
  return out.sort();
}

/** IDs of the VMs a state document records. */
export function stateVmIds(state: any): number[] {
  const out: number[] = [];
  for (const r of state?.resources ?? []) {
    if (r.mode === 'managed' && r.type === 'opennebula_virtual_machine') for (const i of r.instances) out.push(Number(i.attributes.id));
  }
  return out.sort((a, b) => a - b);
}

// ------------------------------------------------------------------------------------------
// OpenTofu runs that can be observed and killed

export interface Run {
  readonly child: ChildProcess;
  readonly started: number;
  readonly done: Promise<{ status: number; signal: NodeJS.Signals | null; output: string; seconds: number; ended: number }>;
  /** stdout and stderr so far. */
  output(): string;
}

/**
 * Starts `tofu <args>` in `cwd` in its own process group (so that what it starts, the provider
 * and the readiness gates, can be cleaned up after a SIGKILL of tofu alone).
 */
export function startTofu(cwd: string, args: string[], env: NodeJS.ProcessEnv): Run {
  const started = Date.now();
  const child = spawn(path.join(TOOLS, 'bin', 'tofu'), args, {
    cwd,
    detached: true,
    env: {
      ...process.env,
      TF_CLI_CONFIG_FILE: path.join(TOOLS, 'tofurc'),
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      CDKTF_OPENNEBULA_CLI: CLI,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => chunks.push(b));
  child.stderr!.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<{ status: number; signal: NodeJS.Signals | null; output: string; seconds: number; ended: number }>((resolve) => {
    child.on('close', (code, signal) => {
      const ended = Date.now();
      resolve({ status: code ?? -1, signal, output: Buffer.concat(chunks).toString('utf8'), seconds: (ended - started) / 1000, ended });
    });
  });
  return { child, started, output: () => Buffer.concat(chunks).toString('utf8'), done };
}

/** SIGKILL to what is left of a run's process group (the provider, gate commands); ignores a group already gone. */
export function killGroup(run: Run): void {
  try {
    process.kill(-run.child.pid!, 'SIGKILL');
  } catch {
    // gone
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` every `everyMs` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 120_000, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

// ------------------------------------------------------------------------------------------
// A consumer of a service's outputs (the load balancer's stack)

/**
 * The load balancer's stack: reads `service`'s outputs (its members and its HAProxy backend) from
 * the service's state in PostgreSQL through SharedState.remoteState, and outputs them. Its own
 * state stays local (in its working directory): the test's reader role may only read.
 */
export function consumerDocument(service: string): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'production_lb');
  const remote = SharedState.remoteState(stack, service, { zone: 'production', service });
  new TerraformOutput(stack, 'members', { value: remote.get(`${service}_members`) });
  new TerraformOutput(stack, 'haproxy_backend', { value: remote.getString(`${service}_haproxy_backend`) });
  const synthesized = JSON.parse(JSON.stringify(stack.toTerraform()));
  // No backend (cdktf adds its local one, an absolute path, only at app synthesis): terraform.tfstate here.
  if (synthesized.terraform?.backend !== undefined) throw new Error(`consumerDocument: the stack has a backend (${JSON.stringify(synthesized.terraform.backend)}); its state must stay local`);
  return synthesized;
}

// ------------------------------------------------------------------------------------------
// A second service in the production zone: a stack of its own

/** One HaService stack (one zone, two datacenters of the seed) with its state in `cdktf_opennebula_production__<service>`. */
export function serviceDocument(endpoint: string, service: string, instances = 2): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, `production_${service}`);
  SharedState.postgres(stack, { zone: 'production', service });
  const zone = new OpenNebulaZone(stack, 'production', { name: 'production', endpoint });
  const dc1 = new Datacenter(stack, 'dc1', { zone, clusterId: 100, networkId: 10, imageId: 20 });
  const dc2 = new Datacenter(stack, 'dc2', { zone, clusterId: 101, networkId: 11, imageId: 21 });
  new HaService(stack, service, {
    zone, datacenters: [dc1, dc2], instances, size: { cpu: 1, vcpu: 2, memoryMb: 2048, diskMb: 10240 },
  });
  const synthesized = JSON.parse(JSON.stringify(stack.toTerraform()));
  return { ...portable(synthesized), terraform: synthesized.terraform };
}
