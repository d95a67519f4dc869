// What the review page shows of one document: every field with its value (the
// reviewer's correction laid over the extracted one), its confidence, why it
// needs a look, and the lines it was read from; the restored text with
// restoration's changes; the page images with each line's box.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestEntry } from '../batch/manifest.js';
import { PlanRecord, type Correction, type LineRange } from '../types.js';
import { correctedRecord, readReviewed, textLeaves, type FieldCorrection } from './corrections.js';
import { shownLines, sidecarPaths, SHOWN_TEXT, type CorrectionsLog, type LayoutLog } from './sidecars.js';

export interface FieldRow {
  field: string;
  label: string;
  value: string | null;
  /** The value the extractor gave, when the reviewer changed it. */
  extracted?: string | null;
  corrected: boolean;
  editable: boolean;
  /** 0–1; the record's own (`confidence`), else the OCR word confidence of its lines. */
  confidence: number | null;
  confidenceSource: 'record' | 'ocr' | null;
  /** Why a reviewer should look at it (Vietnamese); empty when nothing stands out. */
  flags: string[];
  lines: LineRange | null;
}

export interface ListItem {
  id: string;
  path: string;
  status: ManifestEntry['status'];
  error: string | null;
  format: string | null;
  pageCount: number | null;
  documentType: string | null;
  number: string | null;
  issuedDate: string | null;
  year: string | null;
  issuer: string | null;
  title: string | null;
  /** Fields flagged for review, plus the record's warnings. */
  flagged: number;
  corrected: number;
  checked: boolean;
  /** The input changed since it was reviewed. */
  sourceChanged: boolean;
}

export interface DocumentData extends ListItem {
  checkedAt: string | null;
  warnings: string[];
  fields: FieldRow[];
  /** Corrections that no longer fit the record (a re-run changed it). */
  unapplied: FieldCorrection[];
  history: FieldCorrection[];
  /** The restored text (OUT/NAME.txt), by line: all of it, or its first lines when it is huge (SHOWN_TEXT). */
  text: string[];
  /** How many lines NAME.txt has: more than `text` holds when only its first lines are shown. */
  textLines: number;
  /** OUT/NAME.txt, relative to OUT, where the whole text is. */
  textFile: string | null;
  /** The text before restoration, by line, as far as `text` goes; null when no log was written. */
  original: string[] | null;
  changes: Correction[];
  pages: LayoutLog['pages'];
}

/** Scalar contract fields a plan should have: empty means the extractor missed it or the plan lacks it. */
const EXPECTED = new Set([
  'documentType',
  'documentNumber.number',
  'documentNumber.symbol',
  'issuer.name',
  'place',
  'issuedDate',
  'title',
  'emulation.theme',
  'signer.name',
  'signer.position',
]);

/** Restoration changes below this are shown as unsure. */
const UNSURE_RESTORATION = 0.5;
/** OCR lines below this mean word confidence (0–100) are shown as poorly read. */
const POOR_OCR = 70;

export async function documentData(outDir: string, entry: ManifestEntry, id: string): Promise<DocumentData> {
  const base = listBase(entry, id);
  if ((entry.status !== 'ok' && entry.status !== 'skipped') || entry.json === null) return emptyDocument(base);
  const recordPath = join(outDir, ...entry.json.split('/'));
  const raw = JSON.parse(await readFile(recordPath, 'utf8')) as unknown;
  const extracted = PlanRecord.parse(raw);
  const reviewed = await readReviewed(recordPath);
  const { record, unapplied } = correctedRecord(extracted, reviewed);
  const { lines: text, total: textLines } = entry.text ? await readShownText(join(outDir, ...entry.text.split('/'))) : { lines: [], total: 0 };
  const paths = sidecarPaths(recordPath);
  const log = await readJson<CorrectionsLog>(paths.corrections);
  const layout = await readJson<LayoutLog>(paths.layout);
  const pages = layout?.pages ?? [];
  const lineConfidence = new Map(pages.flatMap((p) => p.lines.map((l) => [l.line, l.confidence] as const)));
  const allChanges = log?.corrections ?? [];
  const fields = fieldRows(raw, extracted, record, reviewed?.corrections ?? [], allChanges, lineConfidence);
  const flagged = fields.filter((f) => f.flags.length > 0).length + record.warnings.length;
  return {
    ...base,
    ...summaryOf(record),
    flagged,
    corrected: fields.filter((f) => f.corrected).length,
    checked: reviewed?.checked ?? false,
    checkedAt: reviewed?.checkedAt ?? null,
    sourceChanged: reviewed !== null && reviewed.sourceSha256 !== null && reviewed.sourceSha256 !== entry.sha256,
    warnings: record.warnings,
    fields,
    unapplied,
    history: reviewed?.corrections ?? [],
    text,
    textLines,
    textFile: entry.text,
    original: log ? originalText(text, log) : null,
    changes: textLines > text.length ? allChanges.filter((c) => c.line <= text.length) : allChanges,
    pages,
  };
}

