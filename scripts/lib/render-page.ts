// Clean text -> realistic page scans: A4 at 300 dpi in a serif font with full
// Vietnamese glyphs, then the faults of a cheap office scanner (a slight
// rotation, optical blur, sensor noise, dust specks, JPEG). Deterministic for a
// seed, so generated fixtures and training pairs can be committed and rebuilt.
//
// Needs a font on this machine (only to generate, never to test):
//   apt-get install -y fonts-liberation2      # Liberation Serif, Times metrics
import { existsSync } from 'node:fs';
import { Canvas, GlobalFonts, PDFDocument, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';

export interface RenderOptions {
  /** Resolution of the page image (default 300). */
  dpi: number;
  /** Font size in points (default 13, the size of NĐ 30 body text). */
  fontSizePt: number;
  /** A TTF with Vietnamese glyphs; default: the first of FONT_CANDIDATES found. */
  fontPath: string;
  /** Page margin in millimetres (default 20). */
  marginMm: number;
  /** Skew of the text on the page, degrees, positive = clockwise (default 0). */
  rotationDegrees: number;
  /** Gaussian blur sigma in pixels; 0 = sharp (default 0). */
  blur: number;
  /** Sensor noise: standard deviation in grey levels, 0–255 (default 0). */
  noise: number;
  /** Dust specks per page (default 0). */
  specks: number;
  /** JPEG quality 1–100; null writes PNG (default null). */
  jpegQuality: number | null;
  /** Seed of the noise and specks (default 1). */
  seed: number;
}

export const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf',
];

const DEFAULTS: RenderOptions = {
  dpi: 300,
  fontSizePt: 13,
  fontPath: '',
  marginMm: 20,
  rotationDegrees: 0,
  blur: 0,
  noise: 0,
  specks: 0,
  jpegQuality: null,
  seed: 1,
};

const A4_MM = { width: 210, height: 297 };
const LINE_SPACING = 1.35;
const FONT_FAMILY = 'VnplanScanSerif';

/** Page images (PNG, or JPEG when `jpegQuality` is set) of `text`, one Buffer a page. */
export async function renderPages(text: string, options: Partial<RenderOptions> = {}): Promise<Buffer[]> {
  const opts = resolveOptions(options);
  const layout = pageLayout(opts);
  const pages = paginateLines(wrapText(text, layout), layout);
  return Promise.all(pages.map((lines, i) => renderPage(lines, layout, { ...opts, seed: opts.seed + i * 7919 })));
}

/** The text of each page as `renderPages` lays it out (wrapped lines joined by \n): the reference for OCR error. */
export function paginate(text: string, options: Partial<RenderOptions> = {}): string[] {
  const layout = pageLayout(resolveOptions(options));
  return paginateLines(wrapText(text, layout), layout).map((lines) => lines.map((l) => l.text).join('\n'));
}

interface Layout {
  width: number;
  height: number;
  margin: number;
  fontPx: number;
  lineHeight: number;
  /** Height left for text between the top and bottom margins. */
  textHeight: number;
  context: SKRSContext2D;
}

interface Line {
  text: string;
  centred: boolean;
}

function resolveOptions(options: Partial<RenderOptions>): RenderOptions {
  const opts = { ...DEFAULTS, ...options };
  return { ...opts, fontPath: opts.fontPath || findFont() };
}

function findFont(): string {
  const found = FONT_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`no Vietnamese serif font found; apt-get install -y fonts-liberation2 (looked in ${FONT_CANDIDATES.join(', ')})`);
  return found;
}

function pageLayout(opts: RenderOptions): Layout {
  GlobalFonts.registerFromPath(opts.fontPath, FONT_FAMILY);
  const mmToPx = (mm: number): number => Math.round((mm / 25.4) * opts.dpi);
  const fontPx = Math.round((opts.fontSizePt / 72) * opts.dpi);
  const width = mmToPx(A4_MM.width);
  const height = mmToPx(A4_MM.height);
  const margin = mmToPx(opts.marginMm);
  const lineHeight = Math.round(fontPx * LINE_SPACING);
  // a scratch context only to measure words while wrapping
  const context = new Canvas(1, 1).getContext('2d');
  context.font = `${fontPx}px ${FONT_FAMILY}`;
  return { width, height, margin, fontPx, lineHeight, textHeight: height - 2 * margin, context };
}

/** Greedy word wrap to the text width; blank lines kept as paragraph breaks. */
function wrapText(text: string, layout: Layout): Line[] {
  const maxWidth = layout.width - 2 * layout.margin;
  const lines: Line[] = [];
  for (const paragraph of text.normalize('NFC').split('\n')) {
    const words = paragraph.trim().split(/\s+/).filter(Boolean);
    // Administrative plans centre their short all-capitals titles (KẾ HOẠCH, QUYẾT ĐỊNH).
    const centred = words.length > 0 && paragraph.length <= 60 && paragraph === paragraph.toUpperCase() && /\p{L}/u.test(paragraph);
    let current = '';
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && layout.context.measureText(candidate).width > maxWidth) {
        lines.push({ text: current, centred });
        current = word;
      } else {
        current = candidate;
      }
    }
    lines.push({ text: current, centred });
  }
  return lines;
}

