// The review page in a real browser (chromium via playwright-core): a batch over
// the bundled samples and a scan, the page opened from file:// (offline: no
// request leaves the folder), filtered and sorted, a document opened with a
// field beside its highlighted lines and boxed on the page image; then the same
// page served, a field corrected and the document checked through it, and
// summary.csv changed. A screenshot of each view goes to test-results/screenshots/.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRecord } from '../../src/types.js';
import { documentId, SHOWN_TEXT } from '../../src/review/sidecars.js';
import { writeReviewPage } from '../../src/review/page.js';
import { startReviewServer } from '../../src/review/server.js';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { batchOver, removeBatches, SAMPLE_002, SAMPLES, SCANS, summaryRows } from './helpers.js';

const SCAN = '002_page1.jpg';
const RAW_OCR = '001_e964ddde52d2b84f.txt';
let folders: Awaited<ReturnType<typeof batchOver>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
const pageErrors: string[] = [];

async function record(name: string): Promise<PlanRecord> {
  return PlanRecord.parse(JSON.parse(await readFile(join(folders.out, name.replace(/\.[a-z]+$/, '.json')), 'utf8')));
}

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const rowCount = (page: Page) => page.locator('#rows tr').count();

beforeAll(async () => {
  const samples = (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')).map((n) => join(SAMPLES, n));
  folders = await batchOver([...samples, join(SCANS, SCAN)]);
  expect(folders.summary.ok).toBe(6);
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  context = browser.context;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await removeBatches();
});

describe('review page from file://', () => {
  it('lists every document, filters and sorts them, with no request leaving the folder', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(folders.out, 'index.html')).href);
    await expect.poll(() => rowCount(page)).toBe(6);
    await shot(page, '1-list');

    const records = await Promise.all([...(await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')), SCAN].map(record));
    const in2022 = records.filter((r) => r.issuedDate?.startsWith('2022')).length;
    expect(in2022).toBeGreaterThan(0);
    await page.selectOption('#filter-year', '2022');
    await expect.poll(() => rowCount(page)).toBe(in2022);
    await shot(page, '2-list-filtered');
    await page.selectOption('#filter-year', '');
    await page.selectOption('#filter-status', 'error');
    await expect.poll(() => rowCount(page)).toBe(0);
    await page.selectOption('#filter-status', '');
    // the search box is one keystroke away
    await page.keyboard.press('/');
    await page.keyboard.type('page1');
    await expect.poll(() => rowCount(page)).toBe(1);
    await page.fill('#filter-q', '');

    // sorted by the number of fields to review, most first
    await page.click('[data-sort="flagged"]');
    await page.click('[data-sort="flagged"]');
    const counts = (await page.locator('#rows tr td.num').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.some((c) => c > 0)).toBe(true);

    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows a field beside its highlighted lines, the original text one click away, and the lines boxed on the scan', async () => {
    const page = await newPage();
    await page.goto(pathToFileURL(join(folders.out, 'index.html')).href);
    await page.click(`a:text("${SCAN}")`);
    const field = page.locator('tr.field[data-field="legalBases.0.number"]');
    await field.waitFor();
    const scan = await record(SCAN);
    const value = scan.legalBases[0]!.number!;
    const range = scan.provenance['legalBases.0']!;
    await expect.poll(() => field.locator('td.value').textContent()).toContain(value);
    // by keyboard: focus the row, Enter
    await field.focus();
    await page.keyboard.press('Enter');
    const lit = page.locator('#text li.hl');
    const lines = (await lit.evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-line'))))).sort((a, b) => a - b);
    expect(lines).toEqual(Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i));
    expect((await lit.allTextContents()).join(' ')).toContain(value);
    await shot(page, '3-document-field');

    // the date's line, boxed on the page image
    const dateLines = scan.provenance.issuedDate!;
    await page.click('tr.field[data-field="issuedDate"]');
    await page.click('#view-pages');
    const boxes = page.locator('figure.page .box');
    await expect.poll(() => boxes.count()).toBe(dateLines.to - dateLines.from + 1);
    const boxed = await boxes.evaluateAll((items) => items.map((b) => Number(b.getAttribute('data-line'))));
    expect(boxed.every((line) => line >= dateLines.from && line <= dateLines.to)).toBe(true);
    // inside the page image, in its top quarter where the date of a plan stands
    const [figure, box] = [await page.locator('figure.page').first().boundingBox(), await boxes.first().boundingBox()];
    expect(box!.x).toBeGreaterThanOrEqual(figure!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(figure!.x + figure!.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(figure!.y + figure!.height / 4);
    await shot(page, '4-document-page-image');

    await page.keyboard.press('Escape');
    await expect.poll(() => rowCount(page)).toBe(6);

    // restoration's changes are marked; the text before restoration is one click away
    // (raw OCR of a sample: restoration changes it, where the Vietnamese-model scan needs nothing)
    await page.click(`a:text("${RAW_OCR}")`);
    await page.locator('#text li').first().waitFor();
    const log = JSON.parse(await readFile(join(folders.out, RAW_OCR.replace('.txt', '.corrections.json')), 'utf8'));
    expect(log.corrections.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#text mark.chg').count()).toBe(log.corrections.length);
    await page.click('#toggle-original');
    const firstChanged = log.corrections[0].line as number;
    expect(await page.locator(`#text li[data-line="${firstChanged}"] span:nth-child(2)`).textContent()).toBe((await readFile(join(folders.dir, RAW_OCR), 'utf8')).split('\n')[firstChanged - 1]);
    expect(log.originalLines.find((l: { line: number }) => l.line === firstChanged)).toBeTruthy();
    await page.click('#toggle-original');

    await page.keyboard.press('Escape');
    await expect.poll(() => rowCount(page)).toBe(6);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('review page served', () => {
  it('corrects a field and checks a document, and summary.csv changes', async () => {
    const server = await startReviewServer({ outDir: folders.out });
    try {
      const page = await newPage();
      await page.goto(`${server.url}#doc/${documentId(SAMPLE_002)}`);
      const row = page.locator('tr.field[data-field="signer.name"]');
      await row.waitFor();
      const before = (await summaryRows(folders.out)).find((r) => r['Tệp'] === SAMPLE_002)!;
      const name = 'Nguyễn Thị Lưu Trữ';
      expect(before['Người ký']).not.toBe(name);

      await row.locator('button.edit-button').click();
      await row.locator('input[type=text]').fill(name);
      await row.locator('input[type=text]').press('Enter');
      await row.locator('.corrected-tag').waitFor();
      await shot(page, '5-served-corrected');
      await page.check('#checked');
      await expect.poll(async () => (await summaryRows(folders.out)).find((r) => r['Tệp'] === SAMPLE_002)?.['Đã kiểm tra']).toBe('Có');
      const after = (await summaryRows(folders.out)).find((r) => r['Tệp'] === SAMPLE_002)!;
      expect(after['Người ký']).toBe(name);

      // a value the schema refuses is reported on the page and changes nothing
      const date = page.locator('tr.field[data-field="issuedDate"]');
      await date.locator('button.edit-button').click();
      await date.locator('input[type=text]').fill('ngày 22');
      await date.locator('input[type=text]').press('Enter');
      await expect.poll(() => date.locator('.error-text').textContent()).toContain('issuedDate');
      expect((await summaryRows(folders.out)).find((r) => r['Tệp'] === SAMPLE_002)).toEqual(after);

      await page.goto(server.url);
      await page.selectOption('#filter-flagged', 'unchecked');
      await expect.poll(() => rowCount(page)).toBe(5);
      await shot(page, '6-served-list');
      expect(pageErrors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe('a huge text', () => {
  it('shows its first lines with a note naming the file that holds it all', async () => {
    const textPath = join(folders.out, SAMPLE_002.replace(/\.txt$/, '.txt'));
    const restored = await readFile(textPath, 'utf8');
    const huge = Array.from({ length: Math.ceil((SHOWN_TEXT.lines * 1.2) / restored.split('\n').length) }, () => restored).join('\n');
    await writeFile(textPath, huge);
    try {
      await writeReviewPage(folders.out, { only: SAMPLE_002 });
      const page = await newPage();
      await page.goto(pathToFileURL(join(folders.out, 'index.html')).href);
      await page.click(`a:text("${SAMPLE_002}")`);
      await page.locator('#text-part').waitFor();
      const note = await page.locator('#text-part').textContent();
      expect(note).toContain(String(SHOWN_TEXT.lines));
      expect(note).toContain(String(huge.split('\n').length));
      expect(note).toContain(SAMPLE_002);
      expect(await page.locator('#text li').count()).toBe(SHOWN_TEXT.lines);
      expect(pageErrors).toEqual([]);
      await page.close();
    } finally {
      await writeFile(textPath, restored);
      await writeReviewPage(folders.out, { only: SAMPLE_002 });
    }
  });
});
