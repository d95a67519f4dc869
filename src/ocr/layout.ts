// Reading order of two-column parts of a page. NĐ 30/2020 (Phụ lục I) sets the
// letterhead in two columns — the organ block and the number on the left, the
// national motto and the place-date on the right — and the closing too
// (recipients left, signer right). Tesseract often takes each printed row
// across both columns as one line ("Số: 66/KH-UBND Lục Ba, ngày 22 tháng 01
// năm 2024"), and then the number is missed and the text before the date taken
// for the place. Rows that share a wide gap at the same place (the gutter) are
// split there and read column by column: the left column's lines, then the right's.
//
// Notes written in the margins (a clerk's "đã xử lý", a reader's remark) are
// not part of the document: words lying wholly outside the text block are
// dropped. NĐ 30 prints nothing in the side margins.
import { unionOf } from '../boxes.js';
import type { Box, OcrWord } from '../types.js';

/** A gap between words at least this share of the page width is a column gutter, not a space (≈ 6 mm on A4). */
const GUTTER_SHARE = 0.03;
/** A line on one side of the gutter joins the columns when it is at most this many line heights below the previous one. */
const MAX_LINE_DISTANCE = 6;
/** More rows than this sharing a gutter is a table, whose rows are read across as they are. */
const MAX_SPLIT_ROWS = 6;

interface Line {
  /** Index in the text's lines. */
  index: number;
  words: OcrWord[];
}

interface Span {
  from: number;
  to: number;
}

export interface PageReading {
  text: string;
  /** The words in the order of `text`. */
  words: OcrWord[];
  /** Text dropped from the side margins, one entry a line. */
  marginNotes?: string[];
}

/** Lines of at least this many words measure the text block. */
const BLOCK_LINE_WORDS = 5;
/** …and at least this many of them are needed to measure it. */
const MIN_BLOCK_LINES = 8;
/** A word this far (share of the page width) outside the block's edge is in the margin. */
const MARGIN_SLACK = 0.03;

/**
 * The page text with two-column rows read column by column. `words` must be
 * tesseract's words in the order of `text` (each text line holds the next
 * words); when they do not line up, or no columns are found, the text is kept.
 */
export function readingOrder(text: string, words: OcrWord[], pageWidth: number): PageReading {
  const textLines = text.split('\n');
  const lines = alignWords(textLines, words);
  if (lines === null) return { text, words };
  const minGap = pageWidth * GUTTER_SHARE;
  const order: { text: string; words: OcrWord[] }[] = [];
  let k = 0;
  let nextIndex = 0;
  while (k < lines.length) {
    const run = columnRun(lines, k, minGap);
    if (run === null) {
      k++;
      continue;
    }
    // the text before the run as it was, then the run column by column
    for (let i = nextIndex; i < lines[k]!.index; i++) order.push({ text: textLines[i]!, words: wordsAt(lines, i) });
    const left: OcrWord[][] = [];
    const right: OcrWord[][] = [];
    for (const line of lines.slice(k, run.end + 1)) {
      const l = line.words.filter((w) => w.bbox!.x1 <= run.gutter.from);
      const r = line.words.filter((w) => w.bbox!.x0 >= run.gutter.to);
      if (l.length) left.push(l);
      if (r.length) right.push(r);
    }
    for (const column of [left, right]) for (const ws of column) order.push({ text: ws.map((w) => w.text).join(' '), words: ws });
    nextIndex = lines[run.end]!.index + 1;
    k = run.end + 1;
  }
  if (nextIndex === 0) return { text, words };
  for (let i = nextIndex; i < textLines.length; i++) order.push({ text: textLines[i]!, words: wordsAt(lines, i) });
  return { text: order.map((l) => l.text).join('\n'), words: order.flatMap((l) => l.words) };
}

/**
 * The page without the words lying wholly in a side margin. The text block's
 * edges are the 10th percentile of the left ends and the 75th of the right
 * ends of the page's long lines (short lines — a signer's name, a centred
 * heading — lie inside them anyway; the few lines a note is glued to are outliers).
 */
export function dropMarginNotes(text: string, words: OcrWord[], pageWidth: number): PageReading {
  const textLines = text.split('\n');
  const lines = alignWords(textLines, words);
  if (lines === null) return { text, words };
  const long = lines.filter((l) => l.words.length >= BLOCK_LINE_WORDS);
  if (long.length < MIN_BLOCK_LINES) return { text, words };
  const lefts = long.map((l) => l.words[0]!.bbox!.x0).sort((a, b) => a - b);
  const rights = long.map((l) => l.words.at(-1)!.bbox!.x1).sort((a, b) => a - b);
  const slack = pageWidth * MARGIN_SLACK;
  const left = lefts[Math.floor(lefts.length * 0.1)]! - slack;
  const right = rights[Math.ceil(rights.length * 0.75) - 1]! + slack;
  const minGap = pageWidth * GUTTER_SHARE;
  const marginNotes: string[] = [];
  const kept = textLines.map(() => null as OcrWord[] | null);
  for (const line of lines) {
    const { body, notes } = splitMargins(line.words, left, right, minGap);
    if (notes.length) marginNotes.push(notes.map((w) => w.text).join(' '));
    kept[line.index] = body;
  }
  if (marginNotes.length === 0) return { text, words };
  const out = textLines.flatMap((original, i) => {
    const ws = kept[i];
    if (ws === null || ws === undefined) return [original]; // a blank line
    return ws.length ? [ws.map((w) => w.text).join(' ')] : [];
  });
  return { text: out.join('\n'), words: kept.flatMap((ws) => ws ?? []), marginNotes };
}

