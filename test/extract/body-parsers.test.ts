// The parsers of the preamble and the body, each on a small hand-written plan part.
import { describe, expect, it } from 'vitest';
import { readAwardForms } from '../../src/extract/award-forms.js';
import { readEmulation } from '../../src/extract/emulation.js';
import { opensPreamble, readLegalBases } from '../../src/extract/legal-bases.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';
import { readObjectives } from '../../src/extract/objectives.js';
import { buildOutline, outlineItems, sections } from '../../src/extract/outline.js';
import { groupName, readTargets } from '../../src/extract/targets.js';

const outlineOf = (text: string) => buildOutline(paragraphs(toLines(text)));

describe('legal bases', () => {
  it('reads one document per Căn cứ paragraph, expanding the issuer', () => {
    const text = [
      'Căn cứ Quyết định số 1521/QĐ-UBND ngày 14/7/2022 của UBND tỉnh Bình Định về việc ban hành Quy chế thi đua, khen thưởng;',
      '',
      'Thực hiện Kế hoạch số 45/KH - UBND ngày 02 tháng 3 năm 2023 của UBND huyện Phù Mỹ về tổ chức phong trào thi đua.',
    ].join('\n');
    const bases = readLegalBases(paragraphs(toLines(text)));
    expect(bases.map((b) => b.basis)).toEqual([
      {
        documentType: 'Quyết định',
        number: '1521/QĐ-UBND',
        date: '2022-07-14',
        issuer: 'Ủy ban nhân dân tỉnh Bình Định',
        subject: 'về việc ban hành Quy chế thi đua, khen thưởng',
      },
      {
        documentType: 'Kế hoạch',
        number: '45/KH-UBND',
        date: '2023-03-02',
        issuer: 'Ủy ban nhân dân huyện Phù Mỹ',
        subject: 'về tổ chức phong trào thi đua',
      },
    ]);
    expect(bases[1]!.lines).toEqual({ from: 3, to: 3 });
  });

  it('splits several documents of one paragraph at the next citation, not at every ;', () => {
    const text =
      'Căn cứ Nghị quyết số 08-NQ/TU ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy về phát triển du lịch; nông nghiệp; Chỉ thị số 03/CT-UBND ngày 4/1/2022 của Chủ tịch UBND tỉnh Phú Thọ về công tác thi đua.';
    const bases = readLegalBases(paragraphs(toLines(text))).map((b) => b.basis);
    expect(bases.map((b) => [b.documentType, b.number, b.date])).toEqual([
      ['Nghị quyết', '08-NQ/TU', '2021-05-10'],
      ['Chỉ thị', '03/CT-UBND', '2022-01-04'],
    ]);
    expect(bases[0]!.subject).toBe('về phát triển du lịch; nông nghiệp');
    expect(bases[1]!.issuer).toBe('Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ');
  });

  it('tells a preamble paragraph from a title that starts with Thực hiện', () => {
    expect(opensPreamble('Căn cứ Luật Thi đua, khen thưởng')).toBe(true);
    expect(opensPreamble('Thực hiện Công văn số 12/UBND-VX ngày 3/2/2024 của UBND tỉnh')).toBe(true);
    expect(opensPreamble('THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTg NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ')).toBe(false);
    expect(opensPreamble('Thực hiện Chỉ thị số 12/CT-UBND ngày 3/2/2024 của UBND tỉnh')).toBe(true);
    expect(opensPreamble('Thực hiện phong trào thi đua trên địa bàn')).toBe(false);
  });
});

const plan = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  '- Khơi dậy tinh thần thi đua.',
  'II. MỤC TIÊU',
  '1. Mục tiêu chung',
  'Nâng cao đời sống người dân.',
  '2. Mục tiêu cụ thể',
  '- 100% thôn có nhà văn hóa;',
  '- Tỷ lệ hộ nghèo giảm 2%.',
  'III. CHỦ ĐỀ, THỜI GIAN',
  '1. Chủ đề: “Chung tay vì cộng đồng”',
  '2. Thời gian thực hiện: từ ngày 01/3/2025 đến ngày 30/11/2025.',
  'IV. ĐỐI TƯỢNG, HÌNH THỨC KHEN THƯỞNG',
  '1. Đối tượng thi đua',
  'a) Tập thể: các thôn, tổ dân phố',
  'b) Đối với hộ gia đình',
  '',
  'Có đóng góp cho phong trào.',
  '2. Hình thức khen thưởng',
  '- Giấy khen của Chủ tịch UBND phường (tập thể xuất sắc).',
  '- Bằng khen của Chủ tịch UBND tỉnh; Giấy khen của Chủ tịch UBND phường.',
  '- Cờ thi đua',
].join('\n');

