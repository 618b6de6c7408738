/**
 * OpenNebula templates: the `KEY="value"` / `KEY=[ K="v", ... ]` text that the API receives,
 * and the `<TEMPLATE>` XML it answers with.
 *
 * Parsing follows oned 6.10's template lexer and grammar as documented behaviour:
 * - attribute names are upper-cased, inside vectors too;
 * - a value is either double-quoted (it may span lines; the only escape is `\"`, which becomes
 *   `"`; every other backslash is kept as is) or a bare word without blanks, `=`, `#`, `,`,
 *   `[` and `]`;
 * - `KEY=` at the end of a line is an empty value, `KEY=[]` an empty vector;
 * - lines starting with `#` are comments;
 * - inside one vector a repeated key keeps its first value.
 * When written back, attributes and vector members are sorted by name (oned keeps them in
 * ordered maps), attributes of the same name keep their order, and values are CDATA.
 */
import { cdata } from './xml';

export interface SingleAttribute {
  readonly name: string;
  value: string;
}

export interface VectorAttribute {
  readonly name: string;
  /** Members by upper-case name. */
  readonly vector: Map<string, string>;
}

export type Attribute = SingleAttribute | VectorAttribute;

export function isVector(attribute: Attribute): attribute is VectorAttribute {
  return (attribute as VectorAttribute).vector !== undefined;
}

export class TemplateSyntaxError extends Error {}

export class Template {
  /** Parses OpenNebula template syntax. Throws TemplateSyntaxError with oned-like wording. */
  public static parse(text: string): Template {
    return new TemplateParser(text).parse();
  }

  public readonly attributes: Attribute[] = [];

  public clone(): Template {
    const copy = new Template();
    for (const a of this.attributes) {
      copy.attributes.push(isVector(a) ? { name: a.name, vector: new Map(a.vector) } : { name: a.name, value: a.value });
    }
    return copy;
  }

  /** First single value called `name`. */
  public get(name: string): string | undefined {
    const found = this.attributes.find((a) => a.name === name && !isVector(a)) as SingleAttribute | undefined;
    return found?.value;
  }

  public vectors(name: string): VectorAttribute[] {
    return this.attributes.filter((a): a is VectorAttribute => a.name === name && isVector(a));
  }

  public vector(name: string): VectorAttribute | undefined {
    return this.vectors(name)[0];
  }

  public has(name: string): boolean {
    return this.attributes.some((a) => a.name === name);
  }

  /** Removes every attribute called `name`; returns the removed ones. One pass: linear in the attributes. */
  public remove(name: string): Attribute[] {
    return this.removeWhere((a) => a.name === name);
  }

  /** Replaces every attribute called `name` by one single value. */
  public set(name: string, value: string): void {
    this.remove(name);
    this.attributes.push({ name, value });
  }

  public addVector(name: string, members: Array<[string, string]> = []): VectorAttribute {
    const attribute: VectorAttribute = { name, vector: new Map(members) };
    this.attributes.push(attribute);
    return attribute;
  }

  /**
   * oned's merge: every attribute name present in `other` replaces all attributes of that name
   * here (a vector replaces a vector as a whole).
   */
  public merge(other: Template): void {
    const names = new Set(other.attributes.map((a) => a.name));
    // One pass over this template (removing name by name was quadratic in large templates).
    this.removeWhere((a) => names.has(a.name));
    for (const a of other.clone().attributes) this.attributes.push(a);
  }

  /** Removes the attributes `test` accepts, keeping the others in order; returns the removed ones. */
  private removeWhere(test: (a: Attribute) => boolean): Attribute[] {
    const removed: Attribute[] = [];
    let kept = 0;
    for (const a of this.attributes) {
      if (test(a)) removed.push(a);
      else this.attributes[kept++] = a;
    }
    this.attributes.length = kept;
    return removed;
  }

  /** `<TEMPLATE>...</TEMPLATE>` (or another root), sorted as oned sorts it. */
  public toXml(root = 'TEMPLATE'): string {
    const sorted = [...this.attributes].map((a, i) => ({ a, i }))
      .sort((x, y) => (x.a.name < y.a.name ? -1 : x.a.name > y.a.name ? 1 : x.i - y.i))
      .map(({ a }) => a);
    return `<${root}>${sorted.map(attributeXml).join('')}</${root}>`;
  }

