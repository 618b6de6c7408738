import { Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Brand of HaPolicyChecks, recognised across two copies of the package. */
export const POLICY_CHECKS_BRAND = Symbol.for('cdktf-opennebula.HaPolicyChecks');

const BRIDGED = Symbol.for('cdktf-opennebula.HaPolicyChecks.bridge');

function isPolicyChecks(aspect: IAspect): boolean {
  return (aspect as { [POLICY_CHECKS_BRAND]?: boolean })[POLICY_CHECKS_BRAND] === true;
}

/**
 * cdktf 0.21 invokes, for each stack, only the aspects of the stack and of its descendants:
 * an aspect added with `Aspects.of(app)` is never visited. This one aspect per stack hands the
 * stack to the HaPolicyChecks added above it (the app or any scope between), so that
 * `Aspects.of(app).add(new HaPolicyChecks(...))` works. Other aspects are left as cdktf treats them.
 */
class PolicyBridge implements IAspect {
  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    for (const scope of node.node.scopes.slice(0, -1)) {
      for (const aspect of Aspects.of(scope).all) {
        if (isPolicyChecks(aspect)) aspect.visit(node);
      }
    }
  }
}

/** Installs the bridge on the stack of `scope`, once per stack. Adds nothing to the synthesized JSON. */
export function installPolicyBridge(scope: IConstruct): void {
  const stack = TerraformStack.of(scope) as TerraformStack & { [BRIDGED]?: boolean };
  if (stack[BRIDGED]) return;
  Object.defineProperty(stack, BRIDGED, { value: true });
  Aspects.of(stack).add(new PolicyBridge());
}
