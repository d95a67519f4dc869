// `--read-by auto|vie-ocr`, shared by every command that restores a text.
import { VnplanError } from '../errors.js';
import type { ReadBy } from '../types.js';

const READ_BY_CHOICES = ['auto', 'vie-ocr'] as const;

export const READ_BY_HELP = `--read-by WHO          ${READ_BY_CHOICES.join(' | ')}: what read the text of text files (and
                         PDF text layers) before vnplan got it. vie-ocr = Tesseract's
                         Vietnamese model, which reads a hook as an acute or a tilde
                         (Tố chức, TĨNH): restoration then weighs those misreadings;
                         auto (default) = as the author wrote it, while pages OCR'd
                         here say it themselves`;

/**
 * What read the text a command line names; undefined for auto, so restoration
 * asks the document (readerOf) and the resume key stays the default's.
 */
export function readByOf(choice: string | undefined): ReadBy | undefined {
  if (choice === undefined || choice === 'auto') return undefined;
  if (choice === 'vie-ocr') return choice;
  throw new VnplanError('USAGE', null, `--read-by takes ${READ_BY_CHOICES.join(', ')} (got "${choice}")`);
}
