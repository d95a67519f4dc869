// What the outside set state-2026b taught (commune and district bodies, documents
// before 2010), each on a short text written for this test: a citation whose
// line ends in a bracket before the issuer's own sentence, the hyphen older
// documents put after a heading's roman numeral, a council's abbreviation
// parted at the dash of the name it stands for, the numbering of the Hội đồng
// Bộ trưởng (`101-HĐBT`), a law library's `(Đã ký)` under a bare name, the
// Công báo's heading that carries number and date, and a position printed in
// small letters under the authority.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readNumberLine } from '../../src/extract/header.js';
import { readMarker } from '../../src/extract/markers.js';
import { expandLetterhead } from '../../src/extract/organs.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'older.txt' });
const header = ['ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA', 'Số: 12/TB-UBND', 'An Hòa, ngày 07 tháng 10 năm 2023', 'THÔNG BÁO', 'Về việc treo cờ Tổ quốc'];

describe('a citation line that ends without a mark before the issuer speaks', () => {
  it('keeps the closing bracket that ends the subject', () => {
    const record = extract([
      ...header,
      'Thực hiện Thông báo số 491/TB-UBND ngày 06 tháng 10 năm 2023 của UBND quận Đống Đa về việc treo cờ chào mừng kỷ niệm ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2023)',
      'Uỷ ban nhân dân phường An Hòa thông báo như sau:',
    ]);
    expect(record.legalBases.map((b) => b.subject)).toEqual([
      'về việc treo cờ chào mừng kỷ niệm ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2023)',
    ]);
  });

  it('keeps a closing quote, and still leaves the issuer’s sentence and a line’s end mark out', () => {
    const quoted = extract([
      ...header,
      'Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2023 của UBND quận về việc hưởng ứng “Ngày hội đọc sách”',
      'Ủy ban nhân dân phường An Hòa thông báo như sau:',
    ]);
    expect(quoted.legalBases.map((b) => b.subject)).toEqual(['về việc hưởng ứng “Ngày hội đọc sách”']);
    const marked = extract([
      ...header,
      'Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2023 của UBND quận về việc tổ chức Ngày hội đọc sách;',
      'Ủy ban nhân dân phường An Hòa thông báo như sau:',
    ]);
    expect(marked.legalBases.map((b) => b.subject)).toEqual(['về việc tổ chức Ngày hội đọc sách']);
  });
});

describe('a roman heading with a hyphen for its dot', () => {
  it('reads `I- HÌNH THỨC …` and `II- Nội dung …` as headings', () => {
    expect(readMarker('I- HÌNH THỨC, NỘI DUNG THI ĐUA:')).toEqual({ kind: 'roman', value: 'I', rest: 'HÌNH THỨC, NỘI DUNG THI ĐUA:' });
    expect(readMarker('II– Nội dung thi đua')).toMatchObject({ kind: 'roman', value: 'II' });
    const record = extract([
      'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
      'Số: 28/HD-TĐKT',
      'Yên Bái, ngày 09 tháng 01 năm 2007',
      'HƯỚNG DẪN',
      'Tổ chức thực hiện công tác thi đua, khen thưởng',
      'Căn cứ Nghị định số 121/2005/NĐ-CP ngày 30/9/2005 của Chính phủ quy định chi tiết thi hành Luật Thi đua, Khen thưởng;',
      'Ủy ban nhân dân tỉnh hướng dẫn như sau:',
      'I- HÌNH THỨC, NỘI DUNG THI ĐUA:',
      'Thi đua thường xuyên và thi đua theo đợt.',
      'II- KHEN THƯỞNG:',
      'Theo quy định của Luật.',
    ]);
    expect(record.sections).toEqual([
      { number: 'I', title: 'HÌNH THỨC, NỘI DUNG THI ĐUA' },
      { number: 'II', title: 'KHEN THƯỞNG' },
    ]);
  });

  it('reads no heading in a word with a hyphen, a hyphen without a space after it, or a small letter after it', () => {
    expect(readMarker('X-quang kỹ thuật số được trang bị')).toBeNull();
    expect(readMarker('IV-2 là mã của gói thầu')).toBeNull();
    expect(readMarker('V- quang cảnh buổi lễ')).toBeNull();
    expect(readMarker('A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC')).toBeNull();
  });
});

