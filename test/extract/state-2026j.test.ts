// What the outside set state-2026j taught, on the real lines of its documents (fixtures/outside/state-2026j),
// each with a case where the rule must not fire: the Democratic Republic's quốc hiệu heading a document of 1967 or
// 1976; a portal's own line about the notice it posts (`Thông báo số … ngày … của … V/v …`); a cited decision whose
// trích yếu opens with what it does (`ủy nhiệm cho …`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const SET = join(import.meta.dirname, '..', '..', 'fixtures', 'outside', 'state-2026j', 'texts');
const page = (name: string): string => readFileSync(join(SET, name), 'utf8');

describe('the quốc hiệu of the Democratic Republic (`VIỆT NAM DÂN CHỦ CỘNG HOÀ`, until 1976)', () => {
  it('closes the issuer’s column as today’s quốc hiệu does, on its own line or in the same row', () => {
    expect(extractPlan(page('174_hdcp-qd-thixa-1976.txt'), { sample: '174.txt' }).issuer.name).toBe('Hội đồng Chính phủ');
    expect(extractPlan(page('178_bo-qd-thitran-1967.txt'), { sample: '178.txt' }).issuer).toEqual({ name: 'Bộ Nội vụ', level: 'trung ương', locality: null });
  });

  it('is still a basis where the preamble names the Constitution of that state', () => {
    const record = extractPlan(page('174_hdcp-qd-thixa-1976.txt'), { sample: '174.txt' });
    expect(record.legalBases.map((b) => [b.documentType, b.subject])).toEqual([['Hiến pháp', 'nước Việt Nam dân chủ cộng hòa']]);
  });

  it('leaves a letterhead under today’s quốc hiệu as it was', () => {
    const record = extractPlan(page('172_tinh-qd-khuyencong-vv-2015.txt'), { sample: '172.txt' });
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Phú Thọ', level: 'tỉnh', locality: 'Phú Thọ' });
  });
});

describe('a portal’s line naming the document it posts (`Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v …`)', () => {
  const text = page('169_txa-thongbao-treoco-2019.txt');
  const descriptor = text.split('\n')[1]!;

  it('gives the number, the date and the issuer a page without its header lost', () => {
    const record = extractPlan(text, { sample: '169.txt' });
    expect(record.documentNumber).toEqual({ number: '217', symbol: 'TB-UBND', text: '217/TB-UBND' });
    expect(record.issuedDate).toBe('2019-05-08');
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân thị xã Điện Bàn', level: 'thị xã', locality: 'Điện Bàn' });
  });

  it('is no such line without the trích yếu’s label: a sentence citing a notice', () => {
    const record = extractPlan(text.replace(descriptor, descriptor.replace(' V/v ', ' để ')), { sample: '169.txt' });
    expect(record.documentNumber.text).toBeNull();
    expect(record.issuedDate).toBeNull();
  });

  it('is no such line for a document of another type than the page’s own', () => {
    const record = extractPlan(text.replace(descriptor, descriptor.replace('Thông báo số 217/TB-UBND', 'Kế hoạch số 217/KH-UBND')), { sample: '169.txt' });
    expect(record.documentNumber.text).toBeNull();
  });

  it('is no such line down in the body', () => {
    const lines = text.split('\n');
    const moved = [lines[0], lines[2], lines[3], lines[4], descriptor, ...lines.slice(5)].join('\n');
    expect(extractPlan(moved, { sample: '169.txt' }).documentNumber.text).toBeNull();
  });
});

describe('a cited decision whose trích yếu opens with what it does (`của Hội đồng Chính phủ ủy nhiệm cho Bộ Nội vụ …`)', () => {
  it('ends the issuer before the verb', () => {
    const [decree, decision] = extractPlan(page('178_bo-qd-thitran-1967.txt'), { sample: '178.txt' }).legalBases;
    expect(decree).toMatchObject({ number: '130-CP', issuer: 'Hội đồng Chính phủ' });
    expect(decision).toMatchObject({ number: '56-CP', issuer: 'Hội đồng Chính phủ', subject: expect.stringMatching(/^ủy nhiệm cho Bộ Nội vụ/u) });
  });

  it('keeps a body whose name opens with `Ủy ban` whole', () => {
    const bases = extractPlan(page('173_ubtvqh-nq-phechuan-1997.txt'), { sample: '173.txt' }).legalBases;
    expect(bases.find((b) => b.documentType === 'Nghị quyết')?.issuer).toBe('Ủy ban thường vụ Quốc hội');
  });
});

describe('the Công báo’s heading of an old document (`NGHỊ QUYẾT SỐ 412 NQ/UBTVQH9 NGÀY 12-6-1997` / `CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI` / `VỀ VIỆC …`)', () => {
  it('gives the number and date, and the trích yếu is what follows the issuer, up to the authority line and the state’s name under it', () => {
    const record = extractPlan(page('173_ubtvqh-nq-phechuan-1997.txt'), { sample: '173.txt' });
    expect(record.title).toBe('VỀ VIỆC PHÊ CHUẨN KẾT QUẢ BẦU CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG');
    expect(record.issuedDate).toBe('1997-06-12');
  });

  it('takes the issuer before the number too (`CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 101 - HĐBT NGÀY 1-10-1981 VỀ VIỆC …`)', () => {
    const old = readFileSync(join(SET, '..', '..', 'state-2026b', 'texts', '515_hdbt-qd-giaithexa-1981.txt'), 'utf8');
    expect(extractPlan(old, { sample: '515.txt' }).title).toBe('VỀ VIỆC GIẢI THỂ XÃ MINH TÂM THUỘC HUYỆN TRẤN YÊN, TỈNH HOÀNG LIÊN SƠN');
  });

  it('keeps a trích yếu that cites another document by number and date (`… THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN BÍ THƯ …`)', () => {
    const plan = readFileSync(join(SET, '..', '..', 'state-2026i', 'texts', '167_tinh-kh-quanhelaodong-2020.txt'), 'utf8');
    expect(extractPlan(plan, { sample: '167.txt' }).title).toBe(
      'VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN BÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HÒA, ỔN ĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI',
    );
  });
});
