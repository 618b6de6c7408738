#!/usr/bin/env node
// PROPOSAL (a post-compile step; see docs/performance.md, "Import time").
//
//   node bench/proposals/lazy-provider-index.js lib/provider/index.js
//
// Rewrites the compiled provider index so that each of the 43 binding namespaces is loaded the
// first time it is read, instead of all of them when the package is imported. HaService uses 5
// of them; loading all costs about 40 % on top of `require('cdktf')`. Types are unchanged (the
// .d.ts still declares every namespace) and so is every value a user can read: `acl`,
// `virtualMachine`, ... are enumerable getters returning the same module objects.
//
// Meant to run after compile (e.g. a projen `post-compile` step); src/provider/ stays as
// generated. Idempotent: a second run finds nothing to rewrite and says so.
'use strict';
const fs = require('fs');

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/proposals/lazy-provider-index.js <compiled provider/index.js>');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
// What tsc emits (module node16, CommonJS) for `export * as name from './dir';`.
const EAGER = /^exports\.(\w+) = __importStar\(require\("(\.\/[\w-]+)"\)\);$/gm;
let count = 0;
const lazy = text.replace(EAGER, (_line, name, target) => {
  count++;
  return `Object.defineProperty(exports, "${name}", { enumerable: true, configurable: true, get: () => __importStar(require("${target}")) });`;
});
if (count === 0) {
  console.error(`${file}: no eager namespace export found (already lazy, or not tsc's CommonJS output)`);
  process.exit(0);
}
fs.writeFileSync(file, lazy);
console.error(`${file}: ${count} namespaces now load on first use`);
