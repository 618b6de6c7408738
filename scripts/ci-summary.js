// Reads jest's --json reports (one per tier) and prints the plain closing line CI reads:
// "N passed, N failed[, N skipped]". Exits non-zero when a tier that must run did not: the
// real-tool checks always, the plan/apply tier under REQUIRE_REAL_PROVIDER=1, the real-oned
// tier under REQUIRE_REAL_ONED=1, the live tier under REQUIRE_LIVE=1, the shared-state tier (pg
// backend in PostgreSQL) under REQUIRE_SHARED_STATE=1, the package tier (apps installed from the
// packed tarball and wheel) under REQUIRE_PACKAGE=1.
const fs = require('fs');

const reports = process.argv.slice(2).filter((file) => fs.existsSync(file)).map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
const count = { passed: 0, failed: 0, skipped: 0 };
const byTier = { 'real-tool tier': 0, 'plan/apply': 0, 'real-oned tier': 0, 'live tier': 0, 'shared-state tier': 0, 'package tier': 0 };
for (const report of reports) {
  count.passed += report.numPassedTests;
  count.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  count.skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults) {
    const planApply = /test\/plan\/(plan-apply|rollout)\.test\.ts$/.test(suite.name);
    for (const test of suite.assertionResults) {
      if (test.status !== 'passed') continue;
      if (test.ancestorTitles.some((title) => title.startsWith('real-tool tier'))) byTier['real-tool tier'] += 1;
      if (planApply && test.ancestorTitles.some((title) => title.startsWith('real-tool tier'))) byTier['plan/apply'] += 1;
      if (test.ancestorTitles.some((title) => title.startsWith('real-oned tier'))) byTier['real-oned tier'] += 1;
      if (test.ancestorTitles.some((title) => title.startsWith('live tier'))) byTier['live tier'] += 1;
      if (test.ancestorTitles.some((title) => title.startsWith('shared-state tier'))) byTier['shared-state tier'] += 1;
      if (test.ancestorTitles.some((title) => title.startsWith('package tier'))) byTier['package tier'] += 1;
    }
  }
}
for (const [tier, n] of Object.entries(byTier)) console.log(`${tier}: ${n} tests passed`);
const missing = [];
if (byTier['real-tool tier'] === 0) missing.push('the real-tool tier did not run');
if (process.env.REQUIRE_REAL_PROVIDER === '1' && byTier['plan/apply'] === 0) missing.push('the plan/apply tier did not run');
if (process.env.REQUIRE_REAL_ONED === '1' && byTier['real-oned tier'] === 0) missing.push('the real-oned tier did not run');
if (process.env.REQUIRE_LIVE === '1' && byTier['live tier'] === 0) missing.push('the live tier did not run');
if (process.env.REQUIRE_SHARED_STATE === '1' && byTier['shared-state tier'] === 0) missing.push('the shared-state tier did not run');
if (process.env.REQUIRE_PACKAGE === '1' && byTier['package tier'] === 0) missing.push('the package tier did not run');
if (reports.length === 0) missing.push('no jest report was written');
for (const line of missing) console.error(`ci: ${line}`);
console.log(`${count.passed} passed, ${count.failed + missing.length} failed${count.skipped ? `, ${count.skipped} skipped` : ''}`);
if (missing.length > 0 || count.failed > 0) process.exit(1);
