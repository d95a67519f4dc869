// Wrong values left unflagged at stop 34's end, each on the real line of its document: a basis issuer ending in an
// abbreviation of its own title (NĐ 30 Phụ lục III: an organ abbreviated by its words' first letters, `và` left out;
// FORMAT.md: a record writes organs out), an old-OCR issuer running into its subject (NĐ 30 Phụ lục I: tên cơ quan is
// the tables' fixed words and places), and a type read short of the longer type of Phụ lục III its next words spell.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { organWrittenOut, smallWordsRunningIn } from '../../src/extract/organs.js';
import { processFile } from '../../src/pipeline.js';
import type { PlanRecord } from '../../src/types.js';

const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const read = async (path: string): Promise<PlanRecord> => (await processFile(fixture(path), { restore: true })).record;

// state-2026m 036 (UBND tỉnh Lào Cai, 2021), its preamble's line.
const laoCai =
  'Thực hiện Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Trồng một tỷ cây xanh giai đoạn 2021-2025”; Kế hoạch số 2616/KH-BNN-TCLN ngày 07/5/2021 của Bộ Nông nghiệp và PTNT, triển khai Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng. UBND tỉnh Lào Cai ban hành Kế hoạch triển khai thực hiện Đề án “Trồng một tỷ cây xanh giai đoạn 2021-2025” trên địa bàn tỉnh, cụ thể như sau:';

describe('a basis issuer ending in an abbreviation of its own title', () => {
  it('is written out where its initials and the abbreviation make a code of the tables (BNNPTNT)', () => {
    const record = extractPlan(laoCai, { sample: 'pattern.txt' });
    expect(record.legalBases.map((b) => b.issuer)).toEqual(['Thủ tướng Chính phủ', 'Bộ Nông nghiệp và Phát triển nông thôn']);
    expect(organWrittenOut('Bộ Nông nghiệp và PTNT')).toEqual({ written: 'Bộ Nông nghiệp và Phát triển nông thôn' });
  });

  it('is kept and flagged where no table writes the abbreviation out (no code TCLNPTNT)', () => {
    const record = extractPlan(laoCai.replace('của Bộ Nông nghiệp và PTNT', 'của Tổng cục Lâm nghiệp và PTNT'), { sample: 'pattern.txt' });
    expect(record.legalBases[1]!.issuer).toBe('Tổng cục Lâm nghiệp và PTNT');
    expect(record.warnings.some((w) => w.startsWith('legalBases.1.issuer:') && w.includes('"PTNT"'))).toBe(true);
  });

  it('leaves a name ending in words or a numeral alone', () => {
    expect(organWrittenOut('Ủy ban nhân dân tỉnh Lào Cai')).toBeNull();
    expect(organWrittenOut('Ban Chấp hành Đảng bộ tỉnh khóa XII')).toBeNull();
  });
});

describe('old OCR', () => {
  it('flags an issuer running into small words of no organ (state-2026m 032: ủy nhiệm read `lý nhiễm`)', async () => {
    const record = await read('outside/state-2026m/eng-ocr/032_ptt-qd-thitran-1977.txt');
    expect(record.warnings.some((w) => w.startsWith('legalBases.0.issuer:') && w.includes('runs into'))).toBe(true);
    expect(smallWordsRunningIn('Ban Chấp hành Đảng bộ tỉnh Lào Cai')).toBeNull();
  });

  it('reads a type cut short by its next words a letter off (party-2026l 314: `Chuong trinh hanh dng`)', async () => {
    const record = await read('outside/party-2026l/eng-ocr/314_doantruong-thpt-vonguyengiap-thidua-2021.txt');
    expect(record.legalBases[0]!.documentType).toBe('Chương trình hành động');
    expect(record.warnings.some((w) => w.startsWith('legalBases.0.issuer:') && w.includes('read short'))).toBe(true);
  });
});

describe('the tables’ organ after a position, and small words after no closed name', () => {
  it('writes out an organ after its minister (state-2026l 027: `Bộ trưởng Bộ Nông nghiệp và PTNT`)', () => {
    expect(organWrittenOut('Bộ trưởng Bộ Nông nghiệp và PTNT')).toEqual({ written: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn' });
  });

  it('flags small words after an organ’s level, not in a name the tables lack (fresh-2026 402: a Tổ công tác)', () => {
    expect(smallWordsRunningIn('Ủy ban nhân dân tỉnh tại buổi họp')).toBe('tại buổi');
    expect(smallWordsRunningIn('Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ')).toBeNull();
  });
});
