import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { buildSeedApp } from '../../examples/seed/stacks';
import { Datacenter, HaService, OpenNebulaZone } from '../../src';
import { SIZE, declare, synthesize } from '../support/synth';
import { describeWithTofu, portable, validate, writeStack } from '../support/tofu';

function expectValid(document: any, label: string): void {
  const result = validate(writeStack(portable(document), `${label}-`));
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

describeWithTofu('real-tool tier: tofu validate on HaService stacks', () => {
  test.each(['production', 'staging'])('the seed example\'s %s stack is valid', (stack) => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-validate-'));
    buildSeedApp(outdir).app.synth();
    expectValid(JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')), stack);
  });

  test('a stack with base templates and two zones is valid', () => {
    expectValid(synthesize((stack) => {
      declare(stack, { datacenters: [{ name: 'dc1', securityGroupIds: [0], datastoreId: 1, additionalNetworkIds: [3] }, { name: 'dc2' }] });
      const staging = new OpenNebulaZone(stack, 'staging', { name: 'staging' });
      const dc1 = new Datacenter(stack, 'stg1', { zone: staging, baseTemplate: { name: 'infra_dc1_stg' } });
      const dc2 = new Datacenter(stack, 'stg2', { zone: staging, baseTemplate: { id: 7 } });
      new HaService(stack, 'web', { zone: staging, datacenters: [dc1, dc2], instances: 3, size: SIZE, tags: { team: 'web' } });
    }), 'mixed');
  });

  test('generated declarations are valid', () => {
    fc.assert(fc.property(
      fc.shuffledSubarray(['dc1', 'dc2', 'dc3', 'east'], { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 1, max: 5 }),
      fc.record({
        cpu: fc.integer({ min: 1, max: 400 }).map((c) => c / 100),
        vcpu: fc.integer({ min: 4, max: 8 }),
        memoryMb: fc.integer({ min: 256, max: 65536 }),
        diskMb: fc.integer({ min: 1024, max: 1_000_000 }),
      }),
      fc.integer({ min: 1, max: 3 }),
      (datacenters, instances, size, templateRevision) => {
        expectValid(synthesize((stack) => declare(stack, {
          zone: datacenters.length === 1 ? 'staging' : 'production',
          datacenters: datacenters.map((name) => ({ name })),
          service: { instances, size, templateRevision },
        })), 'generated');
      }), { numRuns: 8 });
  });
});
