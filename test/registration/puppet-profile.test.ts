import * as fs from 'fs';
import * as path from 'path';
import { SEED_HAPROXY, SEED_MEMBERS, haproxyCheck, haproxyConfig } from './fixtures';
import { ROOT, RunResult, describeWithTools, run, scratch } from './tools';
import { HaproxyMode, HaproxyProps, haproxyFacts, pqlForService, renderHaproxyBackend } from '../../src/registration';

const PROFILE = path.join(ROOT, 'examples/puppet/haservice_lb.pp');

/**
 * A stand-in for puppetdb_query that answers the queries of a JSON file `{ "<PQL>": [rows] }` and
 * fails on any other. It is named `fakepdb::puppetdb_query` and handed to the profile through its
 * `query_function` seam: a module function named `puppetdb_query` would be shadowed by the system
 * one of puppet-terminus-puppetdb when that package is installed.
 */
const FAKE_PUPPETDB_QUERY = `require 'json'
Puppet::Functions.create_function(:'fakepdb::puppetdb_query') do
  dispatch :query do
    param 'String', :query
  end
  def query(pql)
    answers = JSON.parse(File.read(ENV.fetch('FAKE_PUPPETDB')))
    answers.fetch(pql.split.join(' ')) { raise Puppet::Error, "fake puppetdb_query: unexpected query: #{pql}" }
  end
end
`;

/** One inventory row as PuppetDB returns it for the PQL of pqlForService: a member publishing the facts of its datacenter. */
function row(name: string, address: string, datacenter: string, props: HaproxyProps = SEED_HAPROXY): { [field: string]: string | null } {
  const out: { [field: string]: string | null } = {
    'certname': name,
    'facts.networking.ip': address,
    'facts.haservice_address': null,
    'trusted.extensions.pp_datacenter': datacenter,
    'facts.haservice_haproxy_check_path': null,
    'facts.haservice_haproxy_check_status': null,
  };
  for (const [fact, value] of Object.entries(haproxyFacts('my_service', props, datacenter))) out[`facts.${fact}`] = value;
  return out;
}

/**
 * `puppet apply` of the example profile, PuppetDB answering `rows` to the PQL of my_service in
 * production. `parameters` are the class parameters besides `query_function` (default: my_service
 * in production, written to a scratch directory the profile creates); `manifest` is more Puppet code
 * to apply with it; `noop` only compiles and simulates. Returns the rendered file, if any.
 */
function applyProfile(rows: Array<{ [field: string]: string | null }>, options: { parameters?: string; noop?: boolean; manifest?: string } = {}):
RunResult & { backend?: string; configDir: string } {
  const dir = scratch('lb');
  const modules = path.join(dir, 'modules');
  fs.mkdirSync(path.join(modules, 'profile/manifests'), { recursive: true });
  fs.copyFileSync(PROFILE, path.join(modules, 'profile/manifests/haservice_lb.pp'));
  fs.mkdirSync(path.join(modules, 'fakepdb/lib/puppet/functions/fakepdb'), { recursive: true });
  fs.writeFileSync(path.join(modules, 'fakepdb/lib/puppet/functions/fakepdb/puppetdb_query.rb'), FAKE_PUPPETDB_QUERY);
  fs.writeFileSync(path.join(dir, 'puppetdb.json'), JSON.stringify({ [pqlForService('my_service', 'production')]: rows }));
  const configDir = path.join(dir, 'out');
  const parameters = options.parameters ?? `services => ['my_service'], environment => 'production', config_dir => '${configDir}'`;
  const settings = ['confdir', 'vardir', 'codedir', 'logdir', 'rundir'].flatMap((d) => [`--${d}`, path.join(dir, d)]);
  const result = run('puppet', ['apply', '--color=false', '--detailed-exitcodes', ...(options.noop ? ['--noop'] : []),
    '--modulepath', modules, ...settings, '-e',
    `class { 'profile::haservice_lb': ${parameters}, query_function => 'fakepdb::puppetdb_query' } ${options.manifest ?? ''}`],
  { env: { ...process.env, FAKE_PUPPETDB: path.join(dir, 'puppetdb.json') } });
  const file = path.join(configDir, 'my_service.cfg');
  return { ...result, configDir, backend: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined };
}

const BACKUP_DC2: HaproxyProps = { ...SEED_HAPROXY, backupDatacenters: ['dc2'] };
const SEED_ROWS = SEED_MEMBERS.map((m) => row(m.name, m.address, m.datacenter, BACKUP_DC2)).reverse();

