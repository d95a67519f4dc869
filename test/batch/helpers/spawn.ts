// The batch command in a child process, so a test can signal or kill it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testProgram, VNPLAN_MAIN } from '../../helpers/cli-build.js';
import { ROOT } from './archive.js';

export interface Child {
  process: ChildProcess;
  /** Exit code, or the signal name when killed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/**
 * The code the child runs: the tree built from src/ once per test run
 * (test/helpers/cli-build.ts), or src/ itself under the tsx loader, which a
 * coordinator needs when the queue's workers run src/ (the resume key hashes
 * the tree a process loads, and a worker refuses a job of another key).
 */
export type Tree = 'built' | 'src';

export function spawnBatch(entry: 'main' | 'helper', args: string[], env: Record<string, string> = {}, tree: Tree = 'built'): Child {
  const script =
    tree === 'built'
      ? entry === 'main'
        ? VNPLAN_MAIN
        : testProgram('batch-cli')
      : join(ROOT, entry === 'main' ? 'src/cli/main.ts' : 'test/batch/helpers/cli.ts');
  const argv = entry === 'main' ? ['batch', ...args] : args;
  if (!existsSync(script)) throw new Error(`missing ${script}`);
  const child = spawn(process.execPath, [...(tree === 'src' ? ['--import', 'tsx'] : []), script, ...argv], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { process: child, exited };
}
