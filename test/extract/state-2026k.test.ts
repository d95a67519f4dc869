// What the outside set state-2026k taught, on the real lines of its documents (fixtures/outside/state-2026k), each
// with a case where the rule must not fire: a decision whose page kept it from its type line on, no letterhead above,
// is named by its thẩm quyền ban hành line (NĐ 30 Phụ lục I), even with the rule the page printed under the trích yếu;
// an HĐND resolution's term and session line (`KHÓA VII, KỲ HỌP THỨ 11`) marks the line above it as the council's
// authority line, which old OCR misreads (`HOI PONG NHAN DAN TiNH BAC LIEU`), so the trích yếu ends above it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'state-2026k', 'texts');
const page = (name: string): string => readFileSync(join(SET, name), 'utf8');
const ocrPage = (name: string): string => readFileSync(join(SET, '..', 'eng-ocr', name), 'utf8');
const NO_HEADER = '194_tinh-qd-khuyennong-noheader-2007.txt';

describe('a decision without letterhead (`QUYẾT ĐỊNH` / trích yếu / `______` / `ỦY BAN NHÂN DÂN TỈNH ĐĂK NÔNG`)', () => {
  it('takes its issuer from the line naming who decides, past the rule under the trích yếu', () => {
    const record = extractPlan(page(NO_HEADER), { sample: '194.txt' });
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Đăk Nông', level: 'tỉnh', locality: 'Đăk Nông' });
    // Nothing else of the header is invented for it: no number, no date line, no place.
    expect([record.documentNumber.text, record.issuedDate, record.place]).toEqual([null, null, null]);
  });

  it('names no one when that line gives the level without the place (`ỦY BAN NHÂN DÂN TỈNH`)', () => {
    const text = page(NO_HEADER).replace('ỦY BAN NHÂN DÂN TỈNH ĐĂK NÔNG', 'ỦY BAN NHÂN DÂN TỈNH');
    expect(extractPlan(text, { sample: '194.txt' }).issuer.name).toBeNull();
  });

  it('leaves a letterhead where the page kept one (the Chủ tịch’s line of 195 and the letterhead agree; 196 has no such line)', () => {
    expect(extractPlan(page('195_tinh-qd-ctubnd-phobien-2013.txt'), { sample: '195.txt' }).issuer.name).toBe('Ủy ban nhân dân tỉnh Thái Nguyên');
    const moved = page('196_tinh-qd-giaothong-ub-2003.txt').replace('ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ', 'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nCăn cứ');
    expect(extractPlan(moved, { sample: '196.txt' }).issuer.name).toBe('Ủy ban nhân dân tỉnh Lào Cai');
  });
});

describe('the term and session under a council’s authority line (`KHÓA VII, KỲ HỌP THỨ 11`)', () => {
  it('ends the trích yếu above the authority line old OCR misread (191, 192, the eng-ocr pages)', () => {
    const read = (name: string): string | null => extractPlan(ocrPage(name), { sample: name, rawOcr: true }).title;
    expect(read('191_tinh-hdnd-nq-phuonghuong-2013.txt')).toBe('VE PHUONG HUONGNHIEM VU 2014');
    expect(read('192_tinh-hdnd-nq-ktxh-2007.txt')).toBe('VE NHIEM VU PHAT TRIENKINH TE - XA HOI NAM 2008');
  });

  it('leaves a title line that goes on with `KHOA HỌC …` (science, no session) in the title', () => {
    const text = page('193_tinh-hdnd-nq-ktxh-2009.txt').replace('VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2010', 'VỀ NHIỆM VỤ PHÁT TRIỂN\nKHOA HỌC VÀ CÔNG NGHỆ NĂM 2010');
    expect(extractPlan(text, { sample: '193.txt' }).title).toBe('VỀ NHIỆM VỤ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ NĂM 2010');
  });
});
