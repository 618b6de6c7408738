/**
 * The generated bad-catalog suite: the example catalog (examples/catalog, with a few more options
 * set so that more fields are reachable) changed in one way per case, by class: wrong types,
 * unknown keys, duplicate keys, anchors and aliases, YAML tags, extra documents, values out of
 * range, missing required fields, zones, datacenters and rules the files do not declare, broken
 * YAML, empty files, bytes that are not UTF-8, huge values. Every case goes through
 * `cdktf-opennebula synth <dir> --out <dir>/out` and must be:
 *
 * - refused: exit 2, nothing on stdout, nothing written under the out directory;
 * - clear: a problem at the changed file, with a line and column, naming the changed field (or
 *   `(yaml)` / `(file)` for what is wrong before there are fields);
 * - handled: no exception but a DeclarationError, no TypeError and no stack trace on stderr.
 *
 * Seeded and reproducible: CATALOG_SEED=<n> reruns a run, CATALOG_RUNS=<n> changes its size.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { Document, Node, Scalar, YAMLMap, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import * as platformSchema from '../../src/catalog/platform.schema.json';
import * as serviceSchema from '../../src/catalog/service.schema.json';
import { YamlPath, fieldOf } from '../../src/catalog/source';
import { synthCommand } from '../../src/cli/synth';

const SEED = Number(process.env.CATALOG_SEED ?? 20_260_012);
const RUNS = Number(process.env.CATALOG_RUNS ?? 600);
const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'catalog');

type FileName = 'platform.yaml' | 'my_service.yaml';
type Schema = { [key: string]: any };

/** The example's service with more of its options set (still a valid catalog: a test says so). */
function baseService(): string {
  const doc = parseDocument(fs.readFileSync(path.join(EXAMPLE, 'my_service.yaml'), 'utf8'));
  doc.set('instancesPerDatacenter', doc.createNode({ dc1: 2 }));
  doc.set('templateRevision', 2);
  doc.set('tags', doc.createNode({ team: 'payments' }));
  doc.set('context', doc.createNode({ APP_MODE: 'primary' }));
  doc.set('rollout', doc.createNode({ waitForReady: true, readyTimeoutSeconds: 900, createTimeoutMinutes: 10 }));
  doc.setIn(['haproxy', 'healthCheck', 'expectStatus'], 200);
  doc.setIn(['haproxy', 'healthCheck', 'fall'], 3);
  doc.setIn(['puppet', 'serverPort'], 8140);
  return String(doc);
}

const BASE: { [file in FileName]: string } = {
  'platform.yaml': fs.readFileSync(path.join(EXAMPLE, 'platform.yaml'), 'utf8'),
  'my_service.yaml': baseService(),
};
const SCHEMAS: { [file in FileName]: Schema } = { 'platform.yaml': platformSchema, 'my_service.yaml': serviceSchema };

/** One bad catalog and what its refusal must name. */
interface Case {
  readonly cls: string;
  readonly label: string;
  readonly file: FileName;
  readonly contents: { [file in FileName]: string | Buffer };
  /** The field the refusal names, exactly; undefined: any field (the class says which kind). */
  readonly field?: string;
  /** Acceptable fields when `field` is not known exactly. */
  readonly fields?: string[];
  /** The line and column the problem must be at, when the class knows it. */
  readonly at?: { line: number; column: number };
}

/** The schema of the value at `path`. */
function schemaAt(root: Schema, at: YamlPath): Schema | undefined {
  const resolve = (s: Schema | undefined): Schema | undefined => {
    if (s?.$ref) return resolve(root.$defs[s.$ref.replace('#/$defs/', '')]);
    if (s?.oneOf) return resolve(s.oneOf[0]);
    return s;
  };
  let schema = resolve(root);
  for (const step of at) {
    if (schema === undefined) return undefined;
    schema = resolve(typeof step === 'number' ? schema.items
      : schema.properties?.[step] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined));
  }
  return schema;
}

