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
  /** A photocopy scanned: grey toner haze and weak contrast (PHOTOCOPY_HAZE) under the scanner's faults (default false). */
  photocopy: boolean;
}

/** A photocopier's toner haze: contrast `multiplier`, paper greyed by `offset` (sharp's linear). */
export const PHOTOCOPY_HAZE = { multiplier: 0.7, offset: 45 } as const;

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
  photocopy: false,
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
  // the copy is made before it is scanned: the haze lies under the scanner's dust and noise
  if (opts.photocopy) for (let i = 0; i < grey.length; i++) grey[i] = Math.round(grey[i]! * PHOTOCOPY_HAZE.multiplier + PHOTOCOPY_HAZE.offset);
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

// ---------------------------------------------------------------------------
// Real paper: one page laid out as NĐ 30/2020 Phụ lục I lays out an
// administrative document — the two-column letterhead (organ block left,
// national motto and place-date right), the centred title, the body, and the
// closing in two columns (recipients left, signer right) — in colour, with
// what offices add by hand: the red round seal over the signer block, a blue
// signature, and the number and day written in at registration.
//
// Handwriting is drawn by the generator: an oblique sans (DejaVu Sans Oblique,
// Debian package fonts-dejavu-core) with each letter jittered in size, slant
// and baseline, in ballpoint blue.

export interface LetterSpec {
  /** Left column of the letterhead: superior organ, issuing organ. */
  organ: [string, string];
  /** Right column: the national motto's two lines. */
  motto: [string, string];
  /** Number and symbol (`66/KH-UBND`); the number part is handwritten when `handwritten` is set. */
  number: string;
  symbol: string;
  place: string;
  /** Day, month, year of the place-date line. */
  date: [string, string, string];
  /** Centred title lines (the type heading first). */
  title: string[];
  body: string[];
  recipients: string[];
  /** Authority (TM. …), position, and the signer's name below the signature space. */
  signer: [string, string, string];
}

export interface PaperFaults {
  /** Red round seal over the signer block. */
  stamp: boolean;
  /** Blue signature above the signer's name. */
  signature: boolean;
  /** The number and the day are blank in print and written in by hand. */
  handwrittenNumberAndDate: boolean;
}

const HAND_FONT_CANDIDATES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf'];
const BOLD_FONT_CANDIDATES = ['/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'];
const HAND_FAMILY = 'VnplanHand';
const BOLD_FAMILY = 'VnplanScanSerifBold';
const INK_BLUE = 'rgb(28, 48, 170)';
const SEAL_RED = 'rgb(214, 36, 44)';

/**
 * The text of a letter as a reader takes it in, column by column: the organ
 * block, the motto and place-date, the title, the body, the recipients, the
 * signer. Handwritten parts are left out (they are not print).
 */
export function letterText(spec: LetterSpec, faults: Pick<PaperFaults, 'handwrittenNumberAndDate'>): string {
  const hand = faults.handwrittenNumberAndDate;
  const [day, month, year] = spec.date;
  return [
    ...spec.organ,
    `Số: ${hand ? '' : spec.number}/${spec.symbol}`,
    ...spec.motto,
    `${spec.place}, ngày ${hand ? '' : day} tháng ${month} năm ${year}`,
    ...spec.title,
    ...spec.body,
    ...spec.recipients,
    ...spec.signer,
  ]
    .join('\n')
    .replace(/ {2,}/g, ' ');
}

