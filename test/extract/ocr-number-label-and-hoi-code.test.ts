// Old OCR (tesseract `eng`, no Vietnamese model) of the number line and of a Hội's own code. Headers as the pipeline
// restored real old-OCR pages (outside sets state-2026c 907, state-2026b 517, party-2026d 187), its mistakes kept.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

describe('`Số:` read with its ố as a G (`SG:`)', () => {
  it('opens the number line of a decision, whose type its symbol names (state-2026c 907)', () => {
    const record = extractPlan(
      [
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        'SG: 1306/QĐ-UBND | Hòa Bình, ngày 29 tháng 07 năm 2015 | -',
        'VỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỤM, KHỐI THI ĐUA',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HOÀ BÌNH',
        'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động cụm, khối thi đua.',
      ].join('\n'),
      { sample: '907.txt', rawOcr: true },
    );
    expect(record.documentNumber).toMatchObject({ number: '1306', symbol: 'QĐ-UBND', text: '1306/QĐ-UBND' });
    expect(record.documentType).toBe('Quyết định');
    expect(record.issuedDate).toBe('2015-07-29');
  });

  it('only before a colon and a figure: `SG` elsewhere is no label', () => {
    const record = extractPlan(
      ['ỦY BAN NHÂN DÂN', 'HUYỆN CỦ CHI', 'SG 12 tổ dân phố', 'Củ Chi, ngày 05 tháng 3 năm 2020', 'KẾ HOẠCH', 'Tổ chức Ngày hội'].join('\n'),
      { sample: 'sg.txt', rawOcr: true },
    );
    expect(record.documentNumber.text).toBeNull();
  });
});

describe('a Hội’s own code with an H (`TWH`, Trung ương Hội) under an issuer with no Đ word (party-2026d 187)', () => {
  const plan = (letterhead: string[]) =>
    extractPlan(
      [
        ...letterhead,
        'SG: 12/KH-TWH Hà Nội, ngày 02 tháng 3 năm 2017',
        '; KẾ HOẠCH',
        'Tổ chức các hoạt động kỷ niệm 70 năm',
        'Ngày Thương binh Liệt sỹ (27/7/1947 — 27/7/2017)',
        '- Căn cứ chỉ thị số 02/CT-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về',
        'tăng cường chỉ đạo thực hiện chính sách ưu đãi đối với người có công với cách mạng.',
      ].join('\n'),
      { sample: '187.txt', rawOcr: true },
    ).documentNumber.text;

  it('keeps its H: the organ part names the issuer, which is no Đoàn', () => {
    expect(plan(['HỘI TRUYỀN THỐNG TRƯỜNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'DƯƠNG HỒ CHÍ MINH VIỆT NAM Độc lập — Tự do — Hạnh phúc'])).toBe('12/KH-TWH');
  });

  it('under a Đoàn the same H is the bar of its Đ', () => {
    expect(plan(['THÀNH ĐOÀN HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập — Tự do — Hạnh phúc'])).toBe('12/KH-TWĐ');
  });
});
