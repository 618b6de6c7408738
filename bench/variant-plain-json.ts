/**
 * (c) The same document as a plain object built by hand and written with JSON.stringify: the
 * limit of what synthesizing this catalog can cost. Loads neither cdktf nor the library, except
 * the registration helpers (pure string builders) when REGISTRATION is on.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import {
  DATACENTERS, DEFAULT_TAGS, INSTANCES, REGISTRATION, REGISTRATION_PROPS, RegistrationHelpers, SIZE, STACK_ID, TEMPLATE_IGNORED_CHANGES,
  Variant, ZONE, certname, descriptions, gates, names, puppetDbQuery, registrationHelpers, serviceContext, serviceName, tags,
} from './catalog';

/**
 * The address cdktf gives a resource nested below the stack: the construct ids joined by `_`,
 * then `_` and the first 8 hex digits (upper case) of the MD5 of the ids joined by `/`. Good for
 * the ids used here (alphanumeric, `_`, `-`; no id ends with the next one); the benchmark's
 * equivalence check would catch any difference.
 */
function logicalId(...ids: string[]): string {
  const hash = createHash('md5').update(ids.join('/')).digest('hex').slice(0, 8).toUpperCase();
  return `${ids.join('_')}_${hash}`;
}

type Json = { [key: string]: any };
/** A member of a service: `address` and `id` are references to its VM's attributes. */
type Member = { name: string; datacenter: string; address: string; id: string };

/** A readiness gate (`terraform_data`) running one of the package's commands, as Terraform JSON. */
function gate(triggers: { [key: string]: string }, dependsOn: string[], command: string): Json {
  const resource: Json = {
    triggers_replace: triggers,
    lifecycle: { create_before_destroy: true },
    provisioner: [{ 'local-exec': { command, environment: gates.environment } }],
  };
  if (dependsOn.length > 0) resource.depends_on = dependsOn;
  return resource;
}

/**
 * The HAProxy backend with servers named by certname (`<name>-<vm id>`). The helper accepts a VM
 * ID only as a literal number or a cdktf token, not as a hand-written `${...}` reference: render
 * it with the plain names, then append the reference to each server name (unique, followed by a
 * space on its `server` line).
 */
function haproxyBackend(h: RegistrationHelpers, service: string, members: Member[]): string {
  const plain = members.map(({ name, datacenter, address }) => ({ name, datacenter, address }));
  let text = h.renderHaproxyBackend(service, REGISTRATION_PROPS.haproxy, plain);
  for (const m of members) text = text.replace(`\n    server ${m.name} `, `\n    server ${certname(m.name, m.id)} `);
  return text;
}

// Only the registration helpers (src/registration/index.ts), and only when asked for.
const helpers: RegistrationHelpers | undefined = REGISTRATION ? registrationHelpers(require('../src/registration')) : undefined;

