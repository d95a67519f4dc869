import { describe, expect, it } from 'vitest';
import { BatchProgress, duration, formatSummary, statusLine } from '../../src/batch/progress.js';
import type { ManifestEntry } from '../../src/batch/manifest.js';
import type { BatchSummary } from '../../src/batch/summary.js';

const done = (status: ManifestEntry['status'], pages = 2, check: Pick<ManifestEntry, 'warnings' | 'review'> = {}) =>
  ({ status, pages, ...check }) as ManifestEntry;

function harness(isTTY: boolean) {
  const chunks: string[] = [];
  let now = 0;
  const progress = new BatchProgress({ stream: { isTTY, write: (c: string) => chunks.push(c) }, clock: () => now, intervalMs: 10_000 });
  return { chunks, progress, advance: (ms: number) => (now += ms) };
}

describe('progress', () => {
  it('prints plain lines at most every interval, and a last one', () => {
    const { chunks, progress, advance } = harness(false);
    progress.start(4);
    advance(1_000);
    progress.fileDone(done('ok'));
    advance(10_000);
    progress.fileDone(done('error'));
    advance(1_000);
    progress.fileDone(done('skipped'));
    progress.finish();
    expect(chunks).toHaveLength(3);
    expect(chunks.every((c) => c.endsWith('\n') && !c.includes('\r'))).toBe(true);
    expect(chunks[0]).toBe('4 files to do\n');
    expect(chunks[1]).toContain('2/4 files · 1 ok · 0 unchanged · 1 with errors · 0 to check · 2 pages · 10.9 files/min');
    expect(chunks[2]).toContain('3/4 files');
  });

  it('redraws one line on a terminal', () => {
    const { chunks, progress, advance } = harness(true);
    progress.start(2);
    advance(500);
    progress.fileDone(done('ok'));
    progress.finish();
    expect(chunks.slice(0, -1).every((c) => c.startsWith('\r') && c.endsWith('\x1b[K'))).toBe(true);
    expect(chunks.at(-1)).toBe('\n');
  });

  it('extrapolates the ETA from processed files only', () => {
    const line = statusLine({ total: 110, ok: 10, skipped: 90, failed: 0, toCheck: 0, pages: 10 }, 60_000);
    expect(line).toContain('10.0 files/min');
    expect(line).toContain('ETA 1m00s');
  });

  it('counts ok and skipped files with warnings or fields to review as to check, and lines of older versions as not', () => {
    const { chunks, progress } = harness(false);
    progress.start(6);
    progress.fileDone(done('ok', 1, { warnings: 1, review: [] })); // a page with no text found
    progress.fileDone(done('ok', 1, { warnings: 0, review: ['documentNumber'] }));
    progress.fileDone(done('skipped', 1, { warnings: 0, review: ['signer'] }));
    progress.fileDone(done('ok', 1, { warnings: 0, review: [] }));
    progress.fileDone(done('ok', 1)); // a line without the fields
    progress.fileDone(done('error', 0, { warnings: 0, review: [] }));
    progress.finish();
    expect(chunks.at(-1)).toContain('6/6 files · 4 ok · 1 unchanged · 1 with errors · 3 to check');
  });

  it('the closing report says how many records to check and lists them with why', () => {
    const summary: BatchSummary = {
      inputs: 3, ok: 2, skipped: 1, failed: [], notStarted: 0, pages: 3, seconds: 10, interrupted: false,
      stoppedBy: null, summaryCsvError: null, reviewPageError: null, outDir: '/out', manifestPath: '/out/manifest.jsonl', summaryCsvPath: '/out/summary.csv',
      toCheck: [
        { path: 'b/scan.pdf', fields: [], warnings: ['no text found on page 2: OCR read no letters at 300 dpi'] },
        { path: 'a/photo.jpg', fields: ['documentNumber', 'signer'], warnings: [] },
      ],
    };
    const text = formatSummary(summary);
    expect(text).toContain('2 ok, 1 unchanged (kept), 0 with errors; 2 records to check');
    expect(text).toContain('To check (2)');
    // sorted by path, fields and warnings named
    expect(text.indexOf('  a/photo.jpg: fields documentNumber, signer')).toBeGreaterThan(0);
    expect(text.indexOf('  b/scan.pdf: no text found on page 2')).toBeGreaterThan(text.indexOf('a/photo.jpg'));
    const many = formatSummary({ ...summary, toCheck: Array.from({ length: 25 }, (_, i) => ({ path: `f${i}.jpg`, fields: ['title'], warnings: [] })) });
    expect(many.split('\n').filter((l) => /^ {2}f\d+\.jpg: /.test(l))).toHaveLength(20);
    expect(many).toContain('… and 5 more');
    expect(formatSummary({ ...summary, toCheck: [] })).not.toContain('To check');
  });

  it('formats durations', () => {
    expect([duration(12_000), duration(245_000), duration(3_720_000)]).toEqual(['12s', '4m05s', '1h02m']);
  });
});
