/**
 * A small XML reader for OpenNebula's XML-RPC answers: elements, attributes ignored, text with
 * the five predefined entities and numeric references, CDATA sections, comments and the XML
 * declaration skipped. Enough for `methodResponse` envelopes and the object documents
 * (`<VM>`, `<VM_POOL>`, `<HOST_POOL>`) they carry. Depth and size are bounded.
 */

/** One element: its name, child elements and text (the concatenation of its own text nodes). */
export interface XmlNode {
  readonly name: string;
  readonly children: XmlNode[];
  text: string;
}

/** Thrown for a document that is not well-formed or exceeds the bounds. */
export class XmlReadError extends Error {}

const MAX_DEPTH = 64;
const ENTITIES: { [name: string]: string } = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeText(raw: string): string {
  return raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const known = ENTITIES[ref];
    if (known === undefined) throw new XmlReadError(`unknown entity ${whole}`);
    return known;
  });
}

/** Parses `text` and returns its root element. */
export function readXml(text: string): XmlNode {
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (chunk.length > 0) {
      if (stack.length > 0) stack[stack.length - 1].text += decodeText(chunk);
      else if (chunk.trim() !== '') throw new XmlReadError('text outside the root element');
    }
    if (lt < 0) break;
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0 || stack.length === 0) throw new XmlReadError('unterminated or misplaced CDATA section');
      stack[stack.length - 1].text += text.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<!--', lt) || text.startsWith('<?', lt) || text.startsWith('<!', lt)) {
      const close = text.startsWith('<!--', lt) ? '-->' : '>';
      const end = text.indexOf(close, lt);
      if (end < 0) throw new XmlReadError('unterminated comment or declaration');
      i = end + close.length;
      continue;
    }
    const gt = text.indexOf('>', lt);
    if (gt < 0) throw new XmlReadError('unterminated tag');
    const tag = text.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlReadError(`closing tag </${name}> does not match <${open?.name ?? ''}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const name = (selfClosing ? tag.slice(0, -1) : tag).trim().split(/\s/)[0];
    if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw new XmlReadError(`invalid element name "${name}"`);
    const node: XmlNode = { name, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else if (root) throw new XmlReadError('more than one root element');
    else root = node;
    if (!selfClosing) {
      if (stack.length >= MAX_DEPTH) throw new XmlReadError(`nesting deeper than ${MAX_DEPTH} levels`);
      stack.push(node);
    }
  }
  if (stack.length > 0) throw new XmlReadError(`element <${stack[stack.length - 1].name}> is not closed`);
  if (!root) throw new XmlReadError('no root element');
  return root;
}

/** The first child element of `node` named `name`. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** The children of `node` named `name`. */
export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** The text of the element at `path` below `node` (names separated by `/`), or undefined. */
export function textAt(node: XmlNode | undefined, path: string): string | undefined {
  let current = node;
  for (const name of path.split('/')) current = child(current, name);
  return current?.text;
}
