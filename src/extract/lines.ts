// Lines (1-based, as provenance counts them) and paragraphs rebuilt from them:
// scanned text wraps a paragraph over several lines and sometimes breaks one
// across a blank line; each paragraph keeps the line range it came from.
import { readMarker, type Marker } from './markers.js';
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

export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
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

export function rangeOf(paragraph: Paragraph, start: number, end: number): LineRange {
  return { from: lineOf(paragraph, start), to: lineOf(paragraph, Math.max(start, end - 1)) };
}

/** Scanned lines run to 70–90 characters; one under this ended before the margin. */
const SHORT_LINE = 50;

const endsSentence = (text: string): boolean => /[.:;!?…]["”»)]?$/u.test(text.trimEnd());

/**
 * Whether a line continues the paragraph above rather than opening a new one.
 * After a blank line only a lower-case (or quoted) start under an unfinished
 * sentence continues — the blank is then a page or scan break.
 */
function continues(current: Paragraph, line: string, afterBlank: boolean): boolean {
  if (readMarker(line) !== null) return false;
  const start = line.trim();
  const lowerStart = /^[\p{Ll}“"«(]/u.test(start);
  if (afterBlank) return lowerStart && !endsSentence(current.text);
  // A short line is not a wrapped one: the paragraph (often a heading) ended there.
  const previous = current.text.slice(current.starts[current.starts.length - 1]!.offset);
  if (previous.length < SHORT_LINE && /^\p{Lu}/u.test(start)) return false;
  // A heading in capitals goes on only with more capitals.
  if (current.marker?.kind === 'roman' && isUpperCase(current.marker.rest)) return isUpperCase(start);
  return true;
}

export function paragraphs(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let afterBlank = false;
  for (const line of lines) {
    if (isBlank(line)) {
      afterBlank = true;
      continue;
    }
    const text = line.text.trim();
    if (current !== null && continues(current, text, afterBlank)) {
      current.starts.push({ line: line.no, offset: current.text.length + 1 });
      current.text = `${current.text} ${text}`;
      current.to = line.no;
    } else {
      current = { text, from: line.no, to: line.no, marker: readMarker(text), starts: [{ line: line.no, offset: 0 }] };
      out.push(current);
    }
    afterBlank = false;
  }
  for (const p of out) if (p.marker) p.marker = readMarker(p.text);
  return out;
}
