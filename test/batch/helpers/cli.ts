// The batch command as a child process, for the kill/interrupt tests:
//   node dist-test/test-programs/batch-cli.js DIR --out OUT …   (built by test/helpers/cli-build.ts)
//   node --import tsx test/batch/helpers/cli.ts DIR --out OUT …
// VNPLAN_TEST_DELAY_MS slows every file down (the real pipeline, then a pause),
// so a signal reliably lands while files are running.
import { setTimeout as sleep } from 'node:timers/promises';
import { runBatchCommand } from '../../../src/cli/batch.js';
import { processFile } from '../../../src/pipeline.js';
import type { Processor } from '../../../src/batch/index.js';

const delayMs = Number(process.env.VNPLAN_TEST_DELAY_MS ?? '0');
const slowed: Processor = async (path, options) => {
  const result = await processFile(path, options);
  await sleep(delayMs);
  return result;
};

process.exitCode = await runBatchCommand(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  processFile: delayMs > 0 ? slowed : undefined,
});