/** A blank line is a paragraph gap, half a line high, as in a typed document. */
function lineAdvance(line: Line, layout: Layout): number {
  return line.text === '' ? Math.round(layout.lineHeight / 2) : layout.lineHeight;
}

/** Lines to pages; a page never starts with a blank line. */
function paginateLines(lines: Line[], layout: Layout): Line[][] {
  const pages: Line[][] = [];
  let page: Line[] = [];
  let used = 0;
  for (const line of lines) {
    if (page.length === 0 && line.text === '') continue;
    if (used + lineAdvance(line, layout) > layout.textHeight) {
      pages.push(page);
      page = [];
      used = 0;
      if (line.text === '') continue;
    }
    page.push(line);
    used += lineAdvance(line, layout);
  }
  while (page.length > 0 && page.at(-1)?.text === '') page.pop();
  if (page.length > 0) pages.push(page);
  return pages;
}

async function renderPage(lines: Line[], layout: Layout, opts: RenderOptions): Promise<Buffer> {
  const grey = drawText(lines, layout, opts.rotationDegrees);
  const random = mulberry32(opts.seed);
  addSpecks(grey, layout, opts.specks, random);
  addNoise(grey, opts.noise, random);
  let image = sharp(grey, { raw: { width: layout.width, height: layout.height, channels: 1 } });
  if (opts.blur > 0) image = image.blur(Math.max(0.3, opts.blur));
  image = image.withMetadata({ density: opts.dpi });
  return opts.jpegQuality === null ? image.png().toBuffer() : image.jpeg({ quality: opts.jpegQuality }).toBuffer();
}

/** The lines drawn black on white, rotated about the page centre, as one grey byte a pixel. */
function drawText(lines: Line[], layout: Layout, rotationDegrees: number): Uint8Array {
  const canvas = new Canvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.translate(layout.width / 2, layout.height / 2);
  ctx.rotate((rotationDegrees * Math.PI) / 180);
  ctx.translate(-layout.width / 2, -layout.height / 2);
  drawLines(ctx, lines, layout);
  const rgba = canvas.data();
  const grey = new Uint8Array(layout.width * layout.height);
  for (let i = 0; i < grey.length; i++) grey[i] = rgba[i * 4] ?? 255; // drawn in greys: R = G = B
  return grey;
}

function drawLines(ctx: SKRSContext2D, lines: Line[], layout: Layout): void {
  ctx.fillStyle = '#101010';
  ctx.font = `${layout.fontPx}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'alphabetic';
  let top = layout.margin;
  for (const line of lines) {
    const x = line.centred ? (layout.width - ctx.measureText(line.text).width) / 2 : layout.margin;
    ctx.fillText(line.text, x, top + layout.fontPx);
    top += lineAdvance(line, layout);
  }
}

/**
 * A born-digital PDF of `text` (Skia's PDF backend embeds the font with a
 * ToUnicode map, so the text layer reads back as the text): the kind of page
 * that must be read directly, never OCR'd. Same layout as `renderPages`.
 */
export function renderTextPdf(text: string, options: Partial<Pick<RenderOptions, 'fontSizePt' | 'fontPath' | 'marginMm'>> = {}): Buffer {
  // at 72 dpi one pixel is one PDF point
  const layout = pageLayout(resolveOptions({ ...options, dpi: 72 }));
  const pdf = new PDFDocument({ title: 'vnplan text-layer fixture', creator: 'vnplan scripts/make-scans.ts', producer: 'Skia/PDF' });
  for (const lines of paginateLines(wrapText(text, layout), layout)) {
    drawLines(pdf.beginPage(layout.width, layout.height) as unknown as SKRSContext2D, lines, layout);
    pdf.endPage();
  }
  return pdf.close();
}

/** Small dark blobs: the dust a flatbed scanner picks up. */
function addSpecks(grey: Uint8Array, layout: Layout, count: number, random: () => number): void {
  for (let s = 0; s < count; s++) {
    const cx = Math.floor(random() * layout.width);
    const cy = Math.floor(random() * layout.height);
    const radius = 1 + random() * 2.5;
    for (let dy = -3; dy <= 3; dy++) {
      for (let dx = -3; dx <= 3; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x < 0 || y < 0 || x >= layout.width || y >= layout.height || dx * dx + dy * dy > radius * radius) continue;
        grey[y * layout.width + x] = 40 + Math.floor(random() * 60);
      }
    }
  }
}

/** Gaussian sensor noise (Box–Muller), clamped to 0–255. */
function addNoise(grey: Uint8Array, sigma: number, random: () => number): void {
  if (sigma <= 0) return;
  for (let i = 0; i < grey.length; i++) {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    grey[i] = Math.min(255, Math.max(0, Math.round((grey[i] ?? 255) + gaussian * sigma)));
  }
}

/** A small, fast, seedable PRNG: the same seed gives the same scan on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
