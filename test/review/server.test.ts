// The review server over a real batch: what it serves, what it refuses (400 and
// nothing changed), and corrections that reach summary.csv and survive re-runs.
import { appendFile, readdir, readFile, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { reviewedPath } from '../../src/review/corrections.js';
import type { DocumentData } from '../../src/review/document-data.js';
import { documentDataPath } from '../../src/review/page.js';
import { startReviewServer, type ReviewServer } from '../../src/review/server.js';
import { documentId } from '../../src/review/sidecars.js';
import { batchOver, postJson, removeBatches, SAMPLE_002, SAMPLES, summaryRows, type BatchFolders } from './helpers.js';

let folders: BatchFolders;
let server: ReviewServer;
const id = documentId(SAMPLE_002);
const record = () => join(folders.out, SAMPLE_002.replace(/\.txt$/, '.json'));

async function documentData(): Promise<DocumentData> {
  const script = await readFile(documentDataPath(folders.out, id), 'utf8');
  return JSON.parse(script.replace(/^vnplanReview\.receive\(/, '').replace(/\);\n$/, '')) as DocumentData;
}

async function row(path: string) {
  return (await summaryRows(folders.out)).find((r) => r['Tệp'] === path)!;
}

/** A raw request, with headers fetch would not let us set (Host) or paths it would normalise. */
function raw(path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const samples = (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')).map((n) => join(SAMPLES, n));
  folders = await batchOver(samples);
  server = await startReviewServer({ outDir: folders.out });
});
afterAll(async () => {
  await server?.close();
  await removeBatches();
});

describe('review server', () => {
  it('listens on 127.0.0.1 only and serves the page and its own folder, nothing else', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="vi">');
    expect((await fetch(`${server.url}index.files/doc-${id}.js`)).status).toBe(200);
    for (const path of ['/manifest.jsonl', '/summary.csv', `/${SAMPLE_002}`, '/index.files/%2e%2e/summary.csv', '/../summary.csv']) {
      expect(await raw(path), path).toBe(404);
    }
    expect(await raw('/', { host: 'evil.example:80' })).toBe(403);
  });

  it('refuses malformed requests with 400 and changes nothing', async () => {
    const csvBefore = await readFile(join(folders.out, 'summary.csv'));
    const url = `${server.url}api/documents/${id}/fields`;
    const bad: [unknown, string?][] = [
      ['{not json'],
      [{ field: 'title' }],
      [{ field: 'title', value: 5 }],
      [{ field: 'title', value: 'x', extra: true }],
      [{ field: 'outline.0.title', value: 'x' }],
      [{ field: 'legalBases.99.number', value: 'x' }],
      [{ field: 'issuedDate', value: '22/01/2024' }],
      [{ field: 'title', value: 'x' }, 'text/plain'],
    ];
    for (const [body, type] of bad) {
      const response = await postJson(url, body, type ? { 'content-type': type } : {});
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(typeof response.json.error).toBe('string');
    }
    expect((await postJson(`${server.url}api/documents/${id}/checked`, { checked: 'yes' })).status).toBe(400);
    expect((await postJson(url, { field: 'title', value: 'x' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await postJson(`${server.url}api/documents/0000000000000000/fields`, { field: 'title', value: 'x' })).status).toBe(404);
    await expect(stat(reviewedPath(record()))).rejects.toThrow();
    expect(Buffer.compare(await readFile(join(folders.out, 'summary.csv')), csvBefore)).toBe(0);
  });

  it('saves a correction and a check beside the record, and summary.csv follows', async () => {
    const before = await row(SAMPLE_002);
    const title = 'Kế hoạch thi đua đã được người lưu trữ sửa';
    const saved = await postJson(`${server.url}api/documents/${id}/fields`, { field: 'title', value: title });
    expect(saved.status).toBe(200);
    expect((saved.json.document as DocumentData).fields.find((f) => f.field === 'title')).toMatchObject({ value: title, corrected: true, extracted: before['Trích yếu nội dung'] });
    expect((await postJson(`${server.url}api/documents/${id}/checked`, { checked: true })).status).toBe(200);

    const reviewed = JSON.parse(await readFile(reviewedPath(record()), 'utf8'));
    expect(reviewed).toMatchObject({ document: SAMPLE_002, checked: true, corrections: [{ field: 'title', oldValue: before['Trích yếu nội dung'], newValue: title }] });
    expect(Date.parse(reviewed.corrections[0].at)).not.toBeNaN();
    const after = await row(SAMPLE_002);
    expect(after['Trích yếu nội dung']).toBe(title);
    expect(after['Đã kiểm tra']).toBe('Có');
    expect(before['Đã kiểm tra']).toBe('Chưa');
    // the list inlined in index.html knows too
    expect(await readFile(join(folders.out, 'index.html'), 'utf8')).toContain(title);
  });

  it('keeps the correction through a re-run, a forced re-run, and says so when the source changed', async () => {
    const saved = await readFile(reviewedPath(record()));
    const title = JSON.parse(saved.toString()).corrections[0].newValue as string;
    for (const force of [false, true]) {
      const summary = await runBatch({ inputDir: folders.dir, outDir: folders.out, force });
      expect(summary.failed).toEqual([]);
      expect(Buffer.compare(await readFile(reviewedPath(record())), saved)).toBe(0);
      expect((await row(SAMPLE_002))['Trích yếu nội dung']).toBe(title);
      expect((await documentData()).sourceChanged).toBe(false);
    }
    await appendFile(join(folders.dir, SAMPLE_002), '\nBản sao y bản chính\n');
    await runBatch({ inputDir: folders.dir, outDir: folders.out });
    const data = await documentData();
    expect(data.sourceChanged).toBe(true);
    expect(data.fields.find((f) => f.field === 'title')?.value).toBe(title);
    expect((await row(SAMPLE_002))['Trích yếu nội dung']).toBe(title);
  });
});
