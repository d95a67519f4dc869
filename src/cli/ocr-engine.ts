// `--ocr-engine auto|tesseract.js|tesseract`, shared by every command that may OCR.
import { VnplanError } from '../errors.js';
import { chooseEngine, ENGINE_CHOICES, isEngineChoice, type EngineKind } from '../ocr/engines/index.js';

export const OCR_ENGINE_HELP = `--ocr-engine NAME      ${ENGINE_CHOICES.join(' | ')} (default tesseract.js, which needs nothing
                         installed; tesseract = the native CLI ≥ 5, ~1.45× less CPU a page;
                         auto = native when installed and working, else tesseract.js)`;

/** The engine a command line asks for (tesseract.js when it asks for none); usage error for an unknown name. */
export async function ocrEngineOf(value: string | undefined): Promise<EngineKind> {
  const choice = value ?? 'tesseract.js';
  if (!isEngineChoice(choice)) {
    throw new VnplanError('USAGE', null, `--ocr-engine takes ${ENGINE_CHOICES.join(', ')} (got "${choice}")`);
  }
  return chooseEngine(choice);
}
