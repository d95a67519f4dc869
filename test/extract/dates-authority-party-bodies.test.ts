// Rules of the genre found wanting on the outside sets' clean text (fixtures/outside/state-2026j 170 and 178,
// party-2026h 268): a date of figures with a 1 read as `l`, an authority line a page kept alone, and the Party's
// central Bộ Chính trị (HD 36-HD/VPTW) cited with its term.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { extractPlan } from '../../src/extract/index.js';
import { opensPreamble, readLegalBases } from '../../src/extract/legal-bases.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';

const outside = (path: string): string => readFileSync(new URL(`../../fixtures/outside/${path}`, import.meta.url), 'utf8');
const bases = (...lines: string[]) => readLegalBases(paragraphs(toLines(lines.join('\n')), opensPreamble)).map((b) => b.basis);
const isoDates = (text: string): string[] => findDates(text).map((d) => d.iso);

describe('a date of figures with a 1 read as the letter l or I', () => {
  it('reads the law of state-2026j 170 (`26/1 l/2003`) as dated 26 November 2003', () => {
    const record = extractPlan(outside('state-2026j/texts/170_tinh-qd-dulich-onerow-2006.txt'), { sample: '170.txt' });
    expect(record.legalBases[0]).toMatchObject({ documentType: 'Luật', date: '2003-11-26', subject: 'Tổ chức HĐND và UBND' });
    expect(isoDates('ngày 05/l2/2020 và 2I/3/2019')).toEqual(['2020-12-05', '2019-03-21']);
  });

  it('reads no date where the letters make no day or month, or stand apart from the figures', () => {
    expect(isoDates('ngày 26/1 l3/2003')).toEqual([]);
    expect(isoDates('ngày 26/ll/2003')).toEqual([]);
    expect(isoDates('Điều 1 l/2003')).toEqual([]);
  });
});

describe('an authority line a page kept alone at its end', () => {
  it('is the signature block of state-2026j 178 (`| KT. BỘ TRƯỞNG BỘ NỘI VỤ |`)', () => {
    const record = extractPlan(outside('state-2026j/texts/178_bo-qd-thitran-1967.txt'), { sample: '178.txt' });
    expect(record.signer).toEqual({ name: null, position: null, authority: 'KT. Bộ trưởng Bộ Nội vụ' });
  });

  it('gives no authority when the body goes on under it, or the line is no authority in capitals', () => {
    const text = outside('state-2026j/texts/178_bo-qd-thitran-1967.txt').trimEnd().split('\n');
    const last = text.pop()!;
    const bodyAfter = [...text, last, 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.'].join('\n');
    expect(extractPlan(bodyAfter, { sample: '178.txt' }).signer.authority).toBeNull();
    const inSmallLetters = [...text, 'KT. Bộ trưởng Bộ Nội vụ'].join('\n');
    expect(extractPlan(inSmallLetters, { sample: '178.txt' }).signer.authority).toBeNull();
  });
});

describe("the Party's central bodies cited as issuers", () => {
  it('ends the issuer of party-2026h 268 at Bộ Chính trị', () => {
    const record = extractPlan(outside('party-2026h/texts/268_twdoan-huongdan-kientoan-2023.txt'), { sample: '268.txt' });
    expect(record.legalBases.find((b) => b.number === '80-QĐ/TW')).toMatchObject({
      issuer: 'Bộ Chính trị',
      subject: 'phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử',
    });
  });

  it('ends the issuer after a central body and its term when the trích yếu follows with no `về`', () => {
    expect(bases('Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;')[0]).toMatchObject({
      issuer: 'Bộ Chính trị',
      subject: 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    });
    expect(bases('Căn cứ Chỉ thị số 15-CT/TW ngày 15/5/2012 của Bộ Chính trị khóa XI lãnh đạo học tập Nghị quyết;')[0]).toMatchObject({
      issuer: 'Bộ Chính trị khóa XI',
      subject: 'lãnh đạo học tập Nghị quyết',
    });
  });

  it('keeps a ministry of the same initials and a term that is no Roman numeral as they were', () => {
    expect(bases('Căn cứ Thông tư số 46/2012/TT-BCT ngày 28/12/2012 của Bộ Công Thương quy định chi tiết;')[0]).toMatchObject({
      issuer: 'Bộ Công Thương',
    });
    expect(bases('Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập;')[0]).toMatchObject({
      issuer: 'Bộ Chính trị',
      subject: 'về đẩy mạnh học tập',
    });
  });
});
