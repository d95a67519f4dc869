// pdf.js's legacy build replaces some of the engine's built-ins with core-js
// polyfills for the whole process (src/ocr/pdf.ts): the pipeline must load it
// only for a PDF and put the built-ins back. Run in a fresh process of the
// transpiled tree (test/helpers/cli-build.ts), where nothing else has loaded
// pdf.js before.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_TREE } from '../helpers/cli-build.js';
import { SCANS } from './helpers.js';

const PROBE = `
const builtIns = () => [Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString];
const engine = builtIns();
const same = () => builtIns().every((f, i) => f === engine[i]);
const { restoreFile, processFile } = await import(${JSON.stringify(pathToFileURL(join(CLI_TREE, 'pipeline.js')).href)});
const [text, pdf] = process.argv.slice(2);
await restoreFile(text);
const afterText = { pdfjsLoaded: 'pdfjsLib' in globalThis, same: same() };
const record = await processFile(pdf);
const afterPdf = { pdfjsLoaded: 'pdfjsLib' in globalThis, same: same(), pages: record.document.pages.length };
console.log(JSON.stringify({ afterText, afterPdf }));
`;

describe("the engine's built-ins", () => {
  it('a text file is restored without pdf.js; after a PDF is read the built-ins are the engine\'s own', () => {
    // a file, not `-e`: the text layer's worker thread inherits the process' node options
    const dir = mkdtempSync(join(tmpdir(), 'vnplan-builtins-'));
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, PROBE);
    let out: string;
    try {
      out = execFileSync(process.execPath, [probe, join(SCANS, '002.txt'), join(SCANS, '002_textlayer.pdf')], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const { afterText, afterPdf } = JSON.parse(out) as { afterText: { pdfjsLoaded: boolean; same: boolean }; afterPdf: { pdfjsLoaded: boolean; same: boolean; pages: number } };
    expect(afterText).toEqual({ pdfjsLoaded: false, same: true });
    expect(afterPdf.pdfjsLoaded).toBe(true);
    expect(afterPdf.pages).toBeGreaterThan(1);
    expect(afterPdf.same).toBe(true);
  });
});
