// The real-word corrector leaves a name in capitals as written when the word and its neighbour stand where a
// name's syllables do and a mark variant is such a name too (issue 9: never harm right text), and still weighs
// a variant no name has there.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/text.js';
import { restoreText } from '../../src/restore/index.js';
import { NameModel } from '../../src/restore/names.js';
import { nameSyllablesOf } from '../../src/restore/realword.js';
import { syllableKey } from '../../src/restore/vietnamese.js';

function fixtureText(dir: string, id: string): string {
  const file = readdirSync(dir).find((f) => f.startsWith(id));
  if (!file) throw new Error(`${dir}: no text ${id}`);
  return decodeText(readFileSync(join(dir, file)), file);
}

describe('names in capitals', () => {
  it("keeps a unit's name in a title in capitals (state-2026j 178, as written)", () => {
    const text = fixtureText('fixtures/outside/state-2026j/texts', '178');
    const title = text.split('\n').find((line) => line.includes('NÔNG TRƯỜNG VÂN HÙNG'));
    expect(title).toBeDefined();
    expect(restoreText(title!).text).toBe(title);
    const restored = restoreText(text);
    expect(restored.corrections.filter((c) => c.rule === 'real-word')).toEqual([]);
  });

  it('still repairs a misread mark whose variant is no name (BÌNH ĐĂNG GIỚI in a vie-OCR page, a typo of party-2026 303)', () => {
    const ocr = readFileSync('test/restore/fixtures/vie/102.ocr.txt', 'utf8');
    const line = ocr.split('\n').findIndex((l) => l.includes('VÌ BÌNH ĐĂNG GIỚI'));
    expect(line).toBeGreaterThanOrEqual(0);
    const restored = restoreText(ocr);
    expect(restored.text.split('\n')[line]).toContain('VÌ BÌNH ĐẲNG GIỚI');
    expect(restored.corrections).toContainEqual(expect.objectContaining({ line: line + 1, from: 'ĐĂNG', to: 'ĐẲNG', rule: 'real-word' }));
    // Lân and Thứ are names too, but Thứ is too rare a given name (and NGHỊ a middle one) to make HỘI NGHỊ LÂN THỨ a name.
    const typo = fixtureText('fixtures/outside/party-2026/texts', '303').split('\n').find((l) => l.trim() === 'HỘI NGHỊ LÂN THỨ BẢY');
    expect(typo).toBeDefined();
    expect(restoreText(typo!).text).toBe('HỘI NGHỊ LẦN THỨ BẢY');
  });

  it("reads a syllable's place in names from the registers", () => {
    const vocabulary = new Map(['vân', 'văn', 'hùng', 'thứ', 'tiêu'].map((w, i) => [syllableKey(w), i]));
    const { leading, given } = nameSyllablesOf(NameModel.read(), vocabulary);
    // Vân and Văn stand as middle names, Hùng as a given name (and a middle one).
    expect(leading.has(0) && leading.has(1) && given.has(2)).toBe(true);
    expect(given.has(3) || leading.has(3) || given.has(4) || leading.has(4)).toBe(false);
  });
});
