import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import * as yaml from 'js-yaml';
import { HOSTILE } from './fixtures';
import { describeWithTools, run, scratch } from './tools';
import { pqlString, shellQuote, yamlQuote } from '../../src/registration';

/** Any Unicode text without NUL (no shell string can hold NUL). */
const text = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0'));

describe('shellQuote', () => {
  test('wraps a plain word in single quotes', () => {
    expect(shellQuote('my_service')).toBe("'my_service'");
  });

  test('writes an embedded single quote as \'\\\'\'', () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  test('refuses NUL, which no shell string can hold', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/);
  });
});

describe('yamlQuote', () => {
  test('single-quotes printable ASCII, doubling quotes: the style the enrolment script writes', () => {
    expect(yamlQuote("it's")).toBe("'it''s'");
  });

  test('double-quotes and escapes anything else, so no line break reaches the file', () => {
    expect(yamlQuote('a\nb"é')).toBe('"a\\nb\\"\\xe9"');
    expect(yamlQuote('😀')).toBe('"\\U0001f600"');
  });

  test.each(HOSTILE)('%j parses back to itself, as a string', (value) => {
    expect(yaml.load(`key: ${yamlQuote(value)}\n`)).toEqual({ key: value });
  });

  test('any Unicode text parses back to itself (js-yaml)', () => {
    fc.assert(fc.property(text, (value) => {
      expect(yaml.load(`key: ${yamlQuote(value)}\n`)).toEqual({ key: value });
    }), { numRuns: 300 });
  });

  test('refuses unpaired surrogates, which are not text', () => {
    expect(() => yamlQuote('\ud800')).toThrow(/surrogate/);
  });
});

describe('pqlString', () => {
  test('is a JSON string literal, the syntax of PQL double-quoted strings', () => {
    expect(pqlString('my_service')).toBe('"my_service"');
    expect(pqlString('a"b\\c\n')).toBe('"a\\"b\\\\c\\n"');
  });
});

describeWithTools(['sh'], 'real-tool tier: shellQuote through a real sh', () => {
  const printed = (value: string) => run('sh', ['-c', `printf %s ${shellQuote(value)}`]).stdout;

  test.each(HOSTILE.filter((v) => v !== ''))('%j comes out of sh -c unchanged, and runs nothing', (value) => {
    const cwd = scratch('quote');
    expect(run('sh', ['-c', `printf %s ${shellQuote(value)}`], { cwd }).stdout).toBe(value);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  test('any generated text comes out of sh -c unchanged', () => {
    fc.assert(fc.property(text, (value) => {
      expect(printed(value)).toBe(value);
    }), { numRuns: 60 });
  });
});

describeWithTools(['ruby'], 'real-tool tier: yamlQuote through Ruby\'s YAML (Psych, what Puppet and Facter read with)', () => {
  test('hostile and generated strings parse back to themselves, as strings', () => {
    const values = [...HOSTILE, ...fc.sample(text, { numRuns: 200, seed: 42 })];
    const dir = scratch('psych');
    fs.writeFileSync(path.join(dir, 'values.yaml'), values.map((v, i) => `v${i}: ${yamlQuote(v)}\n`).join(''));
    const result = run('ruby', ['-ryaml', '-rjson', '-e',
      'puts JSON.generate(YAML.safe_load(File.read(ARGV[0], encoding: "UTF-8")))', path.join(dir, 'values.yaml')]);
    expect(result.stderr).toBe('');
    const parsed = JSON.parse(result.stdout);
    values.forEach((value, i) => expect(parsed[`v${i}`]).toBe(value));
  });
});
