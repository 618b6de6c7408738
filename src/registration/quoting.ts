/**
 * Quoting for the three languages registration writes into: POSIX sh, YAML and PuppetDB's PQL.
 *
 * Every value reaching these helpers has been validated already; they are the second line of
 * defence, and each round-trips any string it accepts (the tests feed them hostile strings).
 */
import { refuse } from '../core/validation';

/**
 * A POSIX sh word that expands to exactly `value`: single quotes, each `'` written `'\''`.
 * Nothing is special inside single quotes, so no expansion or word splitting can happen.
 * Throws on NUL, which no shell string can hold.
 */
export function shellQuote(value: string): string {
  if (value.includes('\0')) refuse('shellQuote', 'value', value, 'a string without NUL (a shell string cannot contain NUL)');
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** Printable ASCII: safe in a YAML single-quoted scalar, where only `'` needs escaping. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * A YAML flow scalar that parses back to exactly `value`, as a string (never a number, boolean
 * or null). Printable ASCII is single-quoted (`'it''s'`), the style the enrolment script writes
 * at boot, so both produce the same bytes. Anything else is double-quoted with every character
 * outside printable ASCII escaped (`\n`, `\u00e9`, `\U0001f600`), so no line break or
 * invisible character reaches the file. Throws on unpaired surrogates (not Unicode text).
 */
export function yamlQuote(value: string): string {
  if (PLAIN_ASCII.test(value)) return `'${value.replace(/'/g, "''")}'`;
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) refuse('yamlQuote', 'value', value, 'a string without an unpaired surrogate in string');
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (code >= 0x20 && code <= 0x7e) out += char;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
}

/**
 * A PQL double-quoted string literal. PQL double-quoted strings follow JSON's rules, and
 * JSON.stringify escapes `"`, `\` and control characters.
 */
export function pqlString(value: string): string {
  return JSON.stringify(value);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
