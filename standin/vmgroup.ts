/**
 * VM groups (`one.vmgroup.*`): allocate with roles, update (refused while the group has VMs),
 * delete, the role-to-role rules oned checks, and the group's XML. VMs join and leave roles in
 * vm.ts.
 */
import { ErrorCode, Fail, Session, int } from './call';
import { LOCK_MANAGE, OBJECT, Pools, VmGroupObject, VmGroupRole, checkName, defaultPermissions, lockXml, permissionsXml } from './pool';
import { Template, attributeXml, isVector } from './template';
import { RpcValue } from './xmlrpc';

export function vmGroupAllocate(pools: Pools, session: Session, text: string): number {
  const tpl = pools.parse(text, ErrorCode.ALLOCATE, OBJECT.vmgroup);
  // A template that parses but that the VM group pool refuses (name, roles, rules): INTERNAL, as
  // oned answers what its pool's allocate refuses, with the pool's message alone.
  const fail = (message: string) => new Fail(ErrorCode.INTERNAL, message);
  const name = tpl.get('NAME') ?? '';
  try {
    checkName(name);
  } catch (e) {
    throw fail((e as Error).message);
  }
  const owner = pools.owner(session);
  const twin = [...pools.vmGroups.values()].find((g) => g.uid === owner.uid && g.name === name);
  if (twin) throw fail(`NAME is already taken by VMGroup ${twin.id}.`);
  tpl.remove('NAME');
  const roles: VmGroupRole[] = [];
  for (const attribute of tpl.remove('ROLE')) {
    if (!isVector(attribute)) continue;
    const roleName = attribute.vector.get('NAME') ?? '';
    if (!roleName) throw fail('Missing NAME in VM group role');
    if (roles.some((r) => r.attributes.get('NAME') === roleName)) throw fail('Role already exists');
    const attributes = new Map(attribute.vector);
    attributes.delete('VMS');
    attributes.set('ID', String(roles.length));
    roles.push({ id: roles.length, attributes, vms: [] });
  }
  checkRoleRules(tpl, roles, '');
  const id = pools.nextId.vmgroup++;
  pools.vmGroups.set(id, { id, ...owner, name, perms: defaultPermissions(), template: tpl, roles });
  return id;
}

/** one.vmgroup.update's change: refused while the group has VMs; ROLE stays out, a NAME stays in the body (as in oned). */
export function updateVmGroup(g: VmGroupObject, tpl: Template, type: number): void {
  const vms = g.roles.reduce((n, r) => n + r.vms.length, 0);
  if (vms > 0) throw new Fail(ErrorCode.INTERNAL, `Cannot update template. VM Group has ${vms} VMs`);
  const next = type === 0 ? tpl : mergedCopy(g.template, tpl);
  next.remove('ROLE');
  checkRoleRules(next, g.roles, 'Cannot update template. ');
  g.template = next;
}

export function vmGroupDelete(pools: Pools, p: RpcValue[]): number {
  const g = pools.get(pools.vmGroups, int(p, 0, 'id'), OBJECT.vmgroup);
  pools.checkLock(g, OBJECT.vmgroup, LOCK_MANAGE);
  pools.vmGroups.delete(g.id);
  return g.id;
}

export function vmGroupXml(pools: Pools, g: VmGroupObject): string {
  const roles = g.roles.map((r) => {
    const members = new Map(r.attributes);
    if (r.vms.length > 0) members.set('VMS', r.vms.join(','));
    return attributeXml({ name: 'ROLE', vector: members });
  }).join('');
  return `<VM_GROUP>${pools.commonXml(g)}${permissionsXml(g.perms)}${lockXml(g)}<ROLES>${roles}</ROLES>${g.template.toXml()}</VM_GROUP>`;
}

/** oned's consistency check of role-to-role rules (top-level AFFINED / ANTI_AFFINED). */
function checkRoleRules(tpl: Template, roles: VmGroupRole[], prefix: string): void {
  const code = ErrorCode.INTERNAL;
  const byName = new Map(roles.map((r) => [r.attributes.get('NAME') ?? '', r]));
  for (const policy of ['AFFINED', 'ANTI_AFFINED']) {
    for (const a of tpl.attributes) {
      if (a.name !== policy || isVector(a)) continue;
      const names = a.value.split(',').map((s) => s.trim()).filter(Boolean);
      if (names.some((n) => !byName.has(n))) {
        throw new Fail(code, `${prefix}Some roles used in ${policy} attribute (${a.value}) are not defined`);
      }
      if (policy === 'AFFINED') {
        const anti = names.find((n) => (byName.get(n)!.attributes.get('POLICY') ?? '').toUpperCase() === 'ANTI_AFFINED');
        if (anti) throw new Fail(code, `${prefix}Role ${anti} is in an AFFINED rule but the role policy is ANTI_AFFINED`);
      }
    }
  }
}

function mergedCopy(base: Template, extra: Template): Template {
  const copy = base.clone();
  copy.merge(extra);
  return copy;
}
