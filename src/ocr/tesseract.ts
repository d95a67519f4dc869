// One tesseract.js worker, fully offline: the trained models come from the
// @tesseract.js-data packages installed with vnplan, never from the network,
// and nothing is cached in the working folder.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createWorker, OEM, PSM, type InitOptions, type Worker } from 'tesseract.js';
import type { OcrWord } from '../types.js';
import type { PageOcr } from './engines/engine.js';
import { linesOfTsv } from './engines/tsv.js';

/**
 * Which model of the packages: `4.0.0_best_int` (integer "best" LSTM) or
 * `4.0.0` (fast LSTM + legacy engine). Chosen by measurement (README, "OCR model").
 */
export type OcrModel = '4.0.0_best_int' | '4.0.0';
export const DEFAULT_MODEL: OcrModel = '4.0.0_best_int';

export type { PageOcr } from './engines/engine.js';

export interface TesseractWorker {
  recognize(image: Uint8Array): Promise<PageOcr>;
  terminate(): Promise<void>;
}

const require = createRequire(import.meta.url);
const langPaths = new Map<string, string>();

/** The folder that holds `<lang>.traineddata.gz` for every language of `lang` ('vie', 'vie+eng'). */
export function modelFolder(lang: string, model: OcrModel): string {
  const key = `${lang}/${model}`;
  const known = langPaths.get(key);
  if (known !== undefined) return known;
  const languages = lang.split('+');
  const folders = languages.map((code) => join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), model));
  // tesseract.js reads every language from one langPath, and each package has its own folder:
  // for a combination, link the files side by side in a private temporary folder.
  const folder = folders.length === 1 ? folders[0]! : linkTogether(languages, folders);
  langPaths.set(key, folder);
  return folder;
}

function linkTogether(languages: string[], folders: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'vnplan-tessdata-'));
  languages.forEach((code, i) => {
    symlinkSync(join(folders[i]!, `${code}.traineddata.gz`), join(folder, `${code}.traineddata.gz`));
  });
  return folder;
}

// Tesseract's own diagnostics ("Detected 60 diacritics") go to stderr, where
// they would mix with vnplan's messages; debug_file is read at init only.
// tesseract.js types list only the dictionary flags of Init, which takes any.
const QUIET_INIT = { debug_file: '/dev/null' } as unknown as Partial<InitOptions>;

export async function startTesseract(lang: string, model: OcrModel = DEFAULT_MODEL): Promise<TesseractWorker> {
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
    recognize: (image) => recognizeWith(worker, image),
    terminate: async () => {
      await worker.terminate();
    },
  };
}

async function recognizeWith(worker: Worker, image: Uint8Array): Promise<PageOcr> {
  // Words from the TSV output: the JSON of `blocks` carries every symbol and its
  // alternatives, and costs ~3 % more per page for the same word confidences.
  const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: true, tsv: true });
  return { text: data.text, confidence: round1(data.confidence), words: wordsOfTsv(data.tsv ?? ''), lines: linesOfTsv(data.tsv ?? '') };
}

/** Tesseract TSV: level 5 rows are words, columns 7–10 the box, column 11 the confidence, column 12 the text. */
export function wordsOfTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const columns = row.split('\t');
    if (columns[0] !== '5' || columns.length < 12) continue;
    const text = columns.slice(11).join('\t').trim();
    if (text === '') continue;
    const [left, top, width, height] = columns.slice(6, 10).map(Number) as [number, number, number, number];
    words.push({ text, confidence: round1(Number(columns[10])), bbox: { x0: left, y0: top, x1: left + width, y1: top + height } });
  }
  return words;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
