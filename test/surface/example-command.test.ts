/**
 * The README's main command, `npm run example`: synthesizes the built-in example (the seed
 * declared in TypeScript, or with `--catalog` the same services from the YAML catalog) and prints
 * a table per stack; refuses arguments it does not understand.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

function example(args: string[]) {
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register', 'examples/seed/main.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: 'test/tsconfig.json', TS_NODE_TRANSPILE_ONLY: '1' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run example', () => {
  let outdir: string;
  beforeEach(() => { outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-')); });
  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('synthesizes the seed and prints each stack with its services, datacenters and VMs', () => {
    const { code, out, err } = example(['--out', outdir]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    for (const stack of ['production', 'staging']) {
      expect(fs.existsSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'))).toBe(true);
      expect(out).toContain(`stack ${stack} -> `);
    }
    expect(out).toMatch(/my_service {2}production {2}dc1 {2}my-service-dc1-1, my-service-dc1-2 {2}my_service_dc1_prod/);
  });

  test('with --catalog synthesizes the YAML catalog example: the same VMs and templates, one stack per zone and service', () => {
    const seed = example(['--out', path.join(outdir, 'seed')]);
    const catalog = example(['--catalog', '--out', path.join(outdir, 'catalog')]);
    expect({ code: catalog.code, err: catalog.err }).toEqual({ code: 0, err: '' });
    const rows = (out: string) => out.split('\n').filter((line) => line.startsWith('my_service ') || line.startsWith('resources: '));
    expect(rows(catalog.out)).toEqual(rows(seed.out));
    expect(catalog.out).toContain('stack production__my_service -> ');
  });

  test('refuses what it does not understand, with the usage, exit 2, nothing synthesized', () => {
    for (const args of [['--bogus'], ['--out'], ['a', 'b'], ['--catalog', path.join(outdir, 'missing')]]) {
      const { code, out, err } = example([...args, ...(args[0] === '--out' ? [] : ['--out', path.join(outdir, 'refused')])]);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(out).toBe('');
      expect(err).toMatch(/^example: /);
      expect(fs.existsSync(path.join(outdir, 'refused'))).toBe(false);
    }
  });
});
