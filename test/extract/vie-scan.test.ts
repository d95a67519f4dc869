// What our own OCR (tesseract.js `vie`, through the OCR stage) makes of office scans of unseen
// documents (the outside sets' vie-ocr/ pages, scripts/make-vie-ocr.ts), through restoration and
// extraction as `vnplan extract` runs them: a speck glued between `ngày` and the printed day, a
// roman heading read as a figure and a dash, a number line whose `Số` was read as its colon alone.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { extractPlan } from '../../src/extract/index.js';
import { readMarker } from '../../src/extract/markers.js';
import { readSymbol } from '../../src/extract/symbols.js';
import { processFile } from '../../src/pipeline.js';
import type { PlanRecord } from '../../src/types.js';

const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/outside/${path}`, import.meta.url));
const read = async (path: string): Promise<PlanRecord> => (await processFile(fixture(path), { restore: true })).record;

describe('a mark OCR glued between `ngày` and a printed day', () => {
  it('`Eakar, ngày-3 tháng 10 năm 2016`: the date line, and with it the frame of the document', async () => {
    const record = await read('party-2026e/vie-ocr/206_congdoan-thptngogiatu-hoithi-2016.txt');
    expect(record.issuedDate).toBe('2016-10-03');
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.documentNumber.text).toBe('10/KH-CĐ');
  });

  it('one mark only, and only before figures: marks round a blank are no day', () => {
    expect(findDates('ngày.5 tháng 3 năm 2020').map((d) => d.iso)).toEqual(['2020-03-05']);
    expect(findDates('ngày ^ 9 tháng^-năm 2020').map((d) => d.iso)).toEqual(['2020']);
    expect(findDates('ngày -- tháng 3 năm 2020').map((d) => d.iso)).toEqual([]);
  });
});

describe('a numbered heading in capitals with a dash for its dot', () => {
  it('`1— CĂN CỨ LẬP KẾ HOẠCH` (the `I –` of the page) ends the trích yếu above it', async () => {
    const record = await read('party-2026e/vie-ocr/207_chidoan-thcskhanhthuong-hoatdong-2020.txt');
    expect(record.title).toBe('HOẠT ĐỘNG CHI ĐOÀN NĂM HỌC 2020 — 2021');
  });

  it('a figure and a dash before a sentence stays text', () => {
    expect(readMarker('1— CĂN CỨ LẬP KẾ HOẠCH')).toEqual({ kind: 'number', value: '1', rest: 'CĂN CỨ LẬP KẾ HOẠCH' });
    expect(readMarker('1- Điều 3 (điểm 2): Quyền của đảng viên')).toBeNull();
    expect(readMarker('20 - 25 NGƯỜI')).toBeNull();
  });
});

describe('a number line whose `Số` OCR read as its colon alone', () => {
  it('`: 59"/BC-LĐTBXH`: the number and symbol, and the issuer above it without them', async () => {
    const record = await read('state-2026e/vie-ocr/108_bo-baocao-giamngheo-2010.txt');
    expect(record.documentNumber).toEqual({ number: '59', symbol: 'BC-LĐTBXH', text: '59/BC-LĐTBXH' });
    expect(record.issuer.name).toBe('Bộ Lao động - Thương binh và Xã hội');
  });
});

describe('a two-figure month whose 1 OCR set apart (`26/1 1/2003`)', () => {
  it('the law of state-2026j 170 read from its scan is dated 26 November 2003, its subject without the date', async () => {
    const record = await read('state-2026j/vie-ocr/170_tinh-qd-dulich-onerow-2006.txt');
    expect(record.legalBases[0]).toMatchObject({ documentType: 'Luật', date: '2003-11-26', subject: 'Tổ chức HĐND và UBND' });
  });

  it('only a month of 10 to 12 between the slashes; a day keeps its figures close', () => {
    expect(findDates('ngày 26/1 1/2003').map((d) => d.iso)).toEqual(['2003-11-26']);
    expect(findDates('ngày 26/1 3/2003').map((d) => d.iso)).toEqual([]);
    expect(findDates('khoản 1 2/3/2003').map((d) => d.iso)).toEqual(['2003-03-02']);
  });
});

