import { App, DataTerraformRemoteStateConfig, LocalBackend, TerraformBackend, TerraformRemoteState, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DeclarationError, Problems, ValidationProblem, isPlainObject } from '../core/validation';

/** The prefix of every schema name the helper derives: `cdktf_opennebula_<zone>__<service>`. */
export const STATE_SCHEMA_PREFIX = 'cdktf_opennebula_';

/** PostgreSQL truncates longer identifiers (silently but for a NOTICE): two long names could meet. */
const POSTGRES_IDENTIFIER_MAX = 63;
const ZONE_NAME = /^[a-z][a-z0-9_]{0,31}$/;
/** Words joined by single `_`, as HaService names; a team name follows the same rule. */
const SERVICE_NAME = /^(?=.{1,40}$)[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const STACK_ID = /^[a-z][a-z0-9_]*$/;
const RESERVED_SCHEMAS = new Set(['public', 'information_schema']);
/** Keys that would write the connection string into the synthesized JSON. */
const CONNECTION_KEYS = ['connStr', 'conn_str', 'connectionString'];

const ZONE_RULE = 'lower case letters, digits and single "_" between them, starting with a letter, at most 32 characters (an OpenNebulaZone name without "__")';
const SERVICE_RULE = 'lower case letters and digits in words joined by single "_", starting with a letter, at most 40 characters (a HaService name, or a team name)';
const SCHEMA_RULE = `lower case letters, digits and "_", not starting with a digit or "pg_", not ${[...RESERVED_SCHEMAS].join(' or ')}, at most ${POSTGRES_IDENTIFIER_MAX} characters`;
const CONNECTION_RULE = 'nothing: the connection string is never written into the code or the synthesized JSON; OpenTofu reads it from PG_CONN_STR (or the libpq PG* variables) at `tofu init`';

/** Where the state of one stack lives in PostgreSQL. */
export interface PostgresStateOptions {
  /**
   * The zone (environment) of the stack, e.g. `production`. With `service`, the schema is
   * `cdktf_opennebula_<zone>__<service>`.
   * @default - none: the schema follows `schemaName` or the stack id
   */
  readonly zone?: string;

  /**
   * The service (or the team) the stack holds, e.g. `my_service`. Required with `zone`.
   * @default - none
   */
  readonly service?: string;

  /**
   * The PostgreSQL schema holding the stack's state, verbatim. Give either this or
   * `zone` + `service`.
   * @default - `cdktf_opennebula_<zone>__<service>`, or `cdktf_opennebula_<stack id>` without zone and service
   */
  readonly schemaName?: string;

  /**
   * The schema exists already (created by a database administrator); OpenTofu does not create it.
   * @default false
   */
  readonly skipSchemaCreation?: boolean;

  /**
   * The `states` table exists already; OpenTofu does not create it.
   * @default false
   */
  readonly skipTableCreation?: boolean;

  /**
   * The `states_by_name` index exists already; OpenTofu does not create it.
   * @default false
   */
  readonly skipIndexCreation?: boolean;
}

/** Settings every stack of an app gets from `SharedState.postgresForApp`. */
export interface PostgresAppStateOptions {
  /**
   * The schemas exist already; OpenTofu does not create them.
   * @default false
   */
  readonly skipSchemaCreation?: boolean;

  /**
   * The `states` tables exist already.
   * @default false
   */
  readonly skipTableCreation?: boolean;

  /**
   * The `states_by_name` indexes exist already.
   * @default false
   */
  readonly skipIndexCreation?: boolean;
}

/** Which stack's state a `PostgresRemoteState` reads. */
export interface PostgresRemoteStateOptions extends DataTerraformRemoteStateConfig {
  /**
   * Zone of the stack whose outputs are read. With `service`.
   * @default - none
   */
  readonly zone?: string;

  /**
   * Service (or team) of the stack whose outputs are read. With `zone`.
   * @default - none
   */
  readonly service?: string;

  /**
   * The schema of the stack whose outputs are read, verbatim (instead of `zone` + `service`).
   * @default - none
   */
  readonly schemaName?: string;
}

/** Props of `PostgresStateBackend`: the schema, already validated. */
export interface PostgresStateBackendProps {
  /** The PostgreSQL schema holding the state. */
  readonly schemaName: string;
  /** @default false */
  readonly skipSchemaCreation?: boolean;
  /** @default false */
  readonly skipTableCreation?: boolean;
  /** @default false */
  readonly skipIndexCreation?: boolean;
}

/**
 * OpenTofu's `pg` backend without a connection string: `terraform { backend "pg" { schema_name = ... } }`.
 * OpenTofu reads the connection string from `PG_CONN_STR` when the stack is initialized. Made by
 * `SharedState.postgres`, which validates the schema name.
 */
export class PostgresStateBackend extends TerraformBackend {
  /** The PostgreSQL schema holding this stack's state. */
  public readonly schemaName: string;
  private readonly skips: { [name: string]: boolean };

  constructor(scope: Construct, props: PostgresStateBackendProps) {
    const stack = TerraformStack.of(scope);
    const problems = new Problems(stack.node.path);
    checkNoConnectionString(problems, props);
    checkSchemaName(problems, 'state.schemaName', props?.schemaName);
    problems.throwIfAny();
    super(scope, 'backend', 'pg');
    this.schemaName = props.schemaName;
    this.skips = {
      skip_schema_creation: props.skipSchemaCreation === true,
      skip_table_creation: props.skipTableCreation === true,
      skip_index_creation: props.skipIndexCreation === true,
    };
  }

  /** A `terraform_remote_state` data source reading this stack's outputs (cdktf's cross-stack references use it). */
  public getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    return new PostgresRemoteState(scope, name, { schemaName: this.schemaName });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const attributes: { [name: string]: any } = { schema_name: this.schemaName };
    for (const [key, on] of Object.entries(this.skips)) if (on) attributes[key] = true;
    return attributes;
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return this.synthesizeAttributes();
  }
}

