// HD 36-HD/VPTW's star line: under the organ's name a Party committee, the Đoàn
// and the mass organisations print one star or three (`*`, `***`). Tesseract's
// `vie` model has no word for it and reads each star as whatever small mark it
// resembles: `*>*k*`, `>k>k>*`, `>%*`, `>*>*z Š` (party-2026f, party-2026g). Such
// a scrap is no word, and a header or title reader took `>*>*z Š` for a title.
// NĐ 30's quốc hiệu and the older letterheads rule their lines with a row of
// stars too (`********` under `Độc lập - Tự do - Hạnh phúc`, state-2026j 174),
// which the model may read with no star at all: `>E>&>k>k>k>k>E>k`, each star a
// `>` and the mark after it, or with digits among its marks: `2*k*>k>k>*` (state-2026 001),
// `2K›k2K2K2Kk2k2k5k` (state-2026b 515), whose `2` a header reader glued to the organ's name.
// What tells the star line from text is its shape: a line of such marks only,
// one of them read as a star (or two or more read as `>` and a mark, or three or more as `k`), set well below the
// height of the page's words (a digit among them is then a star too: a real digit is a letter's height)
// (a star sits at the top of the line and reaches half a capital's height). Its
// stars are counted as the separate blots of ink under the line's box.
import { unionOf } from '../boxes.js';
import type { OcrWord } from '../types.js';
import { wordsByLine, type PageReading } from './layout.js';
import { blotsOfSize, otsuThreshold, regionPixels, type GreyImage } from './raster.js';

/** The characters tesseract reads a printed star as (and the star itself). */
const STAR_READINGS = /^[*>›»kKxXzZ%#Šš&E0-9]+$/u;
/** A star read as a `>` and the mark after it, twice or more in a line (`>E>&>k>k`): no word has it. */
const STARS_AS_MARKS = />[^>]*>/u;
/** Stars read as `k`/`K` (with or without a `>` or `›`), three or more in a line (`2K›k2K2K2Kk`): no word of the page is that. */
const STARS_AS_KS = /(?:[kK][^kK]*){3}/u;
/** A star is at most this share of the height of the page's median word (a star: ~0.5; a small letter with its mark: ~0.75). */
const STAR_HEIGHT = 0.65;
/** Ink blots smaller than this share of the page's median word height both ways are dust or grain, not a star. */
const SPECK = 0.3;

/** The page's words with each star line read as its stars (`*`, `***`); the reading as it was when there is none. */
export function starLines(grey: GreyImage, { text, words }: PageReading): PageReading {
  const lines = wordsByLine(text, words);
  if (lines === null) return { text, words };
  const heights = words.map((w) => w.bbox!.y1 - w.bbox!.y0).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length / 2)] ?? 0;
  let changed = false;
  const read = lines.map((line) => {
    const joined = line.map((w) => w.text).join('');
    const readAsStars = line.some((w) => w.text.includes('*')) || STARS_AS_MARKS.test(joined) || STARS_AS_KS.test(joined);
    const stars = readAsStars && line.every((w) => STAR_READINGS.test(w.text)) ? starCount(grey, line, typical) : 0;
    if (stars === 0) return line;
    changed = true;
    const confidence = Math.min(...line.map((w) => w.confidence));
    return [{ text: '*'.repeat(stars), confidence, bbox: unionOf(line.map((w) => w.bbox!)) }];
  });
  if (!changed) return { text, words };
  const textLines = text.split('\n');
  return { text: textLines.map((original, i) => (read[i]!.length ? read[i]!.map((w) => w.text).join(' ') : original)).join('\n'), words: read.flat() };
}

/**
 * The stars under the line's box, each a separate blot of ink well below the
 * height of the page's words (`typical`); 0 when a blot is as tall as a letter.
 */
function starCount(grey: GreyImage, line: readonly OcrWord[], typical: number): number {
  const box = unionOf(line.map((w) => w.bbox!));
  const [x0, y0] = [Math.max(0, box.x0), Math.max(0, box.y0)];
  const [x1, y1] = [Math.min(grey.width, box.x1), Math.min(grey.height, box.y1)];
  const pixels = regionPixels(grey, x0, y0, x1, y1);
  const threshold = otsuThreshold(pixels);
  const width = x1 - x0;
  const blots = blotsOfSize(pixels.map((v) => (v <= threshold ? 1 : 0)), width, typical * SPECK);
  const tall = blots.some((blot) => Math.floor(Math.max(...blot) / width) - Math.floor(Math.min(...blot) / width) >= typical * STAR_HEIGHT);
  return tall ? 0 : blots.length;
}
