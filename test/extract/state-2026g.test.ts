// What the outside set state-2026g taught (a crawl that stored its line breaks as the characters `\r\n`, a decree
// numbered by its organ's code alone, a date written after the issuer, a bracket closed after an alias, a plan
// named in a narrative sentence, a type line whose words were glued), each on the real lines of those documents
// (fixtures/outside/state-2026g), with a case where the rule must not fire.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { cleanText } from '../../src/input/text.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'state.txt' });
const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'state-2026g', 'texts');

describe('a page whose line breaks were stored as the characters `\\r\\n` (Kế hoạch 54/KH-UBND, Lạng Sơn)', () => {
  const page = readFileSync(join(SET, '144_tinh-kh-dinhduong-crlf-2020.txt'), 'utf8');

  it('has them blanked, the file keeping its lines and their lengths', () => {
    const clean = cleanText(page);
    expect(clean).not.toContain('\\r\\n');
    expect(clean.split('\n').map((l) => l.trimEnd().length)).toEqual(page.split('\n').map((l) => l.replace(/\\r\\n/g, '    ').trimEnd().length));
  });

  it('gives back the date line, the issuer and the basis, and no title made of the escapes', () => {
    const record = extractPlan(cleanText(page), { sample: '144.txt' });
    expect(record).toMatchObject({ place: 'Lạng Sơn', issuedDate: '2020-03-27', title: null });
    expect(record.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Lạng Sơn', level: 'tỉnh' });
    expect(record.legalBases).toHaveLength(1);
    expect(record.legalBases[0]).toMatchObject({ number: '1896/QĐ-TTg', date: '2019-12-25', issuer: 'Thủ tướng Chính phủ' });
    expect(record.legalBases[0]!.subject).not.toContain('\\');
  });

  it('a backslash that is no escaped line break stays (a file path typed under a letter)', () => {
    expect(cleanText('d:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long\n')).toBe('d:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long\n');
  });
});

// Quyết định of UBND tỉnh Lào Cai, 1997, as its law database shows it (no `Số:`, the database's `Hà Nội`).
const laoCai = (clause: string) =>
  extract([
    'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Hà Nội, ngày 11 tháng 10 năm 1997',
    'QUYẾT ĐỊNH CỦA UBND TỈNH LÀO CAI',
    'Về việc ban hành Quy chế quản lý hoạt động phát thanh',
    'truyền hình tỉnh Lào Cai',
    'UỶ BAN NHÂN DÂN TỈNH LÀO CAI',
    'Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 21 tháng 6 năm 1994;',
    clause,
    'Xét đề nghị của Giám đốc Sở Văn hóa thông tin và thể thao,',
    'QUYẾT ĐỊNH:',
  ]);

describe('a decree numbered by its organ’s code alone (`Nghị định 52/CP`, the Chính phủ’s numbering before 2004)', () => {
  it('keeps the organ’s code: CP is no Công điện’s CĐ misread', () => {
    const record = laoCai('Căn cứ vào Nghị định 52/CP ngày 16/8/1993 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn của Đài tiếng nói Việt nam;');
    expect(record.legalBases[1]).toMatchObject({ documentType: 'Nghị định', number: '52/CP', date: '1993-08-16', issuer: 'Chính phủ' });
  });

  it('two numbers sharing the symbol (`Nghị định 52, 53/CP ngày …`) are two decrees with one date, issuer and subject', () => {
    const record = laoCai(
      'Căn cứ vào Nghị định 52, 53/CP ngày 16/8/1993 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn của Đài tiếng nói Việt nam và Đài truyền hình Việt nam;',
    );
    expect(record.legalBases.map((b) => b.number)).toEqual([null, '52/CP', '53/CP']);
    for (const basis of record.legalBases.slice(1)) expect(basis).toMatchObject({ documentType: 'Nghị định', date: '1993-08-16', issuer: 'Chính phủ' });
    expect(record.legalBases[1]!.subject).toBe(record.legalBases[2]!.subject);
  });

  it('a number after the comma with a year of its own is no shared symbol', () => {
    const record = laoCai('Căn cứ Nghị định số 52/CP ngày 16/8/1993, Nghị định số 53/1993/NĐ-CP ngày 16/8/1993 của Chính phủ;');
    expect(record.legalBases.map((b) => b.number)).toEqual([null, '52/CP', '53/1993/NĐ-CP']);
  });

  it('a symbol with the type before the organ is still read through OCR’s misreadings', () => {
    const record = laoCai('Căn cứ Công điện số 08/CP-UBND ngày 17/11/1997 của Ủy ban nhân dân tỉnh về phòng chống lụt bão;');
    expect(record.legalBases[1]?.number).toBe('08/CĐ-UBND');
  });
});

// Quyết định 15/2023/QĐ-UBND of Tiền Giang: the drafter wrote the issuer before the date.
const tienGiang = (clause: string) =>
  extract([
    'ỦY BAN NHÂN DÂN',
    'TỈNH TIỀN GIANG',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 15/2023/QĐ-UBND',
    'Tiền Giang, ngày 02 tháng 8 năm 2023',
    'QUYẾT ĐỊNH',
    'BAN HÀNH QUY ĐỊNH CƠ CHẾ QUAY VÒNG MỘT PHẦN VỐN HỖ TRỢ PHÁT TRIỂN SẢN XUẤT CỘNG ĐỒNG',
    'ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG',
    clause,
    'QUYẾT ĐỊNH:',
  ]);

describe('a date written after the issuer (`… của Chính phủ ngày 24 tháng 6 năm 2023 …`)', () => {
  it('dates the citation and is no word of the issuer', () => {
    const record = tienGiang(
      'Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia; Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023 sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022;',
    );
    expect(record.legalBases.map((b) => b.number)).toEqual(['27/2022/NĐ-CP', '38/2023/NĐ-CP']);
    expect(record.legalBases[1]).toMatchObject({ date: '2023-06-24', issuer: 'Chính phủ', subject: 'sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022' });
  });

  it('a date inside the subject, after the issuer’s `về`, stays the subject’s', () => {
    const record = tienGiang('Căn cứ Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh về việc phân bổ vốn thực hiện đến ngày 31/12/2023;');
    expect(record.legalBases[0]).toMatchObject({ date: null, issuer: 'Ủy ban nhân dân tỉnh' });
    expect(record.legalBases[0]!.subject).toContain('31/12/2023');
  });
});

describe('a bracket the subject never opened (Kế hoạch 70/KH-UBND, Nam Định)', () => {
  const record = extract(readFileSync(join(SET, '147_tinh-kh-kiemke-taisan-2024.txt'), 'utf8').split('\n'));

  it('closes an alias before it and is no word of the subject', () => {
    expect(record.legalBases.map((b) => b.number)).toEqual(['213/QĐ-TTg', '798/QĐ-BTC', '732/QĐ-UBND']);
    expect(record.legalBases[1]!.subject).toBe('ban hành Kế hoạch triển khai Quyết định số 213/QĐ-TTg của Thủ tướng Chính phủ');
  });

  it('a bracket the subject opened stays', () => {
    expect(tienGiang('Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh về phân bổ vốn (đợt 1);').legalBases[0]!.subject).toBe(
      'về phân bổ vốn (đợt 1)',
    );
  });
});

describe('a plan named in a narrative sentence (Thông báo of phường Phúc La, 2019)', () => {
  it('is no basis: after the organ a comma opens a clause of its own', () => {
    const record = extract(readFileSync(join(SET, '143_phuong-thongbao-hacotreo-2019.txt'), 'utf8').split('\n'));
    expect(record.legalBases).toEqual([]);
    expect(record.issuer).toMatchObject({ name: 'Ủy ban nhân dân phường Phúc La', level: 'phường', locality: 'Phúc La' });
  });

  it('a plan cited with its issuer and the issuer’s place is still a basis', () => {
    const record = tienGiang('Căn cứ kế hoạch của Ủy ban nhân dân huyện, tỉnh Tiền Giang về phát triển sản xuất năm 2023;');
    expect(record.legalBases).toHaveLength(1);
    expect(record.legalBases[0]!.documentType).toBe('Kế hoạch');
  });
});

describe('a type line whose words were glued by the page (`QUYẾTĐỊNH`, Quyết định 45/2013/QĐ-UBND, Thừa Thiên Huế)', () => {
  const record = extract(readFileSync(join(SET, '141_tinh-qd-quyche-thidua-2013.txt'), 'utf8').split('\n'));

  it('is the type line, and no word of the title', () => {
    expect(record.documentType).toBe('Quyết định');
    expect(record.title).toBe('BANHÀNH QUY CHẾ THI ĐUA, KHEN THƯỞNG TỈNH THỪA THIÊN HUẾ');
  });

  it('a one-word line that spells no type name of several words is no type line', () => {
    const decision = extract(['ỦY BAN NHÂN DÂN', 'TỈNH THỪA THIÊN HUẾ', 'Số: 45/2013/QĐ-UBND', 'Thừa Thiên Huế, ngày 11 tháng 11 năm 2013', 'QUYẾTĐỊNHH', 'BAN HÀNH QUY CHẾ']);
    expect(decision.title).not.toBe('BAN HÀNH QUY CHẾ');
  });
});
