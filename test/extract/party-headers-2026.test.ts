// Header rules learnt from the outside set party-2026 (fixtures/outside/party-2026):
// Party numbers (HD 36: `Số 12-KH/HU`, no colon, a dash before the symbol; left
// blank as `Số    -KH/HU`), a page opening that flattened the frame onto one
// line, the Party's heading and the number cut by narrow table cells, and a
// body of a school under its superior. Texts written for the tests.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { isFlattened } from '../../src/extract/flattened.js';
import { toLines } from '../../src/extract/lines.js';
import { readBlockLine } from '../../src/extract/signer.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'party.txt' });

describe('a page opening flattened onto one line', () => {
  const opening =
    'ĐẢNG BỘ HUYỆN PHÚ LƯƠNG ĐẢNG ỦY XÃ YÊN NINH * Số 14 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Yên Ninh, ngày 02 tháng 3 năm 2021 ' +
    'KẾ HOẠCH tổ chức các hoạt động kỷ niệm ngày thành lập Đoàn năm 2021 - Căn cứ Hướng dẫn số 08-HD/HU ngày 20/02/2021 của Ban Thường vụ Huyện ủy Phú Lương; ' +
    'Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Tuyên truyền sâu rộng truyền thống vẻ vang của Đoàn.';

  it('is flattened though shorter than a whole document, its frame carrying the Party heading and a date line', () => {
    expect(opening.length).toBeLessThan(1000);
    expect(isFlattened(toLines(opening))).toBe(true);
    const record = extractPlan(opening, { sample: 'party.txt' });
    expect(record.documentNumber).toEqual({ number: '14', symbol: 'KH/ĐU', text: '14-KH/ĐU' });
    expect(record.issuer).toEqual({ name: 'Đảng ủy xã Yên Ninh', level: 'xã', locality: 'Yên Ninh' });
    expect(record).toMatchObject({ place: 'Yên Ninh', issuedDate: '2021-03-02', documentType: 'Kế hoạch' });
  });

  it('a long paragraph with no frame at its start is no flattened document', () => {
    const paragraph = `Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ tổ chức thực hiện, báo cáo kết quả về Đảng ủy trước ngày 10/4/2021. ${'Các chi bộ tuyên truyền đến đảng viên. '.repeat(8)}`;
    expect(paragraph.length).toBeGreaterThan(300);
    expect(isFlattened(toLines(['KẾ HOẠCH', 'tổ chức kỷ niệm', paragraph].join('\n')))).toBe(false);
  });
});

describe('the number line of a Party document', () => {
  const tail = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Đại Từ, ngày 5 tháng 3 năm 2020', 'KẾ HOẠCH', 'thực hiện Chỉ thị số 05-CT/TW'];

  it('left blank (`Số    -KH/HU`) is the number line, never an organ (`Sở`)', () => {
    const record = extract(['HUYỆN ỦY ĐẠI TỪ', '*', 'Số      -/HU', ...tail]);
    expect(record.issuer).toEqual({ name: 'Huyện ủy Đại Từ', level: 'huyện', locality: 'Đại Từ' });
    expect(record.documentNumber.number).toBeNull();
    expect(record.warnings.some((w) => w.startsWith('documentNumber: line 3'))).toBe(true);
  });

  it('cut by a narrow cell after its dash (`Số: 16 -` / `HD/BTCTW`) is read whole', () => {
    const record = extract(['HUYỆN ỦY ĐẠI TỪ', 'Số: 16 -', 'HD/HU', ...tail]);
    expect(record.documentNumber).toEqual({ number: '16', symbol: 'HD/HU', text: '16-HD/HU' });
  });

  it('a figure and dash with no symbol under them stay unread, with a warning', () => {
    const record = extract(['HUYỆN ỦY ĐẠI TỪ', 'Số: 16 -', ...tail]);
    expect(record.documentNumber.number).toBeNull();
    expect(record.issuer.name).toBe('Huyện ủy Đại Từ');
  });
});

describe('the Party heading wrapped in a narrow cell', () => {
  it('`ĐẢNG CỘNG SẢN` / `VIỆT NAM` is the heading, not a line of the organ block', () => {
    const record = extract(['BAN CHẤP HÀNH', 'TRUNG ƯƠNG', 'BAN TỔ CHỨC', 'ĐẢNG CỘNG SẢN', 'VIỆT NAM', 'Số 16-HD/BTCTW', 'Hà Nội, ngày 24 tháng 9 năm 2018', 'HƯỚNG DẪN', 'kiểm điểm, đánh giá']);
    expect(record.issuer.name).toBe('Ban Tổ chức Trung ương');
  });
});

