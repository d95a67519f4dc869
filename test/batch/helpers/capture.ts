// The batch command's stdout and stderr, caught as text, for tests that call it in-process.
import type { runBatchCommand } from '../../../src/cli/batch.js';

export function capture() {
  const text = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (c: string) => ((text.stdout += c), true) },
    stderr: { write: (c: string) => ((text.stderr += c), true) },
  } as unknown as Parameters<typeof runBatchCommand>[1];
  return { io, text };
}
