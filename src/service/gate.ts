import { TerraformMetaArguments, TerraformResource, anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl } from 'cdktf';
import { Construct } from 'constructs';

/** What a rollout gate is made of: what makes it run again, and the meta-arguments. */
export interface GateConfig extends TerraformMetaArguments {
  /** Values whose change replaces the gate, which runs its provisioner again. */
  readonly triggersReplace: { [key: string]: string };
}

/**
 * A `terraform_data` resource (built into OpenTofu and Terraform 1.4 and later) carrying one of the
 * rollout's local-exec provisioners. It synthesizes exactly what cdktf's `DataResource` does for
 * `triggers_replace`, without the `terraform version` check `DataResource` adds per resource: that
 * check runs the terraform binary once per gate at synthesis (4 per service) and stops synthesis
 * where no terraform binary is installed (an OpenTofu-only machine).
 */
export class RolloutGate extends TerraformResource {
  private readonly triggers: { [key: string]: string };

  constructor(scope: Construct, id: string, config: GateConfig) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      dependsOn: config.dependsOn,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
    });
    this.triggers = config.triggersReplace;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { triggers_replace: hashMapper(anyToTerraform)(this.triggers) };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { triggers_replace: hashMapperHcl(anyToHclTerraform)(this.triggers) };
  }
}
