// The sheet of paper inside the picture. A photocopy photographed on a desk,
// a scan with the lid open or a phone photo has dark surroundings around the
// page; left in, they are most of what tesseract sees (a 51 dpi photocopy with
// a black frame came out as no text at all). The sheet is found on a small
// copy by its four edges (also on a white desk as bright as the paper) or else
// as the largest bright region; its four corners give either a crop (a
// straight frame) or a projective warp back to a rectangle (a photo taken at
// an angle).
// sharp has affine transforms only, so the warp samples raw pixels here.
import { connectedRegions, otsuThreshold, type GreyImage, type RgbImage } from './raster.js';

export interface Point {
  x: number;
  y: number;
}

/** Corners of the sheet in source pixels: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

export interface SheetFinding {
  quad: Quad;
  /** 'none': the sheet fills the picture; 'crop': a straight frame; 'warp': a sheet seen at an angle. */
  fix: 'none' | 'crop' | 'warp';
}

/** Width of the copy the sheet is looked for on: text blurs to grey, the frame stays dark. */
const SEARCH_WIDTH = 300;
/** A sheet covering more of the picture than this is the picture. */
const FULL_SHARE = 0.97;
/** A sheet covering less than this is not found (a dark page, a photo of something else): leave the picture alone. */
const MIN_SHARE = 0.25;
/** Corners this far (share of the side) from a rectangle are a straight frame, cropped without warping. */
const STRAIGHT_TOLERANCE = 0.015;

export function findSheet(grey: GreyImage): SheetFinding {
  const full: Quad = [
    { x: 0, y: 0 },
    { x: grey.width, y: 0 },
    { x: grey.width, y: grey.height },
    { x: 0, y: grey.height },
  ];
  const none: SheetFinding = { quad: full, fix: 'none' };
  const small = boxDownscale(grey, SEARCH_WIDTH);
  const scale = grey.width / small.width;
  // four blank edges are the surest sign of a sheet; without them, the bright region
  const found = edgedSheet(small) ?? brightSheet(small);
  if (found === null) return none;
  const quad = found.map((p) => ({ x: p.x * scale, y: p.y * scale })) as Quad;
  if (quadArea(quad) >= grey.width * grey.height * FULL_SHARE) return none;
  return { quad, fix: isStraight(quad) ? 'crop' : 'warp' };
}

/**
 * A sheet on a dark desk or in a dark frame: the largest bright region
 * (Otsu) and its corners, on the small copy; null when the region is too small
 * or is bright desk run together with the sheet.
 */
function brightSheet(small: GreyImage): Quad | null {
  const threshold = otsuThreshold(small.pixels);
  // a page with no dark surroundings: Otsu splits print from paper, and the "paper" is nearly everything
  const bright = new Uint8Array(small.pixels.length);
  for (let i = 0; i < bright.length; i++) bright[i] = small.pixels[i]! > threshold ? 1 : 0;
  const component = largestComponent(bright, small.width);
  if (component.length < small.pixels.length * MIN_SHARE) return null;
  const quad = corners(component, small.width);
  // a sheet seen at an angle lies wholly inside the picture: a "corner" at a corner of the picture is bright desk run into the sheet
  const atPictureCorner = quad.some((p) => (p.x <= 1 || p.x >= small.width - 1) && (p.y <= 1 || p.y >= small.height - 1));
  return atPictureCorner && !isStraight(quad) && quadArea(quad) < small.width * small.height * FULL_SHARE ? null : quad;
}

// ---------------------------------------------------------------------------
// A sheet on a white desk: desk and paper are both bright, and with the light
// falling off across the photo the desk near the lamp is brighter than the
// paper far from it, so no threshold parts them. What parts them is the
// sheet's edge: a straight step in brightness (and the paper's thin shadow)
// between two blank surfaces, the page margin inside and the desk outside.
// Lines of text and table rules have print right beside them; a sheet's edge
// does not (NĐ 30 margins are 15–35 mm). Each side is the straight line,
// within 25° of the picture's sides, along which most points are such a step.

