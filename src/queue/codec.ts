// What travels through the queue, both ways, checked on arrival: Redis is
// shared with other processes and versions, so nothing read from it is trusted
// by its type alone. A job names a file (by the path every machine mounts it
// at) and the content it must have; its result is the record and the restored
// text, or the error the pipeline raised, rebuilt on the coordinator exactly as
// the local batch would have seen it.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import { isVnplanError, VnplanError, type ErrorCode } from '../errors.js';
import type { ProcessedFile } from '../pipeline.js';
import { PlanRecord, ReadBy, type DocumentText, type RestoredText } from '../types.js';

export const JobData = z.object({
  /** Absolute path, the same on the coordinator and every worker (a shared mount). */
  path: z.string().min(1),
  /** Relative to the batch's DIR: for messages. */
  relative: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  /** The coordinator's resume key: a worker running another pipeline refuses the job. */
  resumeKey: z.string().min(1),
  /** The run's options that change outputs (they are in the key too). */
  restore: z.boolean(),
  dpi: z.number().int(),
  /** What read the text files' text before (ProcessOptions.readBy); absent, each document says it. */
  readBy: ReadBy.optional(),
});
export type JobData = z.infer<typeof JobData>;

const ErrorResult = z.object({
  status: z.literal('error'),
  /** An ErrorCode, or INTERNAL for an exception that is not a VnplanError (a stage bug). */
  code: z.string(),
  file: z.string().nullable(),
  reason: z.string(),
  page: z.number().int().min(1).optional(),
});

export const JobResult = z.discriminatedUnion('status', [
  // document and restored feed the review sidecars and the searchable PDF; their
  // shape is the worker's code, which the resume key says is the coordinator's.
  z.object({
    status: z.literal('ok'),
    record: PlanRecord,
    document: z.looseObject({ path: z.string(), pages: z.array(z.unknown()), text: z.string() }),
    restored: z.looseObject({ text: z.string() }),
  }),
  ErrorResult,
]);
export type JobResult = z.infer<typeof JobResult>;

/**
 * Content hash + resume key: the same file content under the same pipeline is
 * one job, whoever enqueues it how often. The key is hashed because BullMQ ids
 * must not hold `:` and a resume key may.
 */
export function jobId(sha256: string, resumeKey: string): string {
  return `${sha256}-${createHash('sha256').update(resumeKey).digest('hex').slice(0, 16)}`;
}

export function decodeJobData(value: unknown): JobData {
  const parsed = JobData.safeParse(value);
  if (!parsed.success) throw new Error(`not a vnplan job: ${parsed.error.message}`);
  return parsed.data;
}

export function okResult(processed: ProcessedFile): JobResult {
  return { status: 'ok', record: processed.record, document: { ...processed.document }, restored: { ...processed.restored } };
}

/** Every pipeline error becomes a result, as the local batch records it; only the infrastructure retries. */
export function errorResult(error: unknown): JobResult {
  if (isVnplanError(error)) {
    return { status: 'error', code: error.code, file: error.file, reason: error.reason, ...(error.page !== undefined && { page: error.page }) };
  }
  return { status: 'error', code: 'INTERNAL', file: null, reason: error instanceof Error ? error.message : String(error) };
}

/**
 * The result as the batch takes it for `path`: the processed file, or the
 * pipeline's error thrown again. A job computed for another path with the same
 * content (`jobPath`) reads as this path's own run would have: its record's
 * `sample` and its error name this path.
 */
export function decodeResult(value: unknown, jobPath: string, path: string): ProcessedFile {
  const parsed = JobResult.safeParse(value);
  if (!parsed.success) throw new VnplanError('JOB_FAILED', path, `the worker returned no usable result (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  const result = parsed.data;
  if (result.status === 'ok') {
    const document = result.document as unknown as DocumentText;
    const restored = result.restored as unknown as RestoredText;
    if (path === jobPath) return { record: result.record, document, restored };
    return { record: { ...result.record, sample: basename(path) }, document: { ...document, path }, restored };
  }
  // INTERNAL: a plain Error, to which the batch adds the file's name as it does locally.
  if (result.code === 'INTERNAL') throw new Error(result.reason);
  throw new VnplanError(result.code as ErrorCode, result.file === jobPath ? path : result.file, result.reason, result.page);
}
