// A capital Đ printed P on a page eng OCR printed so plainly that it reads as text that only lost its marks
// (fixtures/outside/*/eng-ocr, made by scripts/make-eng-ocr.ts): read on a real line, and beside real lines where it must not fire.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../src/restore/index.js';

const page = (set: string, prefix: string, kind = 'eng-ocr'): string => {
  const dir = `fixtures/outside/${set}/${kind}`;
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no ${prefix} in ${dir}`);
  return readFileSync(`${dir}/${file}`, 'utf8');
};

describe('a capital Đ printed P beside words in capitals', () => {
  it("reads ĐẢNG in a title the detector takes for text that lost its marks (fresh-2026b 703)", () => {
    const restored = restoreText(page('fresh-2026b', '703'));
    expect(restored.rawOcr).toBe(false);
    expect(restored.text.split('\n')[7]).toBe('CÔNG TÁC CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở TRUNG ƯƠNG');
  });

  it('leaves a B that is a syllable (BAN of the same page) and the right text of the page as written', () => {
    expect(restoreText(page('fresh-2026b', '703')).text.split('\n')[0]).toBe('BAN CHẤP HÀNH TRUNG ƯƠNG');
    const right = page('fresh-2026b', '703', 'texts');
    expect(restoreText(right).text).toBe(right);
  });

  it("leaves a table's abbreviation in capitals (PA, phương án) on the page's line", () => {
    const line = page('fresh-2026b', '703').split('\n')[7]?.replace('CUA PANG DOAN', 'CUA PA DOAN') ?? '';
    expect(restoreText(line).text).toContain(' PA ');
  });
});