export const variant: Variant = {
  build(count, outdir) {
    const templates: Json = {};
    const groups: Json = {};
    const vms: Json = {};
    const gateResources: Json = {};
    const outputs: Json = {};
    const provider = 'opennebula';

    for (let i = 0; i < count; i++) {
      const service = serviceName(i);
      const members: Member[] = [];
      const templateIds: { [dc: string]: string } = {};
      let previous: string[] = [];
      for (const dc of DATACENTERS) {
        const context = serviceContext(helpers, service, dc.name);
        const dcTags = tags(service, dc.name);
        const templateAddress = logicalId(service, dc.name, 'template');
        const groupAddress = logicalId(service, dc.name, 'vm-group');
        templates[templateAddress] = {
          name: names.template(service, dc.name),
          description: descriptions.template(service, dc.name),
          cpu: SIZE.cpu, vcpu: SIZE.vcpu, memory: SIZE.memoryMb,
          disk: [{ image_id: dc.imageId, size: SIZE.diskMb }],
          nic: [{ network_id: dc.networkId, model: 'virtio' }],
          context,
          sched_requirements: `CLUSTER_ID = ${dc.clusterId}`,
          tags: dcTags,
          lifecycle: { ignore_changes: TEMPLATE_IGNORED_CHANGES, create_before_destroy: true },
          provider,
        };
        templateIds[dc.name] = `\${opennebula_template.${templateAddress}.id}`;
        groups[groupAddress] = {
          name: names.vmGroup(service, dc.name),
          role: [{ name: names.role(service, dc.name), policy: 'ANTI_AFFINED' }],
          tags: dcTags,
          lifecycle: { create_before_destroy: true },
          provider,
        };
        const unready = `terraform_data.${logicalId(service, dc.name, 'unready')}`;
        gateResources[logicalId(service, dc.name, 'unready')] = gate({ size: gates.sizeKey }, previous, gates.clearReady(service, dc.name));
        const vmgroup = { vmgroup_id: `\${opennebula_virtual_machine_group.${groupAddress}.id}`, role: names.role(service, dc.name) };
        const current: string[] = [];
        for (let index = 1; index <= INSTANCES; index++) {
          const address = logicalId(service, dc.name, `vm-${index}`);
          const vm: Json = {
            name: names.vm(service, dc.name, index),
            template_id: templateIds[dc.name],
            cpu: SIZE.cpu, vcpu: SIZE.vcpu, memory: SIZE.memoryMb,
            context,
            tags: dcTags,
            vmgroup,
            depends_on: [unready],
            lifecycle: { create_before_destroy: true },
            provider,
            timeouts: { create: '10m' },
          };
          vms[address] = vm;
          current.push(`opennebula_virtual_machine.${address}`);
          members.push({
            name: vm.name,
            datacenter: dc.name,
            address: `\${opennebula_virtual_machine.${address}.ip}`,
            id: `\${opennebula_virtual_machine.${address}.id}`,
          });
        }
        const vmIds = `\${join(",", [${current.map((vm) => `${vm}.id`).join(', ')}])}`;
        const ready = logicalId(service, dc.name, 'ready');
        gateResources[ready] = gate({ vm_ids: vmIds, size: gates.sizeKey }, current, gates.waitReady(service, dc.name, vmIds));
        previous = [`terraform_data.${ready}`];
      }
      outputs[`${service}_members`] = {
        description: descriptions.members(service),
        value: members.map((m) => (helpers
          ? { name: m.name, datacenter: m.datacenter, ip: m.address, port: REGISTRATION_PROPS.haproxy.port, certname: certname(m.name, m.id) }
          : { name: m.name, datacenter: m.datacenter, ip: m.address, certname: certname(m.name, m.id) })),
      };
      if (helpers) {
        outputs[`${service}_haproxy_backend`] = {
          description: descriptions.haproxyBackend(service),
          value: haproxyBackend(helpers, service, members),
        };
        outputs[`${service}_puppetdb_query`] = {
          description: descriptions.puppetDbQuery(service),
          value: puppetDbQuery(helpers, service),
        };
      }
      outputs[`${service}_template_ids`] = { description: descriptions.templateIds(service), value: templateIds };
    }

    const document: Json = {
      terraform: {
        required_providers: { opennebula: { source: 'opennebula/opennebula', version: '1.5.0' } },
        backend: { local: { path: path.join(process.cwd(), `terraform.${STACK_ID}.tfstate`) } },
      },
      provider: {
        opennebula: [{
          endpoint: ZONE.endpoint,
          username: `\${var.${ZONE.name}_opennebula_username}`,
          password: `\${var.${ZONE.name}_opennebula_password}`,
          default_tags: [{ tags: DEFAULT_TAGS }],
        }],
      },
      variable: {
        [`${ZONE.name}_opennebula_username`]: { type: 'string', description: descriptions.username, sensitive: false },
        [`${ZONE.name}_opennebula_password`]: { type: 'string', description: descriptions.password, sensitive: true },
      },
      resource: {
        opennebula_template: templates,
        opennebula_virtual_machine_group: groups,
        opennebula_virtual_machine: vms,
        terraform_data: gateResources,
      },
      output: outputs,
    };
    return () => {
      const dir = path.join(outdir, 'stacks', STACK_ID);
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'cdk.tf.json');
      fs.writeFileSync(file, JSON.stringify(document, null, 2));
      return file;
    };
  },
};
