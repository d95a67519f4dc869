// What a finished (or stopped) batch reports: read by the progress display and
// the CLI, produced by run.ts. Its own module so that neither depends on the other.
import type { VnplanError } from '../errors.js';

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
  outDir: string;
  manifestPath: string;
  summaryCsvPath: string;
}
