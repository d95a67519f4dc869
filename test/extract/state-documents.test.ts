// State documents of districts, towns, their offices and provinces as law
// libraries and school portals keep them (the outside set state-2026): a
// long authority line that wraps, a Nơi nhận list whose column runs on past
// the signer's name, a letter whose trích yếu has no `V/v`, a letterhead that
// writes its level short (`UBND TX.`), a list of bases that names its type
// again. Each rule is tested where it must read and where it must not.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readHeader } from '../../src/extract/header.js';
import { toLines } from '../../src/extract/lines.js';
import { closingEnd, readClosing } from '../../src/extract/recipients.js';
import { continuedAuthority, readSigner } from '../../src/extract/signer.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'state.txt' });

describe('an authority line that wraps under itself (NĐ 30 Phụ lục I: TL. CHỦ TỊCH ỦY BAN NHÂN DÂN …)', () => {
  it('joins the line that completes the position and its body', () => {
    expect(continuedAuthority('TL. CHỦ TỊCH ỦY', 'BAN NHÂN DÂN HUYỆN')).toBe('TL. Chủ tịch Ủy ban nhân dân huyện');
    const signer = readSigner(toLines('TL. CHỦ TỊCH ỦY\nBAN NHÂN DÂN HUYỆN\nCHÁNH VĂN PHÒNG\n\nLê Văn Bình')).signer;
    expect(signer).toEqual({ name: 'Lê Văn Bình', position: 'Chánh Văn phòng', authority: 'TL. Chủ tịch Ủy ban nhân dân huyện' });
  });

  it('keeps the signature block whole, so what follows the name is no longer cut at the wrapped line', () => {
    const lines = toLines('Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH ỦY\nBAN NHÂN DÂN TỈNH\nCHÁNH VĂN PHÒNG\nTrần Quốc Hùng\nPHỤ LỤC');
    expect(closingEnd(lines)).toBe(8);
  });

  it('joins nothing under a complete authority: a position, a deputy under KT., a heading after the block', () => {
    expect(continuedAuthority('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH')).toBeNull();
    expect(continuedAuthority('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH')).toBeNull();
    expect(continuedAuthority('TM. ỦY BAN NHÂN DÂN', 'DANH SÁCH KHEN THƯỞNG')).toBeNull();
    expect(continuedAuthority('TL. CHỦ TỊCH ỦY', 'Lê Văn Bình')).toBeNull();
  });
});

describe('a Nơi nhận column flattened between the lines of the signature column', () => {
  it('reads the list on past the signer’s name until its Lưu entry', () => {
    const lines = toLines(
      'Nơi nhận:\nGIÁM ĐỐC\n- Như trên;\n- Ban Giám đốc Sở;\n(đã ký)\n- Các phòng GD&ĐT;\nNguyễn Thanh Bình\n- UBND các quận, huyện;\n- Lưu: VT.\nPHỤ LỤC I',
    );
    const end = closingEnd(lines);
    expect(end).toBe(10);
    const closing = readClosing(lines.slice(0, end - 1));
    expect(closing.recipients.map((r) => r.text)).toEqual(['Như trên', 'Ban Giám đốc Sở', 'Các phòng GD&ĐT', 'UBND các quận, huyện', 'Lưu: VT']);
  });

  it('ends at the name when the list stood whole above the signature, or had closed with Lưu', () => {
    const above = toLines('Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Thanh Bình\n- Danh sách các hộ được hỗ trợ');
    expect(closingEnd(above)).toBe(7);
    const closed = toLines('Nơi nhận:\nGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\nNguyễn Thanh Bình\n- Danh sách các hộ được hỗ trợ');
    expect(closingEnd(closed)).toBe(6);
  });
});

