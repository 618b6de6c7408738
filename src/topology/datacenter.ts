import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { OpenNebulaZone } from './zone';
import { Problems, constructId, isPlainObject } from '../core/validation';
import { DataOpennebulaTemplate } from '../provider/data-opennebula-template';
import { TemplateDisk, TemplateNic } from '../provider/template';

/** Where a template built in a datacenter places its VMs, in OpenNebula's terms. */
export interface DatacenterPlacement {
  readonly disk: TemplateDisk[];
  readonly nic: TemplateNic[];
  readonly schedRequirements: string;
  readonly schedDsRequirements?: string;
}

/** An existing VM template of a datacenter (such as `infra_dc1_prod`) to build VMs from. */
export interface BaseTemplate {
  /**
   * Numeric ID of the template.
   * @default - none: give `name` instead
   */
  readonly id?: number;
  /**
   * Name of the template, looked up with the `opennebula_template` data source.
   * @default - none: give `id` instead
   */
  readonly name?: string;
}

export interface DatacenterProps {
  /** The zone this datacenter belongs to. */
  readonly zone: OpenNebulaZone;

  /**
   * Name used in object names and hostnames (`my_service_dc1_prod`, `my-service-dc1-1`).
   * Lower case letters and digits, starting with a letter, at most 12 characters.
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * OpenNebula cluster the VMs are scheduled on (`SCHED_REQUIREMENTS = CLUSTER_ID = <id>`).
   * Required unless `baseTemplate` is given.
   * @default - none
   */
  readonly clusterId?: number;

  /**
   * Virtual network of the VMs' first NIC. Required unless `baseTemplate` is given.
   * @default - none
   */
  readonly networkId?: number;

  /**
   * Further virtual networks, one NIC each, after `networkId`.
   * @default - none
   */
  readonly additionalNetworkIds?: number[];

  /**
   * Image of the VMs' system disk. Required unless `baseTemplate` is given.
   * @default - none
   */
  readonly imageId?: number;

  /**
   * System datastore the VMs' disks are placed on (`SCHED_DS_REQUIREMENTS = ID = <id>`).
   * @default - any datastore of the cluster
   */
  readonly datastoreId?: number;

  /**
   * Security groups applied to every NIC.
   * @default - the network's default
   */
  readonly securityGroupIds?: number[];

  /**
   * An existing template of this datacenter to instantiate instead of building one from
   * cluster, network and image. The VMs then take disk, NIC and placement from it; size,
   * context and tags are set on each VM.
   * @default - none: a template is built per service
   */
  readonly baseTemplate?: BaseTemplate;
}

const DATACENTER_NAME = /^[a-z][a-z0-9]{0,11}$/;
const ID_MAX = 2 ** 31 - 1;

/** Where the VMs of one datacenter go. */
export class Datacenter extends Construct {
  /** The zone this datacenter belongs to. */
  public readonly zone: OpenNebulaZone;
  /** Name used in object names and hostnames. */
  public readonly datacenterName: string;
  public readonly clusterId?: number;
  public readonly networkIds: number[];
  public readonly imageId?: number;
  public readonly datastoreId?: number;
  public readonly securityGroupIds: number[];
  /** ID of the base template (a token when looked up by name), if any. */
  public readonly baseTemplateId?: number;

  constructor(scope: Construct, id: string, props: DatacenterProps) {
    super(scope, constructId(scope, id, 'Datacenter'));
    const problems = new Problems(this.node.path);
    if (!isPlainObject(props)) {
      problems.add('props', props, 'an object of DatacenterProps (zone required)');
      problems.throwIfAny();
    }
    if (problems.required('zone', props.zone, 'an OpenNebulaZone')) {
      problems.check(props.zone instanceof OpenNebulaZone, 'zone', props.zone instanceof Construct ? props.zone.node.path : props.zone, 'an OpenNebulaZone');
    }
    const name = props.name ?? id;
    const nameField = props.name === undefined ? 'name (from the construct id)' : 'name';
    problems.name(nameField, name, DATACENTER_NAME, 'lower case letters and digits, starting with a letter, at most 12 characters');
    problems.key(nameField, name);
    const base = props.baseTemplate;
    if (problems.object('baseTemplate', base, 'an object with id or name') && base) {
      problems.check((base.id === undefined) !== (base.name === undefined), 'baseTemplate', base, 'exactly one of id or name');
      problems.integer('baseTemplate.id', base.id, 0, ID_MAX);
      if (base.name !== undefined) {
        problems.name('baseTemplate.name', base.name, /^[A-Za-z0-9_.-]{1,128}$/, 'letters, digits, ".", "_" and "-", at most 128 characters');
      }
    } else if (base === undefined) {
      for (const field of ['clusterId', 'networkId', 'imageId'] as const) {
        problems.check(props[field] !== undefined && props[field] !== null, field, props[field], 'required unless baseTemplate is given');
      }
    }
    const id32 = (field: string, value: unknown) => {
      if (value === null) problems.add(field, value, `an integer from 0 to ${ID_MAX}, or unset`);
      else problems.integer(field, value as number | undefined, 0, ID_MAX);
    };
    id32('clusterId', props.clusterId);
    id32('networkId', props.networkId);
    id32('imageId', props.imageId);
    id32('datastoreId', props.datastoreId);
    for (const field of ['additionalNetworkIds', 'securityGroupIds'] as const) {
      if (problems.array(field, props[field], `a list of integers from 0 to ${ID_MAX}`)) {
        props[field]!.forEach((n, i) => id32(`${field}[${i}]`, n));
      }
    }
    problems.throwIfAny();

    this.zone = props.zone;
    this.datacenterName = name;
    this.clusterId = props.clusterId;
    this.networkIds = props.networkId === undefined ? [] : [props.networkId, ...(props.additionalNetworkIds ?? [])];
    this.imageId = props.imageId;
    this.datastoreId = props.datastoreId;
    this.securityGroupIds = props.securityGroupIds ?? [];
    if (base?.name !== undefined) {
      const lookup = new DataOpennebulaTemplate(this, 'base-template', { name: base.name, provider: props.zone.provider });
      this.baseTemplateId = Token.asNumber(lookup.id);
    } else {
      this.baseTemplateId = base?.id;
    }
  }

  /**
   * The disk, NICs and scheduling requirements of a template built in this datacenter, with a
   * system disk of `diskMb`. Only for datacenters without a base template.
   * @internal
   */
  public _placement(diskMb: number): DatacenterPlacement {
    return {
      disk: [{ imageId: this.imageId, size: diskMb }],
      nic: this.networkIds.map((networkId) => ({
        networkId,
        model: 'virtio',
        securityGroups: this.securityGroupIds.length > 0 ? this.securityGroupIds : undefined,
      })),
      schedRequirements: `CLUSTER_ID = ${this.clusterId}`,
      schedDsRequirements: this.datastoreId === undefined ? undefined : `ID = ${this.datastoreId}`,
    };
  }
}
