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
import { Oned, OnedOptions, ParameterError, StandInState } from './oned';
import { RpcDecodeError, XmlSyntaxError, decodeMethodCall, encodeFault, encodeMethodResponse } from './xmlrpc';

export { EMULATED_VERSION, ErrorCode, LcmState, VmState } from './oned';
export type { CallRecord, OnedOptions, StandInState, TemplateObject } from './oned';

export interface StandInOptions extends OnedOptions {
  /** TCP port; 0 picks a free one. @default 2633 */
  readonly port?: number;
  /** Address to listen on. Only loopback addresses are accepted. @default 127.0.0.1 */
  readonly host?: string;
  /** Receives one line per call (method, arguments, outcome). @default silent */
  readonly log?: (line: string) => void;
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

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`the stand-in listens on loopback only, not on ${host}`);
  const oned = new Oned(options);
  const log = options.log;

  const server = http.createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'POST' || path !== '/RPC2') {
      response.writeHead(request.method === 'POST' ? 404 : 405, { 'Content-Type': 'text/plain' });
      response.end('OpenNebula XML-RPC test stand-in: POST /RPC2\n');
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body: string;
      try {
        const call = decodeMethodCall(Buffer.concat(chunks).toString('utf8'));
        try {
          const answer = oned.call(call.methodName, call.params);
          log?.(`${call.methodName}(${describe(call.params.slice(1))}) -> ${answer[0] ? 'ok' : `error ${String(answer[1])}`}`);
          body = encodeMethodResponse(answer);
        } catch (e) {
          if (!(e instanceof ParameterError)) throw e;
          log?.(`${call.methodName}: fault: ${e.message}`);
          body = encodeFault(FAULT_TYPE_MISMATCH, `${call.methodName}: ${e.message}`);
        }
      } catch (e) {
        if (!(e instanceof RpcDecodeError || e instanceof XmlSyntaxError)) {
          log?.(`internal error: ${(e as Error).stack}`);
          response.writeHead(500, { 'Content-Type': 'text/plain' });
          response.end(`stand-in internal error: ${(e as Error).message}\n`);
          return;
        }
        body = encodeFault(FAULT_PARSE, `Could not parse the XML-RPC call: ${e.message}`);
      }
      response.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      response.end(body);
    });
  });
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
