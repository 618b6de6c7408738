import { Annotations, Aspects, IAspect, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { POLICY_CHECKS_BRAND } from './bridge';
import { HaPolicyContext, HaPolicyFinding, HaPolicyLevel, IHaPolicyRule } from './rule';
import { BUILT_IN_RULE_IDS, HaSizeLimits, builtInRules } from './rules';
import { DeclarationError, Problems, ValidationProblem, isPlainObject, isPrototypeName } from '../core/validation';
import { HaService } from '../service/ha-service';

export interface HaPolicyChecksProps {
  /**
   * Hosts in the cluster of each datacenter, by `<zone>/<datacenter>` (e.g.
   * `{ 'production/dc1': 3 }`): `ha-hosts-capacity` refuses more instances of a service in a
   * datacenter than its cluster has hosts (anti-affinity puts one per host). Datacenters not
   * listed are not checked.
   * @default - no host counts: ha-hosts-capacity checks nothing
   */
  readonly hostsPerDatacenter?: { [zoneAndDatacenter: string]: number };

  /**
   * The range every service's VM size must lie in (`ha-size-range`).
   * @default - no limits: ha-size-range checks nothing
   */
  readonly sizeLimits?: HaSizeLimits;

  /**
   * Tag keys that name who owns a service; `ha-owner-tag` wants at least one of them, not blank.
   * @default ['owner', 'team']
   */
  readonly ownerTagKeys?: string[];

  /**
   * Level of a rule's findings, by rule id, instead of the rule's own (e.g.
   * `{ 'ha-owner-tag': HaPolicyLevel.ERROR }`).
   * @default - each rule's own level (docs/policy.md)
   */
  readonly levels?: { [ruleId: string]: HaPolicyLevel };

  /**
   * The platform's own rules, run after the built-in ones (see IHaPolicyRule).
   * @default - none
   */
  readonly rules?: IHaPolicyRule[];
}

/** One finding of a check, as reported. */
export interface HaPolicyReportEntry {
  /** The rule that found it. */
  readonly ruleId: string;
  /** Its level after overrides. */
  readonly level: HaPolicyLevel;
  /** Construct path of the service. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /**
   * The suppression that silences it: `<construct path>: <reason>`.
   * @default - not suppressed
   */
  readonly suppressedBy?: string;
}

/** A suppression of a rule on a construct and everything under it. */
export interface HaPolicySuppression {
  /** The rule suppressed. */
  readonly ruleId: string;
  /** Why, for reviewers. */
  readonly reason: string;
  /** Construct path of the construct it was declared on. */
  readonly path: string;
}

const SUPPRESSION = 'cdktf-opennebula:policy-suppression';
const RULE_ID = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
const ZONE_AND_DATACENTER = /^[a-z][a-z0-9_]{0,31}\/[a-z][a-z0-9]{0,11}$/;
const TAG_KEY = /^[a-z][a-z0-9_]{0,63}$/;
/** The shortest reason a suppression accepts: a word or two is not a reason. */
const MIN_REASON_LENGTH = 10;
const LEVELS: string[] = Object.values(HaPolicyLevel);
const HOW_TO_SUPPRESS = 'HaPolicyChecks.suppress(construct, \'<rule id>\', \'<reason>\')';

/** Thrown at synthesis when a rule at level error finds anything: every error of the app at once. */
export class HaPolicyError extends DeclarationError {
  /** Every finding at level error, suppressed ones left out. */
  public readonly findings: HaPolicyReportEntry[];

  constructor(findings: HaPolicyReportEntry[]) {
    super(findings.map((f): ValidationProblem => ({ path: f.path, field: `policy ${f.ruleId}`, value: f.message, allowed: f.fix })));
    this.name = 'HaPolicyError';
    this.findings = findings;
    this.message = `${findings.length} policy error${findings.length === 1 ? '' : 's'}:\n`
      + findings.map((f) => `  - ${describe(f)}`).join('\n')
      + `\nFix each, or accept one with ${HOW_TO_SUPPRESS} (levels: ${'{'} '<rule id>': HaPolicyLevel.WARNING ${'}'} lowers a rule for the whole app).`;
  }
}

function describe(f: HaPolicyReportEntry): string {
  return `[${f.ruleId}] ${f.path}: ${f.message}. Fix: ${f.fix}`;
}

/**
 * Policy checks over every HaService, as an Aspect, in the manner of cdk-nag:
 * `Aspects.of(app).add(new HaPolicyChecks({ hostsPerDatacenter: { 'production/dc1': 3 } }))`.
 *
 * At synthesis every rule runs on every service under the construct the checks were added to
 * (the whole app: rules across stacks see all of it). Findings at level error fail synthesis
 * together, in one HaPolicyError listing each with its construct path and fix; findings at level
 * warning become warning annotations on the service; suppressed findings and the suppressions
 * become info annotations. Nothing is added to the synthesized Terraform JSON.
 */
export class HaPolicyChecks implements IAspect {
  /**
   * Accepts the findings of rule `ruleId` on `construct` and everything under it (a service, a
   * stack, the app). The reason is required (at least 10 characters): it is listed in the synth
   * output next to every finding it silences.
   */
  public static suppress(construct: IConstruct, ruleId: string, reason: string): void {
    const path = construct?.node?.path ?? String(construct);
    const problems = new Problems(`${path || '(app)'} (HaPolicyChecks.suppress)`);
    problems.check(typeof construct?.node?.addMetadata === 'function', 'construct', construct === undefined ? undefined : path, 'a construct');
    problems.check(typeof ruleId === 'string' && RULE_ID.test(ruleId), 'ruleId', ruleId, 'a rule id such as ha-owner-tag');
    problems.check(typeof reason === 'string' && reason.trim().length >= MIN_REASON_LENGTH, 'reason', reason,
      `why the rule does not apply here, at least ${MIN_REASON_LENGTH} characters: a suppression without a reason is refused`);
    problems.throwIfAny();
    construct.node.addMetadata(SUPPRESSION, { ruleId, reason: reason.trim() });
  }

  /** The suppressions declared on `construct` itself (not those of its scopes). */
  public static suppressionsOf(construct: IConstruct): HaPolicySuppression[] {
    return construct.node.metadata.filter((m) => m.type === SUPPRESSION)
      .map((m) => ({ ruleId: m.data.ruleId, reason: m.data.reason, path: construct.node.path }));
  }

  /** Every rule, built-in first, then the platform's own. */
  public readonly rules: IHaPolicyRule[];

  private readonly levels: { [ruleId: string]: HaPolicyLevel };
  private readonly checked = new WeakSet<IConstruct>();

  constructor(props: HaPolicyChecksProps = {}) {
    const problems = new Problems('HaPolicyChecks');
    if (!isPlainObject(props)) {
      problems.add('props', props, 'an object of HaPolicyChecksProps');
      problems.throwIfAny();
    }
    const hosts = validateHosts(problems, props.hostsPerDatacenter);
    validateSizeLimits(problems, props.sizeLimits);
    const ownerTagKeys = props.ownerTagKeys ?? ['owner', 'team'];
    if (problems.array('ownerTagKeys', ownerTagKeys, 'a list of tag keys')) {
      problems.check(ownerTagKeys.length > 0, 'ownerTagKeys', ownerTagKeys, 'at least one tag key');
      ownerTagKeys.forEach((key, i) => problems.check(typeof key === 'string' && TAG_KEY.test(key), `ownerTagKeys[${i}]`, key,
        'a lower-case tag key of letters, digits and "_"'));
    }
    const custom = problems.array('rules', props.rules, 'a list of IHaPolicyRule') ? props.rules! : [];
    custom.forEach((r, i) => {
      const ok = typeof r === 'object' && r !== null;
      problems.check(ok && typeof r.id === 'string' && RULE_ID.test(r.id), `rules[${i}].id`, ok ? r.id : r,
        'letters, digits and "-", starting with a letter, at most 64 characters');
      problems.check(ok && LEVELS.includes(r.level), `rules[${i}].level`, ok ? r.level : r, `one of ${LEVELS.join(', ')}`);
      problems.check(ok && typeof r.check === 'function', `rules[${i}].check`, ok ? typeof r.check : r, 'a method check(service, context)');
    });
    this.rules = [
      ...builtInRules({ hostsPerDatacenter: hosts, sizeLimits: props.sizeLimits, ownerTagKeys: Array.isArray(ownerTagKeys) ? ownerTagKeys : [] }),
      ...custom,
    ];
    const seen = new Set<string>();
    this.rules.forEach((r, i) => {
      if (seen.has(r?.id)) problems.add(`rules[${i - BUILT_IN_RULE_IDS.length}].id`, r.id, 'an id no other rule has (built-in ids start with ha-)');
      seen.add(r?.id);
    });
    this.levels = {};
    if (problems.object('levels', props.levels, 'an object of rule ids to HaPolicyLevel')) {
      for (const [id, level] of Object.entries(props.levels!)) {
        problems.check(seen.has(id) && !isPrototypeName(id), `levels.${id}`, id, `the id of a rule (${[...seen].join(', ')})`);
        problems.check(LEVELS.includes(level), `levels.${id}`, level, `one of ${LEVELS.join(', ')}`);
        this.levels[id] = level;
      }
    }
    problems.throwIfAny();
    Object.defineProperty(this, POLICY_CHECKS_BRAND, { value: true });
  }

  /** The level of a rule's findings, after `levels`. */
  public levelOf(ruleId: string): HaPolicyLevel {
    const rule = this.rules.find((r) => r.id === ruleId);
    if (!rule) throw new DeclarationError([{ path: 'HaPolicyChecks', field: 'ruleId', value: JSON.stringify(ruleId), allowed: `the id of a rule (${this.rules.map((r) => r.id).join(', ')})` }]);
    return Object.prototype.hasOwnProperty.call(this.levels, ruleId) ? this.levels[ruleId] : rule.level;
  }

  /**
   * Runs every rule on every service under `scope` and returns the findings, suppressed ones
   * included (with `suppressedBy`), without annotating or throwing: for tools and tests.
   */
  public evaluate(scope: IConstruct): HaPolicyReportEntry[] {
    const services = scope.node.findAll().filter((c): c is HaService => c instanceof HaService);
    const context: HaPolicyContext = { services };
    const entries: HaPolicyReportEntry[] = [];
    for (const service of services) {
      const suppressions = service.node.scopes.flatMap((s) => HaPolicyChecks.suppressionsOf(s));
      for (const rule of this.rules) {
        const found: HaPolicyFinding[] = rule.check(service, context) ?? [];
        const suppression = suppressions.find((s) => s.ruleId === rule.id);
        for (const finding of found) {
          entries.push({
            ruleId: rule.id,
            level: this.levelOf(rule.id),
            path: service.node.path,
            message: String(finding.message),
            fix: String(finding.fix),
            suppressedBy: suppression ? `${suppression.path || '(app)'}: ${suppression.reason}` : undefined,
          });
        }
      }
    }
    return entries;
  }

  /**
   * Checks the scope the checks were added to, once, at the first construct cdktf visits:
   * throws a HaPolicyError listing every unsuppressed error, annotates the rest.
   */
  public visit(node: IConstruct): void {
    const scope = this.scopeOf(node);
    if (this.checked.has(scope)) return;
    this.checked.add(scope);
    const entries = this.evaluate(scope);
    const errors = entries.filter((e) => e.level === HaPolicyLevel.ERROR && e.suppressedBy === undefined);
    if (errors.length > 0) throw new HaPolicyError(errors);
    const byPath = new Map(scope.node.findAll().map((c) => [c.node.path, c]));
    for (const entry of entries) {
      const annotations = Annotations.of(byPath.get(entry.path)!);
      if (entry.suppressedBy !== undefined) {
        annotations.addInfo(`[${entry.ruleId}] suppressed by ${entry.suppressedBy} (finding: ${entry.message})`);
      } else {
        annotations.addWarning(describe(entry));
      }
    }
    this.annotateUnusedSuppressions(scope, entries);
  }

  /** Lists, on the construct carrying it, every suppression that silenced nothing. */
  private annotateUnusedSuppressions(scope: IConstruct, entries: HaPolicyReportEntry[]): void {
    const ids = new Set(this.rules.map((r) => r.id));
    for (const construct of [...scope.node.scopes.slice(0, -1), ...scope.node.findAll()]) {
      for (const s of HaPolicyChecks.suppressionsOf(construct)) {
        const used = entries.some((e) => e.ruleId === s.ruleId && e.suppressedBy === `${s.path || '(app)'}: ${s.reason}`);
        if (used) continue;
        if (!ids.has(s.ruleId)) {
          Annotations.of(construct).addWarning(`[policy] suppression of "${s.ruleId}" suppresses nothing: no rule has that id (${[...ids].join(', ')})`);
        } else {
          Annotations.of(construct).addInfo(`[${s.ruleId}] suppressed here, no finding to silence: ${s.reason}`);
        }
      }
    }
  }

  /** The construct the checks were added to: the highest scope of `node` holding them. */
  private scopeOf(node: IConstruct): IConstruct {
    return node.node.scopes.find((s) => Aspects.of(s).all.includes(this)) ?? node;
  }
}

function validateHosts(problems: Problems, hosts: { [key: string]: number } | undefined): { [key: string]: number } {
  if (!problems.object('hostsPerDatacenter', hosts, 'an object of "<zone>/<datacenter>" to host counts')) return {};
  const valid: { [key: string]: number } = {};
  for (const [key, count] of Object.entries(hosts!)) {
    problems.check(ZONE_AND_DATACENTER.test(key), `hostsPerDatacenter["${key}"]`, key, '"<zone>/<datacenter>", e.g. "production/dc1"');
    problems.integer(`hostsPerDatacenter["${key}"]`, count, 0, 100_000, { literal: true });
    if (count === undefined) problems.add(`hostsPerDatacenter["${key}"]`, count, 'a literal integer from 0 to 100000');
    valid[key] = count;
  }
  return valid;
}

function validateSizeLimits(problems: Problems, limits: HaSizeLimits | undefined): void {
  if (!problems.object('sizeLimits', limits, 'an object of HaSizeLimits')) return;
  const pairs: Array<[keyof HaSizeLimits, keyof HaSizeLimits]> = [
    ['minCpu', 'maxCpu'], ['minVcpu', 'maxVcpu'], ['minMemoryMb', 'maxMemoryMb'], ['minDiskMb', 'maxDiskMb'],
  ];
  for (const [minKey, maxKey] of pairs) {
    const min = limits![minKey];
    const max = limits![maxKey];
    for (const [key, value] of [[minKey, min], [maxKey, max]] as const) {
      problems.check(value === undefined || (typeof value === 'number' && !Token.isUnresolved(value) && Number.isFinite(value) && value >= 0),
        `sizeLimits.${key}`, value, 'a literal number, 0 or more');
    }
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      problems.add(`sizeLimits.${minKey}`, min, `at most sizeLimits.${maxKey} (${max})`);
    }
  }
  for (const key of Object.keys(limits!)) {
    problems.check(pairs.some(([a, b]) => a === key || b === key), `sizeLimits.${key}`, key, 'one of minCpu, maxCpu, minVcpu, maxVcpu, minMemoryMb, maxMemoryMb, minDiskMb, maxDiskMb');
  }
}
