import { Token } from 'cdktf';
import { Problems, refuse } from '../core/validation';

/**
 * Registration settings end up inside a shell script, YAML files and an HAProxy configuration,
 * so they must be known at synthesis: unlike `Problems.integer`, a Terraform token is refused.
 */
export function literalInteger(problems: Problems, field: string, value: number | undefined, min: number, max: number): void {
  problems.integer(field, value, min, max, { literal: true });
}

/** A literal string matching `pattern` (tokens refused); `description` tells what is allowed. */
export function literalName(problems: Problems, field: string, value: string | undefined, pattern: RegExp, description: string): void {
  if (value === undefined) return;
  problems.check(typeof value === 'string' && !Token.isUnresolved(value) && pattern.test(value), field, value, description);
}

/** A literal string among `allowed` (a closed set such as an enum's values from plain JavaScript). */
export function literalOneOf(problems: Problems, field: string, value: string | undefined, allowed: readonly string[]): void {
  if (value === undefined) return;
  problems.check(typeof value === 'string' && allowed.includes(value), field, value, `one of ${allowed.join(', ')}`);
}

/** Throws when a literal context value could be rewritten by OpenNebula or Terraform, or break the template. */
export function assertContextValue(key: string, value: string): void {
  // Printable ASCII only (what the enrolment script accepts), and no `$`, which starts an
  // OpenNebula reference ($NAME) or with `{` a Terraform interpolation, nor `"` or `\`, which
  // would have to survive OpenNebula's double-quoted template strings.
  if (!/^[\x20-\x7e]*$/.test(value) || /[$"\\]/.test(value)) {
    refuse('registration', `context variable ${key}`, value, 'printable ASCII without $, " or \\ (a value OpenNebula or Terraform would rewrite)');
  }
}
