/**
 * The declaration the placement audit compares a zone with: per service and datacenter, the
 * members (by name, with their resource address), the cluster and the VM group role. Read from
 * the JSON of a plan (`tofu show -json plan.tfplan`: its planned values) or from a synthesized
 * stack (`cdktf.out/stacks/<stack>/cdk.tf.json`). Pure: text in, declaration out; anything it
 * does not understand is refused with a `DeclarationInputError` saying what was found.
 */
import { Declaration, DeclaredDatacenter, DeclaredService, clusterOfRequirements } from './placement-audit';

/** Input that is not a plan or a synthesized stack the audit understands. */
export class DeclarationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeclarationInputError';
  }
}

const VM = 'opennebula_virtual_machine';
const TEMPLATE = 'opennebula_template';
const GROUP = 'opennebula_virtual_machine_group';

/** One resource of the declaration, whatever the form it came in. */
interface Resource {
  readonly address: string;
  readonly type: string;
  readonly values: { [key: string]: any };
  /** Addresses of the resources its `template_id` and `vmgroup` refer to, when known. */
  readonly templateRef?: string;
  readonly groupRef?: string;
}

type Json = { [key: string]: any };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return `a ${typeof value} (${text.length > 40 ? `${text.slice(0, 40)}…` : text})`;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DeclarationInputError(`not JSON (${(e as Error).message}); expected ${what}`);
  }
}

/** The declaration in the JSON form of a plan (`tofu show -json plan.tfplan`). */
export function declarationFromPlan(text: string, source: string): Declaration {
  const plan = parseJson(text, 'the output of `tofu show -json <planfile>`');
  if (!isObject(plan)) throw new DeclarationInputError(`the JSON is ${describe(plan)}, not an object; expected the output of \`tofu show -json <planfile>\``);
  if (!('format_version' in plan)) {
    if ('resource' in plan || 'terraform' in plan) throw new DeclarationInputError('this is a synthesized stack (cdk.tf.json), not a plan: give it with --synth');
    throw new DeclarationInputError('no `format_version`: this is not the output of `tofu show -json <planfile>`');
  }
  if (typeof plan.format_version !== 'string' || !/^1\.\d+$/.test(plan.format_version)) {
    throw new DeclarationInputError(`unsupported \`format_version\` ${describe(plan.format_version)}: this version reads plan format 1.x`);
  }
  if (!('planned_values' in plan)) {
    if ('values' in plan) throw new DeclarationInputError('this is the JSON form of a state, not a plan; run `tofu plan -out plan.tfplan` and `tofu show -json plan.tfplan`');
    throw new DeclarationInputError('no `planned_values`: this is not the JSON form of a plan');
  }
  if (!isObject(plan.planned_values)) throw new DeclarationInputError(`\`planned_values\` is ${describe(plan.planned_values)}, expected an object`);
  const references = configurationReferences(plan.configuration);
  const resources: Resource[] = [];
  const pending: Array<[unknown, string]> = [[plan.planned_values.root_module, 'planned_values.root_module']];
  while (pending.length > 0) {
    const [module, where] = pending.pop()!;
    if (module === undefined) continue;
    if (!isObject(module)) throw new DeclarationInputError(`${where} is ${describe(module)}, expected an object`);
    if ('resources' in module && !Array.isArray(module.resources)) throw new DeclarationInputError(`${where}.resources is ${describe(module.resources)}, expected an array`);
    (module.resources ?? []).forEach((r: unknown, i: number) => {
      const at = `${where}.resources[${i}]`;
      if (!isObject(r)) throw new DeclarationInputError(`${at} is ${describe(r)}, expected an object`);
      if (r.mode !== 'managed' || ![VM, TEMPLATE, GROUP].includes(r.type)) return;
      if (typeof r.address !== 'string' || r.address === '') throw new DeclarationInputError(`${at}.address is ${describe(r.address)}, expected a string`);
      if (!isObject(r.values)) throw new DeclarationInputError(`${at} (${r.address}): \`values\` is ${describe(r.values)}, expected an object`);
      const configAddress = r.address.replace(/\[[^\]]*\]$/, '');
      resources.push({ address: r.address, type: r.type, values: r.values, ...references.get(configAddress) });
    });
    if ('child_modules' in module && !Array.isArray(module.child_modules)) throw new DeclarationInputError(`${where}.child_modules is ${describe(module.child_modules)}, expected an array`);
    (module.child_modules ?? []).forEach((m: unknown, i: number) => pending.push([m, `${where}.child_modules[${i}]`]));
  }
  return build(resources, source, 'the plan');
}

