// Shared by the review tests: a batch over real inputs into a temp OUT, and
// JSON requests to the review server.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { runBatch, type BatchSummary } from '../../src/batch/index.js';
import { parseCsv } from '../batch/helpers/inspect.js';
import { SUMMARY_HEADER } from '../../src/batch/summary-csv.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SAMPLES = join(ROOT, 'fixtures/samples');
export const SCANS = join(ROOT, 'fixtures/scans');
export const SAMPLE_002 = '002_73ad0eb0821da3f9.txt';

export interface BatchFolders {
  dir: string;
  out: string;
}

const made: string[] = [];

/** Removes every folder `batchOver` made (for afterAll). */
export async function removeBatches(): Promise<void> {
  await Promise.all(made.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

/** Copies `files` into a fresh DIR and runs the batch into DIR's sibling OUT. */
export async function batchOver(files: string[], options: { pdf?: boolean } = {}): Promise<BatchFolders & { summary: BatchSummary }> {
  const root = await mkdtemp(join(tmpdir(), 'vnplan-review-'));
  made.push(root);
  const dir = join(root, 'in');
  const out = join(root, 'out');
  await mkdir(dir);
  for (const file of files) await copyFile(file, join(dir, basename(file)));
  const summary = await runBatch({ inputDir: dir, outDir: out, concurrency: 2, pdf: options.pdf });
  return { dir, out, summary };
}

/** summary.csv as objects keyed by its header. */
export async function summaryRows(out: string): Promise<Record<string, string>[]> {
  const [header, ...rows] = parseCsv((await readFile(join(out, 'summary.csv'), 'utf8')).replace(/^\uFEFF/, ''));
  if (header?.join() !== SUMMARY_HEADER.join()) throw new Error(`unexpected header ${header?.join()}`);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
