// Coloured ink on a printed page: the red seal (dấu đỏ) stamped over the
// signer block, the signature and the number and day written in at
// registration in blue pen. Tesseract reads them as junk or, worse, as wrong
// digits, so they are kept out of the image given to OCR and recorded instead.
// Printed text is black; a pixel far from grey (high chroma) is ink of a pen or
// a stamp. Seen through a filter of its own colour (its brightest channel) such
// ink fades to paper while black print under it stays black.
import type { InkMark } from '../types.js';
import { luminance, type GreyImage, type RgbImage } from './raster.js';

/** Chroma (max − min channel) from which a pixel counts as coloured ink; paper and toner casts stay below. */
const INK_CHROMA = 45;
/** Below this chroma a pixel is left as it is; between the two the filter is blended in (antialiased stroke edges). */
const FADE_FROM_CHROMA = 25;
/** Pixels around strong ink whose faint, colourless edge is faded too. */
const EDGE_REACH = 2;
/** Grey below which a pixel is black print (kept even beside ink: text under a seal). */
const BLACK_PRINT = 90;
/** Grid cell, as a share of the page width (≈ 3.5 mm on A4). */
const CELL_SHARE = 1 / 60;
/** A cell with at least this share of ink pixels is inked. */
const CELL_INK_SHARE = 0.03;
/** Inked cells this many cells apart belong to one mark (the digits of a written number). */
const JOIN_CELLS = 2;
/** A mark smaller than this (share of the page width) is a speck. */
const MIN_MARK_SHARE = 0.02;

type InkColour = InkMark['colour'];

export interface InkSeparation {
  /** The page in grey with the marks' ink faded to paper. */
  grey: GreyImage;
  marks: InkMark[];
}

export function separateInk(rgb: RgbImage): InkSeparation {
  const colours = colourClasses(rgb);
  const marks = findMarks(colours, rgb.width, rgb.height);
  const grey = luminance(rgb);
  for (const mark of marks) fadeInk(rgb, grey, mark);
  return { grey, marks };
}

/** 0 = not coloured, 1 red, 2 blue, 3 other, per pixel. */
function colourClasses(rgb: RgbImage): Uint8Array {
  const classes = new Uint8Array(rgb.width * rgb.height);
  const p = rgb.pixels;
  for (let i = 0, j = 0; i < classes.length; i++, j += 3) {
    const r = p[j]!;
    const g = p[j + 1]!;
    const b = p[j + 2]!;
    const max = Math.max(r, g, b);
    if (max - Math.min(r, g, b) < INK_CHROMA) continue;
    classes[i] = r === max && r - b > INK_CHROMA / 2 && r - g > INK_CHROMA / 2 ? 1 : b === max ? 2 : 3;
  }
  return classes;
}

const COLOUR_NAMES: InkColour[] = ['red', 'blue', 'other'];

function findMarks(classes: Uint8Array, width: number, height: number): InkMark[] {
  const cell = Math.max(4, Math.round(width * CELL_SHARE));
  const columns = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const counts = new Uint32Array(columns * rows * 3);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / cell) * columns;
    for (let x = 0; x < width; x++) {
      const c = classes[y * width + x]!;
      if (c) counts[(row + Math.floor(x / cell)) * 3 + c - 1]!++;
    }
  }
  const threshold = cell * cell * CELL_INK_SHARE;
  const marks: InkMark[] = [];
  // one colour at a time: a blue signature across a red seal is two marks
  for (let colour = 0; colour < 3; colour++) {
    const inked = new Uint8Array(columns * rows);
    for (let i = 0; i < inked.length; i++) if (counts[i * 3 + colour]! >= threshold) inked[i] = 1;
    const seen = new Uint8Array(inked.length);
    for (let start = 0; start < inked.length; start++) {
      if (!inked[start] || seen[start]) continue;
      const mark = classify(collect(start, inked, seen, columns, rows), COLOUR_NAMES[colour]!, columns, cell, width, height);
      if (mark) marks.push(mark);
    }
  }
  return marks;
}

/** Cells of one mark: inked cells within JOIN_CELLS of each other. */
function collect(start: number, inked: Uint8Array, seen: Uint8Array, columns: number, rows: number): number[] {
  const cells = [start];
  seen[start] = 1;
  for (let k = 0; k < cells.length; k++) {
    const cx = cells[k]! % columns;
    const cy = Math.floor(cells[k]! / columns);
    for (let dy = -JOIN_CELLS; dy <= JOIN_CELLS; dy++) {
      for (let dx = -JOIN_CELLS; dx <= JOIN_CELLS; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x < 0 || y < 0 || x >= columns || y >= rows) continue;
        const i = y * columns + x;
        if (inked[i] && !seen[i]) {
          seen[i] = 1;
          cells.push(i);
        }
      }
    }
  }
  return cells;
}

