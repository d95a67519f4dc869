// Patterns met in an unseen set (party-2026h), each on the real lines of its
// document (NĐ 30/2020 Phụ lục I and Hướng dẫn 36-HD/VPTW: the number is
// `số/ký hiệu`, a serial that may carry a letter; the trích yếu stands under the
// type line; a basis is `<type> số … ngày … của <cơ quan> về <trích yếu>`).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

describe('a serial with a letter, a stray space before the slash', () => {
  // party-2026h 266 (Tổng Liên đoàn Lao động Việt Nam, Nghị quyết 06b/NQ-TLĐ, 2015).
  const header = (number: string) => [
    'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
    '--------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    `Số: ${number}`,
    'Hà Nội, ngày 03 tháng 8 năm 2015',
    'NGHỊ QUYẾT',
    'VỀ NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ HOẠT ĐỘNG ỦY BAN KIỂM TRA CÔNG ĐOÀN',
  ];

  it('reads `06b /NQ-TLĐ` as the serial `06b` and the symbol `NQ-TLĐ`', () => {
    expect(extract(header('06b /NQ-TLĐ')).documentNumber).toEqual({ number: '06b', symbol: 'NQ-TLĐ', text: '06b/NQ-TLĐ' });
  });

  it('reads the serial without the space as before', () => {
    expect(extract(header('06b/NQ-TLĐ')).documentNumber.number).toBe('06b');
  });
});

describe('a trích yếu in small letters that closes with its full stop', () => {
  // party-2026h 269 (Hội Khuyến học huyện Thanh Oai, Báo cáo tổng kết nhiệm kỳ, 2012).
  const head = [
    'UBND HUYỆN THANH OAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'HỘI KHUYẾN HỌC Độc lập - Tự do - Hạnh phúc',
    'Số: /BC-HKH  Thanh Oai, ngày tháng 4 năm 2012',
    'BÁO CÁO',
    'Tổng kết công tác khuyến học nhiệm kỳ thứ nhất, ',
  ];
  const body = [
    'Trong lịch sử phát triển giáo dục nước nhà, khuyến học, khuyến tài là một',
    'đạo lý được dân tộc ta luôn luôn đề cao, truyền bá và phát huy. Qua một nghìn',
  ];

  it('ends the title at its full stop, before the body’s first sentence', () => {
    const record = extract([...head, 'phương hướng công tác nhiệm kỳ hai 2012 - 2017.', ...body]);
    expect(record.title).toBe('Tổng kết công tác khuyến học nhiệm kỳ thứ nhất, phương hướng công tác nhiệm kỳ hai 2012 - 2017');
  });

  it('goes on past an abbreviation in capitals that ends a line (`TP.`)', () => {
    const record = extract([
      ...head.slice(0, 4),
      'Tổng kết công tác khuyến học trên địa bàn TP.',
      'Hà Nội nhiệm kỳ 2012 - 2017',
      'Căn cứ Điều lệ Hội Khuyến học Việt Nam;',
    ]);
    expect(record.title).toBe('Tổng kết công tác khuyến học trên địa bàn TP. Hà Nội nhiệm kỳ 2012 - 2017');
  });
});

describe('a cited document’s name quoted straight after its issuer', () => {
  // party-2026h 270 (Ban Tuyên giáo Tỉnh ủy Bắc Kạn, Định hướng tuyên truyền tháng 7 năm 2020).
  const lines = [
    'ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020',
    'Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ Tỉnh ủy Bắc Kạn về “công tác tuyên giáo năm 2020”;',
    'căn cứ Hướng dẫn số 115-HD/BTGTW, ngày 08 tháng 01 năm 2020 của Ban Tuyên giáo Trung ương “Tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2020”… Để góp phần ổn định tư tưởng trong tháng 7 năm 2020, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị tập trung tuyên truyền tốt các nội dung sau:',
  ];

  it('reads the organ as the issuer and the quotation as the subject', () => {
    const basis = extract(lines).legalBases.find((b) => b.number === '115-HD/BTGTW');
    expect(basis?.issuer).toBe('Ban Tuyên giáo Trung ương');
    expect(basis?.subject).toBe('Tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2020');
  });

  it('keeps a board named with a quoted movement whole: the mark opens no subject after `cuộc vận động`', () => {
    const basis = extract([
      'KẾ HOẠCH',
      'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020',
      'Căn cứ Kế hoạch số 12-KH/BCĐ ngày 05/3/2020 của Ban Chỉ đạo cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” tổ chức Ngày hội năm 2020;',
      'Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases[0];
    expect(basis?.issuer).toBe('Ban Chỉ đạo cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa');
    expect(basis?.subject).toBe('tổ chức Ngày hội năm 2020');
  });
});

describe('a regulation cited through the decision that issued it, `ban hành theo`', () => {
  // party-2026h 268 (Ban Bí thư Trung ương Đoàn, Hướng dẫn kiện toàn nhân sự Ban Chấp hành Đoàn cấp tỉnh, 2023).
  it('records the decision, with its number and date', () => {
    const bases = extract([
      'HƯỚNG DẪN',
      'Quy trình, thủ tục kiện toàn, bổ sung nhân sự và công nhận các chức danh của Ban Chấp hành Đoàn Thanh niên cấp tỉnh',
      '- Căn cứ Quy chế Cán bộ Đoàn TNCS Hồ Chí Minh do Ban Bí thư Trung ương Đảng ban hành theo Quyết định số 289-QĐ/TW ngày 08/02/2010;',
      'Ban Bí thư Trung ương Đoàn hướng dẫn quy trình, thủ tục kiện toàn, cụ thể như sau:',
      'I. ĐỐI VỚI CHỨC DANH ỦY VIÊN BAN CHẤP HÀNH',
    ]).legalBases;
    expect(bases.map((b) => [b.documentType, b.number, b.date])).toEqual([['Quyết định', '289-QĐ/TW', '2010-02-08']]);
  });
});

describe('a speck OCR read before the date line', () => {
  // party-2026h 266 read by OCR without the Vietnamese model (eng-ocr/266).
  const header = (dateLine: string) => [
    'TONG LIEN DOAN LAO BONG VIET NAM',
    'CONG HOA XA HOI CHU NGHIA VIET NAM',
    'Doc lap - Ty do - Hanh phuc',
    'Sé: 06b /NQ-TLD',
    dateLine,
    'NGHI QUYET',
    'VE NANG CAO CHAT LUONG, HIEU QUA HOAT BONG UY BAN KIEM TRA CONG DOAN',
  ];

  it('reads the place after `+`, as without it', () => {
    const record = extract(header('+ Ha Noi, ngay 03 thang 8 nam 2015'));
    expect(record.place).not.toBeNull();
    expect(record.place).toBe(extract(header('Ha Noi, ngay 03 thang 8 nam 2015')).place);
    expect(record.issuedDate).toBe('2015-08-03');
  });
});