/** Brightness step across a sheet's edge, grey levels, between STEP_REACH pixels either side of it (of the small copy). */
const EDGE_STEP = 8;
/** The edge with the paper's shadow beside it and the camera's blur spans a few pixels of the small copy. */
const STEP_REACH = 4;
/** Change between neighbouring pixels beside the edge under this: blank paper or desk, no print. */
const QUIET_STEP = 6;
/** Pixels beside the edge that must be blank, on either side (of the small copy: ~3 % of the width). */
const QUIET_REACH = 9;
/** A side is found when steps line at least this share of it between its corners. */
const MIN_EDGE_SUPPORT = 0.6;
/** Slopes searched: within ±25° of the picture's sides. */
const MAX_SLOPE = 0.47;
const SLOPE_STEP = 0.01;
/** Hough peaks checked per side, best first… */
const CANDIDATES = 40;
/** …at least this many bins (pixels, hundredths of slope) apart. */
const PEAK_SPACING = 3;

type Side = 'top' | 'bottom' | 'left' | 'right';

/**
 * A line of the small copy: for top and bottom, y = at + slope·(x − cx); for
 * left and right, x = at + slope·(y − cy), with (cx, cy) the picture's centre
 * (the slope then moves the line least where it is measured).
 */
interface EdgeLine {
  side: Side;
  at: number;
  slope: number;
  /** cx for top and bottom, cy for left and right. */
  centre: number;
}

/** The sheet found by its four edges; null when any side has no clear edge (the sheet runs off the picture, or print is everywhere). */
function edgedSheet(small: GreyImage): Quad | null {
  const image = blurred(small);
  const lines: EdgeLine[] = [];
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const line = bestEdge(image, side);
    if (line === null) return null;
    lines.push(line);
  }
  const [top, right, bottom, left] = lines as [EdgeLine, EdgeLine, EdgeLine, EdgeLine];
  const quad: Quad = [meet(top, left), meet(top, right), meet(bottom, right), meet(bottom, left)];
  if (!isConvex(quad) || quadArea(quad) < small.width * small.height * MIN_SHARE) return null;
  // each side must be an edge along most of its length between the corners, not only where it was found
  const ends: [Point, Point][] = [[quad[0], quad[1]], [quad[1], quad[2]], [quad[3], quad[2]], [quad[0], quad[3]]];
  const sides = [top, right, bottom, left];
  for (let i = 0; i < 4; i++) if (edgeSupport(image, sides[i]!, ends[i]!) < MIN_EDGE_SUPPORT) return null;
  return quad;
}

/** A 3×3 box blur in floats: JPEG noise off the steps. */
function blurred(grey: GreyImage): GreyImage & { values: Float32Array } {
  const { width, height, pixels } = grey;
  const values = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || xx < 0 || yy >= height || xx >= width) continue;
          sum += pixels[yy * width + xx]!;
          n++;
        }
      }
      values[y * width + x] = sum / n;
    }
  }
  return { ...grey, values };
}

/**
 * The side's line: Hough votes of the pixels in the picture's outer half on
 * that side whose brightness changes across the side's direction, then the
 * peaks checked best first for a blank step along most of the picture.
 */
