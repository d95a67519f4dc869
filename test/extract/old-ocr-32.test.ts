// Fields old OCR (tesseract `eng`, no Vietnamese model) loses again and again across sets, read back by the
// genre's own rules (NĐ 30/2020 Phụ lục I–III; HD 36) on the real eng-OCR pages of the outside sets, through
// restoration and extraction as `vnplan extract` runs them.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline.js';
import type { PlanRecord } from '../../src/types.js';

const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const read = async (path: string): Promise<PlanRecord> => (await processFile(fixture(path), { restore: true })).record;

describe('no type line: the type part of a symbol whose Đ OCR read as two letters names the type (NĐ 30 Phụ lục I, III)', () => {
  it('`So: 1657/QDB-UBND |` and `S6: 44/2025/QDb-CTUBND |`, their QUYẾT ĐỊNH line lost: Quyết định', async () => {
    const langSon = await read('outside/state-2026f/eng-ocr/131_tinh-qd-dean-thidua-2021.txt');
    expect([langSon.documentType, langSon.documentNumber.text]).toEqual(['Quyết định', '1657/QĐ-UBND']);
    const giaLai = await read('outside/state-2026h/eng-ocr/157_tinh-qd-ctubnd-taisancong-2025.txt');
    expect(giaLai.documentType).toBe('Quyết định');
  });
});

describe('a number line whose `Số:` OCR lost and whose number was left blank (NĐ 30 Phụ lục I: `Số: …/KH-UBND`)', () => {
  it('`/BC-UBND` and `/KH-UBND` alone on a header line are the number line, the number empty', async () => {
    const report = await read('outside/state-2026b/eng-ocr/509_xa-baocao-giuanhiemky-2018.txt');
    expect(report.documentNumber).toEqual({ number: null, symbol: 'BC-UBND', text: '/BC-UBND' });
    const draft = await read('outside/fresh-2026b/eng-ocr/710_hatinh-kh-duthao-2019.txt');
    expect([draft.documentType, draft.documentNumber.text]).toEqual(['Kế hoạch', '/KH-UBND']);
  });
});

describe('a type line of a type without an operative word, a speck after it read as a colon (NĐ 30 Phụ lục III Mẫu 1.4)', () => {
  it('`KE HOACH :` is the type line; the trích yếu under it is the title', async () => {
    const record = await read('dev-plans/eng-ocr/106_d06.txt');
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title?.startsWith('TRIỂN KHAI THI HÀNH LUẬT')).toBe(true);
  });
});

describe("a date line's place misread, read as the issuer's own (NĐ 30 Phụ lục I ô 4: the địa danh is the issuing unit's)", () => {
  it('`Bén` / `Tre, ngay 23 …` under `TINH BEN TRE`: the place wrapped, its first word given a wrong mark', async () => {
    const record = await read('outside/state-2026g/eng-ocr/136_tinh-kh-kinhtetuanhoan-2022.txt');
    expect(record.place).toBe('Bến Tre');
    expect(record.warnings.some((w) => w.startsWith('place:'))).toBe(true);
  });

  it('`Thira Thién Hug, ngay 11 …` under `TINH THUA THIEN HUE`: one letter off the issuer’s place', async () => {
    const record = await read('outside/state-2026g/eng-ocr/141_tinh-qd-quyche-thidua-2013.txt');
    expect(record.place).toBe('Thừa Thiên Huế');
  });
});

describe('a scrap OCR read off a seal under the date line is no title (NĐ 30 Phụ lục I: nothing between the date and the type line)', () => {
  it('`Ed 5` above `KE HOACH THAM GIA “HOI TRAI TONG QUAN”`: the type line with its trích yếu is read', async () => {
    const record = await read('outside/party-2026g/eng-ocr/261_doantruong-phuoclong-hoitrai-2018.txt');
    expect(record.title?.startsWith('THAM GIA')).toBe(true);
  });
});
