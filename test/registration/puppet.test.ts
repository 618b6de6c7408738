import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import * as yaml from 'js-yaml';
import { ENROLMENT_SCRIPT, PuppetProps, enrolmentScriptBase64, puppetContext, puppetDbQuery, serviceIdentity } from '../../src';
import { Problems } from '../../src/core/validation';
import { validatePuppet } from '../../src/registration/puppet';
import { declare, synthesize } from '../support/synth';
import { ROOT, describeWithTools } from '../support/tofu';

const SEED: PuppetProps = { server: 'puppet.example.com', role: 'my_service' };
const IDENTITY = serviceIdentity(SEED, 'my_service', 'production', 'dc1');

function problemsOf(props: PuppetProps): string {
  const problems = new Problems('test/my_service');
  validatePuppet(problems, props);
  return problems.all.map((p) => `${p.field} = ${p.value}: ${p.allowed}`).join('\n');
}

describe('Puppet enrolment metadata', () => {
  test('the identity defaults role to the service and environment to the zone', () => {
    expect(serviceIdentity({ server: 'p.example.com' }, 'web', 'staging', 'dc2'))
      .toEqual({ service: 'web', role: 'web', environment: 'staging', zone: 'staging', datacenter: 'dc2' });
  });

  test('the context carries the server, role, environment and the start script as base64', () => {
    const context = puppetContext(SEED, IDENTITY);
    expect(context).toMatchObject({
      PUPPET_SERVER: 'puppet.example.com',
      PUPPET_PORT: '8140',
      PUPPET_ROLE: 'my_service',
      PUPPET_ENVIRONMENT: 'production',
      PUPPET_WAITFORCERT: '120',
    });
    expect(Buffer.from(context.START_SCRIPT_BASE64, 'base64').toString('utf8')).toBe(ENROLMENT_SCRIPT);
    expect(context.PUPPET_CHALLENGE_PASSWORD).toBeUndefined();
  });

  test('the start script embeds nothing from a declaration: it is the same for every service', () => {
    const other = puppetContext({ server: 'other.example.com', role: 'db' }, serviceIdentity({ server: 'x' }, 'db', 'staging', 'dc9'));
    expect(other.START_SCRIPT_BASE64).toBe(enrolmentScriptBase64());
    expect(ENROLMENT_SCRIPT).not.toMatch(/my_service|production|puppet\.example\.com/);
  });

  test('a challenge password from a sensitive variable is only referenced in the synthesized JSON', () => {
    const document = synthesize((stack) => {
      const secret = new TerraformVariable(stack, 'puppet_challenge', { type: 'string', sensitive: true });
      declare(stack, { datacenters: [{ name: 'dc1' }, { name: 'dc2' }], service: { puppet: { ...SEED, challengePassword: secret.stringValue } } });
    });
    const contexts = Object.values<any>(document.resource.opennebula_virtual_machine).map((vm) => vm.context);
    expect(contexts.map((c) => c.PUPPET_CHALLENGE_PASSWORD)).toEqual(Array(4).fill('${var.puppet_challenge}'));
    expect(document.variable.puppet_challenge.sensitive).toBe(true);
  });

  test('a literal challenge password is rejected without echoing it', () => {
    const message = problemsOf({ ...SEED, challengePassword: 'hunter2' });
    expect(message).toContain('puppet.challengePassword = "(a literal, not shown)": a token of a sensitive TerraformVariable');
    expect(message).not.toContain('hunter2');
  });

  test.each<[PuppetProps, string]>([
    [{ server: 'Puppet.Example.com' }, 'puppet.server'],
    [{ server: 'puppet example.com' }, 'puppet.server'],
    [{ server: "puppet'; rm -rf /" }, 'puppet.server'],
    [{ server: 'p.example.com', role: 'My Role' }, 'puppet.role = "My Role"'],
    [{ server: 'p.example.com', environment: 'prod-1' }, 'puppet.environment = "prod-1"'],
    [{ server: 'p.example.com', serverPort: 0 }, 'puppet.serverPort = 0: an integer from 1 to 65535'],
    [{ server: 'p.example.com', waitForCertSeconds: 3601 }, 'puppet.waitForCertSeconds = 3601'],
  ])('%p is rejected', (props, expected) => {
    expect(problemsOf(props)).toContain(expected);
  });

  test('the PuppetDB query selects the service\'s members by trusted facts', () => {
    expect(puppetDbQuery(IDENTITY)).toBe('inventory[certname, facts.networking.ip, trusted.extensions.pp_datacenter] '
      + '{ trusted.extensions.pp_service = "my_service" and trusted.extensions.pp_environment = "production" }');
  });
});

