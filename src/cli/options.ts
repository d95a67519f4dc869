// Option values more than one command reads, and the one strict parse every command's arguments go through.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { VnplanError } from '../errors.js';

/** parseArgs (strict, with positionals), its TypeError turned into a usage error (with `usage` after it when given). */
export function parseCommandArgs<const T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage?: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new VnplanError('USAGE', null, usage === undefined ? message : `${message}\n${usage}`);
  }
}

export function parseDpi(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const dpi = Number(value);
  if (!Number.isInteger(dpi) || dpi < 72 || dpi > 600) {
    throw new VnplanError('USAGE', null, `--dpi takes a whole number from 72 to 600 (got "${value}")`);
  }
  return dpi;
}
