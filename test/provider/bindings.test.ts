import * as fs from 'fs';
import * as path from 'path';
import { TerraformDataSource, TerraformProvider, TerraformResource } from 'cdktf';
import { bindings } from '../../src';
import { ROOT } from '../support/tofu';

const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'opennebula-provider-1.5.0.json'), 'utf8'));
const PROVIDER_SCHEMA = SCHEMA.provider_schemas['registry.terraform.io/opennebula/opennebula'];

/** Every generated class that carries a Terraform type, by its base class. */
function generatedTypes(base: Function): string[] {
  const types: string[] = [];
  for (const namespace of Object.values(bindings)) {
    if (typeof namespace !== 'object' || namespace === null) continue;
    for (const exported of Object.values(namespace)) {
      if (typeof exported === 'function' && exported.prototype instanceof base && 'tfResourceType' in exported) {
        types.push((exported as any).tfResourceType);
      }
    }
  }
  return types.sort();
}

describe('generated provider bindings', () => {
  test('the committed schema is the one of terraform-provider-opennebula 1.5.0', () => {
    expect(Object.keys(SCHEMA.provider_schemas)).toEqual(['registry.terraform.io/opennebula/opennebula']);
    expect(Object.keys(PROVIDER_SCHEMA.provider.block.attributes).sort())
      .toEqual(['endpoint', 'flow_endpoint', 'insecure', 'password', 'username']);
    expect(PROVIDER_SCHEMA.resource_schemas.opennebula_virtual_machine_group.block.block_types.role.min_items).toBe(1);
  });

  test('every resource type in the schema has a generated class', () => {
    expect(generatedTypes(TerraformResource)).toEqual(Object.keys(PROVIDER_SCHEMA.resource_schemas).sort());
  });

  test('every data source in the schema has a generated class', () => {
    expect(generatedTypes(TerraformDataSource)).toEqual(Object.keys(PROVIDER_SCHEMA.data_source_schemas).sort());
  });

  test('the provider class is exported as OpennebulaProvider, pinned to 1.5.0', () => {
    expect(generatedTypes(TerraformProvider)).toEqual(['opennebula']);
    const source = fs.readFileSync(path.join(ROOT, 'src', 'provider', 'provider', 'index.ts'), 'utf8');
    expect(source).toContain("providerVersionConstraint: '1.5.0'");
  });

  test('the classes a user of @cdktf/provider-opennebula would expect are there', () => {
    expect(bindings.provider.OpennebulaProvider).toBeDefined();
    expect(bindings.virtualMachine.VirtualMachine).toBeDefined();
    expect(bindings.template.Template).toBeDefined();
    expect(bindings.virtualMachineGroup.VirtualMachineGroup).toBeDefined();
    expect(bindings.dataOpennebulaTemplate.DataOpennebulaTemplate).toBeDefined();
  });
});
