/**
 * Markdown summary of an OpenTofu/Terraform plan (`tofu show -json <planfile>`), grouped by
 * zone, service and datacenter, for pull-request comments. VM destroys and replacements are
 * listed first, in a warning block.
 */

const VM_TYPE = 'opennebula_virtual_machine';
/** Changing one of these on a VM powers it off, resizes it and resumes it (provider 1.5.0). */
const POWER_CYCLE_ATTRIBUTES = ['cpu', 'vcpu', 'memory'];

type Category = 'create' | 'update' | 'replace' | 'destroy' | 'forget';
const CATEGORIES: Category[] = ['create', 'update', 'replace', 'destroy', 'forget'];
const VERB: { [c in Category]: string } = {
  create: 'create', update: 'update in place', replace: 'replace', destroy: 'destroy', forget: 'forget (remove from state only)',
};

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

/**
 * Summarizes the JSON form of a plan (`tofu show -json plan.tfplan`) as Markdown.
 *
 * Changes are grouped by zone (the provider configuration's alias, else the resource's `zone`
 * tag), by service (the `service` tag, else the module) and by datacenter (the `datacenter`
 * tag). VM destroys and replacements are flagged at the top in a `> **Warning**` block, and
 * in-place VM updates that power-cycle a VM (cpu, vcpu, memory) in a `> **Note**` block.
 *
 * @param planJson the parsed output of `tofu show -json <planfile>`
 * @returns the Markdown text, ending with a newline
 */
