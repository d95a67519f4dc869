// tesseract.js: Tesseract compiled to WebAssembly, one worker thread per
// instance. The default engine: it needs nothing installed beside vnplan.
import { createRequire } from 'node:module';
import { DEFAULT_MODEL, startTesseract, type OcrModel } from '../tesseract.js';
import type { EngineKind } from './engine.js';
import { modelFiles } from './model.js';

const version = (createRequire(import.meta.url)('tesseract.js/package.json') as { version: string }).version;

export function tesseractJsEngine(lang = 'vie', model: OcrModel = DEFAULT_MODEL): EngineKind {
  return {
    identity: { name: 'tesseract.js', version, model: modelFiles(lang, model).identity },
    start: async () => {
      const worker = await startTesseract(lang, model);
      return { recognise: (image) => worker.recognize(image), terminate: () => worker.terminate() };
    },
  };
}
