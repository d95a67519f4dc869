// The Tesseract model both Tesseract engines (engines/tesseract-js.ts,
// engines/tesseract-cli.ts) read, fully offline: the `<lang>.traineddata.gz`
// files of the @tesseract.js-data packages installed with vnplan, never the
// network. tesseract.js reads them gzipped; the native CLI needs them plain,
// so they are unpacked once into a cache folder named by their hash (a new
// package version unpacks anew).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { writeFileAtomic } from '../batch/atomic-write.js';

/**
 * Which model of the packages: `4.0.0_best_int` (integer "best" LSTM) or
 * `4.0.0` (fast LSTM + legacy engine). Chosen by measurement (README, "OCR model").
 */
export type OcrModel = '4.0.0_best_int' | '4.0.0';
export const DEFAULT_MODEL: OcrModel = '4.0.0_best_int';

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

interface ModelFiles {
  /** `vie 4.0.0_best_int sha256:0123456789ab` */
  identity: string;
  /** Language code -> its .traineddata.gz. */
  files: Map<string, string>;
  hash: string;
}

const known = new Map<string, ModelFiles>();

export function modelFiles(lang: string, model: OcrModel): ModelFiles {
  const key = `${lang}/${model}`;
  const cached = known.get(key);
  if (cached) return cached;
  const files = new Map(lang.split('+').map((code) => [code, join(modelFolder(code, model), `${code}.traineddata.gz`)]));
  const hash = createHash('sha256');
  for (const path of files.values()) hash.update(readFileSync(path));
  const digest = hash.digest('hex').slice(0, 12);
  const entry = { identity: `${lang} ${model} sha256:${digest}`, files, hash: digest };
  known.set(key, entry);
  return entry;
}

/** The languages a model identity of modelFiles reads (`vie+eng best sha256:…` -> vie, eng). */
export function identityLanguages(identity: string): string[] {
  return identity.split(' ')[0]?.split('+') ?? [];
}

/** `$VNPLAN_CACHE`, else `$XDG_CACHE_HOME/vnplan`, else `~/.cache/vnplan`. */
export function cacheFolder(): string {
  return process.env.VNPLAN_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'vnplan');
}

/** A tessdata folder holding the plain `.traineddata` of `lang`, unpacked on first use. */
export async function unpackedModel(lang: string, model: OcrModel): Promise<string> {
  const { files, hash } = modelFiles(lang, model);
  const folder = join(cacheFolder(), 'tessdata', `${model}-${hash}`);
  for (const [code, gz] of files) {
    const target = join(folder, `${code}.traineddata`);
    // Written atomically: two workers unpacking at once each rename a whole file.
    if (!existsSync(target)) await writeFileAtomic(target, gunzipSync(readFileSync(gz)));
  }
  return folder;
}
