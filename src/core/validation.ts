import { DefaultTokenResolver, StringConcat, TerraformStack, TerraformVariable, Token, Tokenization } from 'cdktf';
import { Construct } from 'constructs';

/** One problem found in a declaration. */
export interface ValidationProblem {
  /** Construct path of the declaration, e.g. `production-stack/my_service`. */
  readonly path: string;
  /** The property at fault, in the user's terms, e.g. `size.memoryMb` or `datacenters[1]`. */
  readonly field: string;
  /** What was given, printed for the reader. */
  readonly value: string;
  /** What is allowed. */
  readonly allowed: string;
}

const DECLARATION_ERROR = Symbol.for('cdktf-opennebula.DeclarationError');

/**
 * Thrown when a declaration is invalid: the one error type the library throws. Carries every
 * problem found, not only the first, so a reviewer fixes them in one pass. Recognised by
 * `DeclarationError.isDeclarationError`, which also works across two copies of the package.
 */
export class DeclarationError extends Error {
  /** Whether `error` is a DeclarationError (of any copy of this package). */
  public static isDeclarationError(error: unknown): error is DeclarationError {
    return typeof error === 'object' && error !== null && (error as { [DECLARATION_ERROR]?: boolean })[DECLARATION_ERROR] === true;
  }

  private static format(problems: ValidationProblem[]): string {
    const lines = problems.map((p) => `  - ${p.path}: ${p.field} = ${p.value}: ${p.allowed}`);
    return `${problems.length} invalid setting${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
  }

  public readonly problems: ValidationProblem[];

  constructor(problems: ValidationProblem[]) {
    super(DeclarationError.format(problems));
    this.name = 'DeclarationError';
    this.problems = problems;
    Object.defineProperty(this, DECLARATION_ERROR, { value: true });
  }
}

/**
 * Throws a DeclarationError with one problem: for checks deep inside rendering, which re-check
 * what validation let through (`path` names the module, e.g. `registration`).
 */
export function refuse(path: string, field: string, value: unknown, allowed: string): never {
  throw new DeclarationError([{ path, field, value: show(value), allowed }]);
}

/** Collects problems for one construct; `throwIfAny` reports them together. */
export class Problems {
  private readonly found: ValidationProblem[] = [];

  constructor(private readonly path: string) {}

  public add(field: string, value: unknown, allowed: string): void {
    this.found.push({ path: this.path, field, value: show(value), allowed });
  }

  /** Adds a problem unless `ok`. */
  public check(ok: boolean, field: string, value: unknown, allowed: string): void {
    if (!ok) this.add(field, value, allowed);
  }

  /**
   * Integer in [min, max]. Tokens (values known only to Terraform) pass, unless `literal`: values
   * rendered into scripts, names or configuration files must be known at synthesis.
   */
  public integer(field: string, value: number | undefined, min: number, max: number, options: { literal?: boolean } = {}): void {
    if (value === undefined) return;
    if (Token.isUnresolved(value)) {
      this.check(!options.literal, field, value, `a literal integer from ${min} to ${max}`);
      return;
    }
    this.check(typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max, field, value,
      `${options.literal ? 'a literal integer' : 'an integer'} from ${min} to ${max}`);
  }

  /** Name matching a pattern described for people (a literal string: tokens and other types are refused). */
  public name(field: string, value: string | undefined, pattern: RegExp, description: string): void {
    if (value === undefined) return;
    this.check(typeof value === 'string' && !Token.isUnresolved(value) && pattern.test(value), field, value, description);
  }

  /** A required prop: adds a problem when `value` is undefined or null (declarations from plain JavaScript). */
  public required(field: string, value: unknown, allowed: string): boolean {
    if (value !== undefined && value !== null) return true;
    this.add(field, value, `${allowed} (required)`);
    return false;
  }

  /** A plain object (a map or a props struct), not an array, null or a string. */
  public object(field: string, value: unknown, allowed = 'an object'): boolean {
    if (value === undefined) return false;
    const ok = isPlainObject(value);
    this.check(ok, field, value, allowed);
    return ok;
  }

  /** An array. */
  public array(field: string, value: unknown, allowed = 'a list'): boolean {
    if (value === undefined) return false;
    const ok = Array.isArray(value);
    this.check(ok, field, value, allowed);
    return ok;
  }

  /** true or false. */
  public boolean(field: string, value: unknown): void {
    if (value === undefined) return;
    this.check(typeof value === 'boolean', field, value, 'true or false');
  }

  /**
   * Free text: a string `isSafeText` accepts. Tokens (values only Terraform knows) pass when
   * `tokens` is set, as they are checked by nobody at synthesis.
   */
  public text(field: string, value: string | undefined, options: { tokens?: boolean } = {}): void {
    if (value === undefined) return;
    if (Token.isUnresolved(value)) {
      this.check(options.tokens === true, field, value, `a literal: ${SAFE_TEXT}`);
      return;
    }
    this.check(typeof value === 'string' && isSafeText(value), field, value, SAFE_TEXT);
  }

  /** A key of a map the library turns into object properties: not a property of every JavaScript object. */
  public key(field: string, key: string): boolean {
    const ok = !isPrototypeName(key);
    this.check(ok, field, key, 'a name that is not a property of every JavaScript object (constructor, toString, __proto__...)');
    return ok;
  }

  public merge(problems: ValidationProblem[]): void {
    this.found.push(...problems);
  }

  public get all(): ValidationProblem[] {
    return [...this.found];
  }

  public throwIfAny(): void {
    if (this.found.length > 0) throw new DeclarationError(this.found);
  }
}

/** The largest free text accepted (tag values, context values, endpoints). */
export const SAFE_TEXT_MAX_LENGTH = 4096;

/** What free text may hold, for people: the message of every free-text problem. */
export const SAFE_TEXT = `text of at most ${SAFE_TEXT_MAX_LENGTH} characters: no control characters (NUL, line breaks, tabs), `
  + 'bidirectional controls or unpaired surrogates; no double quote, backslash or backquote; no "${" or "%{" (Terraform templates) nor "]]>" (OpenNebula refuses it); '
  + '"$" only to start an OpenNebula reference such as $NAME or $USER[SSH_PUBLIC_KEY]';

/** Control characters, line and paragraph separators, bidirectional controls and lone surrogates. */
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u200e\u200f\u202a-\u202e\u2066-\u2069"\\`]/u;
/** `$` not followed by an OpenNebula reference name (`$NAME`, `$USER[SSH_PUBLIC_KEY]`). */
const STRAY_DOLLAR = /\$(?![A-Za-z_][A-Za-z0-9_]*)/;
/** A reference followed by `[`: only `[NAME]` may follow. */
const BAD_REFERENCE_INDEX = /\$[A-Za-z_][A-Za-z0-9_]*\[(?![A-Za-z0-9_]+\])/;

/**
 * The one "safe for Terraform and OpenNebula" rule for free text (tags, context values,
 * endpoints). Terraform JSON treats `${` and `%{` in any string as a template; OpenNebula writes
 * values between double quotes, where only `\"` is an escape; one-context writes context values
 * between double quotes into a file the guest sources as root, where `` ` ``, `$`, `\` and `"`
 * are expanded; NUL and line breaks end or split a value; oned refuses `]]>` (it writes values as
 * CDATA). `$` is kept for OpenNebula references.
 */
export function isSafeText(value: string): boolean {
  return typeof value === 'string'
    && value.length <= SAFE_TEXT_MAX_LENGTH
    && !UNSAFE_CHARACTER.test(value)
    && !value.includes('%{')
    && !value.includes(']]>')
    && !STRAY_DOLLAR.test(value)
    && !BAD_REFERENCE_INDEX.test(value);
}

/** Whether `name` is a property every JavaScript object has (`constructor`, `toString`, `__proto__`...). */
export function isPrototypeName(name: string): boolean {
  return typeof name === 'string' && name in Object.prototype;
}

/** An object holding props or a map: not null, an array, a token, a string or a number. */
export function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Token.isUnresolved(value);
}