function bestEdge(image: GreyImage & { values: Float32Array }, side: Side): EdgeLine | null {
  const { width, height, values } = image;
  const horizontal = side === 'top' || side === 'bottom';
  const along = horizontal ? width : height;
  const across = horizontal ? height : width;
  const centre = along / 2;
  const slopes = Math.round((2 * MAX_SLOPE) / SLOPE_STEP) + 1;
  const margin = Math.ceil(MAX_SLOPE * centre) + 1;
  const bins = across + 2 * margin;
  const votes = new Uint32Array(slopes * bins);
  const value = pixelAt(image);
  const inOuterHalf = (c: number): boolean => (side === 'top' || side === 'left' ? c < across / 2 : c >= across / 2);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const gx = values[i + 1]! - values[i - 1]!;
      const gy = values[i + width]! - values[i - width]!;
      const [normal, tangent] = horizontal ? [gy, gx] : [gx, gy];
      if (Math.abs(normal) < EDGE_STEP / 2 || Math.abs(normal) < 2 * Math.abs(tangent)) continue;
      const [a, c] = horizontal ? [x, y] : [y, x];
      if (!inOuterHalf(c)) continue;
      // print beside it (most edge pixels of a page): no vote, and far less work
      const [nx, ny] = horizontal ? [0, 1] : [1, 0];
      if (!blankBeside(value, x, y, nx, ny) || !blankBeside(value, x, y, -nx, -ny)) continue;
      for (let k = 0; k < slopes; k++) {
        const slope = -MAX_SLOPE + k * SLOPE_STEP;
        votes[k * bins + Math.round(c - slope * (a - centre)) + margin]!++;
      }
    }
  }
  // the strongest peaks, a few bins apart: lines of text give many votes too, and must not crowd the edge out
  const order = Array.from(votes.keys()).filter((i) => votes[i]! >= along * MIN_EDGE_SUPPORT * 0.3);
  order.sort((p, q) => votes[q]! - votes[p]!);
  const peaks: number[] = [];
  for (const index of order) {
    if (peaks.length === CANDIDATES) break;
    const near = (other: number): boolean => Math.abs((other % bins) - (index % bins)) <= PEAK_SPACING && Math.abs(Math.floor(other / bins) - Math.floor(index / bins)) <= PEAK_SPACING;
    if (!peaks.some(near)) peaks.push(index);
  }
  let best: EdgeLine | null = null;
  let bestSupport = 0;
  for (const index of peaks) {
    const line = { side, slope: -MAX_SLOPE + Math.floor(index / bins) * SLOPE_STEP, at: (index % bins) - margin, centre };
    const support = edgeSupport(image, line, null);
    if (support > bestSupport) {
      bestSupport = support;
      best = line;
    }
  }
  return best;
}

/**
 * Share of the line's points (between `ends`, or wherever it lies in the
 * picture) that are a blank step: brighter or darker across it by EDGE_STEP,
 * the same way as most of its other points, with no print within QUIET_REACH
 * on either side.
 */
function edgeSupport(image: GreyImage & { values: Float32Array }, line: EdgeLine, ends: [Point, Point] | null): number {
  const { width, height } = image;
  const horizontal = line.side === 'top' || line.side === 'bottom';
  const norm = Math.hypot(1, line.slope);
  // the unit normal, pointing into the sheet
  const inward = line.side === 'top' || line.side === 'left' ? 1 : -1;
  const nx = horizontal ? (-line.slope / norm) * inward : (1 / norm) * inward;
  const ny = horizontal ? (1 / norm) * inward : (-line.slope / norm) * inward;
  const value = pixelAt(image);
  const from = ends ? (horizontal ? ends[0].x : ends[0].y) : 0;
  const to = ends ? (horizontal ? ends[1].x : ends[1].y) : horizontal ? width : height;
  let brighter = 0;
  let darker = 0;
  let points = 0;
  for (let a = Math.ceil(from); a < to; a++) {
    const c = line.at + line.slope * (a - line.centre);
    const [x, y] = horizontal ? [a, c] : [c, a];
    const inside = value(x + STEP_REACH * nx, y + STEP_REACH * ny);
    const outside = value(x - STEP_REACH * nx, y - STEP_REACH * ny);
    points++;
    if (inside === null || outside === null || Math.abs(inside - outside) < EDGE_STEP) continue;
    if (!blankBeside(value, x, y, nx, ny) || !blankBeside(value, x, y, -nx, -ny)) continue;
    if (inside > outside) brighter++;
    else darker++;
  }
  return points === 0 ? 0 : Math.max(brighter, darker) / points;
}

/** The blurred copy's value at the nearest pixel; null outside the picture. */
function pixelAt({ width, height, values }: GreyImage & { values: Float32Array }): (x: number, y: number) => number | null {
  return (x, y) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    return xi < 0 || yi < 0 || xi >= width || yi >= height ? null : values[yi * width + xi]!;
  };
}

/** No print from STEP_REACH to QUIET_REACH pixels away along (nx, ny): neighbouring pixels all within QUIET_STEP. */
function blankBeside(value: (x: number, y: number) => number | null, x: number, y: number, nx: number, ny: number): boolean {
  let previous = value(x + STEP_REACH * nx, y + STEP_REACH * ny);
  for (let k = STEP_REACH + 1; k <= QUIET_REACH; k++) {
    const next = value(x + k * nx, y + k * ny);
    if (next === null) return true; // the picture's border: nothing beyond
    if (previous !== null && Math.abs(next - previous) >= QUIET_STEP) return false;
    previous = next;
  }
  return true;
}

