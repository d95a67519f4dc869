// What the operator sees while a batch runs. On a terminal: one status line,
// redrawn in place. Anywhere else (CI, a log file): a plain line at most every
// `intervalMs`, so an overnight log stays readable. Both end with the summary.
import type { ManifestEntry } from './manifest.js';
import type { BatchSummary, InputToCheck } from './summary.js';

/** What `runBatch` tells its observer. */
export interface BatchReporter {
  start(total: number): void;
  fileDone(entry: ManifestEntry): void;
  finish(): void;
}

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** Milliseconds; injectable for tests. */
  clock?: () => number;
  /** Plain mode: least time between two lines (default 10 s). */
  intervalMs?: number;
}

interface Counts {
  total: number;
  ok: number;
  skipped: number;
  failed: number;
  /** Ok or skipped files whose record has warnings or fields to review: not plain "ok". */
  toCheck: number;
  pages: number;
}

const TTY_REDRAW_MS = 100;

export class BatchProgress implements BatchReporter {
  readonly #stream: ProgressStream;
  readonly #clock: () => number;
  readonly #tty: boolean;
  readonly #intervalMs: number;
  readonly #counts: Counts = { total: 0, ok: 0, skipped: 0, failed: 0, toCheck: 0, pages: 0 };
  #startedAt = 0;
  #lastDrawn = -Infinity;

  constructor(options: ProgressOptions) {
    this.#stream = options.stream;
    this.#clock = options.clock ?? Date.now;
    this.#tty = options.stream.isTTY === true;
    this.#intervalMs = options.intervalMs ?? 10_000;
  }

  start(total: number): void {
    this.#counts.total = total;
    this.#startedAt = this.#clock();
    if (this.#tty) {
      this.#draw(true);
      return;
    }
    // A log gets what was found rather than a status line of zeros, which
    // reads like a run that did nothing.
    this.#lastDrawn = this.#startedAt;
    this.#stream.write(`${total} ${total === 1 ? 'file' : 'files'} to do\n`);
  }

  fileDone(entry: ManifestEntry): void {
    if (entry.status === 'ok') this.#counts.ok++;
    else if (entry.status === 'skipped') this.#counts.skipped++;
    else this.#counts.failed++;
    if (entry.status === 'ok') this.#counts.pages += entry.pages ?? 0;
    if (entry.status !== 'error' && ((entry.warnings ?? 0) > 0 || (entry.review ?? []).length > 0)) this.#counts.toCheck++;
    this.#draw(false);
  }

  finish(): void {
    this.#draw(true);
    if (this.#tty) this.#stream.write('\n');
  }

  #draw(force: boolean): void {
    const now = this.#clock();
    const every = this.#tty ? TTY_REDRAW_MS : this.#intervalMs;
    if (!force && now - this.#lastDrawn < every) return;
    this.#lastDrawn = now;
    const line = statusLine(this.#counts, now - this.#startedAt);
    // \x1b[K clears what a longer previous line left behind.
    this.#stream.write(this.#tty ? `\r${line}\x1b[K` : `${line}\n`);
  }
}

// Counts read `N ok · N unchanged · N with errors`, never `N skipped, N failed`
// or `N pages in 3s`: those are the shapes of a test runner's closing line,
// which CI logs are scanned for, and a batch of 0 failures would read as a
// test run that executed nothing.
export function statusLine(counts: Counts, elapsedMs: number): string {
  const done = counts.ok + counts.skipped + counts.failed;
  const processed = counts.ok + counts.failed;
  const minutes = elapsedMs / 60_000;
  const rate = processed > 0 && minutes > 0 ? processed / minutes : null;
  // Skipped files cost next to nothing, so the ETA extrapolates from processed ones.
  const eta = rate === null ? null : ((counts.total - done) / rate) * 60_000;
  return [
    `${done}/${counts.total} files`,
    `${counts.ok} ok · ${counts.skipped} unchanged · ${counts.failed} with errors`,
    `${counts.toCheck} to check`,
    `${counts.pages} pages`,
    rate === null ? 'rate –' : `${rate.toFixed(1)} files/min`,
    `elapsed ${duration(elapsedMs)}`,
    eta === null ? 'ETA –' : `ETA ${duration(eta)}`,
  ].join(' · ');
}

/** `4m05s`, `1h02m`, `12s`. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The closing report: counts, throughput, then every failed input with its reason. */
export function formatSummary(summary: BatchSummary): string {
  const processed = summary.ok + summary.failed.length;
  const minutes = summary.seconds / 60;
  const lines = [
    `${summary.interrupted ? 'Interrupted' : 'Done'}: ${summary.inputs} inputs — ${summary.ok} ok, ` +
      `${summary.skipped} unchanged (kept), ${summary.failed.length} with errors` +
      (summary.notStarted > 0 ? `, ${summary.notStarted} left for the next run` : '') +
      `; ${summary.toCheck.length} records to check`,
    `${summary.pages} pages · elapsed ${duration(summary.seconds * 1000)}` +
      (processed > 0 && minutes > 0 ? ` · ${(processed / minutes).toFixed(1)} files/min` : ''),
    `Outputs in ${summary.outDir} — ${summary.manifestPath}` + (summary.summaryCsvError === null ? `, ${summary.summaryCsvPath}` : ''),
  ];
  if (summary.stoppedBy !== null) {
    lines.push(`Stopped taking files: ${summary.stoppedBy.message}. Finished files are kept; re-run to do the rest.`);
  }
  if (summary.summaryCsvError !== null) lines.push(`summary.csv not written: ${summary.summaryCsvError.message}`);
  if (summary.reviewPageError !== null) lines.push(`Review page not written: ${summary.reviewPageError.message}`);
  if (summary.failed.length > 0) {
    lines.push(`Failed (${summary.failed.length}):`, ...summary.failed.map((f) => `  ${f.path} [${f.code ?? '?'}] ${f.error}`));
  }
  if (summary.toCheck.length > 0) {
    const shown = [...summary.toCheck].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).slice(0, MAX_LISTED_TO_CHECK);
    const more = summary.toCheck.length - shown.length;
    lines.push(
      `To check (${summary.toCheck.length}): warnings or fields flagged for review (summary.csv "Cần kiểm tra", the review page ${summary.outDir}/index.html):`,
      ...shown.map(toCheckLine),
      ...(more > 0 ? [`  … and ${more} more (manifest.jsonl: "warnings", "review")`] : []),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Files to check listed by name in the closing report: every failure is
 * listed, but on a large archive of scans those to check can be thousands;
 * the manifest and summary.csv hold them all.
 */
const MAX_LISTED_TO_CHECK = 20;

function toCheckLine(item: InputToCheck): string {
  const parts = [...(item.fields.length > 0 ? [`fields ${item.fields.join(', ')}`] : []), ...item.warnings];
  return `  ${item.path}: ${parts.join('; ')}`;
}
