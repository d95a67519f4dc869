// What the outside set state-2026l taught, on the real lines of its documents (fixtures/outside/state-2026l), each
// with a case where the rule must not fire: NĐ 30's grouped citation (`Căn cứ các nghị định của Chính phủ: Số …;
// số …`); a law's number only within its own clause; a document numbered by its serial alone before the symbols
// (`Thông tư số 06 ngày …`); NĐ 30's generic `văn bản` with what the document does (`văn bản chỉ đạo số …`); the words
// that say who passed a law or approved a document, which are neither its name
// nor its issuer; a date-line place the register knows whole though its first word heads organs elsewhere (`Hội An`);
// a flattened trích yếu in sentence case that runs into the body's `I.`; old OCR's row of scraps for a rule of stars.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readPlaceAndDate } from '../../src/extract/header.js';

const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'state-2026l', 'texts');
const page = (name: string): string => readFileSync(join(SET, name), 'utf8');
const ocrPage = (name: string): string => readFileSync(join(SET, '..', 'eng-ocr', name), 'utf8');
const bases = (text: string) => extractPlan(text, { sample: 'x.txt' }).legalBases;

describe('a grouped citation: the type once in the plural, in small letters, the items after a colon (027)', () => {
  const text = page('027_tinh-qd-quyhoach-nghidinhlist-2011.txt');

  it('cites each item with the type and the issuer the head names', () => {
    const read = bases(text).map((b) => [b.documentType, b.number, b.date, b.issuer]);
    expect(read).toEqual([
      ['Luật', null, '2003-11-26', null],
      ['Nghị định', '92/2006/NĐ-CP', '2006-09-07', 'Chính phủ'],
      ['Nghị định', '04/2008/NĐ-CP', '2008-01-11', 'Chính phủ'],
      ['Thông tư', '01/2007/TT-BKH', '2007-02-07', 'Bộ Kế hoạch và Đầu tư'],
      ['Thông tư', '03/2008/TT-BKH', '2008-07-01', 'Bộ Kế hoạch và Đầu tư'],
      ['Quyết định', '1564/QĐ-BNN-KH', '2006-05-31', 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn'],
    ]);
  });

  it('needs the opener before `các` and the colon before the first `số`: the proposal’s `các công văn: Số …` cites none', () => {
    const numbers = bases(text).map((b) => b.number);
    expect(numbers).not.toContain('1577/SNN-KHTC');
    const noColon = text.replace('Căn cứ các nghị định của Chính phủ: Số 92/2006/NĐ-CP', 'Căn cứ các nghị định của Chính phủ về quy hoạch, trong đó Nghị định 92/2006/NĐ-CP');
    expect(bases(noColon).map((b) => b.number)).not.toContain('04/2008/NĐ-CP');
  });
});

describe('a law’s number stands in its own clause (023, a flattened line)', () => {
  const text = page('023_xa-kh-thientai-flat-2014.txt');

  it('takes no number from the clause after its `;`, and its name ends before who passed it', () => {
    const law = bases(text).find((b) => b.documentType === 'Luật');
    expect(law).toMatchObject({ number: null, date: '2013-06-19', subject: 'Phòng, chống thiên tai' });
  });

  it('cites the directive `Theo văn bản chỉ đạo số 2731/UBND-NN …`: NĐ 30’s generic word with what the document does', () => {
    expect(bases(text)[1]).toEqual({
      documentType: 'Công văn',
      number: '2731/UBND-NN',
      date: '2014-05-20',
      issuer: 'Ủy ban nhân dân Tỉnh',
      subject: 'về việc triển khai đào tạo tập huấn về quản lý rủi ro thiên tai dựa vào cộng đồng',
    });
    // More than two words between them are running text, no citation (`văn bản quy phạm pháp luật số …` is a law's name).
    const far = text.replace('văn bản chỉ đạo số 2731', 'văn bản chỉ đạo điều hành chung số 2731');
    expect(bases(far).map((b) => b.number)).not.toContain('2731/UBND-NN');
  });

  it('keeps a number written within its clause', () => {
    const numbered = text.replace('Luật Phòng, chống thiên tai được Quốc hội', 'Luật Phòng, chống thiên tai số 33/2013/QH13 được Quốc hội');
    expect(bases(numbered).find((b) => b.documentType === 'Luật')?.number).toBe('33/2013/QH13');
  });
});

describe('documents of 1986 (030): a serial alone, a law `đã được Quốc hội thông qua`, an approved scheme', () => {
  const read = bases(page('030_tp-qd-noheader-1986.txt'));

  it('cites `Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương` as its own basis after the decision', () => {
    expect(read.map((b) => [b.documentType, b.number, b.date, b.issuer])).toEqual([
      ['Luật', null, '1983-06-30', null],
      ['Quyết định', '76/HĐBT', '1986-06-26', 'Hội đồng Bộ trưởng'],
      ['Thông tư', '06', '1986-07-16', 'Bộ Nội thương'],
      ['Đề án', null, null, 'Ủy ban nhân dân thành phố'],
    ]);
    expect(read[0]!.subject).toBe('tổ chức Hội đồng nhân dân và Ủy ban nhân dân');
    expect(read[3]!.subject).toMatch(/^về việc lập lại trật tự xã hội chủ nghĩa/u);
  });

  it('reads no serial without the citation’s date after it', () => {
    const undated = page('030_tp-qd-noheader-1986.txt').replace('Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương', 'Thông tư số 06 của Bộ Nội thương');
    expect(bases(undated).map((b) => b.number)).not.toContain('06');
  });
});

describe('the date line of a flattened plan (024): `Hội An` and a trích yếu in sentence case before `I.`', () => {
  it('reads the place the register knows whole, though `Hội` heads organs (`Hội Nông dân`)', () => {
    expect(readPlaceAndDate('Hội An, ngày 28 tháng 7 năm 2015')?.place).toBe('Hội An');
    expect(readPlaceAndDate('Hội Nông dân, ngày 28 tháng 7 năm 2015')?.place).toBeNull();
  });

  it('ends the trích yếu where the body’s first part opens', () => {
    const record = extractPlan(page('024_tp-kh-thientai-bcsymbol-2015.txt'), { sample: '024.txt' });
    expect([record.documentType, record.place, record.title]).toEqual(['Kế hoạch', 'Hội An', 'Phòng, chống thiên tai va tim kiêm cưu nan năm 2015']);
  });
});

describe('old OCR of a 1994 decree (031): the rule of stars read as a row of scraps', () => {
  // The tiêu ngữ as restoration gives it back (`boc lap - Ty do - Hanh phic` → `độc lập - Tự do - Hạnh phúc`).
  const page031 = ocrPage('031_cp-nd-tinhly-1994.txt').replace('boc lap - Ty do - Hanh phic', 'độc lập - Tự do - Hạnh phúc');

  it('is no line of the letterhead (`ok 3k ok ok sk sk sk ok`)', () => {
    expect(extractPlan(page031, { sample: '031.txt', rawOcr: true }).issuer.name).toBe('Chính phủ');
  });

  it('while scraps that do not repeat stay words of the name, which is then left empty', () => {
    const text = page031.replace('ok 3k ok ok sk sk sk ok', 'ok 3k sk of');
    expect(extractPlan(text, { sample: '031.txt', rawOcr: true }).issuer.name).toBeNull();
  });
});
