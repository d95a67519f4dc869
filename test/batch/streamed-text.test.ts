// A text of several restoration chunks has its NAME.txt written as it is
// restored (to a temp file in OUT, renamed at the end), and a text file bigger
// than LARGE_TEXT_BYTES is read again from disk rather than held: the
// outputs are those of the text restored in one pass, and a failure or a
// second Ctrl-C on the way leaves no NAME.txt, no temp file and no folder.
// Memory is measured by scripts/bench-batch.ts --big, not here.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type Processor } from '../../src/batch/index.js';
import { RereadText } from '../../src/off-heap-text.js';
import { processFile, type ProcessOptions } from '../../src/pipeline.js';
import { latestEntries, tempFiles } from './helpers/inspect.js';

const SAMPLES = resolve(import.meta.dirname, '../../fixtures/samples');
/** Chunks of a plan's size: the small archive below is several of them. */
const CHUNK_CHARS = 20_000;
/** A text file of more bytes is read again from disk, never held: far below the product's megabyte, so a text of a few plans is one. */
const LARGE_TEXT_BYTES = 16 * 1024;
let dir: string;
let plans: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vnplan-streamed-batch-'));
  const names = (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')).sort();
  plans = await Promise.all(names.map((n) => readFile(join(SAMPLES, n), 'utf8')));
  await mkdir(join(dir, 'in', 'nested'), { recursive: true });
  // an archive of plans pasted into one file (the raw OCR sample among them, so restoration changes it), and a plan alone
  await writeFile(join(dir, 'in', 'nested', 'archive.txt'), plans.map((plan, i) => `Bản sao số ${i}\n${plan}`).join('\n\n'));
  await writeFile(join(dir, 'in', 'plan.txt'), plans[0]!);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The run's outputs, but for what records a time (the manifest, summary.csv, the review page). */
async function outputs(out: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(out, { recursive: true })).filter((n) => /\.(txt|json)$/.test(n)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(out, n))] as const)));
}

/** The pipeline in chunks of `chunkChars`, counting the pieces written to NAME.txt as they were restored, and seeing what the text as read was. */
function streaming(chunkChars: number, seen: { pieces: number; reread: boolean }, largeTextBytes?: number): Processor {
  return async (path, options) => {
    const processed = await processFile(path, {
      ...options,
      chunkChars,
      largeTextBytes,
      restoredTextFile: () => {
        const file = options.restoredTextFile!();
        const push = file.push.bind(file);
        file.push = (piece) => (seen.pieces++, push(piece));
        return file;
      },
    });
    seen.reread ||= processed.document.utf8 instanceof RereadText;
    return processed;
  };
}