/** `template_id` and `vmgroup.vmgroup_id` references of the configuration's VMs, by address. */
function configurationReferences(configuration: unknown): Map<string, { templateRef?: string; groupRef?: string }> {
  const found = new Map<string, { templateRef?: string; groupRef?: string }>();
  const pending: Array<[unknown, string]> = [[isObject(configuration) ? configuration.root_module : undefined, '']];
  while (pending.length > 0) {
    const [module, prefix] = pending.pop()!;
    if (!isObject(module)) continue;
    for (const r of Array.isArray(module.resources) ? module.resources : []) {
      if (!isObject(r) || r.type !== VM || typeof r.address !== 'string' || !isObject(r.expressions)) continue;
      const ref = (expression: unknown, type: string) => (isObject(expression) && Array.isArray(expression.references)
        ? expression.references.find((x: unknown) => typeof x === 'string' && x.startsWith(`${type}.`) && !x.endsWith('.id')) as string | undefined : undefined);
      const group = Array.isArray(r.expressions.vmgroup) ? r.expressions.vmgroup[0] : r.expressions.vmgroup;
      const templateRef = ref(r.expressions.template_id, TEMPLATE);
      const groupRef = isObject(group) ? ref(group.vmgroup_id, GROUP) : undefined;
      found.set(`${prefix}${r.address}`, {
        ...(templateRef ? { templateRef: `${prefix}${templateRef}` } : {}), ...(groupRef ? { groupRef: `${prefix}${groupRef}` } : {}),
      });
    }
    for (const [name, call] of Object.entries(isObject(module.module_calls) ? module.module_calls : {})) {
      if (isObject(call)) pending.push([call.module, `${prefix}module.${name}.`]);
    }
  }
  return found;
}

/** The declaration in a synthesized stack (`cdktf.out/stacks/<stack>/cdk.tf.json`). */
export function declarationFromSynth(text: string, source: string): Declaration {
  const stack = parseJson(text, 'a synthesized stack (cdktf.out/stacks/<stack>/cdk.tf.json)');
  if (!isObject(stack)) throw new DeclarationInputError(`the JSON is ${describe(stack)}, not an object; expected a synthesized stack (cdk.tf.json)`);
  if ('format_version' in stack) throw new DeclarationInputError('this is the JSON form of a plan or a state, not a synthesized stack: give a plan with --plan');
  if (!('resource' in stack) && !('terraform' in stack)) throw new DeclarationInputError('neither `resource` nor `terraform`: this is not a synthesized stack (cdk.tf.json)');
  if (stack.resource !== undefined && !isObject(stack.resource)) throw new DeclarationInputError(`\`resource\` is ${describe(stack.resource)}, expected an object`);
  const reference = (value: unknown, type: string): string | undefined => {
    const match = typeof value === 'string' ? new RegExp(`^\\$\\{(${type}\\.[A-Za-z0-9_-]+)\\.id\\}$`).exec(value) : null;
    return match ? match[1] : undefined;
  };
  const resources: Resource[] = [];
  for (const type of [VM, TEMPLATE, GROUP]) {
    const byName = stack.resource?.[type];
    if (byName === undefined) continue;
    if (!isObject(byName)) throw new DeclarationInputError(`resource.${type} is ${describe(byName)}, expected an object`);
    for (const [name, values] of Object.entries(byName)) {
      const address = `${type}.${name}`;
      if (!isObject(values)) throw new DeclarationInputError(`${address} is ${describe(values)}, expected an object`);
      if ('count' in values || 'for_each' in values) throw new DeclarationInputError(`${address} has count or for_each: its instances are known only from a plan (give --plan)`);
      const group = Array.isArray(values.vmgroup) ? values.vmgroup[0] : values.vmgroup;
      const templateRef = reference(values.template_id, TEMPLATE);
      const groupRef = isObject(group) ? reference(group.vmgroup_id, GROUP) : undefined;
      resources.push({ address, type, values, ...(templateRef ? { templateRef } : {}), ...(groupRef ? { groupRef } : {}) });
    }
  }
  return build(resources, source, 'the stack');
}

/** Tags `service`, `zone` and `datacenter` of a resource (keys in any case), or undefined when it has none of them. */
function identity(r: Resource, what: string): { service: string; zone: string; datacenter: string } | undefined {
  const tags = r.values.tags ?? r.values.tags_all;
  if (tags === undefined || tags === null) return undefined;
  if (!isObject(tags)) throw new DeclarationInputError(`${r.address}: tags are ${describe(tags)}, expected an object`);
  const tag = (name: string) => Object.entries(tags).find(([k]) => k.toLowerCase() === name)?.[1];
  const [service, zone, datacenter] = ['service', 'zone', 'datacenter'].map(tag);
  if (service === undefined && datacenter === undefined) return undefined;
  for (const [name, value] of [['service', service], ['zone', zone], ['datacenter', datacenter]] as const) {
    if (typeof value !== 'string' || value === '' || value.includes('${')) {
      throw new DeclarationInputError(`${r.address}: tag ${name} is ${describe(value)} in ${what}, expected a literal name`);
    }
  }
  return { service: service as string, zone: zone as string, datacenter: datacenter as string };
}

