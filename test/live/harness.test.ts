/**
 * The live tier's harness itself, without the live stack: how a VM's context is instantiated from
 * the Terraform JSON (OpenNebula's substitutions, the sensitive variables), how one_env is written,
 * and how output references are resolved. A harness that substituted too much or too little would
 * let the live tier pass for the wrong reason.
 */
import { instantiateContext, oneEnv } from './member';
import { CHALLENGE_VARIABLE, liveSeedDocument, outputValue, resolveVmReferences, synthesizedVms } from './seed';

const VALUES = { vmName: 'my-service-dc1-1', vmId: 42, address: '127.0.1.11', secrets: { [CHALLENGE_VARIABLE]: 's3cret' } };

describe('live tier harness: a VM\'s context, as oned and one-context make it', () => {
  test('substitutes $NAME, $VMID and $USER[SSH_PUBLIC_KEY], and adds NAME, VMID and ETH0_IP', () => {
    const context = instantiateContext({ SET_HOSTNAME: '$NAME', ID: 'vm-$VMID', SSH_PUBLIC_KEY: '$USER[SSH_PUBLIC_KEY]', PLAIN: 'a b' }, VALUES);
    expect(context).toEqual({
      SET_HOSTNAME: 'my-service-dc1-1',
      ID: 'vm-42',
      SSH_PUBLIC_KEY: '',
      PLAIN: 'a b',
      NAME: 'my-service-dc1-1',
      VMID: '42',
      ETH0_IP: '127.0.1.11',
    });
  });

  test('resolves the sensitive variables it is given and refuses any other Terraform interpolation', () => {
    expect(instantiateContext({ X: `\${var.${CHALLENGE_VARIABLE}}` }, VALUES).X).toBe('s3cret');
    expect(instantiateContext({ X: `\${base64encode(var.${CHALLENGE_VARIABLE})}` }, VALUES).X).toBe(Buffer.from('s3cret').toString('base64'));
    expect(() => instantiateContext({ X: '${base64encode(var.other)}' }, VALUES)).toThrow(/unresolved Terraform interpolation/);
    expect(() => instantiateContext({ X: `\${base64decode(var.${CHALLENGE_VARIABLE})}` }, VALUES)).toThrow(/unresolved Terraform interpolation/);
    expect(() => instantiateContext({ X: '${var.other}' }, VALUES)).toThrow(/unresolved Terraform interpolation \$\{var\.other\}/);
    expect(() => instantiateContext({ X: '${opennebula_template.t.id}' }, VALUES)).toThrow(/unresolved Terraform interpolation/);
    expect(() => instantiateContext({ X: '$${NAME}' }, VALUES)).toThrow(/literal/);
  });

  test('throws on any OpenNebula reference it does not substitute, so nothing reaches a VM unsubstituted', () => {
    expect(() => instantiateContext({ X: '$NIC[IP]' }, VALUES)).toThrow(/OpenNebula reference \$NIC\[IP\]/);
    expect(() => instantiateContext({ X: 'a$UNAME' }, VALUES)).toThrow(/\$UNAME/);
    expect(() => instantiateContext({ X: '$USER[TEMPLATE]' }, VALUES)).toThrow(/\$USER\[TEMPLATE\]/);
  });

  test('one_env holds export NAME="value" lines, and refuses a value the shell would not read back literally', () => {
    expect(oneEnv({ A: 'x y', B: '' })).toBe('export A="x y"\nexport B=""\n');
    expect(() => oneEnv({ A: 'a"b' })).toThrow(/A/);
    expect(() => oneEnv({ A: 'a$b' })).toThrow(/A/);
  });

  test('every context of the synthesized seed instantiates, carrying the secret only after the variable is resolved', () => {
    const vms = synthesizedVms(liveSeedDocument(18080, 'puppet.localhost'));
    expect(vms.map((vm) => `${vm.name} ${vm.datacenter}`)).toEqual(['my-service-dc1-1 dc1', 'my-service-dc1-2 dc1', 'my-service-dc2-1 dc2', 'my-service-dc2-2 dc2']);
    for (const vm of vms) {
      expect(vm.context.PUPPET_CHALLENGE_PASSWORD_B64).toBe(`\${base64encode(var.${CHALLENGE_VARIABLE})}`);
      expect(Buffer.from(vm.context.START_SCRIPT_BASE64, 'base64').toString('utf8')).toMatch(/^#!\/bin\/sh\n/);
      const context = instantiateContext(vm.context, { ...VALUES, vmName: vm.name });
      expect(Buffer.from(context.PUPPET_CHALLENGE_PASSWORD_B64, 'base64').toString('utf8')).toBe('s3cret');
      expect(context.PUPPET_SERVER).toBe('puppet.localhost');
      expect(Object.values(context).join('\n')).not.toMatch(/\$/);
    }
  });
});

describe('live tier harness: output references resolved to live members', () => {
  test('replaces .ip, .id and .name of known VMs, and throws on anything else', () => {
    const vms = { a: { ip: '127.0.1.11', id: 7, name: 'vm-a' } };
    expect(resolveVmReferences('server ${opennebula_virtual_machine.a.name}-${opennebula_virtual_machine.a.id} ${opennebula_virtual_machine.a.ip}:80', vms))
      .toBe('server vm-a-7 127.0.1.11:80');
    expect(() => resolveVmReferences('${opennebula_virtual_machine.b.ip}', vms)).toThrow(/no live member for VM resource b/);
    expect(() => resolveVmReferences('${opennebula_virtual_machine.a.tags}', vms)).toThrow(/unexpected Terraform interpolation/);
  });

  test('the seed\'s backend output resolves completely', () => {
    const doc = liveSeedDocument(18080, 'puppet.localhost');
    const resolved = Object.fromEntries(synthesizedVms(doc).map((vm, i) => [vm.resource, { ip: `127.0.9.${i + 1}`, id: i, name: vm.name }]));
    const backend = resolveVmReferences(outputValue(doc, 'my_service_haproxy_backend'), resolved);
    expect(backend).not.toMatch(/\$\{/);
    expect(backend.match(/^ {4}server .* 127\.0\.9\.\d:18080 check$/gm)).toHaveLength(4);
  });
});
