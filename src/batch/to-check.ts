// What a person must check before trusting a document's record: the fields the
// confidence stage flagged (record.review: handwritten, under a stamp, low OCR
// confidence…) and the record's warnings (a page with no text found, a page
// read with low OCR confidence, a text layer not trusted, a type guessed from
// the body). A record with either is not plain "ok": the manifest counts them,
// progress and the closing summary say how many files need a look, and
// summary.csv names the fields in its "Cần kiểm tra" column.
import { fieldLabel, reviewReasonLabel } from '../review/document-data.js';
import type { PlanRecord } from '../types.js';

export interface ToCheck {
  /** Field paths of record.review, each once, in the record's order. */
  fields: string[];
  warnings: string[];
}

export function toCheck(record: Pick<PlanRecord, 'review' | 'warnings'>): ToCheck {
  return { fields: [...new Set((record.review ?? []).map((r) => r.field))], warnings: record.warnings };
}

export function needsCheck(check: ToCheck): boolean {
  return check.fields.length > 0 || check.warnings.length > 0;
}

/**
 * The "Cần kiểm tra" cell: each flagged field by its Vietnamese label with its
 * reasons (`Số, ký hiệu (viết tay); Người ký (bị dấu che)`); a record with
 * warnings but no flagged field asks for the notes (Ghi chú) to be read.
 */
export function toCheckCell(record: Pick<PlanRecord, 'review' | 'warnings'>): string | null {
  const reasons = new Map<string, string[]>();
  for (const item of record.review ?? []) {
    const list = reasons.get(item.field) ?? [];
    const label = reviewReasonLabel(item.reason);
    if (!list.includes(label)) list.push(label);
    reasons.set(item.field, list);
  }
  const fields = [...reasons].map(([field, why]) => `${fieldLabel(field)} (${why.join(', ')})`);
  if (fields.length === 0 && record.warnings.length > 0) return 'Xem Ghi chú';
  return fields.join('; ') || null;
}
