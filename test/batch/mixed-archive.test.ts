// summary.csv over a mixed archive, as an archivist runs the batch over a whole
// folder: plans of several levels, a decision that carries a plan, a Party
// notice, letters (Công văn, Công điện), a Báo cáo. Every row must carry the
// document's own NĐ 30 fields as the archivists' records have them, and a
// non-plan must carry no plan columns (theme, period, award forms).
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { SUMMARY_HEADER, vietnameseDate } from '../../src/batch/summary-csv.js';
import { parseCsv } from './helpers/inspect.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
/** [set, id]: dev-set documents of 2025 and genre documents of other years and levels. */
const ARCHIVE = [
  ['dev-plans', '102_d02'], // Kế hoạch, UBND thành phố
  ['dev-plans', '113_d13'], // Quyết định carrying a Kế hoạch after its signature
  ['dev-plans', '115_d15'], // Thông báo of a Party office
  ['dev-plans', '118_d18'], // Công văn
  ['dev-plans', '121_d21'], // Công điện
  ['genre', '201_huyen-2019'], // emulation plan of a huyện, with award forms
  ['genre', '208_baocao-xa-2018'], // Báo cáo of a xã
  ['genre', '210_dangUyPhuong-2024'], // Party committee plan
] as const;

interface Gold {
  documentType: string | null;
  documentNumber: { number: string | null; symbol: string | null };
  issuedDate: string | null;
  title: string | null;
  issuer: { name: string | null };
  signer: { name: string | null };
  legalBases: unknown[];
  emulation: { theme: string | null; period: { from: string | null; to: string | null } };
  awardForms: { form: string }[];
  /** Fields the archivists left unscored (a judgement call, see fixtures/dev-plans/gold/NOTES.md). */
  _unscored?: string[];
}

let root: string;
let rows: Map<string, Record<string, string>>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vnplan-mixed-'));
  const dir = join(root, 'archive');
  await mkdir(dir);
  for (const [set, id] of ARCHIVE) await copyFile(join(FIXTURES, set, 'texts', `${id}.txt`), join(dir, `${id}.txt`));
  const summary = await runBatch({ inputDir: dir, outDir: join(root, 'out'), concurrency: 2 });
  expect(summary.ok).toBe(ARCHIVE.length);
  const [header, ...body] = parseCsv((await readFile(join(root, 'out', 'summary.csv'), 'utf8')).replace(/^\uFEFF/, ''));
  expect(header).toEqual([...SUMMARY_HEADER]);
  rows = new Map(body.map((row) => [row[0]!, Object.fromEntries(header!.map((h, i) => [h, row[i] ?? '']))]));
}, 300_000);

afterAll(() => rm(root, { recursive: true, force: true }));

const folded = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

describe('summary.csv over a mixed archive', () => {
  for (const [set, id] of ARCHIVE) {
    it(`${id}: the row holds the document's own fields, and plan columns only for a plan that organises a movement`, async () => {
      const gold = JSON.parse(await readFile(join(FIXTURES, set, 'gold', `${id}.json`), 'utf8')) as Gold;
      const row = rows.get(`${id}.txt`)!;
      expect(row).toBeDefined();
      const scored = (field: string) => !(gold._unscored ?? []).includes(field);
      expect(row['Tên loại văn bản']).toBe(gold.documentType ?? '');
      expect(row['Số của văn bản']).toBe(gold.documentNumber.number ?? '');
      expect(row['Ký hiệu của văn bản']).toBe(gold.documentNumber.symbol ?? '');
      expect(row['Ngày, tháng, năm văn bản']).toBe(gold.issuedDate ? vietnameseDate(gold.issuedDate) : '');
      if (scored('title')) expect(folded(row['Trích yếu nội dung']!)).toBe(folded(gold.title ?? ''));
      if (scored('issuer.name')) expect(row['Tên cơ quan, tổ chức ban hành văn bản']).toBe(gold.issuer.name ?? '');
      if (scored('signer.name')) expect(row['Người ký']).toBe(gold.signer.name ?? '');
      expect(row['Số căn cứ pháp lý']).toBe(String(gold.legalBases.length));
      expect(row['Chủ đề thi đua']).toBe(gold.emulation.theme ?? '');
      if (gold.emulation.period.from === null && gold.emulation.period.to === null) expect(row['Thời gian thi đua']).toBe('');
      else expect(row['Thời gian thi đua']).not.toBe('');
      const forms = row['Hình thức khen thưởng']!;
      expect(forms === '' ? 0 : forms.split('; ').length).toBe(gold.awardForms.length);
      if (gold.documentType !== 'Kế hoạch') expect(row['Ghi chú']).toContain('not a plan');
    });
  }
});
