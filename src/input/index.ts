// PLACEHOLDER — replaced by the input/OCR work (issue 4).
import type { InputDocument } from '../types.js';
import { VnplanError } from '../errors.js';

export interface InputLimits {
  /** Largest file accepted, bytes. */
  maxBytes: number;
}

export async function readInput(path: string, _limits?: Partial<InputLimits>): Promise<InputDocument> {
  throw new VnplanError('UNSUPPORTED_FORMAT', path, 'input stage not implemented yet');
}
