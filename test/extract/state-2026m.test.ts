// What the outside set state-2026m taught, on the real lines of its documents (fixtures/outside/state-2026m), each
// with a case where the rule must not fire: an old central number whose organ code carries its bureau's figures
// (`611-VP18`); the Phủ Thủ tướng as a central body of the letterhead; the rule of stars a page set on the organ's own
// line (`HỘI ĐỒNG CHÍNH PHỦ ******`) and the short row old OCR reads off it (`Sk sk sk kk`); a signer holding two offices
// (`BỘ TRƯỞNG` / `CHỦ NHIỆM VĂN PHÒNG …`); the name a law library prints over its `(Đã ký)` (`Trường Chinh`), left
// out where restoration guessed its marks; a speck before the date line's place (`.Ha Noi, ngay …`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readHeader, readPlaceAndDate } from '../../src/extract/header.js';
import { closingEnd } from '../../src/extract/recipients.js';
import { nameOverSignedMark } from '../../src/extract/signer.js';
import { processFile } from '../../src/pipeline.js';
import { mostlyCapitals } from '../../src/extract/title.js';

const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'state-2026m');
const page = (name: string): string => readFileSync(join(SET, 'texts', name), 'utf8');
const extract = (text: string) => extractPlan(text, { sample: 'x.txt' });
const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('the Phủ Thủ tướng’s decision of 1977 (032)', () => {
  const text = page('032_ptt-qd-thitran-1977.txt');

  it('reads `Số: 611-VP18`: the serial, then the office’s code with its bureau’s figures', () => {
    expect(extract(text).documentNumber).toEqual({ number: '611', symbol: 'VP18', text: '611-VP18' });
    // The code's letters decide: a type's letters with figures (`QĐ2`) are no organ's code.
    expect(readHeader(lines('Số: 15-QĐ2')).documentNumber).toBeNull();
  });

  it('names the Phủ Thủ tướng of the letterhead, not the authority line `BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG …`', () => {
    expect(extract(text).issuer).toEqual({ name: 'Phủ Thủ tướng', level: 'trung ương', locality: null });
  });

  it('keeps the second office under the position in the signature, so the name under both is read', () => {
    expect(extract(text).signer).toMatchObject({ name: 'Phan Mỹ', position: 'Bộ trưởng', authority: null });
    const block = ['BỘ TRƯỞNG', 'CHỦ NHIỆM VĂN PHÒNG PHỦ THỦ TƯỚNG', 'Phan Mỹ'];
    expect(closingEnd(lines(...block))).toBe(4);
    // A heading of capitals that opens with no position ends the block (an attached paper's title).
    expect(closingEnd(lines('BỘ TRƯỞNG', 'Phan Mỹ', 'QUY CHẾ LÀM VIỆC'))).toBe(3);
  });
});

describe('a rule of stars on the organ’s line (033, its old OCR 032)', () => {
  it('is no word of the organ’s name', () => {
    expect(extract(page('033_hdcp-qd-hopnhat-1977.txt')).issuer.name).toBe('Hội đồng Chính phủ');
    // One dash between two names is the name's own (`BÀ RỊA - VŨNG TÀU`).
    const header = readHeader(lines('ỦY BAN NHÂN DÂN', 'TỈNH BÀ RỊA - VŨNG TÀU', 'Số: 12/KH-UBND'));
    expect(header.letterhead?.name).toBe('Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu');
  });

  it('read by our own OCR as signs with single letters (`>k>*k>*k*k>*k>k*k v`), on its line or after the name, is none', async () => {
    const { record } = await processFile(join(SET, 'vie-ocr', '033_hdcp-qd-hopnhat-1977.txt'), { restore: true, readBy: 'vie-ocr' });
    expect(record.issuer.name).toBe('Hội đồng Chính phủ');
    expect(readHeader(lines('HỘI ĐỒNG CHÍNH PHỦ > k>*k>*k*k>*k>k*k v', 'Số: 330-CP')).letterhead?.name).toBe('Hội đồng Chính phủ');
    // Words of two letters are no rule's (`HUYỆN A LƯỚI`, `V/v`).
    expect(readHeader(lines('ỦY BAN NHÂN DÂN', 'HUYỆN A LƯỚI', 'Số: 12/KH-UBND')).letterhead?.name).toBe('Ủy ban nhân dân huyện A Lưới');
  });

  it('read by old OCR as a short row of scraps, a star as a capital, stays out of the letterhead', async () => {
    const { record } = await processFile(join(SET, 'eng-ocr', '032_ptt-qd-thitran-1977.txt'), { restore: true });
    expect(record.issuer.name).toBe('Phủ Thủ tướng');
  });
});

describe('the name a law library prints over `(Đã ký)` (034)', () => {
  it('is the signer’s though no register vouches for it (a pen name that is also a street’s)', () => {
    expect(extract(page('034_qh-nq-condao-nonumber-1977.txt')).signer).toEqual({ name: 'Trường Chinh', position: null, authority: null });
  });

  it('is never a body, a position or a school’s name over the mark', () => {
    expect(nameOverSignedMark('Trường Chinh')).toBe('Trường Chinh');
    expect(nameOverSignedMark('Ủy Ban Nhân Dân')).toBeNull();
    expect(nameOverSignedMark('Phó Chủ tịch')).toBeNull();
    expect(nameOverSignedMark('Trường Tiểu Học Lê Lợi')).toBeNull();
    expect(nameOverSignedMark('Huyện Côn Đảo')).toBeNull();
  });

  it('is left out where restoration guessed its marks (old OCR’s `Truong Chinh`), said in a warning', async () => {
    const { record } = await processFile(join(SET, 'eng-ocr', '034_qh-nq-condao-nonumber-1977.txt'), { restore: true });
    expect(record.signer.name).toBeNull();
    expect(record.warnings.some((w) => w.includes('(Đã ký)'))).toBe(true);
  });
});

describe('a speck before the date line’s place (033’s old OCR `.Ha Noi, ngay …`)', () => {
  it('is no letter of the place', () => {
    expect(readPlaceAndDate('.Hà Nội, ngày 15 tháng 12 năm 1977')).toMatchObject({ place: 'Hà Nội', date: '1977-12-15' });
  });
});

describe('a trích yếu in capitals that old OCR broke (036, 039)', () => {
  it('goes on past a period alone on its line: figures have no case (036’s `2021-2025”` / `TREN DIA BAN …`)', async () => {
    const { record } = await processFile(join(SET, 'eng-ocr', '036_tinh-kh-caixanh-brokenheader-2021.txt'), { restore: true });
    expect(record.title).toMatch(/2021-2025” TRÊN ĐỊA BÀN TỈNH LÀO CAI$/u);
  });

  it('goes on past a line where one word of many came out small (039’s `CẤP XÃ; sO`)', async () => {
    const { record } = await processFile(join(SET, 'eng-ocr', '039_tinh-qd-canboxa-2017.txt'), { restore: true });
    expect(record.title).toMatch(/KHU PHỐ TRÊN ĐỊA BÀN TỈNH TIỀN GIANG$/u);
  });

  it('forgives one small word only in a long line: a short line with one is no line of capitals', () => {
    expect(mostlyCapitals('QUY ĐỊNH SỐ LƯỢNG CÁN BỘ CHUYÊN TRÁCH, CÔNG CHỨC CẤP XÃ; số')).toBe(true);
    expect(mostlyCapitals('KẾ HOẠCH thực hiện NĂM 2021')).toBe(false);
    expect(mostlyCapitals('Ban hành Quy chế làm việc của Ủy ban nhân dân quận 9 năm 2011')).toBe(false);
  });
});