describe('a body of a school under its superior', () => {
  const rest = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 39/KH-CĐ', 'Ngọc Tố, ngày 15 tháng 9 năm 2020', 'KẾ HOẠCH', 'Hoạt động công đoàn năm học 2020 - 2021'];

  it('takes no level or place from the superior (`CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG`)', () => {
    const record = extract(['CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG', 'CĐCS TRƯỜNG THPT NGỌC TỐ', ...rest]);
    expect(record.issuer.level).toBeNull();
    expect(record.issuer.locality).toBeNull();
    expect(record.issuer.name).not.toMatch(/Sóc Trăng/u);
  });

  it('a body of a district under its province keeps its own level and place', () => {
    const record = extract(['LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH', ...rest.slice(0, 2), 'Số: 34/KH-LĐLĐ', 'Yên Định, ngày 08 tháng 12 năm 2021', 'KẾ HOẠCH', 'Tổ chức Tết năm 2022']);
    expect(record.issuer).toEqual({ name: 'Liên đoàn Lao động huyện Yên Định', level: 'huyện', locality: 'Yên Định' });
  });
});

describe('a letter with no number line', () => {
  const organs = ['ỦY BAN MTTQ VIỆT NAM', 'THÀNH PHỐ CẦN THƠ', 'BAN TUYÊN GIÁO'];
  const national = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc', 'Cần Thơ, ngày 21 tháng 02 năm 2020'];

  it('has its `Về việc …` trích yếu right under the organ block, and is a Công văn', () => {
    const record = extract([...organs, 'Về việc đón đọc chuyên trang “Đại đoàn kết”', ...national, 'Kính gửi: Ban Thường trực các quận, huyện', 'Đề nghị các quận, huyện thông báo đến khu dân cư.', 'Trân trọng kính chào!']);
    expect(record.documentType).toBe('Công văn');
    expect(record.title).toBe('Về việc đón đọc chuyên trang “Đại đoàn kết”');
    expect(record.documentNumber).toEqual({ number: null, symbol: null, text: null });
  });

  it('a plan’s `Về việc …` trích yếu under its type line stays the plan’s', () => {
    const record = extract([...organs, ...national, 'KẾ HOẠCH', 'Về việc tổ chức Hội thi tuyên truyền viên giỏi năm 2020', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBe('Về việc tổ chức Hội thi tuyên truyền viên giỏi năm 2020');
  });
});

describe('a signature block a crawl glued', () => {
  const decision = (closing: string) =>
    extractPlan(
      `BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 12 - QĐ/TWĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNH Về việc ban hành Quy định về công tác văn thư của Đoàn--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH - Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định về công tác văn thư của Đoàn. Điều 2. Quyết định này có hiệu lực từ ngày ký. Các tỉnh, thành đoàn, đoàn trực thuộc căn cứ Quyết định thi hành./. Nơi nhận: - Như điều 2; - Lưu VT. ${closing}`,
      { sample: 'flat.txt' },
    ).signer;

  it('puts the position glued to the authority line (`… ĐOÀNBÍ THƯ THƯỜNG TRỰC`) back on its own line', () => {
    expect(decision('TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi')).toEqual({
      name: 'Phan Văn Mãi',
      position: 'Bí thư Thường trực',
      authority: 'TM. Ban Bí thư Trung ương Đoàn',
    });
  });

  it('never cuts a position’s words inside the body the authority names (`TM. BAN BÍ THƯ …`)', () => {
    expect(decision('TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN (đã ký) Phan Văn Mãi')).toMatchObject({ authority: 'TM. Ban Bí thư Trung ương Đoàn', position: null });
  });
});

describe('a Party or Đoàn signature block typed on one line', () => {
  it('splits off the longest position of the table after a body named in full', () => {
    expect(readBlockLine('T/M BAN THƯỜNG VỤ TỈNH ĐOÀN PHÓ BÍ THƯ')).toEqual({ authority: 'T/M Ban Thường vụ Tỉnh Đoàn', position: 'Phó Bí thư' });
    expect(readBlockLine('TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ THƯỜNG TRỰC')).toEqual({ authority: 'TM. Ban Bí thư Trung ương Đoàn', position: 'Bí thư Thường trực' });
  });

  it('reads nothing where two authority lines ran together', () => {
    expect(readBlockLine('TM. ỦY BAN NHÂN DÂN TỈNH KT. CHỦ TỊCH')).toBeNull();
  });
});
