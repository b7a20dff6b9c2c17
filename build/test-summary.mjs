// Adds up what every test runner of `npm test` reported (their JSON reports under
// test-results/) and prints one closing line: "Tests: N passed, N failed, N skipped".
// `--reset` removes old reports first, so a stage that did not run cannot be counted.
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = {
  unit: 'test-results/unit.json',
  e2e: 'test-results/e2e.json',
  electron: 'test-results/electron.json',
};

if (process.argv.includes('--reset')) {
  for (const file of Object.values(REPORTS)) rmSync(file, { force: true });
  process.exit(0);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function vitest(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwright(report) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected, skipped };
}

for (const [stage, file] of Object.entries(REPORTS)) {
  if (!existsSync(file)) {
    lines.push(`${stage}: no report (did not run)`);
    totals.failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = stage === 'unit' ? vitest(report) : playwright(report);
  lines.push(`${stage}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

console.log(`\n${lines.join('\n')}`);
if (totals.skipped > 0) {
  console.log('Skipped tests are not passes: see each suite\'s reason above (the real-Electron suite needs an Electron binary).');
}
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