/**
 * Reads the outputs of another stack kept in the same PostgreSQL database
 * (`data "terraform_remote_state" { backend = "pg" }`), without a connection string (OpenTofu
 * reads `PG_CONN_STR`) and without creating anything: the reader needs only SELECT on the schema.
 */
export class PostgresRemoteState extends TerraformRemoteState {
  /** The schema read. */
  public readonly schemaName: string;

  constructor(scope: Construct, id: string, options: PostgresRemoteStateOptions) {
    const schemaName = resolveSchema(TerraformStack.of(scope), options, 'remote state');
    super(scope, id, 'pg', {
      workspace: options.workspace,
      defaults: options.defaults,
      schemaName,
      skipSchemaCreation: true,
      skipTableCreation: true,
      skipIndexCreation: true,
    } as DataTerraformRemoteStateConfig);
    this.schemaName = schemaName;
  }
}

/** Schemas taken in one app, per construct tree: two stacks never share a state. */
const TAKEN = new WeakMap<IConstruct, Map<string, string>>();

/**
 * Shared state in PostgreSQL for the stacks of an app, one schema (one state, one lock) per
 * stack. See docs/state.md for the layout: one stack per zone and service.
 *
 * ```ts
 * SharedState.postgres(stack, { zone: 'production', service: 'my_service' });
 * // terraform { backend "pg" { schema_name = "cdktf_opennebula_production__my_service" } }
 * ```
 */
