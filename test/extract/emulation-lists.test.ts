// Emulation, objectives, targets and award forms: filled only from the parts of
// the text that state them, and left empty (with a warning where a movement is
// spoken of but not named) everywhere else. Excerpts of the development set
// (../shared/dev-plans) are quoted where a failure was seen there.
import { describe, expect, it } from 'vitest';
import { readAwardForms } from '../../src/extract/award-forms.js';
import { readEmulation } from '../../src/extract/emulation.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';
import { readAttachedObjectives, readObjectives } from '../../src/extract/objectives.js';
import { buildOutline } from '../../src/extract/outline.js';
import { readTargets } from '../../src/extract/targets.js';

const outlineOf = (text: string) => buildOutline(paragraphs(toLines(text)));

const emulation = (title: string, body: string, documentType: string | null = 'Kế hoạch') =>
  readEmulation({
    outline: outlineOf(body),
    title: { text: title, lines: { from: 1, to: 1 } },
    paragraphs: paragraphs(toLines(body)),
    documentType,
  });

describe('emulation only where the document organises a movement', () => {
  it('takes no Chủ đề of an action month for a theme (102)', () => {
    const found = emulation(
      'TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 LĨNH VỰC BÌNH ĐẲNG GIỚI VÀ “THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI”',
      'II. MỤC TIÊU\n2. Tháng hành động\na) Chủ đề Tháng hành động năm 2025\n“Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số”\nb) Thời gian: từ ngày 15/11/2025 đến ngày 15/12/2025.',
    );
    expect([found.theme, found.period]).toEqual([null, null]);
  });

  it('takes no quoted Chỉ thị subject and guesses no period from giai đoạn in the title (110, 205)', () => {
    expect(emulation('TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTg “VỀ TĂNG CƯỜNG CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC”', '').theme).toBeNull();
    const party = emulation('thực hiện Chỉ thị số 05-CT/TW “về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” giai đoạn 2021 - 2025', '');
    expect([party.theme, party.period]).toEqual([null, null]);
  });

  it('takes no slogan for a theme: a text that asks for emulation waves but names none warns instead (121)', () => {
    const found = emulation(
      'VỀ KHẨN TRƯƠNG TRIỂN KHAI CÁC ĐỢT THI ĐUA CAO ĐIỂM HOÀN THÀNH THẮNG LỢI CÁC MỤC TIÊU, NHIỆM VỤ NĂM 2025',
      '1. Khẩn trương tuyên truyền đợt thi đua sâu rộng theo phương châm “đổi mới tư duy, kiến tạo phát triển”; phát động các đợt thi đua cao điểm phù hợp với địa phương.',
    );
    expect([found.theme, found.period]).toEqual([null, null]);
    expect(found.warnings.join(' ')).toMatch(/names none/u);
  });

  it('recognises the movement a Nghị quyết launches, and its end from its objectives (101)', () => {
    const found = emulation(
      'VỀ PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN THAM GIA BẢO VỆ MÔI TRƯỜNG',
      [
        'Hòa chung không khí đó, việc phát động phong trào “Toàn dân tham gia bảo vệ môi trường; phân loại, thu gom, xử lý rác thải vì một Việt Nam sáng - xanh - sạch - đẹp” là cần thiết.',
        'I. MỤC TIÊU',
        '1. Mục tiêu tổng quát',
        'Phát động phong trào toàn dân tham gia bảo vệ môi trường.',
        '2. Mục tiêu cụ thể đến năm 2030',
        'a) 100% cán bộ được phổ biến, quán triệt.',
      ].join('\n'),
      'Nghị quyết',
    );
    expect(found.theme?.theme).toBe('Toàn dân tham gia bảo vệ môi trường; phân loại, thu gom, xử lý rác thải vì một Việt Nam sáng - xanh - sạch - đẹp');
    expect(found.period).toMatchObject({ from: null, to: '2030' });
  });

  it('reads a period of months and one of waves, first start to last end', () => {
    const months = emulation('Phát động thi đua “Dạy tốt - Học tốt”', 'I. THỜI GIAN\nTừ tháng 10 năm 2025 đến hết tháng 3 năm 2026.');
    expect(months.period).toMatchObject({ from: '2025-10', to: '2026-03' });
    const waves = emulation(
      'Tổ chức đợt thi đua “Về đích sớm”',
      'I. THỜI GIAN THI ĐUA\n- Đợt 1: từ ngày 01/4/2021 đến ngày 22/5/2021;\n- Đợt 2: từ ngày 24/5/2021 đến ngày 30/6/2021, tổng kết trước ngày 15/7/2021.',
    );
    expect(waves.period).toMatchObject({ from: '2021-04-01', to: '2021-06-30' });
  });

  it('takes a contest with participants and prizes for no movement', () => {
    const contest = emulation(
      'Tổ chức Hội thi tìm hiểu pháp luật năm 2024',
      'I. ĐỐI TƯỢNG THAM GIA\n1. Cán bộ, công chức xã.\nII. HÌNH THỨC KHEN THƯỞNG\n- Giấy khen của Chủ tịch UBND xã.',
    );
    expect(contest.organises).toBe(false);
  });

  it('gives a letter no movement, whatever its trích yếu quotes', () => {
    expect(emulation('V/v hưởng ứng phong trào thi đua “Cả nước chung tay vì người nghèo”', '', null).organises).toBe(false);
    expect(emulation('VỀ CÁC ĐỢT THI ĐUA “Tăng tốc”', '', 'Công điện').organises).toBe(false);
  });
});

