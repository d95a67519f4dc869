// OUT/manifest.jsonl: one JSON line per input and run, appended as each file
// finishes, so whatever stops the run the lines already written stay true.
// Reading is tolerant — a line torn by `kill -9` (or written by an older,
// differently shaped version) is ignored — and the latest line of a path wins.
// Each run starts by rewriting the file atomically as that latest view, which
// also drops a torn tail that a new line would otherwise be glued onto.
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write.js';

export const MANIFEST_NAME = 'manifest.jsonl';

export const ManifestEntry = z.object({
  /** Input path relative to DIR, `/`-separated. */
  path: z.string().min(1),
  size: z.number().int().min(0).nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** skipped = unchanged since an earlier ok run, whose outputs are still there. */
  status: z.enum(['ok', 'error', 'skipped']),
  error: z.string().nullable(),
  errorCode: z.string().nullable(),
  format: z.string().nullable(),
  pages: z.number().int().min(0).nullable(),
  /** Mean OCR word confidence 0–100, null when nothing was OCR'd. */
  ocrConfidence: z.number().nullable(),
  /** Share of tokens changed by restoration, 0–1. */
  changeRate: z.number().nullable(),
  /**
   * Warnings of the record (a page with no text found, a page read with low
   * OCR confidence, a text layer not trusted…); 0 on error. With `review`, it
   * says an ok or skipped file still needs a look (to-check.ts). Absent from
   * lines of earlier versions.
   */
  warnings: z.number().int().min(0).optional(),
  /** Fields of the record to check against the paper (its `review` list); empty on error. */
  review: z.array(z.string()).optional(),
  /** Outputs relative to OUT; null on error. */
  json: z.string().nullable(),
  text: z.string().nullable(),
  seconds: z.number().min(0),
  version: z.string(),
  finishedAt: z.string(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/** Latest entry per input path; a missing file reads as empty. */
export async function readManifest(path: string): Promise<Map<string, ManifestEntry>> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const latest = new Map<string, ManifestEntry>();
  for (const line of content.split('\n')) {
    const entry = parseLine(line);
    if (entry) {
      latest.delete(entry.path); // re-insert so the map keeps finishing order
      latest.set(entry.path, entry);
    }
  }
  return latest;
}

function parseLine(line: string): ManifestEntry | null {
  if (!line.trim()) return null;
  try {
    const parsed = ManifestEntry.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Rewrite the manifest as its latest view; resolves to that view. */
export async function compactManifest(path: string): Promise<Map<string, ManifestEntry>> {
  const latest = await readManifest(path);
  await writeFileAtomic(path, [...latest.values()].map(toLine).join(''));
  return latest;
}

function toLine(entry: ManifestEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

/** Appends whole lines, one at a time, in the order `append` is called. */
export class ManifestWriter {
  #tail: Promise<void> = Promise.resolve();

  private constructor(private readonly handle: FileHandle) {}

  static async open(path: string): Promise<ManifestWriter> {
    return new ManifestWriter(await open(path, 'a'));
  }

  append(entry: ManifestEntry): Promise<void> {
    // One write per line: a kill can tear at most the line being written.
    const write = this.#tail.then(() => this.handle.write(toLine(ManifestEntry.parse(entry)))).then(() => undefined);
    this.#tail = write.catch(() => undefined);
    return write;
  }

  async close(): Promise<void> {
    await this.#tail;
    await this.handle.close();
  }
}