/** Where a top or bottom line meets a left or right one. */
function meet(h: EdgeLine, v: EdgeLine): Point {
  const x = (v.at + v.slope * (h.at - h.slope * h.centre - v.centre)) / (1 - v.slope * h.slope);
  return { x, y: h.at + h.slope * (x - h.centre) };
}

function isConvex(q: Quad): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    const c = q[(i + 2) % 4]!;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (cross === 0) return false;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

/** Mean of each block: the cheap area-average downscale. */
function boxDownscale(grey: GreyImage, targetWidth: number): GreyImage {
  const step = Math.max(1, Math.floor(grey.width / targetWidth));
  const width = Math.floor(grey.width / step);
  const height = Math.floor(grey.height / step);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < step; dy++) {
        const row = (y * step + dy) * grey.width + x * step;
        for (let dx = 0; dx < step; dx++) sum += grey.pixels[row + dx]!;
      }
      out[y * width + x] = sum / (step * step);
    }
  }
  return { pixels: out, width, height };
}

/** Indexes of the largest 4-connected region of ones. */
function largestComponent(mask: Uint8Array, width: number): number[] {
  return connectedRegions(mask, width).reduce((best, region) => (region.length > best.length ? region : best), []);
}

/** The region's extreme points along the diagonals: its corners, also when the sheet is seen at an angle. */
function corners(region: number[], width: number): Quad {
  let tl = { x: 0, y: 0, s: Infinity };
  let tr = { x: 0, y: 0, s: -Infinity };
  let br = { x: 0, y: 0, s: -Infinity };
  let bl = { x: 0, y: 0, s: -Infinity };
  for (const i of region) {
    const x = i % width;
    const y = Math.floor(i / width);
    // pixel edges, not centres: a region touching the border reaches it
    if (x + y < tl.s) tl = { x, y, s: x + y };
    if (x + 1 - y > tr.s) tr = { x: x + 1, y, s: x + 1 - y };
    if (x + y + 2 > br.s) br = { x: x + 1, y: y + 1, s: x + y + 2 };
    if (y + 1 - x > bl.s) bl = { x, y: y + 1, s: y + 1 - x };
  }
  return [tl, tr, br, bl].map(({ x, y }) => ({ x, y })) as Quad;
}

function quadArea(q: Quad): number {
  let area = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    area += a.x * b.y - b.x * a.y;
  }
  return Math.abs(area) / 2;
}

function isStraight([tl, tr, br, bl]: Quad): boolean {
  const width = Math.max(tr.x - tl.x, br.x - bl.x);
  const height = Math.max(bl.y - tl.y, br.y - tr.y);
  const dx = Math.max(Math.abs(tl.x - bl.x), Math.abs(tr.x - br.x));
  const dy = Math.max(Math.abs(tl.y - tr.y), Math.abs(bl.y - br.y));
  return dx <= width * STRAIGHT_TOLERANCE && dy <= height * STRAIGHT_TOLERANCE;
}

