/**
 * examples/ci/: the pull-request workflow is valid YAML, runs the steps it documents, keeps
 * `${{ }}` expressions out of shell scripts, and its scripts pass shellcheck.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { ROOT, describeWithTools } from '../support/tofu';

const WORKFLOW = path.join(ROOT, 'examples', 'ci', 'github-actions', 'opennebula-plan.yml');

interface Step { name?: string; uses?: string; run?: string; with?: { [key: string]: unknown } }

function workflow(): any {
  return yaml.load(fs.readFileSync(WORKFLOW, 'utf8'));
}

function steps(): Step[] {
  return workflow().jobs.plan.steps;
}

describe('examples/ci GitHub Actions workflow', () => {
  it('runs on pull requests with the permission to comment, one job per zone', () => {
    const wf = workflow();
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ 'contents': 'read', 'pull-requests': 'write' });
    expect(wf.jobs.plan.strategy.matrix.zone).toEqual(['production', 'staging']);
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
    for (const step of steps()) expect({ step: step.name, expression: /\$\{\{/.test(step.run ?? '') }).toEqual({ step: step.name, expression: false });
  });
});

describeWithTools(['shellcheck'], 'examples/ci workflow scripts pass shellcheck', () => {
  it.each(steps().filter((s) => s.run).map((s) => [s.name ?? '(unnamed)', s.run!]))('%s', (_name, script) => {
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
