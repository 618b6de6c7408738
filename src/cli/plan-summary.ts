/**
 * Markdown summary of an OpenTofu/Terraform plan (`tofu show -json <planfile>`), grouped by
 * zone, service and datacenter, for pull-request comments.
 *
 * - The input is checked first: anything that is not the JSON form of a plan (a state, a
 *   configuration, a value of the wrong type, nesting deeper than `MAX_DEPTH`) is refused with a
 *   `PlanInputError` that says what was found, never summarized as "No changes".
 * - For every service and datacenter with VM changes, the summary says how many VMs exist before
 *   the apply, how many stay up throughout it, and how many exist after it; datacenters and
 *   services that the apply can leave with no VM up are flagged at the very top.
 * - Every value taken from the plan (names, addresses, tag values, attribute values) is printed
 *   as plain identifier text or as a code span, so that none can inject Markdown or HTML into a
 *   pull-request comment.
 * - Time and memory are linear in the size of the plan (apart from sorting names).
 */

const VM_TYPE = 'opennebula_virtual_machine';
/** The type of the rollout's readiness and retire gates (left out of the summary). */
const GATE_TYPE = 'terraform_data';
/** Changing one of these on a VM powers it off, resizes it and resumes it (provider 1.5.0). */
const POWER_CYCLE_ATTRIBUTES = new Set(['cpu', 'vcpu', 'memory']);

/** Largest input `parsePlan` accepts, in bytes (UTF-8): 256 MiB. */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted. Plans of real configurations stay under 40. */
const MAX_DEPTH = 512;
/** Values longer than this (in characters) are shortened in the summary. */
const MAX_VALUE_CHARS = 200;

type Category = 'create' | 'update' | 'replace' | 'destroy' | 'forget';
const CATEGORIES: Category[] = ['create', 'update', 'replace', 'destroy', 'forget'];
const VERB: { [c in Category]: string } = {
  create: 'create', update: 'update in place', replace: 'replace', destroy: 'destroy', forget: 'forget (remove from state only)',
};

/** The action lists a plan can hold (Terraform 1.x and OpenTofu 1.x `change.actions`). */
const KNOWN_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'delete,create', 'create,delete', 'forget', 'create,forget']);

/** The result of `analyzePlan`. */
export interface PlanAnalysis {
  /** The Markdown summary, ending with a newline. */
  readonly markdown: string;
  /**
   * How many warnings the summary starts with: services or datacenters with no VM up during the
   * apply, VMs destroyed or replaced, an errored plan.
   */
  readonly warnings: number;
}

/** Input that is not the JSON form of a plan this summary understands. */
class PlanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanInputError';
  }
}

/** A plan whose parts do not have the shape `tofu show -json` gives them. */
function malformed(message: string): PlanInputError {
  return new PlanInputError(`malformed plan: ${message}`);
}

/** True when `e` was thrown because the input is not a plan (as opposed to a bug). */
export function isPlanInputError(e: unknown): boolean {
  return e instanceof PlanInputError;
}

/**
 * Parses the text of `tofu show -json <planfile>`. `analyzePlan` and `summarizePlan` then check
 * that it is a plan.
 *
 * @throws an error recognized by `isPlanInputError` when the text is over `maxBytes` or not JSON
 */
export function parsePlan(text: string, maxBytes: number = MAX_INPUT_BYTES): { [key: string]: any } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new PlanInputError(tooLarge(maxBytes, bytes));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PlanInputError(`not JSON (${(e as Error).message}); expected the output of \`tofu show -json <planfile>\``);
  }
  return value as { [key: string]: any };
}

/** The message for input over the size limit; `bytes` is its size when known. */
export function tooLarge(maxBytes: number, bytes?: number): string {
  const mib = (n: number) => n < 1024 * 1024 ? `${n} bytes` : `${Number.isInteger(n / (1024 * 1024)) ? n / (1024 * 1024) : (n / (1024 * 1024)).toFixed(1)} MiB`;
  return `input too large (${bytes !== undefined ? mib(bytes) : `more than ${mib(maxBytes)}`}): the limit is ${mib(maxBytes)}`;
}

/**
 * Summarizes the JSON form of a plan (`tofu show -json plan.tfplan`) as Markdown.
 *
 * Changes are grouped by zone (the provider configuration's alias, else the resource's `zone`
 * tag), by service (the `service` tag, else the module) and by datacenter (the `datacenter`
 * tag). Services and datacenters that can have no VM up during the apply come first, in
 * `> [!CAUTION]` and `> [!WARNING]` blocks; then VM destroys and replacements in a
 * `> **Warning**` block, and in-place VM updates that power-cycle a VM (cpu, vcpu, memory) in a
 * `> **Note**` block.
 *
 * @param planJson the parsed output of `tofu show -json <planfile>`
 * @returns the Markdown text, ending with a newline
 * @throws when `planJson` is not a plan (see `isPlanInputError`)
 */
export function summarizePlan(planJson: { [key: string]: any }): string {
  return analyzePlan(planJson).markdown;
}

/**
 * The plan summary as a class, for jsii languages (jsii does not export free functions).
 */
