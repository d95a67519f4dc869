// Wrong values an archivist would trust (`npx tsx scripts/ocr-wrong-values.ts DIR --variant V`), each on the real
// lines of its document: a value the genre's rules prove is put right, one the document's own numbers contradict is
// kept and said, for review.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issuedDateDoubt, unreadDate } from '../../src/extract/date-doubts.js';
import { extractPlan } from '../../src/extract/index.js';
import { stripMarks } from '../../src/marks.js';
import { restoreText } from '../../src/restore/index.js';
import { spellByCitation, readSymbol } from '../../src/extract/symbols.js';
import { processFile } from '../../src/pipeline.js';
import type { PlanRecord } from '../../src/types.js';

const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const read = async (path: string, readBy?: 'vie-ocr'): Promise<PlanRecord> => (await processFile(fixture(path), { restore: true, readBy })).record;

describe('an issued date the document\'s own numbers contradict is said (NĐ 30 Phụ lục I: số/năm/ký hiệu; căn cứ issued before)', () => {
  // state-2026j 171 (UBND tỉnh Phú Thọ, 2010) as old OCR read it: `ngay 24 thang 2 ndm 2010`, printed tháng 12.
  it('a date line earlier than a basis it cites (`tháng 2` read for `tháng 12`, the basis of 14/12/2010)', async () => {
    const record = await read('outside/state-2026j/eng-ocr/171_tinh-qd-caosu-onerow-2010.txt');
    expect(record.issuedDate).toBe('2010-02-24');
    expect(record.warnings).toContain(
      'issuedDate: "2010-02-24" is earlier than its basis "229/2010/NQ-HĐND" of 2010-12-14, and a document is issued after what it rests on: to be checked',
    );
    expect(record.review?.some((r) => r.field === 'issuedDate')).toBe(true);
    const clean = await read('outside/state-2026j/texts/171_tinh-qd-caosu-onerow-2010.txt');
    expect(clean.warnings.filter((w) => w.startsWith('issuedDate:'))).toEqual([]);
  });

  // state-2026g 138 (UBND tỉnh Cao Bằng, Quyết định 3134/2008/QĐ-UBND of 31/12/2008), a page OCR read as one block:
  // the date line's year wrapped onto the next line, the Luật's date of its first basis taken instead.
  it('a date of another year than the number gives', () => {
    expect(issuedDateDoubt('2003-11-26', '3134/2008/QĐ-UBND', [{ number: '104/2008/TT-BTC', date: '2008-11-13' }])).toBe(
      'issuedDate: "2003-11-26" is of another year than its number "3134/2008/QĐ-UBND" gives (2008): to be checked',
    );
    expect(issuedDateDoubt('2008-12-31', '3134/2008/QĐ-UBND', [{ number: '104/2008/TT-BTC', date: '2008-11-13' }])).toBeNull();
    // A basis dated by its month only is no later than a day of that month.
    expect(issuedDateDoubt('2010-12-24', null, [{ number: null, date: '2010-12' }])).toBeNull();
  });
});

describe('a cited number whose `ngày` opens no date that reads is said (NĐ 30 Phụ lục I: `số …, ngày …`)', () => {
  it('reads the words that opened it', () => {
    // state-2026d 063 as the scan was read: the date's second slash read 7.
    expect(unreadDate('Căn cứ Thông tư số 05/2014/TT-BTP ngày 07/0272014 của Bộ Tư pháp về hướng dẫn công', '05/2014/TT-BTP')).toBe('ngày 07/0272014');
    // state-2026f 132 as printed: the year a typist's slip (the gold keeps it; no calendar has it).
    expect(unreadDate('Căn cứ Quyết định số 46/2014/QĐ-TTg ngày 15/8/5014 của Thủ tướng Chính phủ quy định về dự báo;', '46/2014/QĐ-TTg')).toBe('ngày 15/8/5014');
    // state-2026c 914 as the scan was read: the date set on the next line behind a dash, a paragraph of its own.
    expect(unreadDate('về tổ chức và hoạt động của thôn, tổ dân phố; Thông tư số 14/2018/TT-BNV ngày', '14/2018/TT-BNV')).toBe('ngày');
    expect(unreadDate('Căn cứ Thông tư số 05/2014/TT-BTP ngày 07/02/2014 của Bộ Tư pháp', '05/2014/TT-BTP')).toBeNull();
    expect(unreadDate('Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;', '77/2015/QH13')).toBeNull();
  });

  it('flags the basis for review', async () => {
    const record = await read('outside/state-2026d/vie-ocr/063_tinh-qd-tthc-2014.txt', 'vie-ocr');
    const basis = record.legalBases.findIndex((b) => b.number === '05/2014/TT-BTP');
    expect(record.legalBases[basis]?.date).toBeNull();
    expect(record.review?.some((r) => r.field === `legalBases.${basis}.date`)).toBe(true);
  });
});

