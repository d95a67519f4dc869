// Human corrections that stick: OUT/NAME.reviewed.json beside OUT/NAME.json
// holds what the archivist changed (field, old value, new value, when) and
// whether the document was checked. The batch never writes it; every reader of
// a record (summary.csv, the review page) lays it over the extracted record.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { PlanRecord } from '../types.js';

export const FieldCorrection = z.object({
  /** Leaf path of the record: `title`, `issuer.name`, `legalBases.2.number`, `recipients.0`. */
  field: z.string().min(1),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  at: z.string(),
});
export type FieldCorrection = z.infer<typeof FieldCorrection>;

export const Reviewed = z.object({
  /** Input path relative to the batch folder. */
  document: z.string(),
  /** SHA-256 of the input when it was last reviewed (from the manifest). */
  sourceSha256: z.string().nullable(),
  checked: z.boolean(),
  checkedAt: z.string().nullable(),
  /** In the order made; the last one of a field wins. */
  corrections: z.array(FieldCorrection),
});
export type Reviewed = z.infer<typeof Reviewed>;

/** `a/b/x.json` -> `a/b/x.reviewed.json`. */
export function reviewedPath(recordPath: string): string {
  return recordPath.replace(/\.json$/, '') + '.reviewed.json';
}

/** The corrections of a record (by its .json path); null when it has none or the file is unreadable. */
export async function readReviewed(recordPath: string): Promise<Reviewed | null> {
  let text: string;
  try {
    text = await readFile(reviewedPath(recordPath), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = Reviewed.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeReviewed(recordPath: string, reviewed: Reviewed): Promise<void> {
  await writeFileAtomic(reviewedPath(recordPath), `${JSON.stringify(Reviewed.parse(reviewed), null, 2)}\n`);
}

/** Contract fields a reviewer can correct: every text leaf under them. */
const EDITABLE_ROOTS = new Set([
  'documentType',
  'documentNumber',
  'issuer',
  'place',
  'issuedDate',
  'title',
  'legalBases',
  'emulation',
  'objectives',
  'targets',
  'awardForms',
  'signer',
  'recipients',
  'sections',
]);

/** Every text leaf (string or null) of the record's contract fields, in record order, with its value. */
export function textLeaves(record: PlanRecord): { field: string; value: string | null }[] {
  const leaves: { field: string; value: string | null }[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (value === null || typeof value === 'string') leaves.push({ field: path.join('.'), value });
    else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, String(i)]));
    else if (typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  for (const [key, value] of Object.entries(record)) if (EDITABLE_ROOTS.has(key)) visit(value, [key]);
  return leaves;
}

/** The value at a leaf path, undefined when the path is not a text leaf of the record. */
export function leafValue(record: PlanRecord, field: string): string | null | undefined {
  return textLeaves(record).find((leaf) => leaf.field === field)?.value;
}

/**
 * `record` with `value` at `field`, checked against the record schema; an
 * error message when the field is not a correctable text leaf or the value does
 * not fit it (e.g. a date that is not YYYY, YYYY-MM or YYYY-MM-DD).
 */
export function withField(record: PlanRecord, field: string, value: string | null): { record: PlanRecord } | { error: string } {
  if (leafValue(record, field) === undefined) return { error: `${field} is not a text field of the record` };
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  const keys = field.split('.');
  let parent: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[keys.at(-1)!] = value;
  const parsed = PlanRecord.safeParse(copy);
  if (!parsed.success) {
    return { error: `${field}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}` };
  }
  return { record: parsed.data };
}

/**
 * The record as the reviewer left it: each correction laid over the extracted
 * value in order. A correction that no longer fits (a re-run found fewer legal
 * bases, say) is left out and listed in `unapplied`.
 */
export function applyCorrections(record: PlanRecord, reviewed: Reviewed | null): PlanRecord {
  return correctedRecord(record, reviewed).record;
}

export function correctedRecord(record: PlanRecord, reviewed: Reviewed | null): { record: PlanRecord; unapplied: FieldCorrection[] } {
  let current = record;
  const unapplied: FieldCorrection[] = [];
  for (const correction of reviewed?.corrections ?? []) {
    const next = withField(current, correction.field, correction.newValue);
    if ('record' in next) current = next.record;
    else unapplied.push(correction);
  }
  return { record: current, unapplied };
}
