// Whole pages of the outside sets as OCR without a Vietnamese model read them (fixtures/outside/*/eng-ocr,
// made by scripts/make-eng-ocr.ts): rules of restoration that only a real page's garble shows.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../src/restore/index.js';

const fileIn = (dir: string, prefix: string): string => {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no ${prefix} in ${dir}`);
  return readFileSync(`${dir}/${file}`, 'utf8');
};
const page = (set: string, prefix: string, folder = 'eng-ocr'): string => fileIn(`fixtures/outside/${set}/${folder}`, prefix);
const devPage = (prefix: string): string => fileIn('fixtures/dev-plans/eng-ocr', prefix);
const lineOf = (text: string, n: number): string => text.split('\n')[n - 1] ?? '';

describe('a type word that opens a common word', () => {
  // state-2026c 909: `VE KE HOACH PHAT TRIEN KINH TE - XA HOI TINH TIEN GIANG NAM 2012` was read `XÃ HÒA TỊNH` (a commune).
  it('keeps `xã hội` after `kinh tế -`: no place of the register unmakes it', () => {
    const restored = restoreText(page('state-2026c', '909'));
    expect(lineOf(restored.text, 8)).toBe('VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TIỀN GIANG NĂM 2012');
    expect(restored.corrections.filter((c) => c.line === 8 && c.rule === 'name').map((c) => c.from)).not.toContain('HOI');
  });
});

describe("an OCR'd page's em dash between spaced words", () => {
  // party-2026e 207: tesseract eng reads the page's en dashes (`NĂM HỌC 2020 – 2021`, `Độc lập – Tự do`) as em dashes.
  it('is the en dash the page printed', () => {
    const restored = restoreText(page('party-2026e', '207'));
    expect(lineOf(restored.text, 7)).toBe('NĂM HỌC 2020 – 2021');
    expect(lineOf(restored.text, 4)).toMatch(/^Độc lập – Tự do – Hạnh phúc/u);
    expect(restored.corrections.filter((c) => c.rule === 'punctuation').every((c) => c.from === '—' && c.to === '–')).toBe(true);
  });

  it('is also the tilde it reads between two words of a name, but not one in a rule line', () => {
    // state-2026e 113: `BO LAO BONG ~ THUONG` (Bộ Lao động – Thương binh và Xã hội); state-2026g 138: `------ ~-——---`.
    expect(lineOf(restoreText(page('state-2026e', '113')).text, 1)).toMatch(/^BỘ LAO ĐỘNG – THƯƠNG /u);
    expect(lineOf(restoreText(page('state-2026g', '138')).text, 2)).toContain('~-——');
  });

  it('is left on a page that is not OCR garble, and a rule line of dashes is never one', () => {
    const clean = page('party-2026e', '207', 'texts').replace(/–/gu, '—');
    expect(restoreText(clean).text).toContain('NĂM HỌC 2020 — 2021');
    const ruled = page('party-2026d', '188', 'texts');
    expect(restoreText(ruled).text.split('\n')[4]).toBe('—–');
  });
});

describe('`số` before a number as the OCR printed it', () => {
  // state-2026d 055: `Can Cong van $6 1459/SNV-TDKT ngay 14/11/2017`; state-2026c 902: `Nghi dinh s8 64/2014/ND-CP`.
  it('is `số` right before a number with its symbol', () => {
    expect(lineOf(restoreText(page('state-2026d', '055')).text, 7)).toContain('Công văn số 1459/SNV-TĐKT ngày 14/11/2017');
    const restored = restoreText(page('state-2026c', '902'));
    expect(lineOf(restored.text, 4)).toContain('Nghị định số 64/2014/NĐ-CP');
    expect(restored.corrections.find((c) => c.line === 4 && c.from === 's8')).toMatchObject({ to: 'số', rule: 'symbol' });
  });

  it('is `Số:` before a Party number with its dash spaced (HD 36: `01-KH/ĐTN`), the label capitalised by its colon mid-line', () => {
    // party-2026e 204, a crawl flattened onto one line and wrapped by the page: `… THIEN KE $6: 01 - KH/DTN DON TNCS …`.
    const restored = restoreText(page('party-2026e', '204'));
    expect(lineOf(restored.text, 1)).toContain('THIỆN KẾ Số: 01 - KH/ĐTN');
    expect(restored.corrections.find((c) => c.line === 1 && c.from === '$')).toMatchObject({ to: 'Số', rule: 'symbol' });
  });

  it('is left where a dash after the figure leads to no symbol (a range, a count)', () => {
    const restored = restoreText('Cac lop $6 01 - 05 tham gia; tong s6 12 - 15 nguoi.\nKE HOACH $6: 3 - 4 buoi');
    expect(restored.corrections.filter((c) => c.rule === 'symbol')).toEqual([]);
  });

  it('is left to the decoder where no number with a symbol follows', () => {
    // 902 line 5, `hanh mot s6 diéu`: `một số điều`, the decoder's own reading, logged as its change.
    const restored = restoreText(page('state-2026c', '902'));
    expect(lineOf(restored.text, 5)).toContain('một số điều');
    expect(restored.corrections.find((c) => c.line === 5 && c.from === 's6')?.rule).toBe('decoder');
  });
});

describe('a symbol the OCR split at a space', () => {
  it('is one symbol where the grammar makes one of its pieces', () => {
    // dev 119: `43/2019/QH 14` (a law's Quốc hội term); state-2026 007: `02/2007/TT LT-BCA-…` (TTLT, a joint circular).
    expect(lineOf(restoreText(devPage('119')).text, 14)).toBe('Căn cứ Luật Giáo dục số 43/2019/QH14;');
    expect(lineOf(restoreText(page('state-2026', '007')).text, 14)).toContain('số 02/2007/TTLT-BCA-BLĐTBXH-BTC ngày');
    // state-2026g 138: `3134/2008/Q -UBND`, `170/2003/N -CP`: the type's Đ, which this OCR never prints, lost to a space.
    const flattened = restoreText(page('state-2026g', '138')).text;
    expect(flattened).toContain('Số: 3134/2008/QĐ-UBND');
    expect(flattened).toContain('số 170/2003/NĐ-CP ngày 25');
    expect(flattened).not.toMatch(/\/N -CP/u);
  });

  it('is left apart where no type of the tables joins them', () => {
    // state-2026e 106: `Nghi dinh s6 34/2011/N` ends its line; nothing follows to join.
    expect(restoreText(page('state-2026e', '106')).text).toContain('34/2011/N\n');
  });
});

describe("an OCR'd page's bullet", () => {
  // party-2026g 255: its `•` items read `« Thực hiện theo Điều lệ …`, `« Căn c(t Kế hoạch …`.
  it('is the bullet where a guillemet opens a line', () => {
    const restored = restoreText(page('party-2026g', '255'));
    expect(lineOf(restored.text, 5)).toMatch(/^• Thực hiện theo Điều lệ Đoàn/u);
    expect(lineOf(restored.text, 8)).toMatch(/^• Căn c/u);
    expect(restored.text).not.toMatch(/^«/mu);
  });
});

describe('a word in capitals garbled past every syllable', () => {
  it('is read as the word the title needs, not kept as an abbreviation (dev 108: `NGAN SACH NHA NUGC`)', () => {
    expect(lineOf(restoreText(devPage('108')).text, 8)).toBe('TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028 TỈNH CÀ MAU');
  });

  it('an abbreviation the tables know stays one (`CDCS TRUONG THPT NGOC TO`, `BCH DOAN TRUONG THPT …`)', () => {
    expect(lineOf(restoreText(page('party-2026', '307')).text, 2)).toMatch(/ THPT /u);
    expect(lineOf(restoreText(page('party-2026d', '184')).text, 2)).toMatch(/^BCH ĐOÀN TRƯỜNG THPT /u);
  });
});
