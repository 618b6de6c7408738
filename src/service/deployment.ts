import { PlannedDatacenter, ServicePlan } from './plan';
import type { HaServiceProps } from './props';
import { refuse } from '../core/validation';
import { ServiceRegistration, registrationContext } from '../registration/service-registration';
import { Datacenter } from '../topology/datacenter';

/** The size attributes every template and VM of a service carries, in the provider's terms. */
export interface VmSize {
  /** Physical CPU share. */
  readonly cpu: number;
  /** Virtual CPUs. */
  readonly vcpu: number;
  /** Memory in MB. */
  readonly memory: number;
}

/**
 * Everything the resources of one datacenter of a service hold, resolved once from the plan
 * and the props. Emission only maps these values to provider resources.
 */
export interface DatacenterDeployment {
  /** Datacenter name. */
  readonly name: string;
  /** The datacenter, which renders its own placement (cluster, networks, image, datastore). */
  readonly datacenter: Datacenter;
  /** Names and members of this datacenter, from the placement plan. */
  readonly planned: PlannedDatacenter;
  /** ID of the datacenter's base template, when its VMs come from one instead of a service template. */
  readonly baseTemplateId?: number;
  /** CPU, VCPU and memory of the template and of every VM. */
  readonly size: VmSize;
  /** System disk size in MB. */
  readonly diskMb: number;
  /** Context of the template and of every VM. */
  readonly context: { [key: string]: string };
  /** Tags of the template and of every VM. */
  readonly tags: { [key: string]: string };
  /** Tags of the VM group (fixed: OpenNebula refuses to update a group that has VMs). */
  readonly groupTags: { [key: string]: string };
  /** Description of the service's template. */
  readonly templateDescription: string;
  /** Description of the VMs, when they come from a base template. */
  readonly vmDescription?: string;
  /**
   * How long the provider waits for each new VM of this datacenter to be RUNNING before the
   * apply fails, in minutes (`rollout.createTimeoutMinutes`): the VMs' `timeouts.create`.
   */
  readonly createTimeoutMinutes: number;
  /** The readiness gate after this datacenter's VMs, unless `rollout.waitForReady` is false. */
  readonly readiness?: ReadinessGate;
  /**
   * Arguments of `cdktf-opennebula retire` (PuppetDB URL, drain), run once the members are
   * ready and before those they replace are destroyed; only with `puppet.puppetDbUrl`.
   */
  readonly retire?: string;
}

/** What the readiness gate of a datacenter waits for. */
export interface ReadinessGate {
  /** Longest wait, in seconds. */
  readonly timeoutSeconds: number;
  /**
   * The size, as a trigger of both gates: a size change power-cycles the VMs, so READY is
   * cleared before (a READY of the previous boot must not open the gate) and awaited after.
   */
  readonly sizeKey: string;
}

/** Default of `rollout.readyTimeoutSeconds`. */
export const DEFAULT_READY_TIMEOUT_SECONDS = 900;

/** Default of `rollout.createTimeoutMinutes` (the provider's own default is 20 minutes). */
export const DEFAULT_CREATE_TIMEOUT_MINUTES = 10;

/** Resolves every datacenter of `plan` (datacenters sorted by name, as in the plan). */
export function resolveDeployments(plan: ServicePlan, props: HaServiceProps, registration: ServiceRegistration): DatacenterDeployment[] {
  const byName = new Map(props.datacenters.map((dc) => [dc.datacenterName, dc]));
  const size: VmSize = { cpu: props.size.cpu, vcpu: props.size.vcpu, memory: props.size.memoryMb };
  const readiness: ReadinessGate | undefined = props.rollout?.waitForReady === false ? undefined : {
    timeoutSeconds: props.rollout?.readyTimeoutSeconds ?? DEFAULT_READY_TIMEOUT_SECONDS,
    sizeKey: `cpu ${size.cpu} vcpu ${size.vcpu} memory ${size.memory}`,
  };
  const createTimeoutMinutes = props.rollout?.createTimeoutMinutes ?? DEFAULT_CREATE_TIMEOUT_MINUTES;
  // OneGate: a token for the guest to report READY; without Puppet, one-context reports it after
  // contextualization, with Puppet the enrolment script does once it has enrolled.
  const readinessContext: { [key: string]: string } = !readiness ? {} : registration.puppet ? { TOKEN: 'YES' } : { TOKEN: 'YES', REPORT_READY: 'YES' };
  return plan.datacenters.map((planned): DatacenterDeployment => {
    const datacenter = byName.get(planned.datacenter);
    if (!datacenter) refuse('HaService', 'datacenters', planned.datacenter, 'a datacenter the plan names must be declared');
    const identity = { service: plan.service, zone: plan.zone, datacenter: planned.datacenter };
    const fromBase = datacenter.baseTemplateId !== undefined;
    return {
      name: planned.datacenter,
      datacenter,
      planned,
      baseTemplateId: datacenter.baseTemplateId,
      size,
      diskMb: props.size.diskMb,
      context: {
        ...props.context,
        ...registrationContext(registration, planned.datacenter),
        NETWORK: 'YES',
        SET_HOSTNAME: '$NAME',
        SSH_PUBLIC_KEY: '$USER[SSH_PUBLIC_KEY]',
        SERVICE_NAME: identity.service,
        SERVICE_ZONE: identity.zone,
        SERVICE_DATACENTER: identity.datacenter,
        ...readinessContext,
      },
      tags: { ...props.tags, ...identity },
      groupTags: { ...identity },
      templateDescription: `${plan.service} in ${planned.datacenter} (${plan.zone}), managed by cdktf-opennebula`,
      vmDescription: fromBase ? `${plan.service} in ${planned.datacenter}, from the datacenter's base template` : undefined,
      createTimeoutMinutes,
      readiness,
      retire: registration.puppet?.puppetDbUrl === undefined ? undefined
        : `--puppetdb-url ${registration.puppet.puppetDbUrl} --drain-seconds ${props.rollout?.drainSeconds ?? 0}`,
    };
  });
}
