/**
 * A test helper that synthesizes a stack in time linear in its size. cdktf's
 * `Testing.synth(stack)` removes the "//" metadata by rebuilding every object with
 * `reduce((acc, [k, v]) => ({ ...acc, [k]: v }), {})`, which copies the accumulated object once
 * per key: quadratic in the number of resources of one type (thousands of VMs take seconds to
 * minutes). These helpers give the same content through one JSON round trip.
 *
 * Aspects are invoked here; call them on a stack that is not synthesized again afterwards.
 */
import { Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Drops cdktf's "//" metadata (the construct path and logical id of each element) at every depth. */
function withoutMetadata(key: string, value: unknown): unknown {
  return key === '//' ? undefined : value;
}

/**
 * Runs every aspect once on each construct of the tree below `root` (aspects apply to the
 * construct they are added to and all its descendants), as `Testing.synth` and `app.synth()` do
 * before rendering.
 */
function invokeAspects(root: IConstruct): void {
  const visit = (construct: IConstruct, inherited: IAspect[]): void => {
    const aspects = [...new Set([...inherited, ...Aspects.of(construct).all])];
    for (const aspect of aspects) aspect.visit(construct);
    for (const child of construct.node.children) visit(child, aspects);
  };
  visit(root, []);
}

/**
 * The Terraform JSON of `stack` as an object, without "//" metadata: the same content as
 * `JSON.parse(Testing.synth(stack))`, in linear time. Compare it with `toEqual` (key order is not
 * sorted).
 */
export function synthStack(stack: TerraformStack): { [key: string]: any } {
  return JSON.parse(synthStackJson(stack));
}

/**
 * The same as JSON text, for the cdktf jest matchers (`toHaveResourceWithProperties` and others
 * take the text `Testing.synth` returns). Keys are in cdktf's rendering order, not sorted, so do not
 * snapshot it in place of `Testing.synth` output.
 */
export function synthStackJson(stack: TerraformStack): string {
  invokeAspects(stack);
  return JSON.stringify(stack.toTerraform(), withoutMetadata, 2);
}

/**
 * Linear-time synthesis of one stack, for tests of big stacks in every jsii language (jsii does
 * not export free functions): the content of cdktf's `Testing.synth(stack)` without its quadratic
 * metadata removal.
 */
export class FastSynth {
  /**
   * The Terraform JSON of `stack` as an object, without "//" metadata (the same content as
   * parsing `Testing.synth(stack)`). Key order is cdktf's, not sorted.
   */
  public static toObject(stack: TerraformStack): { [key: string]: any } {
    return synthStack(stack);
  }

  /** The same as JSON text, for the cdktf jest matchers that take `Testing.synth` output. */
  public static toJson(stack: TerraformStack): string {
    return synthStackJson(stack);
  }

  private constructor() {}
}
