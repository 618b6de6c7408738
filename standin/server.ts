/**
 * HTTP front of the OpenNebula XML-RPC test stand-in: POST /RPC2 on 127.0.0.1.
 *
 *   const standIn = await startStandIn({ port: 0 });
 *   standIn.url;      // http://127.0.0.1:<port>/RPC2, the provider's `endpoint`
 *   standIn.state();  // templates, VM groups, VMs, every call, unknown methods
 *   await standIn.close();
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { ParameterError, UnknownMethodError } from './call';
import { Oned, OnedOptions, StandInState } from './oned';
import { MAX_XML_DEPTH } from './xml';
import { RpcDecodeError, XmlSyntaxError, decodeMethodCall, encodeFault, encodeMethodResponse } from './xmlrpc';

export { ErrorCode } from './call';
export { EMULATED_VERSION } from './oned';
export { LcmState, VmState } from './vm';
export type { CallRecord, OnedOptions, StandInState, TemplateObject } from './oned';

export interface StandInOptions extends OnedOptions {
  /** TCP port; 0 picks a free one. @default 2633 */
  readonly port?: number;
  /** Address to listen on. Only loopback addresses are accepted. @default 127.0.0.1 */
  readonly host?: string;
  /** Receives one line per call (method, arguments, outcome). @default silent */
  readonly log?: (line: string) => void;
  /** Largest request body accepted; a larger one is answered HTTP 413 and never held in memory. @default 16 MiB */
  readonly maxRequestBytes?: number;
  /** Deepest XML element nesting accepted; a deeper call is answered with a parse fault (-503). @default 64 */
  readonly maxXmlDepth?: number;
}

export interface StandIn {
  /** The XML-RPC endpoint, e.g. `http://127.0.0.1:40211/RPC2`. */
  readonly url: string;
  readonly port: number;
  /** The emulated daemon itself (for tests that call it directly). */
  readonly oned: Oned;
  /** A snapshot of the emulated objects and of every call so far. */
  state(): StandInState;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
/** xmlrpc-c's fault code for a call whose parameters do not match the method's signature. */
const FAULT_TYPE_MISMATCH = -501;
const FAULT_PARSE = -503;
/** xmlrpc-c's fault code for a method that is not registered. */
const FAULT_NO_SUCH_METHOD = -506;
/** xmlrpc-c's fault code for an internal error. */
const FAULT_INTERNAL = -500;
/** Default of `maxRequestBytes`: 16 MiB, far above any call of the provider (a 50,000-line template is about 1 MB). */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`the stand-in listens on loopback only, not on ${host}`);
  const oned = new Oned(options);
  const log = options.log;

  const maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const maxXmlDepth = options.maxXmlDepth ?? MAX_XML_DEPTH;

  const server = http.createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'POST' || path !== '/RPC2') {
      response.writeHead(request.method === 'POST' ? 404 : 405, { 'Content-Type': 'text/plain' });
      response.end('OpenNebula XML-RPC test stand-in: POST /RPC2\n');
      return;
    }
    const tooLarge = () => {
      log?.(`request refused: larger than ${maxRequestBytes} bytes`);
      // The rest of the body is read and dropped, never held; the connection closes after the answer.
      response.writeHead(413, { 'Content-Type': 'text/plain', 'Connection': 'close' });
      response.end(`OpenNebula XML-RPC test stand-in: requests are limited to ${maxRequestBytes} bytes\n`);
      request.resume();
    };
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxRequestBytes) {
      tooLarge();
      return;
    }
    let chunks: Buffer[] | undefined = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      if (chunks === undefined) return;
      received += chunk.length;
      if (received > maxRequestBytes) {
        chunks = undefined;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (chunks === undefined) return;
      const body = answer(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      response.end(body);
    });
  });

  /** The XML-RPC answer to one request body: a response, or a fault; never an HTTP error. */
  const answer = (text: string): string => {
    let methodName = '(unreadable call)';
    try {
      const call = decodeMethodCall(text, maxXmlDepth);
      methodName = call.methodName;
      const result = oned.call(call.methodName, call.params);
      log?.(`${call.methodName}(${describe(call.params.slice(1))}) -> ${result[0] ? 'ok' : `error ${String(result[1])}`}`);
      return encodeMethodResponse(result);
    } catch (e) {
      if (e instanceof UnknownMethodError) {
        log?.(`${methodName}: fault: unknown method`);
        return encodeFault(FAULT_NO_SUCH_METHOD, e.message);
      }
      if (e instanceof ParameterError) {
        log?.(`${methodName}: fault: ${e.message}`);
        return encodeFault(FAULT_TYPE_MISMATCH, `${methodName}: ${e.message}`);
      }
      if (e instanceof RpcDecodeError || e instanceof XmlSyntaxError) {
        return encodeFault(FAULT_PARSE, `Could not parse the XML-RPC call: ${e.message}`);
      }
      // A bug of the stand-in: a fault naming it, so the client fails clearly (never a success).
      log?.(`internal error: ${(e as Error).stack}`);
      return encodeFault(FAULT_INTERNAL, `stand-in internal error in ${methodName}: ${(e as Error).message}`);
    }
  };
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 2633, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${urlHost}:${port}/RPC2`,
    port,
    oned,
    state: () => oned.state(),
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}

function describe(params: unknown[]): string {
  return params.map((p) => {
    const text = typeof p === 'string' ? JSON.stringify(p) : JSON.stringify(p) ?? String(p);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  }).join(', ');
}
