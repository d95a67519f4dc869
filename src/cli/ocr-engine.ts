// `--ocr-engine auto|tesseract.js|tesseract`, shared by every command that may OCR.
import { VnplanError } from '../errors.js';
import { chooseEngine, ENGINE_CHOICES, isEngineChoice, type EngineKind } from '../ocr/engines/index.js';

export const OCR_ENGINE_HELP = `--ocr-engine NAME      ${ENGINE_CHOICES.join(' | ')} (default tesseract.js, which needs nothing
                         installed; tesseract = the native CLI ≥ 5, ~1.45× less CPU a page;
                         auto = native when installed and working, else tesseract.js)`;

/**
 * The engine a command line asks for; undefined when it asks for none (the
 * default tesseract.js pool, and the default engine identity in the resume
 * key, so a worker and a coordinator started without the flag agree).
 */
export async function ocrEngineOf(choice: string | undefined): Promise<EngineKind | undefined> {
  if (choice === undefined) return undefined;
  if (!isEngineChoice(choice)) {
    throw new VnplanError('USAGE', null, `--ocr-engine takes ${ENGINE_CHOICES.join(', ')} (got "${choice}")`);
  }
  return chooseEngine(choice);
}
