/**
 * The live registration tier: the seed example's production stack, as the library synthesizes it,
 * enrolled in a real Puppet CA (policy autosigning), PuppetDB and HAProxy on loopback.
 *
 * Needs the live stack (`sudo bash scripts/live/up.sh`); skipped with a warning without it, and a
 * failure under REQUIRE_LIVE=1. The tests run in order and build on each other: (1) enrols the four
 * members every later test uses, (7) brings back the one (6) retired, (8) replaces all four.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Balancer, Reload, Stream, drive } from './balancer';
import { Member, startMember } from './member';
import { CHALLENGE_VARIABLE, ResolvedVm, SynthesizedVm, liveSeedDocument, outputValue, resolveVmReferences, synthesizedVms } from './seed';
import {
  PUPPETDB, SERVER, autosignLog, caForget, caList, caSigned, challengePassword, describeLive, freePort, pdbDeactivate, pdbInventory, pdbQuery,
  serverLogLines, serviceLogs, sleep, waitFor,
} from './stack';
import { retireCommand } from '../../src/cli/retire';
import { pqlForService } from '../../src/registration';

const SERVICE = 'my_service';
const ENVIRONMENT = 'production';
/** Certnames this tier may create, whatever the certname scheme: VM names of the seed service, with or without a suffix. */
const TIER_CERTNAMES = /^my-service-dc\d+-\d+(-\d+)?$/;
/** Health check timings of the seed example (haproxy defaults of the library: inter 2 s, fall 3, rise 2). */
const INTER = 2;
const FALL = 3;
const RISE = 2;
/** The zone of the seed stack (pp_zone), as the apply passes it to `retire`. */
const ZONE = 'production';
/** `retire --drain-seconds` of the rollout in (8): the load balancer's next run must fall within it. */
const DRAIN_SECONDS = 10;
/** Bound on a datacenter's replacements reporting READY (the apply's is rollout.readyTimeoutSeconds, 900 by default). */
const READY_TIMEOUT = 240;

interface Timing {
  signed?: number;
  inPuppetDb?: number;
  inPool?: number;
  done?: number;
}

/** The first loopback address of a seed VM: 127.0.<dc>.<10 + instance>. */
function addressOf(vmName: string): string {
  const m = /dc(\d+)-(\d+)$/.exec(vmName);
  if (!m) throw new Error(`unexpected VM name ${vmName}`);
  return `127.0.${Number(m[1])}.${10 + Number(m[2])}`;
}

const seconds = (member: Member, at: number | undefined) => (at === undefined ? '-' : ((at - member.startedAt) / 1000).toFixed(1));

