// Pieces held as UTF-8 in blocks give back exactly what joining the
// strings gives: multi-byte characters, pairs, separators, a lone surrogate
// (which no byte form holds), and enough pieces to fill many blocks.
import { describe, expect, it } from 'vitest';
import { OffHeapText, textHead, textLength, utf8TextOf, withHeldText, type Utf8Text } from '../../src/off-heap-text.js';

function joined(pieces: string[], separator: string): string {
  const text = new OffHeapText(separator);
  for (const piece of pieces) text.push(piece);
  return text.join();
}

describe('OffHeapText', () => {
  const plan = 'KẾ HOẠCH\nTriển khai công tác thi đua 😀 năm 2025\n';
  const many = Array.from({ length: 3000 }, (_, i) => `${plan}Bản sao số ${i}`);

  it('joins pieces as strings join, through many blocks', () => {
    for (const separator of ['', '\n']) {
      for (const pieces of [[], [plan], ['', ''], [plan, '', plan], many]) expect(joined(pieces, separator)).toBe(pieces.join(separator));
    }
  });

  it('keeps a piece with half a surrogate pair, wherever it comes', () => {
    const half = '😀'.slice(0, 1);
    for (const at of [0, 1, 1500, 2999]) {
      const pieces = many.map((piece, i) => (i === at ? `${piece}${half}` : piece));
      expect(joined(pieces, '\n')).toBe(pieces.join('\n'));
    }
  });

  it('starts again empty once joined', () => {
    const text = new OffHeapText('\n');
    text.push(plan);
    text.push(plan);
    expect(text.join()).toBe(`${plan}\n${plan}`);
    text.push('một');
    expect(text.join()).toBe('một');
  });
});

describe('Utf8Text', () => {
  const text = Array.from({ length: 400 }, (_, i) => `Bản sao số ${i} 😀\r\nKẾ HOẠCH ${'một hai '.repeat(i % 7)}`).join('\n');
  const held = (): Utf8Text => {
    const pieces = new OffHeapText('\n');
    for (const line of text.split('\n')) pieces.push(line);
    const kept = pieces.held();
    if (typeof kept === 'string') throw new Error('several pieces with a byte form are held as bytes');
    return kept;
  };

  it('is what the pieces held give: its bytes, length, lines and whole text', () => {
    const utf8 = held();
    expect(Buffer.concat(utf8.blocks).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(utf8.length).toBe(text.length);
    expect(utf8.text).toBe(text);
    expect(utf8.lineCount()).toBe(text.split('\n').length);
  });

  it('gives its pieces, each ending after a line feed, and its head, as the string would', () => {
    const utf8 = held();
    for (const size of [1, 7, 100, 1 << 20]) {
      const pieces = [...utf8.pieces(size)];
      expect(pieces.join('')).toBe(text);
      expect(pieces.slice(0, -1).every((piece) => piece.endsWith('\n'))).toBe(true);
    }
    for (const chars of [0, 1, 15, 16, 17, 5000, text.length - 1, text.length, text.length + 1]) expect(utf8.head(chars)).toBe(text.slice(0, chars));
  });

  it('a value holding it reads as its text, in JSON too, and the helpers read no more than asked', () => {
    const utf8 = held();
    const value = withHeldText({ pageNumber: 1 }, utf8);
    expect(value.text).toBe(text);
    expect(JSON.parse(JSON.stringify(value))).toEqual({ pageNumber: 1, text });
    expect(textLength(value)).toBe(text.length);
    expect(textHead(value, 20)).toBe(text.slice(0, 20));
    expect(textHead({ text }, 20)).toBe(text.slice(0, 20));
  });

  it('held in many small blocks, reads as held in one: bytes, pieces at every size, head, lines', () => {
    // a few MB of lines whose multi-byte characters (ẾẠ: 3 bytes, 😀: 4) fall at every offset of a block's end
    const lines = Array.from({ length: 40_000 }, (_, i) => `${'x'.repeat(i % 13)}KẾ HOẠCH 😀 số ${i} ${'một hai '.repeat(i % 11)}`);
    const whole = lines.join('\n');
    const blocked = new OffHeapText('\n', 4096 + 7);
    for (const line of lines) blocked.push(line);
    const utf8 = blocked.held() as Utf8Text;
    expect(utf8.blocks.length).toBeGreaterThan(100);
    expect(Buffer.concat(utf8.blocks).equals(Buffer.from(whole, 'utf8'))).toBe(true);
    expect(utf8.text).toBe(whole);
    expect(utf8.lineCount()).toBe(lines.length);
    const one = utf8TextOf(whole)!;
    for (const size of [1, 100, 4096, 5000, 1 << 20]) expect([...utf8.pieces(size)]).toEqual([...one.pieces(size)]);
    for (const chars of [0, 4095, 4096, 100_000, whole.length]) expect(utf8.head(chars)).toBe(whole.slice(0, chars));
  });

  it('is not made of a text without a byte form, nor of a single piece', () => {
    expect(utf8TextOf('😀'.slice(0, 1))).toBeNull();
    const one = new OffHeapText('\n');
    one.push(text);
    expect(one.held()).toBe(text);
  });
});
