/**
 * The catalog's policy: the `policy:` section of the platform file configures one HaPolicyChecks
 * over every stack the catalog makes, and a service file exempts its service from a rule with
 * `suppressions: [{ rule, reason }]` (docs/catalog.md, docs/policy.md).
 */
import type { Node } from 'yaml';
import { CatalogFile, YamlPath } from './source';
import { yaml } from './yaml';
import { HaPolicyChecks, HaPolicyChecksProps } from '../policy/checks';
import { HaPolicyLevel } from '../policy/rule';
import { BUILT_IN_RULE_IDS, HaSizeLimits } from '../policy/rules';
import { HaService } from '../service/ha-service';

/** The `policy` mapping of the platform file, as its schema allows it. */
export interface CatalogPolicy {
  readonly levels?: { readonly [ruleId: string]: string };
  readonly hostsPerDatacenter?: { readonly [zoneAndDatacenter: string]: number };
  readonly sizeLimits?: HaSizeLimits;
  readonly ownerTagKeys?: string[];
}

/** One entry of a service's `suppressions`. */
export interface CatalogSuppression {
  readonly rule: string;
  readonly reason: string;
}

/** A service entry with its suppressions, and where it was read. */
export interface SuppressingEntry {
  readonly file: CatalogFile;
  readonly at: YamlPath;
  readonly entry: { readonly suppressions?: CatalogSuppression[] };
}

const LEVELS: { [level: string]: HaPolicyLevel } = { error: HaPolicyLevel.ERROR, warning: HaPolicyLevel.WARNING };
const BUILT_IN: readonly string[] = BUILT_IN_RULE_IDS;
/** As HaPolicyChecks.suppress wants it. */
const MIN_REASON_LENGTH = 10;

/**
 * References the schema cannot check: `policy.hostsPerDatacenter` names zones and datacenters of
 * the platform file, and a suppressed rule whose id starts with `ha-` (the built-in prefix) is a
 * built-in rule; other ids are the platform's own rules, added in TypeScript.
 */
export function checkPolicyReferences(platform: CatalogFile, zones: { [zone: string]: { datacenters: { [dc: string]: unknown } } },
  policy: CatalogPolicy | undefined, declared: SuppressingEntry[]): void {
  for (const key of Object.keys(policy?.hostsPerDatacenter ?? {})) {
    const [zone, dc] = key.split('/');
    const at: YamlPath = ['policy', 'hostsPerDatacenter', key];
    if (!Object.prototype.hasOwnProperty.call(zones, zone)) {
      platform.addAt(at, keyNode(platform, at), JSON.stringify(key), `"<zone>/<datacenter>" with a zone of this file (${Object.keys(zones).join(', ')})`);
    } else if (!Object.prototype.hasOwnProperty.call(zones[zone].datacenters, dc)) {
      platform.addAt(at, keyNode(platform, at), JSON.stringify(key),
        `"<zone>/<datacenter>" with a datacenter of zone ${zone} (${Object.keys(zones[zone].datacenters).join(', ') || 'none'})`);
    }
  }
  for (const { file, at, entry } of declared) {
    (entry.suppressions ?? []).forEach((s, i) => {
      if (s.rule.startsWith('ha-') && !BUILT_IN.includes(s.rule)) {
        const ruleAt = [...at, 'suppressions', i, 'rule'];
        file.addAt(ruleAt, file.nodeAt(ruleAt), JSON.stringify(s.rule),
          `a built-in rule (${BUILT_IN.join(', ')}), or one of the platform's own rules (an id not starting with ha-)`);
      }
      if (s.reason.trim().length < MIN_REASON_LENGTH) {
        const reasonAt = [...at, 'suppressions', i, 'reason'];
        file.addAt(reasonAt, file.nodeAt(reasonAt), JSON.stringify(s.reason),
          `why the rule does not apply to this service, at least ${MIN_REASON_LENGTH} characters besides blanks: a suppression without a reason is refused`);
      }
    });
  }
}

/**
 * The HaPolicyChecks the platform file's `policy` declares; what HaPolicyChecks refuses becomes
 * problems of the platform file at the YAML node of the field.
 */
export function policyChecks(platform: CatalogFile, policy: CatalogPolicy): HaPolicyChecks | undefined {
  const props: HaPolicyChecksProps = {
    hostsPerDatacenter: policy.hostsPerDatacenter,
    sizeLimits: policy.sizeLimits,
    ownerTagKeys: policy.ownerTagKeys,
    levels: policy.levels === undefined ? undefined
      : Object.fromEntries(Object.entries(policy.levels).map(([id, level]) => [id, LEVELS[level]])),
  };
  return platform.report(['policy'], () => new HaPolicyChecks(props), policyFieldPath);
}

/** `HaPolicyChecks.suppress` for each of a service's suppressions; a refusal is a problem at the entry. */
export function applySuppressions(file: CatalogFile, at: YamlPath, service: HaService, suppressions: CatalogSuppression[] | undefined): void {
  (suppressions ?? []).forEach((s, i) => {
    file.report([...at, 'suppressions', i], () => HaPolicyChecks.suppress(service, s.rule, s.reason), policyFieldPath);
  });
}

/** A field of HaPolicyChecks (`sizeLimits.minCpu`, `hostsPerDatacenter["production/dc1"]`, `ruleId`) as a YAML path. */
function policyFieldPath(field: string): YamlPath {
  if (field === 'ruleId') return ['rule'];
  const path: YamlPath = [];
  for (const m of field.matchAll(/([^.[\]"]+)|\["([^"]*)"\]|\[(\d+)\]/g)) {
    if (m[1] !== undefined) path.push(m[1]);
    else if (m[2] !== undefined) path.push(m[2]);
    else path.push(Number(m[3]));
  }
  return path;
}

/** The key node of the pair at `at` (a mapping key is where its typo is). */
function keyNode(file: CatalogFile, at: YamlPath): Node | undefined {
  const parent = file.nodeAt(at.slice(0, -1));
  const pair = yaml().isMap(parent) ? parent.items.find((p) => yaml().isScalar(p.key) && p.key.value === at[at.length - 1]) : undefined;
  return (pair?.key as Node | undefined) ?? file.nodeAt(at);
}
