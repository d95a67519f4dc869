// Old OCR without the Vietnamese model (tesseract `eng`), on real documents nobody tuned on: the outside
// sets' texts rendered as scans and read by `eng` (fixtures/outside/NAME/eng-ocr, made by
// scripts/make-eng-ocr.ts), through decoding, restoration and extraction as `vnplan extract` runs them.
// Each rule of the genre that the garble needs is shown firing on such a page, and held where it must not.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { opensPreamble } from '../../src/extract/legal-bases.js';
import { toLines } from '../../src/extract/lines.js';
import { readSigner } from '../../src/extract/signer.js';
import { findDates } from '../../src/extract/dates.js';
import { unflatten } from '../../src/extract/flattened.js';
import { settlePlaces } from '../../src/extract/gazetteer.js';
import { canonicalPart, readBarredD, readSymbol } from '../../src/extract/symbols.js';
import { processFile } from '../../src/pipeline.js';
import type { PlanRecord } from '../../src/types.js';

const cleanPage = async (set: string, file: string): Promise<PlanRecord> =>
  (await processFile(fileURLToPath(new URL(`../../fixtures/outside/${set}/texts/${file}`, import.meta.url)), { restore: true })).record;
const ocrPage = async (set: string, file: string): Promise<PlanRecord> =>
  (await processFile(fileURLToPath(new URL(`../../fixtures/outside/${set}/eng-ocr/${file}`, import.meta.url)), { restore: true })).record;
const extract = (lines: string[]): PlanRecord => extractPlan(lines.join('\n'), { sample: 'clean.txt' });
const frame = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

