// Writes the byte tables of the legacy Vietnamese encodings that are derived
// from a standard's implementation (dictionaries/encodings/, see
// dictionaries/SOURCES.md): VISCII (RFC 1456) and TCVN3 (the VN3 subset of
// TCVN 5712:1993), both read from glibc's iconv charmaps, one byte at a time.
// Windows-1252's 0x80–0x9F (quotes, dashes, €) too: Node 20's TextDecoder
// reads `windows-1252` as ISO-8859-1, so it cannot supply them. VNI has no
// iconv charmap: its table is written by hand; Windows-1258 needs no table
// (Node's TextDecoder carries its WHATWG index correctly).
//
//   npx tsx scripts/build-encoding-tables.ts      (needs glibc iconv)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES_DIR } from '../src/dictionaries.js';

const OUT = join(DICTIONARIES_DIR, 'encodings');

/** What iconv makes of one byte, or null when the charmap leaves it unassigned. */
function iconvByte(charset: string, byte: number): string | null {
  try {
    return execFileSync('iconv', ['-f', charset, '-t', 'UTF-8'], { input: Buffer.from([byte]), stdio: ['pipe', 'pipe', 'ignore'] }).toString('utf8');
  } catch {
    return null;
  }
}

function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

function writeTable(file: string, header: string[], rows: Array<[number, string]>): void {
  const lines = [...header.map((h) => `# ${h}`), '# byte\tcode points\tcharacter'];
  for (const [byte, text] of rows) lines.push(`${hex(byte)}\t${codePoints(text)}\t${text}`);
  writeFileSync(join(OUT, file), lines.join('\n') + '\n');
  console.log(`${file}: ${rows.length} bytes`);
}

/** Every byte whose character differs from ASCII (the tables list only what they change). */
function nonAsciiRows(charset: string, keep: (byte: number, text: string) => boolean): Array<[number, string]> {
  const rows: Array<[number, string]> = [];
  for (let byte = 0; byte < 256; byte++) {
    const text = iconvByte(charset, byte);
    if (text === null || (byte < 0x80 && text === String.fromCharCode(byte))) continue;
    if (keep(byte, text)) rows.push([byte, text]);
  }
  return rows;
}

mkdirSync(OUT, { recursive: true });

writeTable(
  'viscii.tsv',
  ['VISCII (RFC 1456, Viet-Std 1992): all 134 precomposed Vietnamese letters; six of them on C0 control bytes.', 'Built by scripts/build-encoding-tables.ts from glibc iconv charmap VISCII.'],
  nonAsciiRows('VISCII', () => true),
);

// TCVN 5712:1993 VN1 also places the capitals with a tone on C0 and 0x80–0x9F
// bytes and on some of 0xA0–0xFF, and bare tone marks on 0xB0–0xB4. VN3 (the
// ABC .VnTime fonts, what archives hold) keeps only the lower half: ASCII,
// the seven toneless capitals Ă Â Ê Ô Ơ Ư Đ and every lower-case letter. Its
// capitals with a tone came from a second font (.VnTimeH) drawing the same
// lower-case bytes as capitals, so no byte stands for them.
const TONELESS_CAPITALS = new Set([...'ĂÂÊÔƠƯĐ']);
writeTable(
  'tcvn3.tsv',
  [
    'TCVN3 (ABC, .VnTime fonts): the VN3 subset of TCVN 5712:1993: ASCII, NBSP, Ă Â Ê Ô Ơ Ư Đ and the lower-case letters.',
    'Built by scripts/build-encoding-tables.ts from glibc iconv charmap TCVN5712-1, bytes 0xA0–0xFF, capitals with a tone and bare marks left out.',
    'Bytes not listed here (0x80–0x9F punctuation of the Windows fonts) read as Windows-1252.',
  ],
  nonAsciiRows('TCVN5712-1', (byte, text) => byte >= 0xa0 && (text === '\u00a0' || TONELESS_CAPITALS.has(text) || (/^\p{Ll}$/u.test(text)))),
);

// the five bytes Windows-1252 leaves unassigned read as the C1 controls of the same value (WHATWG index)
writeTable(
  'windows-1252.tsv',
  [
    'Windows-1252, bytes 0x80–0x9F (0xA0–0xFF are ISO-8859-1, the same code points as the bytes); unassigned bytes as C1 controls (WHATWG index-windows-1252).',
    'Built by scripts/build-encoding-tables.ts from glibc iconv charmap CP1252.',
  ],
  Array.from({ length: 32 }, (_, i): [number, string] => [0x80 + i, iconvByte('CP1252', 0x80 + i) ?? String.fromCharCode(0x80 + i)]),
);