interface Place {
  readonly path: YamlPath;
  readonly node: Node;
}

/** Every node of a document with its path, in document order. */
function places(doc: Document): Place[] {
  const out: Place[] = [];
  const walk = (node: unknown, at: YamlPath) => {
    if (!node) return;
    out.push({ path: at, node: node as Node });
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...at, String((pair.key as Scalar).value)]);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...at, i]));
  };
  walk(doc.contents, []);
  return out;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];
const parse = (file: FileName) => parseDocument(BASE[file]);
const withFile = (file: FileName, text: string | Buffer) => ({ ...BASE, [file]: text });

/** The raw material of a case; `build` turns it into a bad catalog deterministically. */
interface Draw {
  readonly cls: string;
  readonly file: FileName;
  readonly a: number;
  readonly b: number;
  readonly word: string;
}

const CLASSES = [
  'wrong type', 'unknown key', 'duplicate key', 'anchor or alias', 'yaml tag', 'extra document', 'out of range',
  'missing required field', 'unknown reference', 'bad yaml syntax', 'empty file', 'not utf-8', 'huge value',
] as const;

function build(d: Draw): Case | undefined {
  const doc = parse(d.file);
  const root = SCHEMAS[d.file];
  const all = places(doc);
  const leaves = all.filter((p) => isScalar(p.node) && p.path.length > 0);
  const label = (what: string) => `${d.file}: ${what}`;
  switch (d.cls) {
    case 'wrong type': {
      const target = pick(all.filter((p) => p.path.length > 0), d.a);
      const value = target.node as Node;
      const type = isMap(value) ? 'object' : isSeq(value) ? 'array' : typeof (value as Scalar).value;
      const replacements: { [type: string]: unknown[] } = {
        number: ['two', true, [1], { n: 1 }],
        string: [42, false, ['x'], { x: 'y' }],
        boolean: ['yes', 1, [true]],
        object: ['x', 3, ['a']],
        array: ['x', 3, { a: 1 }],
      };
      const replacement = pick(replacements[type], d.b);
      doc.setIn(target.path, doc.createNode(replacement));
      return { cls: d.cls, label: label(`${fieldOf(target.path)} = ${JSON.stringify(replacement)}`), file: d.file, contents: withFile(d.file, String(doc)), field: fieldOf(target.path) };
    }
    case 'unknown key': {
      const maps = all.filter((p) => isMap(p.node) && schemaAt(root, p.path)?.additionalProperties === false);
      const target = pick(maps, d.a);
      const known = Object.keys(schemaAt(root, target.path)!.properties);
      // A typo of a known key (one character dropped or doubled), or a word of its own.
      const base = pick(known, d.b);
      const key = [base.slice(0, -1), base + base.slice(-1), `x${d.word}`][d.b % 3];
      if (known.includes(key) || key === '') return undefined;
      (target.node as YAMLMap).set(key, 1);
      return { cls: d.cls, label: label(`${fieldOf([...target.path, key])}`), file: d.file, contents: withFile(d.file, String(doc)), field: fieldOf([...target.path, key]) };
    }
    case 'duplicate key': {
      const target = pick(all.filter((p) => isMap(p.node) && (p.node as YAMLMap).items.length > 0), d.a);
      const items = (target.node as YAMLMap).items;
      const pair = pick(items, d.b);
      items.push(doc.createPair((pair.key as Scalar).value, pick([1, 'x', true], d.b)));
      return { cls: d.cls, label: label(`${fieldOf([...target.path, String((pair.key as Scalar).value)])} twice`), file: d.file, contents: withFile(d.file, String(doc)), field: '(yaml)' };
    }
    case 'anchor or alias': {
      const target = pick(all.filter((p) => p.path.length > 0), d.a);
      target.node.anchor = `a${d.word}`;
      const later = all.filter((p) => p.path.length > 0 && isScalar(p.node) && all.indexOf(p) > all.indexOf(target)
        && !p.path.slice(0, target.path.length).every((s, i) => s === target.path[i]));
      const alias = later.length > 0 && d.b % 3 !== 0 ? pick(later, d.b) : undefined;
      if (alias) doc.setIn(alias.path, doc.createAlias(target.node as Scalar, target.node.anchor));
      return {
        cls: d.cls,
        label: label(`&${target.node.anchor} at ${fieldOf(target.path)}${alias ? `, *${target.node.anchor} at ${fieldOf(alias.path)}` : ''}`),
        file: d.file,
        contents: withFile(d.file, String(doc)),
        field: '(yaml)',
      };
    }
    case 'yaml tag': {
      const target = pick(all.filter((p) => p.path.length > 0), d.a);
      target.node.tag = pick(isScalar(target.node) ? ['tag:yaml.org,2002:str', '!custom', '!!binary'] : ['!custom', '!thing'], d.b);
      let text: string;
      try {
        text = String(doc);
      } catch {
        return undefined;
      }
      return { cls: d.cls, label: label(`${target.node.tag} on ${fieldOf(target.path)}`), file: d.file, contents: withFile(d.file, text), field: '(yaml)' };
    }
    case 'extra document': {
      const extra = pick(['---\n', `---\n${BASE[d.file]}`, '...\n---\nx: 1\n'], d.a);
      return { cls: d.cls, label: label(JSON.stringify(extra.slice(0, 12))), file: d.file, contents: withFile(d.file, BASE[d.file] + extra), field: '(file)' };
    }
    case 'out of range': {
      const numeric = leaves.filter((p) => typeof (p.node as Scalar).value === 'number');
      const target = pick(numeric, d.a);
      const schema = schemaAt(root, target.path)!;
      const options: number[] = [];
      if (schema.minimum !== undefined) options.push(schema.minimum - 1, schema.minimum - 1000);
      if (schema.maximum !== undefined) options.push(schema.maximum + 1, schema.maximum * 10);
      if (schema.type === 'integer') options.push((schema.minimum ?? 0) + 0.5);
      if (options.length === 0) return undefined;
      const value = pick(options, d.b);
      doc.setIn(target.path, value);
      return { cls: d.cls, label: label(`${fieldOf(target.path)} = ${value}`), file: d.file, contents: withFile(d.file, String(doc)), field: fieldOf(target.path) };
    }
    case 'missing required field': {
      const required = all.filter((p) => p.path.length > 0 && typeof p.path[p.path.length - 1] === 'string'
        && (schemaAt(root, p.path.slice(0, -1))?.required ?? []).includes(p.path[p.path.length - 1]));
      const target = pick(required, d.a);
      doc.deleteIn(target.path);
      return { cls: d.cls, label: label(`no ${fieldOf(target.path)}`), file: d.file, contents: withFile(d.file, String(doc)), field: fieldOf(target.path) };
    }
    case 'unknown reference': {
      const service = parse('my_service.yaml');
      const platform = parse('platform.yaml');
      const kind = d.a % 4;
      if (kind === 0) {
        const i = d.b % 2;
        service.setIn(['zones', i], `qa${d.word}`);
        return { cls: d.cls, label: `my_service.yaml: zones[${i}] = qa${d.word}`, file: 'my_service.yaml', contents: withFile('my_service.yaml', String(service)), field: `zones[${i}]` };
      }
      if (kind === 1) {
        const i = d.b % 2;
        service.setIn(['datacenters', i], `dc${3 + (d.b % 90)}`);
        return { cls: d.cls, label: `my_service.yaml: datacenters[${i}] = dc${3 + (d.b % 90)}`, file: 'my_service.yaml', contents: withFile('my_service.yaml', String(service)), field: `datacenters[${i}]` };
      }
      if (kind === 2) {
        const key = pick([`qa${d.word}/dc1`, `production/dc${3 + (d.b % 90)}`, `staging/x${d.word}`], d.b);
        platform.setIn(['policy', 'hostsPerDatacenter', key], 2);
        return { cls: d.cls, label: `platform.yaml: policy.hostsPerDatacenter.${key}`, file: 'platform.yaml', contents: withFile('platform.yaml', String(platform)), field: `policy.hostsPerDatacenter.${key}` };
      }
      service.setIn(['suppressions', 0, 'rule'], `ha-${d.word}-typo`);
      return { cls: d.cls, label: `my_service.yaml: suppressions[0].rule = ha-${d.word}-typo`, file: 'my_service.yaml', contents: withFile('my_service.yaml', String(service)), field: 'suppressions[0].rule' };
    }
    case 'bad yaml syntax': {
      const lines = BASE[d.file].split('\n');
      const fragment = pick(['key: [unclosed', 'x: "open', '\tinstances: 2', 'a: b: c', '- item', '  : nokey', '{', ']', 'x: {a: 1',
        'x: \'it\'s\'', '@reserved: 1', '`cmd`: 1', '? ', 'x: |\n y\nz', '%YAML 1.1'], d.b);
      const at = d.a % (lines.length + 1);
      lines.splice(at, 0, fragment);
      return { cls: d.cls, label: label(`${JSON.stringify(fragment)} at line ${at + 1}`), file: d.file, contents: withFile(d.file, lines.join('\n')) };
    }
    case 'empty file': {
      const text = pick(['', '\n', '   \n\n', '# only a comment\n', '---\n', '~\n', 'null\n', '---\n...\n'], d.a);
      return { cls: d.cls, label: label(JSON.stringify(text)), file: d.file, contents: withFile(d.file, text), fields: ['(file)', '(document)'] };
    }
    case 'not utf-8': {
      const bytes = Buffer.from(BASE[d.file], 'utf8');
      // A lone byte, a UTF-16 mark, a broken pair, a surrogate, a 5-byte form, a cut sequence, an overlong '/', a stray continuation.
      const bad = pick([[0xff], [0xfe, 0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xc0, 0xaf], [0x80]],
        d.b);
      const offset = d.a % (bytes.length + 1);
      // At a character boundary: the example files are ASCII.
      const text = Buffer.concat([bytes.subarray(0, offset), Buffer.from(bad), bytes.subarray(offset)]);
      const before = bytes.subarray(0, offset).toString('utf8').split('\n');
      return {
        cls: d.cls,
        label: label(`${Buffer.from(bad).toString('hex')} at byte ${offset}`),
        file: d.file,
        contents: withFile(d.file, text),
        field: '(file)',
        at: { line: before.length, column: before[before.length - 1].length + 1 },
      };
    }
    case 'huge value': {
      const kind = d.a % 5;
      const n = 2_000 + (d.b % 200_000);
      if (kind === 0) {
        const targets: YamlPath[] = d.file === 'my_service.yaml'
          ? [['service'], ['puppet', 'server'], ['haproxy', 'healthCheck', 'path'], ['tags', 'team'], ['suppressions', 0, 'reason'], ['context', 'APP_MODE']]
          : [['state', 'backend']];
        const target = pick(targets, d.b);
        const current = String(doc.getIn(target));
        doc.setIn(target, current + 'a'.repeat(n));
        return { cls: d.cls, label: label(`${fieldOf(target)} of ${n} characters`), file: d.file, contents: withFile(d.file, String(doc)), field: fieldOf(target) };
      }
      if (kind === 1) {
        const numeric = leaves.filter((p) => typeof (p.node as Scalar).value === 'number');
        const target = pick(numeric, d.b);
        const literal = pick(['1e400', '123456789012345678901234567890', '-1e400', '9'.repeat(400)], d.b);
        const text = String(doc).split('\n');
        // Replace the value's text in place, as a person would type it.
        const node = target.node as Scalar;
        const line = String(doc).slice(0, node.range![0]).split('\n').length - 1;
        const col = String(doc).slice(0, node.range![0]).split('\n').pop()!.length;
        const source = String(doc).slice(node.range![0], node.range![1]);
        text[line] = text[line].slice(0, col) + text[line].slice(col).replace(source, literal);
        return { cls: d.cls, label: label(`${fieldOf(target.path)} = ${literal.slice(0, 20)}`), file: d.file, contents: withFile(d.file, text.join('\n')), field: fieldOf(target.path) };
      }
      if (kind === 2) {
        const key = `k${'e'.repeat(n)}`;
        doc.set(key, 1);
        return { cls: d.cls, label: label(`a key of ${key.length} characters`), file: d.file, contents: withFile(d.file, String(doc)), field: key };
      }
      if (kind === 3) {
        const text = BASE[d.file] + `# ${'x'.repeat(1024 * 1024)}\n`;
        return { cls: d.cls, label: label('a file over 1 MiB'), file: d.file, contents: withFile(d.file, text), field: '(file)' };
      }
      // A list of thousands of zones or datacenters.
      const key = pick(['zones', 'datacenters'], d.b);
      if (d.file !== 'my_service.yaml') return undefined;
      doc.set(key, doc.createNode(Array.from({ length: 1000 + (d.b % 5000) }, (_, i) => `${key === 'zones' ? 'z' : 'd'}${i}`)));
      return { cls: d.cls, label: label(`${key} with thousands of names`), file: d.file, contents: withFile(d.file, String(doc)), field: `${key}[0]` };
    }
  }
  return undefined;
}

