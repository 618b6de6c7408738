/**
 * Shared state tier: the seed stack keeps its state in a real PostgreSQL 15 (the live tier's,
 * scripts/live/up.sh) through OpenTofu's pg backend (SharedState.postgres), applied with the real
 * provider against the OpenNebula stand-in. Shown and measured here:
 *   - the state is one row of the stack's own schema, nothing on the applying machine;
 *   - two applies of one stack at once: without -lock-timeout the second fails with the lock
 *     error, with it the second waits for the first, and the state stays whole;
 *   - an apply killed with SIGKILL: what happens to the lock (PostgreSQL ends the session and
 *     its advisory lock) and to the resources created since the last state snapshot;
 *   - a holder that hangs (SIGSTOP): the lock stays, `tofu force-unlock` cannot release it, ending
 *     the holder's session (pg_terminate_backend) does;
 *   - every lock attempt briefly takes a creation lock shared by the whole database: an attempt
 *     at that instant fails without -lock-timeout; a new stack's first apply holds it throughout;
 *   - two different stacks apply at the same time without waiting for each other;
 *   - an administrator ends a running apply's session (pg_terminate_backend): the lock goes at
 *     once, the apply runs on until it next writes the state; the recovery, and the state after it;
 *   - a load balancer's stack reads the service's members and HAProxy backend through
 *     SharedState.remoteState with a role that has only USAGE and SELECT on the service's schema,
 *     and that role cannot write the state (SQL, tofu init, tofu state push).
 * Each figure is printed at the end. A database and a role of its own, dropped after.
 *
 * Needs root, PostgreSQL on 127.0.0.1:5432 and the real provider in .tools/; otherwise skipped
 * loudly (REQUIRE_SHARED_STATE=1: fails). Its own tier, shared-state, in scripts/test-tiers.sh.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  ReaderRole, Run, StateDatabase, advisoryLockHolders, consumerDocument, createReaderRole, createStateDatabase, creationLockHeld, dropRole,
  dropStateDatabase, killGroup, psqlAsync, psqlWith, serviceDocument, sleep, startTofu, stateAddresses, stateRow, stateTierMissing, stateVmIds,
  waitFor,
} from './support';
import { startStandIn, StandIn } from '../../standin/server';
import { Guests, standInGuests } from '../plan/guests';
import { SeedVariant, seedDocument } from '../plan/support';
import { describeTier } from '../support/tier';

const STEP_TIMEOUT = 15 * 60 * 1000;
const CLOCK = () => 1735689600;
const CREDENTIALS = { TF_VAR_production_opennebula_username: 'oneadmin', TF_VAR_production_opennebula_password: 'stand-in-password' };
const SEED_SCHEMA = 'cdktf_opennebula_production__my_service';
const OTHER = 'other_service';
const OTHER_SCHEMA = `cdktf_opennebula_production__${OTHER}`;
const THIRD = 'third_service';
const THIRD_SCHEMA = `cdktf_opennebula_production__${THIRD}`;
const GUEST_BOOT_SECONDS = 2;

describeTier('shared-state tier: the seed stack in PostgreSQL (pg backend), locks, concurrent applies, remote state', {
  missing: stateTierMissing(),
  requireVariable: 'REQUIRE_SHARED_STATE',
  failingTitle: 'has PostgreSQL and the real provider',
  what: 'The shared-state tier (PostgreSQL locking)',
}, () => {
  let standIn: StandIn;
  let guests: Guests;
  let db: StateDatabase;
  let reader: ReaderRole | undefined;
  let root: string;
  const figures: Array<[string, string]> = [];
  const runs: Run[] = [];

  /** One working directory per pipeline run: same stack, separate checkouts. */
  const dirs: { [name: string]: string } = {};
  const env = () => ({ ...CREDENTIALS, PG_CONN_STR: db.connStr });
  const tofu = (dir: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Run => {
    const [command, ...rest] = args;
    // force-unlock and the state subcommands take neither -input nor -no-color.
    const flags = ['init', 'plan', 'apply', 'destroy'].includes(command) ? ['-input=false', '-no-color'] : [];
    const run = startTofu(dirs[dir], [command, ...flags, ...rest], { ...env(), ...extraEnv });
    runs.push(run);
    return run;
  };
  const ok = async (run: Run, what: string) => {
    const result = await run.done;
    if (result.status !== 0) throw new Error(`${what} exited ${result.status}${result.signal ? ` (${result.signal})` : ''}:\n${result.output}`);
    return result;
  };
  const writeSeed = (dir: string, variant: SeedVariant) => {
    fs.writeFileSync(path.join(dirs[dir], 'main.tf.json'), JSON.stringify(
      seedDocument(standIn.url, { ...variant, state: { zone: 'production', service: 'my_service' } }), null, 2));
  };
  const runningVms = (prefix: string) => standIn.state().vms.filter((vm) => vm.state !== 'DONE' && vm.name.startsWith(prefix));
  const seedState = async () => (await stateRow(db, SEED_SCHEMA))!.state;

  beforeAll(async () => {
    db = await createStateDatabase();
    standIn = await startStandIn({ port: 0, clock: CLOCK, transientPolls: 1 });
    guests = new Guests(standInGuests(standIn), GUEST_BOOT_SECONDS);
    guests.start();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-state-'));
    for (const name of ['a', 'b', 'c', 'other', 'third', 'lb', 'reader']) {
      dirs[name] = path.join(root, name);
      fs.mkdirSync(dirs[name]);
    }
  }, STEP_TIMEOUT);

  afterAll(async () => {
    for (const run of runs) killGroup(run);
    if (figures.length > 0) {
      const width = Math.max(...figures.map(([k]) => k.length));
      // eslint-disable-next-line no-console
      console.log(`shared state in PostgreSQL 15 (pg backend, OpenTofu 1.9.1, provider 1.5.0, stand-in):\n${figures
        .map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}`);
    }
    guests?.stop();
    await standIn?.close();
    if (db) await dropStateDatabase(db);
    if (reader) await dropRole(reader.role);
    if (root) fs.rmSync(root, { recursive: true, force: true });
  }, STEP_TIMEOUT);

  it('applies the seed with the pg backend: the state is one row of its own schema, no state file on the machine', async () => {
    for (const dir of ['a', 'b', 'c']) writeSeed(dir, {});
    const written = JSON.parse(fs.readFileSync(path.join(dirs.a, 'main.tf.json'), 'utf8'));
    expect(written.terraform.backend).toEqual({ pg: { schema_name: SEED_SCHEMA } });
    // Every checkout initializes against the same schema (the first creates it).
    for (const dir of ['a', 'b', 'c']) await ok(tofu(dir, ['init']), `tofu init (${dir})`);
    const apply = await ok(tofu('a', ['apply', '-auto-approve']), 'tofu apply');
    figures.push(['first apply of the seed (12 resources)', `${apply.seconds.toFixed(1)} s`]);

    const row = await stateRow(db, SEED_SCHEMA);
    expect(row).toBeDefined();
    expect(stateAddresses(row!.state).filter((a) => !a.startsWith('terraform_data.'))).toHaveLength(8);
    expect(stateAddresses(row!.state)).toHaveLength(12);
    expect(stateVmIds(row!.state)).toEqual(runningVms('my-service-').map((vm) => vm.id).sort((x, y) => x - y));
    for (const dir of ['a', 'b', 'c']) expect(fs.existsSync(path.join(dirs[dir], 'terraform.tfstate'))).toBe(false);
    const tables = await psqlAsync('select table_schema || \'.\' || table_name from information_schema.tables where table_name = \'states\' order by 1', db.name);
    expect(tables).toEqual([`${SEED_SCHEMA}.states`]);

    // Another checkout sees the same state: nothing to do.
    const plan = await tofu('b', ['plan', '-detailed-exitcode']).done;
    expect({ status: plan.status, output: plan.status === 0 ? '' : plan.output }).toEqual({ status: 0, output: '' });
  }, STEP_TIMEOUT);

  it('two applies of one stack at once: the second fails with the lock error, or waits with -lock-timeout; the state stays whole', async () => {
    for (const dir of ['a', 'b', 'c']) writeSeed(dir, { instances: 3 });
    const before = await advisoryLockHolders(db);
    expect(before).toEqual([]);

    const first = tofu('a', ['apply', '-auto-approve']);
    const holder = await waitFor('the first apply to hold the lock', async () => {
      const pids = await advisoryLockHolders(db);
      return pids.length > 0 ? pids : undefined;
    });

    // Without -lock-timeout: refused at once, with the lock error.
    const refused = await tofu('b', ['apply', '-auto-approve']).done;
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('Error acquiring the state lock');
    expect(refused.output).toContain('Workspace is already locked: default');
    figures.push(['second apply, no -lock-timeout', `refused after ${refused.seconds.toFixed(1)} s: "Workspace is already locked: default"`]);

    // With -lock-timeout: waits for the first, then finds nothing left to do.
    const waiting = tofu('c', ['apply', '-auto-approve', '-lock-timeout=10m']);
    const firstDone = await ok(first, 'first apply');
    const acquired = await waitFor('the waiting apply to take the lock', async () => {
      const pids = (await advisoryLockHolders(db)).filter((p) => !holder.includes(p));
      return pids.length > 0 ? Date.now() : undefined;
    }, 60_000, 50).catch(() => undefined);
    const second = await ok(waiting, 'apply with -lock-timeout');
    expect(second.output).toMatch(/No changes|0 added, 0 changed, 0 destroyed/);
    const lockWait = ((acquired ?? second.ended) - waiting.started) / 1000;
    figures.push(['first apply (scale-out 2 -> 3)', `${firstDone.seconds.toFixed(1)} s`]);
    figures.push(['second apply -lock-timeout=10m: waited for the lock', `${lockWait.toFixed(1)} s (of which ${(((acquired ?? second.ended) - firstDone.ended) / 1000).toFixed(1)} s after the first released it: OpenTofu retries after 1, 2, 4, 8, 16 s)`]);
    figures.push(['second apply total', `${second.seconds.toFixed(1)} s, "No changes"`]);
    expect(lockWait).toBeGreaterThan(0);
    expect(second.ended).toBeGreaterThan(firstDone.ended);

    // The state is whole: 6 VMs, each running once, each in the state; every checkout plans nothing.
    const state = await seedState();
    expect(stateAddresses(state)).toHaveLength(14);
    expect(runningVms('my-service-').map((vm) => vm.name).sort()).toEqual(
      ['dc1-1', 'dc1-2', 'dc1-3', 'dc2-1', 'dc2-2', 'dc2-3'].map((n) => `my-service-${n}`));
    expect(stateVmIds(state)).toEqual(runningVms('my-service-').map((vm) => vm.id).sort((x, y) => x - y));
    for (const dir of ['a', 'b', 'c']) {
      const plan = await tofu(dir, ['plan', '-detailed-exitcode']).done;
      expect({ dir, status: plan.status }).toEqual({ dir, status: 0 });
    }
  }, STEP_TIMEOUT);

  it('an apply killed with SIGKILL: PostgreSQL releases the lock with the session; what it created since the last snapshot is not in the state', async () => {
    writeSeed('a', { instances: 4 });
    const vmsBefore = new Set(runningVms('my-service-').map((vm) => vm.id));
    const apply = tofu('a', ['apply', '-auto-approve']);
    await waitFor('the apply to hold the lock', async () => ((await advisoryLockHolders(db)).length > 0 ? true : undefined));
    // Kill tofu (only tofu) once it has created a VM: mid-apply.
    await waitFor('a new VM', () => (runningVms('my-service-').some((vm) => !vmsBefore.has(vm.id)) ? true : undefined), 120_000, 20);
    const killedAt = Date.now();
    apply.child.kill('SIGKILL');
    const killed = await apply.done;
    expect(killed.signal).toBe('SIGKILL');
    const released = await waitFor('the lock to be released', async () => ((await advisoryLockHolders(db)).length === 0 ? Date.now() : undefined), 60_000, 20);
    killGroup(apply); // the provider and any gate command tofu had started
    figures.push(['SIGKILL of tofu mid-apply: lock released by PostgreSQL after', `${((released - killedAt) / 1000).toFixed(2)} s (the session ends with the process; no force-unlock needed)`]);

    // The next run takes the lock at once, without -lock-timeout.
    const plan = await tofu('a', ['plan', '-detailed-exitcode', '-lock-timeout=0s']).done;
    expect(plan.output).not.toContain('Error acquiring the state lock');

    // What the killed apply created and the state does not record (it persists a snapshot every 20 s at most).
    const recorded = new Set(stateVmIds(await seedState()));
    const orphans = runningVms('my-service-').filter((vm) => !vmsBefore.has(vm.id) && !recorded.has(vm.id));
    figures.push(['VMs created by the killed apply, not in the state', orphans.length === 0 ? 'none' : orphans.map((vm) => `${vm.name} (id ${vm.id})`).join(', ')]);
    // Recovery of orphans: terminate them (or `tofu import` them), then apply. Here: terminate.
    for (const vm of orphans) {
      const [done, detail] = standIn.oned.call('one.vm.action', ['oneadmin:test', 'terminate-hard', vm.id]);
      expect({ vm: vm.name, done, detail }).toEqual({ vm: vm.name, done: true, detail: expect.anything() });
    }
    await waitFor('orphans DONE', () => (orphans.every((o) => standIn.state().vms.find((vm) => vm.id === o.id)?.state === 'DONE') ? true : undefined), 60_000, 200);
    const rerun = await ok(tofu('a', ['apply', '-auto-approve']), 'apply after the kill');
    figures.push(['apply after the kill (completes the scale-out)', `${rerun.seconds.toFixed(1)} s`]);
    const state = await seedState();
    expect(stateVmIds(state)).toEqual(runningVms('my-service-').map((vm) => vm.id).sort((x, y) => x - y));
    expect(runningVms('my-service-')).toHaveLength(8);
    const after = await tofu('a', ['plan', '-detailed-exitcode']).done;
    expect(after.status).toBe(0);
  }, STEP_TIMEOUT);

  it('a holder that hangs keeps the lock: force-unlock cannot release it, ending its PostgreSQL session does', async () => {
    writeSeed('a', { instances: 3 });
    const apply = tofu('a', ['apply', '-auto-approve']);
    const [holderPid] = await waitFor('the apply to hold the lock', async () => {
      const pids = await advisoryLockHolders(db);
      return pids.length > 0 ? pids : undefined;
    });
    // A runner that hangs (a frozen VM, a network partition that keeps the TCP session): SIGSTOP.
    apply.child.kill('SIGSTOP');
    const stoppedAt = Date.now();
    await sleep(1000);
    expect(await advisoryLockHolders(db)).toEqual([holderPid]);

    const refused = await tofu('b', ['plan', '-lock-timeout=0s']).done;
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('Workspace is already locked: default');
    const id = /Lock Info:\s*\n\s*ID:\s*([0-9a-f-]{36})/.exec(refused.output)?.[1];
    expect(id).toBeDefined();
    // The ID in the error is the one the refused run generated for itself: the pg backend keeps no
    // lock record, so force-unlock of it (in another process) does nothing to the holder's lock.
    const forced = await tofu('b', ['force-unlock', '-force', id!]).done;
    figures.push(['force-unlock -force <id from the error>', `exit ${forced.status}: ${JSON.stringify(forced.output.replace(/\x1b\[[0-9;]*m/g, '').trim())}`]);
    expect(forced.output).not.toContain('Usage:');
    await sleep(500);
    expect(await advisoryLockHolders(db)).toEqual([holderPid]);
    const stillRefused = await tofu('b', ['plan', '-lock-timeout=0s']).done;
    expect(stillRefused.output).toContain('Workspace is already locked: default');

    // Recovery: end the holder's session (after making sure its runner is gone for good).
    const recoveryStarted = Date.now();
    const [terminated] = await psqlAsync(`select pg_terminate_backend(${holderPid})`);
    expect(terminated).toBe('t');
    const released = await waitFor('the lock to be released', async () => ((await advisoryLockHolders(db)).length === 0 ? Date.now() : undefined), 30_000, 20);
    const plan = await tofu('b', ['plan', '-detailed-exitcode', '-lock-timeout=0s']).done;
    expect(plan.output).not.toContain('Error acquiring the state lock');
    figures.push(['hung holder: lock held after', `${((recoveryStarted - stoppedAt) / 1000).toFixed(1)} s, until pg_terminate_backend(${holderPid}); released ${((released - recoveryStarted) / 1000).toFixed(2)} s after`]);
    // The hung run itself: it cannot write the state any more (its session is gone); end it.
    apply.child.kill('SIGKILL');
    apply.child.kill('SIGCONT');
    await apply.done;
    killGroup(apply);
    // The state is as the last complete apply left it, or records the hung run's work: apply converges.
    writeSeed('b', { instances: 4 });
    await ok(tofu('b', ['apply', '-auto-approve']), 'apply after the recovery');
    expect(stateVmIds(await seedState())).toEqual(runningVms('my-service-').map((vm) => vm.id).sort((x, y) => x - y));
  }, STEP_TIMEOUT);

  it('every stack of a database briefly takes one shared creation lock when it locks: a lock attempt during another\'s fails without -lock-timeout', async () => {
    // The pg backend takes pg_try_advisory_lock(<state row id>) and pg_try_advisory_lock(-1) in one
    // query, then releases -1. Advisory locks are database-wide: -1 is shared by every schema.
    const holder = psqlAsync('select pg_advisory_lock(-1), pg_sleep(4)', db.name);
    await waitFor('the creation lock held', async () => ((await advisoryLockHolders(db)).length > 0 ? true : undefined), 10_000, 50);
    const refused = await tofu('b', ['plan', '-lock-timeout=0s']).done;
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('Cannot lock workspace; already locked for workspace creation');
    const started = Date.now();
    const waited = await tofu('b', ['plan', '-lock-timeout=2m']).done;
    await holder;
    expect(waited.status).toBe(0);
    figures.push(['another stack taking its lock (creation lock -1 held 4 s)', `-lock-timeout=0s: refused, "already locked for workspace creation"; -lock-timeout=2m: plan done after ${((Date.now() - started) / 1000).toFixed(1)} s`]);
  }, STEP_TIMEOUT);

  it('a new stack\'s first apply holds the creation lock throughout: no other stack of the database can lock meanwhile', async () => {
    fs.writeFileSync(path.join(dirs.third, 'main.tf.json'), JSON.stringify(serviceDocument(standIn.url, THIRD), null, 2));
    await ok(tofu('third', ['init']), 'tofu init (third stack)');
    // tofu init writes no state row for the default workspace: the first lock takes the -1 path.
    expect(await stateRow(db, THIRD_SCHEMA)).toBeUndefined();
    const first = tofu('third', ['apply', '-auto-approve']);
    await waitFor('the creation lock', async () => ((await creationLockHeld(db)) ? true : undefined));
    const refused = await tofu('b', ['plan', '-lock-timeout=0s']).done;
    expect(first.child.exitCode).toBeNull();
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('Cannot lock workspace; already locked for workspace creation');
    expect(await creationLockHeld(db)).toBe(true);
    const done = await ok(first, 'first apply of the third stack');
    expect(await creationLockHeld(db)).toBe(false);
    figures.push(['a new stack\'s first apply (12 resources)', `${done.seconds.toFixed(1)} s holding the database-wide creation lock; the seed's plan was refused meanwhile`]);
  }, STEP_TIMEOUT);

  it('two different stacks (two schemas) apply at the same time without waiting for each other', async () => {
    fs.writeFileSync(path.join(dirs.other, 'main.tf.json'), JSON.stringify(serviceDocument(standIn.url, OTHER), null, 2));
    await ok(tofu('other', ['init']), 'tofu init (other stack)');
    // The state row first (as a new stack's pipeline should): an empty refresh-only apply holds the creation lock for an instant only.
    const seeded = await ok(tofu('other', ['apply', '-refresh-only', '-auto-approve']), 'refresh-only apply (other stack)');
    expect(await stateRow(db, OTHER_SCHEMA)).toBeDefined();
    figures.push(['a new stack\'s state row written by `tofu apply -refresh-only -auto-approve`', `${seeded.seconds.toFixed(1)} s`]);
    writeSeed('a', { instances: 5 });

    let both = false;
    // -lock-timeout: both lock at the same instant, so one may meet the other's creation lock (above) and retry after 1 s.
    const seed = tofu('a', ['apply', '-auto-approve', '-lock-timeout=2m']);
    const other = tofu('other', ['apply', '-auto-approve', '-lock-timeout=2m']);
    const watch = (async () => {
      while (seed.child.exitCode === null || other.child.exitCode === null) {
        if ((await advisoryLockHolders(db)).length >= 2) both = true;
        await sleep(100);
      }
    })();
    const [a, b] = await Promise.all([ok(seed, 'seed apply'), ok(other, 'other stack apply')]);
    await watch;
    expect(a.output + b.output).not.toContain('Error acquiring the state lock');
    expect(both).toBe(true);
    const overlap = (Math.min(a.ended, b.ended) - Math.max(seed.started, other.started)) / 1000;
    figures.push(['two stacks at once: seed (scale-out 4 -> 5)', `${a.seconds.toFixed(1)} s`]);
    figures.push(['two stacks at once: other_service (create, 12 resources)', `${b.seconds.toFixed(1)} s`]);
    figures.push(['two stacks at once: both held their lock at the same time', `yes; overlap ${overlap.toFixed(1)} s`]);
    figures.push(['two stacks at once: started', `${Math.abs(seed.started - other.started)} ms apart`]);
    expect(overlap).toBeGreaterThan(0);

    expect(stateVmIds((await stateRow(db, OTHER_SCHEMA))!.state)).toEqual(runningVms('other-service-').map((vm) => vm.id).sort((x, y) => x - y));
    expect(runningVms('other-service-')).toHaveLength(4);
    expect(stateVmIds(await seedState())).toEqual(runningVms('my-service-').map((vm) => vm.id).sort((x, y) => x - y));
  }, STEP_TIMEOUT);

  it('an apply whose PostgreSQL session is terminated (pg_terminate_backend): the lock goes at once while tofu runs on; recovery leaves the state whole', async () => {
    writeSeed('a', { instances: 6 });
    const vmsBefore = new Set(runningVms('my-service-').map((vm) => vm.id));
    const apply = tofu('a', ['apply', '-auto-approve']);
    const [holderPid] = await waitFor('the apply to hold the lock', async () => {
      const pids = await advisoryLockHolders(db);
      return pids.length > 0 ? pids : undefined;
    });
    await waitFor('a new VM', () => (runningVms('my-service-').some((vm) => !vmsBefore.has(vm.id)) ? true : undefined), 120_000, 20);
    // An administrator ends the apply's session (as for a hung holder), but this apply is alive.
    const terminatedAt = Date.now();
    const [terminated] = await psqlAsync(`select pg_terminate_backend(${holderPid})`);
    expect(terminated).toBe('t');
    const released = await waitFor('the lock to be released', async () => ((await advisoryLockHolders(db)).length === 0 ? Date.now() : undefined), 30_000, 20);
    // The lock is gone, the apply is not: tofu only learns of it when it next writes the state.
    expect(apply.child.exitCode).toBeNull();
    figures.push(['pg_terminate_backend of a running apply: lock released after', `${((released - terminatedAt) / 1000).toFixed(2)} s; tofu still running`]);
    const intruder = await tofu('b', ['plan', '-lock-timeout=0s']).done;
    expect(intruder.output).not.toContain('Error acquiring the state lock');
    expect(intruder.status).toBe(0);
    const overlapped = apply.child.exitCode === null;
    figures.push(['  meanwhile another checkout took the lock', `plan done ${((intruder.ended - terminatedAt) / 1000).toFixed(1)} s after the termination; the apply was ${overlapped ? 'still running' : 'done'} by then`]);

    const ended = await apply.done;
    killGroup(apply);
    const clean = ended.output.replace(/\x1b\[[0-9;]*m/g, '');
    const error = clean.split('\n').find((l) => /Error|error/.test(l))?.replace(/^[│\s]+/, '').trim();
    figures.push(['  the terminated apply ended', `after ${ended.seconds.toFixed(1)} s, exit ${ended.status}${error ? `: ${JSON.stringify(error)}` : ''}`]);
    // When the last write failed, OpenTofu leaves the state it could not save as errored.tfstate: push it.
    const errored = path.join(dirs.a, 'errored.tfstate');
    const hadErrored = fs.existsSync(errored);
    if (hadErrored) {
      await ok(tofu('a', ['state', 'push', 'errored.tfstate']), 'tofu state push errored.tfstate');
      fs.rmSync(errored);
    }
    figures.push(['  errored.tfstate written (and pushed)', hadErrored ? 'yes' : 'no']);
    const recorded = new Set(stateVmIds(await seedState()));
    const orphans = runningVms('my-service-').filter((vm) => !recorded.has(vm.id));
    figures.push(['  VMs it created that the state does not record', orphans.length === 0 ? 'none' : orphans.map((vm) => `${vm.name} (id ${vm.id})`).join(', ')]);
    for (const vm of orphans) {
      const [done, detail] = standIn.oned.call('one.vm.action', ['oneadmin:test', 'terminate-hard', vm.id]);
      expect({ vm: vm.name, done, detail }).toEqual({ vm: vm.name, done: true, detail: expect.anything() });
    }
    await waitFor('orphans DONE', () => (orphans.every((o) => standIn.state().vms.find((vm) => vm.id === o.id)?.state === 'DONE') ? true : undefined), 60_000, 200);

    // The next apply takes the lock at once and completes the scale-out; then nothing is left to do.
    const rerun = await ok(tofu('a', ['apply', '-auto-approve', '-lock-timeout=0s']), 'apply after the termination');
    expect(rerun.output).not.toContain('Error acquiring the state lock');
    const summary = /No changes\.|Apply complete! Resources: [^\n]*/.exec(rerun.output)?.[0] ?? '?';
    figures.push(['  the next apply (takes the lock at once)', `${rerun.seconds.toFixed(1)} s: ${summary}`]);
    expect(runningVms('my-service-')).toHaveLength(12);
    expect(stateVmIds(await seedState())).toEqual(runningVms('my-service-').map((vm) => vm.id).sort((x, y) => x - y));
    const after = await tofu('a', ['plan', '-detailed-exitcode']).done;
    expect({ status: after.status, output: after.status === 0 ? '' : after.output }).toEqual({ status: 0, output: '' });
  }, STEP_TIMEOUT);

  it('another stack reads the members and the HAProxy backend through SharedState.remoteState with a role that may only read; that role cannot write the state', async () => {
    reader = await createReaderRole(db, SEED_SCHEMA);
    const asReader = { PG_CONN_STR: reader.connStr };
    const privileges = await psqlAsync(`select has_schema_privilege('${reader.role}', 'public', 'CREATE') || '|'
      || has_schema_privilege('${reader.role}', '${SEED_SCHEMA}', 'USAGE') || '|' || has_schema_privilege('${reader.role}', '${SEED_SCHEMA}', 'CREATE') || '|'
      || has_table_privilege('${reader.role}', '${SEED_SCHEMA}.states', 'SELECT') || '|' || has_table_privilege('${reader.role}', '${SEED_SCHEMA}.states', 'INSERT,UPDATE,DELETE')`, db.name);
    // public CREATE | schema USAGE | schema CREATE | SELECT | INSERT/UPDATE/DELETE
    expect(privileges).toEqual(['false|true|false|true|false']);

    fs.writeFileSync(path.join(dirs.lb, 'main.tf.json'), JSON.stringify(consumerDocument('my_service'), null, 2));
    await ok(tofu('lb', ['init'], asReader), 'tofu init (consumer stack, reader role)');
    const applied = await ok(tofu('lb', ['apply', '-auto-approve'], asReader), 'tofu apply (consumer stack, reader role)');
    const read = JSON.parse(fs.readFileSync(path.join(dirs.lb, 'terraform.tfstate'), 'utf8')).outputs;
    const service = (await seedState()).outputs;
    expect(read.members.value).toEqual(service.my_service_members.value);
    expect(read.haproxy_backend.value).toBe(service.my_service_haproxy_backend.value);
    // The real values: one member per running VM, at the address the stand-in leased it.
    const running = runningVms('my-service-');
    const members = read.members.value as Array<{ name: string; ip: string; port: number }>;
    expect(members.map((m) => `${m.name} ${m.ip}`).sort()).toEqual(running.map((vm) => `${vm.name} ${vm.ip}`).sort());
    for (const m of members) {
      expect(m.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(read.haproxy_backend.value).toContain(`${m.ip}:8080`);
    }
    const replan = await tofu('lb', ['plan', '-detailed-exitcode'], asReader).done;
    expect({ status: replan.status, output: replan.status === 0 ? '' : replan.output }).toEqual({ status: 0, output: '' });
    figures.push(['remote state read by a USAGE+SELECT role', `apply ${applied.seconds.toFixed(2)} s: ${members.length} members and the HAProxy backend, equal to the service's outputs`]);

    // The reader cannot write: not with SQL...
    const before = (await stateRow(db, SEED_SCHEMA))!;
    const sql = await psqlWith(reader.connStr, `update "${SEED_SCHEMA}".states set data = data`);
    expect(sql.status).not.toBe(0);
    expect(sql.output).toContain('permission denied for table states');
    // ...nor with OpenTofu: in the service's own configuration its init cannot even create the id sequence,
    writeSeed('reader', { instances: 6 });
    const init = await tofu('reader', ['init'], asReader).done;
    expect(init.status).toBe(1);
    expect(init.output).toContain('permission denied for schema public');
    // and with every creation skipped it can read the state, but pushing one is refused by PostgreSQL.
    await ok(tofu('reader', ['init', '-reconfigure', '-backend-config=skip_schema_creation=true', '-backend-config=skip_table_creation=true',
      '-backend-config=skip_index_creation=true'], asReader), 'tofu init (reader role, creation skipped)');
    // What a load balancer's pipeline would run in the service's stack directory: reads, no write.
    const output = await ok(tofu('reader', ['output', '-json', 'my_service_haproxy_backend'], asReader), 'tofu output (reader role)');
    expect(JSON.parse(output.output)).toBe(service.my_service_haproxy_backend.value);
    const pulled = JSON.parse((await ok(tofu('reader', ['state', 'pull'], asReader), 'tofu state pull (reader role)')).output);
    expect(pulled.serial).toBe(before.state.serial);
    fs.writeFileSync(path.join(dirs.reader, 'changed.tfstate'), JSON.stringify({ ...pulled, serial: pulled.serial + 1 }));
    const push = await tofu('reader', ['state', 'push', '-force', 'changed.tfstate'], asReader).done;
    expect(push.status).toBe(1);
    expect(push.output).toContain('permission denied for table states');
    const after = (await stateRow(db, SEED_SCHEMA))!;
    expect({ id: after.id, serial: after.state.serial }).toEqual({ id: before.id, serial: before.state.serial });
    expect(await advisoryLockHolders(db)).toEqual([]);
    const pushError = push.output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.includes('permission denied'))?.replace(/^[│\s]+/, '').trim();
    figures.push(['writes by the reader role', `SQL UPDATE: ${JSON.stringify(sql.output.trim())}; tofu init without skip_*: "permission denied for schema public"; tofu state push -force: exit 1, ${JSON.stringify(pushError)}`]);
  }, STEP_TIMEOUT);

  it('destroys both stacks; the states stay as empty rows', async () => {
    await ok(tofu('a', ['destroy', '-auto-approve', '-lock-timeout=2m']), 'destroy seed');
    await ok(tofu('other', ['destroy', '-auto-approve', '-lock-timeout=2m']), 'destroy other');
    await ok(tofu('third', ['destroy', '-auto-approve', '-lock-timeout=2m']), 'destroy third');
    expect(stateAddresses(await seedState())).toEqual([]);
    expect(standIn.state().vms.filter((vm) => vm.state !== 'DONE')).toEqual([]);
  }, STEP_TIMEOUT);
});
