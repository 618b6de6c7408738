#!/usr/bin/env node
// npm run bench: how much synthesizing a catalog of services costs with HaService (a), with the
// generated provider classes declared directly (b, the floor cdktf allows) and as a plain object
// written with JSON.stringify (c, the limit); plus the import time of the package against cdktf
// alone. Not a test: it prints figures (and writes them to bench/results/<timestamp>.json).
//
//   node bench/run.js [--quick] [--no-registration] [--sizes 10,100,1000] [--runs N]
//                     [--profile | --no-profile] [--no-testing-synth]
//
// --quick: 10 and 100 services, 3 runs, no Testing.synth check. --no-registration: services
// without the Puppet/HAProxy registration that is on by default (see bench/catalog.ts). --profile: CPU-profile (a) and (b) at the
// largest size even when (a) is within 10 % of (b) (otherwise only when it is not).
//
// Every measured run is a fresh node process running compiled JS (bench/.build, compiled first
// with tsc from bench/tsconfig.json), so no ts-node compilation is measured.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(__dirname, '.build');
const CHILD = path.join(BUILD, 'bench', 'child.js');
const TESTING_SYNTH = path.join(BUILD, 'bench', 'testing-synth.js');
const VARIANTS = ['haservice', 'raw-l1', 'plain-json'];
const LABELS = { 'haservice': '(a) HaService', 'raw-l1': '(b) raw L1', 'plain-json': '(c) plain JSON' };
const TARGETS = { abWall: 1.10, abRss: 1.15, growth: 110, importRatio: 1.3 };

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
if (flag('--help') || flag('-h')) {
  // The usage is the header comment of this file (unknown options are otherwise ignored).
  const header = fs.readFileSync(__filename, 'utf8').split('\n').slice(1).filter((l) => l.startsWith('//'));
  console.log(header.map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const value = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('--quick');
const registration = !flag('--no-registration') && process.env.BENCH_REGISTRATION !== '0';
const sizes = (value('--sizes') || (quick ? '10,100' : '10,100,1000')).split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes: comma-separated positive integers');
const runsFor = (n) => Number(value('--runs')) || (quick ? 3 : n >= 1000 ? 3 : 5);
const IMPORT_RUNS = quick ? 5 : 9;
const top = Math.max(...sizes);
const bottom = Math.min(...sizes);
const log = (...parts) => console.error('bench:', ...parts);

// ---------------------------------------------------------------- helpers
function compile() {
  const t0 = Date.now();
  log('compiling src/ and bench/ to bench/.build (tsc -p bench/tsconfig.json --outDir bench/.build)');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(__dirname, 'tsconfig.json'), '--outDir', BUILD], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail('compilation failed (see the tsc errors above)');
  log(`compiled in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const outdirs = new Set();
function fail(message) {
  for (const dir of outdirs) fs.rmSync(dir, { recursive: true, force: true });
  console.error(`bench: ABORTED: ${message}`);
  process.exit(1);
}

// The import cost is the package's as shipped: lib/ compiled by `npx projen compile` (with the
// provider bindings and the YAML parser loaded on first use), not this benchmark's own tsc build.
const PACKAGE_LIB = path.join(ROOT, 'lib', 'index.js');
if (!fs.existsSync(PACKAGE_LIB) || fs.statSync(PACKAGE_LIB).mtimeMs < fs.statSync(path.join(ROOT, 'src', 'index.ts')).mtimeMs) {
  fail('lib/ is missing or older than src/index.ts: run `npx projen compile` first (the import cost is measured on the compiled package)');
}
const childEnv = { ...process.env, CHECKPOINT_DISABLE: '1', BENCH_REGISTRATION: registration ? '1' : '0', BENCH_PACKAGE: path.join(ROOT, 'lib') };

/** Runs one fresh node process; returns its JSON report plus the wall time seen from here. */
function run(script, args, nodeArgs = []) {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...nodeArgs, script, ...args], {
    cwd: ROOT, env: childEnv, encoding: 'utf8', maxBuffer: 1 << 26,
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = (result.stdout || '').trim().split('\n');
  let report;
  try {
    report = JSON.parse(lines[lines.length - 1]);
  } catch {
    report = undefined;
  }
  if (result.status !== 0 && !(report && script === TESTING_SYNTH)) {
    fail(`${path.relative(ROOT, script)} ${args.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stderr}`);
  }
  return { ...report, wallMs };
}

function freshOutdir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-bench-'));
  outdirs.add(dir);
  return dir;
}

function synthRun(variant, services, nodeArgs) {
  const outdir = freshOutdir();
  const report = run(CHILD, [variant, String(services), outdir], nodeArgs);
  return { ...report, outdir };
}

function readDocument(report) {
  return JSON.parse(fs.readFileSync(report.file, 'utf8'));
}

function cleanup(report) {
  fs.rmSync(report.outdir, { recursive: true, force: true });
  outdirs.delete(report.outdir);
}

function stats(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return {
    median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    values: sorted,
  };
}

// ---------------------------------------------------------------- equivalence
let compare;
/** Aborts unless (b) and (c) declare what (a) declares. Returns the census of (a). */
function checkEquivalent(reports, services) {
  const docs = Object.fromEntries(VARIANTS.map((v) => [v, readDocument(reports[v])]));
  for (const v of ['raw-l1', 'plain-json']) {
    const diff = compare.differences(docs.haservice, docs[v], LABELS.haservice, LABELS[v]);
    if (diff.length > 0) {
      fail(`${LABELS[v]} does not synthesize what ${LABELS.haservice} does at ${services} services; `
        + `the figures would compare different things. First differences:\n  - ${diff.join('\n  - ')}`);
    }
  }
  return compare.census(docs.haservice);
}

// ---------------------------------------------------------------- main
function main() {
  compile();
  compare = require(path.join(BUILD, 'bench', 'compare.js'));
  const started = new Date();
  const machine = {
    cpu: os.cpus()[0].model,
    cores: os.cpus().length,
    memoryGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    node: process.version,
    date: started.toISOString(),
  };
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB, node ${machine.node}`);
  log(`sizes ${sizes.join(', ')} services; registration ${registration ? 'on' : 'off'}`);

  // 1. Before timing anything: the three variants declare the same thing.
  const pre = Object.fromEntries(VARIANTS.map((v) => [v, synthRun(v, bottom)]));
  const census = checkEquivalent(pre, bottom);
  Object.values(pre).forEach(cleanup);
  const censusText = (c) => `${Object.entries(c.resources).map(([t, n]) => `${n} ${t}`).join(', ')}, ${c.outputs} outputs`;
  log(`same resources and outputs in (a), (b) and (c) at ${bottom} services: ${censusText(census)}`);

  // 2. Timed runs, variants interleaved so that drift of the machine hits all alike. The first run
  //    of every size is checked for equivalence too.
  const synth = {};
  const censusBySize = {};
  for (const services of sizes) {
    const runs = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    for (let r = 0; r < runsFor(services); r++) {
      for (const v of VARIANTS) {
        log(`${v} at ${services} services, run ${r + 1}/${runsFor(services)}`);
        runs[v].push(synthRun(v, services));
      }
      if (r === 0) censusBySize[services] = checkEquivalent(Object.fromEntries(VARIANTS.map((v) => [v, runs[v][0]])), services);
      VARIANTS.forEach((v) => cleanup(runs[v][r]));
    }
    for (const v of VARIANTS) {
      const list = runs[v];
      synth[`${v}@${services}`] = {
        variant: v, services, runs: list.length,
        wallMs: stats(list.map((x) => x.wallMs)),
        cpuMs: stats(list.map((x) => x.cpuMs)),
        maxRssMb: stats(list.map((x) => x.maxRssMb)),
        importMs: stats(list.map((x) => x.importMs)).median,
        buildMs: stats(list.map((x) => x.buildMs)).median,
        synthMs: stats(list.map((x) => x.synthMs)).median,
        startupMs: stats(list.map((x) => x.startupMs)).median,
      };
    }
  }

  // 3. Import time: the package (lib/, as compiled for users) against cdktf alone, and node doing nothing.
  const importRuns = { 'baseline': [], 'import-cdktf': [], 'import-package': [] };
  for (let r = 0; r < IMPORT_RUNS; r++) {
    for (const kind of Object.keys(importRuns)) importRuns[kind].push(run(CHILD, [kind]));
  }
  log('import runs done');
  const imports = Object.fromEntries(Object.entries(importRuns).map(([kind, list]) => [kind, {
    runs: list.length,
    requireMs: kind === 'baseline' ? undefined : stats(list.map((x) => x.importMs)),
    wallMs: stats(list.map((x) => x.wallMs)),
    cpuMs: stats(list.map((x) => x.cpuMs)),
    maxRssMb: stats(list.map((x) => x.maxRssMb)),
  }]));

  // 4. Is Testing.synth quadratic for our resources? (1000 and 4000 VMs of one type.)
  let testingSynth;
  if (!quick && !flag('--no-testing-synth')) {
    const check = run(TESTING_SYNTH, ['check', '50']);
    if (!check.same) fail(`the proposed synthStack helper differs from Testing.synth: ${check.problems.join('; ')}`);
    testingSynth = { helperAgrees: true, byVms: {} };
    for (const vms of [1000, 4000]) {
      log(`Testing.synth vs synthStack at ${vms} VMs`);
      testingSynth.byVms[vms] = { testing: run(TESTING_SYNTH, ['testing', String(vms)]), linear: run(TESTING_SYNTH, ['linear', String(vms)]) };
    }
    const growth = (mode) => testingSynth.byVms[4000][mode].synthMs / testingSynth.byVms[1000][mode].synthMs;
    testingSynth.growth = { testing: growth('testing'), linear: growth('linear') };
    testingSynth.exponent = { testing: Math.log(growth('testing')) / Math.log(4), linear: Math.log(growth('linear')) / Math.log(4) };
    testingSynth.quadratic = testingSynth.exponent.testing > 1.4;
  }

  // 5. Ratios and targets.
  const m = (v, n, field = 'wallMs') => synth[`${v}@${n}`][field].median;
  const ratios = {
    abWall: m('haservice', top) / m('raw-l1', top),
    abRss: m('haservice', top, 'maxRssMb') / m('raw-l1', top, 'maxRssMb'),
    acWall: m('haservice', top) / m('plain-json', top),
    growth: m('haservice', top) / m('haservice', bottom),
    importRatio: imports['import-package'].requireMs.median / imports['import-cdktf'].requireMs.median,
    importWallRatio: imports['import-package'].wallMs.median / imports['import-cdktf'].wallMs.median,
  };

  // 6. Profile (a) and (b) at the largest size when (a) is more than 10 % slower (or when asked).
  let profile;
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const resultsDir = path.join(__dirname, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  if (!flag('--no-profile') && (flag('--profile') || ratios.abWall > TARGETS.abWall)) {
    const dir = path.join(resultsDir, `${stamp}-profiles`);
    log(`profiling (a) and (b) at ${top} services into ${path.relative(ROOT, dir)}`);
    for (const v of ['haservice', 'raw-l1']) {
      cleanup(synthRun(v, top, ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${v}-${top}.cpuprofile`]));
    }
    const summary = require('./profile-summary');
    const a = summary.summarize(path.join(dir, `haservice-${top}.cpuprofile`));
    const b = summary.summarize(path.join(dir, `raw-l1-${top}.cpuprofile`));
    profile = {
      dir: path.relative(ROOT, dir),
      lines: summary.format(a, { top: 12, other: b, label: '(a)', otherLabel: '(b)' }),
      a: { origins: a.origins, functions: a.functions.slice(0, 25), ours: a.ours.slice(0, 15) },
      b: { origins: b.origins, functions: b.functions.slice(0, 25) },
    };
  }

  // ---------------------------------------------------------------- report
  const f0 = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}-${s.max.toFixed(0)})`;
  const out = [];
  out.push(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB, ${machine.os}, node ${machine.node}, ${machine.date}`);
  out.push(`catalog: N services x 2 datacenters x 2 instances, one zone (one stack); registration ${registration ? 'on' : 'off'}`);
  for (const n of sizes) out.push(`equivalent at ${n} services: (a) = (b) = (c): ${censusText(censusBySize[n])}`);
  if (testingSynth) {
    const t = testingSynth.byVms;
    out.push(`Testing.synth, VMs of one type: ${t[1000].testing.synthMs.toFixed(0)} ms at 1000, ${t[4000].testing.synthMs.toFixed(0)} ms at 4000 `
      + `(x${testingSynth.growth.testing.toFixed(1)} for x4: n^${testingSynth.exponent.testing.toFixed(2)}, ${testingSynth.quadratic ? 'QUADRATIC' : 'linear'}); `
      + `proposed synthStack: ${t[1000].linear.synthMs.toFixed(0)} / ${t[4000].linear.synthMs.toFixed(0)} ms (n^${testingSynth.exponent.linear.toFixed(2)}), same content`);
  }
  if (profile) out.push('', ...profile.lines);
  out.push('');
  const header = ['variant', 'services', 'runs', 'wall ms median (min-max)', 'cpu ms median (min-max)', 'peak RSS MB median (min-max)', 'build ms', 'synth ms'];
  const rows = [];
  for (const n of sizes) {
    for (const v of VARIANTS) {
      const e = synth[`${v}@${n}`];
      rows.push([LABELS[v], String(n), String(e.runs), f0(e.wallMs), f0(e.cpuMs), f0(e.maxRssMb), e.buildMs.toFixed(0), e.synthMs.toFixed(0)]);
    }
  }
  const importLabels = { 'baseline': 'node alone', 'import-cdktf': "require('cdktf')", 'import-package': 'require(package)' };
  for (const [kind, e] of Object.entries(imports)) {
    rows.push([importLabels[kind], '-', String(e.runs), f0(e.wallMs), f0(e.cpuMs), f0(e.maxRssMb), e.requireMs ? `req ${e.requireMs.median.toFixed(0)}` : '-', '-']);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i <= 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  out.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line));
  out.push('');
  const verdict = (x, limit) => `${x <= limit ? 'met' : 'NOT met'}: target <= ${limit}`;
  // The targets are set at 1000 services (growth: from 10 to 1000); other sizes print no verdict.
  const at1000 = (x, limit) => (top === 1000 ? ` (${verdict(x, limit)})` : '');
  out.push(`ratio haservice/raw-l1 wall at ${top}: ${ratios.abWall.toFixed(2)}${at1000(ratios.abWall, TARGETS.abWall)}`);
  out.push(`ratio haservice/raw-l1 peak RSS at ${top}: ${ratios.abRss.toFixed(2)}${at1000(ratios.abRss, TARGETS.abRss)}`);
  out.push(`ratio haservice/plain-json wall at ${top}: ${ratios.acWall.toFixed(2)}`);
  out.push(`ratio haservice growth ${bottom} -> ${top} services (wall): ${ratios.growth.toFixed(2)}`
    + (bottom === 10 && top === 1000 ? ` (${verdict(ratios.growth, TARGETS.growth)})` : ''));
  out.push(`ratio import package/cdktf (require time): ${ratios.importRatio.toFixed(2)} (${verdict(ratios.importRatio, TARGETS.importRatio)}); `
    + `whole process: ${ratios.importWallRatio.toFixed(2)}`);
  out.push(`ratio haservice/raw-l1 at ${top} services: ${ratios.abWall.toFixed(2)}`);

  const file = path.join(resultsDir, `${stamp}.json`);
  const strip = (s) => ({ median: s.median, min: s.min, max: s.max, values: s.values });
  fs.writeFileSync(file, JSON.stringify({
    machine,
    options: { sizes, runs: Object.fromEntries(sizes.map((n) => [n, runsFor(n)])), registration, importRuns: IMPORT_RUNS },
    equivalence: { checkedBeforeTiming: bottom, census: censusBySize },
    synth: Object.fromEntries(Object.entries(synth).map(([k, e]) => [k, {
      ...e, wallMs: strip(e.wallMs), cpuMs: strip(e.cpuMs), maxRssMb: strip(e.maxRssMb),
    }])),
    import: imports,
    testingSynth,
    ratios,
    targets: TARGETS,
    profile: profile && { dir: profile.dir, a: profile.a, b: profile.b },
    printed: out,
  }, null, 2));
  log(`figures written to ${path.relative(ROOT, file)}`);
  console.log(out.join('\n'));
}

main();
