// Reading back what a batch left in OUT.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ManifestEntry } from '../../../src/batch/manifest.js';

/** Every well-formed line of the manifest, in file order. */
export async function manifestLines(out: string): Promise<ManifestEntry[]> {
  const text = await readFile(join(out, 'manifest.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ManifestEntry.parse(JSON.parse(l)));
}

/** Latest entry per path (the manifest's meaning). */
export async function latestEntries(out: string): Promise<Map<string, ManifestEntry>> {
  return new Map((await manifestLines(out)).map((e) => [e.path, e]));
}

export async function tempFiles(out: string): Promise<string[]> {
  return (await readdir(out, { recursive: true })).filter((n) => n.endsWith('.tmp'));
}

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF), for checking our writer. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}
