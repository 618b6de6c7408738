import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, TerraformStack, TerraformVariable } from 'cdktf';
import { Datacenter, HaPolicyChecks, HaPolicyChecksProps, HaService, HaServiceProps, OpenNebulaZone } from '../../src';

/** A service declaration a policy test starts from; every rule passes on it with `CLEAN_CHECKS`. */
export interface ServiceSpec {
  readonly zone?: string;
  readonly datacenters?: string[];
  readonly service?: string;
  readonly props?: Partial<HaServiceProps>;
  /** Puppet with a challenge password (default), without one, or no Puppet. */
  readonly puppet?: 'challenge' | 'no-challenge' | 'none';
}

/** Host counts and limits under which `service()` breaks no rule. */
export const CLEAN_CHECKS: HaPolicyChecksProps = {
  hostsPerDatacenter: { 'production/dc1': 2, 'production/dc2': 2, 'staging/dc1': 2, 'staging/dc2': 2 },
  sizeLimits: { maxVcpu: 8, maxMemoryMb: 16384, minMemoryMb: 1024, maxDiskMb: 102400 },
};

/** One stack per zone: a zone, its datacenters and the services of `specs`. */
export function stack(app: App, id: string, specs: ServiceSpec[]): TerraformStack {
  const made = new TerraformStack(app, id);
  const zoneName = specs[0]?.zone ?? 'production';
  const zone = new OpenNebulaZone(made, zoneName, { name: zoneName, endpoint: `https://one-${zoneName}.example.com/RPC2` });
  const dcs = new Map<string, Datacenter>();
  const datacenter = (name: string) => {
    if (!dcs.has(name)) dcs.set(name, new Datacenter(made, name, { zone, clusterId: 100 + dcs.size, networkId: 10, imageId: 20 }));
    return dcs.get(name)!;
  };
  for (const spec of specs) {
    const puppet = spec.puppet ?? 'challenge';
    const challenge = puppet === 'challenge'
      ? new TerraformVariable(made, `${spec.service ?? 'my_service'}_challenge`, { type: 'string', sensitive: true }).stringValue : undefined;
    new HaService(made, spec.service ?? 'my_service', {
      zone,
      datacenters: (spec.datacenters ?? ['dc1', 'dc2']).map(datacenter),
      instances: 2,
      size: { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 },
      tags: { team: 'payments' },
      puppet: puppet === 'none' ? undefined : { server: 'puppet.example.com', challengePassword: challenge },
      haproxy: { port: 8080, healthCheck: { path: '/health' } },
      ...spec.props,
    });
  }
  return made;
}

export function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'policy-'));
}

/** An app of one production stack holding `specs`, with `checks` added to the app. */
export function appWith(specs: ServiceSpec[], checks?: HaPolicyChecks): App {
  const app = new App({ outdir: tmpdir() });
  stack(app, 'production', specs);
  if (checks) Aspects.of(app).add(checks);
  return app;
}

export interface Annotation {
  readonly constructPath: string;
  readonly level: string;
  readonly message: string;
}

/** The annotations of every stack of a synthesized app, as the manifest lists them. */
export function annotations(app: App): Annotation[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
  return Object.values<any>(manifest.stacks).flatMap((s) => s.annotations ?? [])
    .map((a: any) => ({ constructPath: a.constructPath, level: a.level, message: a.message }));
}

/** Every file under `dir`, by relative path, with its content. */
export function files(dir: string): { [file: string]: string } {
  const out: { [file: string]: string } = {};
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** The error synthesis throws, or undefined. */
export function synthError(app: App): Error | undefined {
  try {
    app.synth();
    return undefined;
  } catch (e) {
    return e as Error;
  }
}
