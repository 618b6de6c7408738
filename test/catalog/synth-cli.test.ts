import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './support';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'catalog');


describe('cdktf-opennebula synth <catalog-dir> [--out dir]', () => {
  test('synthesizes the catalog example, one stack per zone and service (its state: { backend: pg })', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-'));
    const result = await cli(['synth', EXAMPLE, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe([
      `stack production__my_service: my_service -> ${path.join(out, 'stacks', 'production__my_service', 'cdk.tf.json')}`,
      `stack staging__my_service: my_service -> ${path.join(out, 'stacks', 'staging__my_service', 'cdk.tf.json')}`,
      '',
    ].join('\n'));
    const production = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'production__my_service', 'cdk.tf.json'), 'utf8'));
    expect(production.resource.opennebula_virtual_machine).toBeDefined();
    expect(production.terraform.backend).toEqual({ pg: { schema_name: 'cdktf_opennebula_production__my_service' } });
  });

  test('refuses an invalid catalog with exit 2, every problem at file:line:column on stderr, no stack synthesized', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-catalog-'));
    fs.copyFileSync(path.join(EXAMPLE, 'platform.yaml'), path.join(dir, 'platform.yaml'));
    fs.writeFileSync(path.join(dir, 'svc.yaml'), fs.readFileSync(path.join(EXAMPLE, 'my_service.yaml'), 'utf8').replace('instances: 2', 'instances: 0'));
    const out = path.join(dir, 'out');
    const result = await cli(['synth', dir, `--out=${out}`]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `1 problem in the catalog:\n  - ${path.join(dir, 'svc.yaml')}:6:12: instances = 0: an integer from 1 to 32\n` });
    expect(fs.existsSync(path.join(out, 'stacks', 'production', 'cdk.tf.json'))).toBe(false);
  });

  test('explains bad usage and prints its help', async () => {
    expect(await cli(['synth'])).toMatchObject({ code: 2, stderr: expect.stringContaining('synth needs a catalog directory') });
    expect(await cli(['synth', EXAMPLE, '--outdir', 'x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option "--outdir"') });
    expect(await cli(['synth', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: cdktf-opennebula synth <catalog-dir> [--out <dir>]') });
    expect((await cli(['--help'])).stdout).toContain('synth <catalog-dir> [--out <dir>]');
  });
});
