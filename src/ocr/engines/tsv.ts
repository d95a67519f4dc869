// Tesseract's TSV output, the same from tesseract.js and the native CLI: one row
// per page, block, paragraph, line and word (level 1–5); columns 2–4 number the
// block, paragraph and line a word belongs to.
import type { OcrWord } from '../../types.js';
import type { OcrLine } from './engine.js';

/** The words of a page and the lines they make, in reading order, and the size of the image read. */
export function pageOfTsv(tsv: string): { words: OcrWord[]; lines: OcrLine[]; imageSize?: { width: number; height: number } } {
  const lines = new Map<string, OcrWord[]>();
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const columns = row.split('\t');
    const word = wordOfRow(columns);
    if (word === null) continue;
    words.push(word);
    const key = columns.slice(1, 5).join('/');
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  const imageSize = imageSizeOfTsv(tsv);
  return {
    words,
    lines: [...lines.values()].map((line) => ({ text: line.map((w) => w.text).join(' '), confidence: meanConfidence(line), words: line })),
    ...(imageSize && { imageSize }),
  };
}

/** The level 1 (page) row holds the size of the image read. */
function imageSizeOfTsv(tsv: string): { width: number; height: number } | undefined {
  const page = tsv.split('\n').find((row) => row.startsWith('1\t'))?.split('\t');
  return page && page.length >= 10 ? { width: Number(page[8]), height: Number(page[9]) } : undefined;
}

/** Level 5 rows are words: columns 7–10 the box, column 11 the confidence, column 12 the text. */
function wordOfRow(columns: string[]): OcrWord | null {
  if (columns[0] !== '5' || columns.length < 12) return null;
  const text = columns.slice(11).join('\t').trim();
  if (text === '') return null;
  const [left, top, width, height] = columns.slice(6, 10).map(Number) as [number, number, number, number];
  return { text, confidence: round1(Number(columns[10])), bbox: { x0: left, y0: top, x1: left + width, y1: top + height } };
}

/** Mean word confidence, 0 for no words. */
export function meanConfidence(words: readonly OcrWord[]): number {
  return words.length === 0 ? 0 : round1(words.reduce((sum, w) => sum + w.confidence, 0) / words.length);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
