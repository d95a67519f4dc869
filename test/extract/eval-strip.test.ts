// The eval strips the texts with the project's stripMarks; the judge strips
// them with fixtures/dev-plans/strip.mjs. Both must give the same bytes, or the
// eval's "stripped" figures would not be the judge's.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripMarks } from '../../src/marks.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'fixtures', 'dev-plans', 'strip.mjs');
const dirs = [join(root, 'fixtures', 'dev-plans', 'texts'), join(root, 'fixtures', 'samples')];

describe('stripped texts of the eval', () => {
  for (const dir of dirs) {
    it(`equal strip.mjs's output for every text of ${dir.slice(root.length)}`, () => {
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
      expect(files.length).toBeGreaterThan(4);
      for (const f of files) {
        const path = join(dir, f);
        const judge = execFileSync(process.execPath, [script, path], { encoding: 'utf8', maxBuffer: 1 << 26 });
        expect(stripMarks(readFileSync(path, 'utf8')), f).toBe(judge);
      }
    });
  }
});