export function summarizePlan(planJson: { [key: string]: any }): string {
  const providerKeys = providerConfigKeys(planJson.configuration);
  const entries: Entry[] = [];
  const reads: string[] = [];
  for (const rc of asArray(planJson.resource_changes)) {
    const actions: string[] = asArray(rc?.change?.actions);
    if (rc?.mode === 'data') {
      if (actions.includes('read')) reads.push(String(rc.address));
      continue;
    }
    const category = categorize(actions);
    if (!category) continue;
    entries.push(describeChange(rc, category, providerKeys));
  }

  const lines: string[] = ['## Plan summary', ''];
  if (planJson.errored === true) {
    lines.push('> **Warning**', '> Planning failed: this plan is incomplete and cannot be applied.', '');
  }

  const vmLosses = entries.filter((e) => e.type === VM_TYPE && (e.category === 'destroy' || e.category === 'replace'));
  if (vmLosses.length > 0) {
    lines.push('> **Warning**');
    lines.push(`> This plan destroys or replaces ${count(vmLosses.length, 'VM')}:`);
    for (const e of sortEntries(vmLosses)) {
      lines.push(`> - **${e.category}** ${label(e)}: zone \`${e.zone}\`, service \`${e.service}\`, datacenter \`${e.datacenter}\`${e.details.length ? ` (${e.details.join('; ')})` : ''}`);
    }
    lines.push('');
  }
  const powerCycles = entries.filter((e) => e.powerCycle);
  if (powerCycles.length > 0) {
    lines.push('> **Note**');
    lines.push(`> ${count(powerCycles.length, 'VM')} will be powered off, resized and started again (cpu, vcpu or memory change):`);
    for (const e of sortEntries(powerCycles)) lines.push(`> - ${label(e)}: zone \`${e.zone}\`, datacenter \`${e.datacenter}\``);
    lines.push('');
  }

  const totals = CATEGORIES.map((c) => [c, entries.filter((e) => e.category === c).length] as const);
  if (entries.length === 0) {
    lines.push('**No changes to resources.**', '');
  } else {
    const main = totals.filter(([c]) => c !== 'forget').map(([c, n]) => `${n} to ${VERB[c]}`).join(', ');
    const forgets = totals.find(([c]) => c === 'forget')![1];
    lines.push(`**${main}${forgets > 0 ? `, ${forgets} to forget` : ''}.**`, '');
  }

  for (const zone of unique(entries.map((e) => e.zone))) {
    lines.push(`### Zone \`${zone}\``, '');
    const inZone = entries.filter((e) => e.zone === zone);
    for (const service of unique(inZone.map((e) => e.service))) {
      lines.push(`#### Service \`${service}\``, '');
      const inService = inZone.filter((e) => e.service === service);
      const datacenters = unique(inService.map((e) => e.datacenter));
      lines.push('| Datacenter | Create | Update | Replace | Destroy |', '|---|---:|---:|---:|---:|');
      for (const dc of datacenters) {
        const n = (c: Category) => inService.filter((e) => e.datacenter === dc && e.category === c).length;
        lines.push(`| ${dc} | ${n('create')} | ${n('update')} | ${n('replace')} | ${n('destroy')} |`);
      }
      lines.push('');
      for (const dc of datacenters) {
        lines.push(`- **${dc}**`);
        for (const e of sortEntries(inService.filter((x) => x.datacenter === dc))) {
          lines.push(`  - ${e.category === 'update' ? 'update' : e.category} ${label(e)}${e.details.length ? `: ${e.details.join('; ')}` : ''}`);
        }
      }
      lines.push('');
    }
  }

  const outputs = Object.entries<any>(planJson.output_changes ?? {})
    .map(([name, change]) => [name, categorize(asArray(change?.actions))] as const)
    .filter(([, c]) => c !== undefined);
  if (outputs.length > 0) {
    lines.push(`Outputs: ${outputs.sort(([a], [b]) => compare(a, b)).map(([name, c]) => `\`${name}\` (${c})`).join(', ')}.`, '');
  }
  if (reads.length > 0) lines.push(`Data sources read during apply: ${reads.sort(compare).map((a) => `\`${a}\``).join(', ')}.`, '');
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * The plan summary as a class, for jsii languages (jsii does not export free functions).
 */
export class PlanSummary {
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

function categorize(actions: string[]): Category | undefined {
  if (actions.includes('delete') && actions.includes('create')) return 'replace';
  if (actions.includes('create')) return 'create';
  if (actions.includes('delete')) return 'destroy';
  if (actions.includes('update')) return 'update';
  if (actions.includes('forget')) return 'forget';
  return undefined;
}

function describeChange(rc: any, category: Category, providerKeys: Map<string, string>): Entry {
  const before = isObject(rc.change?.before) ? rc.change.before : {};
  const after = isObject(rc.change?.after) ? rc.change.after : {};
  const present = category === 'destroy' || category === 'forget' ? before : { ...before, ...after };
  const tag = (key: string): string | undefined => {
    for (const source of [after, before]) {
      for (const field of ['tags', 'tags_all']) {
        const value = source?.[field]?.[key];
        if (typeof value === 'string' && value !== '') return value;
      }
    }
    return undefined;
  };
  const address = String(rc.address);
  const configAddress = address.replace(/\[[^\]]*\]$/, '');
  const providerKey = providerKeys.get(configAddress) ?? '';
  const alias = /\.([^.:]+)$/.exec(providerKey.split(':').pop() ?? '')?.[1];
  const zone = alias ?? tag('zone') ?? (providerKey.split(':').pop() || shortProvider(rc.provider_name));
  const service = tag('service') ?? (rc.module_address ? String(rc.module_address) : '(no service tag)');
  const datacenter = tag('datacenter') ?? '-';
  const name = typeof present.name === 'string' && present.name !== '' ? present.name : undefined;

  const details: string[] = [];
  let powerCycle = false;
  if (category === 'update') {
    const changed = changedAttributes(rc.change);
    details.push(...changed.map((c) => c.text));
    powerCycle = rc.type === VM_TYPE && changed.some((c) => POWER_CYCLE_ATTRIBUTES.includes(c.key));
  }
  if (category === 'replace') {
    const paths = asArray(rc.change?.replace_paths).map((p) => asArray(p).join('.')).filter(Boolean);
    if (paths.length > 0) details.push(`forced by ${unique(paths).map((p) => `\`${p}\``).join(', ')}`);
    else if (rc.action_reason) details.push(String(rc.action_reason).toLowerCase().replace(/_/g, ' '));
  }
  return { category, address, type: String(rc.type), name, zone, service, datacenter, details, powerCycle };
}

/** Top-level attributes whose value changes, as `memory: 4096 → 8192`. */
function changedAttributes(change: any): Array<{ key: string; text: string }> {
  const before = isObject(change?.before) ? change.before : {};
  const after = isObject(change?.after) ? change.after : {};
  const unknown = isObject(change?.after_unknown) ? change.after_unknown : {};
  const sensitive = (side: any, key: string) => isObject(side) ? side[key] === true : side === true;
  const out: Array<{ key: string; text: string }> = [];
  for (const key of unique([...Object.keys(before), ...Object.keys(after), ...Object.keys(unknown)])) {
    const isUnknown = unknown[key] === true;
    if (!isUnknown && JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
    const hidden = sensitive(change?.before_sensitive, key) || sensitive(change?.after_sensitive, key);
    const show = (v: any) => (hidden ? '(sensitive)' : scalar(v));
    const from = show(before[key]);
    const to = isUnknown ? '(known after apply)' : show(after[key]);
    out.push({ key, text: from !== undefined && to !== undefined ? `\`${key}\`: ${from} → ${to}` : `\`${key}\` changes` });
  }
  return out;
}

function scalar(v: any): string | undefined {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.length <= 60 && !/[`\n|]/.test(v) ? JSON.stringify(v) : undefined;
  return undefined;
}

/** Resource address (without instance key) to provider configuration key, from `configuration`. */
function providerConfigKeys(configuration: any): Map<string, string> {
  const keys = new Map<string, string>();
  const walk = (module: any, prefix: string) => {
    for (const r of asArray(module?.resources)) {
      if (r?.address && r?.provider_config_key) keys.set(`${prefix}${String(r.address)}`, String(r.provider_config_key));
    }
    for (const [name, call] of Object.entries<any>(module?.module_calls ?? {})) walk(call?.module, `${prefix}module.${name}.`);
  };
  walk(configuration?.root_module, '');
  return keys;
}

function shortProvider(providerName: unknown): string {
  return typeof providerName === 'string' ? providerName.split('/').pop() ?? providerName : 'unknown provider';
}

function label(e: Entry): string {
  const address = `\`${e.address.replace(/`/g, "'")}\``;
  return e.name ? `\`${e.name.replace(/`/g, "'")}\` (${address})` : address;
}

function sortEntries(entries: Entry[]): Entry[] {
  return [...entries].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category)
    || compare(a.type, b.type) || compare(a.name ?? '', b.name ?? '') || compare(a.address, b.address));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort(compare);
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
