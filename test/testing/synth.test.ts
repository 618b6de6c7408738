import { TerraformStack, Testing } from 'cdktf';
import { synthStack, synthStackJson } from '../../src/testing/synth';
import { declare } from '../support/synth';

function seedStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  declare(stack, { datacenters: [{ name: 'dc1' }, { name: 'dc2' }], service: { puppet: { server: 'puppet.example.com' } } });
  return stack;
}

describe('synthStack, the linear-time test helper', () => {
  test('gives the same content as Testing.synth', () => {
    expect(synthStack(seedStack())).toEqual(JSON.parse(Testing.synth(seedStack())));
  });

  test('drops cdktf metadata at every depth', () => {
    expect(synthStackJson(seedStack())).not.toContain('"//"');
  });
});
