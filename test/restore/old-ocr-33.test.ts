// Garbles of OCR without a Vietnamese model that repeat across the outside sets' eng-ocr pages
// (fixtures/outside/*/eng-ocr, made by scripts/make-eng-ocr.ts), each read on a real line.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../src/restore/index.js';

const page = (set: string, prefix: string): string => {
  const dir = `fixtures/outside/${set}/eng-ocr`;
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no ${prefix} in ${dir}`);
  return readFileSync(`${dir}/${file}`, 'utf8');
};
const lineOf = (text: string, n: number): string => text.split('\n')[n - 1] ?? '';

describe('a capital Đ printed B or P', () => {
  // The marked readings of the printed B fill the candidate list (bởi bồi bối bội …) before the Đ's next ones.
  it('reads ĐỀ ÁN, the kind of document a plan carries out (state-2026 011, fresh-2026b 705)', () => {
    expect(lineOf(restoreText(page('state-2026', '011')).text, 8)).toBe('TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “DẠY VÀ HỌC NGOẠI NGỮ TRONG HỆ THỐNG');
    expect(lineOf(restoreText(page('fresh-2026b', '705')).text, 8)).toMatch(/^THỰC HIỆN ĐỀ ÁN /u);
  });

  it('reads the Đội of a Liên đội plan and CHỦ ĐỀ (party-2026k 288)', () => {
    const restored = restoreText(page('party-2026k', '288')).text;
    expect(restored).toContain('Công tác Đội và phong trào thiếu nhi năm học 2017 – 2018');
    expect(restored).toContain('1. CHỦ ĐỀ NĂM HỌC');
  });
});

describe('ư printed with an f for its horn and mark', () => {
  it('reads `Căn cif` / `Căn ctf` as Căn cứ (state-2026 011, state-2026d 061)', () => {
    expect(lineOf(restoreText(page('state-2026', '011')).text, 15)).toMatch(/^Căn cứ Quyết định số 149\/QĐ-UBND/u);
    expect(restoreText(page('state-2026d', '061')).text).toContain('Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;');
  });
});

describe("whole tokens eng prints for a word of the genre's set phrases", () => {
  it('reads khen thuwéng / thuwdng, Tổ chive, chào mig, lần thd, THOT GIAN', () => {
    expect(restoreText(page('state-2026b', '514')).text).toContain('Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003');
    expect(restoreText(page('state-2026f', '131')).text).toContain('Luật Thi đua, khen thưởng ngày 26/11/2003');
    expect(restoreText(page('party-2026d', '183')).text).toContain('Tổ chức Đại hội chi bộ nhiệm kỳ 2020-2022');
    expect(restoreText(page('party-2026c', '806')).text).toContain('lập thành tích chào mừng Đại hội Mặt trận Tổ quốc');
    expect(restoreText(page('party-2026f', '244')).text).toContain('Hội Nông dân Việt Nam lần thứ IV như sau:');
    expect(restoreText(page('party-2026g', '261')).text).toContain('II. THỜI GIAN – ĐỊA ĐIỂM:');
  });

  it('reads MỚI that capitals printed MOT (state-2026b 505, state-2026e 109), and leaves một in running text', () => {
    expect(restoreText(page('state-2026b', '505')).text).toContain('NƯỚC CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI”.');
    expect(restoreText(page('state-2026e', '109')).text).toContain('THI ĐUA ĐỔI MỚI SÁNG TẠO');
    // kinds-2026 068: `mot s6 diéu cua Ludt Thi dua, Khen thuwéng`.
    expect(restoreText(page('kinds-2026', '068')).text).toContain('một số điều của Luật Thi đua, Khen thưởng');
  });
});
