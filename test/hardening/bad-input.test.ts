/**
 * The bad-input suite: generated declarations of OpenNebulaZone, Datacenter and HaService, each
 * changed in one way a careless or hostile user would (test/hardening/corpus.ts), and an oracle
 * per case:
 *
 * - refused: a DeclarationError (and nothing else) whose every problem names the construct path,
 *   the field and what is allowed, names the field that was changed, and never echoes a secret;
 * - accepted: Terraform JSON that holds no control character, no Terraform template the user
 *   wrote, no OpenNebula-breaking character in a template value, no secret, no address built
 *   from a token, and a VM with CPU and memory; a sample also passes `tofu validate` with the real
 *   provider, `haproxy -c` (the rendered backends) and `shellcheck` (the start scripts).
 *
 * Seeded and reproducible: HARDENING_SEED=<n> reruns a run, HARDENING_RUNS=<n> changes its size.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { Case, anyCase, build } from './corpus';
import { DeclarationError } from '../../src/core/validation';
import { synthStack } from '../../src/testing/synth';
import { haproxyCheck, haproxyConfig } from '../registration/fixtures';
import { describeWithTools, run, scratch } from '../registration/tools';
import { describeWithTofu, portable, tofu } from '../support/tofu';

const SEED = Number(process.env.HARDENING_SEED ?? 20_150_015);
const RUNS = Number(process.env.HARDENING_RUNS ?? 1200);
/** Accepted stacks run through `tofu validate`, in batches of BATCH modules per working directory. */
const TOFU_SAMPLE = 96;
const BATCH = 12;
const TOOL_SAMPLE = 30;

type Outcome = 'refused' | 'accepted' | 'crash' | 'silent acceptance' | 'invalid output' | 'unclear refusal' | 'unexpected refusal';

interface Result {
  readonly c: Case;
  readonly outcome: Outcome;
  readonly detail?: string;
  readonly doc?: any;
}

let memo: Result[] | undefined;

/** Runs every case once (shared by the tests of this file). */
function results(): Result[] {
  if (memo) return memo;
  // eslint-disable-next-line no-console
  console.log(`hardening suite: seed ${SEED}, ${RUNS} cases (rerun with HARDENING_SEED=${SEED} HARDENING_RUNS=${RUNS})`);
  memo = fc.sample(anyCase, { seed: SEED, numRuns: RUNS }).map(runCase);
  return memo;
}

function runCase(c: Case): Result {
  let doc: any;
  try {
    const stack = new TerraformStack(Testing.app(), 'test');
    build(stack, c.draft);
    doc = synthStack(stack);
  } catch (e) {
    if (!DeclarationError.isDeclarationError(e)) return { c, outcome: 'crash', detail: String((e as Error)?.stack ?? e).slice(0, 600) };
    const unclear = refusalProblems(e, c);
    if (unclear.length > 0) return { c, outcome: 'unclear refusal', detail: `${unclear.join('; ')}\n${e.message.slice(0, 600)}` };
    return c.expect === 'accept' ? { c, outcome: 'unexpected refusal', detail: e.message.slice(0, 600) } : { c, outcome: 'refused' };
  }
  if (c.expect === 'refuse') return { c, outcome: 'silent acceptance', doc };
  const invalid = outputProblems(doc, c.secrets ?? []);
  if (invalid.length > 0) return { c, outcome: 'invalid output', detail: invalid.slice(0, 5).join('; '), doc };
  return { c, outcome: 'accepted', doc };
}

/** What is unclear about a refusal: problems not naming path, field or what is allowed, or echoing a secret. */
function refusalProblems(error: DeclarationError, c: Case): string[] {
  const found: string[] = [];
  for (const p of error.problems) {
    if (typeof p.path !== 'string' || !/^test\/[^/]+$/.test(p.path)) found.push(`path ${JSON.stringify(p.path)} is not a construct of the stack`);
    if (typeof p.field !== 'string' || p.field === '') found.push('no field');
    if (typeof p.allowed !== 'string' || p.allowed.length < 3) found.push(`field ${p.field}: no "allowed"`);
    if (typeof p.value !== 'string') found.push(`field ${p.field}: value is not shown`);
  }
  if (c.field !== undefined && !error.problems.some((p) => p.field.includes(c.field!) || c.field!.startsWith(p.field))) {
    found.push(`no problem names ${c.field} (fields: ${error.problems.map((p) => p.field).join(', ')})`);
  }
  for (const secret of c.secrets ?? []) if (error.message.includes(secret)) found.push('the message holds the secret');
  return found;
}

