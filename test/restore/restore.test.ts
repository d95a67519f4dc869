// Restoration on held-out text: nothing of the samples or the gold went into
// the language model or the channel (scripts/build-dictionaries.ts holds out
// any corpus document that overlaps them). Thresholds are the measured figures
// (npx tsx scripts/eval-restore.ts) minus a small margin.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRestorer, loadRestorer, readRestorerTables, restoreText } from '../../src/restore/index.js';
import { stripMarks } from '../../src/restore/vietnamese.js';
import { cleanFixture, sampleText, scoreRestoration } from '../../scripts/lib/score-restoration.js';

const gold001 = readFileSync('fixtures/gold-text/001.txt', 'utf8');
const accuracy = (gold: string, input: string): number => scoreRestoration(gold, restoreText(input).text).syllableAccuracy;

describe('accuracy on held-out text', () => {
  it('restores raw OCR of sample 001 (14 % right as read)', () => {
    expect(accuracy(gold001, sampleText('001'))).toBeGreaterThanOrEqual(0.965);
  });

  it('restores synthetic raw OCR of the clean samples (scanned and read by eng)', () => {
    const ocr = (id: string): string => readFileSync(`test/restore/fixtures/${id}-eng-ocr.txt`, 'utf8');
    expect(accuracy(cleanFixture('002'), ocr('002'))).toBeGreaterThanOrEqual(0.96);
    expect(accuracy(cleanFixture('004'), ocr('004'))).toBeGreaterThanOrEqual(0.97);
  });

  it('restores ASCII-stripped text', () => {
    expect(accuracy(gold001, stripMarks(gold001.replace(/[⟦⟧]/g, '')))).toBeGreaterThanOrEqual(0.98);
    expect(accuracy(cleanFixture('002'), stripMarks(cleanFixture('002')))).toBeGreaterThanOrEqual(0.98);
    expect(accuracy(cleanFixture('004'), stripMarks(cleanFixture('004')))).toBeGreaterThanOrEqual(0.98);
  });
});

describe('a line of valid syllables with few marks', () => {
  const line = 'b) Vé chinh sach hé tro:';

  it('is restored in a damaged document, where it is damage that spells syllables', () => {
    const doc = ['KE HOACH', 'Thuc hién phong trao thi dua nam 2025', line, 'Cac xa tich cyc huy dong nguén luc xay dung cong trinh.'].join('\n');
    expect(restoreText(doc).text.split('\n')[2]).toBe('b) Về chính sách hỗ trợ:');
  });

  it('is left as written in a right document', () => {
    const doc = ['Kế hoạch thực hiện phong trào thi đua năm 2025 của Ủy ban nhân dân xã', line, 'Các xã tích cực huy động nguồn lực xây dựng công trình.'].join('\n');
    expect(restoreText(doc).text.split('\n')[1]).toBe(line);
  });
});

describe('the motto of the national emulation movement', () => {
  const motto = 'Cả nước chung sức xây dựng nông thôn mới';

  it('is restored from stripped text', () => {
    expect(restoreText(stripMarks(motto)).text).toBe(motto);
    expect(restoreText('phong trao thi dua "Ca nuoc chung suc xay dung nong thon moi"').text).toBe(`phong trào thi đua "${motto}"`);
  });

  it('is restored from OCR without a Vietnamese model', () => {
    expect(restoreText('Ca nu6c chung strc xay dung néng thén méi').text).toBe(motto);
  });

  it('is restored from OCR that misread two letters of a word (nude for nước)', () => {
    expect(restoreText('Ca nude chung strc xay dung nong thon méi').text).toBe(motto);
    expect(restoreText('cac co quan nha nude va trude mat').text).toBe('các cơ quan nhà nước và trước mắt');
  });

  it('reads whole tokens the OCR prints for a syllable (cling for cùng, dugce for được), learned with the channel', () => {
    // The reading is the cheapest candidate; "các ngành đang tham gia" would read as well, so the context decides.
    expect(restoreText('Cac ban, nganh cling phéi hop thuc hién').text).toBe('Các ban, ngành cùng phối hợp thực hiện');
    expect(restoreText('dugce phé duyét').text).toBe('được phê duyệt');
  });
});

