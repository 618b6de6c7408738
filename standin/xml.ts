/**
 * A deliberately small XML reader and writer: enough for XML-RPC method calls (elements, text,
 * CDATA, entities, comments, the XML declaration). No namespaces, no DTDs.
 */

export interface XmlElement {
  readonly name: string;
  readonly children: Array<XmlElement | string>;
}

const NAMED_ENTITIES: { [name: string]: string } = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces `&lt;`, `&#34;`, `&#x9;`... by the characters they stand for. Throws XmlSyntaxError on a number that is no character. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) throw new XmlSyntaxError(`XML: character reference ${whole} is not a character`);
      return String.fromCodePoint(code);
    }
    return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : whole;
  });
}

/** Escapes text for an XML text node. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Wraps a value in CDATA the way oned writes template values (a `]]>` inside is split). */
export function cdata(text: string): string {
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

export class XmlSyntaxError extends Error {}

/** Deepest element nesting `parseXml` accepts by default (XML-RPC calls of OpenNebula nest about 8 deep). */
export const MAX_XML_DEPTH = 64;

/**
 * Parses a document and returns its root element. Elements nested deeper than `maxDepth` are a
 * syntax error (the reader is recursive: unbounded nesting would exhaust the stack).
 */
export function parseXml(source: string, maxDepth: number = MAX_XML_DEPTH): XmlElement {
  let pos = 0;
  const fail = (what: string): never => {
    throw new XmlSyntaxError(`XML: ${what} at offset ${pos}`);
  };

  const skipMisc = () => {
    for (;;) {
      while (pos < source.length && /\s/.test(source[pos])) pos++;
      if (source.startsWith('<?', pos)) {
        const end = source.indexOf('?>', pos);
        if (end < 0) fail('unterminated processing instruction');
        pos = end + 2;
      } else if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else if (source.startsWith('<!DOCTYPE', pos)) {
        fail('DOCTYPE is not supported');
      } else {
        return;
      }
    }
  };

  const readName = (): string => {
    const match = /^[A-Za-z_:][A-Za-z0-9_.:-]*/.exec(source.slice(pos, pos + 256));
    if (!match) fail('element name expected');
    pos += match![0].length;
    return match![0];
  };

  const readElement = (depth: number): XmlElement => {
    if (depth > maxDepth) fail(`elements nested deeper than ${maxDepth}`);
    if (source[pos] !== '<') fail('"<" expected');
    pos++;
    const name = readName();
    // Attributes are read and ignored (XML-RPC has none).
    for (;;) {
      while (/\s/.test(source[pos] ?? '')) pos++;
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return { name, children: [] };
      }
      if (source[pos] === '>') {
        pos++;
        break;
      }
      readName();
      while (/\s/.test(source[pos] ?? '')) pos++;
      if (source[pos] !== '=') fail('"=" expected in attribute');
      pos++;
      while (/\s/.test(source[pos] ?? '')) pos++;
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail('quoted attribute value expected');
      const end = source.indexOf(quote, pos + 1);
      if (end < 0) fail('unterminated attribute value');
      pos = end + 1;
    }
    const children: Array<XmlElement | string> = [];
    let text = '';
    for (;;) {
      if (pos >= source.length) fail(`unterminated element <${name}>`);
      if (source.startsWith('</', pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        while (/\s/.test(source[pos] ?? '')) pos++;
        if (source[pos] !== '>') fail('">" expected');
        pos++;
        if (text) children.push(text);
        return { name, children };
      }
      if (source.startsWith('<![CDATA[', pos)) {
        const end = source.indexOf(']]>', pos);
        if (end < 0) fail('unterminated CDATA');
        text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else if (source[pos] === '<') {
        if (text) children.push(text);
        text = '';
        children.push(readElement(depth + 1));
      } else {
        const next = source.indexOf('<', pos);
        const end = next < 0 ? source.length : next;
        text += decodeEntities(source.slice(pos, end));
        pos = end;
      }
    }
  };

  skipMisc();
  const root = readElement(1);
  skipMisc();
  if (pos !== source.length) fail('content after the root element');
  return root;
}

/** Child elements only (whitespace text between elements dropped). */
export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** Concatenated text content of an element (its direct text children). */
export function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}
