/**
 * `cdktf-opennebula wait-ready`, the readiness gate a rollout runs from the apply: it opens only
 * when every VM is RUNNING with READY=YES, never waits past its timeout, fails fast on a failed
 * VM, and takes credentials from the environment only.
 */
import { VmReader, clearReadyCommand, waitReady, waitReadyCommand } from '../../src/cli/wait-ready';
import { OneApiError, OneClient, VmStatus } from '../../src/opennebula/client';
import { startStandIn, StandIn } from '../../standin/server';

const RUNNING = { state: 3, lcmState: 3 };

/** A reader whose VMs follow a script: the status of each VM at each round. */
function scripted(rounds: Array<{ [id: number]: Partial<VmStatus> }>): VmReader & { reads: number } {
  const reader = {
    reads: 0,
    async vm(id: number): Promise<VmStatus> {
      const round = rounds[Math.min(Math.floor(reader.reads++ / Object.keys(rounds[0]).length), rounds.length - 1)];
      const status = round[id];
      if (!status) throw new OneApiError(`[one.vm.info] Error getting virtual machine [${id}].`);
      return { id, name: `vm-${id}`, state: 0, lcmState: 0, ready: false, userTemplate: {}, ...status } as VmStatus;
    },
  };
  return reader;
}

/** A clock that advances only when the gate sleeps. */
function fakeTime() {
  let now = 0;
  return { now: () => now, sleep: async (ms: number) => { now += ms; } };
}

describe('waitReady', () => {
  test('opens once every VM is RUNNING and READY, not before', async () => {
    const reader = scripted([
      { 1: RUNNING, 2: { state: 3, lcmState: 2 } },
      { 1: { ...RUNNING, ready: true }, 2: RUNNING },
      { 1: { ...RUNNING, ready: true }, 2: { ...RUNNING, ready: true } },
    ]);
    const lines: string[] = [];
    const result = await waitReady({ reader, vmIds: [1, 2], timeoutSeconds: 60, intervalSeconds: 5, log: (l) => lines.push(l), ...fakeTime() });
    expect(result).toEqual({ ready: true, seconds: 10 });
    expect(lines[lines.length - 1]).toBe('VMs 1, 2: 2 of 2 ready after 10 s');
  });

  test('a READY VM that is not RUNNING (powered off for a resize) does not count', async () => {
    const reader = scripted([{ 1: { state: 8, lcmState: 0, ready: true } }]);
    const result = await waitReady({ reader, vmIds: [1], timeoutSeconds: 20, ...fakeTime() });
    expect(result.ready).toBe(false);
    expect(result.reason).toContain('vm-1 (1) STATE 8, READY');
  });

  test('gives up after the timeout and names the VMs it waited for', async () => {
    const reader = scripted([{ 1: { ...RUNNING, ready: true }, 2: RUNNING }]);
    const result = await waitReady({ reader, vmIds: [1, 2], timeoutSeconds: 30, intervalSeconds: 5, label: 'web/dc1', ...fakeTime() });
    expect(result).toEqual({ ready: false, seconds: 30, reason: 'web/dc1: not ready within 30 s: vm-2 (2) RUNNING, not ready' });
  });

  test('fails at once when a VM failed (BOOT_FAILURE) or is gone (DONE)', async () => {
    for (const status of [{ state: 3, lcmState: 36, error: 'boot failed' }, { state: 6, lcmState: 0 }]) {
      const reader = scripted([{ 1: status }]);
      const result = await waitReady({ reader, vmIds: [1], timeoutSeconds: 600, ...fakeTime() });
      expect([result.ready, result.seconds]).toEqual([false, 0]);
      expect(result.reason).toMatch(/VM failed or gone/);
    }
  });

  test('an API error counts as not ready (the gate keeps trying until its timeout)', async () => {
    const reader = scripted([{ 1: RUNNING }]);
    const result = await waitReady({ reader, vmIds: [1, 7], timeoutSeconds: 10, ...fakeTime() });
    expect(result.reason).toContain('Error getting virtual machine [7]');
  });
});

