import { Fn, TerraformOutput, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { DatacenterDeployment, resolveDeployments } from './deployment';
import { RolloutGate } from './gate';
import { ServicePlan, planService } from './plan';
import { HaServiceProps, RolloutProps } from './props';
import { validateHaService } from './validation';
import { Problems, constructId, isPlainObject } from '../core/validation';
import { Template } from '../provider/template';
import { VirtualMachine } from '../provider/virtual-machine';
import { VirtualMachineGroup } from '../provider/virtual-machine-group';
import { HaproxyProps } from '../registration/haproxy';
import { PuppetProps } from '../registration/puppet';
import { ServiceRegistration, registrationBackend, registrationQuery } from '../registration/service-registration';
import { OpenNebulaZone } from '../topology/zone';

export * from './props';

/** The services declared in each zone, by service name (the first one declared under each name). */
const SERVICES_BY_ZONE = new WeakMap<OpenNebulaZone, Map<string, HaService>>();

/**
 * A highly available service: per-datacenter templates, `instances` VMs in every
 * datacenter, host anti-affinity inside each datacenter, and outputs listing the members.
 *
 * How a declaration becomes resources, in order: `validateHaService` gathers every problem
 * of the props; `planService` computes the placement (`this.plan`); `resolveDeployments`
 * resolves, once per datacenter, everything its resources hold (`this.deployments`); the
 * `emit*` methods only map those values to provider resources; then the outputs. Changes
 * that power-cycle VMs (size) run one datacenter at a time: every VM of a datacenter depends
 * on all VMs of the previous one (sorted by name).
 */
export class HaService extends Construct {
  /** The placement plan: which VM goes where, under which name. */
  public readonly plan: ServicePlan;
  /** What each datacenter of the service holds, resolved from the plan and the props. */
  public readonly deployments: DatacenterDeployment[];
  /** The service's name, e.g. `my_service`. */
  public readonly serviceName: string;
  /** Templates created for the service, one per datacenter without a base template. */
  public readonly templates: Template[] = [];
  /** VM groups, one per datacenter, each with one anti-affined role. */
  public readonly vmGroups: VirtualMachineGroup[] = [];
  /** All VMs, datacenter by datacenter. */
  public readonly virtualMachines: VirtualMachine[] = [];
  /**
   * Readiness gates (`terraform_data`), two per datacenter unless `rollout.waitForReady` is false:
   * one clearing READY before the datacenter's VMs change (`clear-ready`), one waiting for READY
   * after (`wait-ready`).
   */
  public readonly readinessGates: TerraformResource[] = [];
  /**
   * With `puppet.puppetDbUrl`: the gate that, once every datacenter's members are ready and
   * before the members they replace are destroyed, deactivates in PuppetDB the service's nodes
   * that are no longer members (`cdktf-opennebula retire`), then drains.
   */
  public readonly retireGate?: TerraformResource;
  /** Output listing every member: name, datacenter, IP (and port when known). */
  public readonly membersOutput: TerraformOutput;
  /** Output mapping each datacenter to the ID of the template its VMs come from. */
  public readonly templateIdsOutput: TerraformOutput;
  /** Output holding the rendered HAProxy backend, when `haproxy` is set. */
  public readonly haproxyBackendOutput?: TerraformOutput;
  /** Output holding the PuppetDB query selecting the members, when `puppet` is set. */
  public readonly puppetDbQueryOutput?: TerraformOutput;
  /**
   * The HAProxy backend as declared (`props.haproxy`), defaults not applied: `healthCheck` is
   * undefined when the declaration leaves it to HAProxy's defaults. For policy rules and tools.
   * @default - undefined: the service has no backend
   */
  public readonly haproxy?: HaproxyProps;
  /**
   * The Puppet enrolment as declared (`props.puppet`), defaults not applied;
   * `challengePassword` is the token of the sensitive variable, never a literal.
   * @default - undefined: the VMs do not enrol
   */
  public readonly puppet?: PuppetProps;
  /**
   * The rollout settings as declared (`props.rollout`), defaults not applied. The values in
   * force, defaults applied, are on each of `deployments` (`createTimeoutMinutes`, `readiness`).
   * @default - undefined: every rollout default
   */
  public readonly rollout?: RolloutProps;

  private readonly props: HaServiceProps;

  constructor(scope: Construct, id: string, props: HaServiceProps) {
    super(scope, constructId(scope, id, 'HaService'));
    const problems = new Problems(this.node.path);
    if (!isPlainObject(props)) {
      problems.add('props', props, 'an object of HaServiceProps (zone, datacenters, instances and size required)');
      problems.throwIfAny();
    }
    this.props = props;
    this.serviceName = props.serviceName ?? id;
    this.haproxy = props.haproxy;
    this.puppet = props.puppet;
    this.rollout = props.rollout;

    validateHaService(problems, props, this.serviceName, this);
    this.validateUniqueInStack(problems);
    problems.throwIfAny();

    this.plan = planService({
      service: this.serviceName,
      zone: props.zone.zoneName,
      zoneShortName: props.zone.shortName,
      datacenters: props.datacenters.map((dc) => dc.datacenterName),
      instances: props.instances,
      instancesPerDatacenter: props.instancesPerDatacenter,
      templateRevision: props.templateRevision,
    });
    const registration: ServiceRegistration = {
      service: this.serviceName, zone: props.zone.zoneName, puppet: props.puppet, haproxy: props.haproxy,
    };
    this.deployments = resolveDeployments(this.plan, props, registration);

    const templateIds: { [dc: string]: number } = {};
    const members: Array<{ name: string; datacenter: string; address: string; incarnation: string }> = [];
    let previous: TerraformResource[] = [];
    const retireAfter: TerraformResource[] = [];
    for (const deployment of this.deployments) {
      const dcScope = new Construct(this, deployment.name);
      const templateId = this.emitTemplate(dcScope, deployment);
      templateIds[deployment.name] = templateId;
      const group = this.emitVmGroup(dcScope, deployment);
      const clear = deployment.readiness ? this.emitClearGate(dcScope, deployment, previous) : undefined;
      const vms = this.emitVms(dcScope, deployment, templateId, group, clear ? [clear] : previous);
      deployment.planned.vms.forEach((vm, i) => members.push({
        name: vm.name, datacenter: vm.datacenter, address: vms[i].ip, incarnation: vms[i].id,
      }));
      const gate = deployment.readiness ? this.emitReadinessGate(dcScope, deployment, vms) : undefined;
      previous = gate ? [gate] : vms;
      retireAfter.push(...vms, ...(gate ? [gate] : []));
    }
    const retire = this.deployments[0]?.retire;
    if (retire !== undefined) {
      // After every member is ready, and a dependent of every VM, so that replaced members are
      // destroyed only after it. A PuppetDB out of reach does not stop the apply: the backstops
      // are HAProxy's health checks and PuppetDB's node-ttl.
      const certnames = Fn.join(',', members.map((m) => `${m.name}-${m.incarnation}`));
      this.retireGate = this.emitGate(this, 'retire', { members: certnames }, retireAfter,
        `retire --zone ${props.zone.zoneName} --service ${this.serviceName} ${retire} --keep ${certnames}`
        + ' || echo "retire failed: retired members leave the pool through health checks and node-ttl" >&2');
    }

    const output = (outputId: string, logicalSuffix: string, description: string, value: unknown): TerraformOutput => {
      const made = new TerraformOutput(this, outputId, { description, value });
      const prefix = props.zone.provider.alias ? `${props.zone.zoneName}_${this.serviceName}` : this.serviceName;
      made.overrideLogicalId(`${prefix}_${logicalSuffix}`);
      return made;
    };
    const of = `${this.serviceName} in ${props.zone.zoneName}`;
    this.membersOutput = output('members', 'members', `Members of ${of}: name, datacenter, ip, port`,
      members.map(({ name, datacenter, address, incarnation }) => ({
        name, datacenter, ip: address, port: props.haproxy?.port, certname: `${name}-${incarnation}`,
      })));
    const backend = registrationBackend(registration, members);
    if (backend !== undefined) this.haproxyBackendOutput = output('haproxy-backend', 'haproxy_backend', `HAProxy backend of ${of}`, backend);
    const query = registrationQuery(registration);
    if (query !== undefined) this.puppetDbQueryOutput = output('puppetdb-query', 'puppetdb_query', `PuppetDB query selecting the members of ${of}`, query);
    this.templateIdsOutput = output('template-ids', 'template_ids', `Template of each datacenter of ${of}`, templateIds);
  }

  /** The service's template in a datacenter, or the datacenter's base template. Returns its ID. */
  private emitTemplate(scope: Construct, deployment: DatacenterDeployment): number {
    if (deployment.baseTemplateId !== undefined) return deployment.baseTemplateId;
    const template = new Template(scope, deployment.planned.templateConstructId, {
      provider: this.props.zone.provider,
      name: deployment.planned.templateName,
      description: deployment.templateDescription,
      ...deployment.size,
      ...deployment.datacenter._placement(deployment.diskMb),
      context: deployment.context,
      tags: deployment.tags,
      // Provider 1.5.0 plans but never sends changes of these: they would show as updates
      // that do nothing. A change goes through templateRevision instead.
      lifecycle: { ignoreChanges: ['context', 'disk', 'nic', 'os', 'graphics', 'cpumodel'], createBeforeDestroy: true },
    });
    this.templates.push(template);
    return Token.asNumber(template.id);
  }

  /**
   * One VM group per datacenter with one anti-affined role. A group's roles force its
   * replacement when they change, so each datacenter has its own group: adding or removing a
   * datacenter never touches another datacenter's group. Its tags never change either
   * (OpenNebula refuses to update a group that has VMs).
   */
  private emitVmGroup(scope: Construct, deployment: DatacenterDeployment): VirtualMachineGroup {
    const group = new VirtualMachineGroup(scope, deployment.planned.vmGroupConstructId, {
      provider: this.props.zone.provider,
      name: deployment.planned.vmGroupName,
      role: [{ name: deployment.planned.roleName, policy: 'ANTI_AFFINED' }],
      tags: deployment.groupTags,
      lifecycle: { createBeforeDestroy: true },
    });
    this.vmGroups.push(group);
    return group;
  }

  private emitVms(
    scope: Construct, deployment: DatacenterDeployment, templateId: number, group: VirtualMachineGroup, previous: TerraformResource[],
  ): VirtualMachine[] {
    // Built once per datacenter: every `group.id` read creates a token (and cdktf captures a
    // stack trace for each), and the VMs of a datacenter share these values.
    const vmgroup = { vmgroupId: Token.asNumber(group.id), role: deployment.planned.roleName };
    return deployment.planned.vms.map((vm) => {
      const resource = new VirtualMachine(scope, vm.constructId, {
        provider: this.props.zone.provider,
        name: vm.name,
        templateId,
        ...deployment.size,
        context: { ...deployment.context },
        tags: { ...deployment.tags },
        vmgroup: { ...vmgroup },
        // Changes roll datacenter by datacenter: after the previous datacenter's readiness gate
        // (or its VMs, without gates).
        dependsOn: previous.length > 0 ? previous : undefined,
        description: deployment.vmDescription,
        // A VM the scheduler cannot place (PENDING) fails the apply after a bounded time. The
        // deprecated `timeout` argument stays unset: the provider reads `timeouts` only while
        // `timeout` holds its default.
        timeouts: { create: `${deployment.createTimeoutMinutes}m` },
        // A replacement is created, and passes the readiness gate, before the member it
        // replaces is destroyed.
        lifecycle: { createBeforeDestroy: true },
      });
      this.virtualMachines.push(resource);
      return resource;
    });
  }

  /**
   * The readiness gate of a datacenter: created again whenever its VMs are replaced, added or
   * resized (their IDs and size are its triggers), it runs `wait-ready` on them. The next
   * datacenter's VMs depend on it, and so does the retirement of the members its VMs replace.
   */
  private emitReadinessGate(scope: Construct, deployment: DatacenterDeployment, vms: VirtualMachine[]): TerraformResource {
    const readiness = deployment.readiness!;
    const ids = Fn.join(',', vms.map((vm) => vm.id));
    return this.emitGate(scope, 'ready', { vm_ids: ids, size: readiness.sizeKey }, vms,
      `wait-ready --zone ${this.props.zone.zoneName} --label ${this.serviceName}/${deployment.name} --timeout ${readiness.timeoutSeconds} --vm-ids ${ids}`);
  }

  /**
   * The gate before a datacenter's VMs: created again when their size changes (a power cycle),
   * it sets READY=NO on the datacenter's running members first, so that the READY they reported
   * at their previous boot cannot open the readiness gate after the power cycle. It finds them by
   * their tags, as their IDs would make a cycle (the VMs depend on it).
   */
  private emitClearGate(scope: Construct, deployment: DatacenterDeployment, previous: TerraformResource[]): TerraformResource {
    return this.emitGate(scope, 'unready', { size: deployment.readiness!.sizeKey }, previous,
      `clear-ready --zone ${this.props.zone.zoneName} --service ${this.serviceName} --datacenter ${deployment.name}`);
  }

  /** A `terraform_data` running one of the package's gate commands when created. */
  private emitGate(
    scope: Construct, id: string, triggers: { [key: string]: string }, dependsOn: TerraformResource[], args: string,
  ): TerraformResource {
    const gate = new RolloutGate(scope, id, {
      triggersReplace: triggers,
      dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
      lifecycle: { createBeforeDestroy: true },
      provisioners: [{
        type: 'local-exec',
        // `$${` is a literal `${` for the shell: the command can be replaced at apply time.
        command: `$\${CDKTF_OPENNEBULA_CLI:-npx --no-install cdktf-opennebula} ${args}`,
        environment: { OPENNEBULA_ENDPOINT: this.props.zone.endpoint },
      }],
    });
    if (id !== 'retire') this.readinessGates.push(gate);
    return gate;
  }

  /**
   * One service per name in a zone. Services are looked up in a per-zone registry, not by walking
   * the whole construct tree (`findAll` for every service made declaring N services O(N^2)).
   */
  private validateUniqueInStack(problems: Problems): void {
    if (!(this.props.zone instanceof OpenNebulaZone)) return;
    let services = SERVICES_BY_ZONE.get(this.props.zone);
    if (!services) {
      services = new Map();
      SERVICES_BY_ZONE.set(this.props.zone, services);
    }
    const twin = services.get(this.serviceName);
    if (twin) {
      problems.add('serviceName', this.serviceName, `a name not used by another service of zone "${this.props.zone.zoneName}" (${twin.node.path})`);
    } else {
      services.set(this.serviceName, this);
    }
  }
}
