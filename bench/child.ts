/**
 * One measured run, in a fresh node process (started by bench/run.js from the compiled copy):
 *
 *   node bench/.build/bench/child.js <haservice|raw-l1|plain-json> <services> <outdir>
 *   node bench/.build/bench/child.js <import-cdktf|import-package|baseline>   (import-package: BENCH_PACKAGE)
 *
 * Prints one JSON line: phase times (ms), CPU time of the whole process (user + sys, from
 * process.cpuUsage) and its peak RSS (MB, from process.resourceUsage().maxRSS).
 */
import { performance } from 'perf_hooks';
import type { Variant } from './catalog';

const startupMs = performance.now(); // node's own start-up, before this module ran
const [kind, countArg, outdir] = process.argv.slice(2);
const VARIANT_MODULES: { [kind: string]: string } = {
  'haservice': './variant-haservice',
  'raw-l1': './variant-raw-l1',
  'plain-json': './variant-plain-json',
};

const phases: { [phase: string]: number } = {};
function timed<T>(phase: string, work: () => T): T {
  const t0 = performance.now();
  const result = work();
  phases[phase] = performance.now() - t0;
  return result;
}

let file: string | undefined;
if (kind === 'import-cdktf') {
  timed('importMs', () => require('cdktf'));
} else if (kind === 'import-package') {
  // The package as an app gets it: the compiled lib/ of `npx projen compile` (bench/run.js checks it is there).
  timed('importMs', () => require(process.env.BENCH_PACKAGE ?? '../src'));
} else if (kind === 'baseline') {
  // node start-up and exit only
} else if (VARIANT_MODULES[kind]) {
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !outdir) throw new Error(`usage: child.js ${kind} <services> <outdir>`);
  const variant: Variant = timed('importMs', () => require(VARIANT_MODULES[kind]).variant);
  const write = timed('buildMs', () => variant.build(count, outdir));
  file = timed('synthMs', write);
} else {
  throw new Error(`bench child: unknown variant ${JSON.stringify(kind)}`);
}

const cpu = process.cpuUsage();
const usage = process.resourceUsage();
console.log(JSON.stringify({
  kind,
  services: countArg === undefined ? undefined : Number(countArg),
  startupMs,
  ...phases,
  inProcessMs: performance.now(),
  cpuMs: (cpu.user + cpu.system) / 1000,
  userMs: cpu.user / 1000,
  sysMs: cpu.system / 1000,
  maxRssMb: usage.maxRSS / 1024,
  file,
}));
