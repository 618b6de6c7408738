// The package root: the library's own API, and the generated provider bindings behind one
// namespace (`bindings`). Internals (validation, quoting, patterns, renderers) are not exported:
// test/public-surface.test.ts lists what is, and fails when a name is added or removed by accident.

// Topology: zones (environments) and datacenters.
export { OpenNebulaZone } from './topology/zone';
export type { OpenNebulaZoneProps } from './topology/zone';
export { Datacenter } from './topology/datacenter';
export type { BaseTemplate, DatacenterPlacement, DatacenterProps } from './topology/datacenter';
// Services: the high-level construct and its pure placement plan.
export type { PlanInput, PlannedVm, PlannedDatacenter, ServicePlan } from './service/plan';
export { ServicePlanner } from './service/plan';
export * from './service/ha-service';
export type { DatacenterDeployment, ReadinessGate, VmSize } from './service/deployment';
// Registration: what a service declares for Puppet enrolment and its HAProxy backend.
export type { PuppetProps } from './registration/puppet';
export type { HaproxyProps, HealthCheckProps, HaproxyMember } from './registration/haproxy';
export { HaproxyMode, HaproxyBalance } from './registration/haproxy';
export type { ServiceIdentity } from './registration/identity';
// Shared state: every stack's state in PostgreSQL (OpenTofu's pg backend), one schema per stack.
export { PostgresStateBackend, PostgresRemoteState, SharedState } from './state/shared-state';
export type { PostgresStateOptions, PostgresAppStateOptions, PostgresRemoteStateOptions, PostgresStateBackendProps } from './state/shared-state';
// Policy checks over every service (an Aspect, cdk-nag style): docs/policy.md.
export * from './policy';
// Service catalog: YAML files turned into stacks (docs/catalog.md).
export { Catalog } from './catalog/catalog';
// Pull-request plan summaries (`npx cdktf-opennebula plan-summary`).
export { PlanSummary } from './cli/plan-summary';
export type { PlanAnalysis } from './cli/plan-summary';
// Testing: linear-time synthesis for big stacks.
export { FastSynth } from './testing/synth';
// Generated provider bindings (src/provider/), shaped like a prebuilt provider package:
// `bindings.provider.OpennebulaProvider`, `bindings.virtualMachine.VirtualMachine`, ... (also the
// subpath `cdktf-opennebula/provider`). Loaded on first use: see scripts/lazy-bindings.js.
export * as bindings from './provider';