describe('objectives', () => {
  it('reads items that open with a figure and an inline-labelled item, and stops at the next section (105)', () => {
    const text = [
      'II. MỤC TIÊU',
      '1. 100% hộ bị ảnh hưởng được hỗ trợ lương thực.',
      '2. Mục tiêu chung, lâu dài: Tạo điều kiện khôi phục dần đời sống.',
      'III. PHẠM VI, ĐỐI TƯỢNG',
      '1. Phạm vi: 40 xã, phường.',
    ].join('\n');
    expect(readObjectives(outlineOf(text)).map((o) => o.text)).toEqual([
      '100% hộ bị ảnh hưởng được hỗ trợ lương thực',
      'Mục tiêu chung, lâu dài: Tạo điều kiện khôi phục dần đời sống',
    ]);
  });

  it('reads a Mục tiêu sub-section inside another section, without its Tầm nhìn (113)', () => {
    const text = [
      'II. NỘI DUNG CHỦ YẾU',
      '1. Mục tiêu phát triển và tầm nhìn đến năm 2045',
      'a) Mục tiêu phát triển',
      '- Mạng lưới cơ sở văn hóa quốc gia đồng bộ, hiện đại.',
      '- Mạng lưới cơ sở thể thao quốc gia được phát triển đồng bộ.',
      'b) Tầm nhìn đến năm 2045',
      '- Mạng lưới cơ sở văn hóa và thể thao hoàn thiện.',
      '2. Danh mục dự án',
    ].join('\n');
    expect(readObjectives(outlineOf(text)).map((o) => o.text)).toEqual([
      'Mạng lưới cơ sở văn hóa quốc gia đồng bộ, hiện đại',
      'Mạng lưới cơ sở thể thao quốc gia được phát triển đồng bộ',
    ]);
  });

  it('reads the objectives of the plan a decision carries after its signature, and none without one (113)', () => {
    const closing = toLines(
      [
        'Nơi nhận:',
        '- Như Điều 3;',
        'KT. BỘ TRƯỞNG',
        'THỨ TRƯỞNG',
        'Tạ Quang Đông',
        'KẾ HOẠCH',
        'THỰC HIỆN QUY HOẠCH MẠNG LƯỚI CƠ SỞ VĂN HÓA VÀ THỂ THAO',
        'I. MỤC ĐÍCH, YÊU CẦU',
        '1. Bảo đảm tính đồng bộ.',
        'II. NỘI DUNG CHỦ YẾU',
        '1. Mục tiêu phát triển',
        '- Mạng lưới cơ sở văn hóa quốc gia đồng bộ, hiện đại.',
      ].join('\n'),
    );
    expect(readAttachedObjectives(closing).map((o) => [o.text, o.lines.from])).toEqual([
      ['Mạng lưới cơ sở văn hóa quốc gia đồng bộ, hiện đại', 12],
    ]);
    expect(readAttachedObjectives(closing.slice(0, 5))).toEqual([]);
  });

  it('leaves a block on another matter out of the Mục tiêu section (102)', () => {
    const text = [
      'II. MỤC TIÊU CỦA KẾ HOẠCH',
      '1. Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:',
      '1.1. Mục tiêu 1. Lĩnh vực chính trị',
      '- Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan có lãnh đạo chủ chốt là nữ.',
      '2. Tháng hành động',
      'a) Chủ đề Tháng hành động năm 2025',
      '- Tổ chức các hoạt động truyền thông.',
      'III. NỘI DUNG HOẠT ĐỘNG',
    ].join('\n');
    expect(readObjectives(outlineOf(text)).map((o) => o.text)).toEqual([
      'Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan có lãnh đạo chủ chốt là nữ',
    ]);
  });
});

describe('targets', () => {
  it('reads only the emulation’s own Đối tượng part (103, 205)', () => {
    const text = [
      'II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN',
      '1. Đối tượng thực hiện',
      '- Người dân, cán bộ, đảng viên.',
      '2. Đối tượng kiểm tra, giám sát',
      '- Các chi bộ trực thuộc.',
    ].join('\n');
    expect(readTargets(outlineOf(text), true)).toEqual([]);
  });

  it('reads nothing in a document that organises no movement', () => {
    expect(readTargets(outlineOf('III. ĐỐI TƯỢNG THI ĐUA\n1. Tập thể: các xã.'), false)).toEqual([]);
  });

  it('takes no `Bộ trưởng` for `Đối tượng` (101)', () => {
    const text = 'IV. TỔ CHỨC THỰC HIỆN\n1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ:\na) Xác định nhiệm vụ trọng tâm.';
    expect(readTargets(outlineOf(text), true)).toEqual([]);
  });
});

describe('award forms', () => {
  it('spells the grantor as written: Thủ trưởng is never Thủ tướng', () => {
    const text = 'V. HÌNH THỨC KHEN THƯỞNG\n- Giấy khen của Thủ trưởng cơ quan cho cá nhân tiêu biểu;\n- Bằng khen của Thủ tướng Chính phủ.';
    expect(readAwardForms(outlineOf(text), true).map((a) => a.awardForm)).toEqual([
      { form: 'Giấy khen', grantedBy: 'Thủ trưởng cơ quan' },
      { form: 'Bằng khen', grantedBy: 'Thủ tướng Chính phủ' },
    ]);
  });

  it('reads the grantor written before the verb of giving and the class of an order', () => {
    const text =
      'IV. KHEN THƯỞNG\nChủ tịch UBND huyện tặng Giấy khen cho tập thể tiêu biểu; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen và Huân chương Lao động hạng Ba.';
    expect(readAwardForms(outlineOf(text), true).map((a) => a.awardForm)).toEqual([
      { form: 'Giấy khen', grantedBy: 'Chủ tịch Ủy ban nhân dân huyện' },
      { form: 'Bằng khen', grantedBy: 'Chủ tịch Ủy ban nhân dân tỉnh' },
      { form: 'Huân chương Lao động hạng Ba', grantedBy: null },
    ]);
  });
});
