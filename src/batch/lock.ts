// One batch at a time per output folder. Two runs appending to one manifest (or
// one run removing the other's temp files) would break the no-loss guarantee.
// The lock names its owner's pid, so a lock left by a killed run is taken over.
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSystemError, VnplanError } from '../errors.js';
import { isProcessAlive } from './atomic-write.js';

const LOCK_NAME = '.vnplan-batch.lock';

/** Take the lock of `outDir`; resolves to its release function. */
export async function acquireLock(outDir: string): Promise<() => Promise<void>> {
  const path = join(outDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } catch (error) {
        await handle.close();
        await rm(path, { force: true }); // an empty lock would name no owner
        throw error;
      }
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fileSystemError(error, path, 'take the batch lock');
    }
    const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && isProcessAlive(owner)) {
      throw new VnplanError(
        'USAGE',
        outDir,
        `another vnplan batch (pid ${owner}) is writing to this folder; wait for it or remove ${LOCK_NAME} if it is gone`,
      );
    }
    await rm(path, { force: true }).catch((error: unknown) => {
      throw fileSystemError(error, path, 'remove the lock left by a stopped run');
    });
  }
  throw new VnplanError('USAGE', outDir, `cannot take the batch lock ${LOCK_NAME}`);
}
