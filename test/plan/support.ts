/**
 * Helpers of the plan tests: the seed example with variations, the real-provider gate, an
 * asynchronous OpenTofu runner (the stand-in answers in the same process, so tofu must not
 * block the event loop), and plan fixture normalization.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { Datacenter, HaService, OpenNebulaZone, PostgresStateOptions, SharedState } from '../../src';
import { describeTier } from '../support/tier';
import { TOOLS, portable } from '../support/tofu';

export const FIXTURES = path.join(__dirname, 'fixtures');

/** The endpoint written into recorded fixtures instead of the stand-in's random port. */
export const FIXTURE_ENDPOINT = 'http://127.0.0.1:2633/RPC2';

/** Production datacenters of the seed example (examples/seed/stacks.ts), plus dc3 for scale-out. */
const PRODUCTION_DATACENTERS: { [name: string]: { clusterId: number; networkId: number; imageId: number } } = {
  dc1: { clusterId: 100, networkId: 10, imageId: 20 },
  dc2: { clusterId: 101, networkId: 11, imageId: 21 },
  dc3: { clusterId: 102, networkId: 12, imageId: 22 },
};

export interface SeedVariant {
  /** Datacenters in declaration order. @default ['dc1', 'dc2'] */
  readonly datacenters?: string[];
  /** @default 2 */
  readonly instances?: number;
  /** @default 4096 */
  readonly memoryMb?: number;
  /** @default 1 */
  readonly templateRevision?: number;
  /** Image of each datacenter's system disk, by datacenter name. @default the seed's */
  readonly imageIds?: { [datacenter: string]: number };
  /** `rollout.waitForReady`. @default true */
  readonly waitForReady?: boolean;
  /** `puppet.puppetDbUrl`. @default none */
  readonly puppetDbUrl?: string;
  /** `rollout.createTimeoutMinutes`. @default the library's */
  readonly createTimeoutMinutes?: number;
  /** Cluster, network and image of each datacenter, by name (a real zone's). @default the seed's */
  readonly datacenterIds?: { [datacenter: string]: { clusterId: number; networkId: number; imageId: number } };
  /** The stack's state in PostgreSQL (`SharedState.postgres`, test/state/). @default local state */
  readonly state?: PostgresStateOptions;
}

/**
 * The production stack of the seed example, declared as examples/seed/stacks.ts declares it,
 * with the zone endpoint set to `endpoint` and the given variation. Returns Terraform JSON
 * without the backend (state stays in the working directory) unless `variant.state` is set.
 */
export function seedDocument(endpoint: string, variant: SeedVariant = {}): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'production');
  if (variant.state !== undefined) SharedState.postgres(stack, variant.state);
  const zone = new OpenNebulaZone(stack, 'production', { name: 'production', endpoint });
  const datacenters = (variant.datacenters ?? ['dc1', 'dc2'])
    .map((name) => new Datacenter(stack, name, {
      zone,
      ...(variant.datacenterIds?.[name] ?? PRODUCTION_DATACENTERS[name]),
      ...(variant.imageIds?.[name] === undefined ? {} : { imageId: variant.imageIds[name] }),
    }));
  new HaService(stack, 'my_service', {
    zone,
    datacenters,
    instances: variant.instances ?? 2,
    size: { cpu: 1, vcpu: 2, memoryMb: variant.memoryMb ?? 4096, diskMb: 20480 },
    templateRevision: variant.templateRevision,
    rollout: variant.waitForReady === undefined && variant.createTimeoutMinutes === undefined ? undefined : {
      ...(variant.waitForReady === undefined ? {} : { waitForReady: variant.waitForReady }),
      ...(variant.createTimeoutMinutes === undefined ? {} : { createTimeoutMinutes: variant.createTimeoutMinutes }),
    },
    puppet: { server: 'puppet.example.com', role: 'my_service', puppetDbUrl: variant.puppetDbUrl },
    haproxy: { port: 8080, healthCheck: { path: '/health' } },
  });
  const synthesized = JSON.parse(JSON.stringify(stack.toTerraform()));
  const document = portable(synthesized);
  // portable() drops cdktf's local backend (an absolute path); a shared one stays.
  if (variant.state !== undefined) document.terraform.backend = synthesized.terraform.backend;
  return document;
}

