// What the outside set state-2026h taught (an older decision's `CỦA <organ> V/V …` wrapped under its type line, a
// city's name cut over two lines with its `TP`, a place joined by a hyphen, tone marks a PDF layer set apart from
// their letters, a portal's `(Nguồn: …)` note giving a notice's number and date, a type cited in small letters under
// a symbol of the organ's code alone, a symbol's dot with a crawl's space before it), each on the real lines of
// those documents (fixtures/outside/state-2026h), with a case where the rule must not fire.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { cleanText } from '../../src/input/text.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'state.txt' });
const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'state-2026h', 'texts');
const page = (name: string): string => readFileSync(join(SET, name), 'utf8');

// Quyết định 120/2003/QĐ-UB of UBND TP Hồ Chí Minh as thuviennhadat prints it: cells cut over lines.
const hcm2003 = (placeLines: string[], titleLine: string) =>
  extract([
    'ỦY BAN NHÂN',
    'DÂN',
    'THÀNH PHỐ HỒ CHÍ MINH',
    '********',
    '|',
    'CỘNG HOÀ XÃ',
    'HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '********',
    '|',
    'Số:',
    '120/2003/QĐ-UB',
    '|',
    ...placeLines,
    '|',
    'QUYẾT ĐỊNH',
    titleLine,
    'PHÁT TRIỂN NGÀNH CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH ĐẾN NĂM 2010',
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    'Căn cứ Nghị định số 93/2001/NĐ-CP ngày 12 tháng 12 năm 2001 của Chính phủ về phân cấp quản lý một số lĩnh vực cho thành phố Hồ Chí Minh;',
    'QUYẾT ĐỊNH',
  ]);

describe('the older type line’s `CỦA <organ>` wrapped onto the trích yếu (`QUYẾT ĐỊNH` / `CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V …`)', () => {
  const placeLines = ['TP Hồ Chí', 'Minh, ngày 17 tháng 7 năm 2003'];

  it('is the type line’s: the trích yếu is what the `V/V` opens', () => {
    const record = hcm2003(placeLines, 'CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH');
    expect(record.title).toBe('PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH PHÁT TRIỂN NGÀNH CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH ĐẾN NĂM 2010');
    expect(record.documentType).toBe('Quyết định');
  });

  it('a `của` that no `V/v` or `về việc` follows stays the trích yếu’s', () => {
    const record = hcm2003(placeLines, 'CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH');
    expect(record.title).toMatch(/^CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ PHÊ DUYỆT/u);
  });
});

describe('a city’s name cut over two lines with its `TP` (`TP Hồ Chí` / `Minh, ngày 17 tháng 7 năm 2003`)', () => {
  it('is the place, whole', () => {
    const record = hcm2003(['TP Hồ Chí', 'Minh, ngày 17 tháng 7 năm 2003'], 'CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH');
    expect(record).toMatchObject({ place: 'TP Hồ Chí Minh', issuedDate: '2003-07-17' });
  });

  it('words that make no registered place together are not joined', () => {
    const record = hcm2003(['TP Hồ Chí', 'Xuân, ngày 17 tháng 7 năm 2003'], 'CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH');
    expect(record.place).not.toBe('TP Hồ Chí Xuân');
  });
});

describe('a Công văn whose PDF layer set its tone marks apart and flattened it onto one line (2917/SGDĐT-VP, Ninh Thuận)', () => {
  const text = page('158_so-congvan-lulut-marks-2010.txt');

  it('has the marks no letter carries blanked, the line keeping its length', () => {
    const clean = cleanText(text);
    expect(clean).not.toMatch(/(?:^|\s)\p{M}/u);
    const blanked = text.replace(/(?<=^|\s)\p{M}+/gu, (marks) => ' '.repeat(marks.length));
    expect(clean.split('\n').map((l) => l.trimEnd().length)).toEqual(blanked.split('\n').map((l) => l.trimEnd().length));
    // Marks on their letters stay: a decomposed `á` is composed, not blanked.
    expect(cleanText('Ba\u0301o ca\u0301o\n')).toBe('Báo cáo\n');
  });

  it('reads the place joined by a hyphen whole (`Phan Rang-Tháp Chàm, ngày …`)', () => {
    const record = extractPlan(cleanText(text), { sample: '158.txt' });
    expect(record).toMatchObject({ place: 'Phan Rang-Tháp Chàm', issuedDate: '2010-11-05', documentType: 'Công văn' });
    expect(record.documentNumber.text).toBe('2917/SGDĐT-VP');
    expect(record.title ?? '').not.toMatch(/\p{M}/u);
  });
});

