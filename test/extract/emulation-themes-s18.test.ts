// The chủ đề a plan's launching sentence gives its movement (NĐ 98/2023/NĐ-CP Điều 3: a movement has a name or
// chủ đề), written after `với chủ đề` far from `phát động`; a school year's chủ đề or a slogan is not it.
import { describe, expect, it } from 'vitest';
import { readEmulation } from '../../src/extract/emulation.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';
import { buildOutline } from '../../src/extract/outline.js';

const emulation = (title: string, body: string) =>
  readEmulation({
    outline: buildOutline(paragraphs(toLines(body))),
    title: { text: title, lines: { from: 1, to: 1 } },
    paragraphs: paragraphs(toLines(body)),
    documentType: 'Kế hoạch',
  });

describe('the chủ đề of the movement a sentence launches', () => {
  it('is read from `… phát động thi đua năm học … với chủ đề “…”`', () => {
    const e = emulation(
      'Phát động phong trào thi đua năm học 2022-2023',
      [
        'Căn cứ kế hoạch số 12/KH-SGDĐT ngày 07/9/2022 của Sở Giáo dục và Đào tạo về việc phát động phong trào thi đua năm học 2022-2023;',
        'Trường THCS An Hòa xây dựng kế hoạch phát động thi đua năm học 2022-2023 với chủ đề: “Đổi mới, sáng tạo - Dạy tốt, học tốt” gồm những nội dung như sau:',
        'I. MỤC ĐÍCH, YÊU CẦU',
      ].join('\n'),
    );
    expect(e.theme?.theme).toBe('Đổi mới, sáng tạo - Dạy tốt, học tốt');
  });

  it('is not the school year’s chủ đề in a sentence that launches nothing', () => {
    const e = emulation(
      'Tổ chức các hoạt động thi đua chào mừng ngày Nhà giáo Việt Nam 20/11',
      [
        'BCH đoàn trường xây dựng kế hoạch thi đua chào mừng ngày Nhà giáo Việt Nam 20/11, cụ thể như sau:',
        'I. MỤC ĐÍCH – YÊU CẦU',
        '- Tiếp tục đẩy mạnh các hoạt động thi đua trong nhà trường sát với chủ đề năm học “Vì học sinh thân yêu”.',
        '- Phát động thi đua và thực hiện nghiêm túc nội quy nhà trường với chủ đề năm học “Kỷ cương, tình thương”.',
      ].join('\n'),
    );
    expect(e.theme).toBeNull();
  });
});
