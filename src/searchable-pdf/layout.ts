// Where each line of a document's text lies on its page: the OCR word boxes
// (pixels of the cleaned page image, which was straightened and brought to
// 300 dpi) taken back to the page as it is stored (fractions of its width and
// height, before deskewing), grouped by text line and paired with the restored
// text of that line. The review page boxes a field's lines with it; the
// searchable PDF places its invisible text on it.
import type { DocumentText, OcrWord, PagePlacement, PageText, Box } from '../types.js';
import { homography } from '../ocr/sheet.js';
import { unionOf } from '../boxes.js';
import { lineCount } from '../text-lines.js';

/** A box as fractions (0–1) of the stored page: left, top, right, bottom. */
export interface PageBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LayoutWord {
  text: string;
  box: PageBox;
}

export interface LayoutLine {
  /** 1-based line of the document text (and of the restored text: restoration keeps line breaks). */
  line: number;
  box: PageBox;
  /** Mean OCR word confidence of the line, 0–100. */
  confidence: number;
  /**
   * One word per OCR word holding the restored token when restoration kept the
   * line's word count; otherwise the whole restored line as one word over the
   * line's box.
   */
  words: LayoutWord[];
}

export interface PageLayout {
  pageNumber: number;
  /** Clockwise tilt of the text lines on the stored page (the skew OCR corrected), degrees. */
  skewDegrees: number;
  lines: LayoutLine[];
  /** OCR words that could not be tied to a text line (placed as OCR read them). */
  looseWords: LayoutWord[];
}

/** The layout of every OCR'd page; pages read from text or a text layer have none. */
export function documentLayout(document: DocumentText, restoredText: string): PageLayout[] {
  const restoredLines = restoredText.split('\n');
  const documentLines = document.text.split('\n');
  // Restoration keeps line breaks; if a stage ever breaks that, the OCR text is placed instead.
  const lineText = restoredLines.length === documentLines.length ? restoredLines : documentLines;
  const layouts: PageLayout[] = [];
  let firstLine = 1;
  for (const page of document.pages) {
    const layout = pageLayout(page, firstLine, lineText);
    if (layout) layouts.push(layout);
    // pages are joined with one blank line
    firstLine += lineCount(page.text) + 1;
  }
  return layouts;
}

function pageLayout(page: PageText, firstLine: number, lineText: string[]): PageLayout | null {
  if (page.method !== 'ocr' || !page.words || !page.imageSize) return null;
  const skew = page.skewDegrees ?? 0;
  const toPage = pageMapping(page.imageSize, skew, page.placement);
  const placed = (word: OcrWord): LayoutWord | null => (word.bbox ? { text: word.text, box: toPage(word.bbox) } : null);
  const groups = wordsByLine(page.text, page.words);
  if (groups === null) {
    return { pageNumber: page.pageNumber, skewDegrees: skew, lines: [], looseWords: page.words.flatMap((w) => placed(w) ?? []) };
  }
  const lines: LayoutLine[] = [];
  for (const { index, words } of groups) {
    const boxes = words.flatMap((w) => (w.bbox ? [w.bbox] : []));
    if (boxes.length !== words.length || boxes.length === 0) continue;
    const line = firstLine + index;
    const tokens = (lineText[line - 1] ?? '').split(/\s+/).filter(Boolean);
    const box = toPage(unionOf(boxes));
    lines.push({
      line,
      box,
      confidence: Math.round((words.reduce((sum, w) => sum + w.confidence, 0) / words.length) * 10) / 10,
      words:
        tokens.length === boxes.length
          ? tokens.map((text, i) => ({ text, box: toPage(boxes[i]!) }))
          : [{ text: tokens.join(' '), box }],
    });
  }
  return { pageNumber: page.pageNumber, skewDegrees: skew, lines, looseWords: [] };
}

/**
 * The OCR words of each non-empty line of the page text, in order (tesseract
 * writes a line as its words joined by spaces); null when they do not match.
 */
