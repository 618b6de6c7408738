#!/usr/bin/env node
// Post-compile step (after jsii): the package root exposes the generated provider bindings as the
// namespace `bindings`; tsc compiles that to an eager require of all 45 generated modules, which
// would more than double the package's import cost over cdktf's for apps that never touch them.
// This rewrites that one statement of lib/index.js into a getter with the same value, loaded on
// first use (the shape prebuilt provider packages use in their lazy index). It fails the build
// when the statement is not found exactly once, so a compiler change cannot silently undo it.
'use strict';
const fs = require('fs');
const path = require('path');

const EAGER = 'exports.bindings = __importStar(require("./provider"));';
const LAZY = 'Object.defineProperty(exports, "bindings", { enumerable: true, configurable: true, get: function () { return require("./provider"); } });';

/** The compiled root module with the bindings loaded on first use; throws when the statement is not there once. */
function makeLazy(text) {
  const count = text.split(EAGER).length - 1;
  if (count === 0 && text.includes(LAZY)) return text;
  if (count !== 1) {
    throw new Error(`expected the statement \`${EAGER}\` once in lib/index.js, found it ${count} times: update scripts/lazy-bindings.js`);
  }
  return text.replace(EAGER, LAZY);
}

module.exports = { makeLazy, EAGER, LAZY };

if (require.main === module) {
  const file = path.join(__dirname, '..', 'lib', 'index.js');
  try {
    fs.writeFileSync(file, makeLazy(fs.readFileSync(file, 'utf8')));
    console.log('lazy-bindings: lib/index.js loads the provider bindings on first use');
  } catch (error) {
    console.error(`lazy-bindings: ${error.message}`);
    process.exit(1);
  }
}
