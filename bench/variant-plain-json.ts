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
  Variant, ZONE, descriptions, names, puppetDbQuery, registrationHelpers, serviceContext, serviceName, tags,
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

// Only the registration helpers (src/registration/index.ts), and only when asked for.
const helpers: RegistrationHelpers | undefined = REGISTRATION ? registrationHelpers(require('../src/registration')) : undefined;

export const variant: Variant = {
  build(count, outdir) {
    const templates: Json = {};
    const groups: Json = {};
    const vms: Json = {};
    const outputs: Json = {};
    const provider = 'opennebula';

    for (let i = 0; i < count; i++) {
      const service = serviceName(i);
      const members: { name: string; datacenter: string; address: string }[] = [];
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
          lifecycle: { ignore_changes: TEMPLATE_IGNORED_CHANGES },
          provider,
        };
        templateIds[dc.name] = `\${opennebula_template.${templateAddress}.id}`;
        groups[groupAddress] = {
          name: names.vmGroup(service, dc.name),
          role: [{ name: names.role(service, dc.name), policy: 'ANTI_AFFINED' }],
          tags: dcTags,
          provider,
        };
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
            provider,
          };
          if (previous.length > 0) vm.depends_on = previous;
          vms[address] = vm;
          current.push(`opennebula_virtual_machine.${address}`);
          members.push({ name: vm.name, datacenter: dc.name, address: `\${opennebula_virtual_machine.${address}.ip}` });
        }
        previous = current;
      }
      outputs[`${service}_members`] = {
        description: descriptions.members(service),
        value: members.map((m) => (helpers
          ? { name: m.name, datacenter: m.datacenter, ip: m.address, port: REGISTRATION_PROPS.haproxy.port }
          : { name: m.name, datacenter: m.datacenter, ip: m.address })),
      };
      if (helpers) {
        outputs[`${service}_haproxy_backend`] = {
          description: descriptions.haproxyBackend(service),
          value: helpers.renderHaproxyBackend(service, REGISTRATION_PROPS.haproxy, members),
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