export class SharedState {
  /**
   * Gives `stack` OpenTofu's `pg` backend: the schema from `zone` + `service`
   * (`cdktf_opennebula_<zone>__<service>`), `schemaName`, or else the stack id
   * (`cdktf_opennebula_<stack id>`). The connection string is never in the synthesized JSON:
   * OpenTofu reads `PG_CONN_STR` at `tofu init`. Throws a DeclarationError for a bad name, a
   * stack that has a backend already, or a schema another stack of the app took.
   */
  public static postgres(stack: TerraformStack, options: PostgresStateOptions = {}): PostgresStateBackend {
    if (!TerraformStack.isStack(stack)) {
      throw new DeclarationError([{ path: 'SharedState', field: 'stack', value: String(stack), allowed: 'a TerraformStack' }]);
    }
    const problems = new Problems(stack.node.path);
    if (!isPlainObject(options)) {
      problems.add('state', options, 'an object of PostgresStateOptions');
      problems.throwIfAny();
    }
    checkNoConnectionString(problems, options);
    for (const key of ['skipSchemaCreation', 'skipTableCreation', 'skipIndexCreation'] as const) problems.boolean(`state.${key}`, options[key]);
    const existing = stack.node.findAll().find((c) => TerraformBackend.isBackend(c));
    if (existing !== undefined) {
      problems.add('state', existing.node.path, 'one backend per stack: this stack has one already');
    }
    problems.merge(schemaProblems(stack, options));
    problems.throwIfAny();
    const schemaName = resolveSchema(stack, options, 'state');
    take(stack, schemaName);
    return new PostgresStateBackend(stack, {
      schemaName,
      skipSchemaCreation: options.skipSchemaCreation,
      skipTableCreation: options.skipTableCreation,
      skipIndexCreation: options.skipIndexCreation,
    });
  }

  /**
   * Gives every stack of `app` declared so far the `pg` backend, each in the schema
   * `cdktf_opennebula_<stack id>` (stack ids: lower case letters, digits and `_`). Call it after
   * declaring the stacks: synthesis fails for a stack declared later without a backend.
   */
  public static postgresForApp(app: App, options: PostgresAppStateOptions = {}): PostgresStateBackend[] {
    const stacks = app.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
    const problems: ValidationProblem[] = [];
    const backends: PostgresStateBackend[] = [];
    for (const stack of stacks) {
      try {
        backends.push(SharedState.postgres(stack, {
          skipSchemaCreation: options.skipSchemaCreation,
          skipTableCreation: options.skipTableCreation,
          skipIndexCreation: options.skipIndexCreation,
        }));
      } catch (error) {
        if (!DeclarationError.isDeclarationError(error)) throw error;
        problems.push(...error.problems);
      }
    }
    if (problems.length > 0) throw new DeclarationError(problems);
    const covered = new Set(stacks.map((s) => s.node.path));
    app.node.addValidation({
      validate: () => app.node.findAll()
        .filter((c): c is TerraformStack => TerraformStack.isStack(c) && !covered.has(c.node.path))
        // cdktf gives a stack without a backend a LocalBackend before this runs.
        .filter((s) => !s.node.findAll().some((c) => TerraformBackend.isBackend(c) && !(c instanceof LocalBackend)))
        .map((s) => `${s.node.path}: declared after SharedState.postgresForApp, so it has no shared state `
          + '(its state would stay on the applying machine): declare it before, or call SharedState.postgres(stack)'),
    });
    return backends;
  }

  /**
   * Reads the outputs of another stack (its members, its HAProxy backend) from its state in
   * PostgreSQL, by `zone` + `service` or `schemaName`: `remote.getString('my_service_haproxy_backend')`.
   */
  public static remoteState(scope: Construct, id: string, options: PostgresRemoteStateOptions): PostgresRemoteState {
    return new PostgresRemoteState(scope, id, options);
  }

  /**
   * The schema of the stack of `service` in `zone`: `cdktf_opennebula_<zone>__<service>`. The
   * double `_` keeps the name unambiguous (zone names may hold single `_`).
   */
  public static schemaName(zone: string, service: string): string {
    const problems = new Problems('SharedState');
    problems.merge(zoneServiceProblems('SharedState', 'state', zone, service));
    problems.throwIfAny();
    return `${STATE_SCHEMA_PREFIX}${zone}__${service}`;
  }

  private constructor() {}
}

function checkNoConnectionString(problems: Problems, options: unknown): void {
  if (!isPlainObject(options)) return;
  for (const key of CONNECTION_KEYS) {
    if (key in options) problems.add(`state.${key}`, '(a connection string, not shown)', CONNECTION_RULE);
  }
}

function checkSchemaName(problems: Problems, field: string, value: unknown): void {
  const ok = typeof value === 'string' && SCHEMA_NAME.test(value) && !value.startsWith('pg_') && !RESERVED_SCHEMAS.has(value);
  problems.check(ok, field, value, SCHEMA_RULE);
}

