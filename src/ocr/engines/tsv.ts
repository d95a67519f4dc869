// Tesseract's TSV output, the same from tesseract.js and the native CLI: one row
// per page, block, paragraph, line and word (level 1–5); columns 2–4 number the
// block, paragraph and line a word belongs to.
import type { OcrWord } from '../../types.js';
import { wordsOfTsv } from '../tesseract.js';
import type { OcrLine } from './engine.js';

/** The words of each line, in reading order; a line's confidence is the mean of its words'. */
export function linesOfTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrWord[]>();
  for (const row of tsv.split('\n')) {
    const columns = row.split('\t');
    if (columns[0] !== '5' || columns.length < 12) continue;
    const [word] = wordsOfTsv(row);
    if (word === undefined) continue;
    const key = columns.slice(1, 5).join('/');
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  return [...lines.values()].map((words) => ({
    text: words.map((w) => w.text).join(' '),
    confidence: Math.round((words.reduce((sum, w) => sum + w.confidence, 0) / words.length) * 10) / 10,
    words,
  }));
}
