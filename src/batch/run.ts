// The batch job: every input of an archive through `processFile`, several files
// at a time (p-queue), sharing one OCR worker pool so pages of different files
// interleave while the worker count stays bounded by the cores.
//
// What makes it safe to interrupt and re-run:
//   - outputs are written atomically, the record (.json) last;
//   - the manifest line of a file is appended only after its outputs exist, so a
//     line never points at missing or partial outputs;
//   - a re-run skips an input only when its latest line is ok/skipped with the
//     same sha256, pipeline version and output paths, and the outputs still
//     read back (an edited input, a new pipeline, a deleted output: redone);
//   - inputs in error are retried on every run (the file or the pipeline may
//     have been fixed, and a rejection is cheap to reproduce).
import { access, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { performance } from 'node:perf_hooks';
import PQueue from 'p-queue';
import { isVnplanError, VnplanError } from '../errors.js';
import { detectFormat } from '../input/index.js';
import { createOcrPool, type OcrPool } from '../ocr/index.js';
import { processFile, type ProcessedFile, type ProcessOptions } from '../pipeline.js';
import { PlanRecord } from '../types.js';
import { removeStaleTemps, writeFileAtomic } from './atomic-write.js';
import type { CsvValue } from './csv.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { acquireLock } from './lock.js';
import { compactManifest, MANIFEST_NAME, ManifestWriter, type ManifestEntry } from './manifest.js';
import { outputStems } from './output-names.js';
import type { BatchReporter } from './progress.js';
import { SUMMARY_CSV_NAME, summaryCsv, summaryRow } from './summary-csv.js';
import { resumeKey } from './version.js';
import { tesseractJsEngine, type EngineKind } from '../ocr/engines/index.js';
import { walkInputs, type InputFile, type UnreadableFolder } from './walk.js';

/** The input a processor is handed: where it is and what it holds (as hashed by the batch). */
export interface ProcessorInput {
  relative: string;
  size: number;
  sha256: string;
  /** The run's resume key (pipeline and OCR engine): what the outputs are filed under. */
  resumeKey: string;
}

/** What the batch keeps of a processed file: the record and the restored text. */
export type Processed = Pick<ProcessedFile, 'record'> & { restored: Pick<ProcessedFile['restored'], 'text'> };

/**
 * The per-file work: the pipeline in this process, or a job on a queue
 * (src/queue), which is why it is told the content hash the batch computed.
 */
export type Processor = (path: string, options: ProcessOptions, input: ProcessorInput) => Promise<Processed>;

export interface BatchOptions {
  inputDir: string;
  outDir: string;
  /** Files processed at once (default: the number of cores, at least 2). */
  concurrency?: number;
  /** Redo every input, even those an earlier run finished. */
  force?: boolean;
  include?: string[];
  exclude?: string[];
  /** Stop taking new files; running ones finish and are recorded. */
  signal?: AbortSignal;
  /** Also drop running files: none of them gets a manifest line or an output. */
  abandon?: AbortSignal;
  /** The per-file work; the real pipeline unless a test slows it down. */
  processFile?: Processor;
  reporter?: BatchReporter;
  /** The OCR engine of the run's pool (default tesseract.js); part of the resume key. */
  ocrEngine?: EngineKind;
}

export interface FailedInput {
  path: string;
  code: string | null;
  error: string;
}

export interface BatchSummary {
  inputs: number;
  ok: number;
  skipped: number;
  failed: FailedInput[];
  /** Inputs left for the next run by an interruption. */
  notStarted: number;
  /** Pages of the files processed in this run. */
  pages: number;
  seconds: number;
  interrupted: boolean;
  outDir: string;
  manifestPath: string;
  summaryCsvPath: string;
}

interface Outputs {
  /** Relative to OUT, as written to the manifest. */
  json: string;
  text: string;
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const startedAt = performance.now();
  const inputDir = resolve(options.inputDir);
  const outDir = resolve(options.outDir);
  await prepareFolders(inputDir, outDir);
  const release = await acquireLock(outDir);
  try {
    await removeStaleTemps(outDir);
    const manifestPath = join(outDir, MANIFEST_NAME);
    const previous = await compactManifest(manifestPath);
    const { files, unreadable } = await walkInputs(inputDir, {
      skipDirs: [outDir],
      markerFile: MANIFEST_NAME,
      include: options.include,
      exclude: options.exclude,
    });
    const writer = await ManifestWriter.open(manifestPath);
    const engine = options.ocrEngine ?? tesseractJsEngine();
    const run = new BatchRun(options, outDir, previous, writer, outputStems(files.map((f) => f.relative)), engine, resumeKey(engine.identity));
    try {
      options.reporter?.start(files.length + unreadable.length);
      for (const folder of unreadable) await run.recordUnreadable(folder);
      await run.processAll(files);
      options.reporter?.finish();
    } finally {
      await run.close();
      await writer.close();
    }
    const summaryCsvPath = join(outDir, SUMMARY_CSV_NAME);
    await writeFileAtomic(summaryCsvPath, summaryCsv(run.rows));
    return {
      ...run.counts,
      inputs: files.length + unreadable.length,
      notStarted: files.length + unreadable.length - run.counts.ok - run.counts.skipped - run.counts.failed.length,
      seconds: (performance.now() - startedAt) / 1000,
      interrupted: options.signal?.aborted === true || options.abandon?.aborted === true,
      outDir,
      manifestPath,
      summaryCsvPath,
    };
  } finally {
    await release();
  }
}

async function prepareFolders(inputDir: string, outDir: string): Promise<void> {
  const info = await stat(inputDir).catch(() => null);
  if (!info?.isDirectory()) throw new VnplanError('USAGE', inputDir, 'no such folder');
  const inside = (child: string, parent: string) => {
    const rel = relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  // OUT inside DIR is fine (it is skipped by the walk); DIR inside OUT is not:
  // the run cleans temp files and rewrites the manifest under OUT.
  if (inside(inputDir, outDir)) {
    throw new VnplanError('USAGE', outDir, 'the output folder must not be, or contain, the input folder');
  }
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw new VnplanError('USAGE', outDir, `cannot create the output folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  });
}

class BatchRun {
  readonly rows = new Map<string, CsvValue[]>();
  readonly counts = { ok: 0, skipped: 0, failed: [] as FailedInput[], pages: 0 };
  readonly #queue: PQueue;
  readonly #process: Processor;
  #pool: OcrPool | null = null;
  #fatal: unknown = null;

  constructor(
    private readonly options: BatchOptions,
    private readonly outDir: string,
    private readonly previous: ReadonlyMap<string, ManifestEntry>,
    private readonly writer: ManifestWriter,
    private readonly stems: ReadonlyMap<string, string>,
    private readonly engine: EngineKind,
    private readonly version: string,
  ) {
    this.#queue = new PQueue({ concurrency: options.concurrency ?? Math.max(2, availableParallelism()) });
    this.#process = options.processFile ?? processFile;
  }

  async processAll(files: InputFile[]): Promise<void> {
    const stop = () => this.#queue.clear();
    const signals = [this.options.signal, this.options.abandon].filter((s) => s !== undefined);
    if (signals.some((s) => s.aborted)) return;
    for (const s of signals) s.addEventListener('abort', stop, { once: true });
    try {
      for (const file of files) {
        this.#queue.add(() => this.#handle(file)).catch((error: unknown) => {
          // Only the manifest itself failing lands here: nothing can be recorded any more.
          this.#fatal ??= error;
          this.#queue.clear();
        });
      }
      await this.#queue.onIdle();
    } finally {
      for (const s of signals) s.removeEventListener('abort', stop);
    }
    if (this.#fatal !== null) throw this.#fatal;
  }

  async close(): Promise<void> {
    const closing = this.#pool?.close();
    // close() lets the pages already queued finish; abandoning must not wait for
    // the pages of dropped files, whose workers end once those are done.
    if (this.options.abandon?.aborted) closing?.catch(() => undefined);
    else await closing;
  }

  /** A folder the walk could not open: one error entry, retried next run like any failure. */
  recordUnreadable(folder: UnreadableFolder): Promise<void> {
    const entry = { path: folder.relative, size: null, sha256: null, version: this.version, ...failure(folder.relative, folder.error) };
    return this.#record(entry, performance.now());
  }

  async #handle(file: InputFile): Promise<void> {
    const started = performance.now();
    const outputs = this.#outputs(file);
    const base = { path: file.relative, version: this.version };
    let fp: Fingerprint;
    try {
      fp = await fingerprint(file.absolute);
    } catch (error) {
      return this.#record({ ...base, ...failure(file.relative, error), size: null, sha256: null }, started);
    }
    const done = this.options.force ? null : await this.#doneBefore(file, fp, outputs);
    if (done) {
      this.rows.set(file.relative, summaryRow(file.relative, done.record));
      return this.#record({ ...done.entry, status: 'skipped' }, started);
    }
    const produced = await this.#produce(file, fp, outputs);
    if (produced === null) return; // abandoned: the next run does this file
    if (produced.row) this.rows.set(file.relative, produced.row);
    return this.#record({ ...base, size: fp.size, sha256: fp.sha256, ...produced.fields }, started);
  }

  /** Run the pipeline and write the outputs (row: null on error); null when abandoned on the way. */
  async #produce(
    file: InputFile,
    fp: Fingerprint,
    outputs: Outputs,
  ): Promise<{ fields: EntryFields; row: CsvValue[] | null } | null> {
    const abandon = this.options.abandon;
    try {
      const pool = this.#poolFor(fp.head);
      const { record, restored } = await unlessAbandoned(
        this.#process(file.absolute, { pool }, { relative: file.relative, size: fp.size, sha256: fp.sha256, resumeKey: this.version }),
        abandon,
      );
      await writeFileAtomic(this.#absolute(outputs.text), restored.text, { signal: abandon });
      await writeFileAtomic(this.#absolute(outputs.json), `${JSON.stringify(record, null, 2)}\n`, { signal: abandon });
      return { fields: okFields(record, outputs), row: summaryRow(file.relative, record) };
    } catch (error) {
      if (abandon?.aborted) return null;
      // Outputs of an earlier version of this input no longer describe it.
      await Promise.all([outputs.text, outputs.json].map((p) => rm(this.#absolute(p), { force: true })));
      return { fields: failure(file.relative, error), row: null };
    }
  }

  /**
   * The shared pool, made when the first input that needs OCR shows up (by its
   * content, as the input stage sees it), so a text-only archive never depends
   * on the OCR engine. Text and unsupported files get none.
   */
  #poolFor(head: Uint8Array): OcrPool | undefined {
    const format = detectFormat(head);
    if (format === null || format === 'text') return undefined;
    this.#pool ??= createOcrPool({ engine: this.engine });
    return this.#pool;
  }

  async #doneBefore(
    file: InputFile,
    fp: Fingerprint,
    outputs: Outputs,
  ): Promise<{ entry: ManifestEntry; record: PlanRecord } | null> {
    const entry = this.previous.get(file.relative);
    const current =
      entry !== undefined &&
      (entry.status === 'ok' || entry.status === 'skipped') &&
      entry.sha256 === fp.sha256 &&
      entry.version === this.version &&
      entry.json === outputs.json &&
      entry.text === outputs.text;
    if (!current) return null;
    try {
      await access(this.#absolute(outputs.text));
      const record = PlanRecord.safeParse(JSON.parse(await readFile(this.#absolute(outputs.json), 'utf8')));
      return record.success ? { entry, record: record.data } : null;
    } catch {
      return null;
    }
  }

  async #record(entry: Omit<ManifestEntry, 'seconds' | 'finishedAt'>, started: number): Promise<void> {
    const full: ManifestEntry = {
      ...entry,
      seconds: Math.round(performance.now() - started) / 1000,
      finishedAt: new Date().toISOString(),
    };
    await this.writer.append(full);
    if (full.status === 'ok') {
      this.counts.ok++;
      this.counts.pages += full.pages ?? 0;
    } else if (full.status === 'skipped') this.counts.skipped++;
    else this.counts.failed.push({ path: full.path, code: full.errorCode, error: full.error ?? '' });
    this.options.reporter?.fileDone(full);
  }

  #outputs(file: InputFile): Outputs {
    const stem = this.stems.get(file.relative) ?? file.relative;
    return { json: `${stem}.json`, text: `${stem}.txt` };
  }

  #absolute(outputPath: string): string {
    return join(this.outDir, ...outputPath.split('/'));
  }
}

type EntryFields = Pick<
  ManifestEntry,
  'status' | 'error' | 'errorCode' | 'format' | 'pages' | 'ocrConfidence' | 'changeRate' | 'json' | 'text'
>;

function okFields(record: PlanRecord, outputs: Outputs): EntryFields {
  return {
    status: 'ok',
    error: null,
    errorCode: null,
    format: record.source?.format ?? null,
    pages: record.source?.pages ?? null,
    ocrConfidence: record.source?.meanOcrConfidence ?? null,
    changeRate: record.restoration?.changeRate ?? null,
    ...outputs,
  };
}

/** Every failure of one file becomes its error entry; the batch goes on. */
function failure(relative: string, error: unknown): EntryFields {
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 'error',
    // A VnplanError names the file; anything else (a stage bug) gets the name added.
    error: isVnplanError(error) ? message : `${relative}: ${message}`,
    errorCode: isVnplanError(error) ? error.code : 'INTERNAL',
    format: null,
    pages: null,
    ocrConfidence: null,
    changeRate: null,
    json: null,
    text: null,
  };
}

/** `work`, or a rejection as soon as `abandon` fires (the work itself runs on, unobserved). */
function unlessAbandoned<T>(work: Promise<T>, abandon: AbortSignal | undefined): Promise<T> {
  if (!abandon) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abandon.reason);
    if (abandon.aborted) onAbort();
    abandon.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => abandon.removeEventListener('abort', onAbort));
  });
}
