import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { SEED_FACTS, SEED_IDENTITY, SEED_PUPPET, problemFields, problemLines, thrownProblems } from './fixtures';
import { template } from '../../src/provider';
import {
  PuppetProps, ServiceIdentity, isRegistrationContextKey, puppetContext, renderStartScript, serviceIdentity, validatePuppet,
} from '../../src/registration';

const fieldsOf = (props: PuppetProps) => problemFields((problems) => validatePuppet(problems, props));
const linesOf = (props: PuppetProps) => problemLines((problems) => validatePuppet(problems, props));
const secret = () => {
  const stack = new TerraformStack(Testing.app(), 'secret');
  return new TerraformVariable(stack, 'puppet_challenge', { type: 'string', sensitive: true }).stringValue;
};

describe('validatePuppet', () => {
  test('the seed settings have no problem', () => {
    expect(linesOf(SEED_PUPPET)).toEqual([]);
  });

  test('every optional setting at a valid value has no problem', () => {
    expect(linesOf({
      server: 'puppet',
      role: 'web_front',
      environment: 'staging_2',
      serverPort: 8141,
      waitForCertSeconds: 0,
      maxWaitForCertSeconds: 86400,
      challengePassword: secret(),
    })).toEqual([]);
  });

  test.each([
    ['a space', 'puppet example.com'],
    ['an underscore', 'puppet_1.example.com'],
    ['a label starting with "-"', '-puppet.example.com'],
    ['an empty label', 'puppet..example.com'],
    ['a trailing dot', 'puppet.example.com.'],
    ['a label longer than 63', `${'a'.repeat(64)}.example.com`],
    ['more than 253 characters', Array(64).fill('abc').join('.')],
    ['a quote and a command', "puppet'; rm -rf /"],
    ['a Terraform token', Token.asString({ ref: 'server' })],
  ])('puppet.server with %s is a problem', (_what, server) => {
    expect(fieldsOf({ server })).toEqual(['puppet.server']);
  });

  test('the puppet.server problem names what is allowed', () => {
    expect(linesOf({ server: 'bad server' })).toEqual([expect.stringMatching(/^puppet\.server = "bad server": a DNS name \(RFC 1123/)]);
  });

  test('a missing puppet.server is a problem', () => {
    expect(fieldsOf({} as PuppetProps)).toEqual(['puppet.server']);
  });

  test.each(['Web', 'web-front', '1web', '_web', 'a'.repeat(64), 'web\nfront', '$(id)', ''])('puppet.role %j is a problem', (role) => {
    expect(linesOf({ ...SEED_PUPPET, role })).toEqual([expect.stringMatching(/^puppet\.role = .*\^\[a-z\]\[a-z0-9_\]\{0,62\}\$/)]);
  });

  test.each(['Production', 'prod-1', 'prod env', "prod'", ''])('puppet.environment %j is a problem', (environment) => {
    expect(linesOf({ ...SEED_PUPPET, environment })).toEqual([expect.stringMatching(/^puppet\.environment = .*Puppet environment name/)]);
  });

  test.each([0, 65536, 80.5, -1])('puppet.serverPort %p is a problem', (serverPort) => {
    expect(linesOf({ ...SEED_PUPPET, serverPort })).toEqual([`puppet.serverPort = ${serverPort}: a literal integer from 1 to 65535`]);
  });

  test.each([-1, 3601, 1.5])('puppet.waitForCertSeconds %p is a problem', (waitForCertSeconds) => {
    expect(linesOf({ ...SEED_PUPPET, waitForCertSeconds })).toEqual([`puppet.waitForCertSeconds = ${waitForCertSeconds}: a literal integer from 0 to 3600`]);
  });

  test.each([0, 86401])('puppet.maxWaitForCertSeconds %p is a problem', (maxWaitForCertSeconds) => {
    expect(fieldsOf({ ...SEED_PUPPET, maxWaitForCertSeconds })).toEqual(['puppet.maxWaitForCertSeconds']);
  });

  test('a number given as a Terraform token is a problem: the script needs it at synthesis', () => {
    expect(linesOf({ ...SEED_PUPPET, serverPort: Token.asNumber({ ref: 'port' }) }))
      .toEqual(['puppet.serverPort = <token>: a literal integer from 1 to 65535']);
  });

  test('a literal challenge password is a problem that points to a sensitive TerraformVariable', () => {
    expect(linesOf({ ...SEED_PUPPET, challengePassword: 'hunter2' })).toEqual([expect.stringMatching(
      /^puppet\.challengePassword = "\(a literal, not shown\)": a token of a sensitive TerraformVariable .*in clear into the synthesized Terraform JSON$/)]);
  });

  test('the literal challenge password is never echoed', () => {
    expect(linesOf({ ...SEED_PUPPET, challengePassword: 'hunter2' }).join('\n')).not.toContain('hunter2');
  });

  test('every problem is reported, not only the first', () => {
    expect(fieldsOf({ server: 'bad server', role: 'Bad', environment: 'bad-env', serverPort: 0, waitForCertSeconds: -1, challengePassword: 'x' }))
      .toEqual(['puppet.server', 'puppet.role', 'puppet.environment', 'puppet.serverPort', 'puppet.waitForCertSeconds', 'puppet.challengePassword']);
  });
});

describe('serviceIdentity', () => {
  test('role defaults to the service name and environment to the zone name', () => {
    expect(serviceIdentity('web', 'staging', 'dc2', { server: 'p.example.com' }))
      .toEqual({ service: 'web', role: 'web', environment: 'staging', zone: 'staging', datacenter: 'dc2' });
  });

  test('role and environment given in the Puppet settings win', () => {
    expect(serviceIdentity('web', 'staging', 'dc2', { server: 'p.example.com', role: 'front', environment: 'prod' }))
      .toMatchObject({ role: 'front', environment: 'prod' });
  });
});

describe('puppetContext', () => {
  const context = puppetContext(SEED_IDENTITY, SEED_PUPPET, SEED_FACTS);

  test('carries the identity of the datacenter\'s VMs', () => {
    expect(context).toMatchObject({
      SERVICE_NAME: 'my_service', SERVICE_ROLE: 'my_service', SERVICE_ENVIRONMENT: 'production', SERVICE_ZONE: 'production', SERVICE_DATACENTER: 'dc1',
    });
  });

  test('carries the Puppet settings with their defaults', () => {
    expect(context).toMatchObject({ PUPPET_SERVER: 'puppet.example.com', PUPPET_PORT: '8140', PUPPET_WAITFORCERT: '60', PUPPET_MAXWAITFORCERT: '900' });
  });

  test('carries each custom fact as FACT_<NAME>', () => {
    expect(context).toMatchObject({ FACT_HASERVICE_HAPROXY_PORT: '8080', FACT_HASERVICE_HAPROXY_CHECK_PATH: '/health', FACT_HASERVICE_HAPROXY_BACKUP: 'false' });
  });

  test('START_SCRIPT_BASE64 is the rendered enrolment script', () => {
    expect(Buffer.from(context.START_SCRIPT_BASE64, 'base64').toString('utf8')).toBe(renderStartScript(SEED_IDENTITY, SEED_PUPPET, SEED_FACTS));
  });

  test('every key is upper case', () => {
    for (const key of Object.keys(context)) expect(key).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  test('no value holds "$", so neither OpenNebula nor Terraform can rewrite it', () => {
    for (const value of Object.values(context)) expect(value).not.toContain('$');
  });

  test('has no challenge password unless one is given', () => {
    expect(context.PUPPET_CHALLENGE_PASSWORD_B64).toBeUndefined();
  });

  test('with a challenge password, carries an unresolved expression over the variable, never a literal', () => {
    const value = puppetContext(SEED_IDENTITY, { ...SEED_PUPPET, challengePassword: secret() }).PUPPET_CHALLENGE_PASSWORD_B64;
    expect(Token.isUnresolved(value)).toBe(true);
  });

  test('refuses a literal challenge password even when validation was skipped', () => {
    expect(() => puppetContext(SEED_IDENTITY, { ...SEED_PUPPET, challengePassword: 'hunter2' })).toThrow(/must be a token/);
  });

  test('refuses a fact value OpenNebula or Terraform would rewrite', () => {
    expect(() => puppetContext(SEED_IDENTITY, SEED_PUPPET, { haservice_x: '${var.x}' })).toThrow(/FACT_HASERVICE_X/);
    expect(() => puppetContext(SEED_IDENTITY, SEED_PUPPET, { haservice_x: '$NAME' })).toThrow(/FACT_HASERVICE_X/);
  });

  test('refuses a fact name that is not a lower-case word', () => {
    expect(() => puppetContext(SEED_IDENTITY, SEED_PUPPET, { 'Bad-Name': 'x' })).toThrow(/invalid custom fact name/);
  });

  test('refuses an identity that is not made of valid names', () => {
    const hostile: ServiceIdentity = { ...SEED_IDENTITY, role: "x'; touch pwned; '" };
    expect(thrownProblems(() => puppetContext(hostile, SEED_PUPPET)))
      .toEqual([expect.objectContaining({ path: 'registration', field: 'identity', value: JSON.stringify(`role = ${JSON.stringify(hostile.role)}`) })]);
  });

  test('the synthesized Terraform JSON holds a reference to the sensitive variable, never a secret', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'registration');
    const variable = new TerraformVariable(stack, 'puppet_challenge', { type: 'string', sensitive: true });
    new template.Template(stack, 'tpl', {
      name: 'my_service-dc1', context: puppetContext(SEED_IDENTITY, { ...SEED_PUPPET, challengePassword: variable.stringValue }, SEED_FACTS),
    });
    const document = JSON.parse(Testing.synth(stack));
    expect(document.resource.opennebula_template.tpl.context.PUPPET_CHALLENGE_PASSWORD_B64).toBe('${base64encode(var.puppet_challenge)}');
    expect(document.variable.puppet_challenge).toEqual({ sensitive: true, type: 'string' });
    const interpolations = JSON.stringify(document.resource).match(/\$\{[^}]*\}/g);
    expect(interpolations).toEqual(['${base64encode(var.puppet_challenge)}']);
  });
});

describe('isRegistrationContextKey', () => {
  test.each(['SERVICE_NAME', 'SERVICE_DATACENTER', 'PUPPET_SERVER', 'PUPPET_CHALLENGE_PASSWORD_B64', 'START_SCRIPT', 'START_SCRIPT_BASE64',
    'FACT_ANYTHING', 'HASERVICE_ROOT', 'PUPPET_BIN', 'ONE_CONTEXT_ENV'])('%s is reserved', (key) => {
    expect(isRegistrationContextKey(key)).toBe(true);
  });

  test.each(['NETWORK', 'SSH_PUBLIC_KEY', 'MY_APP_SETTING'])('%s is free', (key) => {
    expect(isRegistrationContextKey(key)).toBe(false);
  });
});
