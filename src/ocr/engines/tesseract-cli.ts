// Native Tesseract (≥ 5), one `tesseract` process per page: ~1.45× less CPU
// than tesseract.js for the same text (README, "OCR"). It reads the very model
// tesseract.js reads (model.ts unpacks it once), with the same settings: LSTM
// only, automatic page segmentation, 300 dpi, one thread per process
// (OMP_THREAD_LIMIT=1; the pool runs one process per core).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_MODEL, modelFiles, unpackedModel, type OcrModel } from '../tesseract.js';
import type { EngineKind, OcrEngine, PageOcr } from './engine.js';
import { meanConfidence, pageOfTsv } from './tsv.js';

const run = promisify(execFile);
const MIN_MAJOR = 5;

/** `tesseract --version`'s version when it is ≥ 5, else why not (not installed, too old). */
export async function nativeTesseractVersion(binary = 'tesseract'): Promise<{ version: string } | { missing: string }> {
  let output: string;
  try {
    const { stdout, stderr } = await run(binary, ['--version'], { timeout: 10_000 });
    output = stdout + stderr;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { missing: code === 'ENOENT' ? `${binary} is not installed` : `${binary} --version failed (${code ?? String(error)})` };
  }
  const version = /tesseract\s+v?(\d+)\.(\d+)\S*/i.exec(output);
  if (!version) return { missing: `${binary} --version printed no version` };
  if (Number(version[1]) < MIN_MAJOR) return { missing: `${binary} ${version[0].split(/\s+/)[1]} is older than ${MIN_MAJOR}` };
  return { version: version[0].split(/\s+/)[1]!.replace(/^v/, '') };
}

export function tesseractCliEngine(version: string, lang = 'vie', model: OcrModel = DEFAULT_MODEL, binary = 'tesseract'): EngineKind {
  return {
    identity: { name: 'tesseract', version, model: modelFiles(lang, model).identity },
    start: async () => new CliInstance(binary, lang, await unpackedModel(lang, model), await mkdtemp(join(tmpdir(), 'vnplan-tesseract-'))),
  };
}

class CliInstance implements OcrEngine {
  #running: AbortController | null = null;
  #pages = 0;

  constructor(
    private readonly binary: string,
    private readonly lang: string,
    private readonly tessdata: string,
    private readonly folder: string,
  ) {}

  async recognise(image: Uint8Array): Promise<PageOcr> {
    const base = join(this.folder, String(this.#pages++));
    const input = `${base}.img`;
    await writeFile(input, image);
    const abort = new AbortController();
    this.#running = abort;
    try {
      await run(
        this.binary,
        [input, base, '--tessdata-dir', this.tessdata, '-l', this.lang, '--oem', '1', '--psm', '3', '--dpi', '300',
          '-c', 'preserve_interword_spaces=0', '-c', 'debug_file=/dev/null',
          // Set directly: the `txt` / `tsv` config files live in the system tessdata, not in ours.
          '-c', 'tessedit_create_txt=1', '-c', 'tessedit_create_tsv=1'],
        { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, signal: abort.signal, maxBuffer: 1024 * 1024 },
      );
      const [text, tsv] = await Promise.all([readFile(`${base}.txt`, 'utf8'), readFile(`${base}.tsv`, 'utf8')]);
      const page = pageOfTsv(tsv);
      return { text, confidence: meanConfidence(page.words), ...page };
    } finally {
      this.#running = null;
      await Promise.all([input, `${base}.txt`, `${base}.tsv`].map((p) => rm(p, { force: true })));
    }
  }

  async terminate(): Promise<void> {
    this.#running?.abort();
    await rm(this.folder, { recursive: true, force: true });
  }
}
