// Numbers, dates and symbols (số ký hiệu: `298-KH/TWĐTN`, `TNCS`) carry the record's facts, and
// no dictionary of tesseract's helps it read them: on a noisy page it reads `298` as `208` and
// `TNCS` as `TNGS`, or `UBND` as `LUIBND`, with a lower confidence than its words. Such a word
// read again alone, on a crop of the cleaned page (src/ocr/clean.ts cropClean), comes back right
// far more often: the page's noise and its neighbours no longer pull the line's reading. The second
// reading is kept only when it has the same shape (digits where the first had digits, the same
// separators, one word, though a run of letters may be longer or shorter), a date that is a date, and tesseract is surer of it.
import { isCalendarDay } from '../calendar.js';
import type { Box, OcrWord } from '../types.js';
import type { PageReading } from './layout.js';
import { wordsByLine } from './layout.js';

/** A code word read with less confidence than this is read again. */
const UNSURE_CODE = 90;
/** The second reading must be surer than the first by this much. */
const SURER_BY = 3;

/**
 * A word that is a number, date or symbol: digits, or capitals only (two or more), with their separators.
 * Not a Roman numeral (`II.`, `VIII`): a heading's or a term's number, whose strokes read alone make
 * other letters of the same shape (`II.` read `H.`, `VII` read `VNI`).
 */
export function isCodeWord(text: string): boolean {
  const core = text.replace(/^[("“]+|[)”",;:.]+$/gu, '');
  if (!/^[\p{Lu}\d][\p{Lu}\d/.\-&]*$/u.test(core) || /^[IVX]+$/u.test(core)) return false;
  return /\d/.test(core) || (core.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** The word's shape: each digit a 9, each run of letters an A (a letter read as two is still a letter), separators as they are. */
function shape(text: string): string {
  return text.replace(/\d/g, '9').replace(/\p{L}+/gu, 'A');
}

/** Whether every `d/m/yyyy` of the word is a day of the calendar. */
function datesValid(text: string): boolean {
  for (const m of text.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/g)) {
    if (!isCalendarDay(Number(m[1]), Number(m[2]))) return false;
  }
  return true;
}

/** The fraction slash (U+2044), alone or beside the slash it doubles (`2013⁄/NQ`), as the `vie` model reads a code's slash. */
const FRACTION_SLASH = /\/?⁄\/?/gu;

/**
 * The page with the slash of each code word written as the slash it is: the `vie` model reads a code's slash as the
 * fraction slash (`33⁄2006/NQ-HĐND`), sometimes beside the slash itself (`131/2013⁄/NQ-HĐND`, state-2026k), which no
 * số ký hiệu is typed with (NĐ 30 Phụ lục I: số and ký hiệu are joined by the slash), and which no later stage reads
 * as one. A word that is no code once so mended keeps its reading.
 */
export function fractionSlashes(reading: PageReading): PageReading {
  const mended = new Map<OcrWord, OcrWord>();
  for (const word of reading.words) {
    if (!word.text.includes('⁄')) continue;
    const text = word.text.replace(FRACTION_SLASH, '/');
    if (isCodeWord(text)) mended.set(word, { ...word, text });
  }
  return mended.size === 0 ? reading : withWordsReplaced(reading, mended);
}

/** The page with some of its words read anew, each line written again from its words where one changed. */
function withWordsReplaced(reading: PageReading, better: ReadonlyMap<OcrWord, OcrWord>): PageReading {
  const lines = wordsByLine(reading.text, reading.words);
  if (lines === null) return reading;
  const textLines = reading.text.split('\n');
  const text = textLines.map((line, i) => (lines[i]!.some((w) => better.has(w)) ? lines[i]!.map((w) => better.get(w)?.text ?? w.text).join(' ') : line)).join('\n');
  return { text, words: reading.words.map((w) => better.get(w) ?? w) };
}

/**
 * The page with its unsure code words read again (`reread`: the word's box cropped from the
 * cleaned page) and replaced where the second reading is of the same shape, a valid date where
 * it is one, and surer. The text as it was when its words do not spell it.
 */
export async function rereadCodeWords(reading: PageReading, reread: (box: Box) => Promise<OcrWord[]>): Promise<PageReading> {
  if (wordsByLine(reading.text, reading.words) === null) return reading;
  const better = new Map<OcrWord, OcrWord>();
  for (const word of reading.words) {
    if (word.confidence >= UNSURE_CODE || !word.bbox || !isCodeWord(word.text)) continue;
    const again = await reread(word.bbox);
    const [second] = again;
    if (again.length !== 1 || !second || second.text === word.text) continue;
    if (shape(second.text) !== shape(word.text) || !datesValid(second.text)) continue;
    if (second.confidence < word.confidence + SURER_BY) continue;
    better.set(word, { ...word, text: second.text, confidence: second.confidence });
  }
  return better.size === 0 ? reading : withWordsReplaced(reading, better);
}