describe('a title in capitals on a line of its own', () => {
  it('reads a numeral or an abbreviation between two capital words as a word of the title (THÔNG TƯ, ĐƠN VỊ, TRÌNH TỰ)', () => {
    const read = (text: string): string => restoreText(text, { damage: 'stripped' }).text;
    expect(read('Ha Noi, ngay 18 thang 10 nam 2024 THONG TU QUY DINH VE HO SO DIA GIOI DON VI HANH CHINH')).toBe(
      'Hà Nội, ngày 18 tháng 10 năm 2024 THÔNG TƯ QUY ĐỊNH VỀ HỒ SƠ ĐỊA GIỚI ĐƠN VỊ HÀNH CHÍNH',
    );
    expect(read('Chuong II TRINH TU LAP HO SO')).toBe('Chương II TRÌNH TỰ LẬP HỒ SƠ');
    // After a word in small letters it stays a numeral.
    expect(read('Chuong VI QUY DINH CHUNG')).toBe('Chương VI QUY ĐỊNH CHUNG');
  });
});

describe('a list of recipients (Nơi nhận) in stripped text', () => {
  const stripped = (text: string): string[] => restoreText(text, { damage: 'stripped' }).text.split('\n');

  it("reads an item's first capital word as the head of an organ's name (Báo, not Bão)", () => {
    expect(stripped('Noi nhan:\n- Bao va PTTH tinh;\n- Luu: VT.')[1]).toBe('- Báo và PTTH tỉnh;');
  });

  it('reads a dashed line outside such a list by its words (Bão và lũ)', () => {
    expect(stripped('Tinh hinh thien tai:\n- Bao va lu lam ngap nha cua dan;')[1]).toBe('- Bão và lũ làm ngập nhà của dân;');
  });

  it('ends the list at its first line without a dash', () => {
    expect(stripped('Noi nhan:\n- Luu: VT.\nBao va lu lam ngap nha cua dan.')[2]).toBe('Bão và lũ làm ngập nhà của dân.');
  });
});

describe("the backward model's second opinion on stripped text", () => {
  it('is asked on a capitalised word that opens its sentence (Thứ trưởng, which the forward model alone reads Thủ)', () => {
    expect(restoreText('Thu truong Bo Y te chu tri hoi thao.', { damage: 'stripped' }).text).toBe('Thứ trưởng Bộ Y tế chủ trì hội thảo.');
  });

  it('reads a doubtful word from the words after it too (xảy ra tại:, which the forward model alone reads tai)', () => {
    const restorer = loadRestorer();
    const read = (weight: number): string => {
      const saved = restorer.model.backwardWeight;
      restorer.model.backwardWeight = weight;
      try {
        return restorer.restoreText('Thoi gian, dia diem vu viec xay ra tai:', { damage: 'stripped' }).text;
      } finally {
        restorer.model.backwardWeight = saved;
      }
    };
    expect(read(0)).toBe('Thời gian, địa điểm vụ việc xảy ra tai:');
    expect(read(restorer.model.backwardWeight)).toBe('Thời gian, địa điểm vụ việc xảy ra tại:');
  });

  it('is read at the first text that lost its marks, once, and never for OCR\'d or clean text', () => {
    const tables = readRestorerTables();
    let reads = 0;
    const readBackward = tables.tables.backwardLm;
    const restorer = createRestorer({ ...tables, tables: { ...tables.tables, backwardLm: () => (reads++, readBackward()) } });
    restorer.restoreText(sampleText('001'));
    restorer.restoreText(gold001);
    expect(reads).toBe(0);
    const stripped = stripMarks(gold001.split('\n').slice(0, 40).join('\n'));
    restorer.restoreText(stripped, { damage: 'stripped' });
    restorer.restoreText(stripped, { damage: 'stripped' });
    expect(reads).toBe(1);
  });
});

