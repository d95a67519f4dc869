import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextFile } from '../../src/input/text.js';
import { VnplanError } from '../../src/errors.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof VnplanError ? error.code : 'other';
  }
  return undefined;
}

const plan = 'KẾ HOẠCH\nTriển khai công tác thi đua năm 2025';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8(plan), 'a.txt')).toBe(plan);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(plan)]), 'a.txt')).toBe(plan);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(plan, 'le'), 'a.txt')).toBe(plan);
    expect(decodeText(utf16(plan, 'be'), 'a.txt')).toBe(plan);
  });

  it('reads UTF-16 LE and BE without a BOM, told by their NUL bytes', () => {
    for (const endian of ['le', 'be'] as const) {
      const decoded = decodeTextFile(utf16(plan, endian).subarray(2), 'a.txt');
      expect(decoded.text).toBe(plan);
      expect(decoded.encoding).toEqual({ name: `utf-16${endian}`, via: 'bytes', notes: ['no byte-order mark: told by its NUL bytes'] });
    }
  });

  it('drops a stray NUL byte and says where it was', () => {
    const bytes = utf8(plan);
    const withNul = Uint8Array.from([...bytes.subarray(0, 12), 0, ...bytes.subarray(12)]);
    const decoded = decodeTextFile(withNul, 'a.txt');
    expect(decoded.text).toBe(plan);
    expect(decoded.encoding.notes).toEqual(['1 stray NUL byte(s) dropped (first at line 1, byte 12 (0x00))']);
  });

  it('many NUL bytes are binary data, named as such', () => {
    const error = (() => {
      try {
        decodeTextFile(Uint8Array.from([...utf8('abc'), 0, 0, 0, ...utf8('def'), 0, 0]), 'blob.txt');
      } catch (e) {
        return e as VnplanError;
      }
      return null;
    })();
    expect(error?.code).toBe('BAD_ENCODING');
    expect(error?.message).toMatch(/^blob\.txt: 5 NUL bytes \(first at line 1, byte 3 \(0x00\)\): binary data, not text$/);
  });

  it('UTF-8 with one broken byte is read as UTF-8, the byte replaced and noted', () => {
    const text = 'Kế hoạch phát động phong trào thi đua trên địa bàn xã năm 2024';
    const bytes = utf8(text);
    bytes[3] = 0xff; // the last of ế's three bytes
    const decoded = decodeTextFile(bytes, 'a.txt');
    expect(decoded.text).toBe(text.replace('ế', '\uFFFD\uFFFD'));
    expect(decoded.encoding.name).toBe('utf-8');
    expect(decoded.encoding.notes[0]).toMatch(/^2 invalid UTF-8 byte sequence\(s\) replaced by U\+FFFD \(first at line 1, byte 1 \(0xe1\)\)$/);
  });

  it('a nearly ASCII file in no Vietnamese encoding is read as Windows-1252, noted', () => {
    const bytes = Uint8Array.from([...utf8('Ke hoach so 12 ve cafe '.repeat(10)), 0x93, ...utf8('thi dua'), 0x94]);
    const decoded = decodeTextFile(bytes, 'a.txt');
    expect(decoded.text).toBe(`${'Ke hoach so 12 ve cafe '.repeat(10)}“thi dua”`);
    expect(decoded.encoding.name).toBe('windows-1252');
    expect(decoded.encoding.notes[0]).toMatch(/read as Windows-1252 \(2 byte\(s\) beyond ASCII\)/);
  });

  it('composes NFD input to NFC', () => {
    const decomposed = plan.normalize('NFD');
    expect(decomposed).not.toBe(plan);
    expect(decodeText(utf8(decomposed), 'a.txt')).toBe(plan);
  });

  it('turns CRLF and CR into LF, keeping every line', () => {
    expect(decodeText(utf8('Số: 12/KH-UBND\r\n\r\nKẾ HOẠCH\rx'), 'a.txt')).toBe('Số: 12/KH-UBND\n\nKẾ HOẠCH\nx');
  });

  it('rejects bytes that are neither UTF-8 nor a Vietnamese encoding as BAD_ENCODING, naming where UTF-8 breaks', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 5 === 4 ? 0x20 : 0xc0 + ((i * 13) % 31)));
    expect(() => decodeText(bytes, 'odd.txt')).toThrow(
      /^odd\.txt: not valid UTF-8 \(first invalid byte at line 1, byte 0 \(0xc0\)\), and not Vietnamese text in TCVN3, VNI, VISCII, Windows-1258 or Windows-1252 either$/,
    );

    expect(codeOf(() => decodeText(new Uint8Array([0x4b, 0xc3, 0x28, 0x48]), 'bad.txt'))).toBe('BAD_ENCODING');
    expect(codeOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'bad.txt'))).toBe('BAD_ENCODING');
  });

  it('rejects empty and white-space-only files as EMPTY', () => {
    expect(codeOf(() => decodeText(new Uint8Array(), 'e.txt'))).toBe('EMPTY');
    expect(codeOf(() => decodeText(utf8(' \n\t\r\n'), 'e.txt'))).toBe('EMPTY');
    expect(codeOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'e.txt'))).toBe('EMPTY');
  });

  it('removes Markdown heading and emphasis marks but keeps line numbers', () => {
    const md = [
      '## **KẾ HOẠCH**',
      '### **Tổ chức phong trào thi đua năm 2025**',
      '',
      '#### **I. MỤC ĐÍCH**  ',
      '- Một *điểm* nhấn và __hai__ điểm',
      '* gạch đầu dòng giữ nguyên',
      '**TM. ỦY BAN NHÂN DÂN**  ',
      '**KT. CHỦ TỊCH**',
    ].join('\n');
    expect(decodeText(utf8(md), 'a.md').split('\n')).toEqual([
      'KẾ HOẠCH',
      'Tổ chức phong trào thi đua năm 2025',
      '',
      'I. MỤC ĐÍCH',
      '- Một điểm nhấn và hai điểm',
      '* gạch đầu dòng giữ nguyên',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
    ]);
  });

  it('keeps arithmetic and file names with stars and underscores', () => {
    expect(decodeText(utf8('2 * 3 = 6; ke_hoach_2025.txt'), 'a.txt')).toBe('2 * 3 = 6; ke_hoach_2025.txt');
  });
});
