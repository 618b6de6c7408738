/**
 * SharedState: OpenTofu's pg backend for every stack in one line, one schema per stack, the
 * connection string never in the synthesized output, and branded errors for bad names.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, S3Backend, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { buildSeedApp } from '../../examples/seed/stacks';
import { SharedState } from '../../src';
import { DeclarationError } from '../../src/core/validation';

function problemsOf(fn: () => unknown): { field: string; value: string }[] {
  try {
    fn();
  } catch (error) {
    if (!DeclarationError.isDeclarationError(error)) throw error;
    return error.problems.map((p) => ({ field: p.field, value: p.value }));
  }
  throw new Error('no DeclarationError thrown');
}

function backendOf(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack)).terraform.backend;
}

describe('SharedState.postgres', () => {
  it('gives a stack the pg backend in the schema cdktf_opennebula_<zone>__<service>, without a connection string', () => {
    const stack = new TerraformStack(Testing.app(), 'production_my_service');
    const backend = SharedState.postgres(stack, { zone: 'production', service: 'my_service' });
    expect(backend.schemaName).toBe('cdktf_opennebula_production__my_service');
    expect(backendOf(stack)).toEqual({ pg: { schema_name: 'cdktf_opennebula_production__my_service' } });
  });

  it('takes the schema from the stack id without zone and service, or verbatim from schemaName', () => {
    const app = Testing.app();
    const byId = new TerraformStack(app, 'payments');
    SharedState.postgres(byId);
    expect(backendOf(byId)).toEqual({ pg: { schema_name: 'cdktf_opennebula_payments' } });
    const verbatim = new TerraformStack(app, 'other');
    SharedState.postgres(verbatim, { schemaName: 'team_payments_state', skipSchemaCreation: true });
    expect(backendOf(verbatim)).toEqual({ pg: { schema_name: 'team_payments_state', skip_schema_creation: true } });
  });

  it('SharedState.schemaName is the name the backend uses', () => {
    expect(SharedState.schemaName('eu_west', 'web')).toBe('cdktf_opennebula_eu_west__web');
    // Single "_" inside both names: the double "_" keeps the two apart.
    expect(SharedState.schemaName('eu', 'west_web')).toBe('cdktf_opennebula_eu__west_web');
  });

  it.each([
    [{ zone: 'Production', service: 'my_service' }, 'state.zone'],
    [{ zone: 'eu__west', service: 'web' }, 'state.zone'],
    [{ zone: 'production', service: 'my-service' }, 'state.service'],
    [{ zone: 'production' }, 'state.service'],
    [{ service: 'web' }, 'state.zone'],
    [{ zone: 'production_zone_of_the_north', service: 'a_service_with_a_long_name' }, 'state.zone + state.service'],
    [{ schemaName: 'pg_state' }, 'state.schemaName'],
    [{ schemaName: 'public' }, 'state.schemaName'],
    [{ schemaName: 'Bad-Name' }, 'state.schemaName'],
    [{ schemaName: 'x'.repeat(64) }, 'state.schemaName'],
    [{ schemaName: 'ok_name', zone: 'production', service: 'web' }, 'state.schemaName'],
    [{ skipSchemaCreation: 'yes' }, 'state.skipSchemaCreation'],
  ])('refuses %j with a DeclarationError naming %s', (options, field) => {
    const stack = new TerraformStack(Testing.app(), 'production_web');
    const problems = problemsOf(() => SharedState.postgres(stack, options as any));
    expect(problems.map((p) => p.field)).toContain(field);
    expect(stack.node.tryFindChild('backend')).toBeUndefined();
  });

  it('refuses a stack id that cannot name a schema when nothing else names it', () => {
    const stack = new TerraformStack(Testing.app(), 'production-web');
    expect(problemsOf(() => SharedState.postgres(stack))).toEqual([{ field: 'stack id', value: '"production-web"' }]);
  });

  it('refuses a connection string in the code, without printing it', () => {
    const stack = new TerraformStack(Testing.app(), 'production_web');
    let message = '';
    try {
      SharedState.postgres(stack, { zone: 'production', service: 'web', connStr: 'postgres://u:hunter2@db/state' } as any);
    } catch (error) {
      message = (error as Error).message;
      expect(DeclarationError.isDeclarationError(error)).toBe(true);
    }
    expect(message).toContain('state.connStr');
    expect(message).toContain('PG_CONN_STR');
    expect(message).not.toContain('hunter2');
  });

  it('refuses a second backend on one stack, and one schema for two stacks of an app', () => {
    const app = Testing.app();
    const a = new TerraformStack(app, 'a');
    new S3Backend(a, { bucket: 'b', key: 'k' });
    expect(problemsOf(() => SharedState.postgres(a)).map((p) => p.field)).toEqual(['state']);
    const b = new TerraformStack(app, 'b');
    const c = new TerraformStack(app, 'c');
    SharedState.postgres(b, { zone: 'production', service: 'web' });
    const problems = problemsOf(() => SharedState.postgres(c, { schemaName: 'cdktf_opennebula_production__web' }));
    expect(problems).toEqual([{ field: 'state.schemaName', value: '"cdktf_opennebula_production__web"' }]);
  });
});

describe('SharedState.postgresForApp', () => {
  it('gives every stack of the app its own schema, from its id', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-state-app-'));
    const app = new App({ outdir, skipValidation: true });
    for (const id of ['production_web', 'production_api', 'staging_web']) new TerraformOutput(new TerraformStack(app, id), 'x', { value: 1 });
    const backends = SharedState.postgresForApp(app);
    expect(backends.map((b) => b.schemaName)).toEqual(['cdktf_opennebula_production_web', 'cdktf_opennebula_production_api', 'cdktf_opennebula_staging_web']);
    app.synth();
    for (const id of ['production_web', 'production_api', 'staging_web']) {
      const doc = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8'));
      expect(doc.terraform.backend).toEqual({ pg: { schema_name: `cdktf_opennebula_${id}` } });
    }
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('fails synthesis for a stack declared after it, which would keep its state locally', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-state-late-'));
    const app = new App({ outdir });
    new TerraformOutput(new TerraformStack(app, 'early'), 'x', { value: 1 });
    SharedState.postgresForApp(app);
    new TerraformOutput(new TerraformStack(app, 'late'), 'x', { value: 1 });
    expect(() => app.synth()).toThrow(/late: declared after SharedState.postgresForApp/);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('reports every bad stack id at once', () => {
    const app = Testing.app();
    new TerraformStack(app, 'Bad');
    new TerraformStack(app, 'also-bad');
    expect(problemsOf(() => SharedState.postgresForApp(app))).toEqual([
      { field: 'stack id', value: '"Bad"' }, { field: 'stack id', value: '"also-bad"' },
    ]);
  });
});

describe('SharedState.remoteState', () => {
  it('reads another stack\'s outputs through terraform_remote_state (pg), read-only, without a connection string', () => {
    const stack = new TerraformStack(Testing.app(), 'production_lb');
    SharedState.postgres(stack, { zone: 'production', service: 'lb' });
    const remote = SharedState.remoteState(stack, 'my_service', { zone: 'production', service: 'my_service' });
    new TerraformOutput(stack, 'backend_config', { value: remote.getString('my_service_haproxy_backend') });
    const doc = JSON.parse(Testing.synth(stack));
    expect(doc.data.terraform_remote_state.my_service).toEqual({
      backend: 'pg',
      config: {
        schema_name: 'cdktf_opennebula_production__my_service',
        skip_schema_creation: true,
        skip_table_creation: true,
        skip_index_creation: true,
      },
    });
    expect(doc.output.backend_config.value).toBe('${data.terraform_remote_state.my_service.outputs.my_service_haproxy_backend}');
  });

  it('refuses a remote state that names no stack', () => {
    const stack = new TerraformStack(Testing.app(), 'x');
    expect(problemsOf(() => SharedState.remoteState(stack, 'r', {})).map((p) => p.field)).toEqual(['remote state.schemaName']);
  });
});

describe('the connection string never reaches the synthesized output', () => {
  const SECRET = 'postgres://state_writer:Secret-7f3a9c41-not-for-output@db.example.com:5432/tofu_state?sslmode=require';

  it('synthesizing the seed app with PG_CONN_STR set writes it into no file', () => {
    const saved = process.env.PG_CONN_STR;
    process.env.PG_CONN_STR = SECRET;
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-state-secret-'));
    try {
      buildSeedApp(outdir).app.synth();
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(full); else files.push(full);
        }
      };
      walk(outdir);
      expect(files.length).toBeGreaterThanOrEqual(3);
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        for (const needle of [SECRET, 'Secret-7f3a9c41', 'state_writer', 'db.example.com']) {
          expect({ file: path.relative(outdir, file), found: text.includes(needle) }).toEqual({ file: path.relative(outdir, file), found: false });
        }
      }
      const production = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'production', 'cdk.tf.json'), 'utf8'));
      expect(production.terraform.backend).toEqual({ pg: { schema_name: 'cdktf_opennebula_production__my_service' } });
    } finally {
      if (saved === undefined) delete process.env.PG_CONN_STR; else process.env.PG_CONN_STR = saved;
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