function build(resources: Resource[], source: string, what: string): Declaration {
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  type Found = { members: Array<{ name: string; address: string }>; clusters: Set<number | undefined>; groups: Set<string>; roles: Set<string> };
  const services = new Map<string, { zone: string; service: string; dcs: Map<string, Found> }>();
  const dcOf = (id: { service: string; zone: string; datacenter: string }) => {
    const key = `${id.zone}\u0000${id.service}`;
    let s = services.get(key);
    if (!s) services.set(key, s = { zone: id.zone, service: id.service, dcs: new Map() });
    let dc = s.dcs.get(id.datacenter);
    if (!dc) s.dcs.set(id.datacenter, dc = { members: [], clusters: new Set(), groups: new Set(), roles: new Set() });
    return dc;
  };
  const literal = (r: Resource, field: string): string => {
    const value = r.values[field];
    if (typeof value !== 'string' || value === '' || value.includes('${')) {
      throw new DeclarationInputError(`${r.address}: ${field} is ${describe(value)} in ${what}, expected a literal name`);
    }
    return value;
  };
  const templatesByIdentity = new Map<string, Set<number | undefined>>();
  const groupsByIdentity = new Map<string, Set<string>>();
  const idKey = (id: { service: string; zone: string; datacenter: string }) => `${id.zone}\u0000${id.service}\u0000${id.datacenter}`;
  for (const r of resources) {
    if (r.type === VM) continue;
    const id = identity(r, what);
    if (!id) continue;
    const map = r.type === TEMPLATE ? templatesByIdentity : groupsByIdentity;
    const set = (map.get(idKey(id)) ?? new Set()) as Set<any>;
    set.add(r.type === TEMPLATE ? clusterOfRequirements(typeof r.values.sched_requirements === 'string' ? r.values.sched_requirements : undefined) : literal(r, 'name'));
    map.set(idKey(id), set);
  }
  for (const r of resources) {
    if (r.type !== VM) continue;
    const id = identity(r, what);
    if (!id) continue;
    const dc = dcOf(id);
    dc.members.push({ name: literal(r, 'name'), address: r.address });
    const template = r.templateRef ? byAddress.get(r.templateRef) : undefined;
    if (template) dc.clusters.add(clusterOfRequirements(typeof template.values.sched_requirements === 'string' ? template.values.sched_requirements : undefined));
    else for (const c of templatesByIdentity.get(idKey(id)) ?? [undefined]) dc.clusters.add(c);
    const group = r.groupRef ? byAddress.get(r.groupRef) : undefined;
    if (group) dc.groups.add(literal(group, 'name'));
    else for (const g of groupsByIdentity.get(idKey(id)) ?? []) dc.groups.add(g);
    const vmgroup = Array.isArray(r.values.vmgroup) ? r.values.vmgroup[0] : r.values.vmgroup;
    if (isObject(vmgroup) && typeof vmgroup.role === 'string' && !vmgroup.role.includes('${')) dc.roles.add(vmgroup.role);
  }
  if (services.size === 0) {
    throw new DeclarationInputError(`${what} declares no VM of a service managed by cdktf-opennebula (no ${VM} with service, zone and datacenter tags)`);
  }
  const declared: DeclaredService[] = [...services.values()].map((s) => ({
    zone: s.zone,
    service: s.service,
    datacenters: [...s.dcs.entries()].map(([name, dc]): DeclaredDatacenter => {
      const members = [...dc.members].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
      const names = new Set<string>();
      for (const m of members) {
        if (names.has(m.name)) throw new DeclarationInputError(`${what} declares two VMs named ${m.name} (${s.service} in ${name})`);
        names.add(m.name);
      }
      const clusters = [...dc.clusters];
      return {
        name,
        ...(clusters.length === 1 && clusters[0] !== undefined ? { clusterId: clusters[0] } : {}),
        members,
        ...(dc.groups.size === 1 ? { vmGroupName: [...dc.groups][0] } : {}),
        ...(dc.roles.size === 1 ? { roleName: [...dc.roles][0] } : {}),
      };
    }).sort((a, b) => a.name.localeCompare(b.name)),
  }));
  return { source, services: declared };
}