describe('a batch text of several chunks', () => {
  it('written as it is restored, gives every output the text restored in one pass gives', async () => {
    const seen = { pieces: 0, reread: false };
    const a = await runBatch({ inputDir: join(dir, 'in'), outDir: join(dir, 'streamed'), processFile: streaming(CHUNK_CHARS, seen) });
    const onePass: Processor = (path, options) => processFile(path, { ...options, chunkChars: Infinity });
    const b = await runBatch({ inputDir: join(dir, 'in'), outDir: join(dir, 'one-pass'), processFile: onePass });
    expect([a.ok, b.ok]).toEqual([2, 2]);
    expect(seen.pieces).toBeGreaterThan(2);
    const streamed = await outputs(join(dir, 'streamed'));
    expect([...streamed.keys()]).toEqual(['nested/archive.corrections.json', 'nested/archive.json', 'nested/archive.txt', 'plan.corrections.json', 'plan.json', 'plan.txt']);
    expect(JSON.parse(streamed.get('nested/archive.json')!.toString()).restoration.changed).toBeGreaterThan(0);
    expect(streamed).toEqual(await outputs(join(dir, 'one-pass')));
    expect(await tempFiles(join(dir, 'streamed'))).toEqual([]);
  });

  it('over LARGE_TEXT_BYTES, read again from disk and written as it is restored, gives every output the text held in memory gives', async () => {
    // a text of a few plans over the lowered limit: several restoration chunks, and more than one piece of decoding
    const archive = join(dir, 'big');
    const parts: string[] = [];
    for (let i = 0, size = 0; size <= 4 * LARGE_TEXT_BYTES; i++) {
      parts.push(`Bản sao số ${i}\n${plans[i % plans.length]}`);
      size += Buffer.byteLength(parts[i]!) + 2;
    }
    await mkdir(archive, { recursive: true });
    await writeFile(join(archive, 'archive.txt'), parts.join('\n\n'));
    const seen = { pieces: 0, reread: false };
    const a = await runBatch({ inputDir: archive, outDir: join(dir, 'big-streamed'), processFile: streaming(CHUNK_CHARS, seen, LARGE_TEXT_BYTES) });
    const held: Processor = async (path, options) =>
      processFile(path, { ...options, chunkChars: CHUNK_CHARS, largeTextBytes: LARGE_TEXT_BYTES, bytes: await readFile(path), restoredTextFile: undefined });
    const b = await runBatch({ inputDir: archive, outDir: join(dir, 'big-held'), processFile: held });
    expect([a.ok, b.ok]).toEqual([1, 1]);
    expect(seen.reread).toBe(true);
    expect(seen.pieces).toBeGreaterThan(2);
    const streamed = await outputs(join(dir, 'big-streamed'));
    expect([...streamed.keys()]).toEqual(['archive.corrections.json', 'archive.json', 'archive.txt']);
    expect(streamed).toEqual(await outputs(join(dir, 'big-held')));
    expect(await tempFiles(join(dir, 'big-streamed'))).toEqual([]);
  });

  it('leaves no NAME.txt and no temp file when restoration fails half way, and records the error', async () => {
    const out = join(dir, 'failed');
    const failing: Processor = (path, options) =>
      processFile(path, {
        ...options,
        chunkChars: CHUNK_CHARS,
        restoredTextFile: () => {
          const file = options.restoredTextFile!();
          const push = file.push.bind(file);
          let pieces = 0;
          file.push = (piece) => {
            if (++pieces === 3) throw new Error('the disk went away');
            push(piece);
          };
          return file;
        },
      });
    // an earlier run's outputs, which no longer describe the input once it fails
    await runBatch({ inputDir: join(dir, 'in'), outDir: out, processFile: streaming(CHUNK_CHARS, { pieces: 0, reread: false }) });
    expect(await readdir(join(out, 'nested'))).toHaveLength(3);
    const summary = await runBatch({ inputDir: join(dir, 'in'), outDir: out, processFile: failing, force: true });
    expect(summary.ok).toBe(1);
    expect(summary.failed).toMatchObject([{ path: 'nested/archive.txt', error: expect.stringMatching(/the disk went away/) }]);
    expect((await latestEntries(out)).get('nested/archive.txt')).toMatchObject({ status: 'error', text: null });
    expect(await readdir(join(out, 'nested'))).toEqual([]);
    expect(await tempFiles(out)).toEqual([]);
  });

  it('dropped by a second Ctrl-C while it is restored, leaves no output, no temp file and no folder of its own', async () => {
    const out = join(dir, 'abandoned');
    const stop = new AbortController();
    const abandon = new AbortController();
    const seen = { pieces: 0, reread: false };
    // twice, in the middle of restoration: the temp file holds what was restored so far
    const interrupting = (options: ProcessOptions): ProcessOptions => ({
      ...options,
      restoredTextFile: () => {
        const file = options.restoredTextFile!();
        const push = file.push.bind(file);
        file.push = (piece) => (push(piece), stop.abort(), abandon.abort());
        return file;
      },
    });
    const interrupted: Processor = (path, options, input) => streaming(CHUNK_CHARS, seen)(path, interrupting(options), input);
    const summary = await runBatch({ inputDir: join(dir, 'in'), outDir: out, include: ['nested/**'], processFile: interrupted, signal: stop.signal, abandon: abandon.signal });
    expect(summary).toMatchObject({ interrupted: true, ok: 0 });
    expect(seen.pieces).toBeGreaterThan(0);
    // the run's own files only: no nested/ and nothing of the archive
    expect((await readdir(out)).filter((n) => !n.startsWith('.')).sort()).toEqual(['index.html', 'manifest.jsonl', 'summary.csv']);
    expect(await tempFiles(out)).toEqual([]);
  });
});