export class PlanSummary {
  /** Largest input the command line reads, in bytes (256 MiB). */
  public static readonly MAX_INPUT_BYTES = MAX_INPUT_BYTES;
  /** Deepest nesting of JSON arrays and objects accepted (512 levels). */
  public static readonly MAX_DEPTH = MAX_DEPTH;

  /**
   * Markdown summary of a plan in JSON form (the same as `summarizePlan`).
   *
   * @param planJson the parsed output of `tofu show -json <planfile>`
   */
  public static summarize(planJson: { [key: string]: any }): string {
    return summarizePlan(planJson);
  }

  private constructor() {}
}

// ------------------------------------------------------------------------------------------
// Input checks

/**
 * Throws a `PlanInputError` unless `value` has the shape of `tofu show -json <planfile>` output
 * in every part the summary reads.
 */
function validatePlan(value: unknown): void {
  checkDepth(value);
  if (!isObject(value)) {
    throw new PlanInputError(`the JSON is ${describeType(value)}, not an object; expected the output of \`tofu show -json <planfile>\``);
  }
  const plan = value;
  if (!('format_version' in plan)) {
    if ('lineage' in plan || 'serial' in plan) throw new PlanInputError('this is a state file (terraform.tfstate), not a plan; run `tofu plan -out plan.tfplan` and `tofu show -json plan.tfplan`');
    if ('resource' in plan || 'terraform' in plan || 'provider' in plan) throw new PlanInputError('this is a Terraform JSON configuration (such as cdk.tf.json), not a plan; run `tofu plan -out plan.tfplan` and `tofu show -json plan.tfplan`');
    throw new PlanInputError('no `format_version`: this is not the output of `tofu show -json <planfile>`');
  }
  if (typeof plan.format_version !== 'string' || !/^1\.\d+$/.test(plan.format_version)) {
    throw new PlanInputError(`unsupported \`format_version\` ${clip(JSON.stringify(plan.format_version) ?? String(plan.format_version))}: this version reads plan format 1.x`);
  }
  if ('provider_schemas' in plan) throw new PlanInputError('these are provider schemas (`tofu providers schema -json`), not a plan');
  const planKeys = ['resource_changes', 'planned_values', 'output_changes', 'prior_state', 'resource_drift'];
  if (!planKeys.some((k) => k in plan)) {
    if ('values' in plan) throw new PlanInputError('this is the JSON form of a state (`tofu show -json` without a plan file), not a plan; run `tofu show -json plan.tfplan`');
    throw new PlanInputError(`none of ${planKeys.map((k) => `\`${k}\``).join(', ')}: this is not the output of \`tofu show -json <planfile>\``);
  }
  if ('errored' in plan && typeof plan.errored !== 'boolean') throw malformed(`\`errored\` is ${describeType(plan.errored)}, expected true or false`);
  for (const key of ['planned_values', 'prior_state', 'configuration', 'output_changes']) {
    if (key in plan && plan[key] !== null && !isObject(plan[key])) throw malformed(`\`${key}\` is ${describeType(plan[key])}, expected an object`);
  }
  if ('resource_changes' in plan && !Array.isArray(plan.resource_changes)) {
    throw malformed(`\`resource_changes\` is ${describeType(plan.resource_changes)}, expected an array`);
  }
  asArray(plan.resource_changes).forEach((rc, i) => validateResourceChange(rc, `resource_changes[${i}]`));
  for (const [name, change] of Object.entries<any>(isObject(plan.output_changes) ? plan.output_changes : {})) {
    const where = `output_changes[${clip(JSON.stringify(name))}]`;
    if (!isObject(change)) throw malformed(`${where} is ${describeType(change)}, expected an object`);
    validateActions(change.actions, `${where}.actions`);
  }
  validateModules(plan.configuration);
}

function validateResourceChange(rc: unknown, where: string): void {
  if (!isObject(rc)) throw malformed(`${where} is ${describeType(rc)}, expected an object`);
  for (const key of ['address', 'type']) {
    if (typeof rc[key] !== 'string' || rc[key] === '') throw malformed(`${where}.${key} is ${describeType(rc[key])}, expected a non-empty string`);
  }
  const at = `${where} (${clip(rc.address)})`;
  if (rc.mode !== 'managed' && rc.mode !== 'data') throw malformed(`${at}: \`mode\` is ${clip(JSON.stringify(rc.mode) ?? 'missing')}, expected "managed" or "data"`);
  if (!isObject(rc.change)) throw malformed(`${at}: \`change\` is ${describeType(rc.change)}, expected an object`);
  validateActions(rc.change.actions, `${at}: \`change.actions\``);
  for (const side of ['before', 'after']) {
    const v = rc.change[side];
    if (v !== undefined && v !== null && !isObject(v)) throw malformed(`${at}: \`change.${side}\` is ${describeType(v)}, expected an object or null`);
  }
}

function validateActions(actions: unknown, where: string): void {
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === 'string')) {
    throw malformed(`${where} is ${describeType(actions)}, expected a non-empty array of action names`);
  }
  if (!KNOWN_ACTIONS.has(actions.join(','))) {
    throw new PlanInputError(`${where} is ${clip(JSON.stringify(actions))}, which this version does not understand (it knows no-op, create, read, update, delete, forget and the replacements delete+create, create+delete, create+forget)`);
  }
}