/** Runs the enrolment script in a scratch root with a fake puppet that logs its arguments. */
function runScript(root: string, env: { [key: string]: string }, agentExit = 2): { status: number; stderr: string; calls: string[] } {
  const bin = path.join(root, 'fake-bin');
  fs.mkdirSync(bin, { recursive: true });
  const log = path.join(root, 'puppet-calls.log');
  fs.writeFileSync(path.join(bin, 'puppet'), [
    '#!/bin/sh',
    `printf '%s\\n' "$*" >> '${log}'`,
    'if [ "$1 $2 $3" = "config print confdir" ]; then echo /etc/puppetlabs/puppet; fi',
    `if [ "$1" = agent ]; then exit ${agentExit}; fi`,
    'exit 0',
  ].join('\n'), { mode: 0o755 });
  const scriptFile = path.join(root, 'start-script.sh');
  fs.writeFileSync(scriptFile, Buffer.from(enrolmentScriptBase64(), 'base64'));
  const result = spawnSync('sh', [scriptFile], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH!, HASERVICE_ROOT: path.join(root, 'vm'), PUPPET_BIN: path.join(bin, 'puppet'), ...env },
  });
  const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
  return { status: result.status ?? -1, stderr: result.stderr, calls };
}

/** Every file under a directory with its content and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(full, `${fs.statSync(full).mtimeMs}:${fs.readFileSync(full, 'utf8')}`);
    }
  };
  walk(dir);
  return out;
}

const SEED_ENV = {
  ...puppetContext(SEED, IDENTITY),
  SERVICE_NAME: 'my_service',
  SERVICE_ZONE: 'production',
  SERVICE_DATACENTER: 'dc1',
  SET_HOSTNAME: 'my-service-dc1-1',
  HAPROXY_BACKEND: 'my_service',
  HAPROXY_PORT: '8080',
  HAPROXY_MODE: 'http',
  HAPROXY_CHECK_PATH: '/health',
  HAPROXY_BACKUP: 'false',
};

describeWithTools(['shellcheck', 'sh'], 'real-tool tier: the enrolment script', () => {
  const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'enrol-'));

  test('passes shellcheck and sh -n', () => {
    const file = path.join(scratch(), 'start-script.sh');
    fs.writeFileSync(file, ENROLMENT_SCRIPT);
    const shellcheck = spawnSync('shellcheck', ['-s', 'sh', file], { encoding: 'utf8' });
    expect(shellcheck.stdout).toBe('');
    expect(shellcheck.status).toBe(0);
    expect(spawnSync('sh', ['-n', file]).status).toBe(0);
  });

  test('shellcheck can fail: a script with an unquoted expansion is flagged', () => {
    const file = path.join(scratch(), 'bad.sh');
    fs.writeFileSync(file, ENROLMENT_SCRIPT.replace('mkdir -p "$root$confdir"', 'mkdir -p $root$confdir'));
    expect(spawnSync('shellcheck', ['-s', 'sh', file]).status).not.toBe(0);
  });

  test('writes csr_attributes.yaml with the trusted-fact extension requests', () => {
    const root = scratch();
    const run = runScript(root, SEED_ENV);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const csr = yaml.load(fs.readFileSync(path.join(root, 'vm/etc/puppetlabs/puppet/csr_attributes.yaml'), 'utf8'));
    expect(csr).toEqual({
      extension_requests: {
        pp_service: 'my_service', pp_role: 'my_service', pp_environment: 'production', pp_zone: 'production', pp_datacenter: 'dc1',
      },
    });
  });

  test('writes the HAProxy details as custom facts', () => {
    const root = scratch();
    runScript(root, SEED_ENV);
    const facts = yaml.load(fs.readFileSync(path.join(root, 'vm/etc/puppetlabs/facter/facts.d/haservice.yaml'), 'utf8'));
    expect(facts).toEqual({
      haservice_service: 'my_service',
      haservice_zone: 'production',
      haservice_datacenter: 'dc1',
      haservice_haproxy_backend: 'my_service',
      haservice_haproxy_port: '8080',
      haservice_haproxy_mode: 'http',
      haservice_haproxy_check_path: '/health',
      haservice_haproxy_backup: 'false',
    });
  });

  test('points the agent at the server and environment with the hostname as certname, then runs it', () => {
    const run = runScript(scratch(), SEED_ENV);
    expect(run.calls).toEqual([
      'config print confdir',
      'config set server puppet.example.com --section main',
      'config set serverport 8140 --section main',
      'config set certname my-service-dc1-1 --section main',
      'config set environment production --section agent',
      'agent --test --waitforcert 120',
      'resource service puppet ensure=running enable=true',
    ]);
  });

  test('a second run writes nothing and does not call puppet again', () => {
    const root = scratch();
    expect(runScript(root, SEED_ENV).status).toBe(0);
    const before = snapshot(path.join(root, 'vm'));
    const log = path.join(root, 'puppet-calls.log');
    fs.rmSync(log);
    expect(runScript(root, SEED_ENV).status).toBe(0);
    expect(snapshot(path.join(root, 'vm'))).toEqual(before);
    expect(fs.existsSync(log)).toBe(false);
  });

  test('a failed agent run is retried at the next boot', () => {
    const root = scratch();
    const failed = runScript(root, SEED_ENV, 4);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('puppet agent failed with exit 4');
    expect(fs.existsSync(path.join(root, 'vm/var/lib/cdktf-opennebula/enrolled'))).toBe(false);
    expect(runScript(root, SEED_ENV).status).toBe(0);
    expect(fs.existsSync(path.join(root, 'vm/var/lib/cdktf-opennebula/enrolled'))).toBe(true);
  });

  test('the challenge password is read at boot and written as a custom attribute, readable by root only', () => {
    const root = scratch();
    runScript(root, { ...SEED_ENV, PUPPET_CHALLENGE_PASSWORD: "s3cr'et" });
    const file = path.join(root, 'vm/etc/puppetlabs/puppet/csr_attributes.yaml');
    expect((yaml.load(fs.readFileSync(file, 'utf8')) as any).custom_attributes).toEqual({ '1.2.840.113549.1.9.7': "s3cr'et" });
    expect((fs.statSync(file).mode % 0o1000).toString(8)).toBe('600');
  });

  test('a missing context variable stops the script with a message', () => {
    const { SERVICE_DATACENTER: _dropped, ...env } = SEED_ENV;
    const run = runScript(scratch(), env);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('context variable SERVICE_DATACENTER is missing');
  });

  test('hostile values arriving through the context stay data: YAML round-trips them and nothing runs', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('\0') && !s.includes('\n')), (hostile) => {
      const root = scratch();
      const value = `${hostile}'"$(touch pwned)\`touch pwned2\``;
      const run = runScript(root, { ...SEED_ENV, PUPPET_ROLE: value });
      expect(run.status).toBe(0);
      const csr: any = yaml.load(fs.readFileSync(path.join(root, 'vm/etc/puppetlabs/puppet/csr_attributes.yaml'), 'utf8'));
      expect(csr.extension_requests.pp_role).toBe(value);
      expect(fs.existsSync('pwned') || fs.existsSync('pwned2')).toBe(false);
    }), { numRuns: 15 });
  });
});

describeWithTools(['puppet'], 'real-tool tier: puppet parser validate', () => {
  const profile = path.join(ROOT, 'examples/puppet/haservice_lb.pp');

  test('accepts the example load-balancer profile', () => {
    const result = spawnSync('puppet', ['parser', 'validate', profile], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('rejects a broken copy, so the check can fail', () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-')), 'broken.pp');
    fs.writeFileSync(broken, fs.readFileSync(profile, 'utf8').replace(/\}\s*$/, ''));
    expect(spawnSync('puppet', ['parser', 'validate', broken]).status).not.toBe(0);
  });

  test('the profile queries PuppetDB by the same trusted facts as the puppetdb_query output', () => {
    const text = fs.readFileSync(profile, 'utf8');
    expect(text).toContain('trusted.extensions.pp_service = "${service}"');
    expect(text).toContain('trusted.extensions.pp_environment = "${environment}"');
    expect(puppetDbQuery(IDENTITY)).toContain('trusted.extensions.pp_service = "my_service"');
  });
});
