// Topology: zones (environments) and datacenters.
export * from './topology/zone';
export * from './topology/datacenter';
// Services: the high-level constructs and their placement plans.
export * from './service/plan';
export * from './service/ha-service';
export type { DatacenterDeployment, ReadinessGate, VmSize } from './service/deployment';
// Shared state: every stack's state in PostgreSQL (OpenTofu's pg backend), one schema per stack.
export * from './state/shared-state';
// Policy checks over every service (an Aspect, cdk-nag style): docs/policy.md.
export * from './policy';
// Service catalog: YAML files turned into stacks (docs/catalog.md).
export { Catalog } from './catalog/catalog';
// Registration: Puppet enrolment and the HAProxy backend of a service.
export * from './registration';
// Pull-request plan summaries (`npx cdktf-opennebula plan-summary`).
export * from './cli/plan-summary';
// Testing: linear-time synthesis for big stacks.
export * from './testing/synth';
// Generated provider bindings (src/provider/): one namespace per resource and data source,
// as a prebuilt @cdktf/provider-opennebula package would export them.
export * from './provider';
