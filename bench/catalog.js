// Builds the benchmark catalog three ways. Each function returns the Terraform JSON of one
// stack holding `count` services (two datacenters, two instances each, registration on).
'use strict';
const path = require('path');
const os = require('os');
const fs = require('fs');

const LIB = path.resolve(__dirname, '..', 'lib');
const SIZE = { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 };
const PUPPET = { server: 'puppet.example.com' };
const HAPROXY = { port: 8080, healthCheck: { path: '/health' } };
const DATACENTERS = [
  { name: 'dc1', clusterId: 100, networkId: 10, imageId: 20 },
  { name: 'dc2', clusterId: 101, networkId: 11, imageId: 21 },
];
const ENDPOINT = 'https://one-prod.example.com/RPC2';
const serviceName = (i) => `svc_${String(i + 1).padStart(4, '0')}`;

function synthApp(app) {
  app.synth();
  return path.join(app.outdir, 'stacks', 'catalog', 'cdk.tf.json');
}

function newApp() {
  const { App } = require('cdktf');
  return new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')) });
}

/** (a) The catalog declared with HaService. */
function haService(count) {
  const { TerraformStack } = require('cdktf');
  const lib = require(LIB);
  const app = newApp();
  const stack = new TerraformStack(app, 'catalog');
  const zone = new lib.OpenNebulaZone(stack, 'production', { name: 'production', endpoint: ENDPOINT });
  const dcs = DATACENTERS.map((dc) => new lib.Datacenter(stack, dc.name, { zone, ...dc }));
  for (let i = 0; i < count; i++) {
    new lib.HaService(stack, serviceName(i), { zone, datacenters: dcs, instances: 2, size: SIZE, puppet: PUPPET, haproxy: HAPROXY });
  }
  return synthApp(app);
}

/** The values every variant needs, from the library's pure helpers (not from synthesized output). */
function serviceValues(lib, service, dc) {
  const identity = lib.serviceIdentity(PUPPET, service, 'production', dc.name);
  const context = {
    ...lib.haproxyContext(HAPROXY, service, dc.name),
    ...lib.puppetContext(PUPPET, identity),
    NETWORK: 'YES', SET_HOSTNAME: '$NAME', SSH_PUBLIC_KEY: '$USER[SSH_PUBLIC_KEY]',
    SERVICE_NAME: service, SERVICE_ZONE: 'production', SERVICE_DATACENTER: dc.name,
  };
  const tags = { service, zone: 'production', datacenter: dc.name };
  return { context, tags };
}

const IGNORED = ['context', 'disk', 'nic', 'os', 'graphics', 'cpumodel'];

/** (b) The same resources declared directly with the generated provider classes. */
function rawL1(count) {
  const { TerraformStack, TerraformOutput, TerraformVariable, Token } = require('cdktf');
  const { Construct } = require('constructs');
  const lib = require(LIB);
  const app = newApp();
  const stack = new TerraformStack(app, 'catalog');
  const zoneScope = new Construct(stack, 'production');
  const variable = (suffix, description, sensitive) =>
    new TerraformVariable(stack, `production_opennebula_${suffix}`, { type: 'string', description, sensitive }).stringValue;
  const endpoint = ENDPOINT;
  const username = variable('username', 'OpenNebula user for the production zone', false);
  const password = variable('password', 'OpenNebula password or login token for the production zone', true);
  const provider = new lib.provider.OpennebulaProvider(zoneScope, 'provider', {
    endpoint, username, password, defaultTags: [{ tags: { zone: 'production', managed_by: 'cdktf-opennebula' } }],
  });
  for (const dc of DATACENTERS) new Construct(stack, dc.name);
  for (let i = 0; i < count; i++) {
    const service = serviceName(i);
    const scope = new Construct(stack, service);
    const members = [];
    const templateIds = {};
    let previous = [];
    for (const dc of DATACENTERS) {
      const dcScope = new Construct(scope, dc.name);
      const { context, tags } = serviceValues(lib, service, dc);
      const template = new lib.template.Template(dcScope, 'template', {
        provider, name: `${service}_${dc.name}_prod`,
        description: `${service} in ${dc.name} (production), managed by cdktf-opennebula`,
        cpu: SIZE.cpu, vcpu: SIZE.vcpu, memory: SIZE.memoryMb,
        disk: [{ imageId: dc.imageId, size: SIZE.diskMb }],
        nic: [{ networkId: dc.networkId, model: 'virtio' }],
        context, schedRequirements: `CLUSTER_ID = ${dc.clusterId}`, tags,
        lifecycle: { ignoreChanges: IGNORED },
      });
      templateIds[dc.name] = Token.asNumber(template.id);
      const group = new lib.virtualMachineGroup.VirtualMachineGroup(dcScope, 'vm-group', {
        provider, name: `${service}_${dc.name}_prod`, role: [{ name: `${service}_${dc.name}`, policy: 'ANTI_AFFINED' }], tags,
      });
      const vms = [1, 2].map((index) => new lib.virtualMachine.VirtualMachine(dcScope, `vm-${index}`, {
        provider, name: `${service.replace(/_/g, '-')}-${dc.name}-${index}`, templateId: Token.asNumber(template.id),
        cpu: SIZE.cpu, vcpu: SIZE.vcpu, memory: SIZE.memoryMb, context, tags,
        vmgroup: { vmgroupId: Token.asNumber(group.id), role: `${service}_${dc.name}` },
        dependsOn: previous.length > 0 ? previous : undefined,
      }));
      vms.forEach((vm, k) => members.push({ name: `${service.replace(/_/g, '-')}-${dc.name}-${k + 1}`, datacenter: dc.name, address: vm.ip }));
      previous = vms;
    }
    const output = (id, logicalId, description, value) => new TerraformOutput(scope, id, { description, value }).overrideLogicalId(logicalId);
    output('members', `${service}_members`, `Members of ${service} in production: name, datacenter, ip, port`,
      members.map(({ name, datacenter, address }) => ({ name, datacenter, ip: address, port: HAPROXY.port })));
    output('template-ids', `${service}_template_ids`, `Template of each datacenter of ${service} in production`, templateIds);
    output('haproxy-backend', `${service}_haproxy_backend`, `HAProxy backend of ${service} in production`,
      lib.renderHaproxyBackend(service, HAPROXY, members));
    output('puppetdb-query', `${service}_puppetdb_query`, `PuppetDB query selecting the members of ${service} in production`,
      lib.puppetDbQuery(lib.serviceIdentity(PUPPET, service, 'production', '')));
  }
  return synthApp(app);
}

