#!/usr/bin/env node
// Benchmark of the plan summary (src/cli/plan-summary.ts, through the compiled lib/): builds a plan
// of 200,000 resource changes in memory and prints the time and memory it takes to summarize it.
// A benchmark prints figures; it asserts nothing (the tests are in test/plan/plan-summary.test.ts).
//
//   npx projen compile && node bench/plan-summary.js [--changes 200000] [--services 20] [--json]
//
// The plan: `services` services in zone `production`, each with many datacenters of 4 VMs (the
// many-datacenter case was quadratic before), HaService-style depends_on between consecutive
// datacenters, and a mix of actions: no-op, memory change (power cycle), create_before_destroy
// replacement, destroy. With --json the plan is also serialized, and parsing the text is timed
// as the command line does it.
'use strict';
const path = require('path');
const { performance } = require('perf_hooks');

const lib = path.join(__dirname, '..', 'lib', 'cli', 'plan-summary.js');
let summary;
try {
  summary = require(lib);
} catch (e) {
  process.stderr.write(`bench/plan-summary.js: cannot load ${path.relative(process.cwd(), lib)} (${e.message}); run \`npx projen compile\` first\n`);
  process.exit(2);
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const CHANGES = option('changes', 200000);
const SERVICES = option('services', 20);
const VMS_PER_DC = 4;
const JSON_TOO = process.argv.includes('--json');

const ACTIONS = [['no-op'], ['update'], ['create', 'delete'], ['no-op'], ['delete']];

function buildPlan() {
  const resourceChanges = [];
  const resources = [];
  const perService = Math.ceil(CHANGES / SERVICES);
  for (let s = 0; s < SERVICES && resourceChanges.length < CHANGES; s++) {
    const service = `svc${s}`;
    let previous = [];
    for (let d = 0; resourceChanges.length < Math.min(CHANGES, (s + 1) * perService); d++) {
      const dc = `dc${String(d).padStart(5, '0')}`;
      const current = [];
      for (let v = 0; v < VMS_PER_DC && resourceChanges.length < CHANGES; v++) {
        const address = `opennebula_virtual_machine.${service}_${dc}_vm-${v}`;
        const actions = ACTIONS[(d + v) % ACTIONS.length];
        const attributes = { name: `${service}-${dc}-${v}`, cpu: 1, vcpu: 2, memory: 4096, tags: { service, zone: 'production', datacenter: dc } };
        const after = actions[0] === 'update' ? { ...attributes, memory: 8192 } : attributes;
        resourceChanges.push({
          address,
          mode: 'managed',
          type: 'opennebula_virtual_machine',
          name: `${service}_${dc}_vm-${v}`,
          provider_name: 'registry.opentofu.org/opennebula/opennebula',
          change: { actions, before: attributes, after: actions[0] === 'delete' && actions.length === 1 ? null : after },
        });
        if (!(actions.length === 1 && actions[0] === 'delete')) {
          resources.push({ address, mode: 'managed', type: 'opennebula_virtual_machine', provider_config_key: 'opennebula', depends_on: previous });
          current.push(address);
        }
      }
      previous = current;
    }
  }
  return { format_version: '1.2', terraform_version: '1.9.1', resource_changes: resourceChanges, configuration: { root_module: { resources } }, errored: false };
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (t) => `${t.toFixed(0)} ms`;

const plan = buildPlan();
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const dcs = new Set(plan.resource_changes.map((rc) => `${rc.change.before.tags.service}/${rc.change.before.tags.datacenter}`)).size;
process.stdout.write(`plan: ${plan.resource_changes.length} resource changes, ${SERVICES} services, ${dcs} datacenters (${VMS_PER_DC} VMs each)\n`);

let text;
if (JSON_TOO) {
  text = JSON.stringify(plan);
  const t0 = performance.now();
  summary.parsePlan(text);
  process.stdout.write(`parse:     ${ms(performance.now() - t0)} for ${mib(Buffer.byteLength(text))} of JSON\n`);
}

const maxRssBefore = process.resourceUsage().maxRSS * 1024;
const t0 = performance.now();
const { markdown, warnings } = summary.analyzePlan(plan);
const elapsed = performance.now() - t0;
const heapAfter = process.memoryUsage().heapUsed;
const maxRssAfter = process.resourceUsage().maxRSS * 1024;

process.stdout.write(`summarize: ${ms(elapsed)} (${(elapsed * 1000 / plan.resource_changes.length).toFixed(1)} µs per change)\n`);
process.stdout.write(`output:    ${mib(Buffer.byteLength(markdown))} of Markdown, ${markdown.split('\n').length} lines, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
process.stdout.write(`memory:    heap ${mib(heapBefore)} with the plan built, ${mib(heapAfter)} after summarizing (the Markdown and garbage not yet collected); `
  + `peak RSS of the process ${mib(maxRssAfter)}, ${maxRssAfter > maxRssBefore ? `of which summarizing added ${mib(maxRssAfter - maxRssBefore)}` : 'not raised by summarizing'}\n`);
