import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/extract/lines.js';
import { extractPlan } from '../../src/extract/index.js';
import { closingEnd, readClosing, remarkHeads } from '../../src/extract/recipients.js';
import { isPersonalName, readAuthority, readBlockLine, readPosition, readSigner } from '../../src/extract/signer.js';

describe('recipients', () => {
  it('reads one recipient per line without end punctuation', () => {
    const closing = readClosing(toLines('Nơi nhận:\n- Sở Nội vụ;\n- Các phòng, ban; UBND các xã;\n- Lưu: VT.'));
    expect(closing.recipients.map((r) => r.text)).toEqual(['Sở Nội vụ', 'Các phòng, ban; UBND các xã', 'Lưu: VT']);
    expect(closing.headingLine).toBe(1);
  });

  it('separates the signature column interleaved with the list', () => {
    const closing = readClosing(
      toLines('Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực HĐND; CHỦ TỊCH\n- Các thôn; ký tên\n- Lưu VT.\nLê Minh Hà'),
    );
    expect(closing.recipients.map((r) => r.text)).toEqual(['Thường trực HĐND', 'Các thôn', 'Lưu VT']);
    expect(closing.signatureLines.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'ký tên', 'Lê Minh Hà']);
  });
});

describe('heads of organs in recipients restored without marks', () => {
  const all = (): boolean => true;

  it('gives an organ head back the marks restoration guessed wrong', () => {
    expect(remarkHeads('Số Tài chính', all)).toBe('Sở Tài chính');
    expect(remarkHeads('Văn phòng và các Bạn Đảng ủy', all)).toBe('Văn phòng và các Ban Đảng ủy');
    expect(remarkHeads('BGH; Số GD&ĐT', all)).toBe('BGH; Sở GD&ĐT');
    expect(remarkHeads('Các phòng, bản thuộc Số', all)).toBe('Các phòng, ban thuộc Sở');
  });

  it('keeps a number, a name, a position and what the text had itself', () => {
    expect(remarkHeads('Số 12 Lê Lợi', all)).toBe('Số 12 Lê Lợi');
    expect(remarkHeads('Đ/c Vũ Văn An', all)).toBe('Đ/c Vũ Văn An');
    expect(remarkHeads('Trưởng phòng Nội vụ', all)).toBe('Trưởng phòng Nội vụ');
    expect(remarkHeads('Các phòng, trưởng các đơn vị', all)).toBe('Các phòng, trưởng các đơn vị');
    expect(remarkHeads('Số Tài chính', (w) => w !== 'Số')).toBe('Số Tài chính');
    // In lower case a head's letters are a head only in a run of heads.
    expect(remarkHeads('Lưu: VT, 02 bản', all)).toBe('Lưu: VT, 02 bản');
    expect(remarkHeads('Lưu: văn bản, hồ sơ', all)).toBe('Lưu: văn bản, hồ sơ');
    expect(remarkHeads('Các phòng, bản thuộc Sở', (w) => w !== 'bản')).toBe('Các phòng, bản thuộc Sở');
  });

  it("reads the record's recipients so, only on the lines restoration changed", () => {
    const text = ['KẾ HOẠCH', 'Tổ chức Hội thao năm 2025', 'I. MỤC ĐÍCH', 'Nơi nhận:', '- Số Tài chính;', '- Bạn Tuyên giáo;', '- Lưu: VT.'].join('\n');
    const corrections = [
      { line: 5, from: 'So', to: 'Số', confidence: 0.6, rule: 'decoder' as const },
      { line: 6, from: 'Ban', to: 'Bạn', confidence: 0.6, rule: 'decoder' as const },
    ];
    expect(extractPlan(text, { sample: 'x.txt', corrections }).recipients).toEqual(['Sở Tài chính', 'Ban Tuyên giáo', 'Lưu: VT']);
    expect(extractPlan(text, { sample: 'x.txt', corrections: corrections.slice(1) }).recipients).toEqual(['Số Tài chính', 'Ban Tuyên giáo', 'Lưu: VT']);
    expect(extractPlan(text, { sample: 'x.txt' }).recipients).toEqual(['Số Tài chính', 'Bạn Tuyên giáo', 'Lưu: VT']);
  });
});

