import { Token } from 'cdktf';
import { Problems } from '../core/validation';

/**
 * Registration settings end up inside a shell script, YAML files and an HAProxy configuration,
 * so they must be known at synthesis: unlike `Problems.integer`, a Terraform token is refused.
 */
export function literalInteger(problems: Problems, field: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  const ok = typeof value === 'number' && !Token.isUnresolved(value) && Number.isInteger(value) && value >= min && value <= max;
  problems.check(ok, field, value, `a literal integer from ${min} to ${max}`);
}

/** A literal string matching `pattern` (tokens refused); `description` tells what is allowed. */
export function literalName(problems: Problems, field: string, value: string | undefined, pattern: RegExp, description: string): void {
  if (value === undefined) return;
  problems.check(typeof value === 'string' && !Token.isUnresolved(value) && pattern.test(value), field, value, description);
}

/** Throws when a literal context value could be rewritten by OpenNebula or Terraform, or break the template. */
export function assertContextValue(key: string, value: string): void {
  // Printable ASCII only (what the enrolment script accepts), and no `$`, which starts an
  // OpenNebula reference ($NAME) or with `{` a Terraform interpolation, nor `"` or `\`, which
  // would have to survive OpenNebula's double-quoted template strings.
  if (!/^[\x20-\x7e]*$/.test(value) || /[$"\\]/.test(value)) {
    throw new Error(`registration: context variable ${key} has a value OpenNebula or Terraform would rewrite: ${JSON.stringify(value)}`);
  }
}