/** `configuration.root_module` and nested `module_calls`: objects, arrays where arrays belong. */
function validateModules(configuration: unknown): void {
  if (!isObject(configuration)) return;
  const pending: Array<[unknown, string]> = [[configuration.root_module, 'configuration.root_module']];
  while (pending.length > 0) {
    const [module, where] = pending.pop()!;
    if (module === undefined || module === null) continue;
    if (!isObject(module)) throw new PlanInputError(`${where} is ${describeType(module)}, expected an object`);
    if ('resources' in module && !Array.isArray(module.resources)) throw new PlanInputError(`${where}.resources is ${describeType(module.resources)}, expected an array`);
    for (const r of asArray(module.resources)) {
      if ('depends_on' in (isObject(r) ? r : {}) && !Array.isArray(r.depends_on)) throw new PlanInputError(`${where}.resources: \`depends_on\` of ${clip(String(r.address))} is ${describeType(r.depends_on)}, expected an array`);
    }
    if ('module_calls' in module && module.module_calls !== null && !isObject(module.module_calls)) throw new PlanInputError(`${where}.module_calls is ${describeType(module.module_calls)}, expected an object`);
    for (const [name, call] of Object.entries<any>(isObject(module.module_calls) ? module.module_calls : {})) {
      pending.push([isObject(call) ? call.module : call, `${where}.module_calls.${clip(name)}.module`]);
    }
  }
}

/** Iterative (no recursion, so no stack overflow): refuses nesting deeper than MAX_DEPTH. */
function checkDepth(value: unknown): void {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) throw new PlanInputError(`JSON nested deeper than ${MAX_DEPTH} levels; a plan is never nested that deep`);
    const children = Array.isArray(v) ? v : Object.values(v);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
}

function describeType(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `a string (${clip(JSON.stringify(v), 40)})`;
  return `a ${typeof v} (${clip(String(v), 40)})`;
}

