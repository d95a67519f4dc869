// Boxes (left, top, right, bottom), shared by the stages that place words on
// a page: OCR in pixels, the review page and the searchable PDF in fractions.
import type { Box } from './types.js';

/** The smallest box holding every one of `boxes` (at least one). */
export function unionOf(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** A box in fractions of a page, in the units of `size` (pixels, points). */
export function scaleBox(box: Box, size: { width: number; height: number }): Box {
  return { x0: box.x0 * size.width, y0: box.y0 * size.height, x1: box.x1 * size.width, y1: box.y1 * size.height };
}
