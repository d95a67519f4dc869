// tesseract.js: Tesseract compiled to WebAssembly, one worker thread per
// instance, reading the model of the @tesseract.js-data packages (tesseract.ts).
// The default engine: it needs nothing installed beside vnplan.
import { createRequire } from 'node:module';
import { createWorker, OEM, PSM, type InitOptions, type Worker } from 'tesseract.js';
import { DEFAULT_MODEL, modelFiles, modelFolder, type OcrModel } from '../tesseract.js';
import type { EngineKind, OcrEngine, PageOcr } from './engine.js';
import { pageOfTsv } from './tsv.js';

// The WebAssembly core is tesseract.js's own dependency, resolved from its package: both make the text.
const packageOf = createRequire(import.meta.url).resolve('tesseract.js/package.json');
const versionOf = (name: string) => (createRequire(packageOf)(`${name}/package.json`) as { version: string }).version;
const version = `${versionOf('tesseract.js')} (core ${versionOf('tesseract.js-core')})`;

export function tesseractJsEngine(lang = 'vie', model: OcrModel = DEFAULT_MODEL): EngineKind {
  return {
    identity: { name: 'tesseract.js', version, model: modelFiles(lang, model).identity },
    start: () => startTesseract(lang, model),
  };
}

// Tesseract's own diagnostics ("Detected 60 diacritics") go to stderr, where
// they would mix with vnplan's messages; debug_file is read at init only.
// tesseract.js types list only the dictionary flags of Init, which takes any.
const QUIET_INIT = { debug_file: '/dev/null' } as unknown as Partial<InitOptions>;

async function startTesseract(lang: string, model: OcrModel): Promise<OcrEngine> {
  const worker = await createWorker(lang, OEM.LSTM_ONLY, {
    langPath: modelFolder(lang, model),
    gzip: true,
    cacheMethod: 'none',
    // Without a handler tesseract.js rethrows a failed job inside its message
    // listener, an uncaught exception that ends the process; the job's own
    // promise is rejected anyway and the pool turns that into OCR_FAILED.
    errorHandler: () => undefined,
  }, QUIET_INIT);
  await worker.setParameters({
    // Automatic page segmentation, the native CLI's default: on scanned pages it
    // gives about a third of the error of tesseract.js's default (6, one block),
    // which reads dust specks as stray ':' and '|'.
    tessedit_pageseg_mode: PSM.AUTO,
    // Keep runs of spaces out of the text; the layout is in the line breaks.
    preserve_interword_spaces: '0',
    // Every page is brought to 300 dpi before OCR (clean.ts) and PNM carries no density.
    user_defined_dpi: '300',
  });
  return {
    recognise: (image) => recognizeWith(worker, image),
    terminate: async () => {
      await worker.terminate();
    },
  };
}

async function recognizeWith(worker: Worker, image: Uint8Array): Promise<PageOcr> {
  // Words from the TSV output: the JSON of `blocks` carries every symbol and its
  // alternatives, and costs ~3 % more per page for the same word confidences.
  const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: true, tsv: true });
  return { text: data.text, confidence: Math.round(data.confidence * 10) / 10, ...pageOfTsv(data.tsv ?? '') };
}

