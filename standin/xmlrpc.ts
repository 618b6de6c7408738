/**
 * XML-RPC (http://xmlrpc.com/spec.md) request decoding and response encoding, as much as
 * OpenNebula's API uses: int/i4/i8, boolean, string (also untyped values), double, base64,
 * nil, dateTime.iso8601 (kept as text), array and struct.
 */
import { XmlElement, XmlSyntaxError, elements, escapeText, parseXml, textOf } from './xml';

export type RpcValue = number | boolean | string | null | RpcValue[] | { [member: string]: RpcValue } | RpcInt64;

/** An `<i8>` value: a 64-bit integer written as such on the wire. */
export class RpcInt64 {
  constructor(public readonly value: bigint) {}
}

export interface MethodCall {
  readonly methodName: string;
  readonly params: RpcValue[];
}

export class RpcDecodeError extends Error {}

function decodeValue(value: XmlElement): RpcValue {
  const typed = elements(value);
  if (typed.length === 0) return textOf(value); // <value>text</value> is a string
  if (typed.length > 1) throw new RpcDecodeError('<value> holds more than one element');
  const inner = typed[0];
  const text = textOf(inner);
  switch (inner.name) {
    case 'int':
    case 'i4':
    case 'i8': {
      if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new RpcDecodeError(`<${inner.name}> is not an integer: "${text}"`);
      return Number(text.trim());
    }
    case 'boolean': {
      const trimmed = text.trim();
      if (trimmed !== '0' && trimmed !== '1') throw new RpcDecodeError(`<boolean> must be 0 or 1: "${text}"`);
      return trimmed === '1';
    }
    case 'string':
    case 'dateTime.iso8601':
      return text;
    case 'double': {
      const number = Number(text.trim());
      if (Number.isNaN(number)) throw new RpcDecodeError(`<double> is not a number: "${text}"`);
      return number;
    }
    case 'base64':
      return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'nil':
      return null;
    case 'array': {
      const data = elements(inner).find((e) => e.name === 'data');
      if (!data) throw new RpcDecodeError('<array> without <data>');
      return elements(data).map((v) => {
        if (v.name !== 'value') throw new RpcDecodeError(`<${v.name}> inside <data>`);
        return decodeValue(v);
      });
    }
    case 'struct': {
      const out: { [member: string]: RpcValue } = {};
      for (const member of elements(inner)) {
        const name = elements(member).find((e) => e.name === 'name');
        const v = elements(member).find((e) => e.name === 'value');
        if (!name || !v) throw new RpcDecodeError('<member> needs <name> and <value>');
        // Defined, not assigned: a member called `__proto__` is data, not the object's prototype.
        Object.defineProperty(out, textOf(name), { value: decodeValue(v), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    default:
      throw new RpcDecodeError(`unknown XML-RPC type <${inner.name}>`);
  }
}

/** Decodes a `<methodCall>` document. Throws RpcDecodeError or XmlSyntaxError. */
export function decodeMethodCall(body: string, maxDepth?: number): MethodCall {
  const root = parseXml(body, maxDepth);
  if (root.name !== 'methodCall') throw new RpcDecodeError(`<methodCall> expected, got <${root.name}>`);
  const nameElement = elements(root).find((e) => e.name === 'methodName');
  if (!nameElement) throw new RpcDecodeError('<methodName> missing');
  const paramsElement = elements(root).find((e) => e.name === 'params');
  const params = (paramsElement ? elements(paramsElement) : []).map((param) => {
    const value = elements(param).find((e) => e.name === 'value');
    if (param.name !== 'param' || !value) throw new RpcDecodeError('<param><value> expected');
    return decodeValue(value);
  });
  return { methodName: textOf(nameElement).trim(), params };
}

export { XmlSyntaxError };

function encodeValue(value: RpcValue): string {
  if (value instanceof RpcInt64) return `<value><i8>${value.value.toString()}</i8></value>`;
  if (value === null) return '<value><nil/></value>';
  if (Array.isArray(value)) return `<value><array><data>${value.map(encodeValue).join('')}</data></array></value>`;
  switch (typeof value) {
    case 'boolean':
      return `<value><boolean>${value ? 1 : 0}</boolean></value>`;
    case 'number':
      return Number.isInteger(value) ? `<value><i4>${value}</i4></value>` : `<value><double>${value}</double></value>`;
    case 'string':
      return `<value><string>${escapeText(value)}</string></value>`;
    default: {
      const members = Object.entries(value)
        .map(([name, v]) => `<member><name>${escapeText(name)}</name>${encodeValue(v)}</member>`)
        .join('');
      return `<value><struct>${members}</struct></value>`;
    }
  }
}

/** Encodes a `<methodResponse>` carrying one value (OpenNebula always answers with one array). */
export function encodeMethodResponse(value: RpcValue): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<methodResponse><params><param>${encodeValue(value)}</param></params></methodResponse>\n`;
}

/** Encodes an XML-RPC `<fault>` (OpenNebula itself only faults on malformed calls). */
export function encodeFault(code: number, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<methodResponse><fault>${encodeValue({ faultCode: code, faultString: message })}</fault></methodResponse>\n`;
}

/** Encodes a `<methodCall>` (used by the stand-in's own tests and clients). */
export function encodeMethodCall(methodName: string, params: RpcValue[]): string {
  const encoded = params.map((p) => `<param>${encodeValue(p)}</param>`).join('');
  return `<?xml version="1.0"?>\n<methodCall><methodName>${escapeText(methodName)}</methodName><params>${encoded}</params></methodCall>\n`;
}

/** Decodes a `<methodResponse>` (for clients): the value, or throws with the fault. */
export function decodeMethodResponse(body: string): RpcValue {
  const root = parseXml(body);
  if (root.name !== 'methodResponse') throw new RpcDecodeError('<methodResponse> expected');
  const fault = elements(root).find((e) => e.name === 'fault');
  if (fault) {
    const value = decodeValue(elements(fault)[0]) as { faultCode: number; faultString: string };
    throw new RpcDecodeError(`XML-RPC fault ${value.faultCode}: ${value.faultString}`);
  }
  const params = elements(root).find((e) => e.name === 'params');
  const param = params ? elements(params)[0] : undefined;
  const value = param ? elements(param)[0] : undefined;
  if (!value) throw new RpcDecodeError('<params><param><value> expected');
  return decodeValue(value);
}
