// What the outside set state-2026c taught (a resolution a database shows as
// `Số: Không số`, a Tờ trình that names the proposals it answers, a Nơi nhận
// whose dashes a web page left alone on their lines), each on a short text
// written for this test in the genre's layout (NĐ 30/2020 Phụ lục I), with a
// case where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'state.txt' });

describe('a `Số:` line that carries no number', () => {
  const council = (numberLine: string) =>
    extract([
      'HĐND TỈNH NINH BÌNH',
      numberLine,
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Ninh Bình, ngày 12 tháng 3 năm 1996',
      'NGHỊ QUYẾT',
      'Về việc đổi tên xã Ninh Phúc',
      'HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH',
      'Căn cứ Luật tổ chức HĐND và UBND ngày 21/06/1994;',
      'QUYẾT NGHỊ:',
    ]);

  it('is the number line, not a unit of the organ block: the issuer stays the council, the number null', () => {
    const record = council('Số: Không số');
    expect(record.issuer).toEqual({ name: 'Hội đồng nhân dân tỉnh Ninh Bình', level: 'tỉnh', locality: 'Ninh Bình' });
    expect(record.documentNumber).toEqual({ number: null, symbol: null, text: null });
    expect(record.warnings).toContain('documentNumber: line 2 is the number line but its number and symbol cannot be read');
  });

  it('restoration’s `Sở :` for the label of a stripped text is the label too', () => {
    expect(council('Sở : Không sợ').issuer.name).toBe('Hội đồng nhân dân tỉnh Ninh Bình');
  });

  it('a department’s line has no colon after its head: it stays the issuer', () => {
    const record = extract(['UBND TỈNH NINH BÌNH', 'SỞ NỘI VỤ', 'Số: 15/KH-SNV', 'Ninh Bình, ngày 2 tháng 3 năm 2024', 'KẾ HOẠCH', 'Tuyên truyền cải cách hành chính năm 2024']);
    expect(record.issuer.name).toBe('Sở Nội vụ tỉnh Ninh Bình');
    expect(record.documentNumber.text).toBe('15/KH-SNV');
  });
});

describe('`Căn cứ đề nghị của …`: the proposal, not a basis', () => {
  const decision = (clause: string) =>
    extract([
      'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
      'Số: 25/QĐ-UBND',
      'Ninh Bình, ngày 12 tháng 3 năm 2024',
      'QUYẾT ĐỊNH',
      'Về việc thành lập Ban Chỉ đạo chuyển đổi số tỉnh',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử;',
      clause,
      'QUYẾT ĐỊNH:',
    ]);

  it('leaves out the Tờ trình it names, as `Theo đề nghị …` does', () => {
    const record = decision('Căn cứ đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 18/TTr-STTTT ngày 05/3/2024,');
    expect(record.legalBases.map((b) => b.number)).toEqual([null, '942/QĐ-TTg']);
  });

  it('a Tờ trình of the Government: the proposals in brackets it answers are no bases', () => {
    const record = extract([
      'CHÍNH PHỦ',
      'Số: 120/TTr-CP',
      'Hà Nội, ngày 10 tháng 4 năm 2019',
      'TỜ TRÌNH',
      'Về việc thành lập thị xã Hòa Thành thuộc tỉnh Tây Ninh',
      'Kính gửi: Ủy ban thường vụ Quốc hội.',
      'Chính phủ đã chỉ đạo Ủy ban nhân dân tỉnh Tây Ninh lập Đề án. Căn cứ đề nghị của Ủy ban nhân dân tỉnh Tây Ninh (Tờ trình số 35/TTr-UBND ngày 06/02/2019) và của Bộ Nội vụ (Tờ trình số 1200/TTr-BNV ngày 20/3/2019), Chính phủ trình Ủy ban thường vụ Quốc hội như sau:',
    ]);
    expect(record.legalBases).toEqual([]);
  });

  it('a basis whose subject speaks of a proposal is still a basis', () => {
    const record = decision('Căn cứ Quyết định số 50/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh về việc chấp thuận đề nghị thành lập Tổ công tác;');
    expect(record.legalBases.map((b) => b.number)).toEqual([null, '942/QĐ-TTg', '50/QĐ-UBND']);
  });
});

describe('a Nơi nhận whose dashes stand alone on their lines', () => {
  const resolution = (closing: string[]) =>
    extract([
      'HỘI ĐỒNG NHÂN DÂN',
      'HUYỆN CẦN GIỜ',
      'Số: 12/NQ-HĐND',
      'Cần Giờ, ngày 05 tháng 7 năm 2021',
      'NGHỊ QUYẾT',
      'Về ban hành Nội quy kỳ họp',
      'HỘI ĐỒNG NHÂN DÂN HUYỆN CẦN GIỜ',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'QUYẾT NGHỊ:',
      'Điều 1. Ban hành kèm theo Nghị quyết này Nội quy kỳ họp.',
      'Nơi nhận:',
      ...closing,
    ]);

  it('takes the line under a lone dash for the item, whatever mark ends it', () => {
    const record = resolution(['- Như Điều 2;', '-', 'Ủy ban MTTQ VN huyện;', '-', 'Đại biểu HĐND Huyện:', '+ Lưu: VT.']);
    expect(record.recipients).toEqual(['Như Điều 2', 'Ủy ban MTTQ VN huyện', 'Đại biểu HĐND Huyện', 'Lưu: VT']);
  });

  it('leaves the signature block under a lone dash to the signer', () => {
    const record = resolution(['- Như Điều 2;', '-', 'TM. HỘI ĐỒNG NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Minh']);
    expect(record.recipients).toEqual(['Như Điều 2']);
    expect(record.signer).toEqual({ name: 'Lê Văn Minh', position: 'Chủ tịch', authority: 'TM. Hội đồng nhân dân' });
  });
});

describe('a law database’s heading wrapped over lines of capitals, with the issuer before the number', () => {
  it('gives number, date and (by the symbol’s organ) the issuer of a text without header', () => {
    const record = extract([
      'CHỈ THỊ',
      'CỦA THỦ',
      'TƯỚNG CHÍNH PHỦ SỐ 20/2003/CT-TTG',
      'NGÀY 5 THÁNG 8 NĂM 2003 VỀ VIỆC TĂNG CƯỜNG',
      'CÔNG TÁC PHÒNG, CHỐNG LỤT BÃO',
      'Thời gian qua, các Bộ, ngành và địa phương đã tích cực phòng, chống lụt bão.',
      'Thủ tướng Chính phủ yêu cầu các Bộ, ngành thực hiện tốt các việc sau:',
    ]);
    expect(record.documentNumber).toEqual({ number: '20', symbol: 'CT-TTg', text: '20/2003/CT-TTg' });
    expect(record.issuedDate).toBe('2003-08-05');
    expect(record.issuer.name).toBe('Thủ tướng Chính phủ');
    expect(record.place).toBeNull();
  });

  it('leaves a heading citing another type’s document without a number', () => {
    const record = extract([
      'KẾ HOẠCH',
      'CỦA BAN THƯỜNG VỤ HUYỆN ỦY THỰC HIỆN NGHỊ QUYẾT',
      'SỐ 18-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG',
      'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:',
    ]);
    expect(record.documentNumber).toEqual({ number: null, symbol: null, text: null });
    expect(record.issuedDate).toBeNull();
  });
});
