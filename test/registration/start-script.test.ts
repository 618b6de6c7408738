import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import * as fc from 'fast-check';
import * as yaml from 'js-yaml';
import { HOSTILE, HOSTILE_NON_NAMES, SEED_FACTS, SEED_IDENTITY, SEED_PUPPET, Vm, enrol, problemLines, scratchVm, seedScript, snapshot } from './fixtures';
import { ROOT, describeWithTools, run, scratch } from './tools';
import {
  EXTENSION_REQUESTS, HaproxyMode, HaproxyProps, PuppetProps, ServiceIdentity,
  csrAttributesYaml, factsYaml, haproxyFacts, renderStartScript, validatePuppet,
} from '../../src/registration';

const CHALLENGE: PuppetProps = {
  ...SEED_PUPPET,
  challengePassword: new TerraformVariable(new TerraformStack(Testing.app(), 's'), 'puppet_challenge', { type: 'string', sensitive: true }).stringValue,
};
const CSR = 'etc/puppetlabs/puppet/csr_attributes.yaml';
const FACTS = 'etc/facter/facts.d/haservice.yaml';
const MARKER = 'var/lib/haservice/enrolled';
const read = (vm: Vm, file: string) => fs.readFileSync(path.join(vm.root, file), 'utf8');
const exists = (vm: Vm, file: string) => fs.existsSync(path.join(vm.root, file));
const PRINTABLE = /^[\x20-\x7e]*$/;
/** The challenge password as the context carries it: PUPPET_CHALLENGE_PASSWORD_B64. */
const b64 = (password: string) => Buffer.from(password, 'utf8').toString('base64');
const challengeOf = (csr: string | undefined) => (yaml.load(csr ?? '') as any)?.custom_attributes?.['1.2.840.113549.1.9.7'];

/** Valid declarations: names as HaService validates them, any valid Puppet and HAProxy settings. */
const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/);
const declarations = fc.record({
  identity: fc.record({ service: name, role: name, environment: name, zone: name, datacenter: fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/) }),
  server: fc.domain().map((d) => d.toLowerCase()),
  serverPort: fc.integer({ min: 1, max: 65535 }),
  waitForCertSeconds: fc.integer({ min: 0, max: 3600 }),
  challenge: fc.boolean(),
  haproxy: fc.oneof(
    fc.record({ port: fc.integer({ min: 1, max: 65535 }), mode: fc.constant(HaproxyMode.HTTP), healthCheck: fc.record({ path: fc.stringMatching(/^\/[A-Za-z0-9._~/%-]{0,30}$/) }) }),
    fc.record({ port: fc.integer({ min: 1, max: 65535 }), mode: fc.constant(HaproxyMode.TCP) }),
  ),
});

describe('the enrolment script, as rendered', () => {
  test('starts with a POSIX sh shebang and stops at the first error', () => {
    expect(seedScript()).toMatch(/^#!\/bin\/sh\n[\s\S]*\nset -eu\n/);
  });

  test('embeds the identity and settings as single-quoted fallbacks of the context variables', () => {
    const script = seedScript();
    expect(script).toContain("[ -n \"${SERVICE_NAME:-}\" ] || SERVICE_NAME='my_service'\n");
    expect(script).toContain("[ -n \"${SERVICE_DATACENTER:-}\" ] || SERVICE_DATACENTER='dc1'\n");
    expect(script).toContain("[ -n \"${PUPPET_SERVER:-}\" ] || PUPPET_SERVER='puppet.example.com'\n");
    expect(script).toContain("[ -n \"${FACT_HASERVICE_HAPROXY_CHECK_PATH:-}\" ] || FACT_HASERVICE_HAPROXY_CHECK_PATH='/health'\n");
  });

  test('never embeds the challenge password: it is read from the environment at boot', () => {
    const script = renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS);
    expect(script).not.toContain('TfToken');
    expect(script).not.toContain('var.puppet_challenge');
    expect(script).toContain('base64 -d');
    expect(script).toContain('write_csr "$challenge"');
  });

  test('does not depend on the order the facts were given in', () => {
    const reversed = Object.fromEntries(Object.entries(SEED_FACTS).reverse());
    expect(renderStartScript(SEED_IDENTITY, SEED_PUPPET, reversed)).toBe(seedScript());
  });

  test('refuses an identity with a hostile name, whatever validated it before', () => {
    for (const hostile of HOSTILE_NON_NAMES) {
      expect(() => renderStartScript({ ...SEED_IDENTITY, service: hostile }, SEED_PUPPET)).toThrow(/invalid service identity/);
    }
  });

  test('refuses a custom fact value with a line break', () => {
    expect(() => renderStartScript(SEED_IDENTITY, SEED_PUPPET, { haservice_x: 'a\nb' })).toThrow(/FACT_HASERVICE_X/);
  });
});

