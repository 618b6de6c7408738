/**
 * The placement plan of a service: which VM goes to which datacenter, under which name, and
 * in which order datacenters restart. Plain data computed by a pure function, before any
 * resource exists, so tools and tests can read it without synthesizing.
 */

import { validatePlanInput } from './validation';
import { Problems } from '../core/validation';

/** What the plan is computed from (HaService validates its props first; `ServicePlanner.plan` checks it). */
export interface PlanInput {
  /** Service name, e.g. `my_service`. */
  readonly service: string;
  /** Zone name, e.g. `production`. */
  readonly zone: string;
  /** Short zone name used in object names, e.g. `prod`. */
  readonly zoneShortName: string;
  /** Datacenter names, in any order. */
  readonly datacenters: string[];
  /** Instances in every datacenter. */
  readonly instances: number;
  /** Per-datacenter overrides of `instances`, by datacenter name. */
  readonly instancesPerDatacenter?: { [datacenter: string]: number };
  /** Revision of the service's templates; 1 leaves the name unsuffixed. */
  readonly templateRevision?: number;
}

/** One planned VM. */
export interface PlannedVm {
  /** VM name and hostname, DNS-safe: `my-service-dc1-1`. */
  readonly name: string;
  /** Datacenter name. */
  readonly datacenter: string;
  /** 1-based index of the VM inside its datacenter. */
  readonly index: number;
  /** Construct id of the VM inside its datacenter's scope; stable, so addresses are too. */
  readonly constructId: string;
}

/** What one datacenter of the service holds. */
export interface PlannedDatacenter {
  /** Datacenter name. */
  readonly datacenter: string;
  /** Name of the service's template in this datacenter: `my_service_dc1_prod`. */
  readonly templateName: string;
  /** Construct id of that template; changes with the template revision. */
  readonly templateConstructId: string;
  /**
   * Name of the VM group holding this datacenter's anti-affinity role. One group per template
   * revision: during a rollout the new members are anti-affined among themselves, not against
   * the members they replace (which would need twice the hosts).
   */
  readonly vmGroupName: string;
  /** Construct id of that VM group; changes with the template revision. */
  readonly vmGroupConstructId: string;
  /** Name of the anti-affined role every VM of this datacenter joins. */
  readonly roleName: string;
  /** The VMs, by index. */
  readonly vms: PlannedVm[];
  /**
   * The datacenter whose VMs finish changing before this one's start (restart ordering),
   * or undefined for the first.
   */
  readonly after?: string;
}

/** The placement plan of one service. */
export interface ServicePlan {
  readonly service: string;
  readonly zone: string;
  /** Datacenters sorted by name: the order in which they are created and restarted. */
  readonly datacenters: PlannedDatacenter[];
  /** Total number of VMs. */
  readonly vmCount: number;
}

/** DNS label form of a name: `_` is not valid in a hostname. */
export function dnsLabel(name: string): string {
  return name.replace(/_/g, '-');
}

/**
 * Computes the placement plan. Pure: the same input gives the same plan, and the order of
 * `datacenters` does not matter (they are sorted by name), so reordering the declaration
 * changes nothing.
 */
export function planService(input: PlanInput): ServicePlan {
  const revision = input.templateRevision ?? 1;
  const revisionSuffix = revision === 1 ? '' : `_r${revision}`;
  const names = [...input.datacenters].sort();
  const datacenters = names.map((datacenter, position): PlannedDatacenter => {
    // Own properties only: a datacenter named like a property of every object (`constructor`)
    // must not read Object.prototype.
    const override = input.instancesPerDatacenter !== undefined && Object.prototype.hasOwnProperty.call(input.instancesPerDatacenter, datacenter)
      ? input.instancesPerDatacenter[datacenter] : undefined;
    const count = override ?? input.instances;
    const vms: PlannedVm[] = [];
    for (let index = 1; index <= count; index++) {
      vms.push({
        name: `${dnsLabel(input.service)}-${datacenter}-${index}`,
        datacenter,
        index,
        constructId: `vm-${index}`,
      });
    }
    return {
      datacenter,
      templateName: `${input.service}_${datacenter}_${input.zoneShortName}${revisionSuffix}`,
      templateConstructId: revision === 1 ? 'template' : `template-r${revision}`,
      vmGroupName: `${input.service}_${datacenter}_${input.zoneShortName}${revisionSuffix}`,
      vmGroupConstructId: revision === 1 ? 'vm-group' : `vm-group-r${revision}`,
      roleName: `${input.service}_${datacenter}`,
      vms,
      after: position === 0 ? undefined : names[position - 1],
    };
  });
  return {
    service: input.service,
    zone: input.zone,
    datacenters,
    vmCount: datacenters.reduce((sum, dc) => sum + dc.vms.length, 0),
  };
}

/**
 * The placement plan as a class, for every jsii language (jsii does not export free functions):
 * `ServicePlanner.plan(input)` is what `HaService.plan` holds, computed without a construct tree.
 */
export class ServicePlanner {
  /**
   * The placement plan of a service. Pure: the same input gives the same plan, and the order of
   * `datacenters` does not matter. The input is checked first, with the limits HaService has
   * (instances 1 to 32, template revision 1 to 999, names as HaService takes them): every problem
   * is reported together in one DeclarationError.
   */
  public static plan(input: PlanInput): ServicePlan {
    const problems = new Problems('ServicePlanner.plan');
    validatePlanInput(problems, input);
    problems.throwIfAny();
    return planService(input);
  }

  private constructor() {}
}
