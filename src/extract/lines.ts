// Lines (1-based, as provenance counts them) and paragraphs rebuilt from them:
// scanned text wraps a paragraph over several lines and sometimes breaks one
// across a blank line; each paragraph keeps the line range it came from.
import { garbledLetterMarker, readMarker, type Marker } from './markers.js';
import { isUpperCase } from './fold.js';
import type { LineRange } from '../types.js';

export interface Line {
  /** 1-based. */
  no: number;
  text: string;
}

export interface Paragraph {
  /** The lines joined with single spaces. */
  text: string;
  from: number;
  to: number;
  marker: Marker | null;
  /** Where each line starts in `text`, to map an offset back to its line. */
  starts: { line: number; offset: number }[];
}

// A speck the scanner turned into a character at a line's edge: a lone `.`,
// `,`, `'` or `|` before the first word or a list dash (`. Lục Ngạn, ngày …`,
// `'- UBND huyện;`), or after the last word (`cán bộ |`).
const LEADING_SPECK = /^\s*[.,'‘’`|](?:\s+(?=\S)|(?=[-–—+]\s*\S))/u;
const TRAILING_SPECK = /(?<=[\p{L}\p{N};:)”"])\s+[,'‘’`|]\s*$/u;
// A page number standing alone on its line (`6`, `- 6 -`).
const PAGE_NUMBER = /^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$/u;

/** A scanned line without the specks at its edges; a page number alone becomes a blank. */
export function cleanScanLine(text: string): string {
  if (PAGE_NUMBER.test(text)) return '';
  return text.replace(LEADING_SPECK, '').replace(TRAILING_SPECK, '');
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ no: i + 1, text: cleanScanLine(t.replace(/\r$/u, '')) }));
}

export const isBlank = (line: Line | undefined): boolean => line === undefined || line.text.trim() === '';

/** Lines `from`…`to` (1-based, inclusive) of the whole list. */
export function slice(lines: readonly Line[], from: number, to: number): Line[] {
  return lines.slice(Math.max(0, from - 1), Math.max(0, to));
}

/** The line a character offset of a paragraph's text falls on. */
export function lineOf(paragraph: Paragraph, offset: number): number {
  let line = paragraph.from;
  for (const s of paragraph.starts) if (s.offset <= offset) line = s.line;
  return line;
}

/** What of a paragraph stands from line `no` on (`no` within it): its own paragraph. */
export function paragraphFrom(paragraph: Paragraph, no: number): Paragraph {
  const first = paragraph.starts.find((s) => s.line >= no) ?? paragraph.starts[paragraph.starts.length - 1]!;
  const text = paragraph.text.slice(first.offset);
  return {
    text,
    from: first.line,
    to: paragraph.to,
    marker: readMarker(text),
    starts: paragraph.starts.filter((s) => s.offset >= first.offset).map((s) => ({ line: s.line, offset: s.offset - first.offset })),
  };
}

export function rangeOf(paragraph: Paragraph, start: number, end: number): LineRange {
  return { from: lineOf(paragraph, start), to: lineOf(paragraph, Math.max(start, end - 1)) };
}

/** Scanned lines run to 70–90 characters; one under this ended before the margin. */
const SHORT_LINE = 50;

