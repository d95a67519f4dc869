// OUT/summary.csv: one row per document, with the archive description fields of
// Thông tư 02/2019/TT-BNV (Phụ lục I, thông tin đầu vào của văn bản) that the
// extractor yields, then the plan's own columns.
import type { PlanRecord } from '../types.js';
import { applyCorrections, type Reviewed } from '../review/corrections.js';
import { toCsv, type CsvValue } from './csv.js';
import { toCheckCell } from './to-check.js';

export const SUMMARY_CSV_NAME = 'summary.csv';

export const SUMMARY_HEADER = [
  'Tệp',
  'Tên loại văn bản',
  'Số của văn bản',
  'Ký hiệu của văn bản',
  'Ngày, tháng, năm văn bản',
  'Trích yếu nội dung',
  'Tên cơ quan, tổ chức ban hành văn bản',
  'Người ký',
  'Số trang',
  'Ngôn ngữ',
  'Mức độ tin cậy (độ tin cậy OCR, %)',
  'Ghi chú',
  'Số căn cứ pháp lý',
  'Chủ đề thi đua',
  'Thời gian thi đua',
  'Hình thức khen thưởng',
  // the archivist checked the document on the review page (vnplan review OUT --serve)
  'Đã kiểm tra',
  // fields to check against the paper, with why (record.review): handwritten, under a stamp, low OCR confidence…
  'Cần kiểm tra',
] as const;

/** The pipeline reads Vietnamese only (OCR model `vie`, Vietnamese dictionaries). */
const LANGUAGE = 'Tiếng Việt';

/** The row of a record, with the reviewer's corrections (NAME.reviewed.json) when there are any. */
export function summaryRow(inputPath: string, extracted: PlanRecord, reviewed: Reviewed | null = null): CsvValue[] {
  const record = applyCorrections(extracted, reviewed);
  const { from, to } = record.emulation.period;
  return [
    inputPath,
    record.documentType,
    record.documentNumber.number,
    record.documentNumber.symbol,
    record.issuedDate === null ? null : vietnameseDate(record.issuedDate),
    record.title,
    record.issuer.name,
    record.signer.name,
    record.source?.pages ?? null,
    LANGUAGE,
    record.source?.meanOcrConfidence ?? null,
    record.warnings.join('; ') || null,
    record.legalBases.length,
    record.emulation.theme,
    from === null && to === null ? null : `${from === null ? '' : vietnameseDate(from)} – ${to === null ? '' : vietnameseDate(to)}`,
    record.awardForms.map((a) => (a.grantedBy ? `${a.form} (${a.grantedBy})` : a.form)).join('; ') || null,
    reviewed?.checked ? 'Có' : 'Chưa',
    // what the extraction flagged: the reviewer's corrections do not unflag it, 'Đã kiểm tra' says it was looked at
    toCheckCell(extracted),
  ];
}

/** `2024-02-20` -> `20/02/2024`, `2022-12` -> `12/2022`, `2021` -> `2021` (the archive's dd/mm/yyyy). */
export function vietnameseDate(partial: string): string {
  return partial.split('-').reverse().join('/');
}

/** Rows sorted by input path so the file is the same whatever order files finished in. */
export function summaryCsv(rows: ReadonlyMap<string, CsvValue[]>): string {
  const ordered = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  return toCsv(SUMMARY_HEADER, ordered);
}
