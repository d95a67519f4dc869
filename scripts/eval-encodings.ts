// Legacy encodings end to end on the five samples: each written by the
// project's encoder in TCVN3 (typed with Shift, and in .VnTimeH without it),
// VNI, VISCII and Windows-1258, as bytes and as the Windows-1252 mojibake a PDF
// text layer gives; read back by decodeTextFile; lines that differ from what
// the encoding can hold, and whether extractPlan gives the same record.
//
//   npx tsx scripts/eval-encodings.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { vietnameseEncodings, type LegacyEncoding } from '../src/input/encodings/index.js';
import { decodeTextFile } from '../src/input/text.js';
import { extractPlan } from '../src/extract/index.js';
import { legacyEncoder, type EncoderOptions } from './lib/legacy-encoder.js';

const SAMPLES = join(import.meta.dirname, '../fixtures/samples');
const encodings = vietnameseEncodings();
const variants: Array<{ label: string; encoding: LegacyEncoding; options: EncoderOptions; mojibake: boolean }> = encodings.encodings.flatMap((encoding) => [
  { label: encoding.name, encoding, options: {}, mojibake: false },
  ...(encoding.name === 'tcvn3' ? [{ label: 'tcvn3 .VnTimeH', encoding, options: { capitalLinesInLowerCase: true }, mojibake: false }] : []),
  { label: `${encoding.name} as cp1252 text`, encoding, options: {}, mojibake: true },
]);

console.log('| sample | encoding | found | lines differing | same record |');
console.log('| --- | --- | --- | ---: | --- |');
for (const file of readdirSync(SAMPLES).sort()) {
  const text = decodeTextFile(readFileSync(join(SAMPLES, file)), file).text;
  for (const { label, encoding, options, mojibake } of variants) {
    const coder = legacyEncoder(encoding, options);
    const bytes = coder.encode(text);
    const input = mojibake ? new TextEncoder().encode(encodings.decodeWindows1252(bytes)) : bytes;
    const decoded = decodeTextFile(input, file);
    const want = coder.representable(text).split('\n');
    const differing = decoded.text.split('\n').filter((line, i) => line !== want[i]).length;
    const same = isDeepStrictEqual(extractPlan(decoded.text, { sample: file }), extractPlan(want.join('\n'), { sample: file }));
    console.log(`| ${file.slice(0, 3)} | ${label} | ${decoded.encoding.name} (${decoded.encoding.via}) | ${differing} | ${same ? 'yes' : 'NO'} |`);
  }
}
