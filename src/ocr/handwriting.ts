// Figures written in by pen where the colour says nothing: a black pen, or a
// blue one on a greyscale or black-and-white scan. An office writes the number
// (`Số:  …/KH-UBND`) and the day (`ngày … tháng`) in at registration (NĐ
// 30/2020, Phụ lục I), in the blank the print leaves for them, and OCR reads
// that handwriting as confidently wrong digits. What sets it apart from print
// without colour is its size and place: pen figures are written larger than the
// 13–14 pt print around them and off its line, while printed figures are as
// tall as the printed capitals and the year beside them. Only those two
// blanks are looked at, each against print of its own line (the symbol's
// capitals, the year), and only a clear difference counts.
import { stripMarks } from '../marks.js';
import type { InkMark, OcrWord } from '../types.js';
import { wordsByLine } from './layout.js';
import { blotsOfSize, otsuThreshold, regionPixels, type GreyImage } from './raster.js';

/** Pen figures are at least this much taller than the print they stand beside (printed figures: ~1.0). */
const TALLER = 1.3;
/** …or their middle is off the print's middle by this share of its height (written above or below the line). */
const OFF_LINE = 0.4;
/** Rows above and below the line searched for the pen's strokes, as a share of the print's height. */
const REACH = 0.5;
/** Ink shorter than this share of the print is dots or a dash left in the blank, not a figure. */
const MIN_FIGURE = 0.6;
/** A row inked across this share of the span is a rule (the line under the organ's name), not a stroke. */
const RULE_SHARE = 0.85;
/** Ink blots smaller than this share of the print's height both ways are dust (a scanner's specks reach ~10 px at 300 dpi, print ~40). */
const SPECK = 0.3;

interface Span {
  x0: number;
  x1: number;
}

/**
 * Handwriting marks (colour 'black': no colour told them apart) over the
 * number and the day of the page's letterhead when they are written in by
 * pen; boxes in fractions of the page image `grey` the words were read on.
 */
export function penWrittenFigures(grey: GreyImage, text: string, words: OcrWord[]): InkMark[] {
  const lines = wordsByLine(text, words);
  if (lines === null) return [];
  const marks: InkMark[] = [];
  for (const line of lines) {
    const found = blanks(line);
    if (found.length === 0) continue;
    // words with letters are print: the strokes of a figure never lie in the print of the lines above and below
    const neighbours = lines.flatMap((other) => (other === line ? [] : other.filter((w) => w.bbox && /\p{L}/u.test(w.text))));
    for (const { figure, print } of found) {
      const box = penOver(grey, { ...figure, ...reachLimits(figure, neighbours) }, print);
      if (box) marks.push({ kind: 'handwriting', colour: 'black', box: { x0: box.x0 / grey.width, y0: box.y0 / grey.height, x1: box.x1 / grey.width, y1: box.y1 / grey.height } });
    }
  }
  return marks;
}

/**
 * The spans of a line where a figure is written in, each with a span of
 * print of the same line to measure it against: after `Số:` up to the `/` of
 * the symbol (against the symbol's letters), and between `ngày` and `tháng`
 * (against the year after `năm`).
 */
function blanks(words: OcrWord[]): { figure: Span & { y0: number; y1: number }; print: Span & { y0: number; y1: number } }[] {
  const folded = words.map((w) => stripMarks(w.text).toLowerCase());
  const out: ReturnType<typeof blanks> = [];
  const number = folded.findIndex((w) => /^so:?$/.test(w));
  const slash = words.findIndex((w, i) => i > number && w.text.includes('/'));
  if (number >= 0 && slash > number) {
    const token = words[slash]!;
    const chars = [...token.text];
    const at = chars.indexOf('/');
    const symbol = chars.slice(at + 1).join('');
    // the symbol's capitals (KH-UBND) are the print; the token's box is shared by character count
    if (/^\p{Lu}[\p{Lu}\d-]{2,}$/u.test(symbol)) {
      const share = (token.bbox!.x1 - token.bbox!.x0) / chars.length;
      const slashAt = token.bbox!.x0 + share * at;
      const from = words[number]!.bbox!.x1;
      // one character short of the estimated '/': a wide pen figure pushes it right, never left
      const figureEnd = slash === number + 1 ? slashAt - share : words[slash - 1]!.bbox!.x1;
      if (figureEnd - from > share) out.push({ figure: { x0: from, x1: figureEnd, ...rows(words) }, print: { x0: slashAt + 2 * share, x1: token.bbox!.x1, ...rows([token]) } });
    }
  }
  const day = folded.indexOf('ngay');
  const month = folded.indexOf('thang', day + 1);
  const year = folded.indexOf('nam', month + 1);
  const yearWord = year >= 0 ? words[year + 1] : undefined;
  if (day >= 0 && month > day && yearWord && /^\d{4}/.test(yearWord.text)) {
    const from = words[day]!.bbox!.x1;
    const to = words[month]!.bbox!.x0;
    if (to > from) out.push({ figure: { x0: from, x1: to, ...rows(words) }, print: { x0: yearWord.bbox!.x0, x1: yearWord.bbox!.x1, ...rows([yearWord]) } });
  }
  return out;
}

