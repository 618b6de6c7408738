/**
 * Package tier: the library as a user gets it. One pack (`jsii-pacmak --target js --target
 * python`, what `npx projen package-all` runs) makes the npm tarball and the Python wheel; each
 * app below is copied into a clean temporary directory outside the repository, installs that
 * artifact and its other dependencies from the registries (nothing linked from this repository),
 * synthesizes, and its stacks are compared byte for byte with the same declaration synthesized
 * here from the sources (examples/seed/stacks.ts):
 *   - examples/consumer: the TypeScript app of the README, `npx cdktf synth` (cdktf-cli 0.21);
 *   - examples/python/main.py: the wheel with cdktf and constructs from PyPI in a fresh venv;
 *   - examples/cdktn: the same TypeScript app with cdktf routed to CDK Terrain (cdktn) by an npm
 *     alias and `overrides`, `npx cdktn synth` on the Node version cdktn-cli declares (Node 22,
 *     from the npm registry's `node` package); the only byte allowed to differ is the framework
 *     version stamp ("//".metadata.version), checked to be cdktn's own.
 * The library is compiled first when src/ is newer than the build.
 *
 * Needs python3 with venv and ensurepip (Debian: python3-venv) and the package registries;
 * otherwise skipped loudly (REQUIRE_PACKAGE=1: fails). Its own tier, package, in
 * scripts/test-tiers.sh. PACKAGE_KEEP=1 keeps the temporary directory.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  ROOT, atLeast, cleanEnv, copyApp, expectSameSynthesis, installedVersion, newestMtime, restampFramework, run, runCommand, useTarball,
} from './support';
import { buildSeedApp } from '../../examples/seed/stacks';
import { describeTier } from '../support/tier';

const STEP_TIMEOUT = 10 * 60 * 1000;
const NPM_INSTALL = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
const APP_FILES = ['main.ts', 'cdktf.json', 'tsconfig.json', 'package.json'];

function packageTierMissing(): string | undefined {
  const python = runCommand('python3', ['-c', 'import venv, ensurepip'], { cwd: ROOT });
  if (python.status !== 0) return 'python3 with venv and ensurepip is not installed (Debian: python3-venv; scripts/setup.sh installs it)';
  return undefined;
}

describeTier('package tier: the packed tarball and wheel in clean apps (TypeScript, Python, cdktn) synthesize the seed byte for byte', {
  missing: packageTierMissing(),
  requireVariable: 'REQUIRE_PACKAGE',
  failingTitle: 'can build and install the packages',
  what: 'The package tier (consumer apps from the packed artifacts)',
}, () => {
  let work: string;
  let reference: string;
  let tarball: string;
  let wheel: string;
  const figures: Array<[string, string]> = [];
  const timed = <T>(label: string, step: () => T): T => {
    const started = Date.now();
    const result = step();
    figures.push([label, `${((Date.now() - started) / 1000).toFixed(1)} s`]);
    return result;
  };

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-package-'));
    const assembly = path.join(ROOT, '.jsii');
    if (!fs.existsSync(assembly) || newestMtime(path.join(ROOT, 'src')) > fs.statSync(assembly).mtimeMs) {
      timed('compile (src/ newer than the build)', () => run('npx', ['projen', 'compile'], { cwd: ROOT, timeoutMs: STEP_TIMEOUT }));
    }
    const dist = path.join(work, 'dist');
    timed('pack (npm tarball + wheel)', () => run('npx', ['jsii-pacmak', '--target', 'js', '--target', 'python', '--outdir', dist], { cwd: ROOT, timeoutMs: STEP_TIMEOUT }));
    const only = (dir: string, suffix: string) => {
      const files = fs.readdirSync(dir).filter((f) => f.endsWith(suffix));
      if (files.length !== 1) throw new Error(`expected one *${suffix} in ${dir}, found ${files.join(', ') || 'none'}`);
      return path.join(dir, files[0]);
    };
    tarball = only(path.join(dist, 'js'), '.tgz');
    wheel = only(path.join(dist, 'python'), '.whl');
    figures.push(['npm tarball', `${(fs.statSync(tarball).size / 1024).toFixed(0)} KiB (${path.basename(tarball)})`]);
    figures.push(['Python wheel', `${(fs.statSync(wheel).size / 1024).toFixed(0)} KiB (${path.basename(wheel)})`]);

    reference = path.join(work, 'reference');
    buildSeedApp(reference).app.synth();
  }, 2 * STEP_TIMEOUT);

  afterAll(() => {
    // eslint-disable-next-line no-console
    console.log(`package tier:\n${figures.map(([label, value]) => `  ${label.padEnd(44)} ${value}`).join('\n')}`);
    if (work && process.env.PACKAGE_KEEP !== '1') fs.rmSync(work, { recursive: true, force: true });
  });

  test('examples/consumer, installed from the packed tarball, synthesizes the seed byte for byte with `npx cdktf synth`', () => {
    const app = path.join(work, 'consumer');
    copyApp(path.join(ROOT, 'examples', 'consumer'), app, APP_FILES);
    useTarball(app, tarball);
    timed('consumer: npm install', () => run('npm', NPM_INSTALL, { cwd: app, timeoutMs: STEP_TIMEOUT }));

    // The library is the tarball's copy inside the app, not a link into this repository.
    const installed = fs.realpathSync(path.join(app, 'node_modules', 'cdktf-opennebula'));
    expect(installed.startsWith(fs.realpathSync(app) + path.sep)).toBe(true);
    expect(fs.existsSync(path.join(installed, 'src'))).toBe(false);
    const typescript = installedVersion(app, 'typescript').version;
    expect(typescript).toMatch(/^6\.0\./);
    figures.push(['consumer: cdktf / TypeScript', `${installedVersion(app, 'cdktf').version} / ${typescript}`]);

    timed('consumer: npx cdktf synth', () => run('npx', ['cdktf', 'synth'], { cwd: app, timeoutMs: STEP_TIMEOUT }));
    const stacks = expectSameSynthesis(reference, path.join(app, 'cdktf.out'), { manifest: true });
    expect(stacks).toEqual(['production', 'staging']);
  }, 2 * STEP_TIMEOUT);

  test('examples/python/main.py with the wheel, cdktf and constructs from PyPI in a fresh venv synthesizes the seed byte for byte', () => {
    const cdktf = installedVersion(ROOT, 'cdktf').version;
    const constructs = installedVersion(ROOT, 'constructs').version;
    const venv = path.join(work, 'venv');
    const python = path.join(venv, 'bin', 'python');
    timed('python: venv + pip install', () => {
      run('python3', ['-m', 'venv', venv], { cwd: work });
      run(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet', `cdktf==${cdktf}`, `constructs==${constructs}`, wheel],
        { cwd: work, timeoutMs: STEP_TIMEOUT });
    });
    const app = path.join(work, 'python');
    copyApp(path.join(ROOT, 'examples', 'python'), app, ['main.py']);
    timed('python: python main.py', () => run(python, ['main.py'], { cwd: app, timeoutMs: STEP_TIMEOUT }));
    const stacks = expectSameSynthesis(reference, path.join(app, 'cdktf.out'), { manifest: true });
    expect(stacks).toEqual(['production', 'staging']);
    figures.push(['python: cdktf / constructs', `${cdktf} / ${constructs}`]);
  }, 2 * STEP_TIMEOUT);

  test('examples/cdktn (cdktf aliased to cdktn, npm overrides) installs without peer errors and synthesizes the seed with `npx cdktn synth` on Node 22', () => {
    // cdktn-cli declares the Node version it needs; run the app's install and synth on it.
    const node22 = path.join(work, 'node22');
    fs.mkdirSync(node22);
    timed('cdktn: Node 22 (npm package node@22)', () => run('npm', [...NPM_INSTALL, '--prefix', node22, 'node@22'], { cwd: node22, timeoutMs: STEP_TIMEOUT }));
    const env = cleanEnv({ PATH: `${path.join(node22, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` });
    const nodeVersion = run('node', ['--version'], { cwd: node22, env }).stdout.trim();

    const app = path.join(work, 'cdktn');
    copyApp(path.join(ROOT, 'examples', 'consumer'), app, ['main.ts', 'tsconfig.json']);
    copyApp(path.join(ROOT, 'examples', 'cdktn'), app, ['package.json', 'cdktf.json']);
    useTarball(app, tarball);
    timed('cdktn: npm install', () => run('npm', NPM_INSTALL, { cwd: app, env, timeoutMs: STEP_TIMEOUT }));

    const required = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', 'cdktn-cli', 'package.json'), 'utf8')).engines.node as string;
    expect(required).toMatch(/^>=\s*\d+\.\d+\.\d+$/);
    expect(atLeast(nodeVersion, required.replace(/^>=\s*/, ''))).toBe(true);
    // `cdktf` is cdktn, and the library loads the very same copy as the app.
    const framework = installedVersion(app, 'cdktf');
    expect(framework.name).toBe('cdktn');
    const resolved = run('node', ['-p', "require.resolve('cdktf') === require.resolve('cdktf', { paths: [require.resolve('cdktf-opennebula')] })"], { cwd: app, env });
    expect(resolved.stdout.trim()).toBe('true');
    run('npm', ['ls', '--all', '--loglevel=error'], { cwd: app, env });
    figures.push(['cdktn: cdktf (alias) / cdktn-cli / Node', `${framework.name} ${framework.version} / ${installedVersion(app, 'cdktn-cli').version} / ${nodeVersion} (cdktn-cli needs ${required})`]);

    timed('cdktn: npx cdktn synth', () => run('npx', ['cdktn', 'synth'], { cwd: app, env, timeoutMs: STEP_TIMEOUT }));
    const cdktf = installedVersion(ROOT, 'cdktf').version;
    const stacks = expectSameSynthesis(reference, path.join(app, 'cdktf.out'), {
      manifest: false,
      transform: (text) => restampFramework(text, framework.version, cdktf),
    });
    expect(stacks).toEqual(['production', 'staging']);

    // The library's peer range admits cdktn as cdktf by itself: the alias installs without overrides too.
    const manifestFile = path.join(app, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    delete manifest.overrides;
    fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    timed('cdktn: npm install without overrides', () => run('npm', NPM_INSTALL, { cwd: app, env, timeoutMs: STEP_TIMEOUT }));
  }, 2 * STEP_TIMEOUT);
});
