// One measured run, in a fresh process: node bench/child.js <variant> [services]
// Prints {wallMs, cpuMs, maxRssMb, file} as JSON on its last line.
'use strict';
const path = require('path');

const started = process.hrtime.bigint();
const [variant, countArg] = process.argv.slice(2);
let file;
if (variant === 'import-lib') {
  require(path.resolve(__dirname, '..', 'lib'));
} else if (variant === 'import-cdktf') {
  require('cdktf');
} else {
  const catalog = require('./catalog');
  const build = { haservice: catalog.haService, 'raw-l1': catalog.rawL1, 'plain-json': catalog.plainJson }[variant];
  if (!build) throw new Error(`unknown variant ${variant}`);
  file = build(Number(countArg));
}
const usage = process.resourceUsage();
console.log(JSON.stringify({
  wallMs: Number(process.hrtime.bigint() - started) / 1e6,
  cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  maxRssMb: usage.maxRSS / 1024,
  file,
}));