/** Shortens a value quoted in an error message. */
function clip(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max)}…`;
}

// ------------------------------------------------------------------------------------------
// Analysis

interface Entry {
  readonly category: Category;
  readonly address: string;
  readonly type: string;
  readonly name?: string;
  readonly zone: string;
  readonly service: string;
  readonly datacenter: string;
  readonly details: string[];
  readonly powerCycle: boolean;
}

/** VMs of one service in one datacenter, before, during and after the apply. */
interface DcStats {
  before: number;
  /** VMs that exist before the apply and stay up throughout it. */
  up: number;
  after: number;
  destroyed: number;
  replacedFirst: number;
  replacedLast: number;
  powerCycled: number;
  created: number;
  forgotten: number;
  /** Configuration addresses (without instance keys) of the VMs that exist after the apply. */
  readonly configAddresses: Set<string>;
}

interface DcGroup {
  readonly entries: Entry[];
  stats?: DcStats;
}

interface ServiceGroup {
  readonly zone: string;
  readonly service: string;
  readonly dcs: Map<string, DcGroup>;
  /** Whether a VM of this service changes (else no availability is printed). */
  vmChanged: boolean;
}

interface Availability {
  readonly before: number;
  readonly after: number;
  /** Lower bound of VMs up during the apply, given the ordering the plan proves. */
  readonly min: number;
  /** The bound if datacenters with power cycles change one after another. */
  readonly rolled: number;
  /** The bound if everything happens at once. */
  readonly worst: number;
  /** Datacenters with power cycles, in the order the plan's depends_on proves; undefined if unproven. */
  readonly order?: string[];
  readonly cyclingDcs: string[];
  readonly overlappingDestroys: boolean;
}

interface ConfigResource {
  readonly type?: string;
  readonly providerKey?: string;
  readonly dependsOn: string[];
}

/**
 * The VMs each resource of the configuration depends on through `depends_on`, directly or through
 * resources that are not VMs (such as a readiness gate between two datacenters). Sets are
 * memoized and shared, and the work is bounded by a budget proportional to the configuration:
 * past it, `vmsBefore` answers undefined (no order proven) instead of going quadratic.
 */
class VmDependencies {
  private readonly memo = new Map<string, ReadonlySet<string>>();
  private budget: number;

  constructor(private readonly config: Map<string, ConfigResource>) {
    let size = config.size;
    for (const r of config.values()) size += r.dependsOn.length;
    this.budget = 8 * size + 100_000;
  }

  /** The VMs that `address` (a configuration address) waits for; undefined if unknown or over budget. */
  public vmsBefore(address: string): ReadonlySet<string> | undefined {
    const resource = this.config.get(address);
    if (!resource) return undefined;
    return this.union(resource.dependsOn);
  }

  /** Spends `n` units of the budget; false once it is exhausted. */
  public charge(n: number): boolean {
    this.budget -= n;
    return this.budget >= 0;
  }

  private isVm(address: string): boolean {
    return this.config.get(address)?.type === VM_TYPE;
  }

  /** The VMs among `deps`, and those that the other resources among `deps` wait for. */
  private union(deps: string[]): ReadonlySet<string> | undefined {
    if (deps.length === 1 && !this.isVm(deps[0])) return this.ofResource(deps[0]);
    const set = new Set<string>();
    for (const d of deps) {
      if (this.isVm(d)) {
        set.add(d);
        continue;
      }
      const inner = this.ofResource(d);
      if (inner === undefined || (this.budget -= inner.size) < 0) return undefined;
      for (const vm of inner) set.add(vm);
    }
    return set;
  }

  /** Memoized, without recursion (chains of resources can be long): post-order over depends_on. */
  private ofResource(start: string): ReadonlySet<string> | undefined {
    const stack: Array<[string, boolean]> = [[start, false]];
    const open = new Set<string>();
    while (stack.length > 0 && !this.memo.has(start)) {
      const [address, expanded] = stack.pop()!;
      if (this.memo.has(address)) continue;
      const deps = this.config.get(address)?.dependsOn ?? [];
      if (--this.budget < 0) return undefined;
      if (!expanded) {
        open.add(address);
        stack.push([address, true]);
        for (const d of deps) if (!this.isVm(d) && !this.memo.has(d) && !open.has(d)) stack.push([d, false]);
      } else {
        const set = this.union(deps.filter((d) => this.isVm(d) || this.memo.has(d)));
        if (set === undefined) return undefined;
        this.memo.set(address, set);
        open.delete(address);
      }
    }
    return this.memo.get(start);
  }
}

/**
 * Summarizes a plan and counts its warnings (the command line exits 1 on warnings with
 * `--fail-on-warning`).
 *
 * @throws when `planJson` is not a plan (see `isPlanInputError`)
 */
export function analyzePlan(planJson: { [key: string]: any }): PlanAnalysis {
  validatePlan(planJson);
  const config = configResources(planJson.configuration);
  const groups = new Map<string, ServiceGroup>();
  const group = (zone: string, service: string): ServiceGroup => {
    const key = JSON.stringify([zone, service]);
    let g = groups.get(key);
    if (!g) groups.set(key, g = { zone, service, dcs: new Map(), vmChanged: false });
    return g;
  };
  const dcGroup = (g: ServiceGroup, dc: string): DcGroup => {
    let d = g.dcs.get(dc);
    if (!d) g.dcs.set(dc, d = { entries: [] });
    return d;
  };
  const stats = (g: ServiceGroup, dc: string): DcStats => {
    const d = dcGroup(g, dc);
    d.stats ??= {
      before: 0,
      up: 0,
      after: 0,
      destroyed: 0,
      replacedFirst: 0,
      replacedLast: 0,
      powerCycled: 0,
      created: 0,
      forgotten: 0,
      configAddresses: new Set(),
    };
    return d.stats;
  };

  const entries: Entry[] = [];
  const reads: string[] = [];
  for (const rc of asArray(planJson.resource_changes)) {
    const actions: string[] = rc.change.actions;
    if (rc.mode === 'data') {
      if (actions.includes('read')) reads.push(rc.address);
      continue;
    }
    // The rollout's gates (terraform_data running wait-ready, clear-ready, retire) run again by
    // design whenever their datacenter changes: they are not changes to the service's objects.
    if (rc.type === GATE_TYPE) continue;
    const category = categorize(actions);
    const entry = category ? describeChange(rc, category, config) : undefined;
    if (entry) {
      entries.push(entry);
      dcGroup(group(entry.zone, entry.service), entry.datacenter).entries.push(entry);
    }
    if (rc.type === VM_TYPE) {
      countVm(rc, actions, entry?.powerCycle ?? false, config, (side) => {
        const g = group(side.zone, side.service);
        if (category) g.vmChanged = true;
        return stats(g, side.datacenter);
      });
    }
  }

  const services = [...groups.values()]
    .filter((g) => g.vmChanged || [...g.dcs.values()].some((d) => d.entries.length > 0))
    .sort((a, b) => compare(a.zone, b.zone) || compare(a.service, b.service));
  const availability = new Map<ServiceGroup, Availability>();
  const dependencies = new VmDependencies(config);
  for (const g of services) if (g.vmChanged) availability.set(g, serviceAvailability(g, dependencies));

  const lines: string[] = ['## Plan summary', ''];
  let warnings = 0;

  // Availability first: the one thing a reviewer must not miss.
  const outages = services.filter((g) => availability.get(g) && availability.get(g)!.before > 0 && availability.get(g)!.min === 0);
  if (outages.length > 0) {
    lines.push('> [!CAUTION]', `> **SERVICE OUTAGE: this plan can leave ${outages.length === 1 ? 'a service' : `${outages.length} services`} with no VM up.**`);
    for (const g of outages) {
      const a = availability.get(g)!;
      const losses = [...g.dcs.entries()].filter(([, d]) => d.stats && d.stats.before > d.stats.up)
        .sort(([x], [y]) => compare(x, y)).map(([dc, d]) => `${plain(dc)}: ${lossText(d.stats!)}`);
      const how = a.after === 0 ? `all ${count(a.before, 'VM')} destroyed, none after the apply`
        : `${count(a.before, 'VM')} before, ${a.after} after, **0 up** at some point during the apply`;
      lines.push(`> - service ${code(g.service)} (zone ${code(g.zone)}): ${how} (${losses.join('; ')})${a.order === undefined && a.rolled > 0 ? `; ${a.rolled} would stay up if datacenters changed one after another, but nothing in the plan orders them` : ''}`);
    }
    lines.push('');
    warnings += outages.length;
  }
  const zeroDcs: string[] = [];
  for (const g of services) {
    if (!availability.has(g) || outages.includes(g)) continue;
    for (const [dc, d] of [...g.dcs.entries()].sort(([x], [y]) => compare(x, y))) {
      const s = d.stats;
      if (!s || s.before === 0 || s.up > 0) continue;
      const what = s.after === 0 ? `removed (${lossText(s)}, none after the apply)` : `${lossText(s)}, ${s.after} after`;
      zeroDcs.push(`> - datacenter ${code(dc)} of service ${code(g.service)} (zone ${code(g.zone)}): ${what}`);
    }
  }
  if (zeroDcs.length > 0) {
    lines.push('> [!WARNING]', `> **${zeroDcs.length === 1 ? 'A datacenter has' : `${zeroDcs.length} datacenters have`} no VM up during this apply:**`, ...zeroDcs, '');
    warnings += zeroDcs.length;
  }

  if (planJson.errored === true) {
    lines.push('> **Warning**', '> Planning failed: this plan is incomplete and cannot be applied.', '');
    warnings++;
  }
  const vmLosses = entries.filter((e) => e.type === VM_TYPE && (e.category === 'destroy' || e.category === 'replace'));
  if (vmLosses.length > 0) {
    lines.push('> **Warning**');
    lines.push(`> This plan destroys or replaces ${count(vmLosses.length, 'VM')}:`);
    for (const e of sortEntries(vmLosses)) {
      lines.push(`> - **${e.category}** ${label(e)}: zone ${code(e.zone)}, service ${code(e.service)}, datacenter ${code(e.datacenter)}${e.details.length ? ` (${e.details.join('; ')})` : ''}`);
    }
    lines.push('');
    warnings++;
  }
  const powerCycles = entries.filter((e) => e.powerCycle);
  if (powerCycles.length > 0) {
    lines.push('> **Note**');
    lines.push(`> ${count(powerCycles.length, 'VM')} will be powered off, resized and started again (cpu, vcpu or memory change):`);
    for (const e of sortEntries(powerCycles)) lines.push(`> - ${label(e)}: zone ${code(e.zone)}, datacenter ${code(e.datacenter)}`);
    lines.push('');
  }

  const totals = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  for (const e of entries) totals.set(e.category, totals.get(e.category)! + 1);
  if (entries.length === 0) {
    lines.push('**No changes to resources.**', '');
  } else {
    const main = CATEGORIES.filter((c) => c !== 'forget').map((c) => `${totals.get(c)} to ${VERB[c]}`).join(', ');
    const forgets = totals.get('forget')!;
    lines.push(`**${main}${forgets > 0 ? `, ${forgets} to forget` : ''}.**`, '');
  }

  let zone: string | undefined;
  for (const g of services) {
    if (g.zone !== zone) {
      zone = g.zone;
      lines.push(`### Zone ${code(zone)}`, '');
    }
    lines.push(`#### Service ${code(g.service)}`, '');
    const dcs = [...g.dcs.keys()].sort(compare);
    const changedDcs = dcs.filter((dc) => g.dcs.get(dc)!.entries.length > 0);
    if (changedDcs.length > 0) {
      lines.push('| Datacenter | Create | Update | Replace | Destroy |', '|---|---:|---:|---:|---:|');
      for (const dc of changedDcs) {
        const n = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
        for (const e of g.dcs.get(dc)!.entries) n.set(e.category, n.get(e.category)! + 1);
        lines.push(`| ${plain(dc, true)} | ${n.get('create')} | ${n.get('update')} | ${n.get('replace')} | ${n.get('destroy')} |`);
      }
      lines.push('');
    }
    const a = availability.get(g);
    for (const dc of a ? dcs : changedDcs) {
      const d = g.dcs.get(dc)!;
      lines.push(`- **${plain(dc)}**${a && d.stats ? `: ${dcAvailabilityText(d.stats)}` : ''}`);
      for (const e of sortEntries(d.entries)) {
        lines.push(`  - ${e.category} ${label(e)}${e.details.length ? `: ${e.details.join('; ')}` : ''}`);
      }
    }
    lines.push('');
    if (a) lines.push(serviceAvailabilityText(g, a), '');
  }

  const outputs = Object.entries<any>(planJson.output_changes ?? {})
    .map(([name, change]) => [name, categorize(change.actions)] as const)
    .filter(([, c]) => c !== undefined);
  if (outputs.length > 0) {
    lines.push(`Outputs: ${outputs.sort(([a], [b]) => compare(a, b)).map(([name, c]) => `${code(name)} (${c})`).join(', ')}.`, '');
  }
  if (reads.length > 0) lines.push(`Data sources read during apply: ${reads.sort(compare).map((a) => code(a)).join(', ')}.`, '');
  return { markdown: `${lines.join('\n').replace(/\n+$/, '')}\n`, warnings };
}

