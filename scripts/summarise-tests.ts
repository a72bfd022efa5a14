// Adds up the JSON reports of vitest and Playwright and prints one closing line:
// "tests: N passed, N failed" (", N skipped" when any were skipped).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let read = 0;

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  read += 1;
  if ('numPassedTests' in report) {
    // vitest (Jest-compatible JSON)
    passed += Number(report.numPassedTests);
    failed += Number(report.numFailedTests);
    skipped += Number(report.numPendingTests ?? 0) + Number(report.numTodoTests ?? 0);
  } else if ('stats' in report) {
    // Playwright
    const stats = report.stats as { expected: number; unexpected: number; flaky: number; skipped: number };
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  }
}

if (read === 0) {
  console.error('No test report was written: the test runners did not run.');
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