/**
 * A line's leading words left of `left` and trailing words right of `right`,
 * when a gutter-wide gap parts them from the rest (or they are the whole
 * line): the last word of a long ragged line is not a note.
 */
function splitMargins(words: OcrWord[], left: number, right: number, minGap: number): { body: OcrWord[]; notes: OcrWord[] } {
  let start = 0;
  while (start < words.length && words[start]!.bbox!.x1 < left) start++;
  if (start > 0 && start < words.length && words[start]!.bbox!.x0 - words[start - 1]!.bbox!.x1 < minGap) start = 0;
  let end = words.length;
  while (end > start && words[end - 1]!.bbox!.x0 > right) end--;
  if (end < words.length && end > start && words[end]!.bbox!.x0 - words[end - 1]!.bbox!.x1 < minGap) end = words.length;
  return { body: words.slice(start, end), notes: [...words.slice(0, start), ...words.slice(end)] };
}

/**
 * Tesseract sizes a row's spaces from its gaps: a row with a wide blank in it
 * (the day left for the pen, "ngày ….. tháng") gets its ordinary spaces read
 * as none — `LụcBa,ngày`. In Vietnamese a comma or semicolon is always followed
 * by a space and no word has a capital after a small letter, so such words
 * are split there (their box shared by character count). `glued` lists the
 * pieces of each split word: they carry the glued word's confidence until
 * `rateGluedPieces` reads them on their own.
 */
export function respaceGlued(text: string, words: OcrWord[]): PageReading & { glued: OcrWord[][] } {
  const textLines = text.split('\n');
  const lines = alignWords(textLines, words);
  if (lines === null || !words.some((w) => GLUED.test(w.text))) return { text, words, glued: [] };
  const out = [...textLines];
  const glued: OcrWord[][] = [];
  for (const line of lines) {
    const split = line.words.flatMap((word) => {
      const pieces = splitGlued(word);
      if (pieces.length > 1) glued.push(pieces);
      return pieces;
    });
    if (split.length !== line.words.length) out[line.index] = split.map((w) => w.text).join(' ');
    line.words = split;
  }
  return { text: out.join('\n'), words: lines.flatMap((l) => l.words), glued };
}

/** A comma or semicolon before a letter, or a small letter before a capital. */
const GLUED = /[,;](?=\p{L})|\p{Ll}(?=\p{Lu})/u;