describe('the number line as eng OCR reads its label', () => {
  it('`$6:` and `$5:` (the S read as a dollar sign) and `So6:` (ố read as two letters) label the number', async () => {
    expect((await ocrPage('fresh-2026', '408_ninhbinh-kh-flat-2022.txt')).documentNumber).toEqual({ number: '130', symbol: 'KH-UBND', text: '130/KH-UBND' });
    const letter = await ocrPage('state-2026', '020_pgd-huyen-congvan-2014.txt');
    expect(letter.documentNumber.text).toBe('278/PGD&ĐT-THCS');
    expect(letter.place).toBe('Thanh Chương');
    expect((await ocrPage('state-2026', '019_truong-totrinh-2019.txt')).documentNumber.text).toBe('138/TT-THCSLH');
  });

  it('a dollar sign with no figure after it labels nothing', () => {
    const record = extract(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ', '$6 KH', 'Nghệ An, ngày 2 tháng 3 năm 2024', 'KẾ HOẠCH', 'Phòng, chống dịch bệnh năm 2024']);
    expect(record.documentNumber).toEqual({ number: null, symbol: null, text: null });
    expect(record.warnings.some((w) => w.includes('is the number line'))).toBe(false);
  });
});

describe('a number line whose `Số:` the OCR lost', () => {
  it('`3970/Qb-UBND` alone in the header is the number, with a warning', async () => {
    const record = await ocrPage('fresh-2026', '407_dongnai-qd-2013.txt');
    expect(record.documentNumber).toEqual({ number: '3970', symbol: 'QĐ-UBND', text: '3970/QĐ-UBND' });
    expect(record.warnings.some((w) => w.startsWith('documentNumber:') && w.includes('no `Số:` label'))).toBe(true);
  });

  it('a line with more than the number, or a code of no known type, is not taken for it', () => {
    const more = extract(['ỦY BAN NHÂN DÂN', 'XÃ LỤC BA', '66/KH-UBND ngày 5/3/2024', ...frame, 'Lục Ba, ngày 22 tháng 01 năm 2024', 'KẾ HOẠCH', 'Phát động thi đua năm 2024']);
    expect(more.documentNumber.text).toBeNull();
    const unknown = extract(['ỦY BAN NHÂN DÂN', 'XÃ LỤC BA', '66/ZZ-UBND', ...frame, 'Lục Ba, ngày 22 tháng 01 năm 2024', 'KẾ HOẠCH', 'Phát động thi đua năm 2024']);
    expect(unknown.documentNumber.text).toBeNull();
    expect(unknown.warnings.some((w) => w.includes('no `Số:` label'))).toBe(false);
  });
});

describe('`Căn cứ` garbled by eng OCR', () => {
  it('`Căn cif` and `Căn c(t` still open a basis clause', async () => {
    const plan = await ocrPage('state-2026', '011_tinh-kh-ngoaingu-2018.txt');
    expect(plan.legalBases.map((b) => b.number)).toEqual(['1400/QĐ-TTg', '2080/QĐ-TTg', '149/QĐ-UBND', '77/KH-UBND']);
    const decision = await ocrPage('state-2026', '015_tinh-qd-2004.txt');
    expect(decision.legalBases.map((b) => b.number)).toContain('135/2003/NĐ-CP');
  });

  it('a longer word after `Căn`, or no numbered document after the scrap, opens no clause', () => {
    expect(opensPreamble('Căn cif Quyết định số 149/QĐ-UBND ngày 08/02/2012 của UBND tỉnh')).toBe(true);
    expect(opensPreamble('Căn chỉnh Quyết định số 13/QĐ-UBND ngày 03/01/2024 theo tình hình thực tế')).toBe(false);
    expect(opensPreamble('Căn cif vào tình hình thực tế của địa phương')).toBe(false);
    expect(opensPreamble('Căn hộ số 12 của khu tập thể')).toBe(false);
  });

  it('both words garbled (`Cian cit`, restored `Chắn cát`) open a basis line that cites a charter and closes at `;`', async () => {
    const plan = await ocrPage('party-2026e', '205_chidoan-thquangtrung-daihoi-2022.txt');
    expect(plan.legalBases.map((b) => [b.documentType, b.subject])).toEqual([['Điều lệ', 'Đoàn TNCS Hồ Chí Minh']]);
    expect(opensPreamble('- Chắn cát Điều lệ Đoàn TNCS Hồ Chí Minh;')).toBe(true);
  });

  it('a running sentence with a word one letter off `Căn` opens no basis', () => {
    expect(opensPreamble('Còn có Luật Đất đai quy định quyền của người sử dụng đất trong nhiều trường hợp khác nhau.')).toBe(false);
    expect(opensPreamble('Còn có Luật Đất đai quy định quyền của người sử dụng đất trong nhiều trường hợp khác nhau, và mọi người dân cần nắm rõ các điều khoản ấy để thực hiện đúng các nghĩa vụ của mình;')).toBe(false);
    expect(opensPreamble('Chắc chắn Điều lệ Đoàn TNCS Hồ Chí Minh;')).toBe(false);
    const record = extract(['ĐOÀN TNCS HỒ CHÍ MINH', 'CHI ĐOÀN TRƯỜNG TH QUANG TRUNG', ...frame, 'KẾ HOẠCH', 'Tổ chức đại hội chi đoàn', 'Còn có Luật Thanh niên quy định quyền của thanh niên trong nhiều lĩnh vực khác nhau.']);
    expect(record.legalBases).toEqual([]);
  });
});

describe('a basis clause ended with a colon', () => {
  it('goes on to the next `Căn cứ` (OCR read its semicolon as a colon)', async () => {
    const plan = await ocrPage('state-2026', '010_tinh-kh-hongheo-2022.txt');
    expect(plan.legalBases.map((b) => b.number)).toEqual(['07/2021/NĐ-CP', '24/2021/QĐ-TTg', '07/2021/TT-BLĐTBXH', '02/2022/TT-BLĐTBXH', '2212/QĐ-UBND']);
  });

  it('closes the preamble when no `Căn cứ` follows (`… như sau:`)', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN',
      'XÃ LỤC BA',
      'Số: 66/KH-UBND',
      ...frame,
      'Lục Ba, ngày 22 tháng 01 năm 2024',
      'KẾ HOẠCH',
      'Phát động thi đua năm 2024',
      'Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND huyện về việc giao chỉ tiêu, UBND xã xây dựng kế hoạch như sau:',
      'Thực hiện Kế hoạch số 5/KH-UBND ngày 04/01/2024 của UBND huyện, các thôn tổ chức phát động thi đua.',
    ]);
    expect(record.legalBases.map((b) => b.number)).toEqual(['12/QĐ-UBND']);
  });
});