// A `${field}` must not be mistaken for a pattern: it is matched as text.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Result {
  readonly c: Case;
  readonly ok: boolean;
  readonly detail?: string;
}

function runCase(c: Case): Result {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-catalog-'));
  for (const [name, text] of Object.entries(c.contents)) fs.writeFileSync(path.join(dir, name), text);
  const out = path.join(dir, 'out');
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    code = synthCommand([dir, '--out', out], { out: (t) => { stdout += t; }, err: (t) => { stderr += t; } });
  } catch (e) {
    return { c, ok: false, detail: `internal error: ${String((e as Error)?.stack ?? e).slice(0, 500)}` };
  } finally {
    // Nothing written: the out directory is not even made.
    if (fs.existsSync(out)) stderr += '\n(out directory written)';
  }
  const fail = (why: string) => {
    fs.rmSync(dir, { recursive: true, force: true });
    return { c, ok: false, detail: `${why}\n${stderr.slice(0, 700)}` };
  };
  if (code !== 2) return fail(`exit ${code}, stdout ${stdout.slice(0, 200)}`);
  if (stdout !== '') return fail('stdout is not empty');
  if (/TypeError|ReferenceError|RangeError|\n\s+at [^\n]+:\d+:\d+\)?/.test(stderr) || stderr.includes('(out directory written)')) return fail('an internal error, or files written');
  const problem = new RegExp(`^ {2}- ${escape(path.join(dir, c.file))}:(\\d+):(\\d+): (.*?) = `, 'gm');
  const found = [...stderr.matchAll(problem)].map((m) => ({ line: Number(m[1]), column: Number(m[2]), field: m[3] }));
  fs.rmSync(dir, { recursive: true, force: true });
  if (found.length === 0) return fail(`no problem at ${c.file}:line:column`);
  const fields = c.field !== undefined ? [c.field] : c.fields;
  const named = found.filter((f) => fields === undefined ? f.field !== '' : fields.includes(f.field));
  if (named.length === 0) return fail(`no problem names ${fields?.join(' or ')} (named: ${found.map((f) => f.field).join(', ')})`);
  if (c.at && !named.some((f) => f.line === c.at!.line && f.column === c.at!.column)) {
    return fail(`not at ${c.at.line}:${c.at.column} (at ${named.map((f) => `${f.line}:${f.column}`).join(', ')})`);
  }
  return { c, ok: true };
}

