// The batch job end to end, in-process, over a real archive and the real
// pipeline: outputs, manifest, summary.csv and exit codes; then a re-run that
// skips what is done, and --force.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatchCommand } from '../../src/cli/batch.js';
import { capture } from './helpers/capture.js';
import { resumeKey, runBatch, SUMMARY_HEADER, type Processor } from '../../src/batch/index.js';
import { processFile } from '../../src/pipeline.js';
import { PlanRecord } from '../../src/types.js';
import { buildArchive, type Archive } from './helpers/archive.js';
import { latestEntries, manifestLines, parseCsv, tempFiles } from './helpers/inspect.js';

let archive: Archive;
let out: string;
/** Outputs of the other runs: outside DIR, or they would be inputs of each other. */
let scratch: string;

async function batch(...extra: string[]) {
  const { io, text } = capture();
  const code = await runBatchCommand([archive.dir, '--out', out, '--concurrency', '3', ...extra], io);
  return { code, ...text };
}

const mtime = async (relative: string) => (await stat(join(out, relative))).mtimeMs;

beforeAll(async () => {
  archive = await buildArchive();
  // OUT inside DIR: the walk must leave it (and its .json/.csv) alone.
  out = join(archive.dir, 'out');
  scratch = await mkdtemp(join(tmpdir(), 'vnplan-outs-'));
});

afterAll(async () => {
  await Promise.all([archive.dir, scratch].map((d) => rm(d, { recursive: true, force: true })));
});

