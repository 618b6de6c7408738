/**
 * The seed scenario: `my_service` on two datacenters, two instances each, in the production
 * and the staging zone. One stack per zone and service, each with its state in PostgreSQL
 * (schema `cdktf_opennebula_<zone>__my_service`; OpenTofu reads PG_CONN_STR at `tofu init`):
 * see docs/state.md.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Datacenter, HaService, HaproxyBalance, HaproxyMode, OpenNebulaZone, SharedState } from '../../src';

export interface SeedOptions {
  /** Instances per datacenter. */
  readonly instances?: number;
  /**
   * Where each stack keeps its state: `postgres` (OpenTofu's pg backend, docs/state.md) or
   * `local` (cdktf's default, a file in the stack's directory).
   * @default 'postgres'
   */
  readonly state?: 'postgres' | 'local';
}

export class SeedStack extends TerraformStack {
  public readonly service: HaService;

  constructor(scope: Construct, id: string, zoneName: 'production' | 'staging', options: SeedOptions = {}) {
    super(scope, id);
    if ((options.state ?? 'postgres') === 'postgres') SharedState.postgres(this, { zone: zoneName, service: 'my_service' });
    const prod = zoneName === 'production';
    const zone = new OpenNebulaZone(this, zoneName, {
      name: zoneName,
      endpoint: prod ? 'https://one-prod.example.com/RPC2' : 'https://one-staging.example.com/RPC2',
    });
    const dc1 = new Datacenter(this, 'dc1', { zone, clusterId: prod ? 100 : 200, networkId: prod ? 10 : 20, imageId: prod ? 20 : 30 });
    const dc2 = new Datacenter(this, 'dc2', { zone, clusterId: prod ? 101 : 201, networkId: prod ? 11 : 21, imageId: prod ? 21 : 31 });
    this.service = new HaService(this, 'my_service', {
      zone,
      datacenters: [dc1, dc2],
      instances: options.instances ?? 2,
      size: { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 },
      puppet: { server: 'puppet.example.com', role: 'my_service' },
      haproxy: { port: 8080, mode: HaproxyMode.HTTP, balance: HaproxyBalance.ROUND_ROBIN, healthCheck: { path: '/health' } },
    });
  }
}

export function buildSeedApp(outdir: string, options: SeedOptions = {}): { app: App; stacks: SeedStack[] } {
  const app = new App({ outdir, skipValidation: false });
  const stacks = [
    new SeedStack(app, 'production', 'production', options),
    new SeedStack(app, 'staging', 'staging', options),
  ];
  return { app, stacks };
}