describe('the files the script writes, as specified', () => {
  test('csr_attributes.yaml requests the five pp_* extensions with the identity', () => {
    expect(yaml.load(csrAttributesYaml(SEED_IDENTITY))).toEqual({
      extension_requests: { pp_service: 'my_service', pp_role: 'my_service', pp_environment: 'production', pp_zone: 'production', pp_datacenter: 'dc1' },
    });
  });

  test('with a challenge password, csr_attributes.yaml carries it as custom attribute 1.2.840.113549.1.9.7', () => {
    expect((yaml.load(csrAttributesYaml(SEED_IDENTITY, "s3cr'et")) as any).custom_attributes).toEqual({ '1.2.840.113549.1.9.7': "s3cr'et" });
  });

  test('the extensions carry Puppet\'s registered OIDs', () => {
    expect(Object.fromEntries(EXTENSION_REQUESTS.map((e) => [e.name, e.oid]))).toEqual({
      pp_service: '1.3.6.1.4.1.34380.1.1.9',
      pp_role: '1.3.6.1.4.1.34380.1.1.13',
      pp_environment: '1.3.6.1.4.1.34380.1.1.12',
      pp_zone: '1.3.6.1.4.1.34380.1.1.20',
      pp_datacenter: '1.3.6.1.4.1.34380.1.1.19',
    });
  });

  test('the facts file holds the custom facts, then the first NIC\'s address', () => {
    expect(yaml.load(factsYaml({ b_fact: '2', a_fact: '1' }, '10.0.1.11'))).toEqual({ a_fact: '1', b_fact: '2', haservice_address: '10.0.1.11' });
  });
});

describeWithTools(['shellcheck', 'sh'], 'real-tool tier: shellcheck -s sh and sh -n', () => {
  const check = (script: string) => {
    const file = path.join(scratch('lint'), 'start-script.sh');
    fs.writeFileSync(file, script);
    return { shellcheck: run('shellcheck', ['-s', 'sh', file]), syntax: run('sh', ['-n', file]) };
  };

  test.each<[string, string]>([
    ['the seed script', seedScript()],
    ['the seed script with a challenge password', renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS)],
    ['a tcp service\'s script', renderStartScript(SEED_IDENTITY, SEED_PUPPET, haproxyFacts('my_service', { port: 5432, mode: HaproxyMode.TCP }, 'dc1'))],
    ['a script without custom facts', renderStartScript(SEED_IDENTITY, SEED_PUPPET)],
  ])('%s passes both', (_what, script) => {
    const { shellcheck, syntax } = check(script);
    expect(shellcheck.stdout).toBe('');
    expect(shellcheck.status).toBe(0);
    expect(syntax.status).toBe(0);
  });

  test('the script of every generated declaration passes both', () => {
    fc.assert(fc.property(declarations, (d) => {
      const puppet: PuppetProps = {
        server: d.server,
        serverPort: d.serverPort,
        waitForCertSeconds: d.waitForCertSeconds,
        challengePassword: d.challenge ? CHALLENGE.challengePassword : undefined,
      };
      expect(problemLines((problems) => validatePuppet(problems, puppet))).toEqual([]);
      const script = renderStartScript(d.identity, puppet, haproxyFacts(d.identity.service, d.haproxy as HaproxyProps, d.identity.datacenter));
      const { shellcheck, syntax } = check(script);
      expect(shellcheck.stdout).toBe('');
      expect(shellcheck.status).toBe(0);
      expect(syntax.status).toBe(0);
    }), { numRuns: 25 });
  });

  test('shellcheck can fail: an unquoted expansion is flagged', () => {
    expect(check(seedScript().replace('mkdir -p "$facts_dir"', 'mkdir -p $facts_dir')).shellcheck.status).not.toBe(0);
  });

  test('sh -n can fail: an unterminated if is refused', () => {
    expect(check(seedScript().replace(/\nfi\n/, '\n')).syntax.status).not.toBe(0);
  });
});

