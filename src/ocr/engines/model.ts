// The Tesseract model both Tesseract engines read: the `<lang>.traineddata.gz`
// files of the @tesseract.js-data packages installed with vnplan. tesseract.js
// reads them gzipped; the native CLI needs them plain, so they are unpacked once
// into a cache folder named by their hash (a new package version unpacks anew,
// nothing is ever downloaded).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeFileAtomic } from '../../batch/atomic-write.js';
import { modelFolder, type OcrModel } from '../tesseract.js';

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