/** The axis-aligned box inside a straight quad, shrunk by `inset` pixels to leave the frame's soft edge out. */
export function cropBox([tl, tr, br, bl]: Quad, inset: number): { left: number; top: number; width: number; height: number } {
  const left = Math.ceil(Math.max(tl.x, bl.x) + inset);
  const top = Math.ceil(Math.max(tl.y, tr.y) + inset);
  const right = Math.floor(Math.min(tr.x, br.x) - inset);
  const bottom = Math.floor(Math.min(bl.y, br.y) - inset);
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

/** Size of the rectangle a quad is warped to: its longer opposite sides. */
export function warpedSize([tl, tr, br, bl]: Quad): { width: number; height: number } {
  const length = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
  return {
    width: Math.round(Math.max(length(tl, tr), length(bl, br))),
    height: Math.round(Math.max(length(tl, bl), length(tr, br))),
  };
}

/**
 * Projective warp of the quad onto a width × height rectangle, bilinear
 * sampling: one homography evaluation and four taps a pixel, ~0.1 s for an A4
 * page at 300 dpi.
 */
export function warpQuad(rgb: RgbImage, quad: Quad, width: number, height: number): RgbImage {
  const h = homography(
    [
      { x: 0, y: 0 },
      { x: width, y: 0 },
      { x: width, y: height },
      { x: 0, y: height },
    ],
    quad,
  );
  const out = new Uint8Array(width * height * 3);
  const src = rgb.pixels;
  const maxX = rgb.width - 1;
  const maxY = rgb.height - 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = x + 0.5;
      const v = y + 0.5;
      const w = h[6]! * u + h[7]! * v + 1;
      const sx = Math.min(maxX, Math.max(0, (h[0]! * u + h[1]! * v + h[2]!) / w - 0.5));
      const sy = Math.min(maxY, Math.max(0, (h[3]! * u + h[4]! * v + h[5]!) / w - 0.5));
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(maxX, x0 + 1);
      const y1 = Math.min(maxY, y0 + 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const top = src[(y0 * rgb.width + x0) * 3 + c]! * (1 - fx) + src[(y0 * rgb.width + x1) * 3 + c]! * fx;
        const bottom = src[(y1 * rgb.width + x0) * 3 + c]! * (1 - fx) + src[(y1 * rgb.width + x1) * 3 + c]! * fx;
        out[o + c] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return { pixels: out, width, height };
}

/** The 3×3 homography (h33 = 1) taking each `from` point to its `to` point, by Gaussian elimination. */
export function homography(from: Point[], to: Point[]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c < 9; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[8]! / row[i]!);
}

// ---------------------------------------------------------------------------
// Uneven light: a phone photo is brighter where the lamp is and dark in the
// hand's shadow, and one global threshold then loses the dim side's text. The
// paper's own brightness is estimated per block (a high percentile: print is
// the minority) and divided out.

const LIGHT_BLOCKS = 32;
/** Paper brightness varying by less than this (grey levels) across the page is even enough. */
const EVEN_LIGHT_RANGE = 30;

/** The page divided by its paper brightness; null when the light is already even. */
export function flattenLight(grey: GreyImage): GreyImage | null {
  const block = Math.max(8, Math.ceil(grey.width / LIGHT_BLOCKS));
  const columns = Math.ceil(grey.width / block);
  const rows = Math.ceil(grey.height / block);
  const paper = new Float32Array(columns * rows);
  const histogram = new Uint32Array(256);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      histogram.fill(0);
      let n = 0;
      for (let y = by * block; y < Math.min(grey.height, (by + 1) * block); y++) {
        for (let x = bx * block; x < Math.min(grey.width, (bx + 1) * block); x++) {
          histogram[grey.pixels[y * grey.width + x]!]!++;
          n++;
        }
      }
      // the 90th percentile: paper, even in a block that is a third print
      let seen = 0;
      let v = 255;
      while (v > 0 && seen + histogram[v]! < n * 0.1) seen += histogram[v--]!;
      paper[by * columns + bx] = Math.max(v, 1);
    }
  }
  const sorted = Float32Array.from(paper).sort();
  const low = sorted[Math.floor(sorted.length * 0.05)]!;
  const high = sorted[Math.floor(sorted.length * 0.95)]!;
  if (high - low < EVEN_LIGHT_RANGE) return null;
  const out = new Uint8Array(grey.pixels.length);
  for (let y = 0; y < grey.height; y++) {
    // bilinear between block centres, so block edges leave no seams
    const gy = Math.min(rows - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(gy);
    const y1 = Math.min(rows - 1, y0 + 1);
    const fy = gy - y0;
    for (let x = 0; x < grey.width; x++) {
      const gx = Math.min(columns - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const x0 = Math.floor(gx);
      const x1 = Math.min(columns - 1, x0 + 1);
      const fx = gx - x0;
      const top = paper[y0 * columns + x0]! * (1 - fx) + paper[y0 * columns + x1]! * fx;
      const bottom = paper[y1 * columns + x0]! * (1 - fx) + paper[y1 * columns + x1]! * fx;
      const level = top * (1 - fy) + bottom * fy;
      out[y * grey.width + x] = Math.min(255, (grey.pixels[y * grey.width + x]! * 255) / level);
    }
  }
  return { pixels: out, width: grey.width, height: grey.height };
}