describeWithTools(['puppet'], 'real-tool tier: puppet parser validate on the example load-balancer profile', () => {
  test('accepts examples/puppet/haservice_lb.pp', () => {
    const result = run('puppet', ['parser', 'validate', '--color=false', PROFILE]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('rejects a broken copy (last brace removed), so the check can fail', () => {
    const broken = path.join(scratch('pp'), 'broken.pp');
    fs.writeFileSync(broken, fs.readFileSync(PROFILE, 'utf8').replace(/\}\s*$/, ''));
    expect(run('puppet', ['parser', 'validate', '--color=false', broken]).status).not.toBe(0);
  });
});

describeWithTools(['puppet', 'haproxy'], 'real-tool tier: puppet apply of the example profile against a fake PuppetDB', () => {
  let seed: ReturnType<typeof applyProfile> | undefined;
  const seedApply = () => (seed ??= applyProfile(SEED_ROWS));

  test('sends the PQL of pqlForService and writes the backend renderHaproxyBackend renders, byte for byte', () => {
    const result = seedApply();
    expect(result.stdout + result.stderr).not.toMatch(/unexpected query/);
    expect([0, 2]).toContain(result.status);
    expect(result.backend).toBe(renderHaproxyBackend('my_service', BACKUP_DC2, SEED_MEMBERS));
  });

  test('the backend it writes passes haproxy -c', () => {
    const { backend } = seedApply();
    expect(haproxyCheck(haproxyConfig(backend!, 'my_service')).status).toBe(0);
  });

  test('prefers the first NIC\'s address (haservice_address) to networking.ip', () => {
    const rows = SEED_ROWS.map((r) => ({ ...r, 'facts.haservice_address': r['facts.networking.ip']!.replace(/^10\.0\./, '192.168.') }));
    expect(applyProfile(rows).backend).toContain('server my-service-dc1-1 192.168.1.11:8080 check\n');
  });

  test('a mode tcp service gets no HTTP check', () => {
    const tcp: HaproxyProps = { port: 5432, mode: HaproxyMode.TCP };
    const members = SEED_MEMBERS.slice(0, 2);
    const { backend } = applyProfile(members.map((m) => row(m.name, m.address, m.datacenter, tcp)));
    expect(backend).toBe(renderHaproxyBackend('my_service', tcp, members));
  });

  test('a member with hostile facts is left out with a warning, and the configuration stays valid', () => {
    const hostile = { ...row('evil-1', '10.0.9.9', 'dc1', BACKUP_DC2), 'facts.haservice_haproxy_check_path': '/x\nbackend evil' };
    const lying = { ...row('evil-2', '10.0.9.9 backup', 'dc1', BACKUP_DC2), 'facts.haservice_haproxy_port': '8080 backup' };
    const tooHigh = { ...row('evil-3', '10.0.9.8', 'dc1', BACKUP_DC2), 'facts.haservice_haproxy_port': '70000' };
    const result = applyProfile([hostile, lying, tooHigh, ...SEED_ROWS]);
    expect(result.stdout + result.stderr).toMatch(/member evil-1 left out, invalid facts\.haservice_haproxy_check_path/);
    expect(result.stdout + result.stderr).toMatch(/member evil-2 left out, invalid address, facts\.haservice_haproxy_port/);
    expect(result.stdout + result.stderr).toMatch(/member evil-3 left out, invalid facts\.haservice_haproxy_port/);
    expect([0, 2]).toContain(result.status);
    expect(result.backend).toBe(renderHaproxyBackend('my_service', BACKUP_DC2, SEED_MEMBERS));
  });

  test('a service without members is left as it is: no file is written', () => {
    const result = applyProfile([]);
    expect([0, 2]).toContain(result.status);
    expect(result.backend).toBeUndefined();
  });

  test('creates its configuration directory, which a stock Debian haproxy does not have', () => {
    const result = applyProfile(SEED_ROWS);
    expect([0, 2]).toContain(result.status);
    expect(fs.statSync(result.configDir).isDirectory()).toBe(true);
    expect(result.backend).toBe(renderHaproxyBackend('my_service', BACKUP_DC2, SEED_MEMBERS));
  });

  test('compiles with its defaults (config_dir /etc/haproxy/conf.d, no service to notify), simulated with --noop', () => {
    const result = applyProfile(SEED_ROWS, { parameters: "services => ['my_service'], environment => 'production'", noop: true });
    expect(result.stdout + result.stderr).not.toMatch(/Error: (Could not|Evaluation Error)|Could not find resource/);
    expect([0, 2]).toContain(result.status);
    expect(result.stdout).toMatch(/File\[\/etc\/haproxy\/conf\.d\/my_service\.cfg\]/);
  });

  test('notifies the service it is given, which must be declared in the catalog', () => {
    const out = path.join(scratch('lb-notify'), 'conf.d');
    const declared = applyProfile(SEED_ROWS, {
      parameters: `services => ['my_service'], environment => 'production', config_dir => '${out}', notify_service => 'haproxy'`,
      manifest: "service { 'haproxy': }",
      noop: true,
    });
    expect(declared.stderr).not.toMatch(/Could not find resource/);
    expect([0, 2]).toContain(declared.status);
    const undeclared = applyProfile(SEED_ROWS, {
      parameters: `services => ['my_service'], environment => 'production', config_dir => '${out}', notify_service => 'haproxy'`, noop: true,
    });
    expect(undeclared.status).not.toBe(0);
    expect(undeclared.stderr).toMatch(/Service\[haproxy\]/);
  });
});
