// A page fed sideways or upside down. Tesseract's orientation detection (OSD)
// needs the osd model, which the vie package does not carry, so orientation is
// read from the ink itself: printed lines make the row profile far sharper than
// the column profile (0°/180° against 90°/270°), and a line's dense core (the
// x-height) sits low in its band: capitals, ascenders and Vietnamese marks
// (stacked two high on `ế`, `ổ`) reach further above it than `g`, `y`, `p` and
// the dot below reach under it. How far, not how much ink: the ink of the
// band's top and bottom quarters, the signal once used, is near even on
// Vietnamese print whose `ng`, `gi`, `y` and dots fill the bottom as its marks
// fill the top, and it took an upright page of fresh-2026b (707) for upside
// down. A turn it suggests is still read both ways before it is kept (index.ts).
import type { OcrWord } from '../types.js';
import { isSyllableShape, syllableKey } from '../restore/vietnamese.js';
import { otsuThreshold, type GreyImage } from './raster.js';

export type Orientation = 0 | 90 | 180 | 270;

/** Column profile sharper than the row profile by this factor: the lines run down the page. */
const SIDEWAYS_FACTOR = 1.5;
/** (above − below) / (above + below) of the reach round the cores past this, either way, decides up from down. */
const UPRIGHT_MARGIN = 0.05;
/** A band's rows holding at least this share of its fullest row are its core (the x-height). */
const CORE_SHARE = 0.5;
/** Fewer text lines than this decide nothing. */
const MIN_LINES = 4;

/**
 * Clockwise rotation that puts the page upright (0 when it is, or when the ink
 * does not tell). `grey` is a small copy (~1000 px wide) of the page.
 */
export function detectOrientation(grey: GreyImage): Orientation {
  const ink = binarise(grey);
  const sideways = profileSharpness(ink, grey.width, grey.height, 'columns') > SIDEWAYS_FACTOR * profileSharpness(ink, grey.width, grey.height, 'rows');
  const upright = sideways ? transpose(ink, grey.width, grey.height) : { ink, width: grey.width, height: grey.height };
  const balance = lineBalance(upright.ink, upright.width, upright.height);
  // transposing turns a page lying 90° clockwise into an upside-down one read upright, and 270° into an upright one
  if (sideways) {
    if (balance === null) return 0;
    return balance > 0 ? 90 : 270;
  }
  return balance !== null && balance < 0 ? 180 : 0;
}

function binarise(grey: GreyImage): Uint8Array {
  const threshold = otsuThreshold(grey.pixels);
  return grey.pixels.map((v) => (v <= threshold ? 1 : 0));
}

function profileSharpness(ink: Uint8Array, width: number, height: number, along: 'rows' | 'columns'): number {
  const profile = new Float64Array(along === 'rows' ? height : width);
  let total = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!ink[y * width + x]) continue;
      profile[along === 'rows' ? y : x]!++;
      total++;
    }
  }
  if (total === 0) return 0;
  // sum of squares over the squared total: 1/n for an even spread, larger when the ink bunches into lines
  let sum = 0;
  for (const v of profile) sum += v * v;
  return (sum * profile.length) / (total * total);
}

/** The image mirrored over its main diagonal: (x, y) -> (y, x). */
function transpose(ink: Uint8Array, width: number, height: number): { ink: Uint8Array; width: number; height: number } {
  const out = new Uint8Array(ink.length);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[x * height + y] = ink[y * width + x]!;
  return { ink: out, width: height, height: width };
}

/**
 * Over the text lines found in the row profile: how far each band reaches
 * above its core minus how far below, over both; positive for upright text,
 * null when too few lines are found or the sign is unclear.
 */
function lineBalance(ink: Uint8Array, width: number, height: number): number | null {
  const rows = new Float64Array(height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y]! += ink[y * width + x]!;
  const peak = Math.max(...rows);
  const floor = peak * 0.05;
  let above = 0;
  let below = 0;
  let lines = 0;
  for (let y = 0; y < height; ) {
    if (rows[y]! <= floor) {
      y++;
      continue;
    }
    const top = y;
    while (y < height && rows[y]! > floor) y++;
    const bottom = y - 1;
    if (bottom - top + 1 < 4) continue;
    let fullest = 0;
    for (let r = top; r <= bottom; r++) fullest = Math.max(fullest, rows[r]!);
    let coreTop = top;
    while (rows[coreTop]! < fullest * CORE_SHARE) coreTop++;
    let coreBottom = bottom;
    while (rows[coreBottom]! < fullest * CORE_SHARE) coreBottom--;
    above += coreTop - top;
    below += bottom - coreBottom;
    lines++;
  }
  if (lines < MIN_LINES || above + below === 0) return null;
  const balance = (above - below) / (above + below);
  return Math.abs(balance) < UPRIGHT_MARGIN ? null : balance;
}

/** The turn that reads the page the other way round: none against 180°, 270° against 90°. */
export function oppositeTurn(turn: Orientation): Orientation {
  return ((turn + 180) % 360) as Orientation;
}

/**
 * How much Vietnamese a reading holds: the letters of its words shaped like
 * Vietnamese syllables, each weighted by tesseract's confidence in its word.
 * Print read upside down comes out as confident-looking garble (`ugqd`,
 * `8uonu`) of few syllables; the same page read upright scores several times
 * higher, whatever its size.
 */
export function readingEvidence(words: readonly OcrWord[]): number {
  let evidence = 0;
  for (const word of words) {
    for (const piece of word.text.match(/\p{L}+/gu) ?? []) {
      if (isSyllableShape(syllableKey(piece))) evidence += ([...piece].length * word.confidence) / 100;
    }
  }
  return evidence;
}
