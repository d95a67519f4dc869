// `--ocr-engine auto|tesseract.js|tesseract`: which engine reads the pages.
// auto takes native Tesseract when it is installed, recent enough (≥ 5) and
// reads a test line; otherwise tesseract.js, which needs nothing installed.
import { VnplanError } from '../../errors.js';
import type { EngineKind } from './engine.js';
import { nativeTesseractVersion, tesseractCliEngine } from './tesseract-cli.js';
import { tesseractJsEngine } from './tesseract-js.js';

export type { EngineIdentity, EngineKind, OcrEngine, OcrLine, PageOcr } from './engine.js';
export { fakeEngine, type FakeEngineCounts } from './fake.js';
export { tesseractJsEngine } from './tesseract-js.js';
export { nativeTesseractVersion, tesseractCliEngine } from './tesseract-cli.js';

export const ENGINE_CHOICES = ['auto', 'tesseract.js', 'tesseract'] as const;
export type EngineChoice = (typeof ENGINE_CHOICES)[number];

export function isEngineChoice(value: string): value is EngineChoice {
  return (ENGINE_CHOICES as readonly string[]).includes(value);
}

export async function chooseEngine(choice: EngineChoice): Promise<EngineKind> {
  if (choice === 'tesseract.js') return tesseractJsEngine();
  const native = await nativeTesseractVersion();
  if ('missing' in native) {
    if (choice === 'tesseract') throw new VnplanError('USAGE', null, `--ocr-engine tesseract: ${native.missing} (apt-get install tesseract-ocr, version ≥ 5)`);
    return tesseractJsEngine();
  }
  const engine = tesseractCliEngine(native.version);
  // Asked for by name, a binary that fails says so on the first page (OCR_FAILED with its message).
  return choice === 'tesseract' || (await works(engine)) ? engine : tesseractJsEngine();
}

/** Starts an instance and reads a blank page: the binary runs and takes the model. */
async function works(engine: EngineKind): Promise<boolean> {
  let instance;
  try {
    instance = await engine.start();
    await instance.recognise(BLANK_PGM);
    return true;
  } catch {
    return false;
  } finally {
    await instance?.terminate();
  }
}

/** A 32×32 white greyscale PNM. */
const BLANK_PGM = new Uint8Array([...new TextEncoder().encode('P5\n32 32\n255\n'), ...new Array<number>(32 * 32).fill(255)]);