describe("the genre's vocabulary on stripped text of outside documents (dictionaries/admin-terms.txt)", () => {
  const line = (path: string, n: number): string => readFileSync(path, 'utf8').split('\n')[n - 1] ?? '';

  it('reads a body named after its school as trường, not trưởng (Chi bộ trường THCS)', () => {
    const text = line('fixtures/outside/party-2026d/texts/181_chibo-thcs-myhung-2019.txt', 9);
    expect(text).toContain('Chi bộ trường THCS');
    expect(restoreText(stripMarks(text)).text).toContain('Chi bộ trường THCS Mỹ Hưng');
  });

  it("gives a school union's abbreviation its Đ (CBNGNLĐ)", () => {
    const text = line('fixtures/outside/party-2026/texts/308_congdoan-thpt-ngocto-trungthu-2020.txt', 18);
    expect(restoreText(stripMarks(text)).text).toContain('con của CBNGNLĐ');
  });

  it("gives a union's parts and members their Đ (CĐBP, CĐV: Điều lệ Công đoàn Việt Nam)", () => {
    const text = line('fixtures/outside/party-2026l/texts/294_congdoan-dhag-huongdan-hoinghi-2010.txt', 10);
    const restored = restoreText(stripMarks(text)).text;
    expect(restored).toContain('Kiện toàn BCH. CĐBP');
    expect(restored).toContain('dưới 50 CĐV');
  });
});

