export * from './rule';
export { HaSizeLimits } from './rules';
export { HaPolicyChecks, HaPolicyChecksProps, HaPolicyReportEntry, HaPolicySuppression } from './checks';
