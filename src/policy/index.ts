export * from './rule';
export type { HaSizeLimits } from './rules';
export { HaPolicyChecks } from './checks';
export type { HaPolicyChecksProps, HaPolicyReportEntry, HaPolicySuppression } from './checks';