describe('do no harm', () => {
  it('keeps abbreviations the grammar cannot prove to be others', () => {
    for (const line of [
      'Đơn vị tính: BVT, DV, GD theo Phụ lục A03 của BIM; phòng NC thực hiện.',
      'Hội đồng TĐ-KT xã họp; các thành viên BVT, GD, DV dự.',
      'Thực hiện Công văn số 574/UBND-NC của UBND tỉnh.',
    ]) {
      const out = restoreText(line);
      expect(out.text).toBe(line);
    }
    // The grammar proves another reading only inside a document symbol: the type part must be a type of Phụ lục III.
    expect(restoreText('Quyết định số 263/QP-TTg của Thủ tướng').text).toContain('263/QĐ-TTg');
  });

  it('keeps an abbreviation defined in parentheses in stripped text, and restores the words around it', () => {
    expect(restoreText('Cac chi tieu: do man, oxy hoa tan (DO), tong chat ran lo lung (TSS).').text).toBe(
      'Các chỉ tiêu: độ mặn, oxy hòa tan (DO), tổng chất rắn lơ lửng (TSS).',
    );
  });

  it('reads a short capital word of a stripped heading as a word or as its class, by context', () => {
    // DA (dự án) is an abbreviation of the tables and VI, XI Roman numerals, but each is also a syllable.
    expect(restoreText('KE HOACH\nPHAT TRIEN KINH TE DA NGANH, DA LINH VUC').text).toBe('KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ ĐA NGÀNH, ĐA LĨNH VỰC');
    expect(restoreText('CHUONG TRINH HANH DONG VI MOI TRUONG XANH').text).toBe('CHƯƠNG TRÌNH HÀNH ĐỘNG VÌ MÔI TRƯỜNG XANH');
    expect(restoreText('DAI HOI DAI BIEU DANG BO XA LAN THU VI, NHIEM KY 2025 - 2030').text).toBe('ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẦN THỨ VI, NHIỆM KỲ 2025 - 2030');
    expect(restoreText('BAN CHAP HANH DANG BO HUYEN KHOA XI').text).toBe('BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XI');
    expect(restoreText('PHAN VI. TO CHUC THUC HIEN').text).toBe('PHẦN VI. TỔ CHỨC THỰC HIỆN');
    // A symbol that writes Đ on a right line wrote its D on purpose.
    const directive = 'Căn cứ Chỉ thị số 40/CT-BGD-ĐT ngày 22/7/2008 của Bộ Giáo dục và Đào tạo về việc phát động phong trào thi đua.';
    expect(restoreText(directive).text).toBe(directive);
    // Opening its line, a numeral is a section's even where OCR lost its stop.
    expect(restoreText('VI TO CHUC THUC HIEN\nCac phong, ban to chuc thuc hien ke hoach nay.').text).toBe(
      'VI TỔ CHỨC THỰC HIỆN\nCác phòng, ban tổ chức thực hiện kế hoạch này.',
    );
    // A class reading also pays for its one type among the class' thousands: TỪ NĂM, TẠO ĐÀ.
    expect(restoreText('KE HOACH\nPHAT TRIEN DU LICH TU NAM 2026 DEN NAM 2030').text).toBe('KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH TỪ NĂM 2026 ĐẾN NĂM 2030');
    expect(restoreText('TAO DA, TAO LUC CHO NAM 2026').text).toBe('TẠO ĐÀ, TẠO LỰC CHO NĂM 2026');
    // In running text the capitals set the abbreviation apart: it stays.
    expect(restoreText('Cac xa trien khai DA theo Ke hoach cua TU va HU.').text).toBe('Các xã triển khai DA theo Kế hoạch của TU và HU.');
  });

  it('reads the words after a clerical abbreviation in the context of its words (V/v về việc)', () => {
    expect(restoreText('V/v huong ung phong trao thi dua nam 2026').text).toBe('V/v hưởng ứng phong trào thi đua năm 2026');
    expect(restoreText('V/v huong dan to chuc dai hoi').text).toBe('V/v hướng dẫn tổ chức đại hội');
  });

  it('keeps a valid word in a context the model finds plausible', () => {
    for (const line of [
      'Tình hình vẫn còn nhiều khó khăn, đời sống bị đảo lộn sau bão.',
      'Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Kế hoạch này.',
      'Tuyến đường đi qua thôn được lắp đèn chiếu sáng, quang cảnh sạch đẹp.',
      'THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH',
      '- Lắp đặt pa - nô, băng rôn, khẩu hiệu tại điểm a, b, c khoản 1.',
    ]) {
      const out = restoreText(line);
      expect(out.corrections).toEqual([]);
      expect(out.text).toBe(line);
    }
  });

  for (const id of ['002', '004']) {
    it(`leaves clean sample ${id} unchanged`, () => {
      const clean = cleanFixture(id);
      const restored = restoreText(clean);
      expect(scoreRestoration(clean, restored.text).syllableAccuracy).toBeGreaterThanOrEqual(0.999);
      expect(restored.changed / restored.tokens).toBeLessThan(0.001);
    });
  }

  it('leaves a doubtful token of a right line as the source wrote it', () => {
    const line = 'Lấy mẫu nước tại 21 ao nuôi (01 mẫu/1ao), đo độ mặn và độ pH theo quy định.';
    expect(restoreText(line).text).toBe(line);
  });

  it('keeps a clean line inside garbled text byte for byte', () => {
    const clean = 'Ủy ban nhân dân xã ban hành Kế hoạch tổ chức thực hiện như sau:';
    const out = restoreText(`Can cir Quyét dinh s6 10 ciia UBND tinh\n${clean}\nThuc hién Nghi quyét s6 12`).text.split('\n');
    expect(out[1]).toBe(clean);
  });
});

