// What the outside set kinds-2026 taught, on the real lines of its documents (fixtures/outside/kinds-2026), each
// with a case where the rule must not fire. NĐ 30 Phụ lục I sets a letter's trích yếu as `V/v …` under its number,
// the symbol as the type's, the organ's and the drafting unit's short names, the type's name alone on its line with
// the trích yếu under it, and a decision's thẩm quyền line under the trích yếu; the pages bent each of these.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'kinds-2026', 'texts');
const page = (name: string): string => readFileSync(join(SET, name), 'utf8');
const ocrPage = (name: string): string => readFileSync(join(SET, '..', 'eng-ocr', name), 'utf8');
const TAX = '064_tw-congvan-hoadon-2014.txt';
const UNIT = '065_tw-congvan-btdkt-2007.txt';
const SENTENCE_TYPE = '066_tw-qd-bangkhen-spaced-2011.txt';
const NO_HEADER = '067_tw-qd-cstd-noheader-2008.txt';
const PROPOSAL = '068_bo-totrinh-cothidua-noheader-2014.txt';

describe('a `V/v` alone on its line, its colon and trích yếu on the next (`V/v` / `: Thực hiện quy định về hóa đơn.`)', () => {
  it('reads the next line as the trích yếu, not as the letterhead’s', () => {
    const record = extractPlan(page(TAX), { sample: '064.txt' });
    expect(record.title).toBe('Thực hiện quy định về hóa đơn');
    expect(record.issuer.name).toBe('Tổng cục Thuế');
  });

  it('reads old OCR’s `Viv` alone on its line as the label (the slash read as `i`)', () => {
    const record = extractPlan(ocrPage(TAX), { sample: '064.txt', rawOcr: true });
    expect(record.title).toBe('Thue hién quy dinh vé héa don');
    expect(record.issuer.name).not.toContain('Viv');
  });

  it('leaves a line without the colon where it was (a letterhead line under a bare `V/v` is no trích yếu)', () => {
    const text = page(TAX).replace(': Thực hiện quy định về hóa đơn.', 'TỔNG CỤC THUẾ');
    expect(extractPlan(text, { sample: '064.txt' }).title).not.toBe('Thực hiện quy định về hóa đơn');
    // `Viv` is taken for the label only alone on its line.
    const worded = ocrPage(TAX).replace('\nViv\n', '\nViv TONG CUC\n');
    expect(extractPlan(worded, { sample: '064.txt', rawOcr: true }).title).not.toBe('Thue hién quy dinh vé héa don');
  });
});

describe('a symbol closed by a drafting unit named with a roman numeral (`Số: 1855/BTĐKT-Vụ II`)', () => {
  it('keeps the numeral with the unit', () => {
    expect(extractPlan(page(UNIT), { sample: '065.txt' }).documentNumber).toEqual({ number: '1855', symbol: 'BTĐKT-Vụ II', text: '1855/BTĐKT-Vụ II' });
  });

  it('takes no numeral after an organ’s code in capitals, nor one that more words follow', () => {
    const coded = page(UNIT).replace('Số: 1855/BTĐKT-Vụ II', 'Số: 1855/BTĐKT-VP II');
    expect(extractPlan(coded, { sample: '065.txt' }).documentNumber.symbol).toBe('BTĐKT-VP');
    const sentence = page(UNIT).replace('Số: 1855/BTĐKT-Vụ II', 'Số: 1855/BTĐKT-Vụ II ngày 26');
    expect(extractPlan(sentence, { sample: '065.txt' }).documentNumber.symbol).toBe('BTĐKT-Vụ');
  });
});

describe('a type line a crawl set in sentence case (`Quyết định` under the date line)', () => {
  it('is the type line: the trích yếu under it is the title', () => {
    const record = extractPlan(page(SENTENCE_TYPE), { sample: '066.txt' });
    expect(record.documentType).toBe('Quyết định');
    expect(record.title).toBe('Về việc tặng thưởng Bằng khen của Thủ tướng Chính phủ');
  });

  it('leaves a line that says more than the type’s name in the title', () => {
    const text = page(SENTENCE_TYPE).replace('Quyết định\nVề việc', 'Quyết định mới\nVề việc');
    expect(extractPlan(text, { sample: '066.txt' }).title).toContain('Quyết định mới');
  });
});

describe('a web heading with the type in title case and the `V/v` on one line (`Tờ Trình V/v đề nghị …`)', () => {
  it('reads the type and the trích yếu, the `Kính gửi` under it left out', () => {
    const record = extractPlan(page(PROPOSAL), { sample: '068.txt' });
    expect(record.documentType).toBe('Tờ trình');
    expect(record.title).toBe('đề nghị tặng thưởng Cờ Thi đua của Chính phủ');
  });

  it('reads no type from title-case words that no `V/v` follows', () => {
    const text = page(PROPOSAL).replace('Tờ Trình V/v đề nghị', 'Tờ Trình đề nghị');
    expect(extractPlan(text, { sample: '068.txt' }).documentType).toBeNull();
  });
});

describe('a decision without letterhead whose thẩm quyền line is a central authority (` THỦ TƯỚNG CHÍNH PHỦ`)', () => {
  it('takes that authority for its issuer, with no place', () => {
    const record = extractPlan(page(NO_HEADER), { sample: '067.txt' });
    expect(record.issuer).toEqual({ name: 'Thủ tướng Chính phủ', level: 'trung ương', locality: null });
    expect([record.documentNumber.text, record.issuedDate, record.place]).toEqual([null, null, null]);
  });

  it('names no one from a line of capitals that is no central head (`HỘI ĐỒNG THI ĐUA`)', () => {
    const text = page(NO_HEADER).replace(' THỦ TƯỚNG CHÍNH PHỦ', ' HỘI ĐỒNG THI ĐUA');
    expect(extractPlan(text, { sample: '067.txt' }).issuer.name).toBeNull();
  });
});
