/**
 * No secret in clear by any route: the Puppet challenge password and the OpenNebula credentials
 * may only come from sensitive variables (their values are given at apply time, TF_VAR_*). Every
 * other route is refused at synthesis with a message that does not echo the secret, and no file
 * `cdktf synth` writes holds it, in clear or base64-encoded.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Draft, Make, SECRET_ROUTES, build, withValue } from './corpus';
import { DeclarationError } from '../../src/core/validation';

const SECRET = 'Hunter2-Zq9Xw7-challenge';

/** A valid declaration with Puppet enrolment and an HAProxy backend. */
const BASE: Draft = {
  zone: { name: 'production', endpoint: 'https://one.example.com/RPC2' },
  datacenters: [
    { id: 'dc1', props: { clusterId: 100, networkId: 10, imageId: 20 } },
    { id: 'dc2', props: { clusterId: 101, networkId: 11, imageId: 21 } },
  ],
  serviceId: 'my_service',
  service: {
    instances: 2,
    size: { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 },
    puppet: { server: 'puppet.example.com' },
    haproxy: { port: 8080 },
  },
};

interface Synthesis {
  readonly error?: unknown;
  /** Every file written under the output directory, with its content. */
  readonly files: Array<{ file: string; content: string }>;
}

/** What `cdktf synth` does with a program declaring `draft`: build, then synthesize; the files it wrote. */
function synthesize(draft: Draft): Synthesis {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardening-secrets-'));
  let error: unknown;
  try {
    const app = new App({ outdir });
    build(new TerraformStack(app, 'test'), draft);
    app.synth();
  } catch (e) {
    error = e;
  }
  const files: Array<{ file: string; content: string }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push({ file: path.relative(outdir, full), content: fs.readFileSync(full, 'latin1') });
    }
  };
  walk(outdir);
  fs.rmSync(outdir, { recursive: true, force: true });
  return { error, files };
}

const FORMS = [SECRET, Buffer.from(SECRET).toString('base64'), encodeURIComponent(SECRET)];

function holdsSecret(text: string): boolean {
  return FORMS.some((form) => text.includes(form));
}

describe('no secret in clear by any route', () => {
  test.each(SECRET_ROUTES.map((r) => [r.label, r]))('%s: refused at synth, naming the field, without the secret anywhere', (_label, route) => {
    const { error, files } = synthesize(route.route(SECRET)(BASE));
    expect(DeclarationError.isDeclarationError(error)).toBe(true);
    const problems = (error as DeclarationError).problems;
    expect(problems.map((p) => p.field)).toContain(route.field);
    expect(holdsSecret((error as Error).message)).toBe(false);
    expect(holdsSecret(JSON.stringify(problems))).toBe(false);
    expect(files.filter((f) => holdsSecret(f.content)).map((f) => f.file)).toEqual([]);
  });

  test('from a sensitive variable the challenge password synthesizes, and no synthesized file holds it', () => {
    process.env.TF_VAR_puppet_challenge = SECRET;
    try {
      const { error, files } = synthesize(withValue(BASE, 'service.puppet.challengePassword',
        new Make('a sensitive variable', (stack) => new TerraformVariable(stack, 'puppet_challenge', { type: 'string', sensitive: true }).stringValue)));
      expect(error).toBeUndefined();
      const json = files.find((f) => f.file.endsWith('cdk.tf.json'))!;
      expect(json.content).toContain('"PUPPET_CHALLENGE_PASSWORD_B64": "${base64encode(var.puppet_challenge)}"');
      expect(json.content).toContain('"password": "${var.production_opennebula_password}"');
      expect(files.filter((f) => holdsSecret(f.content)).map((f) => f.file)).toEqual([]);
    } finally {
      delete process.env.TF_VAR_puppet_challenge;
    }
  });

  test('the scan can fail: a literal in a free-text prop does reach the synthesized files', () => {
    const { error, files } = synthesize(withValue(BASE, 'service.tags.note', SECRET));
    expect(error).toBeUndefined();
    expect(files.some((f) => holdsSecret(f.content))).toBe(true);
  });
});
