// An OCR without a Vietnamese model (tesseract `eng`) never prints Đ: in a symbol it reads it as D,
// B, P or H, or as a D with its bar read as a letter of its own (`QDB`, `HDPND`). On the outside sets'
// and the dev set's eng-OCR pages (scripts/make-eng-ocr.ts), through restoration and extraction as
// `vnplan extract` runs them: a part that reads so as exactly one code of the tables or of the
// issuer's initials is that code; a part no code or several codes fit is kept, with a warning and a
// review item; a part the tables know, and any symbol of a text that is not raw OCR, stays as written.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readBarredD } from '../../src/extract/symbols.js';
import { readsBarredD } from '../../src/misreadings.js';
import { processFile } from '../../src/pipeline.js';
import { restoreText } from '../../src/restore/index.js';
import type { PlanRecord } from '../../src/types.js';

const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const read = async (path: string): Promise<PlanRecord> => (await processFile(fixture(path), { restore: true })).record;
const doubts = (record: PlanRecord, path: string): string[] => record.warnings.filter((w) => w.startsWith(`${path}:`) && w.includes('never prints Đ'));

describe('restoration says whether it took the text for raw OCR', () => {
  it('an eng-OCR page is raw OCR; the same document as written, or without its marks, is not', () => {
    expect(restoreText(readFileSync(fixture('outside/state-2026/eng-ocr/001_quan8-qd-2006.txt'), 'utf8')).rawOcr).toBe(true);
    const clean = readFileSync(fixture('outside/state-2026/texts/001_quan8-qd-2006.txt'), 'utf8');
    expect(restoreText(clean).rawOcr).toBe(false);
    expect(restoreText(clean.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')).rawOcr).toBe(false);
  });
});

describe('a Đ of a symbol read by eng OCR', () => {
  it('`QDB`, `HDPND`, `DBU`: the bar read as a letter after the D', async () => {
    expect((await read('outside/state-2026/eng-ocr/001_quan8-qd-2006.txt')).documentNumber).toEqual({ number: '27', symbol: 'QĐ-UBND', text: '27/2006/QĐ-UBND' });
    expect((await read('outside/state-2026/eng-ocr/018_tinh-kh-chuyendoiso-2022.txt')).legalBases.map((b) => b.number)).toContain('25/NQ-HĐND');
    expect((await read('outside/party-2026b/eng-ocr/601_chibo-mamnon-myhung-2022.txt')).legalBases.map((b) => b.number)).toContain('40-KH/ĐU');
    expect((await read('dev-plans/eng-ocr/114_d14.txt')).legalBases.map((b) => b.number)).toContain('360-QĐ/TW');
  });

  it('`CH-TTg`: Đ read as H where the type part can only be Công điện', async () => {
    expect((await read('dev-plans/eng-ocr/121_d21.txt')).documentNumber).toEqual({ number: '229', symbol: 'CĐ-TTg', text: '229/CĐ-TTg' });
  });

  it("`GDPT` of a Sở Giáo dục và Đào tạo: the issuer's initials, `và` left out as codes leave it, give the one GDĐT", async () => {
    const record = await read('outside/state-2026/eng-ocr/004_so-gddt-congvan-2018.txt');
    expect(record.documentNumber.symbol).toBe('GDĐT-VP');
    expect(doubts(record, 'documentNumber')).toEqual([]);
  });

  it('`UBND-BT` (ĐT, the Đô thị office): no code fits BT, so it is kept, with a warning and a review item', async () => {
    const record = await read('dev-plans/eng-ocr/118_d18.txt');
    expect(record.documentNumber.symbol).toBe('UBND-BT');
    expect(doubts(record, 'documentNumber')).toHaveLength(1);
    expect(record.review?.some((r) => r.field === 'documentNumber' && r.detail?.includes('"BT"'))).toBe(true);
  });
});

describe('what the rule leaves alone', () => {
  it('parts the tables or the issuer know, with a real B, P or H (`KH-BCH`, `CV-HĐND`, `KH/HNDT`, `QH15`), and an H no code fits', () => {
    expect(readBarredD('15/KH-BCH', 'Ban Chấp hành Đoàn xã An Phú')).toEqual({ symbol: '15/KH-BCH', doubted: [] });
    // A code the tables know that reads as another of theirs (BCĐ) keeps its letters, doubted, where no issuer names either.
    expect(readBarredD('15/KH-BCH', null)).toEqual({ symbol: '15/KH-BCH', doubted: ['BCH'] });
    expect(readBarredD('15/KH-BCĐ', null)).toEqual({ symbol: '15/KH-BCĐ', doubted: [] });
    expect(readBarredD('12/CV-HĐND', null)).toEqual({ symbol: '12/CV-HĐND', doubted: [] });
    expect(readBarredD('KH/HNDT', 'Hội Nông dân tỉnh Bắc Giang')).toEqual({ symbol: 'KH/HNDT', doubted: [] });
    expect(readBarredD('72/2025/QH15', null)).toEqual({ symbol: '72/2025/QH15', doubted: [] });
    expect(readBarredD('PGD&ĐT-THCS', null).doubted).toEqual([]);
    expect(readsBarredD('HD', 'HĐ')).toBe(true);
    expect(readsBarredD('DD', 'Đ')).toBe(false);
  });

  it('a symbol of a text that is not raw OCR stays as written, Ban Tôn giáo or not', () => {
    const lines = ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'Số: 4085/UBND-BT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
    const clean = extractPlan([...lines, 'Thành phố Hồ Chí Minh, ngày 5 tháng 3 năm 2024', 'KẾ HOẠCH', 'Công tác tôn giáo năm 2024'].join('\n'), { sample: 'clean.txt' });
    expect(clean.documentNumber.symbol).toBe('UBND-BT');
    expect(clean.warnings.some((w) => w.includes('never prints Đ'))).toBe(false);
  });

  it('the clean text of a page the rule repairs in eng OCR reads as written', async () => {
    expect((await read('outside/state-2026/texts/001_quan8-qd-2006.txt')).documentNumber.symbol).toBe('QĐ-UBND');
    expect((await read('dev-plans/texts/118_d18.txt')).warnings.some((w) => w.includes('never prints Đ'))).toBe(false);
  });
});

describe('a Đ read as one letter twice, once small and once capital', () => {
  it('`QBb` and `QbB` are QĐ, in the header and in a cited number', async () => {
    expect((await read('outside/state-2026h/eng-ocr/156_tinh-qd-attgt-2014.txt')).documentNumber.text).toBe('15/2014/QĐ-UBND');
    const letter = await read('outside/state-2026d/eng-ocr/055_so-congvan-thidua-2018.txt');
    expect(letter.legalBases.map((b) => b.number)).toContain('36/2017/QĐ-UBND');
  });

  it('the same letter twice in one case, or two different letters, is no Đ', () => {
    expect(readsBarredD('QbB', 'QĐ')).toBe(true);
    expect(readsBarredD('QBB', 'QĐ')).toBe(false);
    expect(readsBarredD('QbP', 'QĐ')).toBe(false);
    expect(readBarredD('12/KH-BBT', 'Ban Bí thư', 'Kế hoạch').symbol).toBe('12/KH-BBT');
  });
});