const draw: fc.Arbitrary<Draw> = fc.record({
  cls: fc.constantFrom(...CLASSES),
  file: fc.constantFrom<FileName>('platform.yaml', 'my_service.yaml'),
  a: fc.nat(),
  b: fc.nat(),
  word: fc.stringMatching(/^[a-z0-9]{1,8}$/),
});

let memo: Result[] | undefined;
function results(): Result[] {
  if (!memo) {
    memo = fc.sample(draw, { seed: SEED, numRuns: RUNS }).map(build).filter((c): c is Case => c !== undefined).map(runCase);
  }
  return memo;
}

describe(`generated bad catalogs (seed ${SEED}, CATALOG_SEED / CATALOG_RUNS to rerun)`, () => {
  beforeAll(() => {
    results();
  }, 300_000);

  afterAll(() => {
    const counts = CLASSES.map((cls) => {
      const of = results().filter((r) => r.c.cls === cls);
      return `${cls}: ${of.length} (${of.filter((r) => r.ok).length} refused clearly)`;
    });
    // eslint-disable-next-line no-console
    console.log(`bad catalog inputs, seed ${SEED}: ${results().length} tried\n  ${counts.join('\n  ')}`);
  });

  test('the unchanged catalog, with the options the cases change, is accepted (so every refusal below is the change)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'good-catalog-'));
    for (const [name, text] of Object.entries(BASE)) fs.writeFileSync(path.join(dir, name), text);
    let stderr = '';
    const code = synthCommand([dir, '--out', path.join(dir, 'out')], { out: () => undefined, err: (t) => { stderr += t; } });
    expect({ code, errors: stderr.split('\n').filter((l) => l !== '' && !l.startsWith('warning: ')) }).toEqual({ code: 0, errors: [] });
  });

  test(`tries hundreds of bad inputs, at least 20 in every class (${CLASSES.length} classes)`, () => {
    expect(results().length).toBeGreaterThanOrEqual(Math.min(400, RUNS * 0.7));
    for (const cls of CLASSES) expect([cls, results().filter((r) => r.c.cls === cls).length >= 20]).toEqual([cls, true]);
  });

  test('every one is refused, at its file, line and column, naming the field, with nothing written and no internal error', () => {
    expect(results().filter((r) => !r.ok).map((r) => `[${r.c.cls}] ${r.c.label}: ${r.detail}`.slice(0, 1200))).toEqual([]);
  });
});

