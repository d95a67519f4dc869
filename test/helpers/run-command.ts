import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A finished child process as a user sees it: exit code, what it printed. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command args…` from the project's root (unless options.cwd says
 * otherwise) and gathers its output; `onStdout` sees the output so far and the
 * newest chunk as they come, to answer or stop the child mid-run.
 */
export function runCommand(
  command: string,
  args: string[],
  options: SpawnOptions & { onStdout?: (stdout: string, chunk: string, child: ChildProcess) => void } = {},
): Promise<Run> {
  const { onStdout, ...spawnOptions } = options;
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      onStdout?.(stdout, chunk, child);
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
