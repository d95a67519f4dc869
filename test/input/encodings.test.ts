// Legacy Vietnamese encodings: the byte tables against known text, the five
// samples written in each encoding by the tests' own encoder and read back,
// the same records extracted from them, mojibake read again, and valid UTF-8
// (samples, dev set, gold texts, stripped text) never touched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repaired, vietnameseEncodings, type LegacyEncoding, type LegacyEncodingName } from '../../src/input/encodings/index.js';
import { decodeTextFile } from '../../src/input/text.js';
import { extractPlan } from '../../src/extract/index.js';
import { stripMarks } from '../../src/marks.js';
import { legacyEncoder } from '../../scripts/lib/legacy-encoder.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const encodings = vietnameseEncodings();
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const encoding = (name: LegacyEncodingName): LegacyEncoding => encodings.byName(name)!;

const samples = readdirSync(join(FIXTURES, 'samples'))
  .sort()
  .map((file) => ({ file, text: decodeTextFile(readFileSync(join(FIXTURES, 'samples', file)), file).text }));
const CLEAN = ['002', '004'];

/** Lines of `got` that differ from `want`, with their numbers. */
function differentLines(got: string, want: string): Array<{ line: number; got: string; want: string }> {
  const wanted = want.split('\n');
  const lines = got.split('\n');
  expect(lines.length).toBe(wanted.length);
  return lines.flatMap((line, i) => (line === wanted[i] ? [] : [{ line: i + 1, got: line, want: wanted[i] ?? '' }]));
}

describe('byte tables, against text written in each encoding', () => {
  // each string as a Windows program shows the legacy bytes (the mojibake people know), and what it says
  const known: Array<[LegacyEncodingName, string, string]> = [
    ['tcvn3', 'Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['tcvn3', '§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['tcvn3', 'Uû ban nh©n d©n x· Lôc Ba; ®Èy m¹nh thi ®ua', 'Uỷ ban nhân dân xã Lục Ba; đẩy mạnh thi đua'],
    ['vni', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['vni', 'Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['vni', 'TRÖÔØNG, ÑAÛNG, möôøi, kyû, YÙ, Ỵ'.replace('Ỵ', 'Î'), 'TRƯỜNG, ĐẢNG, mười, kỷ, Ý, Ỵ'],
    ['vni', 'naêm, aén, ñaëc, ẳ'.replace('ẳ', 'aú'), 'năm, ắn, đặc, ẳ'],
    ['viscii', 'Vi®t Nam, ðµc l§p', 'Việt Nam, độc lập'],
    ['windows-1258', 'Viê\u00f2t Nam, ðô\u00f2c lâ\u00f2p', 'Việt Nam, độc lập'],
  ];
  for (const [name, shown, meant] of known) {
    it(`${name}: ${meant}`, () => {
      const bytes = Uint8Array.from([...shown].map((c) => {
        const byte = [...Array(256).keys()].find((b) => encodings.decodeWindows1252(Uint8Array.of(b)) === c);
        if (byte === undefined) throw new Error(`no Windows-1252 byte for ${c}`);
        return byte;
      }));
      expect(encoding(name).decode(bytes)).toBe(meant);
    });
  }

  it('every Vietnamese letter has bytes in VNI, VISCII and Windows-1258, and every lower-case one in TCVN3', () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    // the 134 letters beyond ASCII (VISCII's count)
    const lower = [...vowels].flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))).concat('đ').filter((c) => c.charCodeAt(0) > 0x7f);
    const all = lower.concat(lower.map((c) => c.toUpperCase()));
    expect(all).toHaveLength(134);
    for (const name of ['vni', 'viscii', 'windows-1258'] as const) {
      const coder = legacyEncoder(encoding(name));
      expect(encoding(name).decode(coder.encode(all.join(' ')))).toBe(all.join(' '));
    }
    const tcvn3 = lower.concat([...'ĂÂÊÔƠƯĐ']).join(' ');
    expect(encoding('tcvn3').decode(legacyEncoder(encoding('tcvn3')).encode(tcvn3))).toBe(tcvn3);
  });
});

