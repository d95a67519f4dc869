// What the queue tests share: workers as child processes (on this machine or
// on another host), their logs, and checks of OUT and of the queue.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { expect } from 'vitest';
import { DEFAULT_LOCK_MS, QUEUE_NAME } from '../../../src/queue/index.js';
import { PlanRecord } from '../../../src/types.js';
import { ROOT } from '../../batch/helpers/archive.js';
import { manifestLines, tempFiles } from '../../batch/helpers/inspect.js';
import { onHost, type Host } from './hosts.js';

export interface WorkerChild {
  process: ChildProcess;
  exited: Promise<unknown>;
}

export interface WorkerOptions {
  concurrency?: number;
  /**
   * The worker's lock (default the product's): short only for the worker a
   * test kills or cuts off, whose lock must lapse (the others find its file
   * within 5 s of that, whatever their own lock). A worker holds its event loop for a
   * whole small file (~1–2 s of CPU the first time, its tables loaded): under
   * a load of 15–20 that is 10–20 s, and a lock shorter than that lapses
   * under a live worker, its file runs again and again.
   */
  lockMs?: number;
  delayMs?: number;
  /** Another host to run on (default: this machine). */
  host?: Host;
}

/** test/queue/helpers/worker.ts as a child process dialling `url`; `children` collects it for the final clean-up. */
export function spawnWorker(
  children: ChildProcess[],
  url: string,
  log: string,
  { concurrency = 2, lockMs = DEFAULT_LOCK_MS, delayMs = 300, host }: WorkerOptions = {},
): WorkerChild {
  const args = ['--import', 'tsx', join(ROOT, 'test/queue/helpers/worker.ts'), url, String(concurrency), String(lockMs), String(delayMs), log];
  const [command, argv] = host === undefined ? [process.execPath, args] : onHost(host, process.execPath, args);
  const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { process: child, exited };
}

/** SIGTERM, as a service manager stops a worker; SIGKILL if it has not gone after `graceMs`. */
export async function stopWorker(worker: WorkerChild, graceMs = 30_000): Promise<void> {
  worker.process.kill('SIGTERM');
  const timer = setTimeout(() => worker.process.kill('SIGKILL'), graceMs);
  await worker.exited;
  clearTimeout(timer);
}


export interface LogEvent {
  pid: number;
  event: 'start' | 'done';
  relative: string;
}

export async function workerLog(path: string): Promise<LogEvent[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [pid, event, ...rest] = l.split(' ');
      return { pid: Number(pid), event: event as LogEvent['event'], relative: rest.join(' ') };
    });
}

export async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Inputs of an archive, relative and sorted. */
export async function inputsOf(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Every path has exactly one ok line in the whole manifest and its outputs read back. */
export async function expectEachDoneOnce(out: string, inputs: string[]): Promise<void> {
  const lines = await manifestLines(out);
  for (const path of inputs) {
    const mine = lines.filter((l) => l.path === path);
    expect(mine.filter((l) => l.status === 'ok'), path).toHaveLength(1);
    const latest = mine.at(-1)!;
    expect(['ok', 'skipped']).toContain(latest.status);
    PlanRecord.parse(JSON.parse(await readFile(join(out, latest.json!), 'utf8')));
    expect((await readFile(join(out, latest.text!), 'utf8')).length).toBeGreaterThan(0);
  }
  expect(new Set(lines.map((l) => l.path))).toEqual(new Set(inputs));
  expect(await tempFiles(out)).toEqual([]);
}

/** Jobs of any state still in the queue of the Redis on this machine's `port`. */
export async function jobsLeft(port: number): Promise<number> {
  const queue = new Queue(QUEUE_NAME, { connection: { host: '127.0.0.1', port } });
  try {
    const counts = await queue.getJobCounts();
    return Object.values(counts).reduce((a, b) => a + b, 0);
  } finally {
    await queue.close();
  }
}

/** OUT's files and their bytes; the manifest (timings) and the review page (it names OUT and the time it was made) aside. */
export async function outputFiles(out: string): Promise<Map<string, string>> {
  const names = (await readdir(out, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name !== 'manifest.jsonl' && e.name !== 'index.html')
    .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
    .sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(out, n), 'utf8')] as const)));
}
