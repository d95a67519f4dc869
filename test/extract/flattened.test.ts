// A document a crawl flattened onto one line (project-written text in the
// frame NĐ 30/2020 Phụ lục I lays down).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { isFlattened, unflatten } from '../../src/extract/flattened.js';
import { toLines } from '../../src/extract/lines.js';

const filler = 'Các cơ quan, đơn vị theo chức năng, nhiệm vụ được giao tổ chức thực hiện nghiêm túc nội dung này. '.repeat(8);
const flat = [
  '2. BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 15/2019/QĐ-BNV Hà Nội, ngày 04 tháng 3 năm 2019',
  'QUYẾT ĐỊNHVề việc ban hành Quy chế làm việc của cơ quan',
  'BỘ TRƯỞNG BỘ NỘI VỤ Căn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ;',
  'Căn cứ Quyết định số 12/QĐ-TTg ngày 05 tháng 01 năm 2018 của Thủ tướng Chính phủ về việc giao nhiệm vụ; Xét đề nghị của Vụ trưởng Vụ Tổ chức cán bộ,',
  `QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc. Điều 2. ${filler}Nơi nhận: - Như Điều 2; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG (đã ký) Trần Văn Bình`,
].join(' ');

describe('a document flattened onto one line', () => {
  it('is told from a text with lines', () => {
    expect(isFlattened(toLines(flat))).toBe(true);
    expect(isFlattened(toLines(`KẾ HOẠCH\nTriển khai\n${filler}\nI. MỤC ĐÍCH`))).toBe(false);
  });

  it('gets its frame back on lines, each counted as the one line it came from', () => {
    const { lines, origin } = unflatten(toLines(flat));
    const texts = lines.map((l) => l.text);
    expect(texts.slice(0, 8)).toEqual([
      'BỘ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '-------',
      'Số: 15/2019/QĐ-BNV',
      'Hà Nội, ngày 04 tháng 3 năm 2019',
      'QUYẾT ĐỊNH',
      'Về việc ban hành Quy chế làm việc của cơ quan',
    ]);
    expect(texts).toContain('BỘ TRƯỞNG BỘ NỘI VỤ');
    expect(texts).toContain('Nơi nhận:');
    expect(new Set(origin.values())).toEqual(new Set([1]));
  });

  it('reads header, title, bases and signer from it', () => {
    const record = extractPlan(flat, { sample: 'flat.txt' });
    expect(record).toMatchObject({
      documentType: 'Quyết định',
      documentNumber: { text: '15/2019/QĐ-BNV' },
      issuer: { name: 'Bộ Nội vụ', level: 'trung ương' },
      place: 'Hà Nội',
      issuedDate: '2019-03-04',
      title: 'Về việc ban hành Quy chế làm việc của cơ quan',
      signer: { name: 'Trần Văn Bình', position: 'Thứ trưởng', authority: 'KT. Bộ trưởng' },
    });
    expect(record.legalBases.map((b) => b.number)).toEqual(['34/2017/NĐ-CP', '12/QĐ-TTg']);
    expect(record.provenance.title).toEqual({ from: 1, to: 1 });
  });
});