function categorize(actions: string[]): Category | undefined {
  if (actions.includes('delete') && actions.includes('create')) return 'replace';
  if (actions.includes('create')) return 'create';
  if (actions.includes('delete')) return 'destroy';
  if (actions.includes('update')) return 'update';
  if (actions.includes('forget')) return 'forget';
  return undefined;
}

interface Placement {
  readonly zone: string;
  readonly service: string;
  readonly datacenter: string;
}

/**
 * Zone, service and datacenter of a resource, from the tags of `primary` (falling back to
 * `secondary`): zone from the provider alias, else the `zone` tag, else the provider.
 */
function placement(rc: any, primary: any, secondary: any, config: Map<string, ConfigResource>): Placement {
  const tag = (key: string): string | undefined => {
    for (const source of [primary, secondary]) {
      if (!isObject(source)) continue;
      for (const field of ['tags', 'tags_all']) {
        const value = isObject(source[field]) ? source[field][key] : undefined;
        if (typeof value === 'string' && value !== '') return value;
      }
    }
    return undefined;
  };
  const providerKey = config.get(configAddress(rc.address))?.providerKey ?? '';
  const alias = /\.([^.:]+)$/.exec(providerKey.split(':').pop() ?? '')?.[1];
  const zone = alias ?? tag('zone') ?? (providerKey.split(':').pop() || shortProvider(rc.provider_name));
  const service = tag('service') ?? (typeof rc.module_address === 'string' && rc.module_address !== '' ? rc.module_address : '(no service tag)');
  const datacenter = tag('datacenter') ?? '-';
  return { zone, service, datacenter };
}

