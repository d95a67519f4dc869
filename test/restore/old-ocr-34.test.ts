// Garbles of OCR without a Vietnamese model that oldocr33 left (fixtures/outside/*/eng-ocr, made by
// scripts/make-eng-ocr.ts), each read on a real line, and each beside a real line where the rule must not fire.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../src/restore/index.js';

const page = (set: string, prefix: string): string => {
  const dir = `fixtures/outside/${set}/eng-ocr`;
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no ${prefix} in ${dir}`);
  return readFileSync(`${dir}/${file}`, 'utf8');
};
const restoredLine = (set: string, prefix: string, n: number): string => restoreText(page(set, prefix)).text.split('\n')[n - 1] ?? '';

describe('a lower-case b or p is no Đ', () => {
  it('keeps công bố and vào bờ (fresh-2026b 705, state-2026l 024)', () => {
    expect(restoredLine('fresh-2026b', '705', 16)).toMatch(/^Quang công bố hiện trạng /u);
    expect(restoredLine('state-2026l', '024', 14)).toContain(' vào bờ từ 5 - 15 m');
  });

  it('still reads ĐỀ ÁN printed BE AN in capitals (state-2026 011)', () => {
    expect(restoredLine('state-2026', '011', 8)).toBe('TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “DẠY VÀ HỌC NGOẠI NGỮ TRONG HỆ THỐNG');
  });
});

describe("a part's numeral printed with ones", () => {
  it('reads II. and III. before a heading in capitals (party-2026c 801, party-2026g 261, party-2026 308)', () => {
    expect(restoredLine('party-2026c', '801', 19)).toBe('II. NỘI DUNG TIẾP XÚC:');
    expect(restoredLine('party-2026g', '261', 21)).toBe('III. ĐỐI TƯỢNG, SỐ LƯỢNG:');
    expect(restoredLine('party-2026', '308', 22)).toMatch(/^II- /u);
  });

  it("leaves the eleventh item of a list in lower case (kinds-2026 068)", () => {
    expect(restoredLine('kinds-2026', '068', 41)).toMatch(/^11\. Công ty trách nhiệm hữu hạn /u);
  });
});

describe('tổ chức printed 6 chức', () => {
  it('reads tổ before chức (fresh-2026b 711, state-2026h 159, state-2026l 022)', () => {
    expect(restoredLine('fresh-2026b', '711', 20)).toMatch(/cải cách tổ chức bộ máy hành chính/u);
    expect(restoredLine('state-2026h', '159', 26)).toContain('thị xã tổ chức thực hiện.');
    expect(restoredLine('state-2026l', '022', 1)).toContain('hướng dẫn tổ chức hội làng');
  });

  it('leaves a 6 that counts (tháng 6 of state-2026d 061; 711 line 20 made to count six posts)', () => {
    expect(restoreText(page('state-2026d', '061')).text).toContain('ngày 22 tháng 6 năm 2015;');
    const counted = page('fresh-2026b', '711').replace('cach 6 chitc bd', 'cach 6 chitc danh');
    expect(restoreText(counted).text.split('\n')[19]).toMatch(/cải cách 6 chức danh/u);
  });
});
