// What the outside set state-2026i taught (a PDF text layer that lost every hyphen, so a province joined by one,
// `Bà Rịa - Vũng Tàu`, reaches the header as `BÀ RỊA VŨNG TÀU`), on the real lines of that document
// (fixtures/outside/state-2026i), with cases where the rule must not fire.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { registerSpelling } from '../../src/extract/gazetteer.js';

const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'state-2026i', 'texts');
const page = (name: string): string => readFileSync(join(SET, name), 'utf8');

describe('a province’s name whose hyphen the text layer lost (`TỈNH BÀ RỊA VŨNG TÀU`, `Bà Rịa Vũng Tàu, ngày …`)', () => {
  it('is the register’s name, hyphen and all, in the issuer and the place', () => {
    const record = extractPlan(page('166_tinh-hdnd-nq-nohyphen-2024.txt'), { sample: '166.txt' });
    expect(record.issuer).toEqual({ name: 'Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu', level: 'tỉnh', locality: 'Bà Rịa - Vũng Tàu' });
    expect(record.place).toBe('Bà Rịa - Vũng Tàu');
    // The lost hyphen stays lost (dev-plans gold NOTES: crawl damage kept); the type is still read from the symbol.
    expect(record.documentNumber.text).toBe('21/2024/NQHĐND');
    expect(record.documentType).toBe('Nghị quyết');
  });

  it('a header that keeps its hyphen is read as printed', () => {
    const lines = page('166_tinh-hdnd-nq-nohyphen-2024.txt').replaceAll('BÀ RỊA VŨNG TÀU', 'BÀ RỊA - VŨNG TÀU').replace('Bà Rịa Vũng Tàu, ngày', 'Bà Rịa - Vũng Tàu, ngày');
    const record = extractPlan(lines, { sample: '166.txt' });
    expect(record.issuer.locality).toBe('Bà Rịa - Vũng Tàu');
    expect(record.place).toBe('Bà Rịa - Vũng Tàu');
  });

  it('leaves a name the register knows as two words (`Bà Rịa`) and one no hyphenated name fits', () => {
    expect(registerSpelling('Bà Rịa')).toBe('Bà Rịa');
    expect(registerSpelling('Bà Rịa Vũng')).toBe('Bà Rịa Vũng');
    expect(registerSpelling('Vũng Tàu')).toBe('Vũng Tàu');
  });
});
