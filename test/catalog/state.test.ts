/**
 * The catalog on shared state: `state: { backend: pg }` in the platform file makes one stack per
 * zone and service, each with its own pg backend (schema cdktf_opennebula_<zone>__<service>), and
 * the connection string is neither accepted in the catalog nor shown in its errors.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { directory } from './support';
import { Catalog, SharedState } from '../../src';
import { runCli } from '../../src/cli/main';

const SECRET = 'postgres://state_writer:Secret-5e1b77d0-not-for-output@db.example.com:5432/tofu_state?sslmode=require';

const ZONES = `zones:
  production:
    endpoint: https://one-prod.example.com/RPC2
    datacenters:
      dc1: { clusterId: 100, networkId: 10, imageId: 20 }
      dc2: { clusterId: 101, networkId: 11, imageId: 21 }
  eu_west:
    endpoint: https://one-eu.example.com/RPC2
    datacenters:
      dc1: { clusterId: 300, networkId: 30, imageId: 40 }
`;
const SERVICES = `- service: web
  zones: [production, eu_west]
  datacenters: [dc1]
  allowSingleDatacenter: true
  instances: 1
  size: { cpu: 1, vcpu: 1, memoryMb: 1024, diskMb: 10240 }
- service: billing_api
  zones: [production]
  datacenters: [dc1, dc2]
  instances: 2
  size: { cpu: 1, vcpu: 2, memoryMb: 2048, diskMb: 10240 }
`;


function synth(files: { [name: string]: string }): { catalog: Catalog; outdir: string; doc: (stack: string) => any } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-state-out-'));
  const app = new App({ outdir });
  const catalog = Catalog.fromDirectory(app, directory(files));
  app.synth();
  return { catalog, outdir, doc: (stack) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')) };
}

/** The catalog error of `files`, with the directory shown as `<dir>`. */
function refusal(files: { [name: string]: string }): string {
  const dir = directory(files);
  try {
    Catalog.fromDirectory(new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-state-out-')) }), dir);
  } catch (e) {
    return (e as Error).message.split(dir + path.sep).join('');
  }
  throw new Error('the catalog was accepted');
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('catalog with state: { backend: pg }', () => {
  test('one stack per zone and service, each with one pg backend in cdktf_opennebula_<zone>__<service>', () => {
    const { catalog, doc } = synth({ 'platform.yaml': `state: { backend: pg }\n${ZONES}`, 'team.yaml': SERVICES });
    const ids = ['production__web', 'production__billing_api', 'eu_west__web'];
    expect(catalog.stacks.map((s) => s.node.id)).toEqual(ids);
    expect(catalog.services.map((s) => s.node.path)).toEqual(['production__web/web', 'production__billing_api/billing_api', 'eu_west__web/web']);
    const schemas = ids.map((id) => {
      const [zone, service] = id.split('__');
      const d = doc(id);
      expect({ id, backends: Object.keys(d.terraform.backend) }).toEqual({ id, backends: ['pg'] });
      expect(d.terraform.backend.pg).toEqual({ schema_name: SharedState.schemaName(zone, service) });
      // The stack holds its own service and nothing of the others.
      const vms = Object.values(d.resource.opennebula_virtual_machine as { [name: string]: { name: string } }).map((vm) => vm.name);
      expect({ id, vms: vms.every((name) => name.startsWith(`${service.replace(/_/g, '-')}-`)) }).toEqual({ id, vms: true });
      return d.terraform.backend.pg.schema_name;
    });
    expect(schemas).toEqual(['cdktf_opennebula_production__web', 'cdktf_opennebula_production__billing_api', 'cdktf_opennebula_eu_west__web']);
    expect(new Set(schemas).size).toBe(schemas.length);
  });

  test('the skip options reach every backend; without state the catalog keeps one stack per zone and no backend', () => {
    const skipping = synth({
      'platform.yaml': `state:\n  backend: pg\n  skipSchemaCreation: true\n  skipTableCreation: true\n  skipIndexCreation: false\n${ZONES}`,
      'team.yaml': SERVICES,
    });
    for (const id of ['production__web', 'production__billing_api', 'eu_west__web']) {
      expect(skipping.doc(id).terraform.backend.pg).toEqual({
        schema_name: `cdktf_opennebula_${id}`, skip_schema_creation: true, skip_table_creation: true,
      });
    }
    const plain = synth({ 'platform.yaml': ZONES, 'team.yaml': SERVICES });
    expect(plain.catalog.stacks.map((s) => s.node.id)).toEqual(['production', 'eu_west']);
    // cdktf's default: the state file on the applying machine.
    expect(Object.keys(plain.doc('production').terraform.backend)).toEqual(['local']);
  });

  test('with PG_CONN_STR set, `cdktf-opennebula synth` writes the connection string into no file', async () => {
    const saved = process.env.PG_CONN_STR;
    process.env.PG_CONN_STR = SECRET;
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-state-secret-'));
    let stdout = '';
    let stderr = '';
    try {
      const code = await runCli(['synth', directory({ 'platform.yaml': `state: { backend: pg }\n${ZONES}`, 'team.yaml': SERVICES }), '--out', out], {
        stdout: (t) => { stdout += t; },
        stderr: (t) => { stderr += t; },
        readStdin: async () => '',
        readFile: (f) => fs.readFileSync(f, 'utf8'),
      });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const stackFile = path.join(out, 'stacks', 'production__billing_api', 'cdk.tf.json');
      expect(stdout).toContain(`stack production__billing_api: billing_api -> ${stackFile}`);
      const files = walk(out);
      expect(files.filter((f) => f.endsWith('cdk.tf.json'))).toHaveLength(3);
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const name = path.relative(out, file);
        for (const needle of [SECRET, 'Secret-5e1b77d0', 'state_writer', 'db.example.com', 'conn_str']) {
          expect({ name, needle, found: text.includes(needle) }).toEqual({ name, needle, found: false });
        }
      }
      expect(stdout + stderr).not.toContain('Secret-5e1b77d0');
    } finally {
      if (saved === undefined) delete process.env.PG_CONN_STR; else process.env.PG_CONN_STR = saved;
    }
  });
});

describe('catalog state: refused in the platform file, at file:line:column', () => {
  test('a connection string under state, by key: refused naming PG_CONN_STR, never shown', () => {
    const message = refusal({ 'platform.yaml': `state:\n  backend: pg\n  connStr: ${SECRET}\n${ZONES}`, 'team.yaml': SERVICES });
    expect(message).toContain('platform.yaml:3:3: state.connStr = (a connection string, not shown): nothing: the connection string is never written in the catalog; OpenTofu reads it from PG_CONN_STR');
    expect(message).not.toContain('Secret-5e1b77d0');
    expect(message).not.toContain('state_writer');
  });

  test('a connection string in a value (where the backend name goes): refused, never shown', () => {
    const message = refusal({ 'platform.yaml': `state: { backend: "${SECRET}" }\n${ZONES}`, 'team.yaml': SERVICES });
    expect(message).toContain('platform.yaml:1:19: state.backend = (a connection string, not shown): one of pg');
    expect(message).not.toContain('Secret-5e1b77d0');
  });

  test.each([
    ['state: { backend: s3 }', 'platform.yaml:1:19: state.backend = "s3": one of pg'],
    ['state: {}', 'platform.yaml:1:8: state.backend = (missing): one of pg (required)'],
    ['state: pg', 'platform.yaml:1:8: state = "pg": a mapping'],
    ['state: { backend: pg, skipTableCreation: "yes" }', 'platform.yaml:1:42: state.skipTableCreation = "yes": true or false'],
    ['state: { backend: pg, schema: web }', 'platform.yaml:1:23: state.schema = "schema": one of the known keys (backend, skipSchemaCreation, skipTableCreation, skipIndexCreation)'],
  ])('%s', (state, expected) => {
    expect(refusal({ 'platform.yaml': `${state}\n${ZONES}`, 'team.yaml': SERVICES })).toContain(expected);
  });

  test('a zone or a service that cannot name a schema: at the zone in the platform file, at the service in its file', () => {
    const platform = `state: { backend: pg }\n${ZONES.replace('eu_west:', 'eu__west:')}`;
    const services = SERVICES.replace('[production, eu_west]', '[production, eu__west]')
      + '- service: a_service_with_a_much_longer_name_here\n  zones: [production]\n  datacenters: [dc1]\n  allowSingleDatacenter: true\n  instances: 1\n'
      + '  size: { cpu: 1, vcpu: 1, memoryMb: 1024, diskMb: 10240 }\n';
    const message = refusal({ 'platform.yaml': platform, 'team.yaml': services });
    expect(message).toContain('platform.yaml:8:3: zones.eu__west = "eu__west": lower case letters, digits and single "_" between them');
    expect(message).toContain('(with state: { backend: pg } the stack\'s state is the PostgreSQL schema cdktf_opennebula_<zone>__<service>)');
    expect(message).toContain('team.yaml:12:12: [2].service = "cdktf_opennebula_production__a_service_with_a_much_longer_name_here": a schema name of at most 63 characters '
      + '(PostgreSQL truncates longer names, so two stacks could share one): zone and service together at most 44 characters (with state:');
    expect(message).toMatch(/^2 problems in the catalog:/);
  });
});
