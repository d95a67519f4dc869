import { describe, expect, it } from 'vitest';
import { BatchProgress, duration, statusLine } from '../../src/batch/progress.js';
import type { ManifestEntry } from '../../src/batch/manifest.js';

const done = (status: ManifestEntry['status'], pages = 2) => ({ status, pages }) as ManifestEntry;

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
    expect(chunks[1]).toContain('2/4 files · 1 ok, 0 skipped, 1 failed · 2 pages · 10.9 files/min');
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
    const line = statusLine({ total: 110, ok: 10, skipped: 90, failed: 0, pages: 10 }, 60_000);
    expect(line).toContain('10.0 files/min');
    expect(line).toContain('ETA 1m00s');
  });

  it('formats durations', () => {
    expect([duration(12_000), duration(245_000), duration(3_720_000)]).toEqual(['12s', '4m05s', '1h02m']);
  });
});