describe('a notice whose portal kept only the body and its source note (Thông báo 81/TB-UBND, huyện Quảng Trạch)', () => {
  const lines = page('151_huyen-thongbao-tiepcongdan-2021.txt').trimEnd().split('\n');

  it('takes its number and date from `(Nguồn: Thông báo số … ngày …)` closing the page', () => {
    const record = extract(lines);
    expect(record.documentType).toBe('Thông báo');
    expect(record.documentNumber).toEqual({ number: '81', symbol: 'TB-UBND', text: '81/TB-UBND' });
    expect(record.issuedDate).toBe('2021-06-08');
  });

  it('a source note of another type, or one the page goes on after, gives nothing', () => {
    const other = extract([...lines.slice(0, -1), '(Nguồn: Báo cáo số 12/BC-UBND ngày 08/6/2021)']);
    expect(other.documentNumber.text).toBeNull();
    const inside = extract([...lines, 'Ủy ban nhân dân huyện đề nghị các xã thực hiện nghiêm.']);
    expect(inside.documentNumber.text).toBeNull();
  });
});

// Quyết định of UBND tỉnh Lào Cai, 1995, as its law database shows it.
const laoCai1995 = (clause: string) =>
  extract([
    'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Hà Nội, ngày 27 tháng 2 năm 1995',
    'QUYẾT ĐỊNH CỦA UBND TỈNH LÀO CAI',
    'Về việc giao chỉ tiêu kế hoạch phát triển dân số - kế hoạch hóa',
    '__________________________',
    'UỶ BAN NHÂN DÂN TỈNH LÀO CAI',
    'Căn cứ Luật tổ chức HĐND và UBND ngày 21 tháng 6 năm 1994;',
    clause,
    'QUYẾT ĐỊNH :',
  ]);

describe('a type cited in small letters under the organ’s code alone (`Căn cứ quyết định 830/TTg ngày 30.12.1994 …`)', () => {
  it('cites the decision, and the decisions after it on the line, dotted dates read', () => {
    const record = laoCai1995(page('159_tinh-qd-danso-1995.txt').split('\n')[9]!);
    expect(record.legalBases.map((b) => [b.number, b.date])).toEqual([
      [null, '1994-06-21'],
      ['830/TTg', '1994-12-30'],
      ['191/UB.TH', '1994-12-31'],
      ['01/UB.QĐ', '1995-01-03'],
    ]);
    expect(record.legalBases[1]!.issuer).toBe('Thủ tướng Chính phủ');
  });

  it('a type in small letters far from the opener is running text', () => {
    const record = laoCai1995('Căn cứ tình hình thực tế, các ngành thực hiện theo quyết định 830/TTg ngày 30.12.1994;');
    expect(record.legalBases.map((b) => b.number)).toEqual([null]);
  });
});

describe('a symbol’s dot with a crawl’s space before it (`191/UB .TH`)', () => {
  it('is closed up; a stop with its space after ends the symbol', () => {
    const record = laoCai1995('Căn cứ Quyết định số 191/UB .TH ngày 31.12.1994 của Chủ nhiệm ủy ban kế hoạch Nhà nước về việc giao chỉ tiêu;');
    expect(record.legalBases[1]?.number).toBe('191/UB.TH');
    const stop = laoCai1995('Căn cứ Quyết định số 191/UB. THỰC hiện ngày 31.12.1994 của Chủ nhiệm ủy ban kế hoạch Nhà nước;');
    expect(stop.legalBases[1]?.number).toBe('191/UB');
  });
});

