import type { Node } from 'yaml';
import { CatalogFile, YamlPath, showNode } from './source';
import { yaml } from './yaml';

/** The part of JSON Schema (2020-12) the catalog's schemas use, and this checker understands. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly description?: string;
  readonly properties?: { [key: string]: JsonSchema };
  readonly required?: string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly enum?: Array<string | number | boolean>;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  /** Alternatives told apart by their `type` (a mapping or a list). */
  readonly oneOf?: JsonSchema[];
  readonly $defs?: { [name: string]: JsonSchema };
}

const TYPE_NAMES: { [type: string]: string } = {
  object: 'a mapping', array: 'a list', string: 'a string', integer: 'an integer', number: 'a number', boolean: 'true or false',
};

/** Checks `node` of `file` against `schema`, adding a problem, with its position, for every mismatch. */
export function checkNode(file: CatalogFile, root: JsonSchema, schema: JsonSchema, node: Node | undefined, path: YamlPath): void {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    checkNode(file, root, root.$defs![name], node, path);
    return;
  }
  if (schema.oneOf) {
    const branch = schema.oneOf.find((s) => typeMatches(resolve(root, s), node));
    if (branch) {
      checkNode(file, root, branch, node, path);
    } else {
      file.addAt(path, node, showNode(node), schema.oneOf.map((s) => describe(resolve(root, s))).join(', or '));
    }
    return;
  }
  if (!typeMatches(schema, node)) {
    file.addAt(path, node, showNode(node), describe(schema));
    return;
  }
  if (yaml().isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = yaml().isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) {
        file.addAt(path, pair.key as Node, showNode(pair.key as Node), 'plain keys');
        continue;
      }
      seen.add(key);
      const at = [...path, key];
      const property = schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, key) ? schema.properties[key] : undefined;
      if (property) {
        checkNode(file, root, property, pair.value as Node, at);
      } else if (typeof schema.additionalProperties === 'object') {
        if (schema.propertyNames?.pattern && !new RegExp(schema.propertyNames.pattern).test(key)) {
          file.addAt(at, pair.key as Node, JSON.stringify(key), schema.propertyNames.description ?? `a key matching ${schema.propertyNames.pattern}`);
        }
        checkNode(file, root, schema.additionalProperties, pair.value as Node, at);
      } else {
        const known = Object.keys(schema.properties ?? {});
        const near = known.find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key) <= 2);
        file.addAt(at, pair.key as Node, JSON.stringify(key),
          `one of the known keys (${known.join(', ')})${near ? `: did you mean ${near}?` : ''}`);
      }
    }
    for (const key of schema.required ?? []) {
      if (!seen.has(key)) file.addAt([...path, key], node, '(missing)', `${describe(resolve(root, schema.properties![key]))} (required)`);
    }
  } else if (yaml().isSeq(node)) {
    if (schema.minItems !== undefined && node.items.length < schema.minItems) {
      file.addAt(path, node, `${node.items.length} item${node.items.length === 1 ? '' : 's'}`, `at least ${schema.minItems}`);
    }
    const values = new Map<string, number>();
    node.items.forEach((item, i) => {
      if (schema.items) checkNode(file, root, schema.items, item as Node, [...path, i]);
      if (schema.uniqueItems && yaml().isScalar(item)) {
        const key = JSON.stringify((item as { value: unknown }).value);
        if (values.has(key)) file.addAt([...path, i], item as Node, key, `a value not already listed (same as ${path.length ? '' : ''}[${values.get(key)}])`);
        else values.set(key, i);
      }
    });
  } else if (yaml().isScalar(node)) {
    const value = node.value;
    if (schema.enum && !schema.enum.includes(value as string)) {
      file.addAt(path, node, showNode(node), `one of ${schema.enum.join(', ')}`);
    }
    if (typeof value === 'string') {
      if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) file.addAt(path, node, showNode(node), schema.description ?? `a string matching ${schema.pattern}`);
      if (schema.minLength !== undefined && value.length < schema.minLength) file.addAt(path, node, showNode(node), `at least ${schema.minLength} characters`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) file.addAt(path, node, `(${value.length} characters)`, `at most ${schema.maxLength} characters`);
    }
    if (typeof value === 'number') {
      const low = schema.minimum !== undefined && value < schema.minimum;
      const high = schema.maximum !== undefined && value > schema.maximum;
      if (low || high) file.addAt(path, node, showNode(node), range(schema));
    }
  }
}

function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  return schema.$ref ? root.$defs![schema.$ref.replace(/^#\/\$defs\//, '')] : schema;
}

function typeMatches(schema: JsonSchema, node: Node | undefined): boolean {
  // A list of allowed values without a type allows scalars only: a list or a mapping is never one of them.
  if (node === undefined || schema.type === undefined) return node !== undefined && (schema.enum === undefined || yaml().isScalar(node));
  switch (schema.type) {
    case 'object': return yaml().isMap(node);
    case 'array': return yaml().isSeq(node);
    case 'string': return yaml().isScalar(node) && typeof node.value === 'string';
    case 'boolean': return yaml().isScalar(node) && typeof node.value === 'boolean';
    case 'number': return yaml().isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value);
    case 'integer': return yaml().isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value);
    default: return false;
  }
}

function range(schema: JsonSchema): string {
  const what = schema.type === 'integer' ? 'an integer' : 'a number';
  if (schema.minimum !== undefined && schema.maximum !== undefined) return `${what} from ${schema.minimum} to ${schema.maximum}`;
  return schema.minimum !== undefined ? `${what}, at least ${schema.minimum}` : `${what}, at most ${schema.maximum}`;
}

function describe(schema: JsonSchema): string {
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  const type = TYPE_NAMES[schema.type ?? ''] ?? 'a value';
  if (schema.minimum !== undefined || schema.maximum !== undefined) return range(schema);
  return schema.description && schema.type === 'string' ? `${type}: ${schema.description}` : type;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
