/** Process exit codes of every vnplan command. */
export const EXIT = {
  OK: 0,
  /** A file could not be processed (batch: at least one file failed). */
  FAILED: 1,
  USAGE: 2,
  /** Stopped by SIGINT (128 + 2, the shell convention). */
  INTERRUPTED: 130,
  /** Stopped by SIGTERM (128 + 15). */
  TERMINATED: 143,
} as const;