describe('the W of a central organ’s TW read as `VW`', () => {
  it('party-2026j 280’s basis `100 - HD/BTGTVW` is the Ban Tuyên giáo Trung ương’s BTGTW', async () => {
    const record = await read('party-2026j/vie-ocr/280_tongldld-huongdan-tuyentruyen-2014.txt');
    expect(record.legalBases[0]).toMatchObject({ documentType: 'Hướng dẫn', number: '100-HD/BTGTW', issuer: 'Ban Tuyên giáo Trung ương' });
  });

  it('a part no table knows once so read stays as printed', () => {
    expect(readSymbol('913 - KH/HNDTVW, ngày')?.text).toBe('913-KH/HNDTW');
    expect(readSymbol('12-KH/XVW')?.text).toBe('12-KH/XVW');
  });
});

describe('a joint letterhead read from an office scan (state-2026d 061)', () => {
  it('`CỘNG` / `: HÒA XÃ HỘI …`: a speck before the quốc hiệu’s wrapped piece, and `UBND TÍNH HÒA BÌNH`: the tỉnh before its province', async () => {
    const record = await read('state-2026d/vie-ocr/061_tinh-quyche-phoihop-2019.txt');
    expect(record.issuer).toEqual({ name: 'Hội đồng nhân dân - Ủy ban nhân dân tỉnh Hòa Bình', level: 'tỉnh', locality: 'Hòa Bình' });
  });

  it('a level word a mark off only before a place the register knows at that level', () => {
    const text = (line: string): string => `THƯỜNG TRỰC\n${line}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 06/QC-TT.HĐND-UBND\nHòa Bình, ngày 20 tháng 3 năm 2019\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC\n`;
    expect(extractPlan(text('HĐND - UBND TÍNH HÒA BÌNH'), { sample: '061.txt' }).issuer.level).toBe('tỉnh');
    expect(extractPlan(text('HĐND - UBND TÍNH HÒA THUẬN LỢI'), { sample: '061.txt' }).issuer.level).toBeNull();
  });
});

describe('the closing of a decision read from an office scan (state-2026d 058)', () => {
  it('the signer’s name with a stroke of the signature read beside it (`Đỗ Ngọc An $`), and a recipient wrapped at the margin', async () => {
    const record = await read('state-2026d/vie-ocr/058_tinh-qd-baocao-2015.txt');
    expect(record.signer).toEqual({ name: 'Đỗ Ngọc An', position: 'Chủ tịch', authority: 'TM. Ủy ban nhân dân' });
    expect(record.recipients).toContain('Báo Lai Châu, Đài PT-TH tỉnh, phân xã TTXVN tại Lai Châu, Công báo tỉnh, Cổng thông tin điện tử tỉnh');
    expect(record.recipients).not.toContain('tin điện tử tỉnh');
  });

  it('what follows the list’s last item (`Lưu: …`, no `;`) is no more of it', async () => {
    const record = await read('fresh-2026/vie-ocr/401_haugiang-congvan-2011.txt');
    expect(record.recipients.at(-1)).toBe('Lưu: VT, NCTH.HH');
  });
});

describe('a letterhead locality the Vietnamese model read a letter off', () => {
  it('`TỈNH VÊN BÁI` over `Yên Bái, ngày …` (state-2026b 508): the date line’s registered place, a letter off it, is the locality', async () => {
    const { record } = await processFile(fixture('state-2026b/vie-ocr/508_tinh-huongdan-thidua-2007.txt'), { restore: true, readBy: 'vie-ocr' });
    expect(record.issuer.locality).toBe('Yên Bái');
    expect(record.issuer.name).toBe('Ủy ban nhân dân tỉnh Yên Bái');
  });
});
