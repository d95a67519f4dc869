// The review stage on hand-made pages: field confidence from the words and
// corrections of the field's lines; handwriting, seals and unreadable lines.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { reviewRecord } from '../../src/confidence/index.js';
import type { Correction, DocumentText, InkMark, OcrWord, PageText, RestoredText } from '../../src/types.js';

const LINES = [
  'ỦY BAN NHÂN DÂN',
  'XÃ LỤC BA',
  'Số: 66/KH-UBND',
  'Lục Ba, ngày 22 tháng 01 năm 2024',
  'KẾ HOẠCH',
  'Phát động phong trào thi đua năm 2024',
  'I. MỤC ĐÍCH',
  '1. Tuyên truyền sâu rộng',
  'Nơi nhận:',
  '- Các xóm;',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Trần Đức Tuấn',
];

/** An OCR'd page of LINES, one row of words per line, 2480×3508; `confidence(word)` sets each word's confidence. */
function page(confidence: (word: string, line: number) => number, inkMarks: InkMark[] = []): PageText {
  const words: OcrWord[] = LINES.flatMap((line, i) =>
    line.split(' ').map((text, k) => ({ text, confidence: confidence(text, i + 1), bbox: { x0: 300 + k * 200, y0: 200 + i * 100, x1: 480 + k * 200, y1: 250 + i * 100 } })),
  );
  return { pageNumber: 1, text: LINES.join('\n'), method: 'ocr', confidence: 90, dpi: 300, skewDegrees: 0, words, imageSize: { width: 2480, height: 3508 }, inkMarks };
}

function review(pageText: PageText, corrections: Correction[] = []) {
  const document: DocumentText = { path: 'p.jpg', format: 'jpeg', pages: [pageText], text: pageText.text, warnings: pageText.warnings ?? [] };
  const restored: RestoredText = { text: document.text, corrections, tokens: 40, changed: corrections.length };
  const record = extractPlan(restored.text, { sample: 'p.jpg' });
  return reviewRecord({ ...record, source: { format: 'jpeg', pages: 1, pageMethods: ['ocr'], meanOcrConfidence: 90, dpi: 300, skewCorrected: [0] } }, document, restored);
}

/** A box over line `line` (1-based), x from `x0` to `x1` pixels, in page fractions. */
function over(line: number, x0: number, x1: number): InkMark['box'] {
  return { x0: x0 / 2480, x1: x1 / 2480, y0: (200 + (line - 1) * 100) / 3508, y1: (250 + (line - 1) * 100) / 3508 };
}

describe('field confidence', () => {
  it('comes from the words of the lines the field was read from', () => {
    const record = review(page((word) => (word === 'Tuấn' ? 40 : 95)));
    expect(record.documentNumber.text).toBe('66/KH-UBND');
    expect(record.confidence?.documentNumber).toBe(0.95);
    expect(record.confidence?.signer).toBeLessThan(0.95);
    expect(record.review).toEqual([]);
  });

  it('a restoration correction on the lines lowers it, and a weak one is flagged', () => {
    const record = review(page(() => 95), [{ line: 6, from: 'phong', to: 'phòng', confidence: 0.4, rule: 'decoder' }]);
    expect(record.confidence?.title).toBe(0.38);
    expect(record.review).toContainEqual(expect.objectContaining({ field: 'title', reason: 'low-confidence restoration' }));
  });

  it('a number OCR could not read is dropped with its reason, never guessed', () => {
    const record = review(page((word) => (word === '66/KH-UBND' ? 3 : 95)));
    expect(record.documentNumber).toEqual({ number: null, symbol: null, text: null });
    expect(record.review).toContainEqual(expect.objectContaining({ field: 'documentNumber', reason: 'unreadable' }));
    expect(record.missingFields).toContain('documentNumber.text');
  });
});