function classify(cells: number[], colour: InkColour, columns: number, cell: number, width: number, height: number): InkMark | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const i of cells) {
    const cx = i % columns;
    const cy = Math.floor(i / columns);
    x0 = Math.min(x0, cx * cell);
    y0 = Math.min(y0, cy * cell);
    x1 = Math.max(x1, Math.min(width, (cx + 1) * cell));
    y1 = Math.max(y1, Math.min(height, (cy + 1) * cell));
  }
  const markWidth = x1 - x0;
  const markHeight = y1 - y0;
  if (Math.max(markWidth, markHeight) < width * MIN_MARK_SHARE) return null;
  const aspect = markWidth / markHeight;
  const box = { x0: x0 / width, y0: y0 / height, x1: x1 / width, y1: y1 / height };
  // A seal is round, 30–40 mm across (a sixth of an A4 page's width or more).
  if (colour === 'red' && aspect > 0.6 && aspect < 1.6 && markWidth >= width * 0.1) return { kind: 'stamp', colour, box };
  // A line of printed colour (a red Party heading) is long and one line high: it is text, leave it to OCR.
  if (colour !== 'blue' && aspect > 4 && markHeight < height * 0.02) return null;
  // A signature is a wide pen mark in the lower half, where the signer block is.
  if (box.y0 > 0.45 && markWidth >= width * 0.12 && colour !== 'red') return { kind: 'signature', colour, box };
  return { kind: 'handwriting', colour, box };
}

/**
 * Inside the mark, coloured pixels take the paper's grey around them (what
 * the page would show without the ink); black print, which has no colour,
 * stays. Paper, not white: under a phone's uneven light a white patch would be
 * taken for the paper's brightness and the print around it dimmed.
 */
function fadeInk(rgb: RgbImage, grey: GreyImage, mark: InkMark): void {
  const x0 = Math.floor(mark.box.x0 * rgb.width);
  const x1 = Math.ceil(mark.box.x1 * rgb.width);
  const y0 = Math.floor(mark.box.y0 * rgb.height);
  const y1 = Math.ceil(mark.box.y1 * rgb.height);
  const p = rgb.pixels;
  const chromaAt = (i: number): number => Math.max(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!) - Math.min(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!);
  const histogram = new Uint32Array(256);
  let uncoloured = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * rgb.width + x;
      if (chromaAt(i) > FADE_FROM_CHROMA) continue;
      histogram[grey.pixels[i]!]!++;
      uncoloured++;
    }
  }
  // the paper: the 90th percentile of the uncoloured pixels (print is the minority)
  let paper = 255;
  for (let seen = 0; paper > 0 && seen + histogram[paper]! < uncoloured * 0.1; paper--) seen += histogram[paper]!;
  // the stroke's soft edge (blur, JPEG's halved colour resolution) has lost most of its colour:
  // within EDGE_REACH pixels of strong ink, anything lighter than black print is paper too
  const boxWidth = x1 - x0;
  const nearInk = new Uint8Array(boxWidth * (y1 - y0));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (chromaAt(y * rgb.width + x) < INK_CHROMA) continue;
      for (let dy = -EDGE_REACH; dy <= EDGE_REACH; dy++) {
        for (let dx = -EDGE_REACH; dx <= EDGE_REACH; dx++) {
          const nx = x + dx - x0;
          const ny = y + dy - y0;
          if (nx >= 0 && ny >= 0 && nx < boxWidth && ny < y1 - y0) nearInk[ny * boxWidth + nx] = 1;
        }
      }
    }
  }
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * rgb.width + x;
      const value = grey.pixels[i]!;
      const chroma = chromaAt(i);
      let weight = chroma <= FADE_FROM_CHROMA ? 0 : Math.min(1, (chroma - FADE_FROM_CHROMA) / (INK_CHROMA - FADE_FROM_CHROMA));
      if (nearInk[(y - y0) * boxWidth + (x - x0)] && value > BLACK_PRINT) weight = 1;
      if (weight > 0) grey.pixels[i] = Math.round(value + (Math.max(paper, value) - value) * weight);
    }
  }
}
