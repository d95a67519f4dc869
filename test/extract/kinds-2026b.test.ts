// What the outside sets kinds-2026 and kinds-2026b taught, on the real lines of their documents
// (fixtures/outside/kinds-2026, fixtures/outside/kinds-2026b), each with a case where the rule must not fire.
// NĐ 30 Phụ lục III: a decision's trích yếu says what it decides (issuing a Kế hoạch launches what it names; issuing a
// Quy chế or Quy định sets a standing rule) and its thẩm quyền line names the deciding body and its level; Phụ lục I:
// the issuer is named in full, and the signature opens with TM. before the collective body's name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const OUTSIDE = join(import.meta.dirname, '..', '..', 'fixtures', 'outside');
const page = (set: string, name: string): string => readFileSync(join(OUTSIDE, set, 'texts', name), 'utf8');
const REGULATION = page('kinds-2026b', '078_tinh-qd-quyche-thonvanhoa-2006.txt');
const COMMUNE = page('kinds-2026b', '073_xa-qd-giadinhvanhoa-portal-2020.txt');
const CENTRE = page('kinds-2026', '070_quan-congvan-ttvh-2014.txt');
const NOTICE = page('kinds-2026', '071_hoi-thongbao-moihop-2009.txt');

describe('a decision issuing a Quy chế whose trích yếu quotes a movement (`BAN HÀNH QUY CHẾ … CỦA PHONG TRÀO “…”`)', () => {
  it('organises no movement: no theme', () => {
    expect(extractPlan(REGULATION, { sample: '078.txt' }).emulation.theme).toBeNull();
  });

  it('a decision issuing a Kế hoạch for the movement still launches it', () => {
    const plan = REGULATION.replace('VỀ VIỆC BAN HÀNH QUY CHẾ CÔNG NHẬN DANH HIỆU THÔN VĂN HÓA, XÃ VĂN HÓA CỦA PHONG TRÀO', 'VỀ VIỆC BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN PHONG TRÀO');
    expect(extractPlan(plan, { sample: '078.txt' }).emulation.theme).toBe('TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA');
  });
});

describe('no letterhead, a thẩm quyền line naming only the level (`CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ`)', () => {
  it('gives the issuer’s level, no name and no place', () => {
    expect(extractPlan(COMMUNE, { sample: '073.txt' }).issuer).toEqual({ name: null, level: 'xã', locality: null });
  });

  it('gives nothing where the line names no level', () => {
    const bare = COMMUNE.replace('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ', 'CHỦ TỊCH ỦY BAN NHÂN DÂN');
    expect(extractPlan(bare, { sample: '073.txt' }).issuer.level).toBeNull();
  });
});

describe('a unit named for itself under its district (`ỦY BAN NHÂN DÂN QUẬN 9` / `TRUNG TÂM VĂN HÓA`)', () => {
  it('is named in full as its own text names it with the district (`Trung tâm Văn hóa Quận 9 đề nghị …`)', () => {
    expect(extractPlan(CENTRE, { sample: '070.txt' }).issuer.name).toBe('Trung tâm Văn hóa Quận 9');
  });

  it('keeps the letterhead’s name where the text never names it with the place', () => {
    const unplaced = CENTRE.replaceAll('Trung tâm Văn hóa Quận 9', 'Trung tâm Văn hóa');
    expect(extractPlan(unplaced, { sample: '070.txt' }).issuer.name).toBe('Trung tâm Văn Hóa');
  });
});

describe('a notice whose page glued the first căn cứ to the type line and kept the signature in small letters', () => {
  it('ends the trích yếu where the căn cứ begins', () => {
    expect(extractPlan(NOTICE, { sample: '071.txt' }).title).toBe('THAY THƠ MỜI HỌP');
  });

  it('reads the glued căn cứ as the preamble’s first clause', () => {
    const numbered = NOTICE.replace('Căn cứ kế hoạch hoạt động năm 2009 của Phân hội Văn học.', 'Căn cứ Kế hoạch số 05/KH-PHVH ngày 10/01/2009 của Phân hội Văn học.');
    expect(extractPlan(numbered, { sample: '071.txt' }).legalBases.map((b) => b.number)).toEqual(['05/KH-PHVH']);
  });

  it('keeps a type line whose words after a dash open no căn cứ', () => {
    const worded = NOTICE.replace('HỌP-    Căn cứ kế hoạch hoạt động năm 2009 của Phân hội Văn học.', 'HỌP-    Phiên thứ hai');
    expect(extractPlan(worded, { sample: '071.txt' }).title).toContain('Phiên thứ hai');
  });

  it('reads `TM.BCH Phân hội Văn học` / `Phân hội trưởng` / name as the signature', () => {
    expect(extractPlan(NOTICE, { sample: '071.txt' }).signer).toEqual({ name: 'La Ngạc Thuỵ', position: 'Phân hội trưởng', authority: 'TM. BCH Phân hội Văn học' });
  });

  it('leaves that block empty where OCR read the page (its small letters are then guesses)', () => {
    expect(extractPlan(NOTICE, { sample: '071.txt', readBy: 'ocr' }).signer).toEqual({ name: null, position: null, authority: null });
  });

  it('reads the date line set right above the signature (`Tây Ninh ngày 23 tháng 02 năm 2009`)', () => {
    const record = extractPlan(NOTICE, { sample: '071.txt' });
    expect([record.place, record.issuedDate]).toEqual(['Tây Ninh', '2009-02-23']);
  });

  it('reads no date from a line above the signature that says more than the formula', () => {
    const worded = NOTICE.replace('Tây Ninh ngày 23 tháng 02 năm 2009', 'Tây Ninh ngày 23 tháng 02 năm 2009 họp lần thứ nhất');
    expect(extractPlan(worded, { sample: '071.txt' }).issuedDate).toBeNull();
  });

  it('takes no authority where no body follows the `TM.` in small letters', () => {
    const unnamed = NOTICE.replace('TM.BCH Phân hội Văn học', 'TM.các hội viên');
    expect(extractPlan(unnamed, { sample: '071.txt' }).signer.authority).toBeNull();
  });
});
