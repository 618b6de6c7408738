import { Token } from 'cdktf';

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

  /** Name matching a pattern described for people. */
  public name(field: string, value: string | undefined, pattern: RegExp, description: string): void {
    if (value === undefined) return;
    this.check(!Token.isUnresolved(value) && pattern.test(value), field, value, description);
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

function show(value: unknown): string {
  if ((typeof value === 'string' || typeof value === 'number') && Token.isUnresolved(value)) return '<token>';
  if (value === undefined) return '(unset)';
  return JSON.stringify(value) ?? String(value);
}