describe('an abbreviation parted at the dash of the name it stands for', () => {
  it('writes out `TĐ–KT` of a council’s letterhead', () => {
    expect(expandLetterhead('HỘI ĐỒNG TĐ–KT')).toBe('HỘI ĐỒNG Thi đua - Khen thưởng');
    expect(expandLetterhead('HỘI ĐỒNG TĐ - KT HUYỆN')).toBe('HỘI ĐỒNG Thi đua - Khen thưởng HUYỆN');
  });

  it('leaves two words that join into no abbreviation of the table, and a dash inside a word', () => {
    expect(expandLetterhead('TỰ DO - HẠNH PHÚC')).toBe('TỰ DO - HẠNH PHÚC');
    expect(expandLetterhead('PHÒNG VH-TT')).toBe('PHÒNG VH-TT');
    expect(expandLetterhead('BAN QLDA-ĐTXD')).toBe('BAN QLDA-ĐTXD');
  });
});

describe('a number of the Hội đồng Bộ trưởng: serial, dash, the organ’s code alone', () => {
  it('reads `Số: 101-HĐBT` and `Số: 15-CP`', () => {
    expect(readNumberLine('Số: 101-HĐBT')?.documentNumber).toEqual({ number: '101', symbol: 'HĐBT', text: '101-HĐBT', type: null });
    expect(readNumberLine('Số: 15 - CP Hà Nội, ngày 03 tháng 01 năm 1981')?.documentNumber).toMatchObject({ number: '15', symbol: 'CP', text: '15-CP' });
    expect(readNumberLine('Số: 43-TTg')?.documentNumber).toMatchObject({ number: '43', symbol: 'TTg', text: '43-TTg' });
  });

  it('leaves numbers of today’s forms to their own reading, and a dash before a word that is no code', () => {
    expect(readNumberLine('Số: 05-KH/ĐU')?.documentNumber).toMatchObject({ number: '05', symbol: 'KH/ĐU' });
    expect(readNumberLine('Số: 12/KH-UBND')?.documentNumber).toMatchObject({ number: '12', symbol: 'KH-UBND' });
    expect(readNumberLine('Số: 12-QD')?.documentNumber).toMatchObject({ number: '12', symbol: 'QĐ' });
    expect(readNumberLine('Số: 45-BC')?.documentNumber).toMatchObject({ number: '45', symbol: 'BC', type: 'Báo cáo' });
    expect(readNumberLine('Số: 12 - Hội nghị cán bộ')).toBeNull();
    expect(readNumberLine('Số: 2-3 người mỗi tổ')).toBeNull();
    expect(readNumberLine('Số: 101-HĐBTX2')).toBeNull();
    expect(readNumberLine('Số: 43-Tg')).toBeNull();
  });
});

describe('a law library’s `(Đã ký)` under the signer’s name', () => {
  const decision = [
    'HỘI ĐỒNG BỘ TRƯỞNG',
    'Số: 101-HĐBT',
    'Hà Nội, ngày 01 tháng 10 năm 1981',
    'QUYẾT ĐỊNH',
    'VỀ VIỆC GIẢI THỂ XÃ MINH TÂM',
    'HỘI ĐỒNG BỘ TRƯỞNG',
    'Căn cứ Luật tổ chức Hội đồng Bộ trưởng ngày 4/7/1981;',
    'QUYẾT ĐỊNH',
    'Điều 1: Giải thể xã Minh Tâm.',
    'Điều 2: Đồng chí chủ tịch Uỷ ban nhân dân tỉnh chịu trách nhiệm thi hành quyết định này.',
  ];

  it('takes the name above the mark for the signer, with no position or authority', () => {
    expect(extract([...decision, 'Đặng Thi', '(Đã ký)']).signer).toEqual({ name: 'Đặng Thi', position: null, authority: null });
  });

  it('takes no name where no mark follows it, nor a heading above the mark', () => {
    expect(extract([...decision, 'Đặng Thi']).signer.name).toBeNull();
    expect(extract([...decision, 'DANH SÁCH KÈM THEO', '(Đã ký)']).signer.name).toBeNull();
  });
});

