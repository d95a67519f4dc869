// The batch job: every input of an archive through `processFile`, several files
// at a time (p-queue), sharing one OCR worker pool so pages of different files
// interleave while the worker count stays bounded by the cores.
//
// What makes it safe to interrupt and re-run:
//   - outputs are written atomically, the record (.json) last;
//   - the manifest line of a file is appended only after its outputs exist, so a
//     line never points at missing or partial outputs;
//   - a re-run skips an input only when its latest line is ok/skipped with the
//     same sha256, resume key (resume-key.ts) and output paths, and the outputs
//     still read back (an edited input, a new pipeline, a deleted output: redone);
//   - inputs in error are retried on every run (the file or the pipeline may
//     have been fixed, and a rejection is cheap to reproduce).
// What makes it safe for the archive: no output ever lands on an input or in
// the input tree (outputs.ts); a full disk stops the run cleanly, keeping what
// is done (the manifest says which files those are).
import { access, mkdir, readFile, readdir, realpath, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import PQueue from 'p-queue';
import { fileSystemError, isVnplanError, VnplanError } from '../errors.js';
import { DEFAULT_INPUT_LIMITS, detectFormat } from '../input/index.js';
import { Utf8Text } from '../off-heap-text.js';
import { createOcrPool, DEFAULT_DPI, type OcrPool } from '../ocr/index.js';
import { processFile, type ProcessedFile, type ProcessOptions } from '../pipeline.js';
import { PlanRecord } from '../types.js';
import { removeStaleTemps, StreamedTextFile, textPieces, writeFileAtomic } from './atomic-write.js';
import type { CsvValue } from './csv.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { acquireLock } from './lock.js';
import { compactManifest, MANIFEST_NAME, ManifestWriter, type ManifestEntry } from './manifest.js';
import { outputStems } from './output-names.js';
import { isInside, ProtectedInputs, resolveOutput } from './outputs.js';
import type { BatchReporter } from './progress.js';
import { resumeKey, type EngineIdentity } from './resume-key.js';
import type { EngineKind } from '../ocr/engines/index.js';
import { SUMMARY_CSV_NAME, summaryCsv, summaryRow } from './summary-csv.js';
import type { BatchSummary, FailedInput, InputToCheck } from './summary.js';
import { needsCheck, toCheck } from './to-check.js';
import { readReviewed } from '../review/corrections.js';
import { removeReviewSidecars, writeReviewPage, writeReviewSidecars } from '../review/index.js';
import { writeSearchablePdf } from '../searchable-pdf/index.js';
import { walkInputs, type InputFile, type UnreadableFolder } from './walk.js';

export type { BatchSummary, FailedInput } from './summary.js';

/** The input a processor is handed: where it is, what it holds (as hashed by the batch) and the run's resume key. */
export interface ProcessorInput {
  relative: string;
  size: number;
  sha256: string;
  resumeKey: string;
}

/**
 * The per-file work: the pipeline in this process, or a job on a queue
 * (src/queue), which is why it is told the content hash and key of the run.
 */
export type Processor = (path: string, options: ProcessOptions, input: ProcessorInput) => Promise<ProcessedFile>;

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
  /** Repair OCR garble and missing diacritics (default true). */
  restore?: boolean;
  /** Rasterisation resolution for image-only PDF pages (default 300). */
  dpi?: number;
  /** What read the text files' text before (ProcessOptions.readBy); by default each document says it. */
  readBy?: ProcessOptions['readBy'];
  /** The OCR engine's identity, for the resume key (default: the bundled tesseract.js and its model). */
  engine?: EngineIdentity;
  /** The OCR engine of the run's pool (default tesseract.js); its identity is the key's unless `engine` says otherwise. */
  ocrEngine?: EngineKind;
  /** The per-file work; the real pipeline unless a test slows it down. */
  processFile?: Processor;
  reporter?: BatchReporter;
  /** Also write OUT/<name>.pdf, a searchable PDF, for every PDF and image input. */
  pdf?: boolean;
}

/** System errors after which no further output can be written: the run stops taking files. */
const STOPPING_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