/** One A4 page, RGB PNG at `dpi`, with the faults asked for; deterministic for `seed`. */
export async function renderLetter(spec: LetterSpec, faults: PaperFaults, options: Partial<RenderOptions> = {}): Promise<Buffer> {
  const opts = resolveOptions(options);
  const layout = pageLayout(opts);
  GlobalFonts.registerFromPath(findIn(BOLD_FONT_CANDIDATES), BOLD_FAMILY);
  GlobalFonts.registerFromPath(findIn(HAND_FONT_CANDIDATES), HAND_FAMILY);
  const random = mulberry32(opts.seed);
  const canvas = new Canvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.translate(layout.width / 2, layout.height / 2);
  ctx.rotate((opts.rotationDegrees * Math.PI) / 180);
  ctx.translate(-layout.width / 2, -layout.height / 2);

  const mm = (v: number): number => (v / 25.4) * opts.dpi;
  const pt = (v: number): number => (v / 72) * opts.dpi;
  const left = mm(30);
  const right = layout.width - mm(15);
  const leftCentre = left + (right - left) * 0.2;
  const rightCentre = left + (right - left) * 0.68;
  const line = pt(13) * LINE_SPACING;
  const font = (size: number, bold = false): string => `${pt(size)}px ${bold ? BOLD_FAMILY : FONT_FAMILY}`;
  const centred = (text: string, x: number, y: number, size: number, bold = false): number => {
    ctx.font = font(size, bold);
    const width = ctx.measureText(text).width;
    ctx.fillText(text, x - width / 2, y);
    return x - width / 2;
  };
  ctx.fillStyle = '#101010';
  ctx.textBaseline = 'alphabetic';

  // letterhead
  let y = mm(20) + pt(12);
  centred(spec.organ[0], leftCentre, y, 12);
  centred(spec.motto[0], rightCentre, y, 12, true);
  y += line;
  centred(spec.organ[1], leftCentre, y, 12, true);
  centred(spec.motto[1], rightCentre, y, 13, true);
  y += line * 1.5;
  const hand = faults.handwrittenNumberAndDate;
  const blank = '          ';
  const numberLine = `Số: ${hand ? blank : spec.number}/${spec.symbol}`;
  const numberX = centred(numberLine, leftCentre, y, 13);
  const [day, month, year] = spec.date;
  const dateLine = `${spec.place}, ngày ${hand ? blank : day} tháng ${month} năm ${year}`;
  ctx.font = `italic ${font(13)}`;
  const dateX = centred(dateLine, rightCentre, y, 13);
  if (hand) {
    ctx.font = font(13);
    const numberAt = numberX + ctx.measureText('Số: ').width + pt(4);
    const dayAt = dateX + ctx.measureText(`${spec.place}, ngày `).width + pt(6);
    handwrite(ctx, spec.number, numberAt, y, pt(17), random);
    handwrite(ctx, day, dayAt, y, pt(17), random);
    ctx.fillStyle = '#101010';
  }

  // title and body
  y += line * 2;
  spec.title.forEach((text, i) => {
    centred(text, layout.width / 2, y, 13, i === 0);
    y += line;
  });
  y += line / 2;
  ctx.font = font(13);
  const bodyWidth = right - left;
  for (const paragraph of spec.body) {
    let current = '';
    for (const word of paragraph.split(/\s+/)) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && ctx.measureText(candidate).width > bodyWidth) {
        ctx.fillText(current, left, y);
        y += line;
        current = word;
      } else current = candidate;
    }
    ctx.fillText(current, left, y);
    y += line * 1.2;
  }

  // closing: recipients left, signer right
  y += line / 2;
  const closingTop = y;
  ctx.font = `italic ${font(12, true)}`;
  spec.recipients.forEach((text, i) => {
    ctx.font = i === 0 ? `italic ${font(12, true)}` : font(11);
    ctx.fillText(text, left, y);
    y += pt(11) * LINE_SPACING;
  });
  const signerCentre = left + bodyWidth * 0.72;
  let sy = closingTop;
  centred(spec.signer[0], signerCentre, sy, 13, true);
  sy += line;
  centred(spec.signer[1], signerCentre, sy, 13, true);
  const signatureTop = sy + line * 0.4;
  sy += line * 4.5;
  centred(spec.signer[2], signerCentre, sy, 13, true);

  // what the office adds: multiply, as ink on paper — black print under it stays black
  ctx.globalCompositeOperation = 'multiply';
  if (faults.signature) signature(ctx, signerCentre, signatureTop + line * 1.4, mm(40), random);
  if (faults.stamp) seal(ctx, signerCentre - mm(16), closingTop + line * 1.8, mm(19), `${spec.organ[1]} * ${spec.organ[0]} *`, opts.dpi);
  ctx.globalCompositeOperation = 'source-over';

  const rgb = canvas.data();
  const pixels = new Uint8Array(layout.width * layout.height * 3);
  for (let i = 0; i < layout.width * layout.height; i++) {
    pixels[i * 3] = rgb[i * 4]!;
    pixels[i * 3 + 1] = rgb[i * 4 + 1]!;
    pixels[i * 3 + 2] = rgb[i * 4 + 2]!;
  }
  addColourNoise(pixels, opts.noise, random);
  let image = sharp(pixels, { raw: { width: layout.width, height: layout.height, channels: 3 } });
  if (opts.blur > 0) image = image.blur(Math.max(0.3, opts.blur));
  return image.withMetadata({ density: opts.dpi }).png().toBuffer();
}