function describeChange(rc: any, category: Category, config: Map<string, ConfigResource>): Entry {
  const before = isObject(rc.change.before) ? rc.change.before : {};
  const after = isObject(rc.change.after) ? rc.change.after : {};
  const present = category === 'destroy' || category === 'forget' ? before : { ...before, ...after };
  const { zone, service, datacenter } = placement(rc, after, before, config);
  const name = typeof present.name === 'string' && present.name !== '' ? present.name : undefined;

  const details: string[] = [];
  let powerCycle = false;
  if (category === 'update') {
    const changed = changedAttributes(rc.change);
    details.push(...changed.map((c) => c.text));
    powerCycle = rc.type === VM_TYPE && changed.some((c) => POWER_CYCLE_ATTRIBUTES.has(c.key));
  }
  if (category === 'replace') {
    const paths = asArray(rc.change.replace_paths).map((p) => asArray(p).map((s) => String(s)).join('.')).filter(Boolean);
    if (paths.length > 0) details.push(`forced by ${[...new Set(paths)].sort(compare).map((p) => code(p)).join(', ')}`);
    else if (typeof rc.action_reason === 'string' && /^[A-Za-z_]{1,80}$/.test(rc.action_reason)) details.push(rc.action_reason.toLowerCase().replace(/_/g, ' '));
  }
  return { category, address: rc.address, type: rc.type, name, zone, service, datacenter, details, powerCycle };
}

/** Adds one VM to the datacenter counts of the service it belongs to before and after the apply. */
function countVm(rc: any, actions: string[], powerCycle: boolean, config: Map<string, ConfigResource>, statsOf: (p: Placement) => DcStats): void {
  const before = rc.change.before;
  const after = rc.change.after;
  const was = () => statsOf(placement(rc, before, after, config));
  const will = () => {
    const s = statsOf(placement(rc, after, before, config));
    s.after++;
    s.configAddresses.add(configAddress(rc.address));
    return s;
  };
  let s: DcStats;
  switch (actions.join(',')) {
    case 'create': will().created++; break;
    case 'delete': s = was(); s.before++; s.destroyed++; break;
    case 'delete,create': s = was(); s.before++; s.replacedFirst++; will(); break;
    case 'create,delete': s = was(); s.before++; s.up++; s.replacedLast++; will(); break;
    case 'update': s = was(); s.before++; if (powerCycle) s.powerCycled++; else s.up++; will(); break;
    case 'forget': s = was(); s.before++; s.up++; s.forgotten++; break;
    case 'create,forget': s = was(); s.before++; s.up++; s.forgotten++; will(); break;
    default: s = was(); s.before++; s.up++; will(); break; // no-op, read
  }
}

/**
 * Bounds on the VMs of a service up during the apply.
 *
 * Destroys and destroy-first replacements are counted as overlapping in every case: Terraform
 * destroys a resource's dependents before the resource and creates them after it, so even with
 * depends_on between datacenters, their down times overlap. In-place power cycles follow the
 * dependency order: if every VM of each datacenter depends on every VM of the previous one (as
 * HaService declares), only one datacenter power-cycles at a time.
 */
function serviceAvailability(g: ServiceGroup, dependencies: VmDependencies): Availability {
  let before = 0;
  let after = 0;
  let destroys = 0;
  let cycles = 0;
  let maxCycles = 0;
  const cyclingDcs: string[] = [];
  let dcsWithDestroys = 0;
  let replacedFirst = 0;
  for (const [dc, d] of g.dcs) {
    const s = d.stats;
    if (!s) continue;
    before += s.before;
    after += s.after;
    destroys += s.destroyed + s.replacedFirst;
    replacedFirst += s.replacedFirst;
    if (s.destroyed + s.replacedFirst > 0) dcsWithDestroys++;
    cycles += s.powerCycled;
    maxCycles = Math.max(maxCycles, s.powerCycled);
    if (s.powerCycled > 0) cyclingDcs.push(dc);
  }
  cyclingDcs.sort(compare);
  const rolled = before - destroys - maxCycles;
  const worst = before - destroys - cycles;
  const order = cyclingDcs.length <= 1 ? cyclingDcs : dependencyOrder(g, dependencies, cyclingDcs);
  return {
    before,
    after,
    rolled,
    worst,
    order,
    cyclingDcs,
    min: order ? rolled : worst,
    overlappingDestroys: dcsWithDestroys > 1 && replacedFirst > 0,
  };
}

