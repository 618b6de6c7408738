/**
 * Checks that two synthesized Terraform JSON documents declare the same thing: same resource
 * types, same number of each, same addresses and the same attributes per resource, and the same
 * outputs, variables, providers and terraform block. cdktf's "//" metadata is dropped and key
 * order is ignored; array order is not (it is meaningful in Terraform JSON).
 */

type Json = any;

/** The document without "//" metadata, keys sorted (so that JSON.stringify compares it). */
export function canonical(value: Json): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).filter((k) => k !== '//').sort()) out[key] = canonical(value[key]);
    return out;
  }
  return value;
}

/** Resources per type and number of outputs, for the report. */
export function census(doc: Json): { resources: { [type: string]: number }; outputs: number } {
  const resources: { [type: string]: number } = {};
  for (const [type, byAddress] of Object.entries<any>(doc.resource ?? {})) resources[type] = Object.keys(byAddress).length;
  return { resources, outputs: Object.keys(doc.output ?? {}).length };
}

function show(value: Json): string {
  const text = JSON.stringify(value);
  return text === undefined ? '(absent)' : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function deepDiff(a: Json, b: Json, at: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${at}: ${a.length} elements vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) deepDiff(a[i], b[i], `${at}[${i}]`, out, limit);
    return;
  }
  const isObject = (v: Json) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      deepDiff(a[key], b[key], `${at}.${key}`, out, limit);
    }
    return;
  }
  if (a !== b) out.push(`${at}: ${show(a)} vs ${show(b)}`);
}

/** Metadata path of every resource address, to explain addresses present on one side only. */
function pathsByAddress(doc: Json): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [type, byAddress] of Object.entries<any>(doc.resource ?? {})) {
    for (const [address, body] of Object.entries<any>(byAddress)) {
      const path = body?.['//']?.metadata?.path;
      if (path) paths.set(`${type}.${address}`, path);
    }
  }
  return paths;
}

/**
 * Differences between two documents, in words ([] when they declare the same thing).
 * `aName` and `bName` label the sides in the messages.
 */
export function differences(rawA: Json, rawB: Json, aName: string, bName: string, limit = 15): string[] {
  const a = canonical(rawA);
  const b = canonical(rawB);
  const out: string[] = [];
  const ra = a.resource ?? {};
  const rb = b.resource ?? {};
  for (const type of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
    const na = Object.keys(ra[type] ?? {}).length;
    const nb = Object.keys(rb[type] ?? {}).length;
    if (na !== nb) out.push(`resource type ${type}: ${na} in ${aName}, ${nb} in ${bName}`);
  }
  const pathsA = pathsByAddress(rawA);
  const pathsB = pathsByAddress(rawB);
  for (const type of Object.keys(ra).filter((t) => rb[t])) {
    for (const address of Object.keys(ra[type])) {
      if (out.length >= limit) break;
      if (!(address in rb[type])) {
        const path = pathsA.get(`${type}.${address}`);
        const twin = [...pathsB.entries()].find(([, p]) => p === path)?.[0];
        out.push(`${type}.${address} is only in ${aName}${twin ? ` (${bName} has the same construct path as ${twin}: the construct trees differ)` : ''}`);
        continue;
      }
      deepDiff(ra[type][address], rb[type][address], `resource.${type}.${address}`, out, limit);
    }
    for (const address of Object.keys(rb[type])) {
      if (out.length < limit && !(address in ra[type])) out.push(`${type}.${address} is only in ${bName}`);
    }
  }
  for (const section of [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((s) => s !== 'resource').sort()) {
    deepDiff(a[section], b[section], section, out, limit);
  }
  return out.slice(0, limit);
}