describe('specks and lost words in the header and the type line', () => {
  it('`QUYẾT ĐỊNH 3`: a sign beside the type line is a speck, the title is the next lines', async () => {
    const record = await ocrPage('fresh-2026', '403_hagiang-qd-2013.txt');
    expect(record.documentType).toBe('Quyết định');
    expect(record.title).toMatch(/^VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO/u);
  });

  it('a word after the type name is still the title on that line', () => {
    const record = extract(['ỦY BAN NHÂN DÂN', 'XÃ LỤC BA', 'Số: 66/KH-UBND', ...frame, 'Lục Ba, ngày 22 tháng 01 năm 2024', 'KẾ HOẠCH TỔ CHỨC HỘI THI NĂM 2024', 'Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND huyện;']);
    expect(record.title).toBe('TỔ CHỨC HỘI THI NĂM 2024');
  });

  it('`VỀ` / blank / `VIỆC …`: a title cut after a link word goes on past the blank OCR set under it', async () => {
    const record = await ocrPage('fresh-2026', '409_sonla-qd-2018.txt');
    expect(record.title).toMatch(/^VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN/u);
  });

  it('a title that ends on a full word stops at the blank (the authority line of a decision stays out)', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', 'Số: 12/QĐ-UBND', ...frame, 'Sơn La, ngày 16 tháng 11 năm 2018', 'QUYẾT ĐỊNH', 'VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN PHẢN ÁNH', '',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'Căn cứ Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ;',
    ]);
    expect(record.title).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN PHẢN ÁNH');
  });

  it('`{ HỘI CHỦ NGHĨA VIỆT NAM`: a brace at a header line\'s edge is dropped, the quốc hiệu joined, the organ kept', async () => {
    expect((await ocrPage('fresh-2026', '407_dongnai-qd-2013.txt')).issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Đồng Nai', level: 'tỉnh', locality: 'Đồng Nai' });
  });

  it('`6)` / `BAN NHÂN DÂN` / `TỈNH SƠN LA`: the lost `ỦY` of a people\'s committee of a province is put back', async () => {
    expect((await ocrPage('fresh-2026', '409_sonla-qd-2018.txt')).issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Sơn La', level: 'tỉnh', locality: 'Sơn La' });
  });

  it('a Ban nhân dân of a hamlet stays a Ban nhân dân', () => {
    const record = extract(['BAN NHÂN DÂN', 'ẤP BÌNH AN', 'Số: 02/KH-BND', ...frame, 'Bình An, ngày 5 tháng 3 năm 2024', 'KẾ HOẠCH', 'Tổ chức ngày hội đại đoàn kết']);
    expect(record.issuer.name ?? '').not.toMatch(/Ủy ban/u);
  });

  it('`đồng Xoài, ngày …` (Đ read as `b`, given back small): a registered place with its capital', async () => {
    expect((await ocrPage('state-2026', '003_pgd-thixa-thongbao-2012.txt')).place).toBe('Đồng Xoài');
  });

  it('words in small letters before a date are no place', () => {
    const record = extract(['ỦY BAN NHÂN DÂN', 'XÃ LỤC BA', 'Số: 66/KH-UBND', ...frame, 'đồng thời, ngày 22 tháng 01 năm 2024', 'KẾ HOẠCH', 'Phát động thi đua năm 2024']);
    expect(record.place).toBeNull();
  });
});

describe('a cited type garbled into other words', () => {
  it('`Căn cứ Hưởng đến số 01-HD/TW` (Hướng dẫn read by eng, restored wrong): the symbol\'s `HD` names the type', async () => {
    const record = await ocrPage('party-2026', '313_danguy-truong-dhktcn-2021.txt');
    const guides = record.legalBases.filter((b) => b.documentType === 'Hướng dẫn').map((b) => b.number);
    expect(guides).toEqual(['01-HD/TW', '09-HD/BTCTW', '01-HD/BTCĐU']);
  });

  it('words further from the type name than one letter cite nothing', () => {
    const record = extract([
      'ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'ĐẢNG ỦY XÃ LA BẰNG', 'Số 09-KH/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'La Bằng, ngày 24 tháng 11 năm 2020', 'KẾ HOẠCH', 'Kiểm điểm năm 2020',
      'Căn cứ Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương;',
      'Căn cứ Hướng đi số 01-HD/TW ngày 20/9/2016 của Ban Chấp hành Trung ương, Đảng ủy xây dựng kế hoạch như sau:',
    ]);
    expect(record.legalBases.map((b) => b.documentType)).not.toContain('Hướng dẫn');
  });
});