  /** Back to template syntax (for logs and tests). */
  public toString(): string {
    return this.attributes.map((a) => {
      if (!isVector(a)) return `${a.name}="${a.value.replace(/"/g, '\\"')}"`;
      const members = [...a.vector.entries()].map(([k, v]) => `  ${k}="${v.replace(/"/g, '\\"')}"`);
      return `${a.name}=[\n${members.join(',\n')} ]`;
    }).join('\n');
  }
}

export function attributeXml(a: Attribute): string {
  if (!isVector(a)) return `<${a.name}>${cdata(a.value)}</${a.name}>`;
  const members = [...a.vector.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `<${k}>${cdata(v)}</${k}>`).join('');
  return `<${a.name}>${members}</${a.name}>`;
}

/** Vector members as an object (for tests and state dumps). */
export function vectorObject(v: VectorAttribute): { [key: string]: string } {
  return Object.fromEntries([...v.vector.entries()]);
}

const NAME_CHAR = /[A-Za-z0-9_]/;
const BLANK = /[ \t]/;
const BARE_VALUE_END = /[=#\s,[\]]/;

class TemplateParser {
  private pos = 0;
  private line = 1;
  private readonly template = new Template();

  constructor(private readonly text: string) {}

  public parse(): Template {
    for (;;) {
      this.skipBlanksNewlinesAndComments();
      if (this.pos >= this.text.length) return this.template;
      const name = this.readName();
      this.skipBlanks();
      if (this.text[this.pos] !== '=') this.error(`unexpected ${this.describeNext()}, expecting EQUAL`);
      this.pos++;
      this.skipBlanks();
      const next = this.text[this.pos];
      if (next === undefined || next === '\n' || next === '\r') {
        this.template.attributes.push({ name, value: '' });
        continue;
      }
      if (next === '[') {
        this.pos++;
        this.template.attributes.push({ name, vector: this.readVectorBody() });
        continue;
      }
      this.template.attributes.push({ name, value: this.readValue() });
    }
  }

  private readVectorBody(): Map<string, string> {
    const members = new Map<string, string>();
    this.skipBlanksAndNewlines();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return members;
    }
    for (;;) {
      this.skipBlanksAndNewlines();
      const key = this.readName();
      this.skipBlanks();
      if (this.text[this.pos] !== '=') this.error(`unexpected ${this.describeNext()}, expecting EQUAL`);
      this.pos++;
      this.skipBlanks();
      const value = this.readValue();
      if (!members.has(key)) members.set(key, value);
      this.skipBlanksAndNewlines();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        continue;
      }
      if (sep === ']') {
        this.pos++;
        return members;
      }
      this.error(`unexpected ${this.describeNext()}, expecting COMMA or CBRACKET`);
    }
  }

  private readValue(): string {
    if (this.text[this.pos] === '"') {
      const start = ++this.pos;
      for (;;) {
        const c = this.text[this.pos];
        if (c === undefined) this.error('unexpected end of template, unterminated quoted value');
        if (c === '\\' && this.text[this.pos + 1] === '"') {
          this.pos += 2;
          continue;
        }
        if (c === '"') break;
        if (c === '\n') this.line++;
        this.pos++;
      }
      const raw = this.text.slice(start, this.pos);
      this.pos++;
      return raw.split('\\"').join('"');
    }
    const start = this.pos;
    while (this.pos < this.text.length && !BARE_VALUE_END.test(this.text[this.pos])) this.pos++;
    if (this.pos === start) this.error(`unexpected ${this.describeNext()}, expecting STRING`);
    return this.text.slice(start, this.pos);
  }

  private readName(): string {
    const start = this.pos;
    while (this.pos < this.text.length && NAME_CHAR.test(this.text[this.pos])) this.pos++;
    if (this.pos === start) this.error(`unexpected ${this.describeNext()}, expecting VARIABLE`);
    return this.text.slice(start, this.pos).toUpperCase();
  }

  private skipBlanks(): void {
    while (this.pos < this.text.length && BLANK.test(this.text[this.pos])) this.pos++;
  }

  private skipBlanksAndNewlines(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) {
      if (this.text[this.pos] === '\n') this.line++;
      this.pos++;
    }
  }

  private skipBlanksNewlinesAndComments(): void {
    for (;;) {
      this.skipBlanksAndNewlines();
      if (this.text[this.pos] !== '#') return;
      while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
    }
  }

  private describeNext(): string {
    const c = this.text[this.pos];
    if (c === undefined) return 'end of template';
    return `"${c}"`;
  }

  private error(message: string): never {
    throw new TemplateSyntaxError(`Parse error: syntax error, ${message} at line ${this.line}`);
  }
}
