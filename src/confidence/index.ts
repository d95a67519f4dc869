// Stage after extraction: how far each field of the record can be trusted,
// and what a person should check. A field's confidence comes from the lines it
// was read from (its provenance): the OCR word confidences on them and the
// confidence of every restoration correction made on them. Coloured ink found
// on the page (ink.ts) says where a value was written by hand or lies under a
// seal. A value read from handwriting, or from lines OCR could not read, is
// dropped (null) with its reason: a wrong value is worse than an empty one.
import { unionOf } from '../boxes.js';
import { stripMarks } from '../marks.js';
import { wordsByLine } from '../ocr/index.js';
import { lineCount } from '../text-lines.js';
import type { Box, DocumentText, InkMark, OcrWord, PageText, PlanRecord, RestoredText, ReviewItem } from '../types.js';

/** Field confidence under this is flagged `low OCR confidence`. */
const LOW_OCR = 0.75;
/** Field lines read with less OCR confidence than this are unreadable: the value is dropped. */
const UNREADABLE_OCR = 0.45;
/**
 * The same for the digits of a number or date, judged by their weakest word:
 * tesseract's dictionary-driven confidence is low (30–60) even on a right
 * `66/KH-UBND`, and near 0 on a misread one.
 */
const UNREADABLE_DIGITS = 0.25;
/** A restoration correction under this confidence flags the field. */
const LOW_RESTORATION = 0.6;
/** A mark this close to a line (share of the page height) is on it: handwriting sits a little above or below the print. */
const MARK_REACH = 0.01;

/** What is known of one line of the document's text. */
interface LineFacts {
  page: number;
  words: OcrWord[];
  /** Line box in page fractions; null for lines that were not OCR'd. */
  box: Box | null;
  /** Pixel size of the page image the words' boxes refer to. */
  size: { width: number; height: number } | null;
}

/** Fields a short value of which one wrong character makes wrong: judged by their weakest word, not the mean. */
const EXACT_FIELDS = new Set(['documentNumber', 'issuedDate', 'place']);
/**
 * Pages below this resolution (of the sheet, not the header's) are read by
 * guesswork: a 13 pt letter is 4–6 pixels high at 51–85 dpi, and tesseract is
 * sure of wrong marks there (`Lục` read `Lực` at 96).
 */
const MIN_READABLE_DPI = 100;
/** Fields an office writes in by hand at registration: read from handwriting, they are dropped. */
const WRITTEN_IN = new Set(['documentNumber', 'issuedDate']);
/** Fields dropped (set to null) when unreadable or handwritten; lists keep their items and are only flagged. */
const DROPPABLE = new Set(['documentNumber', 'place', 'issuedDate', 'title', 'signer']);

