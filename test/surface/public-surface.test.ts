/**
 * The public surface of the package: what `require('cdktf-opennebula')` gives an app. The root is
 * the library's own API; the generated provider bindings sit behind `bindings` (and the subpath
 * `cdktf-opennebula/provider`), loaded on first use; internals are not exported.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as root from '../../src';
import * as provider from '../../src/provider';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lazy = require('../../scripts/lazy-bindings.js') as { EAGER: string; LAZY: string; makeLazy(text: string): string };

/** Every value the root exports (types are erased at run time; API.md lists them). */
const ROOT_VALUES = [
  'Catalog', 'Datacenter', 'FastSynth', 'HaPolicyChecks', 'HaPolicyLevel', 'HaService', 'HaproxyBalance', 'HaproxyMode',
  'OpenNebulaZone', 'PlanSummary', 'PostgresRemoteState', 'PostgresStateBackend', 'ServicePlanner', 'SharedState', 'bindings',
];

describe('the package root', () => {
  test('exports the library\'s own API and the bindings namespace, nothing else', () => {
    expect(Object.keys(root).sort()).toEqual([...ROOT_VALUES].sort());
  });

  test('exports no internal helper: no function that is not a class, no pattern, no constant', () => {
    const internal = Object.entries(root).filter(([name, value]) =>
      value instanceof RegExp || typeof value === 'string' || typeof value === 'number'
      || (typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value)))
      || (name !== 'bindings' && typeof value === 'object' && value !== null && !Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')));
    expect(internal.map(([name]) => name)).toEqual([]);
  });

  test('free functions have class homes every jsii language can call', () => {
    const plan = root.ServicePlanner.plan({ service: 'my_service', zone: 'production', zoneShortName: 'prod', datacenters: ['dc2', 'dc1'], instances: 2 });
    expect(plan.datacenters.map((d) => d.datacenter)).toEqual(['dc1', 'dc2']);
    expect(plan.vmCount).toBe(4);
    expect(typeof root.FastSynth.toObject).toBe('function');
    expect(typeof root.FastSynth.toJson).toBe('function');
    expect(typeof root.PlanSummary.summarize).toBe('function');
  });
});

describe('the provider bindings', () => {
  const modules = fs.readdirSync(path.join(ROOT, 'src', 'provider'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  test('sit behind `bindings` with the shape of a prebuilt provider package: one namespace per module', () => {
    const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    expect(Object.keys(root.bindings).sort()).toEqual(modules.map(camel).sort());
    expect(root.bindings.provider.OpennebulaProvider).toBe(provider.provider.OpennebulaProvider);
    expect(root.bindings.virtualMachine.VirtualMachine.tfResourceType).toBe('opennebula_virtual_machine');
  });

  test('the compiled root loads them on first use: the post-compile rewrite finds tsc\'s statement for our index', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8');
    const options = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')).compilerOptions;
    const compiled = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: options.esModuleInterop },
    }).outputText;
    expect(compiled).toContain(lazy.EAGER);
    const rewritten = lazy.makeLazy(compiled);
    expect(rewritten).not.toContain(lazy.EAGER);
    expect(rewritten).toContain(lazy.LAZY);
    expect(lazy.makeLazy(rewritten)).toBe(rewritten);
    expect(() => lazy.makeLazy(compiled.replace(lazy.EAGER, ''))).toThrow(/found it 0 times/);
  });
});

describe('package.json', () => {
  test('exports the root and the `provider` subpath, each to a module compiled from src/', () => {
    const exported = PACKAGE.exports as { [subpath: string]: string | { types: string; default: string } };
    expect(Object.keys(exported)).toEqual(expect.arrayContaining(['.', './provider', './package.json', './.jsii']));
    for (const [subpath, target] of Object.entries(exported)) {
      const files = typeof target === 'string' ? [target] : [target.types, target.default];
      for (const file of files) {
        const source = file.replace(/^\.\/lib\//, 'src/').replace(/\.d\.ts$|\.js$/, '.ts');
        const exists = fs.existsSync(path.join(ROOT, source)) || fs.existsSync(path.join(ROOT, file));
        if (!exists) throw new Error(`exports["${subpath}"] names ${file}, which no source file compiles to`);
      }
    }
    expect(PACKAGE.typesVersions['*'].provider).toEqual(['lib/provider/index.d.ts']);
  });

  test('declares the provider the bindings are generated for, as prebuilt provider packages do', () => {
    const schemaVersion = /opennebula-provider-(\d+\.\d+\.\d+)\.json/.exec(fs.readdirSync(path.join(ROOT, 'schema')).join(' '))![1];
    expect(PACKAGE.cdktf.provider).toEqual({ name: 'registry.terraform.io/opennebula/opennebula', version: schemaVersion });
  });
});

describe('what importing the package loads', () => {
  /** Whether a fresh node process that imports the package (from src/) has loaded the `yaml` module, before and after reading a catalog. */
  function yamlLoaded(): { onImport: boolean; afterCatalog: boolean } {
    const script = [
      "const loaded = () => Object.keys(require.cache).some((file) => file.includes('/node_modules/yaml/'));",
      "const lib = require('./src');",
      'const onImport = loaded();',
      "const { App } = require('cdktf');",
      "const outdir = require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'surface-yaml-'));",
      "lib.Catalog.fromDirectory(new App({ outdir }), 'examples/catalog');",
      "require('fs').rmSync(outdir, { recursive: true, force: true });",
      'console.log(JSON.stringify({ onImport, afterCatalog: loaded() }));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register', '-e', script], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: 'test/tsconfig.json', TS_NODE_TRANSPILE_ONLY: '1' },
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout.trim().split('\n').pop()!);
  }

  test('the catalog\'s YAML parser is loaded when a catalog is read, not when the package is imported', () => {
    expect(yamlLoaded()).toEqual({ onImport: false, afterCatalog: true });
  });
});