describeWithTools(['sh'], 'real-tool tier: the enrolment script run by sh against a fake puppet', () => {
  test('a first boot exits 0 and logs the enrolment', () => {
    const result = enrol(scratchVm(seedScript()));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('haservice-enrol: enrolled as my-service-dc1-1');
  });

  test('writes csr_attributes.yaml with the extension requests, byte for byte as csrAttributesYaml says', () => {
    const vm = scratchVm(seedScript());
    enrol(vm);
    expect(read(vm, CSR)).toBe(csrAttributesYaml(SEED_IDENTITY));
    expect(yaml.load(read(vm, CSR))).toEqual({
      extension_requests: { pp_service: 'my_service', pp_role: 'my_service', pp_environment: 'production', pp_zone: 'production', pp_datacenter: 'dc1' },
    });
  });

  test('csr_attributes.yaml is readable by root only', () => {
    const vm = scratchVm(seedScript());
    enrol(vm);
    expect((fs.statSync(path.join(vm.root, CSR)).mode % 0o1000).toString(8)).toBe('600');
  });

  test('writes csr_attributes.yaml in the confdir puppet reports (Debian\'s /etc/puppet)', () => {
    const vm = scratchVm(seedScript());
    enrol(vm, { FAKE_CONFDIR: '/etc/puppet' });
    expect(yaml.load(read(vm, 'etc/puppet/csr_attributes.yaml'))).toHaveProperty('extension_requests.pp_service', 'my_service');
    expect(exists(vm, CSR)).toBe(false);
  });

  test('writes the HAProxy details as external facts, byte for byte as factsYaml says', () => {
    const vm = scratchVm(seedScript());
    enrol(vm);
    expect(read(vm, FACTS)).toBe(factsYaml(SEED_FACTS));
    expect(yaml.load(read(vm, FACTS))).toEqual(SEED_FACTS);
  });

  test('adds the first NIC\'s address (ETH0_IP) as fact haservice_address', () => {
    const vm = scratchVm(seedScript());
    enrol(vm, { ETH0_IP: '10.0.1.11' });
    expect(read(vm, FACTS)).toBe(factsYaml(SEED_FACTS, '10.0.1.11'));
  });

  test('points the agent at the server with the hostname as certname, runs it, then enables the service', () => {
    expect(enrol(scratchVm(seedScript())).calls).toEqual([
      'config print confdir',
      'config set server puppet.example.com --section main',
      'config set serverport 8140 --section main',
      'config set certname my-service-dc1-1-42 --section main',
      'config set environment production --section agent',
      'agent --test --waitforcert 60 --maxwaitforcert 900',
      'resource service puppet ensure=running enable=true',
    ]);
  });

  test('the certname is the lower-cased SET_HOSTNAME followed by the VM ID (VMID)', () => {
    expect(enrol(scratchVm(seedScript()), { SET_HOSTNAME: 'My-Service-DC1-1' }).calls).toContain('config set certname my-service-dc1-1-42 --section main');
  });

  test('a VM re-created under the same name (a new VMID) asks for a certificate of a new certname', () => {
    const first = enrol(scratchVm(seedScript()), { VMID: '42' }).calls.find((c) => c.startsWith('config set certname'));
    const second = enrol(scratchVm(seedScript()), { VMID: '57' }).calls.find((c) => c.startsWith('config set certname'));
    expect([first, second]).toEqual(['config set certname my-service-dc1-1-42 --section main', 'config set certname my-service-dc1-1-57 --section main']);
  });

  test('without VMID (not an OpenNebula context) the certname is the hostname alone', () => {
    const result = enrol(scratchVm(seedScript()), { VMID: '' });
    expect(result.calls).toContain('config set certname my-service-dc1-1 --section main');
    expect(result.stdout).toContain('no VMID in the context');
  });

  test('a VMID that is not a number is refused before anything is written', () => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { VMID: '1;id' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("context variable VMID must be a number, got '1;id'");
    expect(result.calls.filter((c) => c.startsWith('agent'))).toEqual([]);
  });

  test('writes the marker, with the certname, after a successful first run', () => {
    const vm = scratchVm(seedScript());
    enrol(vm);
    expect(read(vm, MARKER)).toMatch(/^my-service-dc1-1-42 \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n$/);
  });

  test('reports READY through OneGate once enrolled and once the health path answers its status', () => {
    const result = enrol(scratchVm(seedScript()), { ETH0_IP: '10.0.1.11' });
    expect(result.status).toBe(0);
    expect(result.probes).toEqual(['http://10.0.1.11:8080/health']);
    expect(result.reports).toEqual(['vm update --data READY=YES']);
  });

  test('does not report READY while the health path answers another status, and fails after a bounded wait', () => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { FAKE_HEALTH_STATUS: '503', HASERVICE_HEALTH_TRIES: '2' });
    expect(result.status).toBe(1);
    expect(result.probes).toHaveLength(2);
    expect(result.reports).toEqual([]);
    expect(result.stdout).toContain('did not answer 200');
    // Enrolment itself succeeded: the next boot only probes and reports.
    expect(exists(vm, MARKER)).toBe(true);
  });

  test('a failed first agent run reports no READY', () => {
    expect(enrol(scratchVm(seedScript()), { FAKE_AGENT_EXIT: '1' }).reports).toEqual([]);
  });

  test('a second run writes nothing and does not call puppet, but reports READY again (a new boot)', () => {
    const vm = scratchVm(seedScript());
    expect(enrol(vm).status).toBe(0);
    const before = snapshot(vm.root);
    const second = enrol(vm);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already enrolled');
    expect(second.calls).toEqual([]);
    expect(second.reports).toEqual(['vm update --data READY=YES']);
    expect(snapshot(vm.root)).toEqual(before);
  });

  test('agent exit 2 (changes applied) is a success', () => {
    const vm = scratchVm(seedScript());
    expect(enrol(vm, { FAKE_AGENT_EXIT: '2' }).status).toBe(0);
    expect(exists(vm, MARKER)).toBe(true);
  });

  test.each(['1', '4', '6'])('agent exit %s fails the script, leaves no marker, and still enables the agent service', (code) => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { FAKE_AGENT_EXIT: code });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`puppet agent --test exited ${code}`);
    expect(exists(vm, MARKER)).toBe(false);
    expect(result.calls[result.calls.length - 1]).toBe('resource service puppet ensure=running enable=true');
  });

  test('after a failed first run, the next boot enrols', () => {
    const vm = scratchVm(seedScript());
    enrol(vm, { FAKE_AGENT_EXIT: '1' });
    expect(enrol(vm).status).toBe(0);
    expect(exists(vm, MARKER)).toBe(true);
  });

  test('without puppet, writes the files in /etc/puppetlabs/puppet, fails, and leaves no marker', () => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { PUPPET_BIN: path.join(vm.dir, 'no-such-puppet') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('puppet not found');
    expect(exists(vm, CSR)).toBe(true);
    expect(exists(vm, MARKER)).toBe(false);
  });

  test('context variables in the environment win over the rendered values', () => {
    const vm = scratchVm(seedScript());
    enrol(vm, { SERVICE_DATACENTER: 'dc2', FACT_HASERVICE_HAPROXY_BACKUP: 'true' });
    expect(yaml.load(read(vm, CSR))).toHaveProperty('extension_requests.pp_datacenter', 'dc2');
    expect(yaml.load(read(vm, FACTS))).toHaveProperty('haservice_haproxy_backup', 'true');
  });

  test('reads the context from ONE_CONTEXT_ENV (one-context\'s env file) when it exists', () => {
    const vm = scratchVm(seedScript());
    fs.mkdirSync(path.join(vm.root, 'run/ctx'), { recursive: true });
    fs.writeFileSync(path.join(vm.root, 'run/ctx/one_env'), 'export SERVICE_ROLE="from_env_file"\nexport SET_HOSTNAME="vm-from-env-file"\n');
    const result = enrol(vm, { ONE_CONTEXT_ENV: '/run/ctx/one_env' });
    expect(yaml.load(read(vm, CSR))).toHaveProperty('extension_requests.pp_role', 'from_env_file');
    expect(result.calls).toContain('config set certname vm-from-env-file-42 --section main');
  });

  test('the default context env file is /var/run/one-context/one_env', () => {
    const vm = scratchVm(seedScript());
    fs.mkdirSync(path.join(vm.root, 'var/run/one-context'), { recursive: true });
    fs.writeFileSync(path.join(vm.root, 'var/run/one-context/one_env'), 'export SERVICE_ZONE="zone_from_file"\n');
    enrol(vm);
    expect(yaml.load(read(vm, CSR))).toHaveProperty('extension_requests.pp_zone', 'zone_from_file');
  });

  test('the challenge password (base64 in the context) reaches the agent in custom_attributes, quotes and all', () => {
    const vm = scratchVm(renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS));
    const result = enrol(vm, { PUPPET_CHALLENGE_PASSWORD_B64: b64("s3cr'et $(x) `y` \\ \"z\"") });
    expect(result.status).toBe(0);
    expect(result.csrSeen).toBe(csrAttributesYaml(SEED_IDENTITY, "s3cr'et $(x) `y` \\ \"z\""));
  });

  test('a password full of shell syntax, in one_env exactly as one-context writes it, arrives intact and runs nothing', () => {
    const password = '`touch pwned` $(touch pwned) ${HOME} \\ " \'';
    const vm = scratchVm(renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS));
    fs.mkdirSync(path.join(vm.root, 'run/ctx'), { recursive: true });
    fs.writeFileSync(path.join(vm.root, 'run/ctx/one_env'), `export PUPPET_CHALLENGE_PASSWORD_B64="${b64(password)}"\n`);
    const result = enrol(vm, { ONE_CONTEXT_ENV: '/run/ctx/one_env' });
    expect(result.status).toBe(0);
    expect(challengeOf(result.csrSeen)).toBe(password);
    expect(fs.existsSync(path.join(vm.dir, 'pwned')) || fs.existsSync(path.join(ROOT, 'pwned'))).toBe(false);
  });

  test('once the certificate is signed, the password no longer stays in csr_attributes.yaml', () => {
    const vm = scratchVm(renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS));
    const result = enrol(vm, { PUPPET_CHALLENGE_PASSWORD_B64: b64('s3cret') });
    expect(challengeOf(result.csrSeen)).toBe('s3cret');
    expect(read(vm, CSR)).toBe(csrAttributesYaml(SEED_IDENTITY));
    expect(result.stdout).toContain('challenge password removed');
  });

  test('after a failed agent run the password stays, for the agent service that keeps asking for the certificate', () => {
    const vm = scratchVm(renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS));
    expect(enrol(vm, { PUPPET_CHALLENGE_PASSWORD_B64: b64('s3cret'), FAKE_AGENT_EXIT: '1' }).status).toBe(1);
    expect(challengeOf(read(vm, CSR))).toBe('s3cret');
  });

  test('a script expecting a challenge password refuses to run without one, and writes nothing', () => {
    const vm = scratchVm(renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS));
    const result = enrol(vm);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PUPPET_CHALLENGE_PASSWORD_B64 is missing');
    expect(snapshot(vm.root)).toEqual({});
  });

  test.each([
    ['not base64', 'a$b`c`', 'is not base64'],
    ['empty once decoded (a lone line break)', b64('\n'), 'decodes to an empty password'],
    ['a control character once decoded', b64('pass\nword'), 'must be printable ASCII'],
  ])('a challenge password that is %s is refused, and nothing is written', (_case, value, message) => {
    const vm = scratchVm(renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS));
    const result = enrol(vm, { PUPPET_CHALLENGE_PASSWORD_B64: value });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(snapshot(vm.root)).toEqual({});
  });

  test('a script without a challenge password ignores one found in the environment', () => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { PUPPET_CHALLENGE_PASSWORD_B64: b64('stray') });
    expect(result.csrSeen).not.toContain('stray');
    expect(read(vm, CSR)).not.toContain('stray');
  });

  test.each(HOSTILE_NON_NAMES.filter((v) => v !== ''))('a hostile identity %j from the environment is refused: nothing written, nothing run', (value) => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { SERVICE_ROLE: value });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('context variable SERVICE_ROLE must match');
    expect(result.calls).toEqual([]);
    expect(snapshot(vm.root)).toEqual({});
  });

  test.each(['yes', 'null'])('a name YAML would read as a keyword, %j, stays a string', (value) => {
    const vm = scratchVm(seedScript());
    enrol(vm, { SERVICE_ROLE: value });
    expect(yaml.load(read(vm, CSR))).toHaveProperty('extension_requests.pp_role', value);
  });

  test.each(HOSTILE.filter((v) => v !== '' && PRINTABLE.test(v)))('a hostile fact value %j from the environment stays data', (value) => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { FACT_HASERVICE_HAPROXY_BACKEND: value });
    expect(result.status).toBe(0);
    expect(yaml.load(read(vm, FACTS))).toHaveProperty('haservice_haproxy_backend', value);
    expect(fs.readdirSync(vm.dir).sort()).toEqual(['bin', 'csr-seen.yaml', 'onegate.log', 'probe.log', 'puppet.log', 'start-script.sh', 'vm']);
  });

  test.each(['/health x', '/$(id)', '/a;b', 'health'])('a health path %j that is not a URL path is written as data, never probed, and READY is not reported', (value) => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { FACT_HASERVICE_HAPROXY_CHECK_PATH: value });
    expect(result.status).toBe(1);
    expect(yaml.load(read(vm, FACTS))).toHaveProperty('haservice_haproxy_check_path', value);
    expect([result.probes, result.reports]).toEqual([[], []]);
  });

  test.each(HOSTILE.filter((v) => !PRINTABLE.test(v)).concat(['a\u0085b', 'a\u2028b', 'a\x7fb']))(
    'a fact value %j that is not printable ASCII is refused (YAML would fold or reject it)', (value) => {
      const vm = scratchVm(seedScript());
      const result = enrol(vm, { FACT_HASERVICE_HAPROXY_CHECK_PATH: value });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('FACT_HASERVICE_HAPROXY_CHECK_PATH must be printable ASCII');
      expect(snapshot(vm.root)).toEqual({});
    });

  test.each([['PUPPET_SERVER', 'puppet example.com'], ['PUPPET_PORT', '8140; id'], ['ETH0_IP', '10.0.0.1 backup'], ['SET_HOSTNAME', 'vm;id']])(
    'a malformed %s is refused', (variable, value) => {
      const result = enrol(scratchVm(seedScript()), { [variable]: value });
      expect(result.status).toBe(1);
      expect(result.calls).toEqual([]);
    });

  test('generated hostile values never run a command: the values are refused or stay data', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((s) => !s.includes('\0')), (hostile) => {
      const vm = scratchVm(renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS));
      const value = `${hostile}'"$(touch pwned)\`touch pwned\``;
      const result = enrol(vm, { PUPPET_CHALLENGE_PASSWORD_B64: b64(value), FACT_HASERVICE_HAPROXY_BACKEND: value });
      expect(fs.existsSync(path.join(vm.dir, 'pwned')) || fs.existsSync(path.join(ROOT, 'pwned'))).toBe(false);
      if (result.status === 0) {
        expect(challengeOf(result.csrSeen)).toBe(value);
        expect(yaml.load(read(vm, FACTS))).toHaveProperty('haservice_haproxy_backend', value);
      } else {
        expect(result.stderr).toContain('must be printable ASCII');
      }
    }), { numRuns: 30 });
  });
});