function wordsByLine(text: string, words: OcrWord[]): { index: number; words: OcrWord[] }[] | null {
  const groups: { index: number; words: OcrWord[] }[] = [];
  let next = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const tokens = lines[index]!.split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const taken = words.slice(next, next + tokens.length);
    if (taken.length !== tokens.length || taken.some((w, i) => w.text !== tokens[i])) return null;
    groups.push({ index, words: taken });
    next += tokens.length;
  }
  return next === words.length ? groups : null;
}

/**
 * Pixel box of the straightened image -> fractions of the stored page. The
 * cleaned image is the sheet OCR read (the whole page, or a crop of it, or a
 * photo's quad warped flat — `placement`), turned upright by a quarter turn,
 * scaled, and turned by -skew about its centre onto a canvas grown to hold it
 * (sharp's rotate). Each step is undone for the box's centre and the middles
 * of its sides; the box keeps the size they span (it stays aligned with the
 * tilted line).
 */
export function pageMapping(image: { width: number; height: number }, skewDegrees: number, placement?: PagePlacement): (box: Box) => PageBox {
  const radians = (skewDegrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const c = Math.abs(cos);
  const s = Math.abs(sin);
  // the canvas of a turned W×H image is (W c + H s) × (W s + H c)
  const width = (image.width * c - image.height * s) / (c * c - s * s);
  const height = (image.height * c - image.width * s) / (c * c - s * s);
  // a point of the straightened image -> fractions of the image before deskewing
  const unskewed = (x: number, y: number): { x: number; y: number } => {
    const dx = x - image.width / 2;
    const dy = y - image.height / 2;
    return { x: (dx * cos - dy * sin + width / 2) / width, y: (dx * sin + dy * cos + height / 2) / height };
  };
  if (!placement) {
    return (box) => {
      const centre = unskewed((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2);
      const halfWidth = (box.x1 - box.x0) / width / 2;
      const halfHeight = (box.y1 - box.y0) / height / 2;
      return { x0: centre.x - halfWidth, y0: centre.y - halfHeight, x1: centre.x + halfWidth, y1: centre.y + halfHeight };
    };
  }
  const toSheet = homography(UNIT_SQUARE, placement.sheet);
  const page = placement.pageSize;
  // a point of the straightened image -> pixels of the stored page
  const onPage = (x: number, y: number): { x: number; y: number } => {
    const upright = unskewed(x, y);
    const sheet = unturned(upright, placement.turn);
    return project(toSheet, sheet);
  };
  const sideways = placement.turn === 90 || placement.turn === 270;
  return (box) => {
    const mx = (box.x0 + box.x1) / 2;
    const my = (box.y0 + box.y1) / 2;
    const centre = onPage(mx, my);
    const across = distance(onPage(box.x0, my), onPage(box.x1, my));
    const down = distance(onPage(mx, box.y0), onPage(mx, box.y1));
    const [halfX, halfY] = sideways ? [down / 2, across / 2] : [across / 2, down / 2];
    return { x0: (centre.x - halfX) / page.width, y0: (centre.y - halfY) / page.height, x1: (centre.x + halfX) / page.width, y1: (centre.y + halfY) / page.height };
  };
}

const UNIT_SQUARE = [
  { x: 0, y: 0 },
  { x: 1, y: 0 },
  { x: 1, y: 1 },
  { x: 0, y: 1 },
];

/** Fractions of the upright sheet -> fractions of the sheet before its clockwise quarter turn. */
function unturned({ x, y }: { x: number; y: number }, turn: PagePlacement['turn']): { x: number; y: number } {
  if (turn === 90) return { x: y, y: 1 - x };
  if (turn === 180) return { x: 1 - x, y: 1 - y };
  if (turn === 270) return { x: 1 - y, y: x };
  return { x, y };
}

function project(h: number[], { x, y }: { x: number; y: number }): { x: number; y: number } {
  const w = h[6]! * x + h[7]! * y + 1;
  return { x: (h[0]! * x + h[1]! * y + h[2]!) / w, y: (h[3]! * x + h[4]! * y + h[5]!) / w };
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
