import { cdktf, javascript } from 'projen';

const GENERATED_BINDINGS = 'src/provider';

const project = new cdktf.ConstructLibraryCdktf({
  author: 'OpenNebula Platform Team',
  authorAddress: 'platform@example.com',
  // Built and tested against cdktf 0.21; the peer range also admits CDK Terrain (cdktn 0.24), the
  // maintained fork, installed under the name cdktf (docs/consumers.md, the package tier).
  cdktfVersion: '>=0.21.0 <0.25.0',
  constructsVersion: '^10.4.2',
  jsiiVersion: '~6.0.0',
  typescriptVersion: '~6.0.3',
  name: 'cdktf-opennebula',
  packageName: 'cdktf-opennebula',
  description: 'CDK for Terraform constructs for OpenNebula: highly available services spread over datacenters, with generated provider bindings.',
  keywords: ['cdktf', 'opennebula', 'terraform', 'opentofu', 'constructs'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  repositoryUrl: 'https://github.com/opennebula-platform/cdktf-opennebula.git',
  minNodeVersion: '20.16.0',
  github: false,
  bin: { 'cdktf-opennebula': 'lib/cli/main.js' },
  // Releases: `npx projen release` bumps the version from the conventional commits since the last
  // tag, writes the changelog and builds the packages; publishing is a maintainer's step
  // (docs/releasing.md). Nothing is published from CI.
  release: true,
  releaseToNpm: false,
  majorVersion: 0,
  // The jsii targets a release publishes. JavaScript and Python are built and tested here (the
  // package tier); Java, .NET and Go need their toolchains and cdktf runtimes on the release machine.
  publishToPypi: { distName: 'cdktf-opennebula', module: 'cdktf_opennebula' },
  publishToMaven: {
    javaPackage: 'io.github.opennebula_platform.cdktf_opennebula',
    mavenGroupId: 'io.github.opennebula-platform',
    mavenArtifactId: 'cdktf-opennebula',
  },
  publishToNuget: { dotNetNamespace: 'OpenNebulaPlatform.CdktfOpenNebula', packageId: 'OpenNebulaPlatform.CdktfOpenNebula' },
  publishToGo: { moduleName: 'github.com/opennebula-platform/cdktf-opennebula-go', packageName: 'cdktfopennebula' },
  // The service catalog's YAML parser (source positions for every error), shipped inside the package.
  bundledDeps: ['yaml@^2'],
  devDeps: [
    '@cdktf/provider-generator@0.21.0',
    '@cdktf/commons@0.21.0',
    'fast-check@^4',
    'js-yaml@^4',
    '@types/js-yaml@^4',
    'commonmark',
    '@types/commonmark',
  ],
  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      coveragePathIgnorePatterns: ['/node_modules/', `/${GENERATED_BINDINGS}/`],
      testTimeout: 120_000,
    },
  },
});

// Generated provider bindings: never linted, never hand-edited.
project.eslint?.addIgnorePattern(`${GENERATED_BINDINGS}/`);
project.gitignore.exclude('/.tools/', '/cdktf.out/', '/toolchain/schema-provider/schema.json', '/bench/results/');
project.npmignore?.exclude('/.tools/', '/toolchain/', '/schema/', '/examples/', '/bench/', '/cdktf.out/', '/.ci/');

// OpenNebula XML-RPC test stand-in: linted like the tests, never published.
project.eslint?.addLintPattern('standin');
project.npmignore?.exclude('/standin/');

// The real OpenNebula zone harness of the real-oned tier: linted like the tests, never published.
project.eslint?.addLintPattern('oned');
project.npmignore?.exclude('/oned/');