describe('output shape', () => {
  const raw = sampleText('001');
  const restored = restoreText(raw);

  it('keeps every line break', () => {
    expect(restored.text.split('\n').length).toBe(raw.split('\n').length);
  });

  it('logs each change on the line it was made, with a confidence', () => {
    const inLines = raw.split('\n');
    const outLines = restored.text.split('\n');
    expect(restored.corrections.length).toBe(restored.changed);
    expect(restored.changed).toBeGreaterThan(0.5 * restored.tokens);
    for (const c of restored.corrections) {
      expect(inLines[c.line - 1]).toContain(c.from);
      expect(outLines[c.line - 1]).toContain(c.to);
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('restores a preamble line of garbled OCR with its symbol and case', () => {
    // Sample 000 (raw OCR, no gold) opens its preamble with the example.
    const line = sampleText('000').split('\n').find((l) => l.includes('TTq')) ?? '';
    expect(line).not.toBe('');
    const out = restoreText(line).text;
    expect(out).toContain('30/QĐ-TTg');
    expect(out.startsWith('Căn cứ Quyết định số')).toBe(true);
  });

  it('reads the damage from the text, or as told', () => {
    const garbled = 'Can cir Quyét dinh s6 10 ciia UBND tinh';
    expect(restoreText(garbled).text).toContain('của');
    // Told the text only lost its marks, the decoder changes no letter: "ciia" has no reading.
    expect(restoreText(garbled, { damage: 'stripped' }).text).toContain('ciia');
  });

  it('repairs an official abbreviation written without its Đ', () => {
    expect(restoreText('Nghi dinh so 30/2020/ND-CP', { damage: 'stripped' }).text).toContain('30/2020/NĐ-CP');
    // An abbreviation of the hand-written terms, which the corpora lack, in running text.
    expect(restoreText('Gui Doan DBQH tinh va Thuong truc HDND tinh.', { damage: 'stripped' }).text).toBe('Gửi Đoàn ĐBQH tỉnh và Thường trực HĐND tỉnh.');
  });

  it('restores two syllables joined by a hyphen (kinh tế-xã hội)', () => {
    expect(restoreText('Phat trien kinh te-xa hoi cua dia phuong nam 2026.').text).toBe('Phát triển kinh tế-xã hội của địa phương năm 2026.');
  });

  it('gives the second d) of a stripped list its đ (a, b, c, d, đ, e)', () => {
    const list = ['a) To chuc hoi nghi;', 'b) Tuyen truyen;', 'c) Kiem tra;', 'd) Bao cao;', 'd) Tong ket;', 'e) Khen thuong.'].join('\n');
    expect(restoreText(list).text.split('\n').map((l) => l.slice(0, 2))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
    // A list of right text keeps what it wrote.
    const written = ['c) Kiểm tra;', 'd) Báo cáo;', 'd) Tổng kết.'].join('\n');
    expect(restoreText(written).text).toBe(written);
  });

  it('reads a stripped line opening with So before a number or symbol as the document\'s Số (NĐ 30, HD 36)', () => {
    const header = ['BAN CHAP HANH TRUNG UONG', 'VAN PHONG', 'So 215-TB/VPTW', 'Ha Noi, ngay 12 thang 3 nam 2024'].join('\n');
    const restored = restoreText(header, { damage: 'stripped' });
    expect(restored.text.split('\n')[2]).toBe('Số 215-TB/VPTW');
    expect(restored.corrections.find((c) => c.line === 3 && c.from === 'So')?.rule).toBe('symbol');
    // So before a word is the verb (So sánh, So với): the decoder's, untouched.
    expect(restoreText('So sanh 2 phuong an, UBND xa chon phuong an thu nhat.', { damage: 'stripped' }).text).toBe('So sánh 2 phương án, UBND xã chọn phương án thứ nhất.');
  });

  it('gives the same text from a cold cache as from a warm one', () => {
    const raw = sampleText('001');
    const restorer = loadRestorer();
    const warm = restorer.restoreText(raw).text;
    restorer.clearCaches();
    expect(restorer.restoreText(raw).text).toBe(warm);
  });

  it('keeps tables and caches per restorer: two instances give the default one\'s text', () => {
    const raw = sampleText('003');
    const first = loadRestorer();
    const second = loadRestorer();
    expect(first).not.toBe(second);
    expect(first.restoreText(raw).text).toBe(restoreText(raw).text);
    expect(second.restoreText(raw).text).toBe(restoreText(raw).text);
  });

  it('names the rule behind each change', () => {
    const out = restoreText('Can cu Quyét dinh s6 30/0D-TTq ciia Thu tuong Chinh phu\nI. MỤC TIỂU, YÊU CẦU');
    const rules = new Map(out.corrections.map((c) => [c.from, c.rule]));
    expect(rules.get('ciia')).toBe('decoder');
    expect(rules.get('30/0D-TTq')).toBe('symbol');
    expect(rules.get('TIỂU')).toBe('real-word');
    for (const c of out.corrections) expect(['decoder', 'real-word', 'symbol', 'name']).toContain(c.rule);
  });

  it('restores case from the input', () => {
    expect(restoreText('KE HOACH thuc hien Phong trao thi dua').text).toBe('KẾ HOẠCH thực hiện Phong trào thi đua');
  });
});
