// Option values more than one command reads.
import { VnplanError } from '../errors.js';

export function parseDpi(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const dpi = Number(value);
  if (!Number.isInteger(dpi) || dpi < 72 || dpi > 600) {
    throw new VnplanError('USAGE', null, `--dpi takes a whole number from 72 to 600 (got "${value}")`);
  }
  return dpi;
}
