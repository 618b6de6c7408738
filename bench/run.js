// Benchmarks synthesis of a catalog of services: HaService vs raw provider classes vs plain JSON.
// Usage: npm run bench [-- --quick]. Compiles the library (lib/) first if needed.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
const SIZES = quick ? [10, 100] : [10, 100, 1000];
const RUNS = (n) => (quick ? 3 : n >= 1000 ? 5 : 7);
const VARIANTS = ['haservice', 'raw-l1', 'plain-json'];

function ensureCompiled() {
  const lib = path.join(ROOT, 'lib', 'index.js');
  const newest = (dir) => fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .reduce((t, e) => Math.max(t, fs.statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
  if (!fs.existsSync(lib) || fs.statSync(lib).mtimeMs < newest(path.join(ROOT, 'src'))) {
    console.error('bench: compiling the library (npx projen compile)');
    execFileSync('npx', ['projen', 'compile'], { cwd: ROOT, stdio: 'inherit' });
  }
}

function child(variant, count) {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(__dirname, 'child.js'), variant, String(count ?? 0)], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' }, maxBuffer: 1 << 26,
  });
  const processWallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (result.status !== 0) throw new Error(`${variant} ${count} failed:\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return { ...JSON.parse(lines[lines.length - 1]), processWallMs };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The documents without cdktf's metadata and the machine-dependent backend. */
function comparable(file) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const strip = (value) => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).filter((k) => k !== '//').sort().map((k) => [k, strip(value[k])]));
    }
    return value;
  };
  delete doc['//'];
  if (doc.terraform) delete doc.terraform.backend;
  return JSON.stringify(strip(doc));
}

function checkSameResources() {
  const docs = Object.fromEntries(VARIANTS.map((v) => [v, comparable(child(v, 10).file)]));
  for (const v of VARIANTS.slice(1)) {
    if (docs[v] !== docs.haservice) {
      const a = JSON.parse(docs.haservice);
      const b = JSON.parse(docs[v]);
      const diff = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      throw new Error(`bench: ${v} does not synthesize what haservice does (differs in: ${diff.join(', ')})`);
    }
  }
  const resources = JSON.parse(docs.haservice).resource;
  return Object.fromEntries(Object.entries(resources).map(([type, r]) => [type, Object.keys(r).length]));
}

function main() {
  ensureCompiled();
  const perTen = checkSameResources();
  console.log(`same resources in all variants (10 services: ${Object.entries(perTen).map(([t, n]) => `${n} ${t}`).join(', ')})`);

  const results = { machine: {
    cpu: os.cpus()[0].model, cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version,
    date: new Date().toISOString(),
  }, synth: {}, import: {} };
  const rows = [];
  for (const count of SIZES) {
    for (const variant of VARIANTS) {
      const runs = Array.from({ length: RUNS(count) }, () => child(variant, count));
      const entry = {
        wallMs: stats(runs.map((r) => r.processWallMs)), cpuMs: stats(runs.map((r) => r.cpuMs)), maxRssMb: stats(runs.map((r) => r.maxRssMb)),
        runs: runs.length,
      };
      results.synth[`${variant}@${count}`] = entry;
      rows.push([variant, count, entry]);
    }
  }
  for (const variant of ['import-cdktf', 'import-lib']) {
    const runs = Array.from({ length: 7 }, () => child(variant));
    results.import[variant] = { wallMs: stats(runs.map((r) => r.processWallMs)), maxRssMb: stats(runs.map((r) => r.maxRssMb)) };
  }

  const fmt = (s, digits = 0) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}-${s.max.toFixed(digits)})`;
  console.log('');
  console.log('variant      services  runs  wall ms median (min-max)  cpu ms median (min-max)  peak RSS MB median (min-max)');
  for (const [variant, count, e] of rows) {
    console.log(`${variant.padEnd(12)} ${String(count).padStart(8)}  ${String(e.runs).padStart(4)}  ${fmt(e.wallMs).padEnd(26)}${fmt(e.cpuMs).padEnd(25)}${fmt(e.maxRssMb)}`);
  }
  for (const [variant, e] of Object.entries(results.import)) {
    console.log(`${variant.padEnd(12)} ${'-'.padStart(8)}  ${'7'.padStart(4)}  ${fmt(e.wallMs).padEnd(26)}${'-'.padEnd(25)}${fmt(e.maxRssMb)}`);
  }
  console.log('');
  const m = (key, field = 'wallMs') => results.synth[key][field].median;
  const top = SIZES[SIZES.length - 1];
  const ratios = {
    [`haservice/raw-l1 wall at ${top}`]: m(`haservice@${top}`) / m(`raw-l1@${top}`),
    [`haservice/raw-l1 peak RSS at ${top}`]: m(`haservice@${top}`, 'maxRssMb') / m(`raw-l1@${top}`, 'maxRssMb'),
    [`haservice/plain-json wall at ${top}`]: m(`haservice@${top}`) / m(`plain-json@${top}`),
    [`raw-l1/plain-json wall at ${top}`]: m(`raw-l1@${top}`) / m(`plain-json@${top}`),
    [`haservice growth ${SIZES[0]} -> ${top} services (wall)`]: m(`haservice@${top}`) / m(`haservice@${SIZES[0]}`),
    'import package/cdktf alone (wall)': results.import['import-lib'].wallMs.median / results.import['import-cdktf'].wallMs.median,
  };
  results.ratios = ratios;
  for (const [name, value] of Object.entries(ratios)) console.log(`ratio ${name}: ${value.toFixed(2)}`);
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `${results.machine.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.error(`bench: figures written to ${path.relative(ROOT, out)}`);
  console.log(`ratio haservice/raw-l1 at ${top} services: ${ratios[`haservice/raw-l1 wall at ${top}`].toFixed(2)}`);
}

main();
