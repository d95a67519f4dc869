// The OCR engine seam: the pool's timeout, crash and recycling paths driven by
// the fake engine (no WebAssembly), then the real engines on one page: the
// native Tesseract CLI (when installed) reads what tesseract.js reads.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createOcrPool, type OcrPool } from '../../src/ocr/index.js';
import { cleanPage } from '../../src/ocr/clean.js';
import { chooseEngine, fakeEngine, nativeTesseractVersion, tesseractCliEngine, tesseractJsEngine } from '../../src/ocr/engines/index.js';
import { expectVnplanError } from './helpers.js';
import { readManifest, resumeKey, runBatch } from '../../src/batch/index.js';
import { buildTextArchive } from '../batch/helpers/archive.js';

const pools: OcrPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

function poolOf(engine: ReturnType<typeof fakeEngine>, options: Parameters<typeof createOcrPool>[0] = {}): OcrPool {
  const pool = createOcrPool({ workers: 1, ...options, engine });
  pools.push(pool);
  return pool;
}

const page = (script: string) => new TextEncoder().encode(script);

describe('the OCR pool over the fake engine', () => {
  it('reads pages with the engine it is given and names it', async () => {
    const engine = fakeEngine();
    const pool = poolOf(engine);
    const result = await pool.recognize({ image: page('Kế hoạch số 12'), file: 'a.png', page: 1 });
    expect(result.text).toBe('Kế hoạch số 12');
    expect(result.lines).toEqual([{ text: 'Kế hoạch số 12', confidence: 90, words: result.words }]);
    expect(pool.engine).toEqual({ name: 'fake', version: '1', model: 'script' });
  });

  it('recycles an instance after recycleAfter pages and ends every one on close', async () => {
    const engine = fakeEngine();
    const pool = createOcrPool({ workers: 1, recycleAfter: 2, engine });
    for (let n = 1; n <= 5; n++) await pool.recognize({ image: page(`page ${n}`), file: 'a.pdf', page: n });
    await pool.close();
    expect(engine.counts).toEqual({ started: 3, terminated: 3, pages: 5 });
  });

  it('a crash fails that page with OCR_FAILED naming file and page; the next page gets a new instance', async () => {
    const engine = fakeEngine();
    const pool = poolOf(engine);
    const error = await expectVnplanError(pool.recognize({ image: page('crash'), file: 'b.pdf', page: 2 }), 'OCR_FAILED', 'b.pdf', 2);
    expect(error.message).toMatch(/crashed/);
    expect((await pool.recognize({ image: page('after'), file: 'b.pdf', page: 3 })).text).toBe('after');
    expect(engine.counts.started).toBe(2);
    expect(engine.counts.terminated).toBe(1);
  });

  it('a hung page gives OCR_TIMEOUT, its instance is terminated and replaced', async () => {
    const engine = fakeEngine();
    const pool = poolOf(engine, { pageTimeoutMs: 200 });
    await expectVnplanError(pool.recognize({ image: page('hang'), file: 'c.tiff', page: 7 }), 'OCR_TIMEOUT', 'c.tiff', 7);
    expect(engine.counts.terminated).toBe(1);
    expect((await pool.recognize({ image: page('slow:20:next'), file: 'c.tiff', page: 8 })).text).toBe('next');
    expect(engine.counts.started).toBe(2);
  });

  it('runs slow pages on every instance and close waits for the queued ones', async () => {
    const engine = fakeEngine();
    const pool = createOcrPool({ workers: 2, engine });
    const pages = Array.from({ length: 6 }, (_, i) => pool.recognize({ image: page(`slow:30:p${i}`), file: 'd.pdf', page: i + 1 }));
    await pool.close();
    expect((await Promise.all(pages)).map((r) => r.text)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
    expect(engine.counts).toEqual({ started: 2, terminated: 2, pages: 6 });
  });
});

describe('engine choice', () => {
  it('names a missing native binary', async () => {
    expect(await nativeTesseractVersion('/nonexistent/tesseract')).toEqual({ missing: '/nonexistent/tesseract is not installed' });
  });

  it('tesseract.js when asked, with its version and the model hash as identity', async () => {
    const engine = await chooseEngine('tesseract.js');
    expect(engine.identity).toMatchObject({ name: 'tesseract.js', version: expect.stringMatching(/^\d+\.\d+/) });
    expect(engine.identity.model).toMatch(/^vie 4\.0\.0_best_int sha256:[0-9a-f]{12}$/);
  });
});

describe('the engine in the batch resume key', () => {
  it('a re-run with the same engine skips, with another engine redoes', async () => {
    const dir = await buildTextArchive(2);
    const out = join(dir, 'out');
    try {
      const versions = async () => new Set([...(await readManifest(join(out, 'manifest.jsonl'))).values()].map((e) => e.version));
      const first = await runBatch({ inputDir: dir, outDir: out, ocrEngine: tesseractJsEngine() });
      const before = await versions();
      const same = await runBatch({ inputDir: dir, outDir: out, ocrEngine: tesseractJsEngine() });
      const other = await runBatch({ inputDir: dir, outDir: out, ocrEngine: fakeEngine() });
      expect([first.ok, same.skipped, other.ok]).toEqual([2, 2, 2]);
      const after = await versions();
      expect([before.size, after.size]).toEqual([1, 1]);
      expect(after).not.toEqual(before);
      expect([...after][0]).toBe(await resumeKey({ restore: true, dpi: 300 }, { engine: fakeEngine().identity }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const native = await nativeTesseractVersion();

describe.skipIf(!('version' in native))('native Tesseract CLI engine (installed here)', () => {
  it('auto picks it; it reads a page as tesseract.js does, with words, lines and confidences', async () => {
    const auto = await chooseEngine('auto');
    expect(auto.identity.name).toBe('tesseract');
    expect(auto.identity.model).toBe(tesseractJsEngine().identity.model);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="220">
      <rect width="100%" height="100%" fill="white"/>
      <text x="40" y="90" font-size="48" font-family="serif">KẾ HOẠCH thi đua năm 2024</text>
      <text x="40" y="170" font-size="48" font-family="serif">Ủy ban nhân dân xã Lục Ba</text></svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const clean = await cleanPage({ kind: 'encoded', bytes: png, index: 0 }, { file: 'line.png', page: 1, dpi: 300, maxPixels: 60_000_000 });
    const cli = createOcrPool({ workers: 1, engine: tesseractCliEngine('version' in native ? native.version : '') });
    const js = createOcrPool({ workers: 1, engine: tesseractJsEngine() });
    pools.push(cli, js);
    const [a, b] = await Promise.all([cli, js].map((p) => p.recognize({ image: clean.image, file: 'line.png', page: 1 })));
    expect(a!.text).toContain('thi đua năm 2024');
    expect(a!.lines.map((l) => l.text)).toEqual(b!.lines.map((l) => l.text));
    expect(a!.words.length).toBeGreaterThanOrEqual(10);
    expect(a!.confidence).toBeGreaterThan(50);
  });
});
