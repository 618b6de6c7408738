export type { PuppetProps, ServiceIdentity } from './puppet';
export { puppetContext, puppetDbQuery, serviceIdentity } from './puppet';
export type { HaproxyMember, HaproxyProps, HealthCheckProps } from './haproxy';
export { haproxyContext, renderHaproxyBackend } from './haproxy';
export { ENROLMENT_SCRIPT, enrolmentScriptBase64 } from './start-script';