describe('signer', () => {
  it('reads authority, position and name in sentence case', () => {
    expect(readAuthority('TM. ỦY BAN NHÂN DÂN')).toBe('TM. Ủy ban nhân dân');
    expect(readAuthority('KT. CHỦ TỊCH')).toBe('KT. Chủ tịch');
    expect(readPosition('PHÓ CHỦ TỊCH')).toBe('Phó Chủ tịch');
    expect(readPosition('Chủ tịch, các PCT')).toBeNull();
    expect(isPersonalName('Nguyễn Thị Lan')).toBe(true);
    expect(isPersonalName('Lưu VT')).toBe(false);
  });

  it('takes the authority right above the position', () => {
    const lines = toLines('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhạm Văn Đông');
    expect(readSigner(lines)).toEqual({
      signer: { name: 'Phạm Văn Đông', position: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' },
      lines: { from: 2, to: 5 },
      smallLetters: false,
    });
    expect(readSigner(toLines('CHỦ TỊCH\nVõ Thành Nam')).signer).toEqual({
      name: 'Võ Thành Nam',
      position: 'Chủ tịch',
      authority: null,
    });
  });
});

describe('a signature block as a phone photo is OCR\'d (fixtures/scans/paper_phone.jpg)', () => {
  // the pen's scrawl and the seal come out as specks, a lone capital and letters with digits
  const block = ['TM. ỨY BẠN NHÂN DÂN', 'CHt TỊCH', 'hp', '.I. › P4', 'mm', '', 'Trần Đức Tuấn'];

  it('the scrawl is no numbered heading: the block runs on to the name', () => {
    const lines = toLines(block.join('\n'));
    expect(closingEnd(lines)).toBe(block.length + 1);
    expect(readSigner(lines).signer).toEqual({ name: 'Trần Đức Tuấn', position: 'Chủ tịch', authority: 'TM. Ủy ban nhân dân' });
  });

  it('a heading with words under an unsigned block still ends it', () => {
    for (const heading of ['I. DANH SÁCH KHEN THƯỞNG', 'BẢNG TỔNG HỢP KINH PHÍ', '1. Tổ chức thực hiện']) {
      expect(closingEnd(toLines(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', heading, 'Nội dung'].join('\n')))).toBe(3);
    }
  });

  it('a position with a letter OCR made small is read; a sentence naming one is not', () => {
    expect(readPosition('CHt TỊCH')).toBe('Chủ tịch');
    expect(readPosition('Chủ tịch')).toBeNull();
    expect(readPosition('Chủ TỊCH')).toBeNull();
  });
});

describe('a signature block typed on one line (authority and position side by side)', () => {
  it('splits the authority from the position, with or without the dot after KT', () => {
    expect(readBlockLine('KT THỦ TƯỚNG PHÓ THỦ TƯỚNG')).toEqual({ authority: 'KT. Thủ tướng', position: 'Phó Thủ tướng' });
    expect(readBlockLine('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH')).toEqual({ authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch' });
    expect(readBlockLine('KT. BỘ TRƯỞNG THỨ TRƯỞNG')).toEqual({ authority: 'KT. Bộ trưởng', position: 'Thứ trưởng' });
    expect(readBlockLine('KT. CHỦ TỊCH')).toBeNull();
    expect(readBlockLine('TM ĐOÀN VIÊN THANH NIÊN')).toBeNull();
    expect(readAuthority('KT CHỦ TỊCH')).toBe('KT. Chủ tịch');
    expect(readAuthority('TM CÁC ĐƠN VỊ')).toBeNull();
  });

  it('is the signature block under the list, not the start of an appendix', () => {
    const text = 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\nKT CHỦ TỊCH PHÓ CHỦ TỊCH\n(Đã ký)\nLê Văn Tám\n';
    const lines = toLines(text);
    expect(closingEnd(lines)).toBe(8);
    const closing = readClosing(lines);
    expect(closing.recipients.map((r) => r.text)).toEqual(['Sở Nội vụ', 'Lưu: VT']);
    expect(readSigner(closing.signatureLines).signer).toEqual({ name: 'Lê Văn Tám', position: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' });
  });
});

describe('an authority line a crawl glued to the next line', () => {
  it('is left empty rather than read into another position', () => {
    expect(readAuthority('TM. BAN THƯỜNG VỤ HUYỆN ĐOÀNPHÓ BÍ THƯ')).toBeNull();
    expect(readAuthority('TM. BAN THƯỜNG VỤ')).toBe('TM. Ban Thường vụ');
    expect(readAuthority('TM. UBND')).not.toBeNull();
  });
});