describe('the wait-ready command', () => {
  const run = async (args: string[], env: NodeJS.ProcessEnv = {}, reader?: VmReader) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await waitReadyCommand(args, env, (l) => out.push(l), (l) => err.push(l), reader ? () => reader : undefined);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const CREDENTIALS = { TF_VAR_production_opennebula_username: 'oneadmin', TF_VAR_production_opennebula_password: 'pw' };

  test.each([
    [[], /--vm-ids is required/],
    [['--vm-ids', '1,x'], /--vm-ids must be VM IDs separated by commas/],
    [['--vm-ids', '1', '--timeout', '0'], /--timeout must be an integer from 1 to 86400/],
    [['--vm-ids', '1', '--bogus'], /unknown argument "--bogus"/],
    [['--vm-ids', '1', '--zone', 'Prod;x'], /--zone must be a zone name/],
    [['--vm-ids', '1', '--zone', 'production'], /no endpoint/],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await run(args as string[], { OPENNEBULA_ENDPOINT: (args as string[]).includes('production') ? undefined : 'http://127.0.0.1:1/RPC2' });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message as RegExp);
  });

  test('without credentials in the environment it refuses with exit 2 and names the variables to set', async () => {
    const result = await run(['--vm-ids', '1', '--zone', 'production', '--endpoint', 'http://127.0.0.1:1/RPC2']);
    expect(result).toMatchObject({ code: 2 });
    expect(result.err).toContain('TF_VAR_production_opennebula_username and TF_VAR_production_opennebula_password');
  });

  test('reads the zone\'s TF_VAR_ credentials and exits 0 when the VMs are ready', async () => {
    let seen: unknown;
    const reader = scripted([{ 4: { ...RUNNING, ready: true } }]);
    const code = await waitReadyCommand(['--vm-ids', '4', '--zone', 'production', '--endpoint', 'http://127.0.0.1:1/RPC2'], CREDENTIALS,
      () => undefined, () => undefined, (endpoint) => { seen = endpoint; return reader; });
    expect(code).toBe(0);
    expect(seen).toEqual({ endpoint: 'http://127.0.0.1:1/RPC2', username: 'oneadmin', password: 'pw' });
  });

  test('exits 1 with the reason when a VM failed', async () => {
    const result = await run(['--vm-ids', '4', '--zone', 'production', '--endpoint', 'http://x/RPC2'], CREDENTIALS, scripted([{ 4: { state: 6, lcmState: 0 } }]));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^wait-ready: VMs 4: VM failed or gone/);
  });
});

describe('the XML-RPC client against the OpenNebula stand-in', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ port: 0, transientPolls: 0, users: { oneadmin: 'pw' } });
  });
  afterAll(() => standIn?.close());

  test('reads a VM\'s state and its READY as OneGate sets it', async () => {
    const [, id] = standIn.oned.call('one.vm.allocate', ['oneadmin:pw', 'NAME = "probe"\nCPU = 1\nMEMORY = 128', false]);
    const client = new OneClient({ endpoint: standIn.url, username: 'oneadmin', password: 'pw' });
    const before = await client.vm(id as number);
    expect([before.name, before.ready]).toEqual(['probe', false]);
    standIn.oned.call('one.vm.update', ['oneadmin:pw', id, 'READY = "YES"', 1]);
    expect((await client.vm(id as number)).ready).toBe(true);
  });

  test('an API error (unknown VM, wrong password) is a OneApiError with OpenNebula\'s message', async () => {
    const client = new OneClient({ endpoint: standIn.url, username: 'oneadmin', password: 'pw' });
    await expect(client.vm(999)).rejects.toThrow(OneApiError);
    const wrong = new OneClient({ endpoint: standIn.url, username: 'oneadmin', password: 'nope' });
    await expect(wrong.vm(0)).rejects.toThrow(/couldn't be authenticated/);
  });

  test('an endpoint that does not answer is a OneApiError, within the call timeout', async () => {
    const client = new OneClient({ endpoint: 'http://127.0.0.1:1/RPC2', username: 'a', password: 'b', timeoutMs: 2000 });
    await expect(client.vm(1)).rejects.toThrow(/cannot reach http:\/\/127.0.0.1:1/);
  });

  test('clear-ready sets READY=NO on the service\'s members in one datacenter only, found by their tags', async () => {
    const allocate = (name: string, tags: string) => {
      const [, id] = standIn.oned.call('one.vm.allocate', ['oneadmin:pw', `NAME = "${name}"\nCPU = 1\nMEMORY = 128`, false]);
      standIn.oned.call('one.vm.update', ['oneadmin:pw', id, `${tags}\nREADY = "YES"`, 1]);
      return id as number;
    };
    const target = allocate('web-dc1-1', 'SERVICE = "web"\nZONE = "production"\nDATACENTER = "dc1"');
    const otherDc = allocate('web-dc2-1', 'SERVICE = "web"\nZONE = "production"\nDATACENTER = "dc2"');
    const otherService = allocate('api-dc1-1', 'SERVICE = "api"\nZONE = "production"\nDATACENTER = "dc1"');
    const out: string[] = [];
    const code = await clearReadyCommand(['--zone', 'production', '--service', 'web', '--datacenter', 'dc1', '--endpoint', standIn.url],
      { OPENNEBULA_USERNAME: 'oneadmin', OPENNEBULA_PASSWORD: 'pw' }, (l) => out.push(l), (l) => out.push(l));
    expect([code, out]).toEqual([0, [`clear-ready web/dc1: READY=NO on 1 VM (${target})`]]);
    const client = new OneClient({ endpoint: standIn.url, username: 'oneadmin', password: 'pw' });
    expect([(await client.vm(target)).ready, (await client.vm(otherDc)).ready, (await client.vm(otherService)).ready]).toEqual([false, true, true]);
  });

  test('clear-ready refuses a missing or malformed name with exit 2', async () => {
    const err: string[] = [];
    const code = await clearReadyCommand(['--zone', 'production', '--service', 'Web App', '--datacenter', 'dc1'], {}, () => undefined, (l) => err.push(l));
    expect([code, err]).toEqual([2, ['clear-ready: --service must be a name (lower-case letters, digits, "_"), got "Web App"']]);
  });
});
