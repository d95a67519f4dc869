// A mass organisation's letterhead named with its province and no level word,
// and the preamble slips of typed or crawled plans: a type glued to `số`,
// `số` typed twice, a closing clause after `;`, a code that writes Đ.
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/extract/header.js';
import { opensPreamble, readLegalBases } from '../../src/extract/legal-bases.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';
import { readSymbol } from '../../src/extract/symbols.js';

const letterhead = (...lines: string[]) => readHeader(toLines(lines.join('\n'))).letterhead;
const bases = (...lines: string[]) => readLegalBases(paragraphs(toLines(lines.join('\n')), opensPreamble)).map((b) => b.basis);

describe('a mass organisation named with its province', () => {
  it('is of that province, a centrally-run city being a thành phố, its name keeping its capitals', () => {
    expect(letterhead('HỘI CỰU CHIẾN BINH ĐÀ NẴNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BAN THƯỜNG VỤ', 'Số: 5/KH-CCB        Đà Nẵng, ngày 3 tháng 4 năm 2022')).toMatchObject({
      name: 'Ban Thường vụ Hội Cựu chiến binh Đà Nẵng',
      level: 'thành phố',
      locality: 'Đà Nẵng',
    });
    expect(letterhead('HỘI LIÊN HIỆP PHỤ NỮ QUẢNG NINH', 'Số: 9/KH-HLHPN        Hạ Long, ngày 3 tháng 4 năm 2022')).toMatchObject({
      name: 'Hội Liên hiệp Phụ nữ Quảng Ninh',
      level: 'tỉnh',
      locality: 'Quảng Ninh',
    });
  });

  it('reads a Hội Nông dân as such, not as a Hội đồng one word off, while a scan’s garbled head is still read', () => {
    expect(letterhead('HỘI NÔNG DÂN BẮC GIANG', 'Số: 9/KH-HND        Bắc Giang, ngày 3 tháng 4 năm 2022')).toMatchObject({
      name: 'Hội Nông dân Bắc Giang',
      level: 'tỉnh',
      locality: 'Bắc Giang',
    });
    expect(letterhead('UỶ BAN NHÂN DÂM TỈNH BẮC GIANG', 'Số: 9/KH-UBND        Bắc Giang, ngày 3 tháng 4 năm 2022')?.name).toBe('Ủy ban nhân dân tỉnh Bắc Giang');
  });

  it('is given no level for a name that is no province', () => {
    expect(letterhead('HỘI CHỮ THẬP ĐỎ', 'Số: 9/KH-CTĐ        Hạ Long, ngày 3 tháng 4 năm 2022')).toMatchObject({ level: null, locality: null });
    // A school's Youth Union is not the province's, whatever place its school's name holds.
    expect(letterhead('ĐOÀN TRƯỜNG CAO ĐẲNG Y TẾ QUẢNG NINH', 'Số: 9/KH-ĐTN        Hạ Long, ngày 3 tháng 4 năm 2022')).toMatchObject({ level: null, locality: null });
  });
});

describe('citations typed carelessly', () => {
  it('reads a type glued to `số` and a `số` typed twice', () => {
    expect(bases('Căn cứ Nghị quyếtsố 15/NQ-HĐND ngày 12/7/2019 của Hội đồng nhân dân tỉnh;').map((b) => [b.documentType, b.number])).toEqual([
      ['Nghị quyết', '15/NQ-HĐND'],
    ]);
    expect(bases('Căn cứ Công văn số số 71/UBND-VX của UBND huyện về công tác hè;').map((b) => [b.documentType, b.number])).toEqual([
      ['Công văn', '71/UBND-VX'],
    ]);
  });

  it('ends the last citation where a clause leading into the body follows a semicolon', () => {
    const [basis] = bases(
      'Thực hiện Kế hoạch số 21/KH-UBND ngày 4/2/2021 của UBND huyện về công tác dân vận; Ban Chấp hành Hội Nông dân xã xây dựngkế hoạch thực hiện như sau:',
    );
    expect(basis?.number).toBe('21/KH-UBND');
    expect(`${basis?.issuer} ${basis?.subject}`).not.toContain('như sau');
  });

  it('ends the issuer where the subject follows the organs with no word to open it', () => {
    const [basis] = bases('Thực hiện Kế hoạch số 30/KH-BTV ngày 2/3/2021 của Ban Thường vụ Hội LHPN Nghệ An chỉ đạo công tác tuyên truyền năm 2021;');
    expect(basis).toMatchObject({ issuer: 'Ban Thường vụ Hội Liên hiệp Phụ nữ Nghệ An', subject: 'chỉ đạo công tác tuyên truyền năm 2021' });
    // A level word without its place is part of a name the tables do not hold: the issuer is not cut there.
    const [other] = bases('Căn cứ Chương trình công tác của Ban Thường vụ Tỉnh đoàn Hà Tĩnh;');
    expect(other?.issuer).not.toBe('Ban Thường vụ Tỉnh');
  });

  it('keeps a code that writes Đ as written', () => {
    expect(readSymbol(' 14/HD-ĐCT ngày')?.text).toBe('14/HD-ĐCT');
    expect(readSymbol(' 14/QĐ-UBND ngày')?.text).toBe('14/QĐ-UBND');
  });
});

describe('a school Đoàn letterhead with the two columns interleaved line by line', () => {
  const lines = ['BCH HUYỆN ĐOÀN CỦ CHI', 'BCH ĐOÀN TRƯỜNG THCS TÂN AN', 'Số: 12/KH-ĐTN', 'ĐOÀN TNCS HỒ CHÍ MINH', 'Củ Chi, ngày 4 tháng 9 năm 2021'];

  it('names the body that names its own committee alone, its proper name in capitals', () => {
    expect(letterhead(...lines)).toMatchObject({ name: 'Ban Chấp hành Đoàn Trường Trung học cơ sở Tân An', level: null, locality: null });
  });

  it('keeps an abbreviation without a vowel in capitals', () => {
    expect(letterhead('BCH ĐOÀN TRƯỜNG CĐN HÒA BÌNH', 'Số: 3/KH-ĐTN        Hòa Bình, ngày 4 tháng 9 năm 2021')?.name).toBe('Ban Chấp hành Đoàn Trường CĐN Hòa Bình');
  });

  it('still hangs a bare Ban Thường vụ on the body above it', () => {
    expect(letterhead('HUYỆN ĐOÀN CỦ CHI', 'BAN THƯỜNG VỤ', 'Số: 12/KH-ĐTN        Củ Chi, ngày 4 tháng 9 năm 2021')?.name).toBe('Ban Thường vụ Huyện Đoàn Củ Chi');
  });
});

describe('a header restored from a text without marks', () => {
  it('reads `Sở: 80/…` (restoration’s reading of `So:`) as the number line and `Quân 6` as the district', () => {
    const header = readHeader(toLines(['BCH ĐOÀN TRƯỜNG THCS TÂN AN', 'Sở: 80/KH-ĐTN', 'Quân 6, ngày 4 tháng 9 năm 2021'].join('\n')));
    expect(header.documentNumber).toMatchObject({ number: '80', text: '80/KH-ĐTN' });
    expect(header.place).toBe('Quận 6');
    expect(header.letterhead?.name).not.toContain('80');
  });

  it('takes `Sở Y tế` for no number line', () => {
    expect(readHeader(toLines(['UBND TỈNH NGHỆ AN', 'Sở Y tế', 'Số: 8/KH-SYT        Vinh, ngày 4 tháng 9 năm 2021'].join('\n'))).documentNumber?.text).toBe('8/KH-SYT');
  });
});