function splitGlued(word: OcrWord): OcrWord[] {
  const parts = word.text.split(/(?<=[,;])(?=\p{L})|(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length === 1 || !word.bbox) return [word];
  const { x0, y0, x1, y1 } = word.bbox;
  const total = [...word.text].length;
  let at = 0;
  return parts.map((part) => {
    const from = x0 + ((x1 - x0) * at) / total;
    at += [...part].length;
    return { text: part, confidence: word.confidence, bbox: { x0: Math.round(from), y0, x1: Math.round(x0 + ((x1 - x0) * at) / total), y1 } };
  });
}

/** A glued word's confidence this high is the pieces' too: nothing to read again. */
const SURE_GLUED = 90;

/**
 * Tesseract gives one confidence for the whole glued word, and a word it
 * cannot find in its dictionary (`LụcBa,ngày`) or that holds a pen-written
 * figure gets a low one, which the printed pieces would inherit: a place read
 * well then looks unreadable. Each such word is read again on its own
 * (`reread`: its box, cropped from the page), where its spaces are ordinary
 * ones; when that reading spells the same letters, each piece takes the
 * weakest confidence of the words it falls in. A piece under handwriting
 * (`handwriting`: boxes in page pixels) keeps the glued word's low confidence:
 * what the pen wrote is never vouched for by a second reading of it.
 */
export async function rateGluedPieces(
  reading: PageReading & { glued: OcrWord[][] },
  reread: (box: Box) => Promise<OcrWord[]>,
  handwriting: Box[],
): Promise<PageReading> {
  const rated = new Map<OcrWord, number>();
  for (const pieces of reading.glued) {
    const glued = pieces[0]!.confidence;
    if (glued >= SURE_GLUED) continue;
    const box = unionOf(pieces.map((p) => p.bbox!));
    const again = await reread(box);
    const letters = (ws: OcrWord[]): string => ws.map((w) => w.text.replace(/\s+/g, '')).join('');
    const spelled = letters(pieces);
    if (letters(again) !== spelled) continue;
    // each re-read word's span of letters in the glued word
    const spans: { from: number; to: number; confidence: number }[] = [];
    let at = 0;
    for (const w of again) {
      const length = w.text.replace(/\s+/g, '').length;
      spans.push({ from: at, to: at + length, confidence: w.confidence });
      at += length;
    }
    at = 0;
    for (const piece of pieces) {
      const from = at;
      at += piece.text.length;
      const own = Math.min(...spans.filter((s) => s.from < at && from < s.to).map((s) => s.confidence));
      const penned = handwriting.some((h) => overlapping(h, piece.bbox!));
      rated.set(piece, penned ? Math.min(glued, own) : own);
    }
  }
  if (rated.size === 0) return { text: reading.text, words: reading.words };
  return { text: reading.text, words: reading.words.map((w) => (rated.has(w) ? { ...w, confidence: rated.get(w)! } : w)) };
}

function overlapping(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * The page without the words `drop` picks (and without lines left empty by
 * it); the text as it was when the words do not spell it.
 */
export function withoutWords(text: string, words: OcrWord[], drop: (word: OcrWord) => boolean): PageReading {
  const textLines = text.split('\n');
  const lines = alignWords(textLines, words);
  if (lines === null || !words.some(drop)) return { text, words };
  const kept = new Map(lines.map((line) => [line.index, line.words.filter((w) => !drop(w))]));
  const out = textLines.flatMap((original, i) => {
    const ws = kept.get(i);
    if (ws === undefined) return [original]; // a blank line
    return ws.length ? [ws.map((w) => w.text).join(' ')] : [];
  });
  return { text: out.join('\n'), words: [...kept.values()].flat() };
}

function wordsAt(lines: Line[], index: number): OcrWord[] {
  return lines.find((l) => l.index === index)?.words ?? [];
}

/**
 * The words of each line of `text` (empty for a blank line), or null when the
 * words do not spell the lines: what a word-level fact (confidence, box) of a
 * text line is read from.
 */
export function wordsByLine(text: string, words: OcrWord[]): OcrWord[][] | null {
  const textLines = text.split('\n');
  const lines = alignWords(textLines, words);
  if (lines === null) return null;
  const byLine: OcrWord[][] = textLines.map(() => []);
  for (const line of lines) byLine[line.index] = line.words;
  return byLine;
}

/** Each non-blank text line with its words, or null when the words do not spell the lines. */
function alignWords(textLines: string[], words: OcrWord[]): Line[] | null {
  const lines: Line[] = [];
  let next = 0;
  for (let index = 0; index < textLines.length; index++) {
    const tokens = textLines[index]!.split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const lineWords = words.slice(next, next + tokens.length);
    if (lineWords.length !== tokens.length || lineWords.some((w, i) => w.text !== tokens[i] || !w.bbox)) return null;
    lines.push({ index, words: lineWords });
    next += tokens.length;
  }
  return next === words.length ? lines : null;
}

/** Gaps of at least `minGap` between a line's words. */
function wideGaps(line: Line, minGap: number): Span[] {
  const gaps: Span[] = [];
  for (let i = 1; i < line.words.length; i++) {
    const from = line.words[i - 1]!.bbox!.x1;
    const to = line.words[i]!.bbox!.x0;
    if (to - from >= minGap) gaps.push({ from, to });
  }
  return gaps;
}

function intersect(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) for (const y of b) if (Math.min(x.to, y.to) > Math.max(x.from, y.from)) out.push({ from: Math.max(x.from, y.from), to: Math.min(x.to, y.to) });
  return out;
}

/**
 * Two or more rows from line `k` on that share a gutter, with the one-sided
 * lines among and just after them (a recipient below, the signer's name under
 * the signature); null when line `k` starts no such run.
 */
function columnRun(lines: Line[], k: number, minGap: number): { end: number; gutter: Span } | null {
  let gutters = wideGaps(lines[k]!, minGap);
  if (gutters.length === 0) return null;
  let split = 1;
  let end = k;
  for (let i = k + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[end]!;
    const lineHeight = Math.max(1, ...previous.words.map((w) => w.bbox!.y1 - w.bbox!.y0));
    if (line.words[0]!.bbox!.y0 - previous.words[0]!.bbox!.y1 > MAX_LINE_DISTANCE * lineHeight) break;
    const shared = intersect(gutters, wideGaps(line, minGap));
    if (shared.length > 0) {
      gutters = shared;
      split++;
      end = i;
      continue;
    }
    // a line wholly on one side of the gutter belongs to that column
    const oneSided = gutters.some((g) => line.words.every((w) => w.bbox!.x1 <= g.from || w.bbox!.x0 >= g.to));
    if (!oneSided) break;
    end = i;
  }
  if (split < 2 || split > MAX_SPLIT_ROWS) return null;
  return { end, gutter: gutters[0]! };
}
