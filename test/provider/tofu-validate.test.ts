import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { dataOpennebulaTemplate, provider, template, virtualMachine, virtualMachineGroup } from '../../src/provider';
import { describeWithTofu, portable, providerKind, validate, writeStack } from '../support/tofu';

/** Provider block, one template, two VMs in an anti-affine VM group, one data source. */
class BindingsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.OpennebulaProvider(this, 'opennebula', {
      endpoint: 'http://127.0.0.1:2633/RPC2', username: 'oneadmin', password: 'not-a-secret-in-tests',
    });
    const base = new dataOpennebulaTemplate.DataOpennebulaTemplate(this, 'base', { name: 'infra_dc1_prod' });
    const group = new virtualMachineGroup.VirtualMachineGroup(this, 'group', {
      name: 'web_dc1', role: [{ name: 'web_dc1', policy: 'ANTI_AFFINED' }],
    });
    const tpl = new template.Template(this, 'template', {
      name: 'web_dc1_prod',
      cpu: 0.5,
      vcpu: 2,
      memory: 1024,
      disk: [{ imageId: 20, size: 10240 }],
      nic: [{ networkId: 10 }],
      context: { NETWORK: 'YES', SET_HOSTNAME: '$NAME' },
      schedRequirements: 'CLUSTER_ID = 100',
      tags: { service: 'web', base: base.name },
    });
    for (const index of [1, 2]) {
      new virtualMachine.VirtualMachine(this, `vm${index}`, {
        name: `web-dc1-${index}`,
        templateId: tpl.id as unknown as number,
        vmgroup: { vmgroupId: group.id as unknown as number, role: 'web_dc1' },
      });
    }
  }
}

function synth(build: (stack: TerraformStack) => void): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  new provider.OpennebulaProvider(stack, 'opennebula', { endpoint: 'http://127.0.0.1:2633/RPC2', username: 'u', password: 'p' });
  build(stack);
  return portable(JSON.parse(Testing.synth(stack)));
}

describeWithTofu('real-tool tier: tofu validate on the generated bindings', () => {
  test('a stack using the bindings passes tofu validate', () => {
    const app = new App({ outdir: '/tmp/unused' });
    const stack = new BindingsStack(app, 'bindings');
    const result = validate(writeStack(portable(JSON.parse(Testing.synth(stack))), 'bindings-'));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    // eslint-disable-next-line no-console
    console.log(`tofu validate ran with the ${providerKind()} provider`);
  });

  test('an unknown attribute is rejected', () => {
    const document = synth((stack) => {
      const vm = new virtualMachine.VirtualMachine(stack, 'vm', { name: 'x', cpu: 1, memory: 512 });
      vm.addOverride('cores', 4);
    });
    const result = validate(writeStack(document, 'unknown-attr-'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/No argument or block type is named "cores"/);
  });

  test('a value of the wrong type is rejected', () => {
    const document = synth((stack) => {
      const vm = new virtualMachine.VirtualMachine(stack, 'vm', { name: 'x', cpu: 1, memory: 512 });
      vm.addOverride('memory', { gigabytes: 4 });
    });
    const result = validate(writeStack(document, 'bad-type-'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Incorrect attribute value type/);
  });

  test('a VM group without its required role block is rejected', () => {
    const document = synth((stack) => {
      const group = new virtualMachineGroup.VirtualMachineGroup(stack, 'group', { name: 'g', role: [{ name: 'r' }] });
      group.addOverride('role', undefined);
    });
    const result = validate(writeStack(document, 'no-role-'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Insufficient role blocks/);
  });
});
