// What a finished (or stopped) batch reports: read by the progress display and
// the CLI, produced by run.ts. Its own module so that neither depends on the other.
import type { VnplanError } from '../errors.js';

export interface FailedInput {
  path: string;
  code: string | null;
  error: string;
}

/** A finished (ok or skipped) input whose record has warnings or fields flagged for review. */
export interface InputToCheck {
  path: string;
  /** Field paths of the record's review list. */
  fields: string[];
  warnings: string[];
}

export interface BatchSummary {
  inputs: number;
  ok: number;
  skipped: number;
  failed: FailedInput[];
  /** Ok and skipped inputs a person must look at before trusting the record (to-check.ts). */
  toCheck: InputToCheck[];
  /** Inputs left for the next run by an interruption or a stop. */
  notStarted: number;
  /** Pages of the files processed in this run. */
  pages: number;
  seconds: number;
  interrupted: boolean;
  /** Why the run stopped taking files before the end (a full disk…), null when it did not. */
  stoppedBy: VnplanError | null;
  /** summary.csv could not be written: why (the manifest still holds every finished file). */
  summaryCsvError: VnplanError | null;
  /** The review page (index.html) could not be written: why. */
  reviewPageError: VnplanError | null;
  outDir: string;
  manifestPath: string;
  summaryCsvPath: string;
}