/**
 * The datacenters `wanted`, in the order the plan's depends_on forces on them, or undefined when
 * the plan does not order them all. Datacenter L follows datacenter E when every VM of L (in the
 * configuration) depends on every VM of E. The order is proven when these edges give the
 * datacenters a unique topological order (then each follows the previous one). Linear in the
 * number of depends_on entries.
 */
function dependencyOrder(g: ServiceGroup, dependencies: VmDependencies, wanted: string[]): string[] | undefined {
  const dcOf = new Map<string, string>();
  const sizes = new Map<string, number>();
  for (const [dc, d] of g.dcs) {
    if (!d.stats || d.stats.configAddresses.size === 0) continue;
    sizes.set(dc, d.stats.configAddresses.size);
    for (const address of d.stats.configAddresses) dcOf.set(address, dc);
  }
  if (!wanted.every((dc) => sizes.has(dc))) return undefined;
  const follows = new Map<string, Set<string>>();
  // VMs waiting behind the same resource share one set: count its datacenters once.
  const fullyCovered = new Map<ReadonlySet<string>, Set<string>>();
  for (const [dc, d] of g.dcs) {
    if (!sizes.has(dc)) continue;
    let common: Set<string> | undefined;
    for (const address of d.stats!.configAddresses) {
      const before = dependencies.vmsBefore(address);
      if (!before) return undefined;
      let full = fullyCovered.get(before);
      if (!full) {
        const covered = new Map<string, number>();
        if (!dependencies.charge(before.size)) return undefined;
        for (const vm of before) {
          const other = dcOf.get(vm);
          if (other !== undefined) covered.set(other, (covered.get(other) ?? 0) + 1);
        }
        full = new Set([...covered].filter(([other, n]) => n === sizes.get(other)).map(([other]) => other));
        fullyCovered.set(before, full);
      }
      if (common === undefined) {
        common = full;
      } else {
        const [small, large]: Set<string>[] = common.size <= full.size ? [common, full] : [full, common];
        if (!dependencies.charge(small.size)) return undefined;
        common = new Set([...small].filter((x) => large.has(x)));
      }
      if (common.size === 0 || (common.size === 1 && common.has(dc))) break;
    }
    if (!dependencies.charge(common?.size ?? 0)) return undefined;
    follows.set(dc, new Set([...common ?? []].filter((other) => other !== dc)));
  }
  // Kahn's algorithm; the order is unique (a chain) when there is exactly one ready node each time.
  const indegree = new Map<string, number>([...sizes.keys()].map((dc) => [dc, 0]));
  const next = new Map<string, string[]>();
  for (const [later, earlier] of follows) {
    for (const e of earlier) {
      indegree.set(later, indegree.get(later)! + 1);
      const list = next.get(e);
      if (list) list.push(later);
      else next.set(e, [later]);
    }
  }
  let ready = [...indegree].filter(([, n]) => n === 0).map(([dc]) => dc);
  const order: string[] = [];
  while (ready.length === 1) {
    const dc = ready[0];
    order.push(dc);
    ready = [];
    for (const later of next.get(dc) ?? []) {
      indegree.set(later, indegree.get(later)! - 1);
      if (indegree.get(later) === 0) ready.push(later);
    }
  }
  if (order.length !== sizes.size) return undefined;
  const set = new Set(wanted);
  return order.filter((dc) => set.has(dc));
}

function lossText(s: DcStats): string {
  const parts: string[] = [];
  if (s.destroyed) parts.push(`${s.destroyed} of ${s.before} destroyed`);
  if (s.replacedFirst) parts.push(`${s.replacedFirst} of ${s.before} replaced destroy-first`);
  if (s.powerCycled) parts.push(`${s.powerCycled} of ${s.before} power-cycled (cpu, vcpu or memory change)`);
  return parts.join(', ');
}

function dcAvailabilityText(s: DcStats): string {
  const up = s.before > 0 && s.up === 0 ? '**0 up** during the apply' : `at least ${s.up} up during the apply`;
  const parts: string[] = [];
  if (s.destroyed) parts.push(`${s.destroyed} destroyed`);
  if (s.replacedFirst) parts.push(`${s.replacedFirst} replaced destroy-first`);
  if (s.powerCycled) parts.push(count(s.powerCycled, 'power cycle'));
  if (s.replacedLast) parts.push(`${s.replacedLast} replaced create-before-destroy, kept up`);
  if (s.created) parts.push(`${s.created} created`);
  if (s.forgotten) parts.push(`${s.forgotten} forgotten, left running but no longer managed`);
  return `${count(s.before, 'VM')} before, ${up}, ${s.after} after (${parts.length > 0 ? parts.join(', ') : 'unchanged'})`;
}