function rows(words: OcrWord[]): { y0: number; y1: number } {
  return { y0: Math.min(...words.map((w) => w.bbox!.y0)), y1: Math.max(...words.map((w) => w.bbox!.y1)) };
}

/**
 * The rows a figure's strokes may be looked for in: from the bottom of the print
 * of the line above to the top of the print of the line below, over the
 * figure's span. A line printed close under another (a body, a letterhead set
 * tight) puts that line's letters within the reach of the search, where they
 * would be measured as a tall figure.
 */
function reachLimits(figure: Span & { y0: number; y1: number }, print: OcrWord[]): { top: number; bottom: number } {
  let top = -Infinity;
  let bottom = Infinity;
  const middle = (figure.y0 + figure.y1) / 2;
  for (const { bbox } of print) {
    if (!bbox || bbox.x1 <= figure.x0 || bbox.x0 >= figure.x1) continue;
    if ((bbox.y0 + bbox.y1) / 2 < middle) top = Math.max(top, bbox.y1);
    else bottom = Math.min(bottom, bbox.y0);
  }
  return { top, bottom };
}

/**
 * The ink's top and bottom rows within a span (rows y0–y1), by the 5th and 95th
 * percentile of its columns; null without ink. Ink whose connected blot is
 * smaller than `speck` both ways is dust, not a stroke: a speck under a
 * printed day (party-2026f 249's `29`) once made it reach below its line.
 */
function inkRows(grey: GreyImage, span: Span, y0: number, y1: number, threshold: number, speck: number): { top: number; bottom: number; x0: number; x1: number } | null {
  const [from, to] = [Math.max(0, Math.round(span.x0)), Math.min(grey.width, Math.round(span.x1))];
  const [top0, bottom0] = [Math.max(0, y0), Math.min(grey.height, y1)];
  const [width, height] = [Math.max(0, to - from), Math.max(0, bottom0 - top0)];
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    let inked = 0;
    for (let x = 0; x < width; x++) if (grey.pixels[(y + top0) * grey.width + x + from]! <= threshold) ink[y * width + x] = 1;
    for (let x = 0; x < width; x++) inked += ink[y * width + x]!;
    // a row inked across the span is a rule (the line under the organ's name), not a stroke
    if (width > 0 && inked >= width * RULE_SHARE) ink.fill(0, y * width, (y + 1) * width);
  }
  const strokes = new Uint8Array(ink.length);
  for (const blot of blotsOfSize(ink, width, speck)) for (const i of blot) strokes[i] = 1;
  const tops: number[] = [];
  const bottoms: number[] = [];
  let left = Infinity;
  let right = -Infinity;
  for (let x = 0; x < width; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = 0; y < height; y++) {
      if (!strokes[y * width + x]) continue;
      if (top < 0) top = y + top0;
      bottom = y + top0;
    }
    if (top < 0) continue;
    tops.push(top);
    bottoms.push(bottom);
    left = Math.min(left, x + from);
    right = Math.max(right, x + from + 1);
  }
  // a few inked columns are the tail of a neighbouring letter, not a figure
  if (tops.length < 4) return null;
  tops.sort((a, b) => a - b);
  bottoms.sort((a, b) => a - b);
  return { top: tops[Math.floor(tops.length * 0.05)]!, bottom: bottoms[Math.ceil(bottoms.length * 0.95) - 1]!, x0: left, x1: right };
}

/** The pen figure's box when the ink in `figure` is clearly larger than the print or off its line; null otherwise. */
function penOver(
  grey: GreyImage,
  figure: Span & { y0: number; y1: number; top: number; bottom: number },
  print: Span & { y0: number; y1: number },
): { x0: number; y0: number; x1: number; y1: number } | null {
  const band = { y0: Math.min(figure.y0, print.y0), y1: Math.max(figure.y1, print.y1) };
  const threshold = otsuThreshold(regionPixels(grey, Math.min(figure.x0, print.x0), band.y0, Math.max(figure.x1, print.x1), band.y1));
  const printed = inkRows(grey, print, print.y0, print.y1, threshold, (print.y1 - print.y0) * SPECK);
  if (printed === null) return null;
  const height = printed.bottom - printed.top + 1;
  const reach = Math.round(height * REACH);
  const written = inkRows(grey, figure, Math.max(band.y0 - reach, figure.top), Math.min(band.y1 + reach, figure.bottom), threshold, height * SPECK);
  if (written === null) return null;
  const writtenHeight = written.bottom - written.top + 1;
  const offLine = Math.abs((written.top + written.bottom) / 2 - (printed.top + printed.bottom) / 2);
  if (writtenHeight < height * MIN_FIGURE) return null;
  if (writtenHeight < height * TALLER && offLine < height * OFF_LINE) return null;
  return { x0: written.x0, y0: written.top, x1: written.x1, y1: written.bottom + 1 };
}
