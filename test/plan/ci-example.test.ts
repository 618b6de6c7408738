/**
 * examples/ci/: the pull-request and apply workflows are valid YAML, run the commands the README
 * gives, use the shared state (PG_CONN_STR from a secret), serialize applies per stack, keep
 * `${{ }}` expressions out of shell scripts, and their scripts pass shellcheck.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { buildSeedApp } from '../../examples/seed/stacks';
import { describeWithTools } from '../registration/tools';
import { ROOT } from '../support/tofu';

const WORKFLOW = path.join(ROOT, 'examples', 'ci', 'github-actions', 'opennebula-plan.yml');
const APPLY_WORKFLOW = path.join(ROOT, 'examples', 'ci', 'github-actions', 'opennebula-apply.yml');
const README = path.join(ROOT, 'examples', 'ci', 'README.md');

interface Step { name?: string; uses?: string; run?: string; with?: { [key: string]: unknown } }

function workflow(): any {
  return yaml.load(fs.readFileSync(WORKFLOW, 'utf8'));
}

function steps(): Step[] {
  return workflow().jobs.plan.steps;
}

function applyWorkflow(): any {
  return yaml.load(fs.readFileSync(APPLY_WORKFLOW, 'utf8'));
}

function applySteps(): Step[] {
  return applyWorkflow().jobs.apply.steps;
}

/** The `tofu ...` commands the README gives in backquotes. */
function readmeTofuCommands(): string[] {
  return [...fs.readFileSync(README, 'utf8').matchAll(/`(tofu [^`]+)`/g)].map((m) => m[1]);
}

/** Every line of the workflow's scripts, trimmed. */
function scriptLines(all: Step[]): string[] {
  return all.flatMap((s) => (s.run ?? '').split('\n').map((l) => l.trim())).filter((l) => l !== '');
}

describe('examples/ci GitHub Actions workflow', () => {
  it('runs on pull requests with the permission to comment, one job per stack', () => {
    const wf = workflow();
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ 'contents': 'read', 'pull-requests': 'write' });
    expect(wf.jobs.plan.strategy.matrix.stack).toEqual(['production', 'staging']);
  });

  it('synthesizes, inits, plans, summarizes and comments, in that order', () => {
    const scripts = steps().map((s) => s.run ?? s.uses ?? '').join('\n---\n');
    const order = ['npm run example', 'tofu init', 'tofu plan', 'tofu show -json plan.tfplan > plan.json', 'plan-summary', 'gh pr comment'];
    const positions = order.map((needle) => scripts.indexOf(needle));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(steps().find((s) => s.uses?.startsWith('opentofu/setup-opentofu'))?.with).toMatchObject({ tofu_version: '1.9.1', tofu_wrapper: false });
  });

  it('hands credentials to OpenTofu as TF_VAR_<zone>_opennebula_username/password of every zone', () => {
    const env = workflow().jobs.plan.env;
    for (const zone of ['production', 'staging']) {
      expect(env[`TF_VAR_${zone}_opennebula_username`]).toMatch(/secrets\./);
      expect(env[`TF_VAR_${zone}_opennebula_password`]).toMatch(/secrets\./);
      expect(env[`TF_VAR_${zone}_opennebula_endpoint`]).toBeDefined();
    }
    expect(fs.readFileSync(path.join(ROOT, 'examples', 'ci', 'README.md'), 'utf8')).toContain('TF_VAR_<zone>_opennebula_password');
  });

  it('keeps ${{ }} expressions out of run scripts (no script injection)', () => {
    for (const step of [...steps(), ...applySteps()]) {
      expect({ step: step.name, expression: /\$\{\{/.test(step.run ?? '') }).toEqual({ step: step.name, expression: false });
    }
  });
});

describe('examples/ci: the shared state and the applies', () => {
  it('the matrix stacks are the seed app\'s stacks, and each keeps its state in PostgreSQL', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-example-seed-'));
    buildSeedApp(outdir).app.synth();
    const stacks = fs.readdirSync(path.join(outdir, 'stacks')).sort();
    expect(workflow().jobs.plan.strategy.matrix.stack).toEqual(stacks);
    expect(applyWorkflow().jobs.apply.strategy.matrix.stack).toEqual(stacks);
    for (const stack of stacks) {
      const doc = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
      expect(doc.terraform.backend).toEqual({ pg: { schema_name: `cdktf_opennebula_${stack}__my_service` } });
    }
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('both workflows hand OpenTofu the state database as PG_CONN_STR from a secret, and nothing else for the state', () => {
    for (const wf of [workflow().jobs.plan, applyWorkflow().jobs.apply]) {
      expect(wf.env.PG_CONN_STR).toBe('${{ secrets.TF_STATE_PG_CONN_STR }}');
      expect(Object.keys(wf.env).filter((k) => /^AWS_|^PG_/.test(k))).toEqual(['PG_CONN_STR']);
    }
    const readme = fs.readFileSync(README, 'utf8');
    expect(readme).toContain('`PG_CONN_STR`');
    expect(readme).toContain('TF_STATE_PG_CONN_STR');
  });

  it('every tofu command the README gives is what a workflow runs, and the other way round', () => {
    // Full command lines (with options); the README also names commands in passing (`tofu init`).
    const documented = readmeTofuCommands().filter((c) => /^tofu (init|plan|apply) -/.test(c));
    const run = scriptLines([...steps(), ...applySteps()]).filter((l) => /^tofu (init|plan|apply)\b/.test(l));
    expect(documented.length).toBeGreaterThanOrEqual(4);
    for (const command of documented) expect({ command, inAWorkflow: run.includes(command) }).toEqual({ command, inAWorkflow: true });
    for (const command of run) expect({ command, documented: documented.includes(command) }).toEqual({ command, documented: true });
  });

  it('pull requests plan without the lock; applies take it and wait for it', () => {
    const planLines = scriptLines(steps()).filter((l) => l.startsWith('tofu plan'));
    expect(planLines).toEqual([expect.stringContaining('-lock=false')]);
    const applyLines = scriptLines(applySteps()).filter((l) => /^tofu (plan|apply)/.test(l) && !l.includes('-refresh-only'));
    expect(applyLines).toHaveLength(2);
    for (const line of applyLines) {
      expect(line).not.toContain('-lock=false');
      expect(line).toMatch(/-lock-timeout=\d+m/);
    }
    expect(applyLines[1]).toMatch(/^tofu apply .* plan\.tfplan$/);
  });

  it('serializes the applies of one stack (a concurrency group keyed by the stack, never cancelled) and runs after merge', () => {
    const wf = applyWorkflow();
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.concurrency).toBeUndefined();
    expect(wf.jobs.apply.concurrency).toEqual({ 'group': 'opennebula-apply-${{ matrix.stack }}', 'cancel-in-progress': false });
    const order = ['npm run example', 'tofu init', 'tofu state list', '-refresh-only', 'tofu plan', 'plan-summary', 'tofu apply -input=false -no-color -lock-timeout=15m plan.tfplan'];
    const scripts = applySteps().map((s) => s.run ?? '').join('\n---\n');
    const positions = order.map((needle) => scripts.indexOf(needle));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describeWithTools(['shellcheck'], 'real-tool tier: examples/ci workflow scripts pass shellcheck', () => {
  it.each([...steps(), ...applySteps()].filter((s) => s.run).map((s) => [s.name ?? '(unnamed)', s.run!]))('%s', (_name, script) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-ci-step-'));
    const file = path.join(dir, 'step.sh');
    // GitHub runs `run:` with bash -e -o pipefail.
    fs.writeFileSync(file, `#!/usr/bin/env bash\nset -eo pipefail\n${script}`);
    const result = spawnSync('shellcheck', ['-s', 'bash', file], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