describe('an authority line OCR garbled', () => {
  it('`KT.CHU 1]CH` under `TM. ỦY BAN NHÂN DÂN`: the authority is left empty, not garbled nor the TM. line above', async () => {
    const file = fileURLToPath(new URL('../../fixtures/dev-plans/eng-ocr/106_d06.txt', import.meta.url));
    const { signer } = (await processFile(file, { restore: true })).record;
    expect(signer.authority).toBeNull();
    expect(signer.position).toBe('Phó Chủ tịch');
  });

  it('a body named with a figure is no garble', () => {
    const { signer } = readSigner(toLines('TM. ỦY BAN NHÂN DÂN QUẬN 8\nCHỦ TỊCH\n\nNguyễn Văn An'));
    expect(signer.authority).toMatch(/^TM\. Ủy ban nhân dân/u);
  });
});

describe('HD 36’s `Thực hiện` with its first word misread by eng OCR', () => {
  it('`Thee hién` (restored `Theo hiện`) before a numbered document opens the preamble: the title stops above it and the bases are read', async () => {
    const plan = await ocrPage('party-2026b', '604_hnd-trunguong-duyet-daihoi-2018.txt');
    expect(plan.title).toBe('Duyệt đại hội Hội Nông dân các tỉnh, thành phố nhiệm kỳ 2018-2023');
    expect(plan.legalBases.map((b) => b.number)).toEqual(['190-KH/HNDTW', '211-HD/HNDTW']);
    expect(opensPreamble('Theo hiện Kế hoạch số 190 - KH/HNDTW ngày 12 tháng 01 năm 2017 của Ban Thường vụ')).toBe(true);
  });

  it('no numbered document after it, a first word of other letters, or the proposal `Theo đề nghị`, opens nothing', () => {
    expect(opensPreamble('Theo hiện trạng sử dụng đất của xã, Ban Chỉ đạo thống nhất')).toBe(false);
    expect(opensPreamble('Thể hiện sự quan tâm của cấp ủy đối với đảng viên')).toBe(false);
    expect(opensPreamble('Phát hiện Kế hoạch số 190-KH/HNDTW ngày 12/01/2017 có sai sót')).toBe(false);
    expect(opensPreamble('Theo đề nghị của Ban Tổ chức tại Tờ trình số 12/TTr-BTC')).toBe(false);
    const proposal = extract([
      'ĐẢNG BỘ HUYỆN ĐẠI TỪ',
      'ĐẢNG ỦY XÃ LA BẰNG',
      'Số 09-KH/ĐU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'La Bằng, ngày 15 tháng 11 năm 2020',
      'KẾ HOẠCH',
      'kiểm điểm, đánh giá, xếp loại chất lượng năm 2020',
      'Theo đề nghị của Ban Tổ chức tại Tờ trình số 12-TTr/BTC ngày 10/11/2020, Ban Thường vụ Đảng ủy xây dựng kế hoạch như sau:',
    ]);
    expect(proposal.legalBases).toEqual([]);
  });
});

describe('a trích yếu in small letters over a `Thực hiện …` clause that OCR wrapped before its colon', () => {
  it('the title stops at the clause, which is read as the preamble', async () => {
    const plan = await ocrPage('party-2026', '301_tudoan-he-thieunhi-2024.txt');
    expect(plan.title).toMatch(/^Tổ chức các hoạt động h\S+ dành cho thiếu nhi năm 2024$/u);
    expect(plan.legalBases.map((b) => b.number)).toContain('183-KH/TWĐTN-TNNT');
  });

  it('a wrapped title line in small letters, or one opening with another capitalised word, goes on with the title', () => {
    const head = ['ĐẢNG BỘ TỈNH THANH HÓA', 'HUYỆN ỦY YÊN ĐỊNH', 'Số 12-KH/HU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Yên Định, ngày 3 tháng 3 năm 2021', 'KẾ HOẠCH'];
    const wrapped = extract([...head, 'Tổ chức các hoạt động', 'thực hiện Nghị quyết Đại hội Đảng bộ huyện', 'Căn cứ Điều lệ Đảng;']);
    expect(wrapped.title).toBe('Tổ chức các hoạt động thực hiện Nghị quyết Đại hội Đảng bộ huyện');
    const named = extract([...head, 'Tổ chức các hoạt động kỷ niệm', 'Ngày thành lập Đảng Cộng sản Việt Nam', 'Căn cứ Điều lệ Đảng;']);
    expect(named.title).toBe('Tổ chức các hoạt động kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam');
  });
});