/** Control characters; a line break is fine only in outputs (the rendered HAProxy backend). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
/** Where OpenNebula takes a value into a template (written between double quotes, as CDATA). */
const ONE_FIELD = /\.(context|tags|default_tags|description|name|sched_requirements)(\.|$)/;

/** Why `doc` is not valid output, or nothing. */
export function outputProblems(doc: any, secrets: string[]): string[] {
  const found: string[] = [];
  const text = JSON.stringify(doc);
  for (const secret of secrets) if (text.includes(secret)) found.push('a secret in clear');
  const variables = new Set(Object.keys(doc.variable ?? {}));
  const resources = new Set([
    ...Object.entries<any>(doc.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`)),
    ...Object.entries<any>(doc.data ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `data.${type}.${n}`)),
  ]);
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      if (where.startsWith('//') || where.includes('.//')) return;
      if (CONTROL.test(value) || (value.includes('\n') && !where.startsWith('output.'))) found.push(`${where}: a control character`);
      if (value.includes('%{')) found.push(`${where}: a Terraform template directive %{`);
      const unescaped = value.replace(/\$\$\{/g, '');
      for (const match of unescaped.matchAll(/\$\{([^}]*)\}?/g)) {
        const expression = match[1];
        // A declared variable, or base64encode() of one (the challenge password, as the context carries it).
        const variable = /^(?:var\.([A-Za-z0-9_-]+)|base64encode\(var\.([A-Za-z0-9_-]+)\))$/.exec(expression);
        const resource = /^((?:data\.)?opennebula_[a-z_]+|terraform_data)\.([A-Za-z0-9_-]+)\.[a-z_]+$/.exec(expression);
        const call = /^(join|max)\(/.test(expression) || /^self\./.test(expression);
        if (!(variable && variables.has(variable[1] ?? variable[2])) && !(resource && resources.has(`${resource[1]}.${resource[2]}`)) && !call) {
          found.push(`${where}: an interpolation the library did not write: \${${expression}}`);
        }
      }
      if (ONE_FIELD.test(where)) {
        const literal = unescaped.replace(/\$\{[^}]*\}/g, '');
        if (/["\\`]|\]\]>/.test(literal)) found.push(`${where}: a character OpenNebula or one-context rewrites: ${JSON.stringify(value).slice(0, 80)}`);
        if (/\$(?![A-Za-z_])/.test(literal)) found.push(`${where}: a "$" that is not an OpenNebula reference: ${JSON.stringify(value).slice(0, 80)}`);
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, where ? `${where}.${k}` : k);
  };
  walk(doc, '');
  for (const [type, byName] of Object.entries<any>(doc.resource ?? {})) {
    for (const address of Object.keys(byName)) if (!/^[A-Za-z0-9_-]+$/.test(address)) found.push(`address ${type}.${address} is not made of names`);
  }
  const vms = Object.values<any>(doc.resource?.opennebula_virtual_machine ?? {});
  if (vms.length === 0) found.push('no VM');
  for (const vm of vms) {
    for (const attribute of ['cpu', 'vcpu', 'memory']) if (vm[attribute] === undefined || vm[attribute] === null) found.push(`VM ${vm.name} without ${attribute}`);
    if (!/^[a-z0-9-]+$/.test(vm.name)) found.push(`VM name ${vm.name}`);
  }
  for (const template of Object.values<any>(doc.resource?.opennebula_template ?? {})) {
    if (template.disk?.[0]?.size === undefined) found.push(`template ${template.name} without a disk size`);
    if (template.memory === undefined) found.push(`template ${template.name} without memory`);
  }
  return found;
}

const failures = (outcome: Outcome) => results().filter((r) => r.outcome === outcome)
  .map((r) => `[${r.c.cls}] ${r.c.label}: ${r.detail ?? ''}`.slice(0, 900));