describe('outline', () => {
  it('nests items by the order their kinds open and lists the sections', () => {
    const outline = outlineOf(plan);
    expect(sections(outline).map((s) => s.section)).toEqual([
      { number: 'I', title: 'MỤC ĐÍCH, YÊU CẦU' },
      { number: 'II', title: 'MỤC TIÊU' },
      { number: 'III', title: 'CHỦ ĐỀ, THỜI GIAN' },
      { number: 'IV', title: 'ĐỐI TƯỢNG, HÌNH THỨC KHEN THƯỞNG' },
    ]);
    expect(outlineItems(outline).slice(0, 3)).toEqual([
      { level: 1, marker: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', line: 1 },
      { level: 2, marker: '1', title: 'Mục đích', line: 2 },
      { level: 3, marker: '-', title: 'Khơi dậy tinh thần thi đua', line: 3 },
    ]);
  });

  it('skips a roman numeral out of sequence', () => {
    const outline = outlineOf('I. CHUNG\nV. I. Lê-nin đã viết\nII. RIÊNG');
    expect(sections(outline).map((s) => s.section.number)).toEqual(['I', 'II']);
  });
});

describe('objectives', () => {
  it('reads the items of mục tiêu chung and cụ thể', () => {
    expect(readObjectives(outlineOf(plan)).map((o) => o.text)).toEqual([
      'Nâng cao đời sống người dân',
      '100% thôn có nhà văn hóa',
      'Tỷ lệ hộ nghèo giảm 2%',
    ]);
  });

  it('reads targets stated under the purpose item, else nothing', () => {
    const purpose = '1. Mục đích\na) Thi đua hoàn thành các mục tiêu sau:\n- Đạt chuẩn văn minh;\n- Không có hộ đói.';
    expect(readObjectives(outlineOf(`I. MỤC ĐÍCH\n${purpose}`)).map((o) => o.text)).toEqual([
      'Đạt chuẩn văn minh',
      'Không có hộ đói',
    ]);
    expect(readObjectives(outlineOf('I. MỤC ĐÍCH\n1. Mục đích\n- Hướng tới mục tiêu chung.'))).toEqual([]);
  });
});

describe('emulation', () => {
  const title = (text: string) => ({ text, lines: { from: 3, to: 3 } });
  const emulation = (text: string, titleText: string | null) =>
    readEmulation({
      outline: outlineOf(text),
      title: titleText === null ? null : title(titleText),
      paragraphs: paragraphs(toLines(text)),
      documentType: 'Kế hoạch',
    });

  it('reads the theme and the period under their headings in a plan that launches a movement', () => {
    const found = emulation(plan, 'Phát động phong trào thi đua năm 2025');
    expect(found.theme?.theme).toBe('Chung tay vì cộng đồng');
    expect(found.period).toMatchObject({ from: '2025-03-01', to: '2025-11-30' });
  });

  it('falls back to the title: the quoted name after the movement words, and giai đoạn years', () => {
    const found = emulation('', 'Phát động phong trào “Dân vận khéo” giai đoạn 2025 - 2030');
    expect(found.theme).toEqual({ theme: 'Dân vận khéo', lines: { from: 3, to: 3 } });
    expect(found.period).toMatchObject({ from: '2025', to: '2030' });
  });
});

describe('targets', () => {
  it('reads one group per item under the đối tượng heading', () => {
    const targets = readTargets(outlineOf(plan), true).map((t) => t.target);
    expect(targets).toEqual([
      { group: 'Tập thể', description: 'các thôn, tổ dân phố' },
      { group: 'Hộ gia đình', description: 'Có đóng góp cho phong trào' },
    ]);
  });

  it('names a group without Đối với and with a capital', () => {
    expect(groupName('Đối với các hợp tác xã:')).toBe('Các hợp tác xã');
    expect(groupName('Cá nhân: cán bộ, công chức')).toBe('Cá nhân');
  });
});

describe('award forms', () => {
  it('reads form and grantor, in lists and running text, once each', () => {
    expect(readAwardForms(outlineOf(plan), true).map((a) => a.awardForm)).toEqual([
      { form: 'Giấy khen', grantedBy: 'Chủ tịch Ủy ban nhân dân phường' },
      { form: 'Bằng khen', grantedBy: 'Chủ tịch Ủy ban nhân dân tỉnh' },
      { form: 'Cờ thi đua', grantedBy: null },
    ]);
  });
});
