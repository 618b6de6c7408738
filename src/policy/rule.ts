import type { HaService } from '../service/ha-service';

/** What a finding of a policy rule does to synthesis. */
export enum HaPolicyLevel {
  /** Synthesis fails; every error of the app is listed in one HaPolicyError. */
  ERROR = 'error',
  /** Synthesis goes on; the finding is a warning annotation on the service, shown by `cdktf synth`. */
  WARNING = 'warning',
}

/** One way a service breaks a rule. */
export interface HaPolicyFinding {
  /**
   * What is wrong, in the declaration's terms (the construct path is added in front), e.g.
   * `dc1 holds 3 instances, its cluster has 2 hosts: ...`.
   */
  readonly message: string;
  /** How to fix it, e.g. `add hosts to cluster 100 or set instancesPerDatacenter.dc1 to at most 2`. */
  readonly fix: string;
}

/** What a rule sees besides the service it checks. */
export interface HaPolicyContext {
  /**
   * Every service under the construct the checks were added to (the whole app for
   * `Aspects.of(app)`), in construct-tree order: for rules across services and stacks.
   */
  readonly services: HaService[];
}

/**
 * A policy rule: platform teams write their own and pass them in `HaPolicyChecksProps.rules`.
 * A rule reads the service's public model (`service.plan`, `service.deployments`,
 * `service.serviceName`, and the declared `service.haproxy`, `service.puppet` and
 * `service.rollout`), never the synthesized JSON, and returns one finding per problem
 * (none when the service complies). Levels, overrides and suppressions are handled by
 * `HaPolicyChecks`, not by the rule.
 */
export interface IHaPolicyRule {
  /**
   * Identifier used in messages, `levels` overrides and suppressions: letters, digits and `-`,
   * starting with a letter, at most 64 characters, unique among the rules of one HaPolicyChecks.
   * Prefix your own, e.g. `acme-cost-center-tag`.
   */
  readonly id: string;
  /** What the rule checks, in one sentence (listed by docs and tools). */
  readonly description: string;
  /** Level of its findings unless `HaPolicyChecksProps.levels` overrides it. */
  readonly level: HaPolicyLevel;
  /** The findings on one service: an empty list when it complies. */
  check(service: HaService, context: HaPolicyContext): HaPolicyFinding[];
}