describe('a law or charter cited by name under eng OCR', () => {
  it('`Căn cứ điều lệ Đảng …` (the capital Đ read as b, restored in small letters) cites the Điều lệ', async () => {
    const plan = await ocrPage('party-2026', '313_danguy-truong-dhktcn-2021.txt');
    expect(plan.legalBases[0]).toMatchObject({ documentType: 'Điều lệ', number: null });
    expect(plan.legalBases.map((b) => b.number)).toEqual([null, '01-HD/TW', '29-QĐ/TW', '09-HD/BTCTW', '01-HD/BTCĐU']);
  });

  it('`Căn cif vào Điều lệ …` (the garbled `cứ` before `vào`) opens the clause, and the documents listed after it are read', async () => {
    const plan = await ocrPage('party-2026b', '609_hoiccb-thanhpho-huongdan-daihoi-2016.txt');
    expect(plan.legalBases.map((b) => b.documentType)).toEqual(expect.arrayContaining(['Điều lệ', 'Nghị quyết']));
    expect(plan.legalBases.map((b) => b.number)).toContain('07/NQ-CCB');
    expect(opensPreamble('Căn cif vào Điều lệ Hội CCB Việt Nam, Nghị quyết số 07/NQ-CCB ngày 16/12/2015')).toBe(true);
  });

  it('a law in small letters with no name after it, a charter away from an opener, or a longer word before `vào`, is no citation', () => {
    const plan = (basis: string): PlanRecord =>
      extract(['HỘI CỰU CHIẾN BINH VIỆT NAM', 'HỘI CCB TỈNH NAM ĐỊNH', 'Số: 12/KH-CCB', ...frame, 'Nam Định, ngày 3 tháng 3 năm 2021', 'KẾ HOẠCH', 'Tổ chức Đại hội nhiệm kỳ 2022 - 2027', basis]);
    expect(plan('Căn cứ luật pháp hiện hành và tình hình thực tế, Hội xây dựng kế hoạch như sau:').legalBases).toEqual([]);
    expect(plan('Căn cứ tình hình thực tế, Hội xây dựng kế hoạch theo điều lệ Hội Cựu chiến binh Việt Nam như sau:').legalBases).toEqual([]);
    expect(plan('Căn cứ điều lệ Hội Cựu chiến binh Việt Nam;').legalBases).toMatchObject([{ documentType: 'Điều lệ', subject: 'Hội Cựu chiến binh Việt Nam' }]);
    expect(opensPreamble('Căn cước vào Điều lệ Hội CCB Việt Nam')).toBe(false);
    expect(opensPreamble('Căn cif vào sự chỉ đạo của Hội CCB Việt Nam')).toBe(false);
  });
});