describe('hardening: generated bad declarations of OpenNebulaZone, Datacenter and HaService', () => {
  beforeAll(() => {
    results();
  }, 240_000);

  afterAll(() => {
    const classes = [...new Set(results().map((r) => r.c.cls))].sort();
    const outcomes: Outcome[] = ['refused', 'accepted', 'crash', 'silent acceptance', 'invalid output', 'unclear refusal', 'unexpected refusal'];
    const table = classes.map((cls) => {
      const of = results().filter((r) => r.c.cls === cls);
      return { class: cls, cases: of.length, ...Object.fromEntries(outcomes.map((o) => [o, of.filter((r) => r.outcome === o).length])) };
    });
    table.push({ class: 'TOTAL', cases: results().length, ...Object.fromEntries(outcomes.map((o) => [o, results().filter((r) => r.outcome === o).length])) });
    // eslint-disable-next-line no-console
    console.log(`hardening suite, seed ${SEED}:\n${formatTable(table)}`);
  });

  test(`runs at least 1,000 cases, in every class (seed ${SEED})`, () => {
    expect(results().length).toBeGreaterThanOrEqual(1000);
    const perClass = new Map<string, number>();
    for (const r of results()) perClass.set(r.c.cls, (perClass.get(r.c.cls) ?? 0) + 1);
    expect(perClass.size).toBe(14);
    for (const [cls, count] of perClass) expect([cls, count >= 20]).toEqual([cls, true]);
  });

  test('no declaration crashes with anything but a DeclarationError', () => {
    expect(failures('crash')).toEqual([]);
  });

  test('no bad declaration is accepted', () => {
    expect(failures('silent acceptance')).toEqual([]);
  });

  test('every refusal names the construct path, the field changed and what is allowed, and never a secret', () => {
    expect(failures('unclear refusal')).toEqual([]);
  });

  test('every accepted declaration synthesizes valid output', () => {
    expect(failures('invalid output')).toEqual([]);
  });

  test('valid declarations and safe free text are accepted', () => {
    expect(failures('unexpected refusal')).toEqual([]);
  });

  test('the oracle can fail: it finds what a broken library would write', () => {
    const accepted = results().find((r) => r.outcome === 'accepted' && r.c.cls === 'valid declaration')!.doc;
    const broken = JSON.parse(JSON.stringify(accepted));
    const vm: any = Object.values(broken.resource.opennebula_virtual_machine)[0];
    vm.context.GREETING = 'a\u0000b%{x}${var.nope}';
    vm.tags.team = '`id`$(id)';
    delete vm.memory;
    expect(outputProblems(broken, ['hunter2'])).toEqual(expect.arrayContaining([
      expect.stringMatching(/context\.GREETING: a control character/),
      expect.stringMatching(/context\.GREETING: a Terraform template directive/),
      expect.stringMatching(/context\.GREETING: an interpolation the library did not write/),
      expect.stringMatching(/tags\.team: a character OpenNebula or one-context rewrites/),
      expect.stringMatching(/without memory/),
    ]));
  });
});

/** Accepted documents, every k-th, so the sample spreads over classes. */
function sample(count: number, keep: (doc: any) => boolean = () => true): Array<{ c: Case; doc: any }> {
  const accepted = results().filter((r) => r.doc !== undefined && r.outcome === 'accepted' && keep(r.doc));
  const step = Math.max(1, Math.floor(accepted.length / count));
  return accepted.filter((_, i) => i % step === 0).slice(0, count).map((r) => ({ c: r.c, doc: r.doc }));
}

/** A value of a variable's type, for module inputs. */
function inputFor(variable: any): unknown {
  if (variable.type === 'number') return 1;
  if (variable.type === 'bool') return true;
  return 'x';
}

/**
 * `tofu validate` on many stacks in one working directory: each stack is a module (its own
 * provider configuration, required variables given placeholder values). Returns the errors, each
 * with the label of the case whose stack has it.
 */
function validateBatch(batch: Array<{ label: string; doc: any }>): string[] {
  const dir = scratch('tofu-batch');
  const modules: { [name: string]: unknown } = {};
  batch.forEach(({ doc }, i) => {
    fs.mkdirSync(path.join(dir, `s${i}`));
    fs.writeFileSync(path.join(dir, `s${i}`, 'main.tf.json'), JSON.stringify(portable(doc), null, 1));
    const inputs = Object.fromEntries(Object.entries<any>(doc.variable ?? {})
      .filter(([, v]) => v.default === undefined)
      .map(([name, v]) => [name, inputFor(v)]));
    modules[`s${i}`] = { source: `./s${i}`, ...inputs };
  });
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ module: modules }, null, 1));
  const init = tofu(dir, ['init', '-input=false', '-no-color', '-backend=false']);
  if (init.status !== 0) return [`tofu init failed: ${init.stderr}`];
  const report = JSON.parse(tofu(dir, ['validate', '-json', '-no-color']).stdout) as { diagnostics: any[] };
  return report.diagnostics.filter((d) => d.severity === 'error').map((d) => {
    const module = /^s(\d+)\//.exec(d.range?.filename ?? '');
    return `${module ? batch[Number(module[1])].label : 'batch'}: ${d.summary}: ${d.detail ?? ''}`;
  });
}

