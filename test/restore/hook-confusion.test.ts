// The vie model's hook (dấu hỏi) misreadings on real pages: texts of the outside sets rendered as office
// scans and read by the project's OCR stage (fixtures/outside/*/vie-ocr, scripts/make-vie-ocr.ts). A hook
// read as an acute (Tố chức, sửa đối, bố sung, TÍNH) or put over an i (chỉ bộ, tỉnh thần) is a real word, and
// the counts, built from OCR'd text too, have seen most of them; the real-word corrector weighs them apart,
// for text that model read (readBy 'vie-ocr') and for no other: in a clean text such a word is the document's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText, type RestoreOptions } from '../../src/restore/index.js';
import { hookConfusion } from '../../src/restore/realword.js';

const outside = (set: string, folder: 'texts' | 'vie-ocr', name: string): string =>
  readFileSync(new URL(`../../fixtures/outside/${set}/${folder}/${name}`, import.meta.url), 'utf8');

const READ_BY_VIE: RestoreOptions = { readBy: 'vie-ocr' };
const DECISION = '131_tinh-qd-dean-thidua-2021.txt';
const CELL_PLAN = '181_chibo-thcs-myhung-2019.txt';

describe('hook misreadings of the vie model', () => {
  it('reads the hook back on a Quyết định read as a scan (state-2026f 131)', () => {
    const out = restoreText(outside('state-2026f', 'vie-ocr', DECISION), READ_BY_VIE).text;
    expect(out).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số');
    expect(out).toContain('điều của Luật Tổ chức Chính phủ');
    expect(out).toContain('về tiếp tục đổi mới công tác');
    expect(out).toContain('chi tiết thi hành một số điều');
    expect(out).not.toMatch(/Tố chức|sửa đối|bố sung|chỉ tiết/u);
  });

  it('takes a hook off an i on a Chi bộ plan read as a scan (party-2026d 181)', () => {
    const out = restoreText(outside('party-2026d', 'vie-ocr', CELL_PLAN), READ_BY_VIE).text;
    expect(out).toContain('— Chi bộ Nhà trường có 39 đảng viên;');
    expect(out).toContain('Hoạt động của chi bộ trường');
    expect(out).toContain('tinh thần trách nhiệm cao');
  });

  it('changes nothing in the same documents as written, read by the vie model or not', () => {
    for (const [set, name] of [['state-2026f', DECISION], ['party-2026d', CELL_PLAN]] as const) {
      for (const options of [{}, READ_BY_VIE]) {
        const out = restoreText(outside(set, 'texts', name), options);
        expect(out.corrections.filter((c) => c.rule === 'real-word')).toEqual([]);
      }
    }
  });

  it('leaves the hook misreadings of a text nobody says the vie model read: they are as printed', () => {
    const read = outside('state-2026f', 'vie-ocr', DECISION);
    const line = read.split('\n').find((l) => l.includes('Luật Tố chức chính quyền địa phương'));
    expect(line).toBeDefined();
    expect(restoreText(line ?? '', READ_BY_VIE).text).toContain('Luật Tổ chức');
    expect(restoreText(line ?? '').text).toBe(line);
  });

  it('leaves right words that a hook would make other words, and names', () => {
    for (const line of [
      'Đồng chí Tố Hữu đọc diễn văn tại buổi lễ.',
      'Ủy ban nhân dân tỉnh Hà Tĩnh chỉ đạo các sở, ngành phối hợp thực hiện.',
      'Thực hiện chế độ, chính sách đối với thanh niên xung phong.',
      'Hiệu trưởng nhà trường bố trí phòng học cho các lớp.',
    ]) {
      expect(restoreText(line, READ_BY_VIE).text).toBe(line);
    }
  });

  it('is the hook read as an acute or tilde, or put over a bare i or a capital, and nothing else', () => {
    expect(hookConfusion('tố', 'tổ', false)).toBe(true);
    expect(hookConfusion('tĩnh', 'tỉnh', false)).toBe(true);
    expect(hookConfusion('chỉ', 'chi', false)).toBe(true);
    expect(hookConfusion('tiểu', 'tiêu', true)).toBe(true);
    // a hook lost, a grave, a hook over a vowel but i in small letters, a dot below: not this confusion
    expect(hookConfusion('tổ', 'tố', false)).toBe(false);
    expect(hookConfusion('trường', 'trưởng', false)).toBe(false);
    expect(hookConfusion('quả', 'qua', false)).toBe(false);
    expect(hookConfusion('tố', 'tộ', false)).toBe(false);
  });
});
