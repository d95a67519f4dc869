// Titles of the reports mass organisations and Party bodies bring to a congress (Báo cáo … tại Đại hội …), double-spaced
// by the page that carried them, and the draft mark (NĐ 30/2020 Phụ lục I: `DỰ THẢO`) above a trích yếu.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readLayout } from '../../src/extract/layout.js';
import { toLines } from '../../src/extract/lines.js';

const title = (...lines: string[]) => readLayout(toLines(lines.join('\n'))).title?.title;
// A congress report's draft: letterhead, date line, the draft mark, a quoted trích yếu over two lines.
const DRAFT_REPORT = [
  'HỘI NÔNG DÂN HUYỆN AN PHÚ',
  'BCH HỘI NÔNG DÂN XÃ AN THẠNH',
  'An Thạnh, ngày 02 tháng 3 năm 2018',
  '',
  'DỰ THẢO',
  '“XÂY DỰNG TỔ CHỨC HỘI VỮNG MẠNH,',
  'GÓP PHẦN XÂY DỰNG NÔNG THÔN MỚI”',
  '',
];
const HEAD = ['HỘI NÔNG DÂN VIỆT NAM', '', 'BCH HND XÃ AN PHÚ', '', 'Số: 02-BC/HNDX', '', 'An Phú, ngày 08 tháng 03 năm 2018', ''];

describe('a congress report’s trích yếu over blank lines', () => {
  it('goes on past a blank onto a line in capitals that opens with `TẠI`', () => {
    expect(
      title(
        ...HEAD,
        'BÁO CÁO',
        '',
        'CỦA BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ KHÓA IX',
        '',
        'TẠI ĐẠI HỘI ĐẠI BIỂU LẦN THỨ X, NHIỆM KỲ 2018 - 2023',
        '',
        'Thực hiện nhiệm vụ công tác Hội và phong trào nông dân, nhiệm kỳ 2012 - 2018, tuy gặp nhiều khó khăn, thách thức, cán bộ, hội viên đã đoàn kết vượt qua, hoàn thành các chỉ tiêu của Nghị quyết.',
      ),
    ).toBe('CỦA BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ KHÓA IX TẠI ĐẠI HỘI ĐẠI BIỂU LẦN THỨ X, NHIỆM KỲ 2018 - 2023');
  });

  it('stops at a blank before a line in capitals that opens otherwise (a part of the body)', () => {
    expect(
      title(
        ...HEAD,
        'BÁO CÁO',
        '',
        'KẾT QUẢ CÔNG TÁC HỘI NĂM 2018',
        '',
        'ĐÁNH GIÁ CHUNG TÌNH HÌNH NÔNG NGHIỆP, NÔNG DÂN, NÔNG THÔN CỦA XÃ TRONG NĂM',
        '',
        'Năm 2018, trong bối cảnh còn nhiều khó khăn, sản xuất nông nghiệp của xã vẫn giữ được mức tăng trưởng khá, đời sống hội viên được cải thiện.',
      ),
    ).toBe('KẾT QUẢ CÔNG TÁC HỘI NĂM 2018');
  });
});

describe('the draft mark above a trích yếu', () => {
  it('is no word of the title', () => {
    expect(
      title(
        ...DRAFT_REPORT,
        '(Báo cáo chính trị của Ban Chấp hành Hội Nông dân xã khóa XII)',
      ),
    ).toBe('“XÂY DỰNG TỔ CHỨC HỘI VỮNG MẠNH, GÓP PHẦN XÂY DỰNG NÔNG THÔN MỚI”');
  });
});

describe('the type a congress report names in the note under its trích yếu', () => {
  const report = (note: string) =>
    extractPlan(
      [
        ...DRAFT_REPORT,
        note,
        'Nhiệm kỳ qua, các hoạt động công tác Hội và phong trào nông dân của địa phương có nhiều chuyển biến tích cực.',
      ].join('\n'),
      { sample: 'report.txt' },
    ).documentType;

  it('is read from `(Báo cáo chính trị của …)` where there is no type line', () => {
    expect(report('(Báo cáo chính trị của Ban Chấp hành Hội Nông dân xã khóa XII, tại Đại hội đại biểu lần thứ XIII)')).toBe('Báo cáo');
  });

  it('is not read from a note that cites another document', () => {
    expect(report('(Kèm theo Quyết định số 12/QĐ-HND ngày 02/3/2018 của Ban Thường vụ Hội Nông dân huyện)')).toBeNull();
    expect(report('(Báo cáo số 12-BC/HNDX ngày 02/3/2018 đã gửi Ban Thường vụ)')).toBeNull();
  });
});