describe('what extraction doubts in text restored without marks', () => {
  it('puts a signer name whose spelling restoration guessed on the review list, the name kept', () => {
    const lines = [...LINES.slice(0, -1), 'Trần Thanh Hùng'];
    const text = lines.join('\n');
    const corrections: Correction[] = ['Trần', 'Hùng'].map((to) => ({ line: lines.length, from: to.normalize('NFD').replace(/\p{M}/gu, ''), to, confidence: 0.7, rule: 'name' }));
    const document: DocumentText = { path: 'p.txt', format: 'text', pages: [{ pageNumber: 1, text, method: 'text', confidence: 100, dpi: null, skewDegrees: 0 }], text, warnings: [] };
    const record = extractPlan(text, { sample: 'p.txt', corrections });
    const reviewed = reviewRecord({ ...record, source: { format: 'text', pages: 1, pageMethods: ['text'], meanOcrConfidence: null, dpi: null, skewCorrected: [] } }, document, { text, corrections, tokens: 40, changed: 2 });
    expect(reviewed.signer.name).toBe('Trần Thanh Hùng');
    expect(reviewed.review).toContainEqual(expect.objectContaining({ field: 'signer.name', reason: 'guessed' }));
  });
});

describe('coloured ink', () => {
  it('a number written in by hand is dropped, the symbol kept', () => {
    const record = review(page(() => 95, [{ kind: 'handwriting', colour: 'blue', box: over(3, 500, 560) }]));
    expect(record.documentNumber).toMatchObject({ number: null, symbol: 'KH-UBND' });
    expect(record.confidence?.documentNumber).toBe(0);
    expect(record.review).toContainEqual(expect.objectContaining({ field: 'documentNumber', reason: 'handwritten' }));
  });

  it('a day written in by hand leaves the month and year', () => {
    // "Lục Ba, ngày 22 tháng …": word 4 (the day) sits at x 900–1080, "tháng" ends at 1280
    const record = review(page(() => 95, [{ kind: 'handwriting', colour: 'blue', box: over(4, 900, 1080) }]));
    expect(record.issuedDate).toBe('2024-01');
    expect(record.place).toBe('Lục Ba');
  });

  it('the place is judged by its own words, not the date\'s beside the pen', () => {
    const record = review(page((word) => (['ngày', 'tháng'].includes(word) ? 11 : 95)));
    expect(record.place).toBe('Lục Ba');
    expect(record.review?.filter((r) => r.field === 'place')).toEqual([]);
  });

  it('a place glued to the date by OCR is kept when the letterhead reads the same name well', () => {
    // tesseract's `LụcBa,ngày` beside the blank day: one low confidence for all three words
    const glued = (word: string, line: number): number => (line === 4 && ['Lục', 'Ba,', 'ngày'].includes(word) ? 11 : 95);
    const record = review(page(glued));
    expect(record.place).toBe('Lục Ba');
    expect(record.review).toContainEqual({ field: 'place', reason: 'low OCR confidence', detail: '11 of 100' });
    // the letterhead read no better: nothing vouches for the place, which is dropped
    const weak = review(page((word, line) => (line === 2 ? 30 : glued(word, line))));
    expect(weak.place).toBeNull();
    expect(weak.review).toContainEqual(expect.objectContaining({ field: 'place', reason: 'unreadable' }));
  });

  it('a seal over the signer block is noted, the signer kept', () => {
    const record = review(page(() => 95, [{ kind: 'stamp', colour: 'red', box: { x0: 0.1, x1: 0.4, y0: 1200 / 3508, y1: 1500 / 3508 } }]));
    expect(record.signer.name).toBe('Trần Đức Tuấn');
    expect(record.review).toContainEqual({ field: 'signer', reason: 'under a stamp' });
  });
});

describe('text that was never OCR\'d', () => {
  it('is as sure as its restoration', () => {
    const text: PageText = { pageNumber: 1, text: LINES.join('\n'), method: 'text', confidence: null, dpi: null, skewDegrees: null };
    const record = review(text);
    expect(record.confidence?.documentNumber).toBe(1);
    expect(record.review).toEqual([]);
  });
});