describe('a report whose portal kept the type and its trích yếu on one line (`BÁO CÁO Về việc …`, xã Quảng Thái)', () => {
  const lines = page('150_xa-baocao-kiemdiem-2021.txt').trimEnd().split('\n');

  it('ends the trích yếu where the body’s first sentence opens with its opener (`Thực hiện Thông báo …`)', () => {
    const record = extract(lines);
    expect(record.documentType).toBe('Báo cáo');
    expect(record.title).toBe('Về việc kiểm điểm công tác chỉ đạo, điều hành của UBND xã năm 2021');
  });

  it('a trích yếu wrapped onto a line in small letters still goes on', () => {
    const record = extract(['BÁO CÁO Về việc kiểm điểm công tác chỉ đạo, điều hành', 'của UBND xã năm 2021', 'I. Những kết quả đạt được']);
    expect(record.title).toBe('Về việc kiểm điểm công tác chỉ đạo, điều hành của UBND xã năm 2021');
  });
});

describe('a date line whose day and month a scan left as scrawl (`Hoàng Mai, ngàyẠẠ tháng ĩ năm 2016`)', () => {
  const record = extract(page('148_quan-kh-attp-ocr-2016.txt').trimEnd().split('\n'));

  it('still gives the place, and the year alone as the date', () => {
    expect(record).toMatchObject({ place: 'Hoàng Mai', issuedDate: '2016' });
    expect(record.issuer).toMatchObject({ name: 'Ủy ban nhân dân quận Hoàng Mai', level: 'quận', locality: 'Hoàng Mai' });
  });

  it('a day and month written in figures are read as they are', () => {
    const dated = extract(['ỦY BAN NHÂN DÂN', 'QUẬN HOÀNG MAI', 'Hoàng Mai, ngày 12 tháng 5 năm 2016', 'KẾ HOẠCH', 'Triển khai thực hiện', 'I. MỤC ĐÍCH']);
    expect(dated.issuedDate).toBe('2016-05-12');
  });
});

// Quyết định 44/2025/QĐ-CTUBND of the Chủ tịch UBND tỉnh Gia Lai.
const giaLai = (clause: string) =>
  extract(['|', 'CHỦ TỊCH ỦY BAN', 'NHÂN DÂN |', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM |', '|', 'Số: 44/2025/QĐ-CTUBND |', 'Gia Lai, ngày 20 tháng 11 năm 2025 |', clause, 'QUYẾT ĐỊNH:']);

describe('a law cited with the law that amended it (`… số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15`)', () => {
  it('gives both laws, each its own record', () => {
    const record = giaLai(page('157_tinh-qd-ctubnd-taisancong-2025.txt').split('\n')[9]!);
    expect(record.legalBases.map((b) => b.number)).toEqual(['64/2025/QH15', '87/2025/QH15']);
    expect(record.legalBases[0]!.subject).toBe('Ban hành văn bản quy phạm pháp luật');
  });

  it('a document named before `tại` another is still that document’s lead', () => {
    const record = giaLai('Căn cứ ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 12/TTg-KTTH ngày 02/01/2025;');
    expect(record.legalBases.map((b) => b.number)).toEqual(['12/TTg-KTTH']);
  });
});

describe('a letterhead naming the body without level or place (`CHỦ TỊCH ỦY BAN` / `NHÂN DÂN |`, Gia Lai 2025)', () => {
  const lines = page('157_tinh-qd-ctubnd-taisancong-2025.txt').trimEnd().split('\n');

  it('is of the date line’s place, at the one level the body sets before it (`… của tỉnh Gia Lai`)', () => {
    const record = extract(lines);
    expect(record.issuer).toMatchObject({ level: 'tỉnh', locality: 'Gia Lai' });
    expect(record.place).toBe('Gia Lai');
  });

  it('two levels before that place say nothing', () => {
    const record = extract([...lines.slice(0, -1), 'Chủ tịch Ủy ban nhân dân ban hành Quyết định về tài sản công của tỉnh Gia Lai và huyện Gia Lai.']);
    expect(record.issuer).toMatchObject({ level: null, locality: null });
  });
});
