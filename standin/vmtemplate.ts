/**
 * VM templates (`one.template.*`): allocate, info, update, delete and instantiate, which merges
 * the extra attributes over the template and hands the result to the VM lifecycle (vm.ts).
 */
import { ErrorCode, Fail, Session, int, optionalBool, optionalString } from './call';
import { LOCK_MANAGE, LOCK_USE, OBJECT, Pools, VmTemplateObject, defaultPermissions, lockXml, permissionsXml } from './pool';
import { Template } from './template';
import { allocateVm } from './vm';
import { RpcValue } from './xmlrpc';

export function templateAllocate(pools: Pools, session: Session, text: string): number {
  const tpl = pools.parse(text, ErrorCode.ALLOCATE, OBJECT.template);
  const id = pools.nextId.template;
  const name = tpl.get('NAME') || `Template-${id}`;
  tpl.remove('NAME');
  const owner = pools.owner(session);
  const twin = [...pools.templates.values()].find((t) => t.uid === owner.uid && t.name === name);
  // oned's template pool refuses it (INTERNAL), not the request's allocation (ALLOCATE).
  if (twin) throw new Fail(ErrorCode.INTERNAL, `NAME is already taken by TEMPLATE ${twin.id}.`);
  pools.nextId.template++;
  pools.templates.set(id, { id, ...owner, name, perms: defaultPermissions(), template: tpl, regtime: pools.now() });
  return id;
}

export function templateXml(pools: Pools, t: VmTemplateObject): string {
  return `<VMTEMPLATE>${pools.commonXml(t)}${lockXml(t)}${permissionsXml(t.perms)}<REGTIME>${t.regtime}</REGTIME>${t.template.toXml()}</VMTEMPLATE>`;
}

/**
 * one.template.update's change: type 0 replaces the template, 1 merges into it. A NAME in it stays
 * in the body, as in oned (the object's name changes only with rename).
 */
export function updateTemplate(t: VmTemplateObject, tpl: Template, type: number): void {
  if (type === 0) t.template = tpl;
  else t.template.merge(tpl);
}

export function templateDelete(pools: Pools, p: RpcValue[]): number {
  const t = pools.get(pools.templates, int(p, 0, 'id'), OBJECT.template);
  pools.checkLock(t, OBJECT.template, LOCK_MANAGE);
  pools.templates.delete(t.id);
  return t.id;
}

export function instantiate(pools: Pools, session: Session, p: RpcValue[]): number {
  const t = pools.get(pools.templates, int(p, 0, 'id'), OBJECT.template);
  const name = optionalString(p, 1, '');
  const hold = optionalBool(p, 2, false);
  const extra = optionalString(p, 3, '');
  pools.checkLock(t, OBJECT.template, LOCK_USE);
  const tpl = t.template.clone();
  if (extra.trim()) tpl.merge(pools.parse(extra, ErrorCode.INTERNAL, OBJECT.template));
  // oned words the VM's allocation errors with the request's object, the template.
  return allocateVm(pools, session, tpl, name || `${t.name}-${pools.nextId.vm}`, hold, t.id, OBJECT.template);
}
