// What the outside set state-2026k taught, on the real lines of its documents (fixtures/outside/state-2026k), each
// with a case where the rule must not fire: a decision whose page kept it from its type line on, no letterhead above,
// is named by its thẩm quyền ban hành line (NĐ 30 Phụ lục I), even with the rule the page printed under the trích yếu.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'state-2026k', 'texts');
const page = (name: string): string => readFileSync(join(SET, name), 'utf8');
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
