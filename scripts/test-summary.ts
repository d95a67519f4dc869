// Prints the one closing line CI counts tests from — `Tests: N passed, N failed,
// N skipped` — read from vitest's JSON report. A missing or unreadable report is
// itself a failure: a run whose tests never reported must not look green.
import { readFileSync } from 'node:fs';

const reportPath = process.argv[2] ?? 'test-results/vitest.json';
interface VitestReport {
  success?: boolean;
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { status?: string; assertionResults?: { status?: string }[] }[];
}

let report: VitestReport;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8')) as VitestReport;
} catch (error) {
  console.error(`test-summary: no vitest report at ${reportPath} (${(error as Error).message})`);
  console.log('Tests: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// A test file that fails to load has no test in it to fail: count the file.
// (numFailedTestSuites is no file count: it counts describe blocks too.)
const filesFailedBare = (report.testResults ?? []).filter(
  (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + filesFailedBare;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || report.success === false ? 1 : 0);
