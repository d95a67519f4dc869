// Frame rules of NĐ 30/2020 Phụ lục I met in letters and decisions as crawls
// keep them: a letter's trích yếu written `Về …` under its number, a decision's
// `QUYẾT ĐỊNH:` before Điều 1 (no type line), a title whose last line is a
// period of years, two documents of one type cited under one date, `P.` for
// Phó in a signature block.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readPosition } from '../../src/extract/signer.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'frame.txt' });

describe('a letter whose trích yếu opens with `Về` under the number', () => {
  const letter = [
    'ỦY BAN NHÂN DÂN HUYỆN AN LÃO',
    'PHÒNG VĂN HÓA VÀ THÔNG TIN',
    'Số: 45/VHTT',
    'Về tổ chức các hoạt động văn hóa,',
    '',
    'thể thao dịp Tết Nguyên đán.',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'An Lão, ngày 10 tháng 01 năm 2015',
    'Kính gửi: Ủy ban nhân dân các xã, thị trấn.',
    'Thực hiện Công văn số 12/UBND ngày 05 tháng 01 năm 2015 của Ủy ban nhân dân huyện về tổ chức Tết.',
    'Phòng Văn hóa và Thông tin đề nghị các xã triển khai thực hiện.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    'P. TRƯỞNG PHÒNG',
    'Lê Văn Hải',
  ];

  it('is a Công văn, its trích yếu the title', () => {
    const record = extract(letter);
    expect(record.documentType).toBe('Công văn');
    expect(record.title).toBe('Về tổ chức các hoạt động văn hóa, thể thao dịp Tết Nguyên đán');
  });

  it('reads `P. TRƯỞNG PHÒNG` as the deputy and the name under it', () => {
    const record = extract(letter);
    expect(record.signer).toEqual({ name: 'Lê Văn Hải', position: 'Phó Trưởng phòng', authority: null });
  });

  it('takes no `Về` line for a trích yếu unless it stands right under the number', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN HUYỆN AN LÃO',
      'Số: 45/UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Về tổ chức các hoạt động văn hóa',
      'An Lão, ngày 10 tháng 01 năm 2015',
    ]);
    expect(record.documentType).not.toBe('Công văn');
  });
});

describe('`P.` before a position', () => {
  it('is Phó where the table has that deputy, and nothing otherwise', () => {
    expect(readPosition('P. GIÁM ĐỐC')).toBe('Phó Giám đốc');
    expect(readPosition('P. PHÓ GIÁM ĐỐC')).toBeNull();
    expect(readPosition('P. KẾ TOÁN')).toBeNull();
  });
});

describe('a decision whose type line a crawl lost', () => {
  const decision = [
    'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
    'Số: 12/2019/QĐ-UBND | Phú Thọ, ngày 05 tháng 3 năm 2019 |',
    'BAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH PHÚ THỌ',
    'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ',
    'ính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'QUYẾT ĐỊNH:',
    'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.',
  ];

  it('takes `QUYẾT ĐỊNH:` for the operative word, not the type line, and never an article for the title', () => {
    const record = extract(decision);
    expect(record.documentType).toBe('Quyết định');
    expect(record.title).toBe('BAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH PHÚ THỌ');
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Phú Thọ', level: 'tỉnh', locality: 'Phú Thọ' });
  });

  it('ends the title at the authority line, but not where the title line ends open', () => {
    const open = [...decision];
    open[2] = 'PHÊ DUYỆT QUY CHẾ PHỐI HỢP GIỮA';
    open[4] = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;';
    const record = extract(open);
    expect(record.title).toBe('PHÊ DUYỆT QUY CHẾ PHỐI HỢP GIỮA ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ');
  });

  it('goes on past a body’s name that the title itself names, capitals or years under it', () => {
    const plan = (tail: string) =>
      extract([
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'HUYỆN ĐÔNG ANH | Độc lập - Tự do - Hạnh phúc',
        'Số: 12/KH-UBND | Đông Anh, ngày 5 tháng 3 năm 2024',
        'KẾ HOẠCH',
        'TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU',
        'HỘI NÔNG DÂN HUYỆN ĐÔNG ANH',
        tail,
        'Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2024 của UBND thành phố về công tác thi đua;',
        'UBND huyện xây dựng Kế hoạch như sau:',
      ]).title;
    expect(plan('LẦN THỨ X, NHIỆM KỲ 2023-2028')).toBe('TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN HUYỆN ĐÔNG ANH LẦN THỨ X, NHIỆM KỲ 2023-2028');
    expect(plan('2023-2028')).toBe('TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN HUYỆN ĐÔNG ANH 2023-2028');
  });

  it('never reads an article as the title', () => {
    const record = extract(['QUYẾT ĐỊNH:', 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.']);
    expect(record.title).toBeNull();
  });
});

describe('a title whose last line is a period of years', () => {
  it('goes on onto the line of years', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG',
      'Số: 20/KH-UBND',
      'Đắk Nông, ngày 10 tháng 3 năm 2017',
      'KẾ HOẠCH',
      'PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN',
      '2017-2021',
      'Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;',
    ]);
    expect(record.title).toBe('PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2017-2021');
  });
});