describe('what this suite found, kept as fixed cases', () => {
  const refusal = (file: FileName, text: string | Buffer) => {
    const c: Case = { cls: 'regression', label: 'fixed', file, contents: withFile(file, text) };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixed-catalog-'));
    for (const [name, content] of Object.entries(c.contents)) fs.writeFileSync(path.join(dir, name), content);
    let stderr = '';
    const code = synthCommand([dir, '--out', path.join(dir, 'out')], { out: () => undefined, err: (t) => { stderr += t; } });
    return { code, stderr: stderr.split(dir + path.sep).join(''), out: fs.existsSync(path.join(dir, 'out')) };
  };

  test('a list or a mapping where a list of allowed values is expected (haproxy.mode) was accepted as the default', () => {
    expect(refusal('my_service.yaml', BASE['my_service.yaml'].replace('mode: http', 'mode: [ http ]'))).toEqual({
      code: 2, out: false, stderr: '1 problem in the catalog:\n  - my_service.yaml:12:11: haproxy.mode = a list: one of http, tcp',
    });
  });

  test('a refused catalog left an empty out directory behind', () => {
    expect(refusal('my_service.yaml', BASE['my_service.yaml'].replace('instances: 2', 'instances: 0')).out).toBe(false);
  });

  test('bytes that are not UTF-8 were read as U+FFFD; now refused at their line and column', () => {
    const text = Buffer.concat([Buffer.from('# \u00e9t\u00e9\nservice: my_s'), Buffer.from([0xff]), Buffer.from('ervice\n')]);
    expect(refusal('my_service.yaml', text)).toEqual({
      code: 2, out: false, stderr: '1 problem in the catalog:\n  - my_service.yaml:2:14: (file) = byte 0xff: UTF-8 text: save the file as UTF-8',
    });
  });
});
