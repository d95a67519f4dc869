// The sets whose texts are rendered as scans and read by OCR once, the reading committed beside
// the texts so `npm run eval` never OCRs: every outside set (fixtures/outside/NAME) and the dev
// set (fixtures/dev-plans), by the name `npm run eval -- --set` knows each by. Shared by
// make-eng-ocr.ts (old OCR, `eng`) and make-vie-ocr.ts (our own OCR, `vie`).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Each set's folder (holding texts/), by the name `npm run eval -- --set` knows it by. */
export function ocrSets(): Record<string, string> {
  const found: Record<string, string> = {};
  const outside = join(root, 'fixtures', 'outside');
  for (const name of existsSync(outside) ? readdirSync(outside).sort() : []) found[`outside-${name}`] = join(outside, name);
  found['dev'] = join(root, 'fixtures', 'dev-plans');
  return found;
}

export interface OcrTextsOptions {
  /** The sets to read (names of ocrSets); all when absent. */
  only: string[] | undefined;
  /** The folder beside texts/ the readings go to (eng-ocr, vie-ocr). */
  folder: string;
  /** Read again a text whose reading is there already. */
  force: boolean;
  /** Only the texts of these numbers (the file's leading number); all when absent. */
  numbers?: number[];
  /** The pages' text of one document: `number` is its file's leading number, the seed of its faults. */
  read: (text: string, number: number) => Promise<string[]>;
}

/** Every text of the chosen sets read, its pages joined by a blank line, written under the text's own name. */
export async function writeOcrTexts(options: OcrTextsOptions): Promise<void> {
  const all = ocrSets();
  for (const name of options.only ?? []) {
    if (!(name in all)) throw new Error(`--set must be one of ${Object.keys(all).join(', ')}`);
  }
  for (const [name, dir] of Object.entries(all)) {
    if (options.only !== undefined && !options.only.includes(name)) continue;
    const out = join(dir, options.folder);
    mkdirSync(out, { recursive: true });
    for (const file of readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.txt')).sort()) {
      if (!options.force && existsSync(join(out, file))) continue;
      if (options.numbers !== undefined && !options.numbers.includes(Number.parseInt(file, 10))) continue;
      const text = readFileSync(join(dir, 'texts', file), 'utf8').normalize('NFC');
      const pages = await options.read(text, Number.parseInt(file, 10));
      writeFileSync(join(out, file), pages.join('\n\n') + '\n');
      console.log(`${name} ${file}: ${pages.length} page(s)`);
    }
  }
}