describe('HD 36’s star under the organ’s name read by eng OCR as a scrap of letters', () => {
  it('`kdeK` (the `***` under `ĐOÀN TNCS HỒ CHÍ MINH`) is no locality of the issuer', async () => {
    const plan = await ocrPage('party-2026', '301_tudoan-he-thieunhi-2024.txt');
    expect(plan.issuer).toMatchObject({ name: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', level: 'trung ương', locality: null });
  });

  it('a letterhead line in capitals under the organ is its place; a scrap in mixed case there is not', () => {
    const head = (second: string): PlanRecord =>
      extract(['ĐẢNG BỘ TỈNH THANH HÓA', second, '*', 'Số 12-KH/HU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thanh Hóa, ngày 3 tháng 3 năm 2021', 'KẾ HOẠCH', 'Tổ chức Đại hội']);
    expect(head('HUYỆN ỦY YÊN ĐỊNH').issuer).toMatchObject({ name: 'Huyện ủy Yên Định', locality: 'Yên Định' });
    const star = (third: string): PlanRecord =>
      extract(['ĐẢNG BỘ TỈNH THANH HÓA', 'HUYỆN ỦY', third, 'Số 12-KH/HU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thanh Hóa, ngày 3 tháng 3 năm 2021', 'KẾ HOẠCH', 'Tổ chức Đại hội']);
    expect(star('YÊN ĐỊNH').issuer.locality).toBe('Yên Định');
    expect(star('kdeK').issuer.locality).not.toBe('kdeK');
  });
});

describe('a Party guideline’s part letter (`A -MUC DICH`) under eng OCR', () => {
  it('is kept a letter by restoration, so the trích yếu stops above the part heading', async () => {
    const plan = await ocrPage('party-2026', '306_btctw-huongdan-danhgia-2008.txt');
    expect(plan.title).toMatch(/CHẤT \S+ TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN$/u);
    expect(plan.title).not.toMatch(/MỤC ĐÍCH/u);
  });
});

describe('a cited number that OCR cut short', () => {
  it('`34/2011/N` at a line’s end (number/year and a type’s first letter, no organ) is left empty and said', async () => {
    const record = await ocrPage('state-2026e', '106_thanhpho-qd-cchc-2018.txt');
    const at = record.legalBases.findIndex((b) => b.documentType === 'Nghị định' && b.number === null);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(record.legalBases.map((b) => b.number)).not.toContain('34/2011/N');
    expect(record.warnings).toContain(`legalBases.${at}.number: "34/2011/N" ends in a type's first letters, without its organ: OCR cut it short, left empty`);
  });

  it('a whole law’s number with its Quốc hội term is kept (dev 119 once split as `43/2019/QH 14`)', async () => {
    const record = (await processFile(fileURLToPath(new URL('../../fixtures/dev-plans/eng-ocr/119_d19.txt', import.meta.url)), { restore: true })).record;
    expect(record.legalBases.map((b) => b.number)).toContain('43/2019/QH14');
  });
});

describe('`Căn cứ` with its second word garbled before a document cited by name', () => {
  it('opens the basis of a plan without number (`• Căn c(t Kế hoạch Công tác Đoàn …`), as it does a law’s', async () => {
    const record = await ocrPage('party-2026g', '255_doantruong-namsaigon-daihoichidoan-2018.txt');
    expect(record.legalBases.map((b) => [b.documentType, b.number])).toEqual([
      ['Điều lệ', null],
      ['Kế hoạch', null],
    ]);
  });

  it('a lower-case type after the scrap is running text, no citation', () => {
    expect(opensPreamble('Căn c(t kế hoạch công tác của đơn vị, các tổ chuyên môn xây dựng chương trình')).toBe(false);
  });
});

describe('`Cần có` before a plan written with its capital', () => {
  it('opens a sentence, not a basis: the opener’s first word is spelt `Căn`', () => {
    expect(opensPreamble('Cần có Kế hoạch Công tác Đoàn cụ thể cho từng tháng;')).toBe(false);
    expect(opensPreamble('Căn cf Kế hoạch Công tác Đoàn năm học 2018-2019;')).toBe(true);
  });
});

describe('a Đ printed as B in the symbol’s organ code', () => {
  it('`15 — KH/ BT` of a BCH Đoàn trường is `KH/ĐT`, the issuer’s initials Đ T', async () => {
    const plan = await ocrPage('party-2026g', '261_doantruong-phuoclong-hoitrai-2018.txt');
    expect(plan.documentNumber).toEqual({ number: '15', symbol: 'KH/ĐT', text: '15-KH/ĐT' });
  });

  it('stays as written where the issuer has no Đ initial the letters fit, and stays in doubt where no one code fits', () => {
    expect(readBarredD('15-KH/BT', 'Ban Chấp hành Đoàn Trường Trung học phổ thông thị xã Phước Long', 'Kế hoạch')).toEqual({ symbol: '15-KH/ĐT', doubted: [] });
    expect(readBarredD('4085/UBND-BT', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'Công văn')).toEqual({ symbol: '4085/UBND-BT', doubted: ['BT'] });
    expect(readBarredD('15-KH/BT', 'Ban Thường vụ Tỉnh đoàn', 'Kế hoạch').symbol).toBe('15-KH/BT');
  });
});

describe('a crawl flattened onto one line, printed, and wrapped at the page’s width by OCR', () => {
  it('is cut as one line where its frame runs on past a line’s end the page would keep: the Đoàn’s heading garbled, the type and trích yếu after the date (party-2026e 204)', async () => {
    const plan = await ocrPage('party-2026e', '204_doanxa-thienke-chaungoan-2018.txt');
    expect(plan.documentNumber).toEqual({ number: '01', symbol: 'KH/ĐTN', text: '01-KH/ĐTN' });
    expect(plan.issuer).toEqual({ name: 'Ban Chấp hành Đoàn xã Thiện Kế', level: 'xã', locality: 'Thiện Kế' });
    expect(plan.documentType).toBe('Kế hoạch');
  });

  it('… or where words follow the tiêu ngữ on its line (state-2026i 161: `Hạnh phúc --=--==- … Số: 941/QĐ-UBND Quảng Ngãi,`)', async () => {
    const decision = await ocrPage('state-2026i', '161_tinh-qd-dothi-flat-2012.txt');
    expect(decision.place).toBe('Quảng Ngãi');
    expect(decision.title).toMatch(/^BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN /u);
  });

  it('`QUYẾT DINHVE việc` (the crawl’s glued `ĐỊNHVề`, printed in capitals by OCR) is the type, then a trích yếu opening `Về việc` (party-2026 302)', async () => {
    const decision = await ocrPage('party-2026', '302_tudoan-qd-vanban-2013.txt');
    expect(decision.documentType).toBe('Quyết định');
    expect(decision.title).toBe('Về việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh');
  });

  it('a page laid out in two columns keeps its lines: the tiêu ngữ ends its line, the type stands alone or ends the date line', () => {
    const page = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN ĐÔNG ANH Độc lập - Tự do - Hạnh phúc',
      '——————',
      'Số: 12/KH-UBND Đông Anh, ngày 5 tháng 3 năm 2020 KẾ HOẠCH',
      'Tổ chức Hội khỏe Phù Đổng huyện năm 2020',
      'Căn cứ Kế hoạch số 30/KH-UBND ngày 2/3/2020 của Ủy ban nhân dân thành phố Hà Nội;',
    ];
    const lines = toLines(page.join('\n'));
    expect(unflatten(lines).lines.map((l) => l.text)).toEqual(page);
    const garbledMotto = ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH CAO BẰNG Được lập - Tự do - Hạnh phúc', ...page.slice(3)];
    expect(unflatten(toLines(garbledMotto.join('\n'))).lines.map((l) => l.text)).toEqual(garbledMotto);
  });
});

describe('a small letter eng OCR prints for Đ in a symbol’s code (`Cb`, `Qb`)', () => {
  it('is the Đ, not the capital of its shape: `10 / KH-Cb` of a BCH Công đoàn trường is KH-CĐ (party-2026e 206), no Chi bộ’s CB', async () => {
    expect((await ocrPage('party-2026e', '206_congdoan-thptngogiatu-hoithi-2016.txt')).documentNumber).toEqual({ number: '10', symbol: 'KH-CĐ', text: '10/KH-CĐ' });
    expect(canonicalPart('Qb', 'type')).toBe('QĐ');
  });

  it('a code in capitals, and the small letters the tables write (`TTg`, `TTr`), stay', () => {
    expect(canonicalPart('CB', 'organ')).toBe('CB');
    expect(readSymbol('05-NQ/CB')?.symbol).toBe('NQ/CB');
    expect(canonicalPart('TTg', 'organ')).toBe('TTg');
    expect(canonicalPart('TTr', 'type')).toBe('TTr');
  });
});

describe('a text issued with a decision, without a date line of its own', () => {
  it('bears the decision’s date from the note under its trích yếu (state-2026d 052: `(Ban hành kèm theo Quyết định số ./QĐ-UBND ngày . tháng 11 năm 2013 …)`), as read clean and by eng OCR', async () => {
    expect((await cleanPage('state-2026d', '052_xa-kh-giaoduc-2013.txt')).issuedDate).toBe('2013-11');
    expect((await ocrPage('state-2026d', '052_xa-kh-giaoduc-2013.txt')).issuedDate).toBe('2013-11');
  });

  it('a date line of its own wins, and a `kèm theo` sentence of the body dates nothing', () => {
    const head = ['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', ...frame];
    const dated = extract([...head, 'An Phú, ngày 3 tháng 12 năm 2013', 'KẾ HOẠCH', 'Năm giáo dục vùng khó khăn', '(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 20 tháng 11 năm 2013)']);
    expect(dated.issuedDate).toBe('2013-12-03');
    const body = extract([...head, 'KẾ HOẠCH', 'Năm giáo dục vùng khó khăn', 'Căn cứ Quyết định số 15/QĐ-UBND ngày 20/11/2013 của Ủy ban nhân dân xã;', '(kèm theo Quyết định số 15/QĐ-UBND ngày 20/11/2013)']);
    expect(body.issuedDate).toBeNull();
  });
});

describe('a tilde eng OCR reads for the spaced dash of a name', () => {
  it('is that dash: `BO LAO BONG ~ THUONG` / `BINH VA XA HOI` is the Bộ Lao động – Thương binh và Xã hội (state-2026e 113)', async () => {
    expect((await ocrPage('state-2026e', '113_bo-qd-chitieu-giamngheo-2007.txt')).issuer.name).toBe('Bộ Lao động – Thương binh và Xã hội');
  });
});

describe('a letterhead’s province a letter off the date line’s registered place, a hyphen or a strewn quote aside', () => {
  it('is that place (state-2026i 166 `TINH BA RIA VONG TAU` under `Bà Rịa - Vũng Tàu, ngày …`; 161 `TINH QUANG` / `‘NGAI`)', async () => {
    expect((await ocrPage('state-2026i', '166_tinh-hdnd-nq-nohyphen-2024.txt')).issuer).toEqual({ name: 'Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu', level: 'tỉnh', locality: 'Bà Rịa - Vũng Tàu' });
    expect(settlePlaces('Quặng ‘ngồi', 'Quảng Ngãi')).toEqual({ locality: 'Quảng Ngãi', place: 'Quảng Ngãi' });
  });

  it('two registered places more than a letter apart both stay', () => {
    expect(settlePlaces('Bà Rịa - Vũng Tàu', 'Vũng Tàu')).toEqual({ locality: 'Bà Rịa - Vũng Tàu', place: 'Vũng Tàu' });
    expect(settlePlaces('Quảng Ngãi', 'Quảng Nam')).toEqual({ locality: 'Quảng Ngãi', place: 'Quảng Nam' });
  });
});

describe('a date line OCR wrapped inside the issuer’s place', () => {
  it('`Quang` / `Tri, ngày 27 …`, the rest garbled (`Tư`), is the place of the letterhead (state-2026h 155)', async () => {
    expect((await ocrPage('state-2026h', '155_tinh-qd-khoangsan-2016.txt')).place).toBe('Quảng Trị');
  });

  it('a rest opening with another letter is no wrap of it', () => {
    const page = ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ', ...frame, 'Số: 33/QĐ-UBND', 'Quảng', 'Ngãi, ngày 27 tháng 12 năm 2016', 'QUYẾT ĐỊNH', 'Về việc phê duyệt quy hoạch'];
    expect(extractPlan(page.join('\n'), { sample: 'ocr.txt', rawOcr: true }).place).not.toBe('Quảng Trị');
  });
});

describe('a year old OCR cut before its last digit or read with that digit twice', () => {
  it('`18/8/20222` is 2022 (party-2026h 268’s Quy định 80-QĐ/TW), `03/12/202 1cua` is 2021 (party-2026 310’s line as OCR printed it)', async () => {
    const plan = await ocrPage('party-2026h', '268_twdoan-huongdan-kientoan-2023.txt');
    expect(plan.legalBases.find((b) => b.number === '80-QĐ/TW')?.date).toBe('2022-08-18');
    expect(findDates('ngay 03/12/202 1cua LDLD tinh').map((d) => d.iso)).toEqual(['2021-12-03']);
  });

  it('five digits that are no year doubled at its end, and a figure after a space that stands alone, date nothing', () => {
    expect(findDates('ngày 18/8/20223 của')).toEqual([]);
    expect(findDates('lớp 12/3/202 15 người')).toEqual([]);
  });
});

describe('a cited type whose qualifying words old OCR garbled', () => {
  it('`Nghị quyết lần tích` of a `09/2008/NQLT-…` is the Nghị quyết liên tịch its type part names (state-2026g 142)', async () => {
    const plan = await ocrPage('state-2026g', '142_tinh-qd-quyche-thon-2019.txt');
    expect(plan.legalBases.find((b) => b.number?.startsWith('09/2008/NQLT'))?.documentType).toBe('Nghị quyết liên tịch');
  });

  it('a type with words the type part does not name, or other first letters, stays as read', () => {
    const head = ['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', ...frame, 'Số: 05/KH-UBND', 'An Phú, ngày 3 tháng 5 năm 2020', 'KẾ HOẠCH', 'Tổ chức ngày hội đại đoàn kết'];
    const text = [...head, 'Căn cứ Kế hoạch phối hợp số 08/KH-UBND ngày 2/3/2020 của Ủy ban nhân dân huyện;', 'Căn cứ Nghị quyết hội nghị số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17/4/2008 của Chính phủ;'];
    const plan = extractPlan(text.join('\n'), { sample: 'ocr.txt', rawOcr: true });
    expect(plan.legalBases.map((b) => b.documentType)).toEqual(['Kế hoạch phối hợp', 'Nghị quyết hội nghị']);
  });
});