describeWithTools(['bash'], 'real-tool tier: the enrolment script run by bash as sh (sh on Red Hat family images)', () => {
  const bash = ['bash', '--posix'];

  test('enrols the seed VM with the same files and puppet calls as dash', () => {
    const vm = scratchVm(seedScript());
    const result = enrol(vm, { ETH0_IP: '10.0.1.11' }, bash);
    expect(result.status).toBe(0);
    expect(read(vm, CSR)).toBe(csrAttributesYaml(SEED_IDENTITY));
    expect(read(vm, FACTS)).toBe(factsYaml(SEED_FACTS, '10.0.1.11'));
    expect(result.calls).toEqual(enrol(scratchVm(seedScript()), { ETH0_IP: '10.0.1.11' }).calls);
  });

  test('refuses a non-ASCII identity and a non-ASCII fact value, as dash does', () => {
    expect(enrol(scratchVm(seedScript()), { SERVICE_ROLE: 'rôle' }, bash).status).toBe(1);
    expect(enrol(scratchVm(seedScript()), { FACT_HASERVICE_HAPROXY_BACKEND: 'a\u2028b' }, bash).status).toBe(1);
  });

  test('a second run writes nothing and does not call puppet', () => {
    const vm = scratchVm(seedScript());
    enrol(vm, {}, bash);
    const before = snapshot(vm.root);
    expect(enrol(vm, {}, bash).calls).toEqual([]);
    expect(snapshot(vm.root)).toEqual(before);
  });
});

