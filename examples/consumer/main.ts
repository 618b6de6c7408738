/**
 * A complete cdktf app using cdktf-opennebula: `my_service` on two datacenters, two instances
 * each, in the production and the staging zone (one stack per zone).
 *
 *   npm install
 *   npx cdktf synth        # writes cdktf.out/stacks/<zone>/cdk.tf.json
 *
 * Nothing secret is in the code or in the synthesized JSON. OpenTofu/Terraform reads the
 * OpenNebula credentials from the variables each zone declares:
 *   TF_VAR_production_opennebula_username, TF_VAR_production_opennebula_password,
 *   TF_VAR_staging_opennebula_username, TF_VAR_staging_opennebula_password
 * and the PostgreSQL state backend reads PG_CONN_STR at `tofu init`.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Datacenter, HaService, HaproxyBalance, HaproxyMode, OpenNebulaZone, SharedState } from 'cdktf-opennebula';

interface ZoneSite {
  readonly endpoint: string;
  /** Cluster, network and image of each datacenter, in OpenNebula ids. */
  readonly datacenters: { clusterId: number; networkId: number; imageId: number }[];
}

class MyServiceStack extends TerraformStack {
  constructor(scope: Construct, zoneName: string, site: ZoneSite) {
    super(scope, zoneName);
    // State in PostgreSQL, schema cdktf_opennebula_<zone>__my_service (remove for a local state file).
    SharedState.postgres(this, { zone: zoneName, service: 'my_service' });

    const zone = new OpenNebulaZone(this, zoneName, { name: zoneName, endpoint: site.endpoint });
    const datacenters = site.datacenters.map((ids, i) => new Datacenter(this, `dc${i + 1}`, { zone, ...ids }));

    new HaService(this, 'my_service', {
      zone,
      datacenters,
      instances: 2,
      size: { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 },
      puppet: { server: 'puppet.example.com', role: 'my_service' },
      haproxy: { port: 8080, mode: HaproxyMode.HTTP, balance: HaproxyBalance.ROUND_ROBIN, healthCheck: { path: '/health' } },
    });
  }
}

const app = new App();
new MyServiceStack(app, 'production', {
  endpoint: 'https://one-prod.example.com/RPC2',
  datacenters: [
    { clusterId: 100, networkId: 10, imageId: 20 },
    { clusterId: 101, networkId: 11, imageId: 21 },
  ],
});
new MyServiceStack(app, 'staging', {
  endpoint: 'https://one-staging.example.com/RPC2',
  datacenters: [
    { clusterId: 200, networkId: 20, imageId: 30 },
    { clusterId: 201, networkId: 21, imageId: 31 },
  ],
});
app.synth();
