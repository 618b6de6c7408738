import type { Document, LineCounter, Node } from 'yaml';
import { yaml } from './yaml';
import { DeclarationError } from '../core/validation';

/** One problem of a catalog, at a place in a file. */
export interface CatalogProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The field at fault, in the file's terms, e.g. `size.cpu` or `services[1].zones[0]`. */
  readonly field: string;
  readonly value: string;
  readonly allowed: string;
}

/** A path inside a YAML document: map keys and list indexes. */
export type YamlPath = Array<string | number>;

/** The largest catalog file read: a service is a few lines. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A YAML file of the catalog, parsed with source positions. */
export class CatalogFile {
  public readonly problems: CatalogProblem[] = [];
  public readonly document?: Document;
  private readonly lines: LineCounter = new (yaml().LineCounter)();

  constructor(public readonly file: string, text: string) {
    const documents = yaml().parseAllDocuments(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false, merge: false, strict: true });
    const list = Array.isArray(documents) ? documents : [];
    if (list.length === 0) {
      this.add([], 0, '(file)', '(empty)', 'a YAML document');
      return;
    }
    list.slice(1).forEach((extra) => this.add([], extra.range[0], '(file)', '"---" (a second document)', 'one YAML document per file'));
    const document = list[0];
    for (const error of [...document.errors, ...document.warnings]) {
      const allowed = error.code === 'DUPLICATE_KEY' ? 'each key once in a mapping' : 'valid YAML';
      this.add([], error.pos[0], '(yaml)', error.message.split('\n')[0], allowed);
    }
    yaml().visit(document, {
      Alias: (_key, node) => {
        this.add([], node.range?.[0] ?? 0, '(yaml)', `*${node.source}`, 'no aliases: write each value where it is used (a reviewer reads one file top to bottom)');
      },
      Node: (_key, node) => {
        if ((node as { anchor?: string }).anchor) {
          this.add([], node.range?.[0] ?? 0, '(yaml)', `&${(node as { anchor?: string }).anchor}`, 'no anchors: write each value where it is used');
        }
        const tag = (node as { tag?: string }).tag;
        if (tag) this.add([], node.range?.[0] ?? 0, '(yaml)', tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag, 'no tags: plain strings, numbers, booleans, lists and mappings');
      },
    });
    this.document = document;
  }

  public get contents(): Node | undefined {
    const contents = this.document?.contents;
    return contents === null ? undefined : contents as Node | undefined;
  }

  /** Adds a problem at an offset of the file. */
  public add(path: YamlPath, offset: number, field: string, value: string, allowed: string): void {
    const { line, col } = this.lines.linePos(offset);
    this.problems.push({ file: this.file, line, column: col, field: field === '' ? fieldOf(path) : field, value, allowed });
  }

  /** Adds a problem at a node. */
  public addAt(path: YamlPath, node: Node | undefined, value: string, allowed: string): void {
    this.add(path, node?.range?.[0] ?? 0, fieldOf(path), value, allowed);
  }

  /**
   * Runs `make` (a construct's constructor, a library call); a DeclarationError it throws becomes
   * problems of this file, each at the YAML node of its field (`fieldPath` maps the library's field
   * name below `at`), or the nearest node on the way. Other errors pass through.
   */
  public report<T>(at: YamlPath, make: () => T, fieldPath: (field: string) => YamlPath): T | undefined {
    try {
      return make();
    } catch (e) {
      if (!DeclarationError.isDeclarationError(e)) throw e;
      for (const problem of e.problems) {
        const yamlPath = [...at, ...fieldPath(problem.field)];
        this.addAt(yamlPath, this.nodeAt(yamlPath), problem.value, problem.allowed);
      }
      return undefined;
    }
  }

  /** The node at `path`, or the deepest node on the way to it. */
  public nodeAt(path: YamlPath): Node | undefined {
    let node: Node | undefined = this.contents;
    for (const step of path) {
      let next: unknown;
      if (yaml().isMap(node)) {
        next = node.items.find((pair) => yaml().isScalar(pair.key) && String(pair.key.value) === String(step))?.value;
      } else if (yaml().isSeq(node) && typeof step === 'number') {
        next = node.items[step];
      }
      if (!next || yaml().isAlias(next)) return node;
      node = next as Node;
    }
    return node;
  }
}

/** `size.cpu`, `zones[0]`, `services[1].size`: a path for people. */
export function fieldOf(path: YamlPath): string {
  return path.map((step, i) => typeof step === 'number' ? `[${step}]` : `${i === 0 ? '' : '.'}${step}`).join('') || '(document)';
}

/** A value for people: short, on one line. */
export function showNode(node: Node | undefined): string {
  if (node === undefined) return '(unset)';
  if (yaml().isScalar(node)) {
    const text = JSON.stringify(node.value) ?? String(node.value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  }
  if (yaml().isMap(node)) return 'a mapping';
  if (yaml().isSeq(node)) return 'a list';
  return 'a value';
}

/** The offset of the first byte of `bytes` that is not part of well-formed UTF-8, or undefined. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: sequence length and the range of its second byte (no overlong forms, surrogates or values above U+10FFFF).
    const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
        : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return undefined;
}

/** Line and column (in characters) of a byte offset whose preceding bytes are well-formed UTF-8. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: [...Buffer.from(bytes.subarray(start, offset)).toString('utf8')].length + 1 };
}
