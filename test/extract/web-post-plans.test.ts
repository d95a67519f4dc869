// Plans as a school's or a union's web page posts them: the header block gone,
// a one-line heading in sentence case over the body, the body telling of a
// movement someone above launched before naming its own.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'post.txt' });

const narrative =
  'Hưởng ứng lời kêu gọi của Ban Chấp hành Trung ương, phát động phong trào thi đua “Toàn dân chung tay vì người nghèo” của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.';

describe('a plan posted under a one-line heading', () => {
  it('reads the type and the trích yếu from the heading, not the first sentence of the body', () => {
    const record = extract([
      'Kế hoạch tổ chức hội thi “Gia đình văn hóa tiêu biểu” năm 2023',
      '',
      narrative,
      '',
      'Căn cứ Kế hoạch số 12/KH-LĐLĐ ngày 05/3/2023 của Liên đoàn Lao động huyện, Công đoàn cơ sở xây dựng kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Động viên đoàn viên tham gia hội thi.',
    ]);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBe('tổ chức hội thi “Gia đình văn hóa tiêu biểu” năm 2023');
    expect(record.warnings.join(' ')).not.toContain('read from the body');
  });

  it('goes on with the heading wrapped onto the next line, and only then', () => {
    const record = extract([
      'Kế hoạch tổ chức các hoạt động',
      'chào mừng ngày thành lập Hội năm 2023',
      '',
      narrative,
      '',
      'Căn cứ Luật Công đoàn năm 2012;',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.title).toBe('tổ chức các hoạt động chào mừng ngày thành lập Hội năm 2023');
  });

  it('takes no sentence of the body, nor a citation, for such a heading', () => {
    const sentence = extract(['Kế hoạch này được phổ biến đến toàn thể đoàn viên.', '', 'Căn cứ Luật Công đoàn năm 2012;', 'I. MỤC ĐÍCH']);
    expect(sentence.title ?? '').not.toMatch(/^này/u);
    const citation = extract(['Kế hoạch số 7/KH-CĐ ngày 2/3/2023 về hội thi', '', 'Căn cứ Luật Công đoàn năm 2012;', 'I. MỤC ĐÍCH']);
    expect(citation.title ?? '').not.toMatch(/^số/u);
  });
});

describe('the movement of a plan that tells of another', () => {
  it('leaves the theme empty rather than take the movement another body launched', () => {
    const record = extract([
      'Kế hoạch tổ chức các hoạt động của công đoàn năm 2023',
      '',
      narrative,
      '',
      'Căn cứ Luật Công đoàn năm 2012, Ban Chấp hành Công đoàn cơ sở xây dựng kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Tổ chức phong trào thi đua trong đoàn viên.',
      'II. NỘI DUNG THI ĐUA',
      '1. Thi đua hoàn thành nhiệm vụ.',
    ]);
    expect(record.emulation.theme).toBeNull();
  });

  it('still reads the movement the plan launches itself', () => {
    const record = extract([
      'Kế hoạch tổ chức các hoạt động của công đoàn năm 2023',
      '',
      'Căn cứ Luật Công đoàn năm 2012, Ban Chấp hành Công đoàn cơ sở phát động phong trào thi đua “Lao động giỏi, lao động sáng tạo” như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Tổ chức phong trào thi đua trong đoàn viên.',
      'II. NỘI DUNG THI ĐUA',
      '1. Thi đua hoàn thành nhiệm vụ.',
    ]);
    expect(record.emulation.theme).toBe('Lao động giỏi, lao động sáng tạo');
  });
});