export function listItem(data: DocumentData): ListItem {
  const { id, path, status, error, format, pageCount, documentType, number, issuedDate, year, issuer, title, flagged, corrected, checked, sourceChanged } = data;
  return { id, path, status, error, format, pageCount, documentType, number, issuedDate, year, issuer, title, flagged, corrected, checked, sourceChanged };
}

function listBase(entry: ManifestEntry, id: string): ListItem {
  return {
    id,
    path: entry.path,
    status: entry.status,
    error: entry.error,
    format: entry.format,
    pageCount: entry.pages,
    documentType: null,
    number: null,
    issuedDate: null,
    year: null,
    issuer: null,
    title: null,
    flagged: 0,
    corrected: 0,
    checked: false,
    sourceChanged: false,
  };
}

function emptyDocument(base: ListItem): DocumentData {
  return { ...base, checkedAt: null, warnings: [], fields: [], unapplied: [], history: [], text: [], textLines: 0, textFile: null, original: null, changes: [], pages: [] };
}

/**
 * NAME.txt's first lines (shownLines) and its line count, read as a stream:
 * a huge text is never whole in memory. An unreadable file shows as empty.
 */
async function readShownText(path: string): Promise<{ lines: string[]; total: number }> {
  let head = '';
  let headDone = false;
  let newlines = 0;
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
      for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) newlines++;
      if (headDone) continue;
      head += chunk;
      // enough once past the shown characters and the end of the line that crosses them
      headDone = head.length > SHOWN_TEXT.chars && head.indexOf('\n', SHOWN_TEXT.chars) >= 0;
    }
  } catch {
    return { lines: [''], total: 1 };
  }
  return { lines: shownLines(head), total: newlines + 1 };
}

/** The shown lines as read before restoration: NAME.txt's, but where the log keeps the line as it was read. */
function originalText(text: string[], log: CorrectionsLog): string[] {
  const original = [...text];
  // a log of an earlier version has no originalLines (its whole `original` is not read: the next run rewrites it)
  for (const { line, text: before } of log.originalLines ?? []) if (line <= original.length) original[line - 1] = before;
  return original;
}

function summaryOf(record: PlanRecord): Pick<ListItem, 'documentType' | 'number' | 'issuedDate' | 'year' | 'issuer' | 'title'> {
  const { number, symbol, text } = record.documentNumber;
  return {
    documentType: record.documentType,
    number: number !== null || symbol !== null ? [number, symbol].filter((v) => v !== null).join('/') : text,
    issuedDate: record.issuedDate,
    year: record.issuedDate?.slice(0, 4) ?? null,
    issuer: record.issuer.name,
    title: record.title,
  };
}

function fieldRows(
  raw: unknown,
  extracted: PlanRecord,
  record: PlanRecord,
  corrections: FieldCorrection[],
  changes: Correction[],
  lineConfidence: Map<number, number>,
): FieldRow[] {
  const correctedFields = new Set(corrections.map((c) => c.field));
  const extractedValues = new Map(textLeaves(extracted).map((l) => [l.field, l.value]));
  const rows: FieldRow[] = textLeaves(record).map(({ field, value }) => {
    const lines = provenanceOf(record.provenance, field);
    const own = recordReview(raw, field);
    const ocr = lines ? meanOver(lines, lineConfidence) : null;
    const corrected = correctedFields.has(field) && extractedValues.get(field) !== value;
    const flags = new Set<string>();
    if (!corrected) {
      if (value === null && EXPECTED.has(field)) flags.add('không tìm thấy');
      for (const flag of own.flags) flags.add(flag);
      if (own.confidence === null && ocr !== null && ocr < POOR_OCR) flags.add('OCR đọc kém');
      if (lines && changes.some((c) => c.line >= lines.from && c.line <= lines.to && c.confidence < UNSURE_RESTORATION)) {
        flags.add('khôi phục dấu chưa chắc');
      }
    }
    return {
      field,
      label: fieldLabel(field),
      value,
      ...(corrected ? { extracted: extractedValues.get(field) ?? null } : {}),
      corrected,
      editable: true,
      confidence: own.confidence ?? (ocr === null ? null : Math.round(ocr) / 100),
      confidenceSource: own.confidence !== null ? 'record' : ocr !== null ? 'ocr' : null,
      flags: [...flags],
      lines,
    };
  });
  // list fields the document did not yield have no leaf to show: one row each
  for (const missing of record.missingFields) {
    if (rows.some((r) => r.field === missing || r.field.startsWith(`${missing}.`))) continue;
    rows.push({ field: missing, label: fieldLabel(missing), value: null, corrected: false, editable: false, confidence: null, confidenceSource: null, flags: ['không tìm thấy'], lines: null });
  }
  return rows;
}

