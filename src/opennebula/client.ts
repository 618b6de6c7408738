/**
 * A minimal OpenNebula XML-RPC client: what the library's commands read from a live zone
 * (VM states and readiness). Credentials come from the caller, never from synthesized output.
 */
import * as http from 'http';
import * as https from 'https';
import { XmlNode, XmlReadError, child, childrenNamed, readXml, textAt } from './xml';

/** How to reach a zone. */
export interface OneEndpoint {
  /** XML-RPC endpoint, e.g. `https://one.example.com/RPC2`. */
  readonly endpoint: string;
  readonly username: string;
  readonly password: string;
  /** Per-call timeout in milliseconds. @default 30000 */
  readonly timeoutMs?: number;
}

/** A call OpenNebula answered with an error, or that could not be made or read. */
export class OneApiError extends Error {
  constructor(message: string, public readonly code?: number) {
    super(message);
    this.name = 'OneApiError';
  }
}

/** OpenNebula VM states (STATE) and the LCM states the library looks at. */
export const VM_STATE = { PENDING: 1, HOLD: 2, ACTIVE: 3, STOPPED: 4, SUSPENDED: 5, DONE: 6, POWEROFF: 8, UNDEPLOYED: 9 } as const;
export const LCM_RUNNING = 3;
/** LCM states OpenNebula leaves a VM in after a failure (BOOT_FAILURE, PROLOG_FAILURE, EPILOG_FAILURE, ...). */
export const LCM_FAILURES: ReadonlySet<number> = new Set([14, 15, 16, 36, 37, 38, 39, 40, 41, 42, 44, 46, 47, 48, 49, 50, 61]);

/** What the library reads of one VM. */
export interface VmStatus {
  readonly id: number;
  readonly name: string;
  readonly state: number;
  readonly lcmState: number;
  /** The VM's USER_TEMPLATE/READY, as OneGate's `READY=YES` report sets it. */
  readonly ready: boolean;
  /** USER_TEMPLATE/ERROR, when OpenNebula recorded one. */
  readonly error?: string;
  /** The single-valued attributes of USER_TEMPLATE (tags land there, upper-cased). */
  readonly userTemplate: { [name: string]: string };
}

const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function encodeParam(value: string | number | boolean): string {
  if (typeof value === 'boolean') return `<value><boolean>${value ? 1 : 0}</boolean></value>`;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new OneApiError(`XML-RPC: only integer numbers are sent, got ${value}`);
    return `<value><int>${value}</int></value>`;
  }
  return `<value><string>${escapeXml(value)}</string></value>`;
}

function decodeValue(value: XmlNode): string | number | boolean {
  const typed = value.children[0];
  if (!typed) return value.text;
  switch (typed.name) {
    case 'boolean': return typed.text.trim() === '1';
    case 'int': case 'i4': case 'i8': return Number(typed.text.trim());
    default: return typed.text;
  }
}

