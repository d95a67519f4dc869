// The batch command in a child process, so a test can signal or kill it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './archive.js';

export interface Child {
  process: ChildProcess;
  /** Exit code, or the signal name when killed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

export function spawnBatch(entry: 'main' | 'helper', args: string[], env: Record<string, string> = {}): Child {
  const script = entry === 'main' ? join(ROOT, 'src/cli/main.ts') : join(ROOT, 'test/batch/helpers/cli.ts');
  const argv = entry === 'main' ? ['batch', ...args] : args;
  if (!existsSync(script)) throw new Error(`missing ${script}`);
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...argv], {
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