export function reviewRecord(record: PlanRecord, document: DocumentText, restored: RestoredText): PlanRecord {
  const lines = new DocumentLines(document);
  const marks = document.pages.flatMap((page) => (page.inkMarks ?? []).map((mark) => ({ page: page.pageNumber, mark })));
  const review: ReviewItem[] = [];
  const confidence: Record<string, number> = {};
  const out: PlanRecord = structuredClone(record);

  for (const [field, range] of Object.entries(record.provenance)) {
    const fieldLines = lines.range(range.from, range.to);
    const exact = EXACT_FIELDS.has(field);
    const lineWords = fieldLines.flatMap((l) => l.words);
    const words = field === 'place' ? placeWords(lineWords) : lineWords;
    const ocr = ocrConfidence(words, exact);
    const corrections = restored.corrections.filter((c) => c.line >= range.from && c.line <= range.to);
    const restoration = Math.min(1, ...corrections.map((c) => c.confidence));
    confidence[field] = round2((ocr ?? 1) * restoration);
    const flag = (reason: ReviewItem['reason'], detail?: string): void => {
      if (review.some((r) => r.field === field && r.reason === reason)) return;
      review.push(detail === undefined ? { field, reason } : { field, reason, detail });
    };
    const near = marksOn(fieldLines, marks);
    const handwriting = near.filter((m) => m.kind === 'handwriting');
    // the place shares its line with the date, whose day is the part written in
    if (handwriting.length > 0 && field !== 'place') {
      flag('handwritten', 'pen on these lines: check the value against the paper');
      if (WRITTEN_IN.has(field)) {
        confidence[field] = 0;
        dropHandwritten(out, field, fieldLines, handwriting);
      } else confidence[field] = round2(confidence[field]! / 2);
    }
    if (near.some((m) => m.kind === 'stamp')) flag('under a stamp');
    const readElsewhere = field === 'place' && sameNameReadWell(out.place, out.issuer.locality, record.provenance.issuer, lines);
    if (ocr !== null && ocr < (exact ? UNREADABLE_DIGITS : UNREADABLE_OCR) && DROPPABLE.has(field) && !readElsewhere) {
      flag('unreadable', `OCR confidence ${Math.round(ocr * 100)} of 100 on lines ${range.from}–${range.to}`);
      setNull(out, field);
    } else if (ocr !== null && ocr < LOW_OCR) {
      flag('low OCR confidence', `${Math.round(ocr * 100)} of 100`);
    }
    const coarse = lowResolution(document, fieldLines);
    if (coarse) {
      flag('low OCR confidence', `page ${coarse.pageNumber} is ${coarse.dpi} dpi: letters too small to read reliably`);
      confidence[field] = round2(confidence[field]! * (coarse.dpi! / MIN_READABLE_DPI) ** 2);
    }
    const weakest = corrections.find((c) => c.confidence < LOW_RESTORATION);
    if (weakest) flag('low-confidence restoration', `"${weakest.from}" → "${weakest.to}" (${weakest.confidence})`);
  }
  if (gluedOrgans(out.issuer.name)) {
    review.push({ field: 'issuer', reason: 'guessed', detail: `"${out.issuer.name}" joins two organ lines of the letterhead (superior organ over the issuing one)` });
    out.issuer = { name: null, level: null, locality: null };
    confidence.issuer = 0;
  }
  for (const warning of record.warnings) {
    if (/read from the body/.test(warning)) review.push({ field: 'documentType', reason: 'guessed', detail: warning });
    // What extraction doubts in a text restored without marks: a name's spelling, a symbol's D, a cited issuer it cut or emptied;
    // and in any text, a date its own numbers contradict or a cited date that reads as none.
    const doubted = /^(signer\.(?:name|authority)|documentNumber|issuedDate|legalBases\.\d+\.(?:number|issuer|date)): /u.exec(warning)?.[1];
    if (doubted) review.push({ field: doubted, reason: 'guessed', detail: warning });
  }
  const pageWarnings = (document.warnings ?? []).filter((w) => !out.warnings.includes(w));
  const dropped = DROPPABLE_PATHS.filter((path) => valueAt(out, path) === null && !out.missingFields.includes(path));
  return {
    ...out,
    missingFields: [...out.missingFields, ...dropped],
    warnings: [...out.warnings, ...pageWarnings],
    source: out.source && {
      ...out.source,
      reread: document.pages.flatMap((p) => (p.textLayerRejected ? [{ page: p.pageNumber, reason: p.textLayerRejected }] : [])),
      inkMarks: marks.map(({ page, mark }) => ({ page, kind: mark.kind, colour: mark.colour })),
    },
    review,
    confidence,
  };
}

/**
 * The lines of `document.text` (the pages joined by a blank line), whose facts
 * are made for the lines a field was read from only: a text file of a million
 * lines holds one entry per page here, not an object per line.
 */
class DocumentLines {
  /** Per page, in order: its first line's index in the document, and its words by line (OCR'd pages). */
  readonly #pages: { first: number; page: PageText; byLine: OcrWord[][] | null }[] = [];
  readonly length: number;

  constructor(document: DocumentText) {
    let first = 0;
    document.pages.forEach((page, i) => {
      if (i > 0) first++; // the blank line between pages
      const byLine = page.words && page.imageSize ? wordsByLine(page.text, page.words) : null;
      this.#pages.push({ first, page, byLine });
      first += page.utf8?.lineCount() ?? lineCount(page.text);
    });
    this.length = first;
  }

