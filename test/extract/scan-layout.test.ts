// The clean fixture texts laid out as a scan comes back from OCR: lines wrapped
// at the page width, a blank line (and sometimes a page number) between pages,
// the blank OCR leaves under some indented first lines, specks read as `.`,
// `'`, `|` at line edges and as a dash before a wrapped word. The record must
// not change: every field still matches gold. Deterministic, no OCR needed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { PlanRecord } from '../../src/types.js';
import { scoreDocument } from '../../scripts/lib/score-extraction.js';

const fixtures = new URL('../../fixtures/', import.meta.url);

/** Markdown emphasis and headings, and the gold text's ⟦uncertain⟧ brackets, dropped: the words a page shows. */
function plain(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^#{1,6}\s+/u, '').replace(/\*\*/gu, '').replace(/[⟦⟧]/gu, '').trimEnd())
    .join('\n');
}

function cleanText(key: string): string {
  if (key === '001') return plain(readFileSync(new URL('gold-text/001.txt', fixtures), 'utf8'));
  const file = readdirSync(new URL('samples/', fixtures)).find((f) => f.startsWith(`${key}_`))!;
  return plain(readFileSync(new URL(`samples/${file}`, fixtures), 'utf8'));
}

/** Greedy wrap at `width` characters on spaces. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/u).filter(Boolean)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') out.push(current);
  return out.length ? out : [''];
}

const ends = (line: string): boolean => /[.:;!?…”"]$/u.test(line);

/** The text as OCR returns a scan of it. */
export function asScanned(text: string, width = 90, pageLines = 42): string {
  const wrapped = text.split('\n').flatMap((l) => wrap(l, width).map((w, i, all) => ({ text: w, more: i < all.length - 1 })));
  const out: string[] = [];
  let onPage = 0;
  let page = 1;
  let paragraphs = 0;
  wrapped.forEach((line, i) => {
    let text = line.text;
    const previous = wrapped[i - 1];
    // Specks at line edges, and a dash read before a word that carries on a sentence.
    if (i % 19 === 7 && text !== '') text = `. ${text}`;
    else if (i % 23 === 11 && text !== '') text = `${text} |`;
    else if (i % 29 === 13 && previous?.more && /^\p{Ll}/u.test(text)) text = `- ${text}`;
    else if (i % 31 === 5 && /^- /u.test(text)) text = `'${text}`;
    out.push(text);
    onPage++;
    // OCR parts an indented first line from the rest of its paragraph.
    if (line.more && (i === 0 || !wrapped[i - 1]!.more) && !ends(line.text) && paragraphs++ % 3 === 1) {
      out.push('');
      onPage++;
    }
    if (onPage >= pageLines) {
      out.push('', String(++page), '');
      onPage = 0;
    }
  });
  return out.join('\n');
}

function gold(key: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`expected/${key}.json`, fixtures), 'utf8')) as Record<string, unknown>;
}

describe('clean texts laid out as OCR returns a scan', () => {
  for (const key of ['001', '002', '004']) {
    it(`${key}: every field still matches gold`, () => {
      const scanned = asScanned(cleanText(key));
      const record = PlanRecord.parse(extractPlan(scanned, { sample: `${key}.txt` }));
      const { fields, misses } = scoreDocument(key, gold(key), record as unknown as Record<string, unknown>, key);
      expect(misses).toEqual([]);
      expect(Object.values(fields).every((v) => v === 1)).toBe(true);
    });

    it(`${key}: the layout really is a scan's (wrapped, paged, specked)`, () => {
      const lines = asScanned(cleanText(key)).split('\n');
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(92);
      expect(lines.filter((l) => /^\d+$/u.test(l)).length).toBeGreaterThan(0);
      expect(lines.filter((l) => /^\. |\s\|$/u.test(l)).length).toBeGreaterThan(2);
    });
  }

  it('keeps provenance on the scanned lines', () => {
    const scanned = asScanned(cleanText('004'));
    const lines = scanned.split('\n');
    const record = extractPlan(scanned, { sample: '004.txt' });
    for (const [path, range] of Object.entries(record.provenance)) {
      expect(range.from, path).toBeLessThanOrEqual(range.to);
      expect(lines[range.from - 1]!.trim(), path).not.toBe('');
    }
    const section = record.sections.findIndex((s) => s.number === 'II');
    expect(lines[record.provenance[`sections.${section}`]!.from - 1]).toMatch(/^(?:\. )?II\. /u);
  });
});
