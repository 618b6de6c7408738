import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { Problems, constructId, findVariable, isPlainObject, isSafeText, resolveToken } from '../core/validation';
import { installPolicyBridge } from '../policy/bridge';
import { OpennebulaProvider } from '../provider/provider';

export interface OpenNebulaZoneProps {
  /**
   * Name of the zone (the environment), e.g. `production` or `staging`.
   * Lower case letters, digits and `_`, starting with a letter, at most 32 characters.
   */
  readonly name: string;

  /**
   * XML-RPC endpoint of the zone, e.g. `https://one-prod.example.com/RPC2`. May be a token.
   * @default - a Terraform variable `<name>_opennebula_endpoint`
   */
  readonly endpoint?: string;

  /**
   * OneFlow endpoint, needed only by OneFlow resources.
   * @default - none
   */
  readonly flowEndpoint?: string;

  /**
   * Short form of the name used in OpenNebula object names (`my_service_dc1_prod`).
   * @default - `prod` for `production`, `stg` for `staging`, otherwise the name
   */
  readonly shortName?: string;

  /**
   * Whether this zone runs production services. Production services must span two
   * datacenters or more unless they opt out explicitly.
   * @default - true when the name is `production`
   */
  readonly production?: boolean;

  /**
   * Extra tags every object of this zone carries (provider `default_tags`). Keys are upper-cased
   * by OpenNebula. Keep them constant: changing default tags updates every object, and
   * OpenNebula refuses to update a VM group that has VMs.
   * @default - { zone: <name>, managed_by: 'cdktf-opennebula' }
   */
  readonly defaultTags?: { [key: string]: string };

  /**
   * Skip TLS verification of the endpoint.
   * @default false
   */
  readonly insecure?: boolean;
}

/** Suffixes of the variables a zone declares in its stack. */
const VARIABLE_SUFFIXES = ['endpoint', 'username', 'password'];
const ZONE_NAME = /^[a-z][a-z0-9_]{0,31}$/;
export const SHORT_NAME = /^[a-z][a-z0-9]{0,9}$/;
const DEFAULT_SHORT_NAMES = new Map([['production', 'prod'], ['staging', 'stg']]);
/** Default tag keys (OpenNebula upper-cases them). */
const DEFAULT_TAG_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/**
 * An XML-RPC or OneFlow endpoint: scheme, host name or bracketed IPv6 address, optional port
 * and path. No user or password: credentials come from the zone's sensitive variables only.
 */
const ENDPOINT_URL = /^https?:\/\/(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~/%-]*)?$/;
const ENDPOINT_ALLOWED = 'an http:// or https:// URL of a host, optional port (1 to 65535) and path, such as https://one.example.com/RPC2, or a token';
const CREDENTIALS_IN_URL = 'a URL without user or password: OpenNebula credentials come only from the sensitive variables '
  + '<zone>_opennebula_username and <zone>_opennebula_password (anything else is written in clear into the synthesized JSON)';