describeWithTofu('real-tool tier: tofu validate with the real provider on accepted declarations', () => {
  test(`a sample of ${TOFU_SAMPLE} accepted stacks is valid (batched, ${BATCH} stacks per working directory)`, () => {
    const docs = sample(TOFU_SAMPLE).map(({ c, doc }) => ({ label: `[${c.cls}] ${c.label}`, doc }));
    expect(docs.length).toBeGreaterThanOrEqual(40);
    const invalid: string[] = [];
    for (let start = 0; start < docs.length; start += BATCH) invalid.push(...validateBatch(docs.slice(start, start + BATCH)));
    expect(invalid).toEqual([]);
  }, 300_000);

  test('a batch can fail: an invalid stack among valid ones is found and named', () => {
    const [first, second] = sample(2).map(({ doc }) => doc);
    const broken = JSON.parse(JSON.stringify(second));
    const vm: any = Object.values(broken.resource.opennebula_virtual_machine)[0];
    vm.memory = 'lots';
    vm.no_such_attribute = 1;
    const errors = validateBatch([{ label: 'good', doc: first }, { label: 'broken', doc: broken }]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith('broken: '))).toBe(true);
  }, 120_000);
});

describeWithTools(['haproxy', 'shellcheck'], 'real-tool tier: haproxy -c and shellcheck on what accepted declarations render', () => {
  test(`the HAProxy backends of up to ${TOOL_SAMPLE} accepted stacks pass haproxy -c`, () => {
    const docs = sample(TOOL_SAMPLE, (doc) => Object.keys(doc.output ?? {}).some((k) => k.endsWith('_haproxy_backend')));
    expect(docs.length).toBeGreaterThanOrEqual(10);
    const failed: string[] = [];
    for (const { c, doc } of docs) {
      for (const [name, output] of Object.entries<any>(doc.output)) {
        if (!name.endsWith('_haproxy_backend')) continue;
        let ip = 0;
        // Addresses and VM IDs are known at apply: stand in literal ones.
        const backend = String(output.value)
          .replace(/\$\{[^}]*\.ip\}/g, () => `10.0.0.${++ip}`)
          .replace(/\$\{[^}]*\.id\}/g, () => `${100 + ip}`);
        const backendName = /^backend (\S+)/.exec(backend)![1];
        const mode = /^ {4}mode (\S+)/m.exec(backend)![1];
        const result = haproxyCheck(haproxyConfig(backend, backendName, mode));
        if (result.status !== 0) failed.push(`[${c.cls}] ${c.label}: ${result.stderr}`);
      }
    }
    expect(failed).toEqual([]);
  }, 120_000);

  test(`the start scripts of up to ${TOOL_SAMPLE} accepted stacks pass shellcheck -s sh`, () => {
    const docs = sample(TOOL_SAMPLE, (doc) => JSON.stringify(doc).includes('START_SCRIPT_BASE64'));
    expect(docs.length).toBeGreaterThanOrEqual(10);
    const dir = scratch('start-scripts');
    const scripts = new Set<string>();
    for (const { doc } of docs) {
      for (const type of ['opennebula_template', 'opennebula_virtual_machine']) {
        for (const resource of Object.values<any>(doc.resource?.[type] ?? {})) {
          const encoded = resource.context?.START_SCRIPT_BASE64;
          if (encoded) scripts.add(Buffer.from(encoded, 'base64').toString('utf8'));
        }
      }
    }
    const files = [...scripts].map((script, i) => {
      const file = path.join(dir, `start-${i}.sh`);
      fs.writeFileSync(file, script);
      return file;
    });
    expect(files.length).toBeGreaterThan(0);
    const result = run('shellcheck', ['-s', 'sh', ...files]);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});

function formatTable(rows: Array<{ [column: string]: string | number }>): string {
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => String(r[c]))))].join('\n');
}