interface Outputs {
  /** Relative to OUT, as written to the manifest. */
  json: string;
  text: string;
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const startedAt = performance.now();
  const inputDir = resolve(options.inputDir);
  const outDir = resolve(options.outDir);
  const realOut = await prepareFolders(inputDir, outDir);
  const key = await resumeKey({ restore: options.restore ?? true, dpi: options.dpi ?? DEFAULT_DPI, readBy: options.readBy }, { engine: options.engine ?? options.ocrEngine?.identity });
  const release = await acquireLock(outDir);
  try {
    await removeStaleTemps(outDir).catch((error: unknown) => {
      throw fileSystemError(error, outDir, 'clean the temp files of stopped runs');
    });
    const manifestPath = join(outDir, MANIFEST_NAME);
    const previous = await compactManifest(manifestPath).catch((error: unknown) => {
      throw fileSystemError(error, manifestPath, 'rewrite the manifest');
    });
    const { files, unreadable } = await walkInputs(inputDir, {
      skipDirs: [realOut],
      markerFile: MANIFEST_NAME,
      include: options.include,
      exclude: options.exclude,
    });
    const inputs = new ProtectedInputs();
    await inputs.addTree(inputDir);
    for (const file of files) await inputs.addFile(file.absolute);
    const writer = await ManifestWriter.open(manifestPath).catch((error: unknown) => {
      throw fileSystemError(error, manifestPath, 'open the manifest');
    });
    const run = new BatchRun(options, { outDir, realOut, key, inputs }, previous, writer, outputStems(files.map((f) => f.relative)));
    try {
      options.reporter?.start(files.length + unreadable.length);
      for (const folder of unreadable) await run.recordUnreadable(folder);
      await run.processAll(files);
      options.reporter?.finish();
    } finally {
      await run.close();
      await writer.close().catch(() => undefined); // a full disk: the lines already written stay
    }
    const summaryCsvPath = join(outDir, SUMMARY_CSV_NAME);
    const summaryCsvError = await writeFileAtomic(summaryCsvPath, summaryCsv(run.rows)).then(
      () => null,
      (error: unknown) => fileSystemError(error, summaryCsvPath, 'write the summary'),
    );
    // like summary.csv: a full disk at the end leaves the manifest true and is said, not thrown
    const reviewPageError = await writeReviewPage(outDir).then(
      () => null,
      (error: unknown) => fileSystemError(error, join(outDir, 'index.html'), 'write the review page'),
    );
    return {
      ...run.counts,
      inputs: files.length + unreadable.length,
      notStarted: files.length + unreadable.length - run.counts.ok - run.counts.skipped - run.counts.failed.length,
      seconds: (performance.now() - startedAt) / 1000,
      interrupted: options.signal?.aborted === true || options.abandon?.aborted === true,
      stoppedBy: run.stoppedBy,
      summaryCsvError,
      reviewPageError,
      outDir,
      manifestPath,
      summaryCsvPath,
    };
  } finally {
    await release();
  }
}

/**
 * Check DIR and make OUT; resolves to OUT's real path. OUT may not be DIR
 * (under any name: a symbolic link to it included) nor contain it. OUT inside
 * DIR is allowed when it is a folder of its own — new, empty, or an earlier
 * run's (it holds a manifest) — because the walk skips it; a folder of inputs
 * given as OUT would have its documents overwritten and left unread.
 */
async function prepareFolders(inputDir: string, outDir: string): Promise<string> {
  const info = await stat(inputDir).catch(() => null);
  if (!info?.isDirectory()) throw new VnplanError('USAGE', inputDir, 'no such folder');
  const realIn = await realpath(inputDir);
  const target = await resolveOutput(outDir).catch((error: unknown) => {
    // a folder is what OUT must be: resolveOutput refuses one as an output *file*
    if (isVnplanError(error) && error.systemCode === 'EISDIR') return null;
    throw error;
  });
  if (target !== null && target.kind !== 'file') throw new VnplanError('OUTPUT_CONFLICT', outDir, 'is not a folder');
  const realOut = target === null ? await realpath(outDir) : target.real;
  if (isInside(realIn, realOut)) {
    const same = realIn === realOut;
    throw new VnplanError(
      'OUTPUT_CONFLICT',
      outDir,
      same
        ? `is the input folder ${inputDir}${realOut === resolve(outDir) ? '' : ` (through a symbolic link to ${realOut})`}; outputs would overwrite the inputs — choose another output folder`
        : `contains the input folder ${inputDir}; choose an output folder outside it`,
    );
  }
  if (isInside(realOut, realIn) && target === null) {
    const entries = await readdir(realOut).catch(() => []);
    const visible = entries.filter((name) => !name.startsWith('.'));
    if (visible.length > 0 && !visible.includes(MANIFEST_NAME)) {
      throw new VnplanError(
        'OUTPUT_CONFLICT',
        outDir,
        `lies inside the input folder ${inputDir} and holds files that are not vnplan outputs (${visible.slice(0, 3).join(', ')}${visible.length > 3 ? ', …' : ''}); outputs would overwrite them — choose a new or empty output folder`,
      );
    }
  }
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw fileSystemError(error, outDir, 'create the output folder', 'USAGE');
  });
  return realpath(outDir);
}