/** Checks an endpoint: a literal URL, or a token whose literal parts (a variable's default, a Lazy's value) are checked too. */
function checkEndpoint(problems: Problems, scope: Construct, field: string, value: string | undefined): void {
  if (value === undefined) return;
  let literal: unknown = value;
  if (Token.isUnresolved(value)) {
    const resolved = resolveToken(scope, value);
    if (typeof resolved !== 'string') {
      problems.add(field, value, ENDPOINT_ALLOWED);
      return;
    }
    const reference = /^\$\{var\.([A-Za-z0-9_-]+)\}$/.exec(resolved);
    if (reference) {
      const variable = findVariable(scope, reference[1]);
      if (variable?.default === undefined) return;
      literal = variable.default;
    } else if (resolved.includes('${')) {
      // An expression only Terraform evaluates: at least no literal part may hold credentials.
      if (resolved.includes('@')) problems.add(field, '(not shown: may hold credentials)', CREDENTIALS_IN_URL);
      return;
    } else {
      literal = resolved;
    }
  }
  if (typeof literal === 'string' && literal.includes('@')) {
    problems.add(field, '(not shown: may hold credentials)', CREDENTIALS_IN_URL);
  } else {
    const port = typeof literal === 'string' ? /^[a-z]+:\/\/[^/]*:([0-9]+)/.exec(literal) : null;
    problems.check(typeof literal === 'string' && ENDPOINT_URL.test(literal) && isSafeText(literal) && (!port || (Number(port[1]) >= 1 && Number(port[1]) <= 65535)),
      field, literal, ENDPOINT_ALLOWED);
  }
}

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
    super(scope, constructId(scope, id, 'OpenNebulaZone'));
    const problems = new Problems(this.node.path);
    if (!isPlainObject(props)) {
      problems.add('props', props, 'an object of OpenNebulaZoneProps (name required)');
      problems.throwIfAny();
    }
    const nameAllowed = 'lower case letters, digits and "_", starting with a letter, at most 32 characters';
    if (problems.required('name', props.name, nameAllowed)) {
      problems.name('name', props.name, ZONE_NAME, nameAllowed);
      problems.key('name', props.name);
    }
    problems.name('shortName', props.shortName, SHORT_NAME, 'lower case letters and digits, starting with a letter, at most 10 characters');
    checkEndpoint(problems, this, 'endpoint', props.endpoint);
    checkEndpoint(problems, this, 'flowEndpoint', props.flowEndpoint);
    problems.boolean('production', props.production);
    problems.boolean('insecure', props.insecure);
    if (problems.object('defaultTags', props.defaultTags, 'an object of tag names to values')) {
      for (const [key, value] of Object.entries(props.defaultTags!)) {
        problems.check(DEFAULT_TAG_KEY.test(key), `defaultTags.${key}`, key, 'a key of letters, digits and "_", starting with a letter, at most 64 characters');
        problems.key(`defaultTags.${key}`, key);
        problems.text(`defaultTags.${key}`, value, { tokens: true });
      }
    }
    const stack = TerraformStack.of(this);
    const earlier = stack.node.findAll().filter((c): c is OpenNebulaZone => c instanceof OpenNebulaZone && c !== this);
    if (earlier.some((zone) => zone.zoneName === props.name)) {
      problems.add('name', props.name, 'a zone name not already used in this stack');
    } else if (typeof props.name === 'string') {
      for (const suffix of VARIABLE_SUFFIXES.filter((v) => v !== 'endpoint' || props.endpoint === undefined)) {
        const taken = stack.node.tryFindChild(`${props.name}_opennebula_${suffix}`);
        if (taken) problems.add('name', props.name, `a name whose variable ${props.name}_opennebula_${suffix} is not already declared (${taken.node.path})`);
      }
    }
    problems.throwIfAny();

    this.zoneName = props.name;
    this.shortName = props.shortName ?? DEFAULT_SHORT_NAMES.get(props.name) ?? props.name;
    this.production = props.production ?? props.name === 'production';

    const variable = (suffix: string, description: string, sensitive: boolean) =>
      new TerraformVariable(stack, `${props.name}_opennebula_${suffix}`, { type: 'string', description, sensitive });
    // Credentials are never literals: sensitive variables, set with TF_VAR_<zone>_opennebula_password.
    const endpoint = props.endpoint ?? variable('endpoint', `XML-RPC endpoint of the ${props.name} zone`, false).stringValue;
    const username = variable('username', `OpenNebula user for the ${props.name} zone`, false).stringValue;
    const password = variable('password', `OpenNebula password or login token for the ${props.name} zone`, true).stringValue;

    this.endpoint = endpoint;
    // HaPolicyChecks added to the app reach this stack's services (cdktf 0.21 visits only stack aspects).
    installPolicyBridge(stack);
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