describe('a code a scan split with a space (NĐ 30 Phụ lục I: a symbol holds no space)', () => {
  it('joins a capital alone after a code ending on a small letter (`GDTr H`, `THCSTr A`)', () => {
    // state-2026 020 and party-2026k 285 as the scan was read.
    expect(readSymbol('1635/SGDĐT- GDTr H ngày 27/8/2014', 0, true)?.text).toBe('1635/SGDĐT-GDTrH');
    expect(readSymbol(' 01 NQ/THCSTr A', 0)?.symbol).toBe('NQ/THCSTrA');
    // A code ending on a capital, or a small letter before a word, is left as read.
    expect(readSymbol('46/2014/QĐ-TTg ngày 15/8/2014', 0)?.text).toBe('46/2014/QĐ-TTg');
    expect(readSymbol('15/KH UBND-VP ngày 27', 0)?.text).toBe('15/KH');
  });

  it('joins it in a letter cited without type in its symbol (state-2026 020 as the scan read it)', async () => {
    const record = await read('outside/state-2026/vie-ocr/020_pgd-huyen-congvan-2014.txt', 'vie-ocr');
    expect(record.legalBases.map((b) => b.number)).toContain('1635/SGDĐT-GDTrH');
  });

  it('doubts a type part a letter off the joint kind of the named type (`TT LI` of a Thông tư liên tịch cited as a Thông tư)', () => {
    // state-2026 007 as the scan was read: `Thông tư số 02/2007/TT LI-BCA-BLĐTBXH-BTC`.
    expect(spellByCitation('02/2007/TTLI-BCA-BLĐTBXH-BTC', 'Bộ Công an, Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính', 'Thông tư')).toEqual({
      number: '02/2007/TTLI-BCA-BLĐTBXH-BTC',
      doubted: [{ part: 'TTLI', code: 'TTLT' }],
    });
  });
});

describe('old OCR read by the tables (HD 36; Điều lệ Công đoàn Việt Nam: the sector union Công đoàn Giáo dục)', () => {
  it('`Tinh Gy Bic Kan` of a `…-KH/TU`: the word between Tỉnh and the place is the Tỉnh ủy\'s', async () => {
    const record = await read('outside/party-2026h/eng-ocr/270_btgtu-backan-dinhhuong-2020.txt');
    expect(record.legalBases.find((b) => b.number === '172-KH/TU')?.issuer).toBe('Ban Thường vụ Tỉnh ủy Bắc Kạn');
  });

  it('`03/KH-CDGD … cia Cong doan Giéo duc`: the code of the Công đoàn Giáo dục, not the initials restoration gave (`đức`)', async () => {
    const record = await read('outside/party-2026e/eng-ocr/208_congdoan-thcschuvanan-tamky-2011.txt');
    expect(record.legalBases.map((b) => b.number)).toContain('03/KH-CĐGD');
  });

  it('a place whose letters restoration made up, under a letterhead naming no place, is said (`Pong Hi` read `Đông Hà`)', async () => {
    const record = await read('outside/state-2026l/eng-ocr/028_tinh-qd-truongthon-onerow-2005.txt');
    expect(record.warnings.some((w) => w.startsWith('place: "Đông Hà" was restored from "Pong", "Hi"'))).toBe(true);
  });
});

describe('a body paragraph OCR wrapped at the page width is no trích yếu (NĐ 30 Phụ lục I mục 6)', () => {
  it('state-2026b 520 (Chỉ thị 43-TTg, 1996, its type line and trích yếu lost): no title', async () => {
    expect((await read('outside/state-2026b/eng-ocr/520_thutuong-chithi-1996.txt')).title).toBeNull();
    expect((await read('outside/state-2026b/vie-ocr/520_thutuong-chithi-1996.txt', 'vie-ocr')).title).toBeNull();
  });
});

describe('a cited Party body\'s term misprinted by old OCR (HD 36: `… khóa X` ends the name)', () => {
  it('`Bong Thép khoéa X`: the word before the roman numeral is khóa', async () => {
    const record = await read('outside/party-2026f/eng-ocr/247_thanhdoan-sadec-doimoi-2018.txt');
    expect(record.legalBases.find((b) => b.number === '16-KT/TU')?.issuer).toBe('Ban Chấp hành Đảng bộ tỉnh Đồng Tháp khóa X');
  });
});

describe('a symbol part written as a word, its marks lost with the text\'s (NĐ 30 Phụ lục I: the organ part)', () => {
  it('`1855/BTDKT-Vu II` of the Ban Thi đua - Khen thưởng\'s Vụ II, stripped: kept and said', () => {
    const clean = readFileSync(fixture('outside/kinds-2026/texts/065_tw-congvan-btdkt-2007.txt'), 'utf8');
    const restored = restoreText(stripMarks(clean));
    const record = extractPlan(restored.text, { sample: '065.txt', corrections: restored.corrections });
    expect(record.documentNumber.text).toBe('1855/BTĐKT-Vu II');
    expect(record.warnings).toContain('documentNumber: "Vu" of "BTĐKT-Vu II" came without marks and is a word, not a code: its marks are not known');
    // As printed, the word is the typist's.
    const typed = extractPlan(clean, { sample: '065.txt' });
    expect(typed.documentNumber.text).toBe('1855/BTĐKT-Vụ II');
    expect(typed.warnings.filter((w) => w.startsWith('documentNumber:'))).toEqual([]);
  });
});
