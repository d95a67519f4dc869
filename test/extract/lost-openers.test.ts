// Căn cứ clauses a crawl damaged, and the documents a cited decision issued:
// short texts written in the shapes of NĐ 30/2020 Phụ lục I, each rule with
// a text it must read and one it must leave alone.
import { describe, expect, it } from 'vitest';
import { opensPreamble, readLegalBases } from '../../src/extract/legal-bases.js';
import { extractPlan } from '../../src/extract/index.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';

const bases = (...lines: string[]) => readLegalBases(paragraphs(toLines(lines.join('\n')), opensPreamble)).map((b) => b.basis);
const keys = (...lines: string[]) => bases(...lines).map((b) => [b.documentType, b.number, b.date]);

describe('the documents a cited decision issued (`ban hành kèm theo A; B`)', () => {
  it('are no bases of their own when listed on after `;` by name alone', () => {
    expect(
      keys(
        'Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành kèm theo Quy chế giám sát và phản biện xã hội; Quy định về việc góp ý xây dựng Đảng, xây dựng chính quyền;',
        'Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ;',
      ),
    ).toEqual([
      ['Quyết định', '217-QĐ/TW', '2013-12-12'],
      ['Quyết định', '218-QĐ/TW', '2013-12-12'],
      ['Nghị định', '09/2019/NĐ-CP', '2019-01-24'],
    ]);
  });

  it('leave a dated law after `;` and a regulation listed after no `kèm theo` as bases', () => {
    expect(
      keys('Căn cứ Quyết định số 12/QĐ-UBND ngày 5/6/2016 của UBND tỉnh ban hành kèm theo Quy chế làm việc; Luật Thi đua, khen thưởng ngày 15/6/2022;'),
    ).toEqual([
      ['Quyết định', '12/QĐ-UBND', '2016-06-05'],
      ['Luật', null, '2022-06-15'],
    ]);
    expect(keys('Căn cứ Quyết định số 12/QĐ-UBND ngày 5/6/2016 của UBND tỉnh; Quy chế làm việc của Ủy ban nhân dân tỉnh;').map((k) => k[0])).toEqual([
      'Quyết định',
      'Quy chế',
    ]);
  });
});

describe('a decision’s preamble whose openers a crawl lost', () => {
  const run = [
    'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo;',
  ];

  it('reads the clauses between the trích yếu and `QUYẾT ĐỊNH:`, a cut head by its number’s symbol', () => {
    expect(bases('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', ...run, 'QUYẾT ĐỊNH:')).toEqual([
      { documentType: 'Luật', number: null, date: '2015-06-19', issuer: null, subject: 'Tổ chức chính quyền địa phương' },
      { documentType: 'Nghị định', number: '09/2019/NĐ-CP', date: '2019-01-24', issuer: 'Chính phủ', subject: 'quy định về chế độ báo cáo' },
    ]);
  });

  it('reads nothing without the frame (no `QUYẾT ĐỊNH:`, a sentence before the clause), without a date, or in small letters', () => {
    expect(bases(...run, 'Ủy ban nhân dân huyện xây dựng kế hoạch như sau:')).toEqual([]);
    expect(bases('Ngày 10/3/2021, Tỉnh ủy họp bàn các nhiệm vụ.', 'Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ;', 'QUYẾT ĐỊNH:')).toEqual([]);
    expect(bases('ố 09/2019/NĐ-CP của Chính phủ quy định về chế độ báo cáo;', 'QUYẾT ĐỊNH:')).toEqual([]);
    // A run that kept an opener lost none: the proposal's Tờ trình after `Theo đề nghị …` is no basis.
    expect(
      bases('Theo đề nghị của Giám đốc Sở Nội vụ;', 'Tờ trình số 45/TTr-SNV ngày 12/3/2020 của Sở Nội vụ về việc ban hành Quy chế;', 'QUYẾT ĐỊNH:'),
    ).toEqual([]);
    expect(bases('luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'QUYẾT ĐỊNH:')).toEqual([]);
  });
});

describe('a closing table that lost its `Nơi nhận` heading and the signer’s name', () => {
  const decision = (row: string) =>
    extractPlan(
      [
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        'Số: 12/2020/QĐ-UBND | Quảng Bình, ngày 5 tháng 3 năm 2020 |',
        'QUYẾT ĐỊNH',
        'Ban hành Quy chế làm việc',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.',
        'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
        row,
        'QUY CHẾ LÀM VIỆC',
        '1. Quy chế này quy định việc phân công nhiệm vụ.',
      ].join('\n'),
      { sample: 'closing-row.txt' },
    );

  it('reads the authority from the row’s right cell, and no recipient from its left', () => {
    const record = decision('- Như Điều 2; | TM. ỦY BAN NHÂN DÂN |');
    expect(record.signer.authority).toBe('TM. Ủy ban nhân dân');
    expect(record.recipients).toEqual([]);
  });

  it('reads no authority from a row whose right cell is no signature line', () => {
    expect(decision('- Như Điều 2; | Tm. Ủy ban nhân dân xã |').signer.authority).toBeNull();
    expect(decision('| TM. ỦY BAN NHÂN DÂN | 5 người |').signer.authority).toBeNull();
  });
});
