import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactManifest, ManifestWriter, readManifest, type ManifestEntry } from '../../src/batch/manifest.js';

function entry(path: string, status: ManifestEntry['status'], sha = 'a'): ManifestEntry {
  return {
    path,
    size: 1,
    sha256: sha.repeat(64),
    status,
    error: status === 'error' ? `${path}: bad` : null,
    errorCode: status === 'error' ? 'EMPTY' : null,
    format: 'text',
    pages: 1,
    ocrConfidence: null,
    changeRate: 0,
    json: `${path}.json`,
    text: `${path}.txt`,
    seconds: 0.1,
    version: 'test',
    finishedAt: '2024-01-01T00:00:00.000Z',
  };
}

const line = (e: ManifestEntry) => `${JSON.stringify(e)}\n`;

async function tempManifest(content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'vnplan-manifest-')), 'manifest.jsonl');
  await writeFile(path, content);
  return path;
}

describe('manifest', () => {
  it('reads a missing manifest as empty', async () => {
    expect((await readManifest(join(tmpdir(), 'no-such-dir-vnplan', 'manifest.jsonl'))).size).toBe(0);
  });

  it('keeps the latest entry of each path', async () => {
    const path = await tempManifest(line(entry('a', 'error')) + line(entry('b', 'ok')) + line(entry('a', 'ok', 'b')));
    const latest = await readManifest(path);
    expect([...latest.keys()]).toEqual(['b', 'a']);
    expect(latest.get('a')).toMatchObject({ status: 'ok', sha256: 'b'.repeat(64) });
  });

  it('reads lines of earlier versions (no warnings, no review) beside lines that name what to check', async () => {
    const checked = { ...entry('b', 'ok'), warnings: 1, review: ['documentNumber', 'signer'] };
    const path = await tempManifest(line(entry('a', 'ok')) + line(checked));
    const latest = await readManifest(path);
    expect(latest.get('a')).toMatchObject({ status: 'ok' });
    expect(latest.get('a')!.warnings).toBeUndefined();
    expect(latest.get('b')).toMatchObject({ status: 'ok', warnings: 1, review: ['documentNumber', 'signer'] });
  });

  it('ignores a line torn by kill -9 and lines of another shape', async () => {
    const torn = line(entry('c', 'ok')).slice(0, 40);
    const path = await tempManifest(`${line(entry('a', 'ok'))}{"path":"x"}\nnot json\n\n${torn}`);
    expect([...(await readManifest(path)).keys()]).toEqual(['a']);
  });

  it('compaction drops a torn tail so the next append starts on its own line', async () => {
    const path = await tempManifest(line(entry('a', 'ok')) + line(entry('a', 'skipped')) + line(entry('b', 'ok')).slice(0, 30));
    await compactManifest(path);
    const writer = await ManifestWriter.open(path);
    await Promise.all([writer.append(entry('b', 'ok')), writer.append(entry('c', 'error'))]);
    await writer.close();
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as ManifestEntry).path)).toEqual(['a', 'b', 'c']);
    expect((JSON.parse(lines[0]!) as ManifestEntry).status).toBe('skipped');
  });

  it('appends whole lines in call order', async () => {
    const path = await tempManifest('');
    const writer = await ManifestWriter.open(path);
    await Promise.all(Array.from({ length: 50 }, (_, i) => writer.append(entry(`f${i}`, 'ok'))));
    await writer.close();
    await appendFile(path, '');
    const paths = (await readFile(path, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as ManifestEntry).path);
    expect(paths).toEqual(Array.from({ length: 50 }, (_, i) => `f${i}`));
  });
});