/** (c) An equivalent plain object, written with JSON.stringify. */
function plainJson(count) {
  const { makeUniqueId } = require('cdktf/lib/private/unique');
  const lib = require(LIB);
  const id = (...pathParts) => makeUniqueId(pathParts);
  const doc = {
    output: {},
    provider: { opennebula: [{
      default_tags: [{ tags: { managed_by: 'cdktf-opennebula', zone: 'production' } }],
      endpoint: ENDPOINT, password: '${var.production_opennebula_password}', username: '${var.production_opennebula_username}',
    }] },
    resource: { opennebula_template: {}, opennebula_virtual_machine: {}, opennebula_virtual_machine_group: {} },
    terraform: { required_providers: { opennebula: { source: 'opennebula/opennebula', version: '1.5.0' } } },
    variable: {
      production_opennebula_password: { description: 'OpenNebula password or login token for the production zone', sensitive: true, type: 'string' },
      production_opennebula_username: { description: 'OpenNebula user for the production zone', sensitive: false, type: 'string' },
    },
  };
  const res = doc.resource;
  for (let i = 0; i < count; i++) {
    const service = serviceName(i);
    const members = [];
    const templateIds = {};
    let previous = [];
    for (const dc of DATACENTERS) {
      const { context, tags } = serviceValues(lib, service, dc);
      const templateId = id(service, dc.name, 'template');
      const groupId = id(service, dc.name, 'vm-group');
      res.opennebula_template[templateId] = {
        context, cpu: SIZE.cpu, description: `${service} in ${dc.name} (production), managed by cdktf-opennebula`,
        disk: [{ image_id: dc.imageId, size: SIZE.diskMb }], lifecycle: { ignore_changes: IGNORED },
        memory: SIZE.memoryMb, name: `${service}_${dc.name}_prod`, nic: [{ model: 'virtio', network_id: dc.networkId }],
        provider: 'opennebula', sched_requirements: `CLUSTER_ID = ${dc.clusterId}`, tags, vcpu: SIZE.vcpu,
      };
      templateIds[dc.name] = `\${opennebula_template.${templateId}.id}`;
      res.opennebula_virtual_machine_group[groupId] = {
        name: `${service}_${dc.name}_prod`, provider: 'opennebula', role: [{ name: `${service}_${dc.name}`, policy: 'ANTI_AFFINED' }], tags,
      };
      const addresses = [];
      for (const index of [1, 2]) {
        const vmId = id(service, dc.name, `vm-${index}`);
        const name = `${service.replace(/_/g, '-')}-${dc.name}-${index}`;
        res.opennebula_virtual_machine[vmId] = {
          context, cpu: SIZE.cpu, ...(previous.length > 0 ? { depends_on: previous } : {}), memory: SIZE.memoryMb, name,
          provider: 'opennebula', tags, template_id: `\${opennebula_template.${templateId}.id}`, vcpu: SIZE.vcpu,
          vmgroup: { role: `${service}_${dc.name}`, vmgroup_id: `\${opennebula_virtual_machine_group.${groupId}.id}` },
        };
        addresses.push(`opennebula_virtual_machine.${vmId}`);
        members.push({ name, datacenter: dc.name, address: `\${opennebula_virtual_machine.${vmId}.ip}` });
      }
      previous = addresses;
    }
    doc.output[`${service}_members`] = { description: `Members of ${service} in production: name, datacenter, ip, port`,
      value: members.map(({ name, datacenter, address }) => ({ datacenter, ip: address, name, port: HAPROXY.port })) };
    doc.output[`${service}_template_ids`] = { description: `Template of each datacenter of ${service} in production`, value: templateIds };
    doc.output[`${service}_haproxy_backend`] = { description: `HAProxy backend of ${service} in production`,
      value: lib.renderHaproxyBackend(service, HAPROXY, members) };
    doc.output[`${service}_puppetdb_query`] = { description: `PuppetDB query selecting the members of ${service} in production`,
      value: lib.puppetDbQuery(lib.serviceIdentity(PUPPET, service, 'production', '')) };
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'cdk.tf.json');
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

module.exports = { haService, rawL1, plainJson };
