/**
 * What a service declares: the props of `HaService` (zone, datacenters, instances, size,
 * registration, rollout). Plain data, read by validation (validation.ts), the per-datacenter
 * resolution (deployment.ts) and the construct (ha-service.ts).
 */
import type { HaproxyProps } from '../registration/haproxy';
import type { PuppetProps } from '../registration/puppet';
import type { Datacenter } from '../topology/datacenter';
import type { OpenNebulaZone } from '../topology/zone';

/** CPU, memory and disk of every VM of a service. */
export interface ServiceSize {
  /**
   * Physical CPU share reserved by the scheduler (1 = one core); may be fractional,
   * at most `vcpu`. May be a token.
   */
  readonly cpu: number;
  /** Virtual CPUs the guest sees. Integer, 1 to 128. May be a token. */
  readonly vcpu: number;
  /** Memory in MB, 256 to 1048576. May be a token. */
  readonly memoryMb: number;
  /** System disk size in MB, 1024 to 16777216 (at least the image's size). May be a token. */
  readonly diskMb: number;
}

export interface HaServiceProps {
  /** The zone (environment) the service runs in. */
  readonly zone: OpenNebulaZone;

  /**
   * The datacenters the service spans, all of `zone`. Order does not matter: they are
   * handled sorted by name, so reordering this list changes nothing.
   */
  readonly datacenters: Datacenter[];

  /**
   * VMs in every datacenter: with two datacenters, `instances: 2` makes two pairs.
   * A literal integer from 1 to 32.
   */
  readonly instances: number;

  /**
   * Per-datacenter override of `instances`, by datacenter name.
   * @default - `instances` everywhere
   */
  readonly instancesPerDatacenter?: { [datacenter: string]: number };

  /** Size of every VM. */
  readonly size: ServiceSize;

  /**
   * Name of the service in OpenNebula object names, hostnames and registration:
   * lower case words joined by single `_`, at most 40 characters.
   * @default - the construct id
   */
  readonly serviceName?: string;

  /**
   * Allow a production service on a single datacenter (no protection against the loss of a
   * datacenter).
   * @default false
   */
  readonly allowSingleDatacenter?: boolean;

  /**
   * Revision of the service's templates. Templates are immutable (provider 1.5.0 drops
   * changes to a template's disk, NIC and context), so a change of image, network or disk
   * size takes effect by raising this number: new templates are created and the VMs are
   * replaced, one datacenter at a time.
   * @default 1
   */
  readonly templateRevision?: number;

  /**
   * Extra context variables handed to the guest (upper-case keys). Values may use
   * OpenNebula references such as `$NAME`; never `${`.
   * @default - none
   */
  readonly context?: { [key: string]: string };

  /**
   * Extra tags on templates and VMs (lower-case keys). `service`, `zone` and `datacenter`
   * are always set.
   * @default - none
   */
  readonly tags?: { [key: string]: string };

  /**
   * Puppet enrolment: at first boot every VM registers in PuppetDB as this service, with
   * trusted facts pp_service, pp_role, pp_environment, pp_zone and pp_datacenter
   * (see docs/registration.md).
   * @default - no enrolment
   */
  readonly puppet?: PuppetProps;

  /**
   * How changes reach the running members (replacements, power cycles, scale-out), and how long
   * the creation of a VM may take.
   * @default - wait for every new or power-cycled member to report READY before the next
   * datacenter changes and before older members are retired, for at most 900 seconds; fail the
   * apply when a new VM is not RUNNING within 10 minutes
   */
  readonly rollout?: RolloutProps;

  /**
   * The service's backend pool on the load balancers: custom facts on every VM, and the
   * outputs `<service>_haproxy_backend` (the rendered backend with the members' IPs) and
   * `<service>_puppetdb_query`.
   * @default - no backend
   */
  readonly haproxy?: HaproxyProps;
}

/** How changes reach the running members of a service. */
export interface RolloutProps {
  /**
   * Readiness gate: after the VMs of a datacenter are created, replaced or power-cycled, the
   * apply waits until each of them is RUNNING and has reported `READY=YES` through OneGate
   * before it changes the next datacenter and before it retires the members they replace. With
   * `puppet`, the enrolment script reports READY once its first agent run succeeded and the
   * health path answers; without it, one-context reports READY after contextualization
   * (`REPORT_READY`). The wait runs `cdktf-opennebula wait-ready` on the machine that applies
   * (Node.js and this package installed; credentials from its environment, never from the
   * configuration). `false` applies without waiting: a replacement then only keeps the old
   * members until the new VMs are RUNNING, not until their guests serve.
   * @default true
   */
  readonly waitForReady?: boolean;

  /**
   * The longest wait for one datacenter's members to be ready, in seconds (1 to 86400). On
   * timeout the apply fails and the members being replaced are left in place.
   * @default 900
   */
  readonly readyTimeoutSeconds?: number;

  /**
   * The longest wait for a new VM to be RUNNING, in minutes (a literal integer from 1 to 120).
   *
   * It is the `timeouts { create }` of every VM the service makes (provider 1.5.0 waits 20
   * minutes without it). A VM the OpenNebula scheduler cannot place stays PENDING: a
   * datacenter's cluster with fewer hosts than the datacenter has anti-affined instances, or
   * hosts without the CPU or memory (a replacement holds old and new members at once).
   *
   * When the time is up the apply fails ("Failed to wait virtual machine to be in RUNNING
   * state"): the VM left PENDING stays in the state as tainted, so the next apply replaces it;
   * the datacenters after it are not changed, and the member it replaces, if any, keeps running
   * until an apply creates its replacement. The fix: add hosts to that datacenter's cluster, or
   * lower `instances` (or `instancesPerDatacenter`) for it, then apply again. Set it above the
   * time a VM of the cloud takes from creation to RUNNING (image copy to the host included).
   * @default 10
   */
  readonly createTimeoutMinutes?: number;

  /**
   * Seconds a member is left to drain after it is deactivated in PuppetDB and before it is
   * destroyed (0 to 3600): long enough for the load balancers' next Puppet run to drop it.
   * Only with `puppet.puppetDbUrl`.
   * @default 0
   */
  readonly drainSeconds?: number;
}