  /** Facts of lines `from`…`to` (1-based, inclusive), as `Array.slice(from - 1, to)` would give them. */
  range(from: number, to: number): LineFacts[] {
    const facts: LineFacts[] = [];
    for (let index = sliceIndex(from - 1, this.length); index < sliceIndex(to, this.length); index++) facts.push(this.#facts(index));
    return facts;
  }

  #facts(index: number): LineFacts {
    // the blank line before a page (index first - 1) is the page's, with no words and no image
    let at = this.#pages.length - 1;
    while (at > 0 && this.#pages[at]!.first - 1 > index) at--;
    const { first, page, byLine } = this.#pages[at]!;
    if (index < first) return { page: page.pageNumber, words: [], box: null, size: null };
    const words = byLine?.[index - first] ?? [];
    const size = page.imageSize ?? null;
    return { page: page.pageNumber, words, box: size ? unionBox(words, size) : null, size };
  }
}

/** An index as Array.slice reads it: negative from the end, clamped to the array. */
function sliceIndex(index: number, length: number): number {
  return index < 0 ? Math.max(0, length + index) : Math.min(index, length);
}

function unionBox(words: OcrWord[], size: { width: number; height: number }): Box | null {
  const boxes = words.flatMap((w) => (w.bbox ? [w.bbox] : []));
  if (boxes.length === 0) return null;
  const union = unionOf(boxes);
  return { x0: union.x0 / size.width, y0: union.y0 / size.height, x1: union.x1 / size.width, y1: union.y1 / size.height };
}

/**
 * 0–1: the words' confidence weighted by length, or for exact fields the
 * weakest word holding a digit (the number, the day); null when nothing was OCR'd.
 */
function ocrConfidence(words: OcrWord[], exact: boolean): number | null {
  if (words.length === 0) return null;
  const digits = words.filter((w) => /\d/.test(w.text));
  if (exact) return Math.min(...(digits.length > 0 ? digits : words).map((w) => w.confidence)) / 100;
  let sum = 0;
  let length = 0;
  for (const w of words) {
    sum += w.confidence * w.text.length;
    length += w.text.length;
  }
  return length === 0 ? null : sum / length / 100;
}

/**
 * The place shares its line with the date (`Lục Ba, ngày 22 tháng 01 năm
 * 2024`): its own words are those before `ngày`, not the date's, whose words
 * next to a day written in by hand are read poorly. Without a `ngày` OCR could
 * read, the words without digits.
 */
function placeWords(words: OcrWord[]): OcrWord[] {
  const day = words.findIndex((w) => /^ngay$/iu.test(stripMarks(w.text)));
  return day > 0 ? words.slice(0, day) : words.filter((w) => !/\d/.test(w.text));
}

/**
 * Whether the place is the issuer's locality as the letterhead spells it, read
 * there with good confidence (địa danh is where the issuing organ sits, NĐ
 * 30/2020): its own words may be weak only because OCR glued them to the
 * date's (`LụcBa,ngày` beside the blank left for the day), and the letterhead
 * vouches for them.
 */
function sameNameReadWell(place: string | null, locality: string | null, issuer: { from: number; to: number } | undefined, lines: DocumentLines): boolean {
  if (place === null || place !== locality || issuer === undefined) return false;
  const ocr = ocrConfidence(lines.range(issuer.from, issuer.to).flatMap((l) => l.words), false);
  return ocr !== null && ocr >= LOW_OCR;
}

/** The first OCR'd page of these lines scanned below MIN_READABLE_DPI, if any. */
function lowResolution(document: DocumentText, lines: LineFacts[]): PageText | undefined {
  const pages = new Set(lines.filter((l) => l.words.length > 0).map((l) => l.page));
  return document.pages.find((p) => pages.has(p.pageNumber) && p.method === 'ocr' && p.dpi !== null && p.dpi < MIN_READABLE_DPI);
}

function marksOn(lines: LineFacts[], marks: { page: number; mark: InkMark }[]): InkMark[] {
  return marks
    .filter(({ page, mark }) => lines.some((line) => line.page === page && line.box !== null && overlaps(line.box, mark.box)))
    .map(({ mark }) => mark);
}

function overlaps(line: Box, mark: Box): boolean {
  return line.x0 < mark.x1 && mark.x0 < line.x1 && line.y0 - MARK_REACH < mark.y1 && mark.y0 < line.y1 + MARK_REACH;
}

/**
 * A value on lines with handwriting is not trusted: the number is dropped; of
 * a date only what is printed left of the pen is kept (the year, and the month
 * when the pen stops before "tháng").
 */
function dropHandwritten(record: PlanRecord, field: string, lines: LineFacts[], handwriting: InkMark[]): void {
  if (field === 'documentNumber') {
    record.documentNumber = { ...record.documentNumber, number: null, text: record.documentNumber.symbol ? `/${record.documentNumber.symbol}` : null };
    return;
  }
  if (field !== 'issuedDate' || record.issuedDate === null) return;
  // the end of the printed "tháng" in page fractions: pen past it has written the month too
  const line = lines.find((l) => l.size !== null && l.words.some((w) => /^tháng$/iu.test(w.text)));
  const month = line?.words.find((w) => /^tháng$/iu.test(w.text));
  const monthEnd = line?.size && month?.bbox ? month.bbox.x1 / line.size.width : null;
  const penPastMonth = monthEnd === null || handwriting.some((m) => m.box.x1 > monthEnd);
  record.issuedDate = penPastMonth ? record.issuedDate.slice(0, 4) : record.issuedDate.slice(0, 7);
}

/**
 * An issuer name whose opening words come again later in it (`Ủy ban nhân dân
 * huyện X Ủy ban nhân dân xã Y`): the superior organ's line (cơ quan chủ quản,
 * NĐ 30 Phụ lục I) was read together with the issuing organ's.
 */
function gluedOrgans(name: string | null): boolean {
  if (name === null) return false;
  const words = stripMarks(name).toLowerCase().split(/\s+/);
  const head = words.slice(0, 3).join(' ');
  return words.length > 6 && words.slice(3).join(' ').includes(head);
}

/** Contract paths (FORMAT.md) this stage may empty. */
const DROPPABLE_PATHS = [
  'documentNumber.text', 'issuer.name', 'issuer.level', 'issuer.locality', 'place', 'issuedDate', 'title',
  'signer.name', 'signer.position', 'signer.authority',
];

function valueAt(record: PlanRecord, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], record);
}

function setNull(record: PlanRecord, field: string): void {
  if (field === 'documentNumber') record.documentNumber = { number: null, symbol: null, text: null };
  else if (field === 'signer') record.signer = { name: null, position: null, authority: null };
  else if (field === 'place') record.place = null;
  else if (field === 'issuedDate') record.issuedDate = null;
  else if (field === 'title') record.title = null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