function zoneServiceProblems(path: string, prefix: string, zone: unknown, service: unknown): ValidationProblem[] {
  const problems = new Problems(path);
  const zoneOk = typeof zone === 'string' && ZONE_NAME.test(zone) && !zone.includes('__') && !zone.endsWith('_');
  problems.check(zoneOk, `${prefix}.zone`, zone, ZONE_RULE);
  problems.check(typeof service === 'string' && SERVICE_NAME.test(service), `${prefix}.service`, service, SERVICE_RULE);
  if (zoneOk && typeof service === 'string' && SERVICE_NAME.test(service)) {
    const name = `${STATE_SCHEMA_PREFIX}${zone}__${service}`;
    problems.check(name.length <= POSTGRES_IDENTIFIER_MAX, `${prefix}.zone + ${prefix}.service`, name,
      `a schema name of at most ${POSTGRES_IDENTIFIER_MAX} characters (PostgreSQL truncates longer names, so two stacks could share one): `
      + `zone and service together at most ${POSTGRES_IDENTIFIER_MAX - STATE_SCHEMA_PREFIX.length - 2} characters, or give schemaName`);
  }
  return problems.all;
}

function schemaProblems(stack: TerraformStack, options: PostgresStateOptions | PostgresRemoteStateOptions, prefix = 'state'): ValidationProblem[] {
  const problems = new Problems(stack.node.path);
  const { zone, service, schemaName } = options;
  if (schemaName !== undefined) {
    problems.check(zone === undefined && service === undefined, `${prefix}.schemaName`, schemaName, 'either schemaName or zone + service, not both');
    checkSchemaName(problems, `${prefix}.schemaName`, schemaName);
  } else if (zone !== undefined || service !== undefined) {
    if (zone === undefined) problems.add(`${prefix}.zone`, zone, `${ZONE_RULE} (required with service)`);
    else if (service === undefined) problems.add(`${prefix}.service`, service, `${SERVICE_RULE} (required with zone)`);
    else problems.merge(zoneServiceProblems(stack.node.path, prefix, zone, service));
  } else if (prefix === 'state') {
    const id = stack.node.id;
    const name = `${STATE_SCHEMA_PREFIX}${id}`;
    problems.check(STACK_ID.test(id) && name.length <= POSTGRES_IDENTIFIER_MAX, 'stack id', id,
      `without zone + service or schemaName, the schema is ${STATE_SCHEMA_PREFIX}<stack id>: a stack id of lower case letters, digits and "_", `
      + `starting with a letter, at most ${POSTGRES_IDENTIFIER_MAX - STATE_SCHEMA_PREFIX.length} characters`);
  } else {
    problems.add(`${prefix}.schemaName`, undefined, 'zone + service or schemaName: which stack\'s state to read');
  }
  return problems.all;
}

function resolveSchema(stack: TerraformStack, options: PostgresStateOptions | PostgresRemoteStateOptions, prefix: string): string {
  if (!isPlainObject(options)) {
    throw new DeclarationError([{ path: stack.node.path, field: prefix, value: String(options), allowed: 'an object' }]);
  }
  const problems = new Problems(stack.node.path);
  problems.merge(schemaProblems(stack, options, prefix));
  problems.throwIfAny();
  const { zone, service, schemaName } = options as PostgresStateOptions;
  if (schemaName !== undefined) return schemaName;
  if (zone !== undefined) return `${STATE_SCHEMA_PREFIX}${zone}__${service}`;
  return `${STATE_SCHEMA_PREFIX}${stack.node.id}`;
}

function take(stack: TerraformStack, schemaName: string): void {
  const root = stack.node.root;
  let taken = TAKEN.get(root);
  if (taken === undefined) {
    taken = new Map();
    TAKEN.set(root, taken);
  }
  const holder = taken.get(schemaName);
  if (holder !== undefined && holder !== stack.node.path) {
    throw new DeclarationError([{
      path: stack.node.path,
      field: 'state.schemaName',
      value: JSON.stringify(schemaName),
      allowed: `a schema of its own: stack ${holder} keeps its state there already (two stacks in one state would destroy each other's resources)`,
    }]);
  }
  taken.set(schemaName, stack.node.path);
}
