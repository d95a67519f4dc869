// A page with no text, a number written in by hand, a seal over the signer:
// through the real batch, such files are never plain "ok". The manifest counts
// the warnings and names the fields to review, progress and the closing report
// count them, summary.csv names the fields in "Cần kiểm tra" — and a clean
// plan is none of these. A re-run that skips them still says so.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchProgress, formatSummary, runBatch, SUMMARY_HEADER, type BatchSummary } from '../../src/batch/index.js';
import { PlanRecord } from '../../src/types.js';
import { ROOT, samplePaths } from './helpers/archive.js';
import { latestEntries, parseCsv } from './helpers/inspect.js';

let dir: string;
let out: string;
let clean: string;
const BLANK = 'blank.png';
const COLOUR = 'paper_colour.jpg';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vnplan-check-in-'));
  out = await mkdtemp(join(tmpdir(), 'vnplan-check-out-'));
  const sample = (await samplePaths()).find((p) => p.includes('/002_'))!;
  clean = sample.split('/').pop()!;
  await copyFile(sample, join(dir, clean));
  await copyFile(join(ROOT, 'fixtures/scans', COLOUR), join(dir, COLOUR));
  // an A4 page at 150 dpi with nothing printed on it
  const blank = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#f4f1ea' } }).withMetadata({ density: 150 }).png().toBuffer();
  await writeFile(join(dir, BLANK), blank);
});

afterAll(async () => {
  await Promise.all([dir, out].map((d) => rm(d, { recursive: true, force: true })));
});

async function run(): Promise<{ summary: BatchSummary; progress: string }> {
  let progress = '';
  const summary = await runBatch({
    inputDir: dir,
    outDir: out,
    concurrency: 2,
    reporter: new BatchProgress({ stream: { write: (c: string) => (progress += c) }, intervalMs: 0 }),
  });
  return { summary, progress };
}

async function csvRows(): Promise<Map<string, Record<string, string>>> {
  const [header, ...rows] = parseCsv((await readFile(join(out, 'summary.csv'), 'utf8')).slice(1));
  expect(header).toEqual([...SUMMARY_HEADER]);
  return new Map(rows.map((r) => [r[0]!, Object.fromEntries(header!.map((h, i) => [h, r[i]!]))]));
}

describe('files to check in a batch', () => {
  let first: Awaited<ReturnType<typeof run>>;

  it('a page with no text found is ok with its warning counted, never plain ok', async () => {
    first = await run();
    const entry = (await latestEntries(out)).get(BLANK)!;
    expect(entry).toMatchObject({ status: 'ok', ocrConfidence: 0 });
    const record = PlanRecord.parse(JSON.parse(await readFile(join(out, 'blank.json'), 'utf8')));
    expect(record.warnings).toContainEqual(expect.stringMatching(/^no text found on page 1: /));
    expect(entry.warnings).toBe(record.warnings.length);
    expect(first.summary.toCheck.find((c) => c.path === BLANK)?.warnings).toEqual(record.warnings);
  });

  it('a handwritten number and a seal over the signer name their fields in the manifest', async () => {
    const entry = (await latestEntries(out)).get(COLOUR)!;
    expect(entry.status).toBe('ok');
    expect(entry.review).toEqual(expect.arrayContaining(['documentNumber', 'signer']));
    expect(first.summary.toCheck.find((c) => c.path === COLOUR)?.fields).toEqual(entry.review);
  });

  it('a clean plan has nothing to check', async () => {
    expect((await latestEntries(out)).get(clean)).toMatchObject({ status: 'ok', warnings: 0, review: [] });
    expect(first.summary.toCheck.map((c) => c.path).sort()).toEqual([BLANK, COLOUR]);
  });

  it('progress and the closing report count and list them', () => {
    expect(first.progress.trimEnd().split('\n').at(-1)).toContain('3/3 files · 3 ok · 0 unchanged · 0 with errors · 2 to check');
    const report = formatSummary(first.summary);
    expect(report).toContain('3 ok, 0 unchanged (kept), 0 with errors; 2 records to check');
    expect(report).toMatch(new RegExp(`^  ${BLANK}: .*no text found on page 1: `, 'm'));
    expect(report).toMatch(new RegExp(`^  ${COLOUR}: fields .*documentNumber.*signer`, 'm'));
  });

  it('summary.csv names the fields to check, with why, in "Cần kiểm tra"', async () => {
    const rows = await csvRows();
    const colour = rows.get(COLOUR)!['Cần kiểm tra']!;
    expect(colour).toContain('Số, ký hiệu (viết tay)');
    expect(colour).toContain('Người ký (bị dấu che)');
    // no field was read from the blank page: the note says why
    expect(rows.get(BLANK)!['Cần kiểm tra']).toBe('Xem Ghi chú');
    expect(rows.get(BLANK)!['Ghi chú']).toMatch(/no text found on page 1/);
    expect(rows.get(clean)!['Cần kiểm tra']).toBe('');
  });

  it('a re-run that skips them still says what to check', async () => {
    const second = await run();
    const latest = await latestEntries(out);
    expect(latest.get(COLOUR)).toMatchObject({ status: 'skipped', review: latest.get(COLOUR)!.review });
    expect(latest.get(BLANK)!.warnings).toBeGreaterThan(0);
    expect(second.summary.toCheck.map((c) => c.path).sort()).toEqual([BLANK, COLOUR]);
    expect(second.progress).toContain('0 ok · 3 unchanged · 0 with errors · 2 to check');
    expect((await csvRows()).get(COLOUR)!['Cần kiểm tra']).toContain('Người ký (bị dấu che)');
  });
});
