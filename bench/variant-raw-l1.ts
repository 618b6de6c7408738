/**
 * (b) The same resources declared directly with the generated provider classes: the floor
 * cdktf allows. Construct ids and nesting follow HaService's tree (stack / service / datacenter /
 * template, vm-group, unready, vm-N, ready), so the logical ids, hence the addresses, are the
 * same; outputs sit directly in the stack under their final names (HaService nests them and
 * overrides their logical ids). Every value is built here, independently of HaService (see catalog.ts), and values shared
 * by the VMs of a datacenter are built once.
 */
import { App, DataResource, Fn, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import {
  DATACENTERS, DEFAULT_TAGS, INSTANCES, REGISTRATION, REGISTRATION_PROPS, RegistrationHelpers, SIZE, STACK_ID, TEMPLATE_IGNORED_CHANGES,
  Variant, ZONE, certname, descriptions, gates, names, puppetDbQuery, registrationHelpers, serviceContext, serviceName, tags,
} from './catalog';
import * as lib from '../src/provider';
import * as registration from '../src/registration';

export const variant: Variant = {
  build(count, outdir) {
    const helpers: RegistrationHelpers | undefined = REGISTRATION ? registrationHelpers(registration) : undefined;
    const app = new App({ outdir });
    const stack = new TerraformStack(app, STACK_ID);
    const variable = (id: string, description: string, sensitive: boolean) =>
      new TerraformVariable(stack, `${ZONE.name}_opennebula_${id}`, { type: 'string', description, sensitive }).stringValue;
    const opennebula = new lib.provider.OpennebulaProvider(new Construct(stack, ZONE.id), 'provider', {
      endpoint: ZONE.endpoint,
      username: variable('username', descriptions.username, false),
      password: variable('password', descriptions.password, true),
      defaultTags: [{ tags: DEFAULT_TAGS }],
    });

    // A readiness gate: `terraform_data` with a local-exec provisioner running one of the package's commands.
    const gate = (scope: Construct, id: string, triggersReplace: { [key: string]: string }, dependsOn: TerraformResource[], command: string) =>
      new DataResource(scope, id, {
        triggersReplace,
        dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
        lifecycle: { createBeforeDestroy: true },
        provisioners: [{ type: 'local-exec', command, environment: gates.environment }],
      });

    for (let i = 0; i < count; i++) {
      const service = serviceName(i);
      const serviceScope = new Construct(stack, service);
      const members: { name: string; datacenter: string; address: string; incarnation: string }[] = [];
      const templateIds: { [dc: string]: string } = {};
      let previous: TerraformResource[] = [];
      for (const dc of DATACENTERS) {
        const scope = new Construct(serviceScope, dc.name);
        const context = serviceContext(helpers, service, dc.name);
        const dcTags = tags(service, dc.name);
        const tpl = new lib.template.Template(scope, 'template', {
          provider: opennebula,
          name: names.template(service, dc.name),
          description: descriptions.template(service, dc.name),
          cpu: SIZE.cpu, vcpu: SIZE.vcpu, memory: SIZE.memoryMb,
          disk: [{ imageId: dc.imageId, size: SIZE.diskMb }],
          nic: [{ networkId: dc.networkId, model: 'virtio' }],
          context,
          schedRequirements: `CLUSTER_ID = ${dc.clusterId}`,
          tags: dcTags,
          lifecycle: { ignoreChanges: TEMPLATE_IGNORED_CHANGES, createBeforeDestroy: true },
        });
        templateIds[dc.name] = tpl.id;
        const group = new lib.virtualMachineGroup.VirtualMachineGroup(scope, 'vm-group', {
          provider: opennebula,
          name: names.vmGroup(service, dc.name),
          role: [{ name: names.role(service, dc.name), policy: 'ANTI_AFFINED' }],
          tags: dcTags,
          lifecycle: { createBeforeDestroy: true },
        });
        const unready = gate(scope, 'unready', { size: gates.sizeKey }, previous, gates.clearReady(service, dc.name));
        const templateId = Token.asNumber(tpl.id);
        const vmgroup = { vmgroupId: Token.asNumber(group.id), role: names.role(service, dc.name) };
        const vms: lib.virtualMachine.VirtualMachine[] = [];
        for (let index = 1; index <= INSTANCES; index++) {
          const vm = new lib.virtualMachine.VirtualMachine(scope, `vm-${index}`, {
            provider: opennebula,
            name: names.vm(service, dc.name, index),
            templateId,
            cpu: SIZE.cpu, vcpu: SIZE.vcpu, memory: SIZE.memoryMb,
            context,
            tags: dcTags,
            vmgroup,
            dependsOn: [unready],
            lifecycle: { createBeforeDestroy: true },
            timeouts: { create: '10m' },
          });
          vms.push(vm);
          members.push({ name: names.vm(service, dc.name, index), datacenter: dc.name, address: vm.ip, incarnation: vm.id });
        }
        const vmIds = Fn.join(',', vms.map((vm) => vm.id));
        previous = [gate(scope, 'ready', { vm_ids: vmIds, size: gates.sizeKey }, vms, gates.waitReady(service, dc.name, vmIds))];
      }
      const port = helpers ? REGISTRATION_PROPS.haproxy.port : undefined;
      new TerraformOutput(stack, `${service}_members`, {
        description: descriptions.members(service),
        value: members.map((m) => ({ name: m.name, datacenter: m.datacenter, ip: m.address, port, certname: certname(m.name, m.incarnation) })),
      });
      if (helpers) {
        new TerraformOutput(stack, `${service}_haproxy_backend`, {
          description: descriptions.haproxyBackend(service),
          value: helpers.renderHaproxyBackend(service, REGISTRATION_PROPS.haproxy, members),
        });
        new TerraformOutput(stack, `${service}_puppetdb_query`, {
          description: descriptions.puppetDbQuery(service),
          value: puppetDbQuery(helpers, service),
        });
      }
      new TerraformOutput(stack, `${service}_template_ids`, { description: descriptions.templateIds(service), value: templateIds });
    }
    return () => {
      app.synth();
      return `${outdir}/stacks/${STACK_ID}/cdk.tf.json`;
    };
  },
};
