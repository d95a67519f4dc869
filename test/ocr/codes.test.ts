// Numbers and symbols read again alone (src/ocr/codes.ts): a noisy 300 dpi office scan of an outside
// document (fixtures/scans/office_party-2026f-250.jpg, rendered by `npm run make:scans -- --only office`
// exactly as make-vie-ocr.ts renders it), whose `298` the page's reading made `208` and `TNCS` `TNGS`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fractionSlashes, isCodeWord, rereadCodeWords } from '../../src/ocr/codes.js';
import { createOcrPool, readPages } from '../../src/ocr/index.js';
import type { Box, OcrWord } from '../../src/types.js';
import { cer, documentOf, SCANS } from './helpers.js';

const pool = createOcrPool({ workers: 1 });
afterAll(async () => {
  await pool.close();
});

const OUTSIDE = join(import.meta.dirname, '../../fixtures/outside');

describe('code words read again alone', () => {
  it('reads the number and the organ of a noisy page right (party-2026f 250)', async () => {
    const doc = await readPages(documentOf('250.jpg', readFileSync(join(SCANS, 'office_party-2026f-250.jpg'))), { pool });
    const printed = readFileSync(join(OUTSIDE, 'party-2026f', 'texts', '250_tudoan-daihoi-2011.txt'), 'utf8');
    expect(doc.text).toMatch(/Số: 298 KH\/TWĐTN/u);
    expect(doc.text).toContain('ĐOÀN TNCS HỒ CHÍ MINH');
    expect(doc.text).not.toMatch(/208|TNGS/u);
    // the rest of the page as read before: nothing else turned into another word
    expect(cer(doc.text.replace(/^[-*>\s]*$/gmu, ''), printed.replace(/^[-*\s]*$/gmu, ''))).toBeLessThan(0.03);
  });

  const box: Box = { x0: 10, y0: 10, x1: 60, y1: 30 };
  const page = (...words: OcrWord[]): { text: string; words: OcrWord[] } => ({ text: words.map((w) => w.text).join(' '), words });
  const once = (reading: OcrWord[]): { reread: (b: Box) => Promise<OcrWord[]>; calls: () => number } => {
    let calls = 0;
    return {
      reread: (): Promise<OcrWord[]> => {
        calls++;
        return Promise.resolve(reading);
      },
      calls: () => calls,
    };
  };

  it('keeps the first reading when the second is of another shape, no date, or less sure', async () => {
    const number = { text: '298', confidence: 80, bbox: box };
    for (const second of [
      [{ text: '2981', confidence: 97 }],
      [{ text: '29', confidence: 97 }, { text: '8', confidence: 97 }],
      [{ text: '208', confidence: 81 }],
    ]) {
      const out = await rereadCodeWords(page({ text: 'Số:', confidence: 95, bbox: box }, number), once(second).reread);
      expect(out.text).toBe('Số: 298');
    }
    const date = { text: '14/7/2011', confidence: 70, bbox: box };
    expect((await rereadCodeWords(page(date), once([{ text: '14/17/2011', confidence: 96 }]).reread)).text).toBe('14/7/2011');
  });

  it('reads again only unsure numbers, dates and capitals, never words', async () => {
    const sure = once([{ text: '208', confidence: 99 }]);
    await rereadCodeWords(page({ text: '298', confidence: 93, bbox: box }, { text: 'hoạch', confidence: 40, bbox: box }, { text: 'Hà', confidence: 50, bbox: box }), sure.reread);
    expect(sure.calls()).toBe(0);
    expect(['298', '14/7/2011', 'KH/TWĐTN', 'TNCS', '(UBND)', '289/QĐ-UBND,'].every(isCodeWord)).toBe(true);
    expect(['Hà', 'hoạch', 'I.', 'KẾ-hoạch', '—', 'II.', 'VIII', 'XII;'].some(isCodeWord)).toBe(false);
  });
});

describe('a code’s slash read as the fraction slash', () => {
  it('reads the number of a coarse page (state-2026k 191) with its slashes, as printed', async () => {
    const doc = await readPages(documentOf('191.jpg', readFileSync(join(SCANS, 'office_state-2026k-191.jpg'))), { pool });
    expect(doc.text).toContain('Số: 131/2013/NQ-HĐND');
    expect(doc.text).not.toContain('⁄');
  });

  it('mends code words only, alone or beside the slash it doubles', () => {
    const box: Box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    const words = ['Nghị', 'quyết', 'số', '33⁄2006/NQ-HĐND', 'ngày', '131/2013⁄/NQ-HĐND,', 'và⁄hoặc'].map((text) => ({ text, confidence: 90, bbox: box }));
    expect(fractionSlashes({ text: words.map((w) => w.text).join(' '), words }).text).toBe('Nghị quyết số 33/2006/NQ-HĐND ngày 131/2013/NQ-HĐND, và⁄hoặc');
  });
});