// ------------------------------------------------------------------------------------------
// The real provider gate

/**
 * Why plan/apply cannot run with the toolchain in `tools`, or undefined when OpenTofu and the
 * real provider are there.
 */
export function realProviderMissing(tools: string = TOOLS): string | undefined {
  const tofuPresent = fs.existsSync(path.join(tools, 'bin', 'tofu')) && fs.existsSync(path.join(tools, 'tofurc'));
  const kindFile = path.join(tools, 'provider-kind');
  const kind = fs.existsSync(kindFile) ? fs.readFileSync(kindFile, 'utf8').trim() : undefined;
  if (!tofuPresent || kind === undefined) return 'no toolchain in .tools/ (run `npx projen toolchain`)';
  if (kind !== 'real') {
    return `the provider in .tools/ is "${kind}", which can validate but not plan or apply (the real terraform-provider-opennebula 1.5.0 is needed)`;
  }
  return undefined;
}

/**
 * `describe` when OpenTofu and the REAL provider are in .tools/; otherwise `describe.skip`
 * with a loud warning, or a failing test under REQUIRE_REAL_PROVIDER=1.
 */
export function describeWithRealProvider(name: string, body: () => void, tools: string = TOOLS): void {
  describeTier(name, {
    missing: realProviderMissing(tools),
    requireVariable: 'REQUIRE_REAL_PROVIDER',
    failingTitle: 'needs the real provider',
    what: 'Plan/apply against the OpenNebula stand-in',
  }, body);
}

// ------------------------------------------------------------------------------------------
// OpenTofu, asynchronously

export interface TofuRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** This checkout's `cdktf-opennebula` command, run from its TypeScript sources. */
export const CLI = `env TS_NODE_TRANSPILE_ONLY=1 TS_NODE_PROJECT=${path.join(__dirname, '..', 'tsconfig.json')} `
  + `node -r ${require.resolve('ts-node/register')} ${path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts')}`;

export function tofuAsync(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<TofuRun> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(TOOLS, 'bin', 'tofu'), args, {
      cwd,
      env: {
        ...process.env,
        TF_CLI_CONFIG_FILE: path.join(TOOLS, 'tofurc'),
        TF_IN_AUTOMATION: '1',
        CHECKPOINT_DISABLE: '1',
        // The readiness gates run this checkout's command line (an app runs its installed package).
        CDKTF_OPENNEBULA_CLI: CLI,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({
      status: code ?? -1,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    }));
  });
}

// ------------------------------------------------------------------------------------------
// Fixtures

/** Strings longer than this (the base64 start scripts, ~5 KB each, copied into every resource) are elided. */
const ELIDE_OVER = 1024;

function elide(value: string): string {
  const digest = createHash('sha256').update(value).digest('hex').slice(0, 16);
  return `<elided by normalizePlan: ${value.length} characters, sha256 ${digest}...>`;
}

/**
 * Removes what depends on the machine or the run from `tofu show -json` output: the stand-in's
 * port in the provider endpoint, the plan's timestamp and variable values (credentials). Long
 * strings (the base64 start scripts) are replaced by their length and digest, which keeps
 * equal values equal and the fixtures small.
 */
export function normalizePlan(plan: any, endpoint: string): any {
  const text = JSON.stringify(plan).split(endpoint).join(FIXTURE_ENDPOINT);
  const copy = JSON.parse(text, (_key, value) => (typeof value === 'string' && value.length > ELIDE_OVER ? elide(value) : value));
  if (copy.timestamp !== undefined) copy.timestamp = '2025-01-01T00:00:00Z';
  for (const variable of Object.values<any>(copy.variables ?? {})) {
    if (variable && 'value' in variable) variable.value = 'REDACTED';
  }
  return copy;
}

export function fixturePath(name: string): string {
  return path.join(FIXTURES, `${name}.plan.json`);
}

export function readFixture(name: string): any {
  return JSON.parse(fs.readFileSync(fixturePath(name), 'utf8'));
}

