import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/text.js';
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

  it('composes NFD input to NFC', () => {
    const decomposed = plan.normalize('NFD');
    expect(decomposed).not.toBe(plan);
    expect(decodeText(utf8(decomposed), 'a.txt')).toBe(plan);
  });

  it('turns CRLF and CR into LF, keeping every line', () => {
    expect(decodeText(utf8('Số: 12/KH-UBND\r\n\r\nKẾ HOẠCH\rx'), 'a.txt')).toBe('Số: 12/KH-UBND\n\nKẾ HOẠCH\nx');
  });

  it('rejects invalid UTF-8 as BAD_ENCODING', () => {
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