describeWithTools(['sh', 'ruby', 'puppet'], 'real-tool tier: Puppet\'s own CSR code reads csr_attributes.yaml', () => {
  /** Loads the file with Puppet::SSL::CertificateRequestAttributes, builds a CSR, lists its numeric OIDs. */
  const csrOids = (file: string) => {
    const conf = scratch('puppet-conf');
    const result = run('ruby', [path.join(__dirname, 'puppet-csr.rb'), file, conf]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout);
  };

  test('the extensions of the seed CSR are pp_service, pp_role, pp_environment, pp_zone and pp_datacenter, by OID', () => {
    const vm = scratchVm(seedScript());
    enrol(vm);
    const csr = csrOids(path.join(vm.root, CSR));
    expect(csr.extensions).toEqual(EXTENSION_REQUESTS.map((e) => ({ oid: e.oid, value: SEED_IDENTITY[e.field as keyof ServiceIdentity] })));
    expect(csr.attributes).toEqual([]);
  });

  test('the challenge password becomes the CSR\'s challengePassword attribute (1.2.840.113549.1.9.7)', () => {
    const vm = scratchVm(renderStartScript(SEED_IDENTITY, CHALLENGE, SEED_FACTS));
    const seen = path.join(vm.dir, 'csr-as-seen.yaml');
    fs.writeFileSync(seen, enrol(vm, { PUPPET_CHALLENGE_PASSWORD_B64: b64("s3cr'et") }).csrSeen ?? '');
    expect(csrOids(seen).attributes).toEqual([{ oid: '1.2.840.113549.1.9.7', value: "s3cr'et" }]);
  });

  test('the check can fail: an extension Puppet does not know is refused', () => {
    const file = path.join(scratch('bad-csr'), 'csr_attributes.yaml');
    fs.writeFileSync(file, "---\nextension_requests:\n  pp_no_such_extension: 'x'\n");
    expect(run('ruby', [path.join(__dirname, 'puppet-csr.rb'), file, scratch('puppet-conf')]).status).not.toBe(0);
  });
});

describeWithTools(['sh', 'facter'], 'real-tool tier: Facter reads the facts file', () => {
  test('facter --external-dir returns every custom fact and the address', () => {
    const vm = scratchVm(seedScript());
    enrol(vm, { ETH0_IP: '10.0.1.11' });
    const names = [...Object.keys(SEED_FACTS), 'haservice_address'];
    const result = run('facter', ['--external-dir', path.join(vm.root, 'etc/facter/facts.d'), '--json', ...names]);
    expect(JSON.parse(result.stdout)).toEqual({ ...SEED_FACTS, haservice_address: '10.0.1.11' });
  });
});
