"""The seed's my_service in Python: two datacenters, two instances each, in the production and
the staging zone, one stack per zone with its state in PostgreSQL. The same declaration as the
TypeScript app in examples/consumer/main.ts: both synthesize the same JSON.

    python -m venv .venv && . .venv/bin/activate
    pip install cdktf==0.21.0 constructs cdktf-opennebula
    python main.py            # writes cdktf.out/stacks/<zone>/cdk.tf.json

OpenNebula credentials come from TF_VAR_<zone>_opennebula_username and
TF_VAR_<zone>_opennebula_password, the state connection string from PG_CONN_STR, when OpenTofu
runs; nothing secret is in the code or in the synthesized JSON.
"""
from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_opennebula import (
    Datacenter,
    HaService,
    HaproxyBalance,
    HaproxyMode,
    HaproxyProps,
    HealthCheckProps,
    OpenNebulaZone,
    PuppetProps,
    ServiceSize,
    SharedState,
)

SITES = {
    "production": {
        "endpoint": "https://one-prod.example.com/RPC2",
        "datacenters": [
            {"cluster_id": 100, "network_id": 10, "image_id": 20},
            {"cluster_id": 101, "network_id": 11, "image_id": 21},
        ],
    },
    "staging": {
        "endpoint": "https://one-staging.example.com/RPC2",
        "datacenters": [
            {"cluster_id": 200, "network_id": 20, "image_id": 30},
            {"cluster_id": 201, "network_id": 21, "image_id": 31},
        ],
    },
}


class MyServiceStack(TerraformStack):
    def __init__(self, scope: Construct, zone_name: str, site: dict):
        super().__init__(scope, zone_name)
        # State in PostgreSQL, schema cdktf_opennebula_<zone>__my_service (remove for a local state file).
        SharedState.postgres(self, zone=zone_name, service="my_service")

        zone = OpenNebulaZone(self, zone_name, name=zone_name, endpoint=site["endpoint"])
        datacenters = [
            Datacenter(self, f"dc{i + 1}", zone=zone, **ids)
            for i, ids in enumerate(site["datacenters"])
        ]

        HaService(
            self,
            "my_service",
            zone=zone,
            datacenters=datacenters,
            instances=2,
            size=ServiceSize(cpu=1, vcpu=2, memory_mb=4096, disk_mb=20480),
            puppet=PuppetProps(server="puppet.example.com", role="my_service"),
            haproxy=HaproxyProps(
                port=8080,
                mode=HaproxyMode.HTTP,
                balance=HaproxyBalance.ROUND_ROBIN,
                health_check=HealthCheckProps(path="/health"),
            ),
        )


app = App()
for name, site in SITES.items():
    MyServiceStack(app, name, site)
app.synth()