interface RunPlace {
  outDir: string;
  /** OUT's real path: every output must land below it. */
  realOut: string;
  /** The resume key of this run. */
  key: string;
  inputs: ProtectedInputs;
}

class BatchRun {
  readonly rows = new Map<string, CsvValue[]>();
  readonly counts = { ok: 0, skipped: 0, failed: [] as FailedInput[], toCheck: [] as InputToCheck[], pages: 0 };
  /** Set when an output or the manifest cannot be written any more (a full disk): no new file is taken. */
  stoppedBy: VnplanError | null = null;
  readonly #queue: PQueue;
  /**
   * Files needing OCR in flight: at most one per OCR worker. Each holds its
   * rendered pages (35 MB a page at 300 dpi), so --concurrency 8 on two cores
   * would hold 8 files' pages for 2 workers to read.
   */
  #ocrFiles: PQueue | null = null;
  readonly #process: Processor;
  #pool: OcrPool | null = null;

  constructor(
    private readonly options: BatchOptions,
    private readonly place: RunPlace,
    private readonly previous: ReadonlyMap<string, ManifestEntry>,
    private readonly writer: ManifestWriter,
    private readonly stems: ReadonlyMap<string, string>,
  ) {
    this.#queue = new PQueue({ concurrency: options.concurrency ?? Math.max(2, availableParallelism()) });
    this.#process = options.processFile ?? processFile;
  }

