// Rules learnt from the outside set party-2026c (fixtures/outside/party-2026c): the Front's and the mass
// organisations' plans, reports and decisions of communes, provinces and the centre. Texts written for the tests.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'party-2026c.txt' });
const dated = (place: string) => [`${place}, ngày 10 tháng 3 năm 2019`];

describe('the trích yếu and the lines under it', () => {
  it('a labelled line under a trích yếu in small letters (`Khẩu hiệu: …`) is not part of it', () => {
    const record = extract([
      'CÔNG ĐOÀN GIÁO DỤC TỈNH NAM ĐỊNH', 'CĐCS TRƯỜNG THCS AN BÌNH', 'Số: 04/KH-CĐ', ...dated('An Bình'),
      'KẾ HOẠCH', 'Thực hiện nhiệm vụ tháng 3 năm 2019', 'Khẩu hiệu: Thi đua dạy tốt, học tốt chào mừng',
      'ngày Quốc tế Phụ nữ 8/3', 'Căn cứ Kế hoạch số 10/KH-CĐN ngày 01/3/2019 của Công đoàn ngành Giáo dục;', 'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.title).toBe('Thực hiện nhiệm vụ tháng 3 năm 2019');
  });

  it('a title line that carries no label goes on as before, a proper name opening it included', () => {
    const record = extract([
      'HỘI LIÊN HIỆP PHỤ NỮ', 'TỈNH NINH BÌNH', 'Số: 12/KH-HPN', ...dated('Ninh Bình'),
      'KẾ HOẠCH', 'Tổ chức các hoạt động tuyên truyền Đại hội phụ nữ tỉnh', 'Ninh Bình lần thứ XIII',
      'Thực hiện Kế hoạch số 88/KH-ĐCT ngày 10/8/2020 của Đoàn Chủ tịch Trung ương Hội, Ban Thường vụ xây dựng kế hoạch như sau:',
    ]);
    expect(record.title).toBe('Tổ chức các hoạt động tuyên truyền Đại hội phụ nữ tỉnh Ninh Bình lần thứ XIII');
  });
});