/**
 * A construct id the library can use: the constructs library keeps children in a plain object,
 * so an id such as `constructor` is taken by every scope. Call in `super(scope, constructId(...))`.
 */
export function constructId(scope: Construct, id: string, what: string): string {
  if (isPrototypeName(id)) {
    refuse(`${scope.node.path}/${id}`, `${what} id`, id, 'an id that is not a property of every JavaScript object (constructor, toString, __proto__...)');
  }
  return id;
}

/** What a token resolves to in `scope`'s stack now, e.g. `${var.puppet_challenge}`. */
export function resolveToken(scope: Construct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) });
}

/**
 * Whether `value` is the token of a sensitive TerraformVariable of `scope`'s stack, without a
 * default (a default would be written in clear into the synthesized JSON). A secret passed any
 * other way (a literal, `Lazy`, `Fn.join`, a non-sensitive variable) would reach the output in clear.
 */
export function isSensitiveVariable(scope: Construct, value: unknown): boolean {
  if (!Token.isUnresolved(value)) return false;
  let resolved: unknown;
  try {
    resolved = resolveToken(scope, value);
  } catch {
    return false;
  }
  const match = typeof resolved === 'string' ? /^\$\{var\.([A-Za-z0-9_-]+)\}$/.exec(resolved) : null;
  if (!match) return false;
  const variable = findVariable(scope, match[1]);
  return variable !== undefined && variable.sensitive === true && variable.default === undefined;
}

/**
 * The TerraformVariable of `scope`'s stack whose logical id is `logicalId`: a child of the stack
 * of that id first (the usual case, without walking the tree), else any construct of the stack.
 */
export function findVariable(scope: Construct, logicalId: string): TerraformVariable | undefined {
  const stack = TerraformStack.of(scope);
  const isIt = (c: unknown): c is TerraformVariable => c instanceof TerraformVariable && c.friendlyUniqueId === logicalId;
  const child = stack.node.tryFindChild(logicalId);
  return isIt(child) ? child : stack.node.findAll().find(isIt);
}

function show(value: unknown): string {
  if ((typeof value === 'string' || typeof value === 'number') && Token.isUnresolved(value)) return '<token>';
  if (value === undefined) return '(unset)';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function') return '(a function)';
  if (typeof value === 'bigint' || typeof value === 'symbol') return `${String(value)} (a ${typeof value})`;
  if (typeof value === 'object' && value !== null && Token.isUnresolved(value)) return '<token>';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