describe('vnplan batch', () => {
  let first: Awaited<ReturnType<typeof batch>>;

  it('processes every good input, reports every bad one, exits 1', async () => {
    first = await batch();
    expect(first.code).toBe(1);
    const latest = await latestEntries(out);
    expect([...latest.keys()].sort()).toEqual([...archive.good, ...Object.keys(archive.bad)].sort());
    for (const path of archive.good) expect(latest.get(path), path).toMatchObject({ status: 'ok', error: null });
    for (const [path, code] of Object.entries(archive.bad)) {
      const entry = latest.get(path)!;
      expect(entry, path).toMatchObject({ status: 'error', errorCode: code, json: null, text: null });
      expect(entry.error).toContain(path.split('/').pop());
      expect(first.stdout).toContain(path);
    }
    expect(first.stdout).toMatch(/9 ok, 0 unchanged \(kept\), 3 with errors/);
    expect(await tempFiles(out)).toEqual([]);
  });

  it('mirrors the folders: the scorer finds out/000_….json for 000_….txt', async () => {
    const name = archive.good.find((p) => p.startsWith('000_'))!;
    const record = PlanRecord.parse(JSON.parse(await readFile(join(out, name.replace(/\.txt$/, '.json')), 'utf8')));
    expect(record.sample).toBe(name);
    expect(record.source).toMatchObject({ format: 'text', pages: 1 });
    expect((await readFile(join(out, name.replace(/\.txt$/, '.txt')), 'utf8')).length).toBeGreaterThan(1000);
    await stat(join(out, 'nested/Kế hoạch số 5.json'));
    await stat(join(out, 'nested/deeper', archive.good.find((p) => p.includes('003_'))!.replace(/^.*\//, '').replace(/\.txt$/, '.json')));
    // x.txt and x.pdf share a stem: the extension stays in the output name
    expect(JSON.parse(await readFile(join(out, 'dup/x.txt.json'), 'utf8'))).toMatchObject({ sample: 'x.txt' });
    // content, not the name, decides: the JPEG called photo.pdf is read as an image
    expect((await latestEntries(out)).get('broken/photo.pdf')).toMatchObject({ format: 'jpeg' });
  });

  it('writes one complete manifest line per input', async () => {
    const lines = await manifestLines(out);
    expect(lines).toHaveLength(archive.good.length + Object.keys(archive.bad).length);
    for (const entry of lines) {
      const bytes = await readFile(join(archive.dir, entry.path));
      expect(entry.size).toBe(bytes.length);
      expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry.version).toBe(await resumeKey({ restore: true, dpi: 300 }));
      expect(entry.seconds).toBeGreaterThanOrEqual(0);
      if (entry.status !== 'ok') continue;
      expect(entry.pages).toBeGreaterThanOrEqual(1);
      expect(entry.changeRate).toBeGreaterThanOrEqual(0);
      expect(entry.changeRate).toBeLessThanOrEqual(1);
      expect(entry.ocrConfidence === null).toBe(entry.format === 'text');
    }
  });

  it('writes summary.csv: BOM, TT 02/2019 header, one quoted-as-needed row per document', async () => {
    const csv = await readFile(join(out, 'summary.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...SUMMARY_HEADER]);
    expect(rows.map((r) => r[0])).toEqual(archive.good);
    expect(rows.every((r) => r.length === SUMMARY_HEADER.length)).toBe(true);
    // every cell reads back as the record has it, commas and quotes included
    const name = archive.good.find((p) => p.startsWith('000_'))!;
    const record = PlanRecord.parse(JSON.parse(await readFile(join(out, name.replace(/\.txt$/, '.json')), 'utf8')));
    const row = rows.find((r) => r[0] === name)!;
    expect(row[SUMMARY_HEADER.indexOf('Trích yếu nội dung')]).toBe(record.title ?? '');
    expect(row[SUMMARY_HEADER.indexOf('Số căn cứ pháp lý')]).toBe(String(record.legalBases.length));
    expect(csv).toMatch(/"[^"\r\n]*,[^"\r\n]*"/); // some field needed quoting
  });

  it('a second run skips every finished input and retries the failed ones', async () => {
    const before = await mtime(archive.good[0]!.replace(/\.txt$/, '.json'));
    const second = await batch();
    expect(second.code).toBe(1);
    const latest = await latestEntries(out);
    for (const path of archive.good) expect(latest.get(path), path).toMatchObject({ status: 'skipped' });
    for (const path of Object.keys(archive.bad)) expect(latest.get(path), path).toMatchObject({ status: 'error' });
    expect(second.stdout).toMatch(/0 ok, 9 unchanged \(kept\), 3 with errors/);
    expect(await mtime(archive.good[0]!.replace(/\.txt$/, '.json'))).toBe(before);
    // the summary still lists every document
    expect(parseCsv((await readFile(join(out, 'summary.csv'), 'utf8')).slice(1))).toHaveLength(archive.good.length + 1);
  });

  it('--force redoes everything', async () => {
    const forced = await batch('--force');
    expect(forced.code).toBe(1);
    const latest = await latestEntries(out);
    for (const path of archive.good) expect(latest.get(path), path).toMatchObject({ status: 'ok' });
  });

  it('exits 0 when every input is good, 2 on a usage error', async () => {
    const { io } = capture();
    expect(await runBatchCommand([archive.dir, '--out', join(scratch, 'out-good'), '--include', '*.txt', '--exclude', 'broken/**'], io)).toBe(0);
    expect(await runBatchCommand([archive.dir], io)).toBe(2);
    expect(await runBatchCommand([archive.dir, '--out', out, '--bogus'], io)).toBe(2);
    expect(await runBatchCommand([join(archive.dir, 'missing'), '--out', out], io)).toBe(2);
    expect(await runBatchCommand([archive.dir, '--out', out, '--concurrency', '0'], io)).toBe(2);
    expect(await runBatchCommand([join(archive.dir, 'nested'), '--out', archive.dir], io)).toBe(2);
  });

  it('a second Ctrl-C drops running files: no line, no output, no temp file for them', async () => {
    const dropped = join(scratch, 'out-abandoned');
    const stop = new AbortController();
    const abandon = new AbortController();
    // 000_… goes through at once; every other file never finishes, so the batch
    // returning at all shows it did not wait for the dropped files.
    // (DIR/out, the main test's output folder, is no input here: it holds a manifest.)
    const processor: Processor = async (path, options) => {
      const result = await processFile(path, options);
      if (!basename(path).startsWith('000_')) await new Promise<never>(() => undefined);
      return result;
    };
    const summary = await runBatch({
      inputDir: archive.dir,
      outDir: dropped,
      include: ['*.txt'],
      exclude: ['broken/**'],
      concurrency: 8,
      signal: stop.signal,
      abandon: abandon.signal,
      processFile: processor,
      reporter: {
        start: () => undefined,
        fileDone: () => (stop.abort(), abandon.abort()),
        finish: () => undefined,
      },
    });
    expect(summary).toMatchObject({ interrupted: true, ok: 1, notStarted: 6 });
    expect((await manifestLines(dropped)).map((e) => e.path)).toEqual([archive.good.find((p) => p.startsWith('000_'))]);
    expect((await readdir(dropped)).filter((n) => !n.startsWith('.')).sort()).toEqual([
      archive.good.find((p) => p.startsWith('000_'))!.replace(/\.txt$/, '.json'),
      archive.good.find((p) => p.startsWith('000_'))!,
      // the review page's restoration log of the finished file, the page and its folder
      archive.good.find((p) => p.startsWith('000_'))!.replace(/\.txt$/, '.corrections.json'),
      'index.html',
      'index.files',
      'manifest.jsonl',
      'summary.csv',
    ].sort());
    expect(await tempFiles(dropped)).toEqual([]);
  });
});
