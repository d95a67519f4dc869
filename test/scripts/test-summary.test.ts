// The closing line CI counts tests from, read from vitest's JSON report: a
// failed test counts once (not once per describe block around it), a file that
// failed to load counts as one failure, and no report is a failure.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../batch/helpers/archive.js';

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function summary(report: unknown): Promise<{ line: string; code: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'vnplan-summary-'));
  made.push(dir);
  const path = join(dir, 'vitest.json');
  if (report !== undefined) await writeFile(path, JSON.stringify(report));
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/test-summary.ts'), path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    return { line: out.toString().trim(), code: 0 };
  } catch (error) {
    const e = error as { stdout: Buffer; status: number };
    return { line: e.stdout.toString().trim(), code: e.status };
  }
}

describe('scripts/test-summary.ts', () => {
  it('counts a failed test once, though its describe block and its file failed with it', async () => {
    const report = {
      success: false,
      numPassedTests: 3,
      numFailedTests: 1,
      numFailedTestSuites: 2,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [
        { status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
        { status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'passed' }, { status: 'skipped' }] },
      ],
    };
    expect(await summary(report)).toEqual({ line: 'Tests: 3 passed, 1 failed, 1 skipped', code: 1 });
  });

  it('counts a file that failed to load, which has no test to fail', async () => {
    const report = {
      success: false,
      numPassedTests: 2,
      numFailedTests: 0,
      numFailedTestSuites: 1,
      testResults: [
        { status: 'failed', assertionResults: [] },
        { status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'passed' }] },
      ],
    };
    expect(await summary(report)).toEqual({ line: 'Tests: 2 passed, 1 failed, 0 skipped', code: 1 });
  });

  it('passes a green run and fails a run with no report', async () => {
    const green = { success: true, numPassedTests: 5, numFailedTests: 0, testResults: [{ status: 'passed', assertionResults: [] }] };
    expect(await summary(green)).toEqual({ line: 'Tests: 5 passed, 0 failed, 0 skipped', code: 0 });
    expect(await summary(undefined)).toEqual({ line: 'Tests: 0 passed, 1 failed, 0 skipped', code: 1 });
  });
});
