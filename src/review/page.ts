// OUT/index.html: the review page of a batch. The list of documents is inlined;
// each document's details go to OUT/index.files/doc-ID.js, loaded when the
// document is opened, so a batch of thousands opens as fast as one of ten.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { MANIFEST_NAME, readManifest, type ManifestEntry } from '../batch/manifest.js';
import { reviewHtml, scriptSafeJson } from './assets.js';
import { documentData, listItem, type DocumentData, type ListItem } from './document-data.js';
import { ASSETS_DIR, documentId } from './sidecars.js';

export const INDEX_NAME = 'index.html';

export function documentDataPath(outDir: string, id: string): string {
  return join(outDir, ASSETS_DIR, `doc-${id}.js`);
}

export interface ReviewPageOptions {
  /** Rewrite the details of this input path only (after a correction); the list is always rewritten. */
  only?: string;
}

/** Writes OUT/index.html and the documents' details; resolves to the page's path. */
export async function writeReviewPage(outDir: string, options: ReviewPageOptions = {}): Promise<string> {
  const manifest = await readManifest(join(outDir, MANIFEST_NAME));
  const entries = [...manifest.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const items: ListItem[] = [];
  for (const entry of entries) {
    const data = await readDocument(outDir, entry);
    items.push(listItem(data));
    if (options.only === undefined || options.only === entry.path) await writeDocumentData(outDir, data);
  }
  const page = join(outDir, INDEX_NAME);
  await writeFileAtomic(page, reviewHtml(items, { outDir, generatedAt: new Date().toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) }));
  return page;
}

/** One document's details; outputs that cannot be read make it an error entry, not a broken page. */
export async function readDocument(outDir: string, entry: ManifestEntry): Promise<DocumentData> {
  const id = documentId(entry.path);
  try {
    return await documentData(outDir, entry, id);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return documentData(outDir, { ...entry, status: 'error', error: `${entry.path}: the outputs cannot be read (${reason})`, json: null }, id);
  }
}

/** A document's details file; left alone when it already holds them (a re-run rewrites only what changed). */
export async function writeDocumentData(outDir: string, data: DocumentData): Promise<void> {
  const path = documentDataPath(outDir, data.id);
  const content = `vnplanReview.receive(${scriptSafeJson(data)});\n`;
  if ((await readFile(path, 'utf8').catch(() => null)) === content) return;
  await writeFileAtomic(path, content);
}