describe('bases cited in pairs', () => {
  const plan = (clause: string) =>
    extract([
      'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG',
      'Số: 20/KH-UBND',
      'Đắk Nông, ngày 10 tháng 3 năm 2017',
      'KẾ HOẠCH',
      'PHỐI HỢP GIÁM SÁT NĂM 2017',
      clause,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases;

  it('gives both documents of one type the date and issuer stated once after the second', () => {
    const bases = plan('Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành kèm theo Quy chế giám sát;');
    expect(bases.map((b) => [b.number, b.date, b.issuer])).toEqual([
      ['217-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
      ['218-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
    ]);
  });

  it('leaves a first document with its own date as it is', () => {
    const bases = plan('Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 và Quyết định số 99-QĐ/TW ngày 03/10/2017 của Bộ Chính trị;');
    expect(bases.map((b) => [b.number, b.date])).toEqual([
      ['217-QĐ/TW', '2013-12-12'],
      ['99-QĐ/TW', '2017-10-03'],
    ]);
  });

  it('gives the first no date whose year its number contradicts', () => {
    const bases = plan('Căn cứ Nghị định số 15/2020/NĐ-CP và Nghị định số 14/2022/NĐ-CP ngày 27/01/2022 của Chính phủ;');
    expect(bases.map((b) => [b.number, b.date])).toEqual([
      ['15/2020/NĐ-CP', null],
      ['14/2022/NĐ-CP', '2022-01-27'],
    ]);
    expect(plan('Căn cứ Nghị định số 15/2022/NĐ-CP và Nghị định số 16/2022/NĐ-CP ngày 27/01/2022 của Chính phủ;').map((b) => b.date)).toEqual([
      '2022-01-27',
      '2022-01-27',
    ]);
  });

  it('names a joint resolution by its whole type', () => {
    const bases = plan('Căn cứ Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 22/8/2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về việc ban hành Quy chế phối hợp công tác;');
    expect(bases[0]?.documentType).toBe('Nghị quyết liên tịch');
  });
});

describe('a web page heading whose trích yếu opens with a capitalised name', () => {
  it('reads the type and the trích yếu after it', () => {
    const record = extract([
      'Kế hoạch Chương trình MTQG Xây dựng nông thôn mới tỉnh Hà Nam năm 2014',
      'Thực hiện Công văn số 210/BNN-VPĐP ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp và Phát triển nông thôn, Ban Chỉ đạo xây dựng kế hoạch như sau:',
      'I. TÌNH HÌNH CHUNG',
    ]);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBe('Chương trình MTQG Xây dựng nông thôn mới tỉnh Hà Nam năm 2014');
  });

  it('takes no abbreviation in capitals for the opening of a trích yếu', () => {
    const record = extract([
      'Kế hoạch UBND tỉnh giao năm 2014',
      'Thực hiện Công văn số 210/BNN-VPĐP ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp và Phát triển nông thôn, Ban Chỉ đạo xây dựng kế hoạch như sau:',
      'I. TÌNH HÌNH CHUNG',
    ]);
    expect(record.title).not.toBe('UBND tỉnh giao năm 2014');
  });
});