describe('the five samples, written in each legacy encoding, read back', () => {
  for (const name of ['tcvn3', 'vni', 'viscii', 'windows-1258'] as const) {
    for (const { file, text } of samples) {
      it(`${name} ${file.slice(0, 3)}`, () => {
        const coder = legacyEncoder(encoding(name));
        const bytes = coder.encode(text);
        const decoded = decodeTextFile(bytes, file);
        const want = coder.representable(text);
        expect(differentLines(decoded.text, want)).toEqual([]);
        if (decoded.encoding.name !== name) {
          // old OCR output has few marked letters: where every one reads the same in Windows-1252, the two cannot be told apart
          expect(CLEAN).not.toContain(file.slice(0, 3));
          expect(decoded.encoding.name).toBe('windows-1252');
          expect(encodings.decodeWindows1252(bytes)).toBe(want);
        }
        expect(decoded.encoding.via).toBe('bytes');
      });
    }
  }

  it('TCVN3 capitals with a tone are restored on the clean samples (KẾ HOẠCH, quốc hiệu, headings, Ủy ban)', () => {
    for (const { file, text } of samples.filter((s) => CLEAN.includes(s.file.slice(0, 3)))) {
      const bytes = legacyEncoder(encoding('tcvn3')).encode(text);
      // without the repair the file reads `KẾ HOạCH`
      expect(differentLines(encoding('tcvn3').decode(bytes), text).length).toBeGreaterThan(5);
      const decoded = decodeTextFile(bytes, file);
      expect(decoded.text).toBe(text);
      expect(decoded.encoding.notes.join()).toMatch(/capitals with a tone restored on \d+ line/);
    }
  });

  it('TCVN3 typed in .VnTimeH without Shift: genre lines back in capitals; elsewhere only the case of lines may be lost', () => {
    for (const { file, text } of samples) {
      const coder = legacyEncoder(encoding('tcvn3'), { capitalLinesInLowerCase: true });
      const decoded = decodeTextFile(coder.encode(text), file);
      const diff = differentLines(decoded.text, coder.representable(text));
      if (CLEAN.includes(file.slice(0, 3))) expect(diff).toEqual([]);
      // the raw OCR samples keep a few lines of capitals without any marked letter (`NGHI KHEN THUONG.`): documented limit
      for (const { got, want } of diff) expect(got.toUpperCase()).toBe(want.toUpperCase());
      expect(diff.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('the same record from the legacy files as from the originals', () => {
  for (const name of ['tcvn3', 'windows-1258'] as const) {
    for (const { file, text } of samples) {
      it(`${name} ${file.slice(0, 3)}`, () => {
        const coder = legacyEncoder(encoding(name));
        const decoded = decodeTextFile(coder.encode(text), file);
        const original = extractPlan(coder.representable(text), { sample: file });
        expect(extractPlan(decoded.text, { sample: file })).toEqual(original);
        // the clean samples hold no character these encodings lack: the very record of the original
        if (CLEAN.includes(file.slice(0, 3))) expect(original).toEqual(extractPlan(text, { sample: file }));
      });
    }
  }

  it('tcvn3 typed in .VnTimeH without Shift, clean samples', () => {
    for (const { file, text } of samples.filter((s) => CLEAN.includes(s.file.slice(0, 3)))) {
      const bytes = legacyEncoder(encoding('tcvn3'), { capitalLinesInLowerCase: true }).encode(text);
      expect(extractPlan(decodeTextFile(bytes, file).text, { sample: file })).toEqual(extractPlan(text, { sample: file }));
    }
  });
});

describe('text already mis-decoded as Windows-1252 (PDF text layers, converted files) is read again', () => {
  for (const name of ['tcvn3', 'vni', 'viscii', 'windows-1258'] as const) {
    it(name, () => {
      for (const { file, text } of samples.filter((s) => CLEAN.includes(s.file.slice(0, 3)))) {
        const coder = legacyEncoder(encoding(name));
        const mojibake = encodings.decodeWindows1252(coder.encode(text));
        expect(mojibake).not.toBe(text);
        const decoded = decodeTextFile(utf8(mojibake), file);
        expect(differentLines(decoded.text, coder.representable(text))).toEqual([]);
        expect(decoded.encoding).toMatchObject({ name, via: 'mis-decoded' });
      }
    });
  }

  it('a hyphen glued inside a word is the soft hyphen byte (TCVN3 ư) when that makes a syllable', () => {
    const layer = 'Ph¸t huy vai trß cña nh©n d©n, n-íc s¹ch, ®-êng giao th«ng, th-êng xuyªn theo KÕ ho¹ch sè 12/KH-UBND, x·-héi';
    expect(encodings.repairMisdecoded(layer)?.text).toBe('Phát huy vai trò của nhân dân, nước sạch, đường giao thông, thường xuyên theo Kế hoạch số 12/KH-UBND, xã-hội');
  });

  it('the PDF text-layer shape: `KÕ ho¹ch` lines', () => {
    const layer = ['UBND X· LôC BA', 'Sè: 66/KH-UBND', 'KÕ HO¹CH', 'Ph¸t ®éng ®ît thi ®ua cao ®iÓm n¨m 2024 trªn ®Þa bµn x· Lôc Ba'].join('\n');
    expect(encodings.repairMisdecoded(layer)).toEqual({
      text: ['UBND XÃ LỤC BA', 'Số: 66/KH-UBND', 'KẾ HOẠCH', 'Phát động đợt thi đua cao điểm năm 2024 trên địa bàn xã Lục Ba'].join('\n'),
      encoding: { name: 'tcvn3', via: 'mis-decoded', notes: ['capitals with a tone restored on 2 line(s): TCVN3 has no byte for them'] },
    });
  });
});

describe('the bound that spares reading Vietnamese Unicode again', () => {
  // The readings repairMisdecoded scores, made here from the tables themselves: each character Windows-1252
  // has a byte for read in the encoding (both the mojibake's own and every other), then composed, then TCVN3's
  // soft hyphen put back the way the encodings do (so the bound must hold for every hyphen too).
  const byteOf = new Map([...Array(256).keys()].map((b) => [encodings.decodeWindows1252(Uint8Array.of(b)), b] as const));
  const readIn = (text: string, e: LegacyEncoding): string =>
    [...text].map((c) => (byteOf.has(c) ? e.decode(Uint8Array.of(byteOf.get(c)!)) : c)).join('').normalize('NFC');
  const texts = [
    ...samples.map((s) => s.text),
    ...readdirSync(join(FIXTURES, 'dev-plans/texts')).slice(0, 6).map((f) => readFileSync(join(FIXTURES, 'dev-plans/texts', f), 'utf8')),
    'Ph¸t huy vai trß cña nh©n d©n, n-íc s¹ch, ®-êng giao th«ng, th-êng xuyªn',
  ];
  const mojibake = texts.slice(0, 5).flatMap((text) => encodings.encodings.map((e) => encodings.decodeWindows1252(legacyEncoder(e).encode(text))));

  it('no reading has more words to count than mostCountedWords says, in Unicode text or mojibake', () => {
    for (const text of [...texts, ...mojibake]) {
      const most = encodings.mostCountedWords(text);
      for (const e of encodings.encodings) {
        const reading = readIn(text, e);
        // each hyphen as TCVN3's ư and VISCII's ễ may be, on top: the most words softHyphens could make
        const withHyphens = reading.replace(/[-\u2010]/g, e.decode(Uint8Array.of(0xad)));
        const counted = Math.max(encodings.inventory.score(reading).words, encodings.inventory.score(withHyphens).words);
        expect({ encoding: e.name, head: text.slice(0, 30), counted: Math.min(counted, most) }).toEqual({ encoding: e.name, head: text.slice(0, 30), counted });
      }
    }
  });

  it('rules out the Vietnamese Unicode of the samples and the dev set, and no mojibake', () => {
    const ruledOut = (text: string): boolean => encodings.mostCountedWords(text) <= 2 * encodings.inventory.score(text).valid;
    expect(texts.filter((text) => ruledOut(text)).length).toBeGreaterThanOrEqual(8);
    expect(mojibake.filter((text) => ruledOut(text))).toEqual([]);
  });
});

describe('valid UTF-8 is never re-read', () => {
  const folders = ['samples', 'dev-plans/texts', 'gold-text', 'scans'];
  const texts = folders.flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ file: `${folder}/${f}`, bytes: new Uint8Array(readFileSync(join(FIXTURES, folder, f))) })),
  );

  it(`the ${texts.length} fixture texts (samples, dev set, gold, scan texts) and their stripped copies stay UTF-8, untouched`, () => {
    expect(texts.length).toBeGreaterThanOrEqual(30);
    for (const { file, bytes } of texts) {
      const decoded = decodeTextFile(bytes, file);
      expect({ file, encoding: decoded.encoding }).toEqual({ file, encoding: { name: 'utf-8', via: 'bytes', notes: [] } });
      expect(encodings.repairMisdecoded(decoded.text)).toBeNull();
      const stripped = stripMarks(decoded.text);
      expect(decodeTextFile(utf8(stripped), file).text).toBe(stripped);
    }
  });

  it('a few Latin-1 words in Vietnamese text are left alone', () => {
    const text = 'Kế hoạch số 12 về café, résumé và menu à la carte của xã';
    expect(decodeTextFile(utf8(text), 'a.txt')).toEqual({ text, encoding: { name: 'utf-8', via: 'bytes', notes: [] } });
  });
});

describe('TCVN3 capitals: evidence and its limits', () => {
  const tcvn3 = (lines: string[]): string[] => {
    const bytes = Uint8Array.from([...lines.join('\n')].map((c) => [...Array(256).keys()].find((b) => encodings.decodeWindows1252(Uint8Array.of(b)) === c) ?? 0x3f));
    const { text } = repaired(encoding('tcvn3'), encoding('tcvn3').decode(bytes));
    return text.split('\n');
  };

  it('typed with Shift: capitals follow the words around them; a lone title-case word stays', () => {
    expect(tcvn3(['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'Sè: 12/KH-UBND', 'Lôc Ba, ngµy 22 th¸ng 01 n¨m 2024', 'TM. ñY BAN NH¢N D¢N'])).toEqual([
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/KH-UBND',
      'Lục Ba, ngày 22 tháng 01 năm 2024',
      'TM. ỦY BAN NHÂN DÂN',
    ]);
  });

  it('typed in .VnTimeH without Shift: header block, type name, headings and signature lines of the genre', () => {
    const lines = ['ñy ban nh©n d©n       céng hoµ x· héi chñ nghÜa viÖt nam', 'x· lôc ba', 'Sè: 12/KH-UBND', 'kÕ ho¹ch', 'Ph¸t ®éng thi ®ua', 'ii. môc tiªu', 'ë c¸c xãm, ñy ban x· chØ ®¹o.', 'tm. ñy ban nh©n d©n', 'chñ tÞch'];
    expect(tcvn3(lines)).toEqual([
      'ỦY BAN NHÂN DÂN       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ LỤC BA',
      'Số: 12/KH-UBND',
      'KẾ HOẠCH',
      'Phát động thi đua',
      'II. MỤC TIÊU',
      'Ở các xóm, Ủy ban xã chỉ đạo.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
  });

  it('not recovered (documented): a proper name starting with a lost capital inside a sentence', () => {
    expect(tcvn3(['thuéc huyÖn øng Hoµ'])).toEqual(['thuộc huyện ứng Hoà']);
  });
});