describeLive('live tier: the seed example enrols through the real Puppet CA into PuppetDB and HAProxy', () => {
  let secret: string;
  let servicePort: number;
  let doc: any;
  let vms: SynthesizedVm[];
  let balancer: Balancer;
  /** The current incarnation of each seed VM, by VM name. */
  const members = new Map<string, Member>();
  /** Every member started, for cleanup. */
  const started: Member[] = [];
  const timings = new Map<Member, Timing>();

  const start = async (...args: Parameters<typeof startMember>): Promise<Member> => {
    const member = await startMember(...args);
    started.push(member);
    timings.set(member, {});
    return member;
  };

  const current = (): Member[] => {
    if (members.size !== vms.length) throw new Error('the seed members did not all enrol in test (1)');
    return vms.map((vm) => members.get(vm.name)!);
  };

  const certnameOf = (member: Member): string => {
    const certname = member.enrolledAs();
    if (certname === undefined) throw new Error(`${member.options.vmName} has no enrolment marker: it did not enrol`);
    return certname;
  };

  /** The library's backend output with each VM reference replaced by its live member's values. */
  const expectedBackend = (): string => {
    const resolved: { [resource: string]: ResolvedVm } = {};
    for (const vm of vms) {
      const member = members.get(vm.name)!;
      resolved[vm.resource] = { ip: member.options.address, id: member.options.vmId, name: vm.name };
    }
    return resolveVmReferences(outputValue(doc, `${SERVICE}_haproxy_backend`), resolved);
  };

  /**
   * The load balancer's next Puppet run: the profile, then, when the rendered backend changed, a
   * graceful reload of haproxy (what `notify_service` does with a reloading service); haproxy is
   * started when it does not run.
   */
  const lbRun = async (): Promise<{ backend?: string; profileSeconds: number; reload?: Reload }> => {
    const before = balancer.backend();
    const run = await balancer.runProfile();
    if (![0, 2].includes(run.status)) throw new Error(`the profile failed (exit ${run.status}):\n${run.output}`);
    const changed = run.backend !== undefined && (run.backend !== before || !balancer.running());
    return { backend: run.backend, profileSeconds: run.seconds, reload: changed ? await balancer.reloadHaproxy() : undefined };
  };
  /** lbRun, for its backend. */
  const reconcile = async (): Promise<string | undefined> => (await lbRun()).backend;

  /** Why a member failed, with its logs and the services' logs. */
  const explain = (member: Member, what: string): string =>
    `${member.options.vmName} (VM ${member.options.vmId}): ${what}\n${member.logs()}\n\n${serviceLogs(20)}`;

  /** Deactivates every node of the tier in PuppetDB and forgets its certificates on the CA. */
  const forgetTier = async (): Promise<void> => {
    const names = new Set<string>();
    for (const row of await pdbQuery('nodes[certname] { certname ~ "^my-service-dc" }')) names.add(row.certname);
    for (const name of names) if (TIER_CERTNAMES.test(name)) await pdbDeactivate(name);
    await caForget((await caList()).map((c) => c.name).filter((name) => TIER_CERTNAMES.test(name)));
  };

  beforeAll(async () => {
    secret = challengePassword();
    servicePort = await freePort();
    doc = liveSeedDocument(servicePort, SERVER);
    vms = synthesizedVms(doc);
    balancer = new Balancer(SERVICE, ENVIRONMENT, await freePort());
    // A previous run's certificates and nodes would make the CA refuse these VMs and PuppetDB list extra members.
    const t0 = Date.now();
    await forgetTier();
    // eslint-disable-next-line no-console
    console.log(`live tier: previous runs forgotten in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, 120_000);

  afterAll(async () => {
    const problems: string[] = [];
    const t0 = Date.now();
    await Promise.all(started.map((member) => member.stop().catch((e) => problems.push(`${member.options.vmName}: ${e}`))));
    const t1 = Date.now();
    await balancer?.stop().catch((e) => problems.push(`haproxy: ${e}`));
    await forgetTier().catch((e) => problems.push(`cleanup of the CA and PuppetDB: ${e}`));
    // eslint-disable-next-line no-console
    console.log(`live tier: members stopped in ${((t1 - t0) / 1000).toFixed(1)} s, CA and PuppetDB cleaned in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }, 180_000);

  test('(1) the four members enrol concurrently through the real CA, admitted by the autosign policy, and reach PuppetDB and the HAProxy pool', async () => {
    expect(vms.map((vm) => vm.name)).toEqual(['my-service-dc1-1', 'my-service-dc1-2', 'my-service-dc2-1', 'my-service-dc2-2']);
    const enrolling = await Promise.all(vms.map((vm, i) => start({
      vmName: vm.name,
      vmId: 100 + i,
      address: addressOf(vm.name),
      context: vm.context,
      port: servicePort,
      healthPath: '/health',
      secrets: { [CHALLENGE_VARIABLE]: secret },
    })));
    enrolling.forEach((member) => members.set(member.options.vmName, member));

    const deadline = Date.now() + 240_000;
    const pending = () => enrolling.filter((m) => timings.get(m)!.inPool === undefined);
    const failed = () => enrolling.filter((m) => timings.get(m)!.done !== undefined && !m.enrolledAs());
    enrolling.forEach((m) => m.done.then(() => { timings.get(m)!.done = Date.now(); }));
    // Watches the CA and PuppetDB for each member while the load balancer's profile runs in a loop.
    const watch = async () => {
      while (pending().length > 0 && failed().length === 0 && Date.now() < deadline) {
        for (const member of enrolling) {
          const t = timings.get(member)!;
          const certname = member.certname();
          if (certname === undefined) continue;
          if (t.signed === undefined && await caSigned(certname)) t.signed = Date.now();
          if (t.signed !== undefined && t.inPuppetDb === undefined && await pdbInventory(certname) !== undefined) t.inPuppetDb = Date.now();
        }
        await sleep(500);
      }
    };
    const balance = async () => {
      while (pending().length > 0 && failed().length === 0 && Date.now() < deadline) {
        if (pending().some((m) => timings.get(m)!.inPuppetDb !== undefined)) {
          await reconcile();
          if (balancer.running()) {
            const up = new Set((await balancer.stats()).filter((s) => s.status === 'UP' && s.check.startsWith('L7OK')).map((s) => s.name));
            for (const member of pending()) {
              const certname = member.enrolledAs() ?? member.certname();
              const t = timings.get(member)!;
              if (certname !== undefined && up.has(certname) && t.inPuppetDb !== undefined) t.inPool = Date.now();
            }
          }
        }
        await sleep(1000);
      }
    };
    await Promise.all([watch(), balance()]);
    const results = await Promise.all(enrolling.map((m) => m.done));

    // eslint-disable-next-line no-console
    console.log(['live tier (1): seconds from member start', 'member            signed  in PuppetDB  in pool  script done',
      ...enrolling.map((m, i) => {
        const t = timings.get(m)!;
        return `${m.options.vmName.padEnd(17)} ${seconds(m, t.signed).padStart(6)}  ${seconds(m, t.inPuppetDb).padStart(11)}  ${seconds(m, t.inPool).padStart(7)}  ${results[i].sinceStart.toFixed(1).padStart(11)}`;
      })].join('\n'));

    const log = autosignLog();
    enrolling.forEach((member, i) => {
      if (results[i].status !== 0) throw new Error(explain(member, `the start script exited ${results[i].status}`));
      const certname = certnameOf(member);
      const t = timings.get(member)!;
      if (t.signed === undefined || t.inPuppetDb === undefined || t.inPool === undefined) {
        throw new Error(explain(member, `enrolled as ${certname} but not seen signed/in PuppetDB/in the pool within 240 s: ${JSON.stringify(t)}\n${balancer.backend()}`));
      }
      expect(results[i].output).toContain(`enrolled as ${certname}`);
      // The password (shell syntax in it: scripts/live/up.sh) served and is gone from the VM.
      expect(fs.readFileSync(path.join(member.dir, 'etc-puppet', 'csr_attributes.yaml'), 'utf8')).not.toContain('custom_attributes');
      expect(log.some((line) => line.includes(`autosign: SIGN ${certname}: challengePassword matches, pp_service=${SERVICE}, pp_environment=${ENVIRONMENT}`))).toBe(true);
    });
  }, 300_000);

  test('(2) a CSR with a wrong challenge password is refused, and so is one with a pp_service not allowed: nothing is signed', async () => {
    const dc1 = vms.find((vm) => vm.name === 'my-service-dc1-1')!;
    const wrongPassword = await start({
      vmName: 'my-service-dc1-8',
      vmId: 9008,
      address: '127.0.1.98',
      context: dc1.context,
      port: servicePort,
      healthPath: '/health',
      secrets: { [CHALLENGE_VARIABLE]: `${secret}-wrong` },
    });
    const wrongService = await start({
      vmName: 'my-service-dc1-9',
      vmId: 9009,
      address: '127.0.1.99',
      context: { ...dc1.context, SERVICE_NAME: 'not_my_service' },
      port: servicePort,
      healthPath: '/health',
      secrets: { [CHALLENGE_VARIABLE]: secret },
    });
    const [password, service] = await Promise.all([wrongPassword.done, wrongService.done]);
    await Promise.all([wrongPassword.stop(), wrongService.stop()]);

    for (const [member, result, reason] of [
      [wrongPassword, password, 'wrong challengePassword'],
      [wrongService, service, 'pp_service "not_my_service" is not allowed'],
    ] as const) {
      const certname = member.certname();
      if (certname === undefined) throw new Error(explain(member, 'the script never configured a certname'));
      expect({ member: member.options.vmName, status: result.status }).toEqual({ member: member.options.vmName, status: 1 });
      expect(result.output).toMatch(/puppet agent --test exited 1/);
      expect(member.enrolledAs()).toBeUndefined();
      expect(await caSigned(certname)).toBe(false);
      expect(autosignLog().filter((line) => line.includes(`autosign: REFUSE ${certname}: ${reason}`))).not.toHaveLength(0);
    }
  }, 180_000);

  test('(3) PuppetDB holds each member with its trusted facts, and the library\'s PQL, run verbatim, returns exactly the members', async () => {
    const pql = outputValue(doc, `${SERVICE}_puppetdb_query`);
    expect(pql).toBe(pqlForService(SERVICE, ENVIRONMENT));
    for (const vm of vms) {
      const member = current().find((m) => m.options.vmName === vm.name)!;
      const inventory = await pdbInventory(certnameOf(member));
      expect({ certname: inventory?.certname, extensions: inventory?.trusted?.extensions, address: inventory?.facts?.haservice_address }).toEqual({
        certname: certnameOf(member),
        extensions: expect.objectContaining({ pp_service: SERVICE, pp_role: SERVICE, pp_environment: ENVIRONMENT, pp_zone: 'production', pp_datacenter: vm.datacenter }),
        address: member.options.address,
      });
    }
    const rows = await pdbQuery(pql);
    expect(rows.map((r) => r.certname).sort()).toEqual(current().map(certnameOf).sort());
    for (const member of current()) {
      const row = rows.find((r) => r.certname === certnameOf(member));
      expect(row).toEqual(expect.objectContaining({
        'facts.haservice_address': member.options.address,
        'trusted.extensions.pp_datacenter': member.context.SERVICE_DATACENTER,
        'facts.haservice_haproxy_port': String(servicePort),
        'facts.haservice_haproxy_check_path': '/health',
      }));
    }
  }, 60_000);

  test('(4) the profile renders, from PuppetDB, the library\'s <service>_haproxy_backend output byte for byte, references resolved', async () => {
    const backend = await reconcile();
    expect(backend).toBe(expectedBackend());
    expect(balancer.running()).toBe(true);
  }, 120_000);

  test('(5) HAProxy serves every member; a member whose backend stops leaves the rotation within fall x inter, with no failure after that', async () => {
    if (!balancer.running()) await reconcile();
    const all = current();
    const names = all.map((m) => m.options.vmName);
    const before = await drive(balancer.frontendPort, 40);
    expect({ failures: before.failures, reasons: before.reasons }).toEqual({ failures: 0, reasons: [] });
    expect(Object.keys(before.hits).sort()).toEqual([...names].sort());

    const victim = members.get('my-service-dc1-2')!;
    const victimServer = certnameOf(victim);
    const stoppedAt = Date.now();
    await victim.stopBackend();
    const window = FALL * INTER;
    const seen: string[] = [];
    const outAfter = await waitFor(`${victimServer} DOWN in haproxy`, window + 2 * INTER, async () => {
      const state = (await balancer.stats()).find((s) => s.name === victimServer);
      const now = `${state?.status} ${state?.check}`;
      if (seen[seen.length - 1]?.endsWith(now) !== true) seen.push(`${((Date.now() - stoppedAt) / 1000).toFixed(1)} s ${now}`);
      return state?.status === 'DOWN' ? (Date.now() - stoppedAt) / 1000 : undefined;
    }, 100);
    // eslint-disable-next-line no-console
    console.log(`live tier (5): ${victimServer} out of rotation ${outAfter.toFixed(1)} s after its backend stopped `
      + `(fall x inter = ${window} s); states seen: ${seen.join(', ')}`);
    expect(outAfter).toBeLessThanOrEqual(window + 1);

    const during = await drive(balancer.frontendPort, 40);
    expect({ failures: during.failures, reasons: during.reasons, victimHits: during.hits[victim.options.vmName] ?? 0 })
      .toEqual({ failures: 0, reasons: [], victimHits: 0 });
    expect(Object.keys(during.hits).sort()).toEqual(names.filter((n) => n !== victim.options.vmName).sort());

    await victim.startBackend();
    const backAfter = await waitFor(`${victimServer} UP again`, RISE * INTER + 2 * INTER, async () => {
      const state = (await balancer.stats()).find((s) => s.name === victimServer);
      return state?.status === 'UP' ? (Date.now() - stoppedAt) / 1000 : undefined;
    }, 100);
    expect(backAfter).toBeGreaterThan(outAfter);
    const after = await drive(balancer.frontendPort, 40);
    expect(after.failures).toBe(0);
    expect(after.hits[victim.options.vmName]).toBeGreaterThan(0);
  }, 120_000);

  test('(6) a member deactivated in PuppetDB leaves the rendered pool at the profile\'s next run', async () => {
    const gone = members.get('my-service-dc2-2')!;
    const certname = certnameOf(gone);
    const pql = outputValue(doc, `${SERVICE}_puppetdb_query`);
    const deactivatedAt = Date.now();
    expect(await gone.deactivate()).toBe(certname);
    const after = await waitFor(`${certname} out of the query's answer`, 30, async () =>
      ((await pdbQuery(pql)).some((r) => r.certname === certname) ? undefined : (Date.now() - deactivatedAt) / 1000));
    // eslint-disable-next-line no-console
    console.log(`live tier (6): ${certname} out of PuppetDB's answer ${after.toFixed(1)} s after deactivation`);

    const backend = await reconcile();
    const expected = expectedBackend().split('\n').filter((line) => !line.startsWith(`    server ${certname} `)).join('\n');
    expect(expected).not.toBe(expectedBackend());
    expect(backend).toBe(expected);
    expect((await balancer.stats()).map((s) => s.name)).not.toContain(certname);
    await gone.stop();
    members.delete(gone.options.vmName);
    const drawn = await drive(balancer.frontendPort, 30);
    expect({ failures: drawn.failures, goneHits: drawn.hits[gone.options.vmName] ?? 0 }).toEqual({ failures: 0, goneHits: 0 });
  }, 120_000);

  test('(7) a VM re-created under the same name with a new VM id enrols again', async () => {
    // The VM retired in (6), destroyed (its agent and service stopped with it); the new one is a fresh disk.
    const old = started.find((m) => m.options.vmName === 'my-service-dc2-2')!;
    const oldCertname = certnameOf(old);
    await old.stop();
    const vm = vms.find((v) => v.name === old.options.vmName)!;
    const reborn = await start({
      vmName: vm.name,
      vmId: old.options.vmId + 1000,
      address: old.options.address,
      context: vm.context,
      port: servicePort,
      healthPath: '/health',
      secrets: { [CHALLENGE_VARIABLE]: secret },
    });
    members.set(vm.name, reborn);
    const result = await reborn.done;
    const certname = reborn.certname();
    if (result.status !== 0) {
      const agent = result.output.split('\n').filter((l) => /certificate|signed|csr/i.test(l));
      const ca = serverLogLines(certname ?? oldCertname, reborn.startedAt).filter((l) => /certificate/i.test(l));
      throw new Error(`the re-created VM did not enrol: its script exited ${result.status} with certname ${certname} `
        + `(the old incarnation's was ${oldCertname}).\nThe CA (puppetserver.log):\n  ${ca.join('\n  ')}\nThe agent:\n  ${agent.join('\n  ')}\n\n`
        + explain(reborn, 'not enrolled'));
    }
    expect(certname).toBeDefined();
    expect(certname).not.toBe(oldCertname);
    expect(reborn.enrolledAs()).toBe(certname);
    expect(await caSigned(certname!)).toBe(true);
    const inventory = await waitFor(`${certname} in PuppetDB`, 60, () => pdbInventory(certname!));
    expect(inventory.trusted.extensions.pp_datacenter).toBe('dc2');
  }, 180_000);

  /** The members of the pool, as haproxy sees them: UP with a passed check. */
  const upInHaproxy = async (): Promise<Set<string>> =>
    new Set((await balancer.stats()).filter((st) => st.status === 'UP' && st.check.startsWith('L7OK')).map((st) => st.name));

  /** The certname of the member that served an answer (VM name and VM ID of its body), among every member started. */
  const servedBy = (served: { name: string; id: number }): string => {
    const member = started.find((m) => m.options.vmName === served.name && m.options.vmId === served.id);
    return member === undefined ? `unknown ${served.name} ${served.id}` : certnameOf(member);
  };

  const fmt = (ms: number | undefined) => (ms === undefined ? '-' : (ms / 1000).toFixed(1));

  test('(8) a rolling replacement of every member, in the order the apply performs it, serves every request: 0 failed', async () => {
    // The four members of (1)-(7), in the pool.
    await reconcile();
    expect(balancer.backend()).toBe(expectedBackend());
    await waitFor('the four members UP in haproxy', 3 * RISE * INTER, async () => {
      const up = await upInHaproxy();
      return current().every((m) => up.has(certnameOf(m))) ? true : undefined;
    }, 200);

    interface Step {
      dc: string;
      olds: Member[];
      news: Member[];
      startedAt: number;
      readyAt?: number;
      retireOutput?: string;
      /** When retire had deactivated the old members (its output line) and when it returned (drain over). */
      deactivatedAt?: number;
      retireDoneAt?: number;
      /** When PuppetDB's answer no longer held the old members. */
      outOfPuppetDbAt?: number;
      profileSeconds?: number;
      reload?: Reload;
      reloadedAt?: number;
      stoppedAt?: number;
      doneAt?: number;
    }
    const steps: Step[] = [];
    const inPoolAt = new Map<Member, number>();
    const checkedAt = new Map<Member, number>();
    const pql = outputValue(doc, `${SERVICE}_puppetdb_query`);
    let nextId = 200;

    const stream = new Stream(balancer.frontendPort, 2, 25);
    try {
      for (const dc of ['dc1', 'dc2']) {
        const olds = current().filter((m) => m.context.SERVICE_DATACENTER === dc);
        expect(olds).toHaveLength(2);
        const step: Step = { dc, olds, news: [], startedAt: Date.now() };
        steps.push(step);

        // The apply creates the datacenter's replacements: same VM names, new VM IDs (their own addresses).
        step.news = await Promise.all(olds.map((old) => start({
          vmName: old.options.vmName,
          vmId: nextId++,
          address: old.options.address.replace(/\.(\d+)$/, (_, last: string) => `.${20 + (Number(last) % 10)}`),
          context: vms.find((vm) => vm.name === old.options.vmName)!.context,
          port: servicePort,
          healthPath: '/health',
          secrets: { [CHALLENGE_VARIABLE]: secret },
          onegate: true,
        })));
        const exited = new Map<Member, number>();
        step.news.forEach((m) => m.done.then((r) => exited.set(m, r.status)));

        // wait-ready: every replacement reported READY through OneGate (bounded).
        await waitFor(`READY from ${dc}'s replacements`, READY_TIMEOUT, () => {
          for (const m of step.news) {
            if (exited.has(m) && exited.get(m) !== 0) throw new Error(explain(m, `its start script exited ${exited.get(m)} before READY`));
          }
          return step.news.every((m) => m.readyAt() !== undefined) ? true : undefined;
        }, 250);
        step.readyAt = Date.now();
        for (const m of step.news) {
          expect(m.enrolledAs()).toBe(`${m.options.vmName}-${m.options.vmId}`);
          members.set(m.options.vmName, m);
        }

        // retire, as the apply runs it: --keep = every current member (new ones of the datacenters done so far,
        // old ones of the others); it deactivates the old members, then drains.
        const keep = current().map(certnameOf);
        const lines: string[] = [];
        const retiring = retireCommand([
          '--puppetdb-url', PUPPETDB, '--zone', ZONE, '--service', SERVICE, '--keep', keep.join(','), '--drain-seconds', String(DRAIN_SECONDS),
        ], {}, (line) => { lines.push(line); step.deactivatedAt ??= Date.now(); }, (line) => lines.push(line))
          .then((status) => { step.retireDoneAt = Date.now(); return status; });

        // Meanwhile, within the drain: the load balancer's next run (once PuppetDB has processed the deactivations).
        const oldNames = olds.map(certnameOf);
        await waitFor(`retire's deactivation of ${oldNames.join(', ')}`, 30, () => (step.deactivatedAt !== undefined || step.retireDoneAt !== undefined ? true : undefined), 50);
        step.outOfPuppetDbAt = await waitFor(`${oldNames.join(', ')} out of PuppetDB's answer`, 30, async () =>
          ((await pdbQuery(pql)).some((r) => oldNames.includes(r.certname)) ? undefined : Date.now()), 100);
        const run = await lbRun();
        step.profileSeconds = run.profileSeconds;
        step.reload = run.reload;
        step.reloadedAt = Date.now();
        expect(run.backend).toBe(expectedBackend());
        expect(run.reload).toBeDefined();
        // In the pool: in the running configuration and taking requests ("UP 1/3" until its first check, as
        // haproxy starts a server); checked: UP with a passed check.
        await waitFor(`${dc}'s replacements UP with a passed check`, 2 * INTER + 1, async () => {
          const states = await balancer.stats();
          for (const m of step.news) {
            const state = states.find((st) => st.name === certnameOf(m));
            if (state?.status.startsWith('UP') && !inPoolAt.has(m)) inPoolAt.set(m, Date.now());
            if (state?.status === 'UP' && state.check.startsWith('L7OK') && !checkedAt.has(m)) checkedAt.set(m, Date.now());
          }
          return step.news.every((m) => checkedAt.has(m)) ? true : undefined;
        }, 100);

        const status = await retiring;
        step.retireOutput = lines.join('\n');
        expect({ status, output: step.retireOutput }).toEqual({
          status: 0, output: `retire ${SERVICE} in ${ZONE}: deactivated ${[...oldNames].sort().join(', ')}; draining ${DRAIN_SECONDS} s`,
        });

        // The drain is over: the apply destroys the old VMs (their services first, then their agents).
        step.stoppedAt = Date.now();
        await Promise.all(olds.map((m) => m.stop()));
        // Some traffic on the new pool before the next datacenter.
        await sleep(1000);
        step.doneAt = Date.now();
      }
    } finally {
      await stream.stop();
    }

    // The numbers.
    const hits = new Map<string, number>();
    for (const o of stream.outcomes) if (o.served) hits.set(servedBy(o.served), (hits.get(servedBy(o.served)) ?? 0) + 1);
    const failures = stream.failures();
    const reasons = [...new Set(failures.map((f) => f.failure))].slice(0, 10);
    const firstHit = (m: Member, after: number) => stream.outcomes.find((o) => o.at >= after && o.served && servedBy(o.served) === certnameOf(m))?.at;
    const since = (m: Member, at: number | undefined) => fmt(at === undefined ? undefined : at - m.startedAt).padStart(6);
    const elapsed = (stream.outcomes[stream.outcomes.length - 1].at - stream.startedAt) / 1000;
    // eslint-disable-next-line no-console
    console.log([
      `live tier (8): rolling replacement, ${stream.outcomes.length} requests in ${elapsed.toFixed(1)} s (2 loops, 25 ms apart), `
        + `${failures.length} failed${reasons.length ? `: ${reasons.join('; ')}` : ''}`,
      'hits per member (certname = VM name-VM ID):',
      ...[...hits.entries()].sort().map(([name, n]) => `  ${name.padEnd(24)} ${String(n).padStart(5)}`),
      'per datacenter step, seconds from its start: all READY, retire deactivated, out of PuppetDB, LB run done (profile + reload), '
        + 'retire returned (drain over), old members stopping, step total',
      ...steps.map((st) => `  ${st.dc}: ${fmt(st.readyAt! - st.startedAt)}, ${fmt(st.deactivatedAt! - st.startedAt)}, ${fmt(st.outOfPuppetDbAt! - st.startedAt)}, `
        + `${fmt(st.reloadedAt! - st.startedAt)} (profile ${st.profileSeconds!.toFixed(1)} s, reload ${st.reload!.seconds.toFixed(2)} s), `
        + `${fmt(st.retireDoneAt! - st.startedAt)}, ${fmt(st.stoppedAt! - st.startedAt)}, ${fmt(st.doneAt! - st.startedAt)}`),
      'per new member, seconds from its start: READY (OneGate), in the pool (after the reload), first request served, UP with a passed check',
      ...steps.flatMap((st) => st.news.map((m) => `  ${certnameOf(m).padEnd(24)} ${since(m, m.readyAt())} ${since(m, inPoolAt.get(m))} `
        + `${since(m, firstHit(m, st.startedAt))} ${since(m, checkedAt.get(m))}`)),
    ].join('\n'));

    expect({ failures: failures.length, reasons }).toEqual({ failures: 0, reasons: [] });
    for (const st of steps) {
      // The load balancer's run fell within retire's drain, as the apply assumes.
      expect(st.reloadedAt!).toBeLessThanOrEqual(st.retireDoneAt!);
      for (const m of st.news) {
        const name = certnameOf(m);
        const servedAfterItsStep = stream.between(st.reloadedAt).some((o) => o.served && servedBy(o.served) === name);
        expect({ member: name, inPool: inPoolAt.has(m), servedAfterItsStep }).toEqual({ member: name, inPool: true, servedAfterItsStep: true });
      }
      for (const m of st.olds) {
        const name = certnameOf(m);
        expect({
          member: name,
          sentAfterTheReload: stream.outcomes.filter((o) => o.sentAt >= st.reloadedAt! && o.served && servedBy(o.served) === name).length,
          answeredAfterItsStop: stream.between(st.stoppedAt).filter((o) => o.served && servedBy(o.served) === name).length,
        }).toEqual({ member: name, sentAfterTheReload: 0, answeredAfterItsStop: 0 });
      }
    }
    const newNames = steps.flatMap((st) => st.news.map(certnameOf)).sort();
    expect(current().map(certnameOf).sort()).toEqual(newNames);
    expect((await pdbQuery(pql)).map((r) => r.certname).sort()).toEqual(newNames);
    const backend = balancer.backend()!;
    expect(backend).toBe(expectedBackend());
    expect(backend.split('\n').filter((l) => l.startsWith('    server ')).map((l) => l.trim().split(' ')[1]).sort()).toEqual(newNames);
    expect((await balancer.stats()).map((st) => st.name).sort()).toEqual(newNames);
  }, 600_000);

  test('(9) control: a member stopped before the load balancer\'s run drops it (retired without draining) fails requests', async () => {
    const victim = members.get('my-service-dc2-2')!;
    const name = certnameOf(victim);
    const others = current().filter((m) => m !== victim);
    const stream = new Stream(balancer.frontendPort, 2, 25);
    let stoppedAt = 0;
    let downAt = 0;
    let reloadedAt = 0;
    try {
      await sleep(1000);
      const lines: string[] = [];
      const status = await retireCommand([
        '--puppetdb-url', PUPPETDB, '--zone', ZONE, '--service', SERVICE, '--keep', others.map(certnameOf).join(','), '--drain-seconds', '0',
      ], {}, (l) => lines.push(l), (l) => lines.push(l));
      expect({ status, output: lines }).toEqual({ status: 0, output: [`retire ${SERVICE} in ${ZONE}: deactivated ${name}`] });
      // The wrong order: the VM is destroyed at once (its service first), while haproxy still has it in the pool.
      stoppedAt = Date.now();
      await victim.stop();
      members.delete(victim.options.vmName);
      // haproxy's own checks take it out after fall x inter; then the load balancer's run drops it.
      downAt = await waitFor(`${name} DOWN in haproxy`, FALL * INTER + 2 * INTER, async () =>
        ((await balancer.stats()).find((st) => st.name === name)?.status === 'DOWN' ? Date.now() : undefined), 100);
      await sleep(1000);
      await reconcile();
      reloadedAt = Date.now();
      await sleep(1000);
    } finally {
      await stream.stop();
    }
    const failures = stream.failures();
    const reasons = [...new Set(failures.map((f) => f.failure))].slice(0, 10);
    const at = (t: number) => ((t - stoppedAt) / 1000).toFixed(2);
    // eslint-disable-next-line no-console
    console.log(`live tier (9) control: ${name} stopped before the load balancer dropped it: ${stream.outcomes.length} requests, ${failures.length} failed`
      + `${failures.length ? `, sent ${at(Math.min(...failures.map((f) => f.sentAt)))} s to ${at(Math.max(...failures.map((f) => f.sentAt)))} s after the stop, `
        + `answered after ${failures.map((f) => ((f.at - f.sentAt) / 1000).toFixed(2)).join(', ')} s` : ''}; `
      + `DOWN in haproxy ${at(downAt)} s after the stop, pool reloaded without it at ${at(reloadedAt)} s; failures: ${reasons.join('; ')}`);
    expect(failures.length).toBeGreaterThan(0);
    // Only while haproxy still had it UP: answered after the stop, sent before haproxy's checks took it out.
    expect(failures.filter((f) => f.at < stoppedAt || f.sentAt > downAt)).toEqual([]);
  }, 120_000);
});
