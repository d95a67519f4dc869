// A broken installation: each table the restorer and the legacy-encoding
// reader load, taken away from (or spoilt in) a copy of dictionaries/, is an
// error naming the table and what brings it back, never a silently empty
// table or a fallback nobody is told of.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DICTIONARIES_DIR } from '../../src/dictionaries.js';
import { isVnplanError } from '../../src/errors.js';
import { VietnameseEncodings } from '../../src/input/encodings/index.js';
import { CALIBRATION_FILE, readCalibration } from '../../src/restore/calibration.js';
import { readRestorerTables } from '../../src/restore/index.js';
import { NameModel } from '../../src/restore/names.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** dictionaries/ as links to its files, but for `left` (not there) and `spoilt` (written with these bytes). */
function copyOfTables(left: string | null, spoilt: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vnplan-tables-'));
  made.push(dir);
  for (const entry of readdirSync(DICTIONARIES_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const name = join(entry.parentPath, entry.name).slice(DICTIONARIES_DIR.length + 1);
    if (name === left) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    const bytes = spoilt[name];
    if (bytes === undefined) symlinkSync(join(DICTIONARIES_DIR, name), join(dir, name));
    else writeFileSync(join(dir, name), bytes);
  }
  return dir;
}

/** Everything read from a tables folder: the restorer's tables, its name model, the legacy encodings. */
function loadEverything(dir: string): void {
  readRestorerTables(dir);
  NameModel.read(dir);
  VietnameseEncodings.load(dir);
}

function errorOf(load: () => unknown): unknown {
  try {
    load();
  } catch (error) {
    return error;
  }
  return null;
}

const BUILD = 'npm run build:dictionaries';
const BY_HAND = 'it is written by hand, see dictionaries/SOURCES.md';
/** Each table and the words of its message that say how it comes back. */
const TABLES: [string, string][] = [
  ['restore-vocab.tsv', BUILD],
  ['restore-lm.bin.gz', BUILD],
  ['restore-lm-backward.bin.gz', BUILD],
  ['restore-fourgrams.bin.gz', BUILD],
  ['restore-disambiguator.bin.gz', 'npx tsx scripts/build-disambiguator.ts'],
  ['restore-titled.tsv', BUILD],
  ['restore-names.tsv', BUILD],
  ['restore-abbreviations.txt', BUILD],
  ['restore-channel.json', 'npx tsx scripts/make-channel-pairs.ts'],
  ['document-types.json', BY_HAND],
  ['organs.json', BY_HAND],
  ['admin-levels.json', BY_HAND],
  ['plan-vocabulary.json', BY_HAND],
  ['names-persons.tsv', 'npm run build:names'],
  ['names-given.txt', 'npm run build:names'],
  ['names-places.tsv', 'npm run build:names'],
  ['encodings/windows-1252.tsv', 'npx tsx scripts/build-encoding-tables.ts'],
  ['encodings/tcvn3.tsv', 'npx tsx scripts/build-encoding-tables.ts'],
  ['encodings/vni.tsv', 'npx tsx scripts/build-encoding-tables.ts'],
  ['encodings/viscii.tsv', 'npx tsx scripts/build-encoding-tables.ts'],
];

describe('a table missing from dictionaries/', () => {
  it('the whole copy loads (the test itself is sound)', () => {
    expect(errorOf(() => loadEverything(copyOfTables(null)))).toBeNull();
  });

  it.each(TABLES)('%s: BAD_TABLE naming it, with git checkout and how it is made', (name, how) => {
    const dir = copyOfTables(name);
    const error = errorOf(() => loadEverything(dir));
    expect(isVnplanError(error) && error.code).toBe('BAD_TABLE');
    const message = String((error as Error).message);
    expect(message).toContain(`${join(dir, name)}: the table is missing: vnplan cannot run without this table`);
    expect(message).toContain(`git checkout -- dictionaries/${name}`);
    expect(message).toContain(how);
  });

  it('the calibration: required in the package, raw scores only in tables built with part of the corpus held out', () => {
    const dir = copyOfTables(CALIBRATION_FILE);
    expect(String(errorOf(() => readCalibration(dir, true)))).toContain(
      `${join(dir, CALIBRATION_FILE)}: the table is missing: vnplan cannot run without this table; reinstall vnplan, or in its checkout run \`git checkout -- dictionaries/${CALIBRATION_FILE}\``,
    );
    expect(readCalibration(dir)).toEqual({});
  });
});

describe('a spoilt table', () => {
  it.each([
    ['restore-lm.bin.gz', 'not gzip at all', /the table is damaged \(.*header/i],
    ['restore-names.tsv', '', /the table is empty \(0 bytes\)/],
    ['restore-titled.tsv', 'năm\t1\n', /the table is damaged \(1 rows for \d+ words of restore-vocab\.tsv\)/],
    ['organs.json', '{"organs": 3}', /the table is damaged \(not the table's shape: .*organs/],
    ['plan-vocabulary.json', '{"recipientsHeading": ', /the table is damaged \(.*JSON/],
  ])('%s: BAD_TABLE naming it and what is wrong', (name, bytes, problem) => {
    const dir = copyOfTables(null, { [name]: bytes });
    const error = errorOf(() => loadEverything(dir));
    expect(isVnplanError(error) && error.code).toBe('BAD_TABLE');
    expect(String((error as Error).message)).toContain(`${join(dir, name)}: the table`);
    expect(String((error as Error).message)).toMatch(problem);
  });
});