export class OneClient {
  constructor(private readonly zone: OneEndpoint) {
    if (!/^https?:\/\//.test(zone.endpoint)) throw new OneApiError(`endpoint must be an http:// or https:// URL, got ${JSON.stringify(zone.endpoint)}`);
  }

  /** Calls `method` with the session and `params`; returns the answer's value on success. */
  public async call(method: string, ...params: Array<string | number | boolean>): Promise<string | number | boolean> {
    const body = `<?xml version="1.0"?><methodCall><methodName>${escapeXml(method)}</methodName><params>`
      + [`${this.zone.username}:${this.zone.password}`, ...params].map((p) => `<param>${encodeParam(p)}</param>`).join('')
      + '</params></methodCall>';
    const text = await this.post(body);
    let root: XmlNode;
    try {
      root = readXml(text);
    } catch (e) {
      throw new OneApiError(`${method}: the answer is not XML-RPC (${e instanceof XmlReadError ? e.message : String(e)})`);
    }
    const fault = child(root, 'fault');
    if (fault) throw new OneApiError(`${method}: XML-RPC fault: ${fault.children.length ? JSON.stringify(textOf(fault)) : ''}`);
    const values = childrenNamed(child(child(child(child(child(root, 'params'), 'param'), 'value'), 'array'), 'data'), 'value').map(decodeValue);
    if (values.length < 2 || typeof values[0] !== 'boolean') throw new OneApiError(`${method}: unexpected answer shape`);
    if (!values[0]) throw new OneApiError(`${method}: ${String(values[1])}`, typeof values[2] === 'number' ? values[2] : undefined);
    return values[1];
  }

  /** The state and readiness of VM `id`. */
  public async vm(id: number): Promise<VmStatus> {
    const xml = await this.call('one.vm.info', id, false);
    if (typeof xml !== 'string') throw new OneApiError(`one.vm.info ${id}: expected an XML document`);
    return parseVm(xml);
  }

  /**
   * Every VM the user can see that is not DONE, with its whole USER_TEMPLATE (tags, READY):
   * `one.vmpool.infoextended`, one call. (`one.vmpool.info` answers oned's short VM body, whose
   * USER_TEMPLATE keeps only scheduling attributes: no tag, no READY.)
   */
  public async vmPool(): Promise<VmStatus[]> {
    const xml = await this.call('one.vmpool.infoextended', -2, -1, -1, -1);
    if (typeof xml !== 'string') throw new OneApiError('one.vmpool.infoextended: expected an XML document');
    let pool: XmlNode;
    try {
      pool = readXml(xml);
    } catch (e) {
      throw new OneApiError(`VM pool document is not XML: ${(e as Error).message}`);
    }
    return childrenNamed(pool, 'VM').map(vmOf);
  }

  /** Merges `attributes` into the USER_TEMPLATE of VM `id` (one.vm.update, merge), as OneGate does. */
  public async updateVm(id: number, attributes: { [name: string]: string }): Promise<void> {
    const template = Object.entries(attributes).map(([name, value]) => {
      if (!/^[A-Z][A-Z0-9_]*$/.test(name) || /["\\\n]/.test(value)) throw new OneApiError(`refusing to write attribute ${name}=${JSON.stringify(value)}`);
      return `${name} = "${value}"`;
    }).join('\n');
    await this.call('one.vm.update', id, template, 1);
  }

  private post(body: string): Promise<string> {
    const url = new URL(this.zone.endpoint);
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = transport.request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'text/xml', 'Content-Length': Buffer.byteLength(body) },
        timeout: this.zone.timeoutMs ?? 30_000,
      }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) {
            request.destroy(new OneApiError(`answer larger than ${MAX_ANSWER_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new OneApiError(`HTTP ${response.statusCode} from ${url.origin}`));
          else resolve(Buffer.concat(chunks).toString('utf8'));
        });
        response.on('error', reject);
      });
      request.on('timeout', () => request.destroy(new OneApiError(`no answer from ${url.origin} within ${this.zone.timeoutMs ?? 30_000} ms`)));
      request.on('error', (e) => reject(e instanceof OneApiError ? e : new OneApiError(`cannot reach ${url.origin}: ${e.message}`)));
      request.end(body);
    });
  }
}

function textOf(node: XmlNode): string {
  return node.text + node.children.map(textOf).join(' ');
}

/** Reads a `<VM>` document. */
export function parseVm(xml: string): VmStatus {
  let vm: XmlNode;
  try {
    vm = readXml(xml);
  } catch (e) {
    throw new OneApiError(`VM document is not XML: ${(e as Error).message}`);
  }
  return vmOf(vm);
}

function vmOf(vm: XmlNode): VmStatus {
  const int = (path: string): number => {
    const text = textAt(vm, path);
    if (text === undefined || !/^\s*-?\d+\s*$/.test(text)) throw new OneApiError(`VM document without a numeric ${path}`);
    return Number(text);
  };
  return {
    id: int('ID'),
    name: textAt(vm, 'NAME') ?? '',
    state: int('STATE'),
    lcmState: int('LCM_STATE'),
    ready: (textAt(vm, 'USER_TEMPLATE/READY') ?? '').trim().toUpperCase() === 'YES',
    error: textAt(vm, 'USER_TEMPLATE/ERROR'),
    userTemplate: Object.fromEntries((child(vm, 'USER_TEMPLATE')?.children ?? [])
      .filter((attribute) => attribute.children.length === 0).map((attribute) => [attribute.name, attribute.text])),
  };
}
