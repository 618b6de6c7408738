// Reads jest's --json report and prints the plain closing line CI reads:
// "N passed, N failed[, N skipped]". Exits non-zero when the real-tool tier did not run.
const fs = require('fs');

const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let realToolTests = 0;
for (const suite of report.testResults) {
  for (const test of suite.assertionResults) {
    if (test.status === 'passed' && test.ancestorTitles.some((title) => title.startsWith('real-tool tier'))) {
      realToolTests += 1;
    }
  }
}
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`real-tool tier: ${realToolTests} tests passed`);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (realToolTests === 0) {
  console.error('ci: the real-tool tier did not run');
  process.exit(1);
}