describe('a letter whose trích yếu has no V/v', () => {
  const head = ['UBND TỈNH BÌNH ĐỊNH', 'SỞ Y TẾ', 'Số: 215/SYT-NVY', 'Quy Nhơn, ngày 12 tháng 7 năm 2019', 'Về tăng cường phòng, chống dịch sốt xuất huyết'];
  const body = ['Trước tình hình dịch sốt xuất huyết gia tăng, Sở Y tế đề nghị các đơn vị triển khai ngay các biện pháp phòng, chống dịch./.'];

  it('is a Công văn when it is addressed (Kính gửi), with or without the urgency mark above the addressees', () => {
    expect(extract([...head, 'Kính gửi: Giám đốc các bệnh viện trực thuộc.', ...body]).documentType).toBe('Công văn');
    expect(extract([...head, 'HỎA TỐC', 'Kính gửi: Giám đốc các bệnh viện trực thuộc.', ...body]).documentType).toBe('Công văn');
  });

  it('names no type when nothing addresses it, and keeps the type line of an addressed submission', () => {
    expect(extract([...head, ...body]).documentType).toBeNull();
    const submission = ['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'Số: 12/TTr-UBND', 'An Phú, ngày 3 tháng 4 năm 2015', 'TỜ TRÌNH', 'Về việc đề nghị công nhận xã đạt chuẩn'];
    expect(extract([...submission, 'Kính gửi: Ủy ban nhân dân huyện.', ...body]).documentType).toBe('Tờ trình');
  });
});

describe('a letterhead that writes its level short', () => {
  it('reads UBND TX. as the thị xã over its office', () => {
    const { letterhead } = readHeader(toLines('UBND TX. PHƯỚC LONG\nPHÒNG NỘI VỤ'));
    expect(letterhead).toMatchObject({ organ: 'Phòng Nội vụ', level: 'thị xã', locality: 'Phước Long' });
  });

  it('leaves a letterhead that writes its level in full as it was', () => {
    const { letterhead } = readHeader(toLines('UBND HUYỆN TÂN PHÚ\nPHÒNG NỘI VỤ'));
    expect(letterhead).toMatchObject({ organ: 'Phòng Nội vụ', level: 'huyện', locality: 'Tân Phú' });
  });
});

describe('a list of bases under one head that names its type again for an item', () => {
  const head = ['ỦY BAN NHÂN DÂN', 'HUYỆN YÊN ĐỊNH', 'Số: 45/KH-UBND', 'Yên Định, ngày 12 tháng 3 năm 2024', 'KẾ HOẠCH', 'Thi đua năm 2024'];
  const bases = (lines: string[]) => extract([...head, ...lines, 'I. MỤC ĐÍCH, YÊU CẦU']).legalBases.map((b) => [b.number, b.issuer]);

  it('gives the item the issuer its head states (`các Nghị định của Chính phủ: số …; Nghị định số …`)', () => {
    expect(
      bases([
        'Căn cứ các Nghị định của Chính phủ: số 91/2017/NĐ-CP ngày 31/7/2017 quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 quy định chi tiết thi hành Luật Thi đua, khen thưởng;',
      ]),
    ).toEqual([
      ['91/2017/NĐ-CP', 'Chính phủ'],
      ['98/2023/NĐ-CP', 'Chính phủ'],
    ]);
  });

  it('gives nothing to a document of another type after the list', () => {
    expect(
      bases([
        'Căn cứ các Nghị định của Chính phủ: số 91/2017/NĐ-CP ngày 31/7/2017 quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng; Thông tư số 12/2019/TT-BNV ngày 04/11/2019 hướng dẫn thi hành Nghị định số 91/2017/NĐ-CP;',
      ]),
    ).toEqual([
      ['91/2017/NĐ-CP', 'Chính phủ'],
      ['12/2019/TT-BNV', null],
    ]);
  });
});

describe('the bases listed under a section headed `Căn cứ …` with numbered items', () => {
  const head = ['ỦY BAN NHÂN DÂN', 'HUYỆN CHÂU THÀNH', 'Số: 88/KH-UBND', 'Châu Thành, ngày 05 tháng 4 năm 2022', 'KẾ HOẠCH', 'Chuyển đổi số năm 2022'];
  const numbers = (lines: string[]) => extract([...head, ...lines]).legalBases.map((b) => [b.number, b.issuer]);

  it('reads each numbered item from after its number', () => {
    expect(
      numbers([
        'I. CĂN CỨ PHÁP LÝ',
        '1. Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia;',
        '2. Kế hoạch số 120/KH-UBND ngày 15/3/2022 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2022.',
        'II. MỤC ĐÍCH, YÊU CẦU',
        '1. Mục đích',
      ]),
    ).toEqual([
      ['749/QĐ-TTg', 'Thủ tướng Chính phủ'],
      ['120/KH-UBND', 'Ủy ban nhân dân tỉnh'],
    ]);
  });

  it('reads no basis from the numbered items of another first section', () => {
    expect(
      numbers([
        'I. MỤC ĐÍCH, YÊU CẦU',
        '1. Triển khai có hiệu quả Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ trên địa bàn huyện.',
        '2. Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.',
      ]),
    ).toEqual([]);
  });
});

describe('a cited document whose issuer is followed by a comma and its subject', () => {
  const head = ['ỦY BAN NHÂN DÂN', 'XÃ NGHI PHÚ', 'Số: 21/KH-UBND', 'Nghi Phú, ngày 10 tháng 3 năm 2023', 'KẾ HOẠCH', 'Tổng kết công tác thi đua năm 2023'];
  const basis = (line: string) => extract([...head, line, 'I. MỤC ĐÍCH, YÊU CẦU']).legalBases[0];

  it('ends the issuer at the comma when small letters follow the organ and its place', () => {
    expect(basis('Thực hiện Công văn số 512/SNV-TĐKT ngày 03/3/2023 của Sở Nội vụ tỉnh Nghệ An, hướng dẫn tổng kết công tác thi đua năm 2023;')).toMatchObject({
      issuer: 'Sở Nội vụ tỉnh Nghệ An',
      subject: 'hướng dẫn tổng kết công tác thi đua năm 2023',
    });
  });

  it('keeps the issuer’s place written after the comma (`…, tỉnh Thanh Hóa`)', () => {
    expect(basis('Căn cứ Quyết định số 45/QĐ-UBND ngày 12/01/2020 của Ủy ban nhân dân huyện Yên Định, tỉnh Thanh Hóa;')?.issuer).toBe(
      'Ủy ban nhân dân huyện Yên Định, tỉnh Thanh Hóa',
    );
  });
});

describe('a symbol whose part joins two halves of a code with & (PGD&ĐT)', () => {
  it('reads the whole symbol on the number line', () => {
    const { documentNumber } = readHeader(toLines('UBND HUYỆN THỌ XUÂN\nPHÒNG GIÁO DỤC& ĐÀO TẠO\nSố : 24 / PGD&ĐT- GDMN'));
    expect(documentNumber).toMatchObject({ number: '24', symbol: 'PGD&ĐT-GDMN', text: '24/PGD&ĐT-GDMN' });
  });

  it('stops at a & that stands apart from the symbol', () => {
    const { documentNumber } = readHeader(toLines('UBND HUYỆN THỌ XUÂN\nSố: 24/UBND-VP & các phòng'));
    expect(documentNumber).toMatchObject({ number: '24', symbol: 'UBND-VP' });
  });
});

describe('a letter’s V/v line wrapped onto a line that opens with a capital', () => {
  const header = (next: string) =>
    readHeader(toLines(`UBND HUYỆN THANH CHƯƠNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 278/PGD&ĐT-THCS\nV/v Hướng dẫn thực hiện nhiệm vụ\n${next}`));

  it('goes on with the trích yếu, and the letterhead keeps only the organ', () => {
    const h = header('Giáo dục trung học năm học 2014-2015');
    expect(h.subject?.text).toBe('Hướng dẫn thực hiện nhiệm vụ Giáo dục trung học năm học 2014-2015');
    expect(h.letterhead?.name).toBe('Phòng Giáo dục và Đào tạo huyện Thanh Chương');
  });

  it('does not take the date line or the tiêu ngữ under it', () => {
    expect(header('Thanh Chương, ngày 09 tháng 9 năm 2014').subject?.text).toBe('Hướng dẫn thực hiện nhiệm vụ');
    expect(header('Độc lập - Tự do - Hạnh phúc').subject?.text).toBe('Hướng dẫn thực hiện nhiệm vụ');
  });
});

describe('a letter that kept no trích yếu', () => {
  const head = ['UBND HUYỆN THỌ XUÂN', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 24/PGD&ĐT-GDMN', 'Thọ Xuân, ngày 06 tháng 03 năm 2012'];
  const body = ['Phòng GD&ĐT thông báo kế hoạch tổ chức Hội thi cấp huyện như sau:', '* Địa điểm: Hội trường UBND thị trấn.'];

  it('is a Công văn when its body opens with Kính gửi', () => {
    expect(extract([...head, 'Kính gửi: Hiệu trưởng các trường Mầm non.', ...body]).documentType).toBe('Công văn');
  });

  it('is not one without the addressees', () => {
    expect(extract([...head, ...body]).documentType).not.toBe('Công văn');
  });
});

describe('the clause of the issuer’s own that ends a cited subject', () => {
  const head = ['UBND HUYỆN NGHI LỘC', 'PHÒNG NỘI VỤ', 'Số: 45/PNV-TĐKT', 'Nghi Lộc, ngày 12 tháng 3 năm 2020', 'V/v hướng dẫn tổng kết thi đua', 'Kính gửi: UBND các xã, thị trấn.'];
  const subject = (line: string) => extract([...head, line, '1. Nội dung tổng kết']).legalBases[0]?.subject;

  it('ends the subject before `, <organ> <place> <verb> …` where the place stands without its level word', () => {
    expect(subject('Căn cứ Công văn số 512/SNV-TĐKT ngày 03/3/2020 của Sở Nội vụ về tổng kết công tác thi đua năm 2019, Phòng Nội vụ Nghi Lộc hướng dẫn các xã thực hiện như sau:')).toBe(
      'về tổng kết công tác thi đua năm 2019',
    );
  });

  it('keeps a subject whose organ and place after the comma do not act', () => {
    expect(subject('Căn cứ Công văn số 512/SNV-TĐKT ngày 03/3/2020 của Sở Nội vụ về tổng kết công tác thi đua năm 2019 tại các xã, Phòng Nội vụ Nghi Lộc và Hội đồng Thi đua huyện;')).toContain(
      'Phòng Nội vụ Nghi Lộc',
    );
  });
});

describe('a Nơi nhận list run onto the heading’s line', () => {
  it('reads each dashed item after the `;` that ends the one before', () => {
    const closing = readClosing(toLines('Nơi nhận: -Phòng GD&ĐT Bình Liêu(Đề nghị); -BGH (T/h); - Lưu (VT)\nHIỆU TRƯỞNG\nPhan Thị Nga'));
    expect(closing.recipients.map((r) => r.text)).toEqual(['Phòng GD&ĐT Bình Liêu(Đề nghị)', 'BGH (T/h)', 'Lưu (VT)']);
    expect(readSigner(closing.signatureLines).signer.name).toBe('Phan Thị Nga');
  });

  it('keeps a signature that shares the heading’s line in the signature column', () => {
    const closing = readClosing(toLines('Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Hà'));
    expect(closing.recipients.map((r) => r.text)).toEqual(['Như trên', 'Lưu: VT']);
    expect(closing.signatureLines[0]?.text).toBe('TM. ỦY BAN NHÂN DÂN');
  });
});