function serviceAvailabilityText(g: ServiceGroup, a: Availability): string {
  const up = a.before > 0 && a.min === 0 ? '**0 up**' : `at least ${a.min} up`;
  let text = `**Availability of ${code(g.service)}**: ${count(a.before, 'VM')} before, ${up} during the apply, ${a.after} after.`;
  if (a.cyclingDcs.length > 1 && a.order) {
    text += ` Datacenters power-cycle one after another (${a.order.map((dc) => plain(dc)).join(', then ')}: each one's VMs depend on the previous one's).`;
  } else if (a.cyclingDcs.length > 1) {
    text += ` That is the worst case: ${a.rolled} would stay up if datacenters changed one after another, but nothing in the plan orders them (no depends_on chain between their VMs).`;
  }
  if (a.overlappingDestroys) {
    text += ' Destroy-first replacements in several datacenters are down at the same time, depends_on or not: Terraform destroys dependents before what they depend on and creates them after. create_before_destroy keeps the old VMs up until their replacements exist.';
  }
  return text;
}

/** Top-level attributes whose value changes, as `memory`: 4096 → 8192. */
function changedAttributes(change: any): Array<{ key: string; text: string }> {
  const before = isObject(change.before) ? change.before : {};
  const after = isObject(change.after) ? change.after : {};
  const unknown = isObject(change.after_unknown) ? change.after_unknown : {};
  const sensitive = (side: any, key: string) => isObject(side) ? side[key] === true : side === true;
  const out: Array<{ key: string; text: string }> = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(unknown)])].sort(compare)) {
    const isUnknown = unknown[key] === true;
    if (!isUnknown && JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
    const hidden = sensitive(change.before_sensitive, key) || sensitive(change.after_sensitive, key);
    const show = (v: any) => (hidden ? '(sensitive)' : scalar(v));
    const from = show(before[key]);
    const to = isUnknown ? '(known after apply)' : show(after[key]);
    out.push({ key, text: from !== undefined && to !== undefined ? `${code(key)}: ${from} → ${to}` : `${code(key)} changes` });
  }
  return out;
}

/** A short scalar value as Markdown; undefined for lists, objects and long strings. */
function scalar(v: any): string | undefined {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string' && v.length <= 60) return /^[A-Za-z0-9 _-]*$/.test(v) ? JSON.stringify(v) : code(JSON.stringify(v));
  return undefined;
}

/** Resource configuration address (without instance keys) to provider key and depends_on. */
function configResources(configuration: any): Map<string, ConfigResource> {
  const resources = new Map<string, ConfigResource>();
  const pending: Array<[any, string]> = [[configuration?.root_module, '']];
  while (pending.length > 0) {
    const [module, prefix] = pending.pop()!;
    if (!isObject(module)) continue;
    for (const r of asArray(module.resources)) {
      if (!isObject(r) || typeof r.address !== 'string') continue;
      resources.set(`${prefix}${r.address}`, {
        type: typeof r.type === 'string' ? r.type : undefined,
        providerKey: typeof r.provider_config_key === 'string' ? r.provider_config_key : undefined,
        dependsOn: asArray(r.depends_on).filter((d) => typeof d === 'string').map((d: string) => `${prefix}${d}`),
      });
    }
    for (const [name, call] of Object.entries<any>(isObject(module.module_calls) ? module.module_calls : {})) {
      pending.push([call?.module, `${prefix}module.${name}.`]);
    }
  }
  return resources;
}

/** `module.a["x"].t.n[0]` → `module.a.t.n`. */
function configAddress(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\]/g, '');
}

function shortProvider(providerName: unknown): string {
  return typeof providerName === 'string' ? providerName.split('/').pop() ?? providerName : 'unknown provider';
}

// ------------------------------------------------------------------------------------------
// Markdown

/**
 * Control, line-separator, zero-width and bidirectional-override characters: a line break would
 * end a code span's line and start a new block (heading, table row, HTML); the others can hide
 * or reorder text. They are printed as `\n`, `\u202e`...
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

function printable(value: string): string {
  const shown = value.replace(UNPRINTABLE, (c) => c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length <= MAX_VALUE_CHARS ? shown : `${shown.slice(0, MAX_VALUE_CHARS)}…(${shown.length} characters)`;
}

/**
 * A value as a Markdown code span, whatever it contains: nothing in a code span is Markdown or
 * HTML; the fence is longer than any backtick run inside; line breaks are shown escaped; in a
 * table cell, `|` is escaped (GitHub splits cells before it reads code spans).
 */
function code(value: string, inTable = false): string {
  let text = printable(value);
  if (text === '') return '*(empty)*';
  if (inTable) text = text.replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A name as plain text when it is a plain identifier (`dc1`, `my_service`), else as a code span. */
function plain(value: string, inTable = false): string {
  return value === '-' || /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(value) ? value : code(value, inTable);
}

function label(e: Entry): string {
  return e.name !== undefined ? `${code(e.name)} (${code(e.address)})` : code(e.address);
}

function sortEntries(entries: Entry[]): Entry[] {
  const rank = new Map(CATEGORIES.map((c, i) => [c, i]));
  return [...entries].sort((a, b) => rank.get(a.category)! - rank.get(b.category)!
    || compare(a.type, b.type) || compare(a.name ?? '', b.name ?? '') || compare(a.address, b.address));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function asArray(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
