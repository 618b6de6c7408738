/**
 * The catalog's shared state (`state:` of the platform file): with `state: { backend: pg }` every
 * service of every zone is a stack of its own, `<zone>__<service>`, whose state is the PostgreSQL
 * schema `cdktf_opennebula_<zone>__<service>` (SharedState.postgres, docs/state.md). The
 * connection string is never in the catalog: OpenTofu reads PG_CONN_STR at `tofu init`.
 */
import { TerraformStack } from 'cdktf';
import type { Node } from 'yaml';
import { CatalogFile, CatalogProblem, YamlPath } from './source';
import { yaml } from './yaml';
import { DeclarationError } from '../core/validation';
import { SharedState } from '../state/shared-state';

/** The `state` mapping of the platform file, as its schema allows it. */
export interface CatalogState {
  readonly backend: 'pg';
  readonly skipSchemaCreation?: boolean;
  readonly skipTableCreation?: boolean;
  readonly skipIndexCreation?: boolean;
}

/** Keys that would hold a connection string: refused with their own explanation, the value never shown. */
const CONNECTION_KEYS = ['connStr', 'conn_str', 'connectionString', 'connection', 'url', 'password'];
const CONNECTION_RULE = 'nothing: the connection string is never written in the catalog; OpenTofu reads it from PG_CONN_STR (or the libpq PG* variables) at `tofu init`';
/** A PostgreSQL URL or key/value connection string (with a password) in any value of a problem. */
const CONNECTION_STRING = /postgres(?:ql)?:\/\/|\bpassword\s*=/i;
const HIDDEN = '(a connection string, not shown)';

/** The stack of one service in one zone when the catalog has shared state: `<zone>__<service>`. */
export function catalogStackId(zone: string, service: string): string {
  return `${zone}__${service}`;
}

/**
 * Replaces the schema checker's "unknown key" problem for a connection key under `state` by one
 * that says where the connection string comes from. Run on the platform file after its schema check.
 */
export function explainConnectionKeys(platform: CatalogFile): void {
  platform.problems.forEach((problem, i) => {
    const key = /^state\.(\w+)$/.exec(problem.field)?.[1];
    if (key !== undefined && CONNECTION_KEYS.includes(key)) {
      platform.problems[i] = { ...problem, value: HIDDEN, allowed: CONNECTION_RULE };
    }
  });
}

/** A problem whose value looks like a connection string shows a placeholder instead: errors end up in CI logs. */
export function hideConnectionStrings(problem: CatalogProblem): CatalogProblem {
  return CONNECTION_STRING.test(problem.value) ? { ...problem, value: HIDDEN } : problem;
}

/**
 * Gives the stack of `service` in `zoneName` the pg backend in `cdktf_opennebula_<zone>__<service>`.
 * A name SharedState refuses (a zone with `__` or a trailing `_`, zone and service too long for a
 * PostgreSQL identifier) becomes a problem at the zone in the platform file or at the service.
 */
export function declareState(stack: TerraformStack, state: CatalogState, platform: CatalogFile, zoneName: string,
  service: string, file: CatalogFile, at: YamlPath): void {
  try {
    SharedState.postgres(stack, {
      zone: zoneName,
      service,
      skipSchemaCreation: state.skipSchemaCreation,
      skipTableCreation: state.skipTableCreation,
      skipIndexCreation: state.skipIndexCreation,
    });
  } catch (e) {
    if (!DeclarationError.isDeclarationError(e)) throw e;
    for (const problem of e.problems) {
      // The catalog names no schema verbatim: SharedState's "or give schemaName" does not apply here.
      const allowed = `${problem.allowed.replace(/, or give schemaName$/, '')} (with state: { backend: pg } the stack's state is the PostgreSQL schema cdktf_opennebula_<zone>__<service>)`;
      if (problem.field === 'state.zone') {
        const zones = platform.nodeAt(['zones']);
        const { isMap, isScalar } = yaml();
        const key = isMap(zones) ? zones.items.find((pair) => isScalar(pair.key) && pair.key.value === zoneName)?.key as Node | undefined : undefined;
        platform.addAt(['zones', zoneName], key ?? zones, JSON.stringify(zoneName), allowed);
      } else {
        file.addAt([...at, 'service'], file.nodeAt([...at, 'service']), problem.value, allowed);
      }
    }
  }
}
