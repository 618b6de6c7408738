export { PuppetProps, ServiceIdentity, puppetContext, puppetDbQuery, serviceIdentity } from './puppet';
export { HaproxyMember, HaproxyProps, HealthCheckProps, haproxyContext, renderHaproxyBackend } from './haproxy';
export { ENROLMENT_SCRIPT, enrolmentScriptBase64 } from './start-script';