function findIn(candidates: string[]): string {
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`no font found; apt-get install -y fonts-liberation2 fonts-dejavu-core (looked in ${candidates.join(', ')})`);
  return found;
}

/** Digits in ballpoint blue, each one jittered: size, slant, baseline. */
function handwrite(ctx: SKRSContext2D, text: string, x: number, baseline: number, size: number, random: () => number): void {
  ctx.fillStyle = INK_BLUE;
  let at = x;
  for (const ch of text) {
    const s = size * (0.9 + random() * 0.3);
    ctx.save();
    ctx.translate(at, baseline - size * 0.1 + (random() - 0.5) * size * 0.15);
    ctx.rotate((random() - 0.5) * 0.25);
    ctx.font = `${s}px ${HAND_FAMILY}`;
    ctx.fillText(ch, 0, 0);
    at += ctx.measureText(ch).width * (0.85 + random() * 0.25);
    ctx.restore();
  }
}

/** A looping pen scribble `width` wide, the shape of a signature. */
function signature(ctx: SKRSContext2D, centre: number, baseline: number, width: number, random: () => number): void {
  ctx.strokeStyle = INK_BLUE;
  ctx.lineWidth = width / 90;
  ctx.lineCap = 'round';
  ctx.beginPath();
  let x = centre - width / 2;
  ctx.moveTo(x, baseline);
  const loops = 6;
  for (let i = 0; i < loops; i++) {
    const step = width / loops;
    const h = width * (0.12 + random() * 0.18);
    ctx.bezierCurveTo(x + step * 0.2, baseline - h, x + step * 0.9, baseline - h * 0.8, x + step * 0.5, baseline);
    ctx.bezierCurveTo(x + step * 0.3, baseline + h * 0.4, x + step * 1.1, baseline + h * 0.2, x + step, baseline - h * 0.1);
    x += step;
  }
  ctx.moveTo(centre - width * 0.55, baseline + width * 0.08);
  ctx.quadraticCurveTo(centre, baseline - width * 0.02, centre + width * 0.5, baseline + width * 0.05);
  ctx.stroke();
}

/** The round seal: two rings, the organ's name round the rim, a star in the middle. */
function seal(ctx: SKRSContext2D, cx: number, cy: number, radius: number, rim: string, dpi: number): void {
  ctx.strokeStyle = SEAL_RED;
  ctx.fillStyle = SEAL_RED;
  ctx.globalAlpha = 0.85;
  ctx.lineWidth = radius * 0.05;
  for (const r of [radius, radius * 0.68]) {
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.stroke();
  }
  const chars = [...rim.toUpperCase()];
  ctx.font = `${(9 / 72) * dpi}px ${BOLD_FAMILY}`;
  chars.forEach((ch, i) => {
    const angle = -Math.PI / 2 + (i / chars.length) * Math.PI * 2;
    ctx.save();
    ctx.translate(cx + Math.cos(angle) * radius * 0.82, cy + Math.sin(angle) * radius * 0.82);
    ctx.rotate(angle + Math.PI / 2);
    ctx.fillText(ch, -ctx.measureText(ch).width / 2, radius * 0.05);
    ctx.restore();
  });
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? radius * 0.35 : radius * 0.14;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    const px = cx + Math.cos(angle) * r;
    const py = cy + Math.sin(angle) * r;
    if (k === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.fill();
  ctx.globalAlpha = 1;
}

function addColourNoise(pixels: Uint8Array, sigma: number, random: () => number): void {
  if (sigma <= 0) return;
  for (let i = 0; i < pixels.length; i += 3) {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()) * sigma;
    for (let c = 0; c < 3; c++) pixels[i + c] = Math.min(255, Math.max(0, Math.round(pixels[i + c]! + gaussian)));
  }
}
