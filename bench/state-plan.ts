/**
 * How long a pull request waits for its plan: `tofu plan` of ONE stack of a catalog split one
 * stack per service (the layout of docs/state.md) versus `tofu plan` of ONE stack holding every
 * service. Not a test: it prints figures.
 *
 *   npx ts-node --project test/tsconfig.json bench/state-plan.ts [--services 200] [--runs 3]
 *
 * Both catalogs are the benchmark catalog (bench/catalog.ts: two datacenters, two instances
 * each, Puppet/HAProxy registration), synthesized with HaService. Every plan runs the real
 * OpenTofu and provider (.tools/, `npx projen toolchain`) against the OpenNebula stand-in
 * started in this process, with `-refresh=false` on an empty state: what is measured is
 * configuration, provider start and planning every resource, not reading existing objects
 * (which adds one XML-RPC read per resource to both, in proportion to their size). With
 * PG_CONN_STR set, the stacks keep their state in PostgreSQL (SharedState.postgres), otherwise
 * locally. Synthesis is timed too: `cdktf synth` synthesizes every stack of an app.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { DATACENTERS, INSTANCES, REGISTRATION_PROPS, SIZE, ZONE, serviceName } from './catalog';
import { Datacenter, HaService, OpenNebulaZone, SharedState } from '../src';
import { startStandIn } from '../standin/server';
import { tofuAsync } from '../test/plan/support';

const CREDENTIALS = { TF_VAR_production_opennebula_username: 'oneadmin', TF_VAR_production_opennebula_password: 'stand-in-password' };

const ROOT = path.resolve(__dirname, '..');
const TOOLS = path.join(ROOT, '.tools');
const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: a positive integer`);
  return value;
};
if (argv.includes('--help')) {
  console.log('bench/state-plan.ts [--services 200] [--runs 3]: plan one stack of a catalog split per service vs one stack of all services');
  process.exit(0);
}
const SERVICES = option('--services', 200);
const RUNS = option('--runs', 3);
const PG = process.env.PG_CONN_STR !== undefined && process.env.PG_CONN_STR !== '';
const log = (line: string) => console.error(`bench: ${line}`);

function declareServices(stack: TerraformStack, endpoint: string, names: string[]): void {
  const zone = new OpenNebulaZone(stack, ZONE.id, { name: ZONE.name, endpoint });
  const datacenters = DATACENTERS.map((dc) => new Datacenter(stack, dc.name, {
    zone, clusterId: dc.clusterId, networkId: dc.networkId, imageId: dc.imageId,
  }));
  for (const name of names) new HaService(stack, name, { zone, datacenters, instances: INSTANCES, size: SIZE, ...REGISTRATION_PROPS });
}

/** Synthesizes an app; returns the seconds it took and the directory of each stack. */
function synth(outdir: string, declare: (app: App) => void): { seconds: number; stacks: (id: string) => string } {
  const t0 = process.hrtime.bigint();
  const app = new App({ outdir, skipValidation: true });
  declare(app);
  app.synth();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, stacks: (id) => path.join(outdir, 'stacks', id) };
}

/** OpenTofu with the toolchain's CLI configuration and the stand-in's credentials (the tests' runner). */
async function tofu(cwd: string, args: string[]): Promise<{ status: number; seconds: number; output: string }> {
  const run = await tofuAsync(cwd, args, CREDENTIALS);
  return { status: run.status, seconds: run.seconds, output: run.stdout + run.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(TOOLS, 'bin', 'tofu')) || fs.readFileSync(path.join(TOOLS, 'provider-kind'), 'utf8').trim() !== 'real') {
    throw new Error('needs OpenTofu and the real provider in .tools/ (npx projen toolchain)');
  }
  const standIn = await startStandIn({ port: 0 });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-state-plan-'));
  const names = Array.from({ length: SERVICES }, (_, i) => serviceName(i));
  const suffix = `${process.pid}`;
  try {
    log(`${SERVICES} services, state ${PG ? 'in PostgreSQL (PG_CONN_STR)' : 'local'}, ${RUNS} plans each, stand-in at ${standIn.url}`);
    const split = synth(path.join(work, 'split'), (app) => {
      for (const name of names) {
        const stack = new TerraformStack(app, `production_${name}`);
        if (PG) SharedState.postgres(stack, { schemaName: `bench_${suffix}_${name}` });
        declareServices(stack, standIn.url, [name]);
      }
    });
    log(`synthesized ${SERVICES} stacks of one service in ${split.seconds.toFixed(1)} s`);
    const whole = synth(path.join(work, 'whole'), (app) => {
      const stack = new TerraformStack(app, 'production_all');
      if (PG) SharedState.postgres(stack, { schemaName: `bench_${suffix}_all` });
      declareServices(stack, standIn.url, names);
    });
    log(`synthesized one stack of ${SERVICES} services in ${whole.seconds.toFixed(1)} s`);

    const one = split.stacks(`production_${names[Math.floor(SERVICES / 2)]}`);
    const all = whole.stacks('production_all');
    for (const dir of [one, all]) {
      const init = await tofu(dir, ['init', '-input=false', '-no-color']);
      if (init.status !== 0) throw new Error(`tofu init failed in ${dir}:\n${init.output}`);
    }
    const plan = async (dir: string) => {
      const result = await tofu(dir, ['plan', '-input=false', '-no-color', '-refresh=false', '-out=plan.tfplan']);
      if (result.status !== 0) throw new Error(`tofu plan failed in ${dir}:\n${result.output}`);
      return { seconds: result.seconds, summary: /Plan: .*/.exec(result.output)?.[0] ?? '?' };
    };
    const oneRuns: number[] = [];
    const allRuns: number[] = [];
    let oneSummary = '';
    let allSummary = '';
    for (let i = 0; i < RUNS; i++) { // interleaved
      const a = await plan(one);
      oneRuns.push(a.seconds);
      oneSummary = a.summary;
      const b = await plan(all);
      allRuns.push(b.seconds);
      allSummary = b.summary;
      log(`run ${i + 1}: one of ${SERVICES} ${a.seconds.toFixed(1)} s, all in one ${b.seconds.toFixed(1)} s`);
    }
    const fmt = (xs: number[]) => `${median(xs).toFixed(1)} s (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
    const rows = [
      ['layout', 'synth of the app', `tofu plan -refresh=false, median of ${RUNS}`, 'plan'],
      [`${SERVICES} stacks, one service each: plan one`, `${split.seconds.toFixed(1)} s`, fmt(oneRuns), oneSummary],
      [`1 stack of ${SERVICES} services: plan it`, `${whole.seconds.toFixed(1)} s`, fmt(allRuns), allSummary],
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; `
      + `OpenTofu ${(await tofu(ROOT, ['version'])).output.split('\n')[0].replace('OpenTofu ', '')}; state ${PG ? 'pg' : 'local'}`);
    for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
    console.log(`ratio: ${(median(allRuns) / median(oneRuns)).toFixed(1)} x`);
  } finally {
    await standIn.close();
    fs.rmSync(work, { recursive: true, force: true });
    if (PG) console.error(`bench: the schemas bench_${suffix}_* stay in the database of PG_CONN_STR; drop them when done`);
  }
}

main().catch((error) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