// The package a user installs: the library's own API at the root, the provider bindings behind
// `bindings` and the subpath `cdktf-opennebula/provider` (the shape of a prebuilt provider
// package), loaded on first use; nothing but what an app needs in the tarball.
project.npmignore?.exclude('/scripts/', '/docs/api/', '/dist/', '/test-reports/');
project.package.addField('exports', {
  '.': { types: './lib/index.d.ts', default: './lib/index.js' },
  './provider': { types: './lib/provider/index.d.ts', default: './lib/provider/index.js' },
  './lib/catalog/service.schema.json': './lib/catalog/service.schema.json',
  './lib/catalog/platform.schema.json': './lib/catalog/platform.schema.json',
  './package.json': './package.json',
  './.jsii': './.jsii',
});
// TypeScript's classic `node` module resolution (the default of `cdktf init` apps) ignores
// `exports`: it finds the subpath's types here.
project.package.addField('typesVersions', { '*': { provider: ['lib/provider/index.d.ts'] } });
// What prebuilt provider packages declare, so tools can tell which provider the bindings are for.
project.package.addField('cdktf', { provider: { name: 'registry.terraform.io/opennebula/opennebula', version: '1.5.0' } });
// Part of compile itself (CI and packaging run `compile` without the post-compile steps).
project.compileTask.exec('node scripts/lazy-bindings.js');
// API.md documents the library's own API; the bindings (one page per module) are generated on
// demand into the git-ignored docs/api/ by `npx projen docgen:bindings`.
project.tasks.tryFind('docgen')?.reset('jsii-docgen -o API.md --submodule root');
project.gitignore.exclude('/docs/api/');
project.addTask('docgen:bindings', {
  description: 'Write the reference of the generated provider bindings, one page per module, into the git-ignored docs/api/',
  exec: 'mkdir -p docs/api && cd docs/api && jsii-docgen --split-by-submodule -o index.md -p ../..',
});

// `package` (and so `release`) builds the JavaScript package and the Python wheel; package:java,
// package:dotnet and package:go stay available for a machine with those toolchains.
project.tasks.tryFind('package-all')?.reset();
project.tasks.tryFind('package-all')?.spawn(project.tasks.tryFind('package:js')!);
project.tasks.tryFind('package-all')?.spawn(project.tasks.tryFind('package:python')!);

project.addTask('api:diff', {
  description: 'Breaking changes of the jsii API against an earlier commit (default: the latest release tag): bash scripts/release/api-diff.sh [<git-ref>]',
  exec: 'bash scripts/release/api-diff.sh',
  receiveArgs: true,
});

project.addTask('standin', {
  description: 'Start the OpenNebula 6.10 XML-RPC TEST STAND-IN (not a cloud) on 127.0.0.1:2633',
  exec: 'ts-node --project test/tsconfig.json standin/main.ts',
  receiveArgs: true,
});
project.addTask('toolchain', {
  description: 'Build OpenTofu and the OpenNebula provider into the git-ignored .tools/ cache (needs Go)',
  exec: 'bash toolchain/toolchain.sh',
});
project.addTask('oned:build', {
  description: 'Build OpenNebula 6.10.5 (oned, mm_sched, onemonitord) from ../shared/third_party into a cache outside the clone, linked as .tools/opennebula',
  exec: 'bash toolchain/oned.sh',
});
project.addTask('oned', {
  description: 'Start a REAL OpenNebula zone on loopback (dummy hosts, one cluster per datacenter) until Ctrl-C; --help for options',
  exec: 'ts-node --project test/tsconfig.json oned/main.ts',
  receiveArgs: true,
});
project.addTask('schema:extract', {
  description: 'Extract the provider schema with `tofu providers schema -json` from the real provider (needs the toolchain with the real provider)',
  exec: 'bash toolchain/extract-schema.sh',
});
project.addTask('generate:bindings', {
  description: `Regenerate the provider bindings in ${GENERATED_BINDINGS}/ from the committed schema`,
  exec: 'ts-node --project test/tsconfig.json scripts/generate-bindings.ts',
});
project.addTask('example', {
  description: 'Synthesize the built-in example (examples/seed; with -- --catalog, the same services from the YAML catalog examples/catalog) and print what was made',
  exec: 'ts-node --project test/tsconfig.json examples/seed/main.ts',
  receiveArgs: true,
});
project.addTask('bench', {
  description: 'Benchmark synthesis: HaService vs raw provider classes vs plain JSON (prints figures; not a test)',
  exec: 'node bench/run.js',
  receiveArgs: true,
});
project.addTask('test:all', {
  description: 'Every test tier, timed: toolchain, OpenNebula build, unit and real-tool, plan/apply (real provider), real oned, live registration, lint',
  env: { REQUIRE_REAL_TOOLS: '1' },
  exec: 'bash scripts/test-tiers.sh',
  receiveArgs: true,
});
project.addTask('live:up', {
  description: 'Start the live registration tier on loopback (PostgreSQL, Puppet CA, PuppetDB, puppetserver; needs root)',
  exec: 'bash scripts/live/up.sh',
});
project.addTask('live:down', {
  description: 'Stop everything the live registration tier started',
  exec: 'bash scripts/live/down.sh',
});


project.synth();
