// `vnplan review OUT --serve`: the review page from a small HTTP server on the
// loopback interface only, which also records corrections. It serves nothing
// but the page and its own folder (index.html, index.files/…), and takes two
// requests, both JSON validated with zod (anything else: 400, nothing changed):
//   POST /api/documents/ID/fields   {"field": "title", "value": "…" | null}
//   POST /api/documents/ID/checked  {"checked": true}
// Each saves OUT/NAME.reviewed.json atomically, then rewrites the document's
// details, the list and summary.csv (which carries the corrected values).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { acquireLock } from '../batch/lock.js';
import { MANIFEST_NAME, readManifest, type ManifestEntry } from '../batch/manifest.js';
import { SUMMARY_CSV_NAME, summaryCsv, summaryRow } from '../batch/summary-csv.js';
import type { CsvValue } from '../batch/csv.js';
import { PlanRecord } from '../types.js';
import { readReviewed, withField, writeReviewed, type Reviewed } from './corrections.js';
import { listItem } from './document-data.js';
import { INDEX_NAME, readDocument, writeReviewPage } from './page.js';
import { ASSETS_DIR, documentId } from './sidecars.js';

export const LOOPBACK = '127.0.0.1';
/** A correction is a field and a value: anything bigger is not one. */
const MAX_BODY_BYTES = 64 * 1024;

const FieldRequest = z.object({ field: z.string().min(1).max(200), value: z.string().max(10_000).nullable() }).strict();
const CheckedRequest = z.object({ checked: z.boolean() }).strict();

export interface ReviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ReviewServerOptions {
  outDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const outDir = options.outDir;
  // one change at a time: two quick corrections must not read the same old reviewed.json
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const server = createServer((request, response) => {
    handle(outDir, request, response, serialised).catch((error: unknown) => {
      send(response, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://${LOOPBACK}:${port}/`, port, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

type Serialise = <T>(work: () => Promise<T>) => Promise<T>;

async function handle(outDir: string, request: IncomingMessage, response: ServerResponse, serialised: Serialise): Promise<void> {
  // A page elsewhere could aim requests at 127.0.0.1 (or a name rebound to it):
  // only requests addressed to this host, and writes from this page, are taken.
  const host = request.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(response, 403, { error: 'wrong host' });
  const url = new URL(request.url ?? '/', `http://${host}`);
  if (request.method === 'GET' || request.method === 'HEAD') return serveFile(outDir, url.pathname, response);
  if (request.method !== 'POST') return send(response, 405, { error: 'method not allowed' });
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return send(response, 403, { error: 'cross-origin request' });
  const match = /^\/api\/documents\/([0-9a-f]{16})\/(fields|checked)$/.exec(url.pathname);
  if (!match) return send(response, 404, { error: 'no such endpoint' });
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(response, 400, { error: 'the request body must be application/json' });
  }
  const body = await readBody(request);
  if (body === null) return send(response, 400, { error: `the request body is not JSON of at most ${MAX_BODY_BYTES} bytes` });
  const [, id, action] = match as unknown as [string, string, 'fields' | 'checked'];
  const result = await serialised(() => change(outDir, id, action, body));
  send(response, result.status, result.body);
}

interface Outcome {
  status: number;
  body: unknown;
}

async function change(outDir: string, id: string, action: 'fields' | 'checked', body: unknown): Promise<Outcome> {
  const manifest = await readManifest(join(outDir, MANIFEST_NAME));
  const entry = [...manifest.values()].find((e) => documentId(e.path) === id);
  if (!entry || (entry.status !== 'ok' && entry.status !== 'skipped') || entry.json === null) {
    return { status: 404, body: { error: 'no such document with a record' } };
  }
  const recordPath = join(outDir, ...entry.json.split('/'));
  const extracted = PlanRecord.parse(JSON.parse(await readFile(recordPath, 'utf8')));
  const now = new Date().toISOString();
  const reviewed: Reviewed = (await readReviewed(recordPath)) ?? {
    document: entry.path,
    sourceSha256: entry.sha256,
    checked: false,
    checkedAt: null,
    corrections: [],
  };
  if (action === 'fields') {
    const parsed = FieldRequest.safeParse(body);
    if (!parsed.success) return badRequest(parsed.error);
    const { field, value } = parsed.data;
    // the value now shown: the extracted one with earlier corrections laid over it
    let current = extracted;
    for (const c of reviewed.corrections) {
      const next = withField(current, c.field, c.newValue);
      if ('record' in next) current = next.record;
    }
    const next = withField(current, field, value);
    if ('error' in next) return { status: 400, body: { error: next.error } };
    const oldValue = textAt(current, field);
    if (oldValue === value) return { status: 400, body: { error: `${field} already has this value` } };
    reviewed.corrections.push({ field, oldValue, newValue: value, at: now });
  } else {
    const parsed = CheckedRequest.safeParse(body);
    if (!parsed.success) return badRequest(parsed.error);
    reviewed.checked = parsed.data.checked;
    reviewed.checkedAt = parsed.data.checked ? now : null;
  }
  // the source as it is now is what was reviewed
  reviewed.sourceSha256 = entry.sha256;
  await writeReviewed(recordPath, reviewed);
  await writeReviewPage(outDir, { only: entry.path });
  const csvUpdated = await rewriteSummaryCsv(outDir, manifest);
  const document = await readDocument(outDir, entry);
  return { status: 200, body: { document, item: listItem(document), csvUpdated } };
}

function textAt(record: PlanRecord, field: string): string | null {
  let value: unknown = record;
  for (const key of field.split('.')) value = (value as Record<string, unknown>)[key];
  return value as string | null;
}

function badRequest(error: z.ZodError): Outcome {
  return { status: 400, body: { error: error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') } };
}

/**
 * summary.csv again, from the manifest, each record with its corrections. A
 * batch running on OUT holds its lock and writes the file itself when it ends
 * (reading the corrections then): the CSV is left to it.
 */
async function rewriteSummaryCsv(outDir: string, manifest: Map<string, ManifestEntry>): Promise<boolean> {
  let release: () => Promise<void>;
  try {
    release = await acquireLock(outDir);
  } catch {
    return false;
  }
  try {
    const rows = new Map<string, CsvValue[]>();
    for (const entry of manifest.values()) {
      if ((entry.status !== 'ok' && entry.status !== 'skipped') || entry.json === null) continue;
      const recordPath = join(outDir, ...entry.json.split('/'));
      const record = PlanRecord.safeParse(JSON.parse(await readFile(recordPath, 'utf8').catch(() => 'null')));
      if (record.success) rows.set(entry.path, summaryRow(entry.path, record.data, await readReviewed(recordPath)));
    }
    await writeFileAtomic(join(outDir, SUMMARY_CSV_NAME), summaryCsv(rows));
    return true;
  } finally {
    await release();
  }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.jpg': 'image/jpeg',
};

/** index.html and files under index.files/ only: the records, texts and inputs stay on disk. */
async function serveFile(outDir: string, pathname: string, response: ServerResponse): Promise<void> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname).replace(/^\/+/, '') || INDEX_NAME;
  } catch {
    return send(response, 400, { error: 'bad path' });
  }
  const path = normalize(relative);
  const allowed = path === INDEX_NAME || (path.startsWith(`${ASSETS_DIR}${sep}`) && !path.split(sep).includes('..'));
  const type = TYPES[extname(path)];
  if (!allowed || type === undefined) return send(response, 404, { error: 'not found' });
  let content: Buffer;
  try {
    content = await readFile(join(outDir, path));
  } catch {
    return send(response, 404, { error: 'not found' });
  }
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(content);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}
