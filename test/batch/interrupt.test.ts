// Stopping a batch: kill -9 in the middle, and Ctrl-C (SIGINT). Either way a
// re-run ends with exactly one ok line per input and no temp file left.
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTextArchive } from './helpers/archive.js';
import { latestEntries, manifestLines, tempFiles } from './helpers/inspect.js';
import { spawnBatch, type Child } from './helpers/spawn.js';

const INPUTS = 40;
const made: string[] = [];

/** A fresh archive of INPUTS texts and an output folder beside it. */
async function archiveAndOut(): Promise<{ dir: string; out: string }> {
  const dir = await buildTextArchive(INPUTS);
  const out = await mkdtemp(join(tmpdir(), 'vnplan-out-'));
  made.push(dir, out);
  return { dir, out };
}

afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

async function whenManifestHasLines(out: string, child: Child): Promise<void> {
  for (;;) {
    const text = await readFile(join(out, 'manifest.jsonl'), 'utf8').catch(() => '');
    if (text.includes('\n')) return;
    if (child.process.exitCode !== null) throw new Error(`batch ended before writing a line: ${(await child.exited).stderr}`);
    await sleep(10);
  }
}

/** Re-run to the end: every input has exactly one ok line, and nothing is left over. */
async function expectCompleteAfterRerun(dir: string, out: string): Promise<void> {
  const rerun = await spawnBatch('main', [dir, '--out', out]).exited;
  expect(rerun.code, rerun.stderr).toBe(0);
  const lines = await manifestLines(out);
  const okLines = lines.filter((e) => e.status === 'ok').map((e) => e.path);
  expect(okLines).toHaveLength(INPUTS);
  expect(new Set(okLines).size).toBe(INPUTS);
  const latest = await latestEntries(out);
  expect(latest.size).toBe(INPUTS);
  expect([...latest.values()].every((e) => e.status === 'ok' || e.status === 'skipped')).toBe(true);
  expect(await tempFiles(out)).toEqual([]);
}

describe('interrupted batch', () => {
  it('after kill -9, a re-run neither loses nor duplicates anything', async () => {
    const { dir, out } = await archiveAndOut();
    const child = spawnBatch('main', [dir, '--out', out, '--concurrency', '2']);
    await whenManifestHasLines(out, child);
    const killedPid = child.process.pid!;
    child.process.kill('SIGKILL');
    const killed = await child.exited;
    expect(killed.signal).toBe('SIGKILL');
    const linesAtKill = (await manifestLines(out)).length;
    expect(linesAtKill, 'the run finished before the kill').toBeLessThan(INPUTS);
    // What a kill can leave beyond that: a torn last line and a half-written output.
    await appendFile(join(out, 'manifest.jsonl'), '{"path":"0/bản sao 0');
    // (temp files are named by their writer's pid: the killed run's is free now)
    await writeFile(join(out, '0', `bản sao 000.json.${killedPid}.0123456789ab.tmp`), '{"sample":');
    await expectCompleteAfterRerun(dir, out);
  });

  it('Ctrl-C lets running files finish, exits 130 and leaves a consistent manifest', async () => {
    const { dir, out } = await archiveAndOut();
    // Every file pauses 300 ms after the pipeline, so Ctrl-C lands mid-run.
    const child = spawnBatch('helper', [dir, '--out', out, '--concurrency', '2'], { VNPLAN_TEST_DELAY_MS: '300' });
    await whenManifestHasLines(out, child);
    child.process.kill('SIGINT');
    const stopped = await child.exited;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stdout).toContain('Interrupted');
    const lines = await manifestLines(out);
    expect(lines.length).toBeLessThan(INPUTS);
    for (const entry of lines) {
      expect(entry.status).toBe('ok');
      await readFile(join(out, entry.json!));
      await readFile(join(out, entry.text!));
    }
    expect(await tempFiles(out)).toEqual([]);
    await expectCompleteAfterRerun(dir, out);
  });
});
