/**
 * What one XML-RPC call of the stand-in is made of: the caller's session, the parameter readers
 * and the two ways a call goes wrong, a failed OpenNebula answer (`Fail`, with oned's error code)
 * and an XML-RPC fault (`ParameterError`, `UnknownMethodError`).
 */
import { RpcValue } from './xmlrpc';

/** OpenNebula's XML-RPC error codes (the third element of a failed answer). */
export const ErrorCode = {
  AUTHENTICATION: 0x0100,
  AUTHORIZATION: 0x0200,
  NO_EXISTS: 0x0400,
  ACTION: 0x0800,
  XML_RPC_API: 0x1000,
  INTERNAL: 0x2000,
  ALLOCATE: 0x4000,
  LOCKED: 0x8000,
} as const;

/** The authenticated caller. */
export interface Session { uid: number; gid: number; uname: string }

/** One method of the dispatch table: the session and the parameters after it, to the answer's body. */
export type Method = (session: Session, params: RpcValue[]) => RpcValue;

/** A failed call: answered `[false, "[method] message", code, resourceId, 0]`. */
export class Fail extends Error {
  constructor(public readonly code: number, message: string, public readonly resourceId = -1) {
    super(message);
  }
}

// Parameter readers: a wrong type is a fault, as xmlrpc-c answers a signature mismatch.

export class ParameterError extends Error {}

/** A method the stand-in does not answer: an XML-RPC fault, as xmlrpc-c gives for a method not registered. */
export class UnknownMethodError extends Error {
  constructor(public readonly method: string) {
    super(`Method '${method}' not defined`);
  }
}

function param(p: RpcValue[], i: number, what: string): RpcValue {
  if (i >= p.length) throw new ParameterError(`missing parameter ${i + 2} (${what})`);
  return p[i];
}

export function int(p: RpcValue[], i: number, what: string): number {
  const v = param(p, i, what);
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new ParameterError(`parameter ${i + 2} (${what}) must be an int`);
  return v;
}

export function str(p: RpcValue[], i: number, what: string): string {
  const v = param(p, i, what);
  if (typeof v !== 'string') throw new ParameterError(`parameter ${i + 2} (${what}) must be a string`);
  return v;
}

export function optionalInt(p: RpcValue[], i: number, fallback: number): number {
  return i < p.length ? int(p, i, 'optional int') : fallback;
}

export function optionalBool(p: RpcValue[], i: number, fallback: boolean): boolean {
  if (i >= p.length) return fallback;
  const v = p[i];
  if (typeof v !== 'boolean') throw new ParameterError(`parameter ${i + 2} must be a boolean`);
  return v;
}

export function optionalString(p: RpcValue[], i: number, fallback: string): string {
  return i < p.length ? str(p, i, 'optional string') : fallback;
}