  get #key(): string {
    return this.place.key;
  }

  async processAll(files: InputFile[]): Promise<void> {
    const stop = () => this.#queue.clear();
    // dropped files waiting for an OCR slot must not start after the run is over
    const drop = () => this.#ocrFiles?.clear();
    this.options.abandon?.addEventListener('abort', drop, { once: true });
    const signals = [this.options.signal, this.options.abandon].filter((s) => s !== undefined);
    if (signals.some((s) => s.aborted)) return;
    for (const s of signals) s.addEventListener('abort', stop, { once: true });
    try {
      for (const file of files) {
        this.#queue.add(() => this.#handle(file)).catch((error: unknown) => {
          // Only the manifest itself failing lands here: nothing can be recorded any more.
          this.#stop(fileSystemError(error, join(this.place.outDir, MANIFEST_NAME), 'append to the manifest'));
        });
      }
      await this.#queue.onIdle();
    } finally {
      for (const s of signals) s.removeEventListener('abort', stop);
    }
  }

  /** Take no new file; the running ones end (their outputs may fail the same way and are recorded if they can be). */
  #stop(reason: VnplanError): void {
    this.stoppedBy ??= reason;
    this.#queue.clear();
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
    const entry = { path: folder.relative, size: null, sha256: null, version: this.#key, ...failure(folder.relative, folder.error) };
    return this.#record(entry, performance.now());
  }

  async #handle(file: InputFile): Promise<void> {
    const started = performance.now();
    const outputs = this.#outputs(file);
    const base = { path: file.relative, version: this.#key };
    let fp: Fingerprint;
    try {
      // a text is read again by the input stage a piece at a time (checked against this hash), never kept whole
      fp = await fingerprint(file.absolute, DEFAULT_INPUT_LIMITS.maxBytes, (head) => detectFormat(head) !== 'text');
    } catch (error) {
      return this.#record({ ...base, ...failure(file.relative, error), size: null, sha256: null }, started);
    }
    const done = this.options.force ? null : await this.#doneBefore(file, fp, outputs);
    if (done) {
      this.rows.set(file.relative, summaryRow(file.relative, done.record, await readReviewed(this.#absolute(outputs.json))));
      // what to check is read from the record itself: a line of an earlier version may not say
      return this.#record({ ...done.entry, ...checkFields(done.record), status: 'skipped' }, started, done.record);
    }
    const produced = await this.#produce(file, fp, outputs);
    if (produced === null) return; // abandoned: the next run does this file
    if (produced.row) this.rows.set(file.relative, produced.row);
    return this.#record({ ...base, size: fp.size, sha256: fp.sha256, ...produced.fields }, started, produced.record);
  }

  /** Run the pipeline and write the outputs (row: null on error); null when abandoned on the way. */
  async #produce(
    file: InputFile,
    fp: Fingerprint,
    outputs: Outputs,
  ): Promise<{ fields: EntryFields; row: CsvValue[] | null; record: PlanRecord | null } | null> {
    const abandon = this.options.abandon;
    /**
     * NAME.txt of a big text, written as it is restored (its temp file in OUT,
     * which exists: no folder of a file is made before its outputs are kept);
     * renamed into place with the outputs, else removed. None is made once
     * this file is over (the pipeline of a dropped file runs on, unobserved).
     */
    const streamed: { file: StreamedTextFile | null; over: boolean } = { file: null, over: false };
    const restoredTextFile = () => {
      if (streamed.over) throw new Error(`${file.relative}: no longer taken by the batch`);
      return (streamed.file = new StreamedTextFile(this.#absolute(outputs.text), this.place.realOut));
    };
    try {
      const pool = this.#poolFor(fp.head);
      const options: ProcessOptions = { pool, restore: this.options.restore, dpi: this.options.dpi, readBy: this.options.readBy, bytes: fp.bytes ?? undefined, sha256: fp.sha256, restoredTextFile };
      // the options carry the bytes to the pipeline; the fingerprint keeps its hash only
      fp.bytes = null;
      const input = { relative: file.relative, size: fp.size, sha256: fp.sha256, resumeKey: this.#key };
      const work = () => this.#process(file.absolute, options, input);
      const processed = await unlessAbandoned(pool ? this.#ocrQueue(pool).add(work) : work(), abandon);
      // read and done with: not held while the outputs are written
      options.bytes = undefined;
      const { record, restored } = processed;
      const json = this.#absolute(outputs.json);
      if (streamed.file !== null && restored.utf8 === streamed.file) await this.#commitStreamed(outputs.text, streamed.file, abandon);
      // a text held outside the heap is written as its bytes; a string line by line in pieces, never encoded whole a second time
      else await this.#write(outputs.text, restored.utf8 instanceof Utf8Text ? restored.utf8.blocks : textPieces(restored.text), abandon);
      await writeReviewSidecars({ outDir: this.place.outDir, relative: file.relative, inputPath: file.absolute, recordPath: json, ...processed, signal: abandon }).catch(
        (error: unknown) => {
          throw fileSystemError(error, json, 'write the review files beside the record');
        },
      );
      if (this.options.pdf) {
        await writeSearchablePdf(pdfPath(json), file.absolute, processed, { signal: abandon }).catch((error: unknown) => {
          throw fileSystemError(error, pdfPath(json), 'write the searchable PDF');
        });
      }
      await this.#write(outputs.json, `${JSON.stringify(record, null, 2)}\n`, abandon);
      return { fields: okFields(record, outputs), row: summaryRow(file.relative, record, await readReviewed(json)), record };
    } catch (error) {
      if (abandon?.aborted) return null;
      if (isVnplanError(error) && error.code === 'WRITE_FAILED' && STOPPING_CODES.has(error.systemCode ?? '')) this.#stop(error);
      // A table of dictionaries/ missing or damaged fails every file alike: the installation, not the input, is broken.
      if (isVnplanError(error) && error.code === 'BAD_TABLE') this.#stop(error);
      // Outputs of an earlier version of this input no longer describe it.
      await Promise.all([outputs.text, outputs.json].map((p) => this.#remove(p)));
      await removeReviewSidecars(this.#absolute(outputs.json));
      await rm(pdfPath(this.#absolute(outputs.json)), { force: true });
      return { fields: failure(file.relative, error), row: null, record: null };
    } finally {
      // abandoned, failed, or not the text given back (a queue's worker restored it): never a partial NAME.txt
      streamed.over = true;
      await streamed.file?.close();
    }
  }

  #ocrQueue(pool: OcrPool): PQueue {
    this.#ocrFiles ??= new PQueue({ concurrency: pool.options.workers });
    return this.#ocrFiles;
  }

  /**
   * One output, atomically, after checking where it really lands: below OUT
   * (a symbolic link planted in OUT could lead elsewhere) and never on an input.
   */
  async #write(outputPath: string, data: string | Uint8Array | Iterable<string | Uint8Array>, signal: AbortSignal | undefined): Promise<void> {
    const real = await this.#prepared(outputPath);
    await writeFileAtomic(real, data, { signal }).catch((error: unknown) => {
      throw signal?.aborted ? error : fileSystemError(error, this.#absolute(outputPath), 'write the output');
    });
  }

  /** A text written as it was restored, renamed into place once where it lands is checked, as #write checks it. */
  async #commitStreamed(outputPath: string, file: StreamedTextFile, signal: AbortSignal | undefined): Promise<void> {
    await file.commit(await this.#prepared(outputPath), signal);
  }

  /** The real path an output lands on, its folder made. */
  async #prepared(outputPath: string): Promise<string> {
    const path = this.#absolute(outputPath);
    await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
      throw fileSystemError(error, dirname(path), 'create the output folder');
    });
    return this.#landing(path);
  }

  /** Remove an earlier output — only where writing it would have been allowed (a link could lead to an input). */
  async #remove(outputPath: string): Promise<void> {
    const real = await this.#landing(this.#absolute(outputPath)).catch(() => null);
    if (real !== null) await rm(real, { force: true }).catch(() => undefined);
  }

  /** The real path an output lands on, once checked: a regular file (or none yet) below OUT, and no input. */
  async #landing(path: string): Promise<string> {
    const target = await resolveOutput(path);
    if (target.kind !== 'file') throw new VnplanError('OUTPUT_CONFLICT', path, 'exists and is not a regular file; not replaced');
    await this.place.inputs.check(target, this.place.realOut);
    if (!isInside(target.real, this.place.realOut)) {
      throw new VnplanError('OUTPUT_CONFLICT', path, `leads out of the output folder (to ${target.real}) through a symbolic link; not written`);
    }
    return target.real;
  }

  /**
   * The shared pool, made when the first input that needs OCR shows up (by its
   * content, as the input stage sees it), so a text-only archive never depends
   * on the OCR engine. Text and unsupported files get none.
   */
  #poolFor(head: Uint8Array): OcrPool | undefined {
    const format = detectFormat(head);
    if (format === null || format === 'text') return undefined;
    this.#pool ??= createOcrPool({ engine: this.options.ocrEngine });
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
      entry.version === this.#key &&
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

  async #record(entry: Omit<ManifestEntry, 'seconds' | 'finishedAt'>, started: number, record: PlanRecord | null = null): Promise<void> {
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
    const check = record === null ? null : toCheck(record);
    if (check !== null && needsCheck(check)) this.counts.toCheck.push({ path: full.path, ...check });
    this.options.reporter?.fileDone(full);
  }

  #outputs(file: InputFile): Outputs {
    const stem = this.stems.get(file.relative) ?? file.relative;
    return { json: `${stem}.json`, text: `${stem}.txt` };
  }

  #absolute(outputPath: string): string {
    return join(this.place.outDir, ...outputPath.split('/'));
  }
}

type EntryFields = Pick<
  ManifestEntry,
  'status' | 'error' | 'errorCode' | 'format' | 'pages' | 'ocrConfidence' | 'changeRate' | 'warnings' | 'review' | 'json' | 'text'
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
    ...checkFields(record),
    ...outputs,
  };
}

/** The manifest's word on what to check: the count of warnings and the flagged fields. */
function checkFields(record: PlanRecord): Pick<ManifestEntry, 'warnings' | 'review'> {
  const { fields, warnings } = toCheck(record);
  return { warnings: warnings.length, review: fields };
}

/** OUT/<name>.pdf beside OUT/<name>.json. */
function pdfPath(recordPath: string): string {
  return recordPath.replace(/\.json$/, '.pdf');
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
    warnings: 0,
    review: [],
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
