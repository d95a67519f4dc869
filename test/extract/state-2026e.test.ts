// What the outside set state-2026e taught (a 1998 decision whose type line
// names its issuer, a provincial Chương trình hành động, a city's emulation plan
// citing a decision and a guide in one sentence, a province's plan that names
// the chủ đề of the movement it issues), each on the real lines of those
// documents (fixtures/outside/state-2026e), with a case where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'state.txt' });

describe('the older type line that names its issuer (`QUYẾT ĐỊNH CỦA UBND TỈNH …`)', () => {
  const decision = (typeLine: string, titleLines: string[]) =>
    extract([
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 9 tháng 11 năm 1998',
      typeLine,
      ...titleLines,
      '____________',
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21/6/1994;',
      'Căn cứ Luật Khoáng sản ngày 20/3/1996;',
      'QUYẾT ĐỊNH:',
    ]);

  it('is the type line: the trích yếu is the `Về việc …` under it, not the `CỦA …` beside the type', () => {
    const record = decision('QUYẾT ĐỊNH CỦA UBND TỈNH LÀO CAI', ['Về việc ban hành Quy định quản lý khoáng sản', 'trên địa bàn tỉnh Lào Cai']);
    expect(record.documentType).toBe('Quyết định');
    expect(record.title).toBe('Về việc ban hành Quy định quản lý khoáng sản trên địa bàn tỉnh Lào Cai');
  });

  it('a `của` whose line goes on to `về …` is a trích yếu run onto the type line, and is kept', () => {
    const record = decision('QUYẾT ĐỊNH CỦA UBND TỈNH LÀO CAI VỀ VIỆC BAN HÀNH QUY ĐỊNH QUẢN LÝ KHOÁNG SẢN', []);
    expect(record.title).toBe('CỦA UBND TỈNH LÀO CAI VỀ VIỆC BAN HÀNH QUY ĐỊNH QUẢN LÝ KHOÁNG SẢN');
  });
});

describe('a Chương trình hành động (a Chương trình named by its kind, NĐ 30 Phụ lục III: CTr)', () => {
  const programme = (typeLine: string) =>
    extract([
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NINH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 35/CTr-UBND',
      'Quảng Ninh, ngày 08 tháng 02 năm 2021',
      typeLine,
      'THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 01-CT/TU NGÀY 09/10/2020 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH QUẢNG NINH LẦN THỨ XV, NHIỆM KỲ 2020 - 2025',
      'Để thực hiện thắng lợi mục tiêu của Đại hội Đảng bộ tỉnh lần thứ XV và Chương trình hành động số 01-CT/TU ngày 09/10/2020 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025, Ủy ban nhân dân tỉnh Quảng Ninh ban hành Chương trình hành động triển khai thực hiện như sau:',
      'I. MỤC TIÊU',
    ]);

  it('reads the whole type line as the type, and the trích yếu under it whole', () => {
    const record = programme('CHƯƠNG TRÌNH HÀNH ĐỘNG');
    expect(record.documentType).toBe('Chương trình hành động');
    expect(record.title).toMatch(/^THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 01-CT\/TU/u);
  });

  it('a plain CHƯƠNG TRÌNH stays a Chương trình', () => {
    expect(programme('CHƯƠNG TRÌNH').documentType).toBe('Chương trình');
  });
});