/** The line range of a field, or of the nearest part of the record it belongs to (`signer.name` -> `signer`). */
function provenanceOf(provenance: Record<string, LineRange>, field: string): LineRange | null {
  const keys = field.split('.');
  for (let n = keys.length; n > 0; n--) {
    const range = provenance[keys.slice(0, n).join('.')];
    if (range) return range;
  }
  return null;
}

function meanOver(lines: LineRange, confidence: Map<number, number>): number | null {
  const values: number[] = [];
  for (let line = lines.from; line <= lines.to; line++) {
    const value = confidence.get(line);
    if (value !== undefined) values.push(value);
  }
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** The record's own review reasons (`review[].reason`), in Vietnamese. */
const REASONS: Record<string, string> = {
  handwritten: 'viết tay',
  'low OCR confidence': 'OCR đọc kém',
  'low-confidence restoration': 'khôi phục dấu chưa chắc',
  'under a stamp': 'bị dấu che',
  guessed: 'suy đoán',
  unreadable: 'không đọc được',
};

/** A review reason of the record in Vietnamese (summary.csv's "Cần kiểm tra" says the same). */
export function reviewReasonLabel(reason: string): string {
  return REASONS[reason] ?? reason;
}

/**
 * What the record itself says of a field: `confidence` (field path -> 0–1) and
 * `review` ([{field, reason, detail}]), for the field or the part of the record
 * it belongs to. Read from the raw JSON, leniently: whatever is missing or
 * shaped otherwise counts as nothing said.
 */
function recordReview(raw: unknown, field: string): { confidence: number | null; flags: string[] } {
  const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const prefixes = field.split('.').map((_, i, keys) => keys.slice(0, keys.length - i).join('.'));
  const confidences = record.confidence !== null && typeof record.confidence === 'object' ? (record.confidence as Record<string, unknown>) : {};
  const confidence = prefixes.map((p) => confidences[p]).find((v): v is number => typeof v === 'number') ?? null;
  const items = Array.isArray(record.review) ? (record.review as unknown[]) : [];
  const flags = items.flatMap((item) => {
    if (item === null || typeof item !== 'object') return [];
    const { field: about, reason, detail } = item as Record<string, unknown>;
    if (typeof about !== 'string' || !prefixes.includes(about) || typeof reason !== 'string') return [];
    return [`${reviewReasonLabel(reason)}${typeof detail === 'string' && detail ? ` (${detail})` : ''}`];
  });
  return { confidence, flags };
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

const LABELS: Record<string, string> = {
  documentType: 'Loại văn bản',
  // whole parts, as the confidence stage's review list names them
  documentNumber: 'Số, ký hiệu',
  issuer: 'Cơ quan ban hành',
  signer: 'Người ký',
  'emulation.period': 'Thời gian thi đua',
  'documentNumber.number': 'Số',
  'documentNumber.symbol': 'Ký hiệu',
  'documentNumber.text': 'Số, ký hiệu (nguyên văn)',
  'issuer.name': 'Cơ quan ban hành',
  'issuer.level': 'Cấp hành chính',
  'issuer.locality': 'Địa bàn',
  place: 'Địa danh',
  issuedDate: 'Ngày ban hành',
  title: 'Trích yếu',
  legalBases: 'Căn cứ {n}',
  'legalBases.documentType': 'Căn cứ {n}: loại',
  'legalBases.number': 'Căn cứ {n}: số',
  'legalBases.date': 'Căn cứ {n}: ngày',
  'legalBases.issuer': 'Căn cứ {n}: cơ quan',
  'legalBases.subject': 'Căn cứ {n}: trích yếu',
  'emulation.theme': 'Chủ đề thi đua',
  'emulation.period.from': 'Thi đua từ',
  'emulation.period.to': 'Thi đua đến',
  objectives: 'Mục tiêu {n}',
  targets: 'Đối tượng thi đua {n}',
  'targets.group': 'Đối tượng {n}',
  'targets.description': 'Đối tượng {n}: mô tả',
  awardForms: 'Hình thức khen thưởng {n}',
  'awardForms.form': 'Khen thưởng {n}',
  'awardForms.grantedBy': 'Khen thưởng {n}: cấp khen',
  'signer.name': 'Người ký',
  'signer.position': 'Chức vụ người ký',
  'signer.authority': 'Thẩm quyền ký',
  recipients: 'Nơi nhận {n}',
  sections: 'Mục {n}',
  'sections.number': 'Mục {n}: số',
  'sections.title': 'Mục {n}: tên',
};

/** Vietnamese label of a field path; list items are numbered from 1. */
export function fieldLabel(field: string): string {
  const parts = field.split('.');
  const index = parts.find((p) => /^\d+$/.test(p));
  const key = parts.filter((p) => !/^\d+$/.test(p)).join('.');
  const label = LABELS[key] ?? field;
  return index === undefined ? label.replace(' {n}', '') : label.replace('{n}', String(Number(index) + 1));
}
