// Command-line flags of the project's scripts, and where the raw data sets are.
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The value after `--name` on the command line, if given. */
export function flagValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** Every value given to a flag that may be repeated (`--set A --set B`). */
export function flagValues(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] !== undefined ? [process.argv[i + 1]!] : []));
}

/**
 * The raw data sets the tables are derived from: `--data DIR`, else
 * `VNPLAN_DATA`, else `../shared/data` beside the project. Only the scripts
 * that build tables or training pairs read them; nothing at run or test time.
 */
export function rawDataDir(): string {
  return resolve(flagValue('--data') ?? process.env.VNPLAN_DATA ?? join(ROOT, '../shared/data'));
}