describe('a decision and a guide cited in one `Thực hiện` sentence, a movement quoted in the first subject', () => {
  const plan = (preamble: string) =>
    extract([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 86/KH-UBND',
      'Hà Nội, ngày 13 tháng 3 năm 2023',
      'KẾ HOẠCH',
      'TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA “TOÀN DÂN CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI” THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2025',
      preamble,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);

  it('the comma after the closed quote and the period lists the guide as a basis of its own', () => {
    const record = plan(
      'Thực hiện Quyết định số 587/QĐ-TTg ngày 18 tháng 5 năm 2022 của Thủ tướng Chính phủ về việc ban hành Kế hoạch tổ chức thực hiện phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025, Hướng dẫn số 2358/HD-BTĐKT ngày 31/8/2022 của Ban Thi đua - Khen thưởng Trung ương về khen thưởng thành tích trong phong trào “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025;',
    );
    expect(record.legalBases.map((b) => [b.documentType, b.number, b.date, b.issuer])).toEqual([
      ['Quyết định', '587/QĐ-TTg', '2022-05-18', 'Thủ tướng Chính phủ'],
      ['Hướng dẫn', '2358/HD-BTĐKT', '2022-08-31', 'Ban Thi đua - Khen thưởng Trung ương'],
    ]);
    expect(record.legalBases[0]!.subject).toBe(
      'về việc ban hành Kế hoạch tổ chức thực hiện phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025',
    );
  });

  it('a quote still open at the comma leaves the citation inside the quoted name', () => {
    const record = plan(
      'Thực hiện Quyết định số 587/QĐ-TTg ngày 18 tháng 5 năm 2022 của Thủ tướng Chính phủ về việc ban hành Kế hoạch “Tổ chức thực hiện phong trào thi đua, Hướng dẫn số 2358/HD-BTĐKT ngày 31/8/2022 của Ban Thi đua - Khen thưởng Trung ương”;',
    );
    expect(record.legalBases.map((b) => b.number)).toEqual(['587/QĐ-TTg']);
  });
});

describe('the chủ đề given in the sentence that issues a plan organising a movement', () => {
  const plan = (issuing: string) =>
    extract([
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 4855/UBND-KH | Vĩnh Phúc, ngày 17 tháng 11 năm 2011 |',
      'KẾ HOẠCH',
      'TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA XÂY DỰNG NÔNG THÔN MỚI TỈNH VĨNH PHÚC GIAI ĐOẠN 2011 – 2020.',
      'Thực hiện Quyết định số 1620/QĐ-TTg ngày 20/9/2011 của Thủ tướng Chính phủ về việc ban hành Kế hoạch tổ chức thực hiện phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”; Quyết định số 19/2011/QĐ-UBND ngày 20/4/2011 của UBND tỉnh Vĩnh Phúc về ban hành Chương trình xây dựng nông thôn mới tỉnh Vĩnh Phúc giai đoạn 2011 – 2020.',
      issuing,
      'I. MỤC ĐÍCH YÊU CẦU',
    ]);

  it('takes the quoted chủ đề of `… ban hành Kế hoạch tổ chức phong trào thi đua … với chủ đề “…”`', () => {
    const record = plan(
      'Ủy ban nhân dân tỉnh Vĩnh Phúc ban hành Kế hoạch tổ chức phong trào thi đua xây dựng nông thôn mới trên địa bàn tỉnh Vĩnh Phúc giai đoạn 2011 – 2015 mục tiêu đến năm 2020 với chủ đề “Vĩnh Phúc chung sức xây dựng nông thôn mới”.',
    );
    expect(record.emulation.theme).toBe('Vĩnh Phúc chung sức xây dựng nông thôn mới');
    expect(record.emulation.period.from).toBe('2011');
  });

  it('an issuing sentence without a chủ đề gives none (the movement quoted in a basis is another’s)', () => {
    const record = plan('Ủy ban nhân dân tỉnh Vĩnh Phúc ban hành Kế hoạch tổ chức phong trào thi đua xây dựng nông thôn mới trên địa bàn tỉnh như sau:');
    expect(record.emulation.theme).toBeNull();
  });
});

describe('a letterhead left `ỦY BAN NHÂN DÂN` alone, completed by the line naming who decides', () => {
  const decision = (dateLine: string, deciding: string) =>
    extract([
      'ỦY BAN NHÂN DÂN |',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 612/QĐ-UBND |',
      dateLine,
      deciding,
      'Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;',
      'Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 43/TTr-SNNPTNT ngày 27 tháng 02 năm 2020,',
    ]);

  it('`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` gives the level; the date line gives the province', () => {
    const record = decision('Vĩnh Long, ngày 05 tháng 3 năm 2020 |', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Vĩnh Long', level: 'tỉnh', locality: 'Vĩnh Long' });
  });

  it('a deciding line that names its province keeps it over the date line’s town', () => {
    const record = decision('Tam Kỳ, ngày 05 tháng 3 năm 2020 |', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM');
    expect(record.issuer.locality).toBe('Quảng Nam');
  });
});

describe('a letter whose date line a crawl lost: the addressees under its `V/v` are no letterhead', () => {
  // The lines of a quận's letter (fixtures/outside/state-2026e 102) as its OCR'd page gives them once put on lines:
  // the date line unreadable, the Kính gửi list running on under the trích yếu.
  const letter = (addressee: string) =>
    extract([
      'ỦY BAN NHÂN DÂN',
      'QUẬN TÂN PHÚ',
      'Số: /UBND-NC',
      'V/v đẩy mạnh thực hiện các phong trào thi đua yêu nước hướng tới kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra kêu gọi thi đua ái quốc (11/6/1948-11/6/2018)',
      '- Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc quận;',
      addressee,
      'Căn cứ Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng;',
    ]);

  it('`- Ủy ban nhân dân 11 phường quận Tân Phú.` does not stand for the issuer', () => {
    const record = letter('- Ủy ban nhân dân 11 phường quận Tân Phú.');
    expect(record.issuer.level).not.toBe('phường');
    expect(record.issuer.name ?? '').not.toMatch(/phường/u);
  });

  it('the letterhead in capitals still names the quận', () => {
    const record = letter('- Ủy ban nhân dân 11 phường quận Tân Phú.');
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân quận Tân Phú', level: 'quận', locality: 'Tân Phú' });
  });
});
