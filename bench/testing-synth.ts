/**
 * Is cdktf's `Testing.synth` quadratic for our resources? One fresh process per measurement:
 *
 *   node bench/.build/bench/testing-synth.js <testing|linear> <vms>   time one way of synthesizing
 *   node bench/.build/bench/testing-synth.js check <vms>              the two agree (exit 1 if not)
 *
 * The stack holds one provider and `vms` opennebula_virtual_machine resources (one type), with
 * context, tags and a vmgroup block like HaService's. `linear` is the helper proposed in
 * src/testing/synth.ts.
 */
import { performance } from 'perf_hooks';
import { Aspects, IAspect, Testing, TerraformOutput, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { differences } from './compare';
import { synthStack, synthStackJson } from '../src/testing/synth';
import { provider, virtualMachine } from '../src/provider';

const [mode, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!['testing', 'linear', 'check'].includes(mode) || !Number.isInteger(count) || count < 1) {
  throw new Error('usage: testing-synth.js <testing|linear|check> <vms>');
}

const t0 = performance.now();
const app = Testing.app();
const stack = new TerraformStack(app, 'vms');
const opennebula = new provider.OpennebulaProvider(stack, 'provider', { endpoint: 'https://one.example.com/RPC2', username: 'bench', password: 'bench' });
for (let i = 1; i <= count; i++) {
  const vm = new virtualMachine.VirtualMachine(stack, `vm-${i}`, {
    provider: opennebula,
    name: `vm-${i}`,
    templateId: 42,
    cpu: 1, vcpu: 2, memory: 4096,
    context: { NETWORK: 'YES', SET_HOSTNAME: '$NAME', SERVICE_NAME: 'bench' },
    tags: { service: 'bench', datacenter: 'dc1' },
    vmgroup: { vmgroupId: 7, role: 'bench_dc1' },
  });
  if (mode === 'check' && i === 1) new TerraformOutput(stack, 'first_ip', { value: vm.ip });
}
if (mode === 'check') {
  // An aspect, to check that the helper applies them like Testing.synth.
  const tagger: IAspect = {
    visit(node: IConstruct) {
      if (node instanceof virtualMachine.VirtualMachine) node.addOverride('description', 'from an aspect');
    },
  };
  Aspects.of(stack).add(tagger);
}
const buildMs = performance.now() - t0;

if (mode === 'check') {
  const expected = JSON.parse(Testing.synth(stack));
  const problems = [
    ...differences(expected, synthStack(stack), 'Testing.synth', 'synthStack'),
    ...differences(expected, JSON.parse(synthStackJson(stack)), 'Testing.synth', 'synthStackJson'),
  ];
  if (JSON.stringify(synthStack(stack)).includes('"//"')) problems.push('synthStack left "//" metadata in');
  if (!JSON.stringify(expected).includes('from an aspect')) problems.push('the check aspect did not run');
  console.log(JSON.stringify({ mode, vms: count, same: problems.length === 0, problems }));
  process.exit(problems.length === 0 ? 0 : 1);
}

const t1 = performance.now();
const text = mode === 'testing' ? Testing.synth(stack) : synthStackJson(stack);
const synthMs = performance.now() - t1;
console.log(JSON.stringify({
  mode, vms: count, buildMs, synthMs, bytes: text.length, maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
