import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { Problems } from '../core/validation';
import { OpennebulaProvider } from '../provider/provider';

export interface OpenNebulaZoneProps {
  /**
   * Name of the zone (the environment), e.g. `production` or `staging`.
   * Lower case letters, digits and `_`, starting with a letter, at most 32 characters.
   */
  readonly name: string;

  /**
   * XML-RPC endpoint of the zone, e.g. `https://one-prod.example.com/RPC2`. May be a token.
   * @default a Terraform variable `<name>_opennebula_endpoint`
   */
  readonly endpoint?: string;

  /**
   * OneFlow endpoint, needed only by OneFlow resources.
   * @default none
   */
  readonly flowEndpoint?: string;

  /**
   * Short form of the name used in OpenNebula object names (`my_service_dc1_prod`).
   * @default `prod` for `production`, `stg` for `staging`, otherwise the name
   */
  readonly shortName?: string;

  /**
   * Whether this zone runs production services. Production services must span two
   * datacenters or more unless they opt out explicitly.
   * @default true when the name is `production`
   */
  readonly production?: boolean;

  /**
   * Extra tags every object of this zone carries (provider `default_tags`). Keys are upper-cased
   * by OpenNebula. Keep them constant: changing default tags updates every object, and
   * OpenNebula refuses to update a VM group that has VMs.
   * @default { zone: <name>, managed_by: 'cdktf-opennebula' }
   */
  readonly defaultTags?: { [key: string]: string };

  /**
   * Skip TLS verification of the endpoint.
   * @default false
   */
  readonly insecure?: boolean;
}

const ZONE_NAME = /^[a-z][a-z0-9_]{0,31}$/;
const SHORT_NAME = /^[a-z][a-z0-9]{0,9}$/;
const DEFAULT_SHORT_NAMES: { [name: string]: string } = { production: 'prod', staging: 'stg' };

/**
 * One OpenNebula zone (an environment such as production or staging): one provider
 * configuration in the stack. The first zone of a stack is the default provider; further
 * zones get an alias equal to their name.
 */
export class OpenNebulaZone extends Construct {
  /** The zone's name, e.g. `production`. */
  public readonly zoneName: string;
  /** Short form used in object names, e.g. `prod`. */
  public readonly shortName: string;
  /** Whether services in this zone are held to production rules. */
  public readonly production: boolean;
  /** The provider configuration: pass it as `provider` to resources of this zone. */
  public readonly provider: OpennebulaProvider;
  /** The zone's XML-RPC endpoint: the literal given, or a token of the `<name>_opennebula_endpoint` variable. */
  public readonly endpoint: string;

  constructor(scope: Construct, id: string, props: OpenNebulaZoneProps) {
    super(scope, id);
    const problems = new Problems(this.node.path);
    problems.name('name', props.name, ZONE_NAME, 'lower case letters, digits and "_", starting with a letter, at most 32 characters');
    problems.name('shortName', props.shortName, SHORT_NAME, 'lower case letters and digits, starting with a letter, at most 10 characters');
    if (props.endpoint !== undefined && !Token.isUnresolved(props.endpoint)) {
      problems.check(/^https?:\/\/[^\s"'$]+$/.test(props.endpoint), 'endpoint', props.endpoint, 'an http:// or https:// URL such as https://one.example.com/RPC2, or a token');
    }
    const stack = TerraformStack.of(this);
    const earlier = stack.node.findAll().filter((c): c is OpenNebulaZone => c instanceof OpenNebulaZone && c !== this);
    if (earlier.some((zone) => zone.zoneName === props.name)) {
      problems.add('name', props.name, 'a zone name not already used in this stack');
    }
    problems.throwIfAny();

    this.zoneName = props.name;
    this.shortName = props.shortName ?? DEFAULT_SHORT_NAMES[props.name] ?? props.name;
    this.production = props.production ?? props.name === 'production';

    const variable = (suffix: string, description: string, sensitive: boolean) =>
      new TerraformVariable(stack, `${props.name}_opennebula_${suffix}`, { type: 'string', description, sensitive });
    // Credentials are never literals: sensitive variables, set with TF_VAR_<zone>_opennebula_password.
    const endpoint = props.endpoint ?? variable('endpoint', `XML-RPC endpoint of the ${props.name} zone`, false).stringValue;
    const username = variable('username', `OpenNebula user for the ${props.name} zone`, false).stringValue;
    const password = variable('password', `OpenNebula password or login token for the ${props.name} zone`, true).stringValue;

    this.endpoint = endpoint;
    this.provider = new OpennebulaProvider(this, 'provider', {
      alias: earlier.length > 0 ? props.name : undefined,
      endpoint,
      flowEndpoint: props.flowEndpoint,
      username,
      password,
      insecure: props.insecure,
      defaultTags: [{ tags: props.defaultTags ?? { zone: props.name, managed_by: 'cdktf-opennebula' } }],
    });
  }
}