describe('the Công báo’s heading of a text without its header block', () => {
  const resolution = (heading: string) => [
    heading,
    'CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI QUY ĐỊNH SỐ PHÓ CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN',
    'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    'Căn cứ vào Điều 35 của Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);',
    'QUYẾT NGHỊ:',
    'Hội đồng nhân dân tỉnh bầu một Phó Chủ tịch Hội đồng nhân dân.',
  ];

  it('takes number and date from `NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994`', () => {
    const record = extract(resolution('NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994'));
    expect([record.documentType, record.documentNumber.number, record.documentNumber.symbol, record.issuedDate]).toEqual(['Nghị quyết', '214', 'NQ/UBTVQH9', '1994-08-26']);
  });

  it('takes no number from a sentence that opens with the type and cites another document', () => {
    const record = extract([
      'QUYẾT ĐỊNH',
      'Về việc giao chỉ tiêu năm 2006',
      'ỦY BAN NHÂN DÂN XÃ AN HÒA',
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Giao chỉ tiêu năm 2006 cho các thôn.',
      'Quyết định số 12/QĐ-UBND ngày 05/01/2005 của UBND xã hết hiệu lực.',
    ]);
    expect([record.documentNumber.number, record.issuedDate]).toEqual([null, null]);
  });
});

describe('a position printed in small letters under the authority', () => {
  const resolution = ['NGHỊ QUYẾT', 'Về số Phó Chủ tịch Hội đồng nhân dân', 'QUYẾT NGHỊ:', 'Hội đồng nhân dân tỉnh bầu một Phó Chủ tịch.'];

  it('reads `Chủ tịch` right under `TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI`', () => {
    expect(extract([...resolution, 'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Chủ tịch', 'NÔNG ĐỨC MẠNH']).signer).toEqual({
      name: 'Nông Đức Mạnh',
      position: 'Chủ tịch',
      authority: 'TM. Ủy ban Thường vụ Quốc hội',
    });
  });

  it('reads no position from small letters away from the authority line', () => {
    expect(extract([...resolution, 'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'NÔNG ĐỨC MẠNH', 'Chủ tịch']).signer.position).toBeNull();
  });
});

describe('the Ủy ban Thường vụ Quốc hội signing for itself', () => {
  const resolution = ['NGHỊ QUYẾT', 'Về số Phó Chủ tịch Hội đồng nhân dân', 'QUYẾT NGHỊ:', 'Hội đồng nhân dân tỉnh bầu một Phó Chủ tịch.'];

  it('is a central body that names itself in full: the issuer of a text without its header', () => {
    expect(extract([...resolution, 'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'CHỦ TỊCH', 'NÔNG ĐỨC MẠNH']).issuer.name).toBe('Ủy ban Thường vụ Quốc hội');
  });

  it('while an Ủy ban nhân dân without level and place still names no one', () => {
    expect(extract([...resolution, 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'NGUYỄN VĂN AN']).issuer.name).toBeNull();
  });
});

describe('a law cited by its article after a comma', () => {
  const head = ['ỦY BAN NHÂN DÂN TỈNH AN GIANG', 'Số: 12/QĐ-UBND', 'An Giang, ngày 02 tháng 3 năm 2010', 'QUYẾT ĐỊNH', 'Về việc giao chỉ tiêu', 'ỦY BAN NHÂN DÂN TỈNH AN GIANG'];
  const bases = (clause: string) =>
    extract([...head, clause, 'QUYẾT ĐỊNH:', 'Điều 1. Giao chỉ tiêu.']).legalBases.map((b) => [b.documentType, b.subject]);

  it('reads `…, Điều 6 của Luật tổ chức Quốc hội` as one more law', () => {
    expect(bases('Căn cứ vào Điều 91 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992, Điều 6 của Luật tổ chức Quốc hội;')).toEqual([
      ['Hiến pháp', 'nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992'],
      ['Luật', 'tổ chức Quốc hội'],
    ]);
  });

  it('leaves an article a subject names (`… quy định tại Điều 3 của Luật Đất đai`) inside that subject', () => {
    expect(bases('Căn cứ Quyết định số 11/QĐ-UBND ngày 02/01/2010 của UBND tỉnh quy định tại Điều 3 của Luật Đất đai;')).toEqual([
      ['Quyết định', 'quy định tại Điều 3 của Luật Đất đai'],
    ]);
  });
});

describe('signature blocks of older copies', () => {
  const decision = [
    'CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG',
    'Số: 264/CT',
    'Hà Nội, ngày 14 tháng 10 năm 1988',
    'QUYẾT ĐỊNH',
    'VỀ VIỆC KHÔNG THỰC HIỆN QUYẾT ĐỊNH SỐ 156/CT',
    'QUYẾT ĐỊNH:',
    'Điều 1',
    'Không thực hiện Quyết định số 156-CT ngày 23-5-1988.',
  ];

  it('reads a position in small letters right above `(Đã ký)`', () => {
    expect(extract([...decision, 'Phó Chủ tịch', '(Đã ký)', 'Võ Văn Kiệt']).signer).toEqual({ name: 'Võ Văn Kiệt', position: 'Phó Chủ tịch', authority: null });
  });

  it('reads none where neither an authority nor the mark frames it', () => {
    expect(extract([...decision, 'Phó Chủ tịch', 'Võ Văn Kiệt']).signer.position).toBeNull();
  });

  const resolution = ['NGHỊ QUYẾT SỐ 58 NQ/HĐNN8 NGÀY 11-3-1988 CỦA HỘI ĐỒNG NHÀ NƯỚC', 'Căn cứ vào Điều 98 của Hiến pháp,', 'QUYẾT NGHỊ:', 'Cử đồng chí Võ Văn Kiệt làm Quyền Chủ tịch Hội đồng Bộ trưởng.'];

  it('reads the block of a central body whose authority goes on with the state’s name', () => {
    const record = extract([...resolution, 'TM. HỘI ĐỒNG NHÀ NƯỚC', 'NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Chủ tịch', 'VÕ CHÍ CÔNG']);
    expect([record.signer.name, record.signer.position]).toEqual(['Võ Chí Công', 'Chủ tịch']);
  });

  it('still ends the block at an appendix that opens with the quốc hiệu', () => {
    const record = extract([...resolution, 'TM. HỘI ĐỒNG NHÀ NƯỚC', 'CHỦ TỊCH', 'VÕ CHÍ CÔNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'DANH SÁCH', 'Nguyễn Văn An']);
    expect(record.signer).toEqual({ name: 'Võ Chí Công', position: 'Chủ tịch', authority: 'TM. Hội đồng nhà nước' });
  });
});

describe('a page that lost the type line and the trích yếu', () => {
  it('takes no title from running text of several sentences', () => {
    const record = extract([
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 43-TTg',
      'Hà Nội, ngày 22 tháng 1 năm 1996',
      'Trong mấy năm gần đây, cuộc đấu tranh kiềm chế và đẩy lùi lạm phát tuy đã đạt được kết quả nhất định, nhưng kết quả đó chưa thật vững chắc và nguy cơ tái lạm phát cao vẫn còn tiềm ẩn. Do đó, kiềm chế lạm phát vẫn là nhiệm vụ quan trọng.',
      'Thủ tướng Chính phủ yêu cầu các Bộ, ngành và các địa phương thực hiện một số biện pháp sau đây:',
    ]);
    expect([record.title, record.documentNumber.text, record.issuer.name]).toEqual([null, '43-TTg', 'Thủ tướng Chính phủ']);
  });

  it('keeps a long trích yếu in small letters that names a city with its dot', () => {
    const title =
      'Tổ chức Hội thi tìm hiểu pháp luật về phòng, chống tham nhũng, lãng phí dành cho cán bộ, công chức, viên chức và người lao động trên địa bàn TP. Hồ Chí Minh năm 2024';
    const record = extract(['ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ', 'Số: 15/KH-UBND', 'Bến Nghé, ngày 02 tháng 3 năm 2024', 'KẾ HOẠCH', title, 'Căn cứ Luật Phòng, chống tham nhũng ngày 20/11/2018;']);
    expect(record.title).toBe(title);
  });
});