const endsSentence = (text: string): boolean => /[.:;!?…]["”»)]?$/u.test(text.trimEnd());

/** No printed page line holds more characters than this, even landscape in small type. */
const MAX_PAGE_LINE = 160;

/**
 * The width a wrapped text runs to, or null when its lines are not wrapped (a
 * paragraph a line, lengths all over the place): the length nine lines in ten
 * stay under, if that is close to the median — a page's lines are alike — and
 * no longer than a page line can be.
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  const lengths = lines
    .map((l) => l.text.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length < 10) return null;
  const median = lengths[Math.floor(lengths.length / 2)]!;
  const p90 = lengths[Math.floor(lengths.length * 0.9)]!;
  return p90 <= median * 1.5 && p90 <= MAX_PAGE_LINE ? p90 : null;
}

/** How the layout reads: the wrap width of the text (null: not wrapped), the lines that always open a paragraph. */
interface Layout {
  width: number | null;
  opens: (text: string) => boolean;
}

/** Whether a line ran to the right margin: it was wrapped there, the paragraph goes on. */
const reachedMargin = (text: string, layout: Layout): boolean =>
  layout.width !== null && text.length >= Math.max(SHORT_LINE, 0.75 * layout.width);

/** Whether a line leaves a bracket open: more `(` than `)`. */
const opensBracket = (text: string): boolean => (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);

/**
 * The text a line adds to the paragraph above, or null when it opens a new one.
 * After a blank line, a lower-case start goes on (a page break, or the blank
 * OCR leaves under an indented first line), a quote or bracket under an
 * unfinished sentence too, and so does any start under a line that ran to the
 * margin without ending its sentence. A dash before a
 * lower-case word under such a line is a speck, not a list item (`… những
 * khó` / `- khăn cho …`).
 */
function continuation(current: Paragraph, line: string, afterBlank: boolean, layout: Layout): string | null {
  const start = line.trim();
  const previous = current.text.slice(current.starts[current.starts.length - 1]!.offset);
  const unfinished = reachedMargin(previous, layout) && !endsSentence(current.text);
  // A heading in capitals goes on only with more capitals.
  const capitalHeading = current.marker?.kind === 'roman' && isUpperCase(current.marker.rest);
  if (capitalHeading && !isUpperCase(start)) return null;
  if (/^\p{Lu}/u.test(start) && layout.opens(start)) return null;
  const marker = readMarker(start);
  if (marker !== null) {
    const speck = marker.kind === 'dash' && unfinished && /^\p{Ll}/u.test(marker.rest);
    return speck ? marker.rest : null;
  }
  // No paragraph opens in lower case; one may open with a quote or a bracket.
  const lowerStart = /^\p{Ll}/u.test(start) || (/^[“"«(]/u.test(start) && !endsSentence(current.text));
  if (afterBlank) return lowerStart || unfinished ? start : null;
  // A bracket the line before opened and this one closes is one aside (`… 2025” (sau đây viết tắt là` / `Đề án số
  // 05-ĐA/TU); …`): a paragraph never ends inside it, however short the line before.
  if (opensBracket(previous) && /^[^(]*\)/u.test(start)) return start;
  // A short line is not a wrapped one: the paragraph (often a heading) ended there.
  if (previous.length < SHORT_LINE && /^\p{Lu}/u.test(start)) return null;
  // A text not wrapped at a margin writes a paragraph a line: a finished sentence ends it.
  if (layout.width === null && endsSentence(current.text) && /^\p{Lu}/u.test(start)) return null;
  return start;
}

/**
 * The paragraphs of the lines. `opens` tells a line that always opens one
 * (`Căn cứ …` under a title that ran to the margin).
 */
export function paragraphs(lines: readonly Line[], opens: (text: string) => boolean = () => false): Paragraph[] {
  const layout: Layout = { width: wrapWidth(lines), opens };
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let afterBlank = false;
  for (const line of lines) {
    if (isBlank(line)) {
      afterBlank = true;
      continue;
    }
    const text = line.text.trim();
    const added = current === null ? null : continuation(current, text, afterBlank, layout);
    if (current !== null && added !== null) {
      current.starts.push({ line: line.no, offset: current.text.length + 1 });
      current.text = `${current.text} ${added}`;
      current.to = line.no;
    } else {
      current = { text, from: line.no, to: line.no, marker: readMarker(text), starts: [{ line: line.no, offset: 0 }] };
      out.push(current);
    }
    afterBlank = false;
  }
  for (const p of out) if (p.marker) p.marker = readMarker(p.text);
  restoreSkippedLetters(out);
  return out;
}

/**
 * Where a lettered list skips one letter (`e)` then `g)`), the one paragraph
 * between them that opens with a garbled marker is the missing item.
 */
function restoreSkippedLetters(list: Paragraph[]): void {
  const letters = list.flatMap((p, i) => (p.marker?.kind === 'letter' ? [i] : []));
  for (let k = 1; k < letters.length; k++) {
    const [before, after] = [letters[k - 1]!, letters[k]!];
    const code = list[before]!.marker!.value.codePointAt(0)!;
    if (list[after]!.marker!.value.codePointAt(0) !== code + 2) continue;
    const due = String.fromCodePoint(code + 1);
    const found = list
      .slice(before + 1, after)
      .flatMap((p) => (p.marker === null ? [{ p, marker: garbledLetterMarker(p.text, due) }] : []))
      .filter((c) => c.marker !== null);
    if (found.length === 1) found[0]!.p.marker = found[0]!.marker;
  }
}
