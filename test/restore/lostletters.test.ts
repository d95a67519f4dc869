import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { processFile } from '../../src/pipeline.js';
import { loadRestorer } from '../../src/restore/index.js';
import { deleteBlockLetters, lostBlockLetters, repairLostLetters } from '../../src/restore/lostletters.js';
import { stripMarks } from '../../src/restore/vietnamese.js';
import { scoreRestoration } from '../../scripts/lib/score-restoration.js';

const restorer = loadRestorer();
const model = restorer.lostLetters;

const SENTENCE =
  'Căn cứ Nghị định số 51/2003/NĐ-CP ngày 16 tháng 5 năm 2003 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ủy ban nhân dân tỉnh; Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2010 của Ủy ban nhân dân tỉnh với các chỉ tiêu chủ yếu sau đây.';

const textsOf = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const fixtureTexts = ['fixtures/dev-plans/texts', 'fixtures/samples', 'fixtures/genre/texts'].flatMap(textsOf);

describe('deleteBlockLetters', () => {
  it('drops the letters of U+1EA0–U+1EF9 as the PDF does: a gap, collapsed with a real space', () => {
    expect(deleteBlockLetters('ỦY BAN DÂN TỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(' Y BAN DÂN T C\nC NG HÒA XÃ H I CH NGHĨA VI T NAM');
    expect(deleteBlockLetters('nhiệm vụ, quyền')).toBe('nhi m v , quy n');
  });
});

describe('lostBlockLetters', () => {
  it('never fires on a right, stripped or raw-OCR fixture text', () => {
    const raw = [...textsOf('test/restore/fixtures'), ...textsOf('test/restore/fixtures/vie')].filter((t) => t.length > 0);
    for (const text of [...fixtureTexts, ...fixtureTexts.map(stripMarks), ...raw]) expect(lostBlockLetters(text, model)).toBe(false);
  });

  it('fires on right fixture texts that lost their block letters', () => {
    const right = fixtureTexts.filter((t) => /[\u1EA0-\u1EF9]/u.test(t) && t.split(/\s+/).length > 200);
    expect(right.length).toBeGreaterThan(20);
    for (const text of right) expect(lostBlockLetters(deleteBlockLetters(text), model)).toBe(true);
  });

  it('wants enough words to judge', () => {
    expect(lostBlockLetters(deleteBlockLetters('Căn cứ Nghị định của Chính phủ'), model)).toBe(false);
  });
});

describe('repairLostLetters', () => {
  it('puts the lost letters back at their gaps, joining fragments, in the case of their neighbours', () => {
    const damaged = deleteBlockLetters(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${SENTENCE}`);
    const { text, corrections } = repairLostLetters(damaged, model, restorer.model.trigram);
    // every gap filled: inside a word (T C, nhi m; Đi u although Đi is a word), collapsed with a space (CH NGHĨA), opening a word (y ban)
    expect(text).toBe(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${SENTENCE}`);
    // digits, symbols and punctuation stand as they were
    expect(text).toContain('số 51/2003/NĐ-CP ngày 16 tháng 5 năm 2003');
    expect(text).toContain('chức năng, nhiệm vụ, quyền hạn');
    expect(corrections.every((c) => c.rule === 'lost-letter' && c.confidence > 0 && c.confidence <= 1)).toBe(true);
    expect(corrections).toContainEqual(expect.objectContaining({ line: 1, from: 'H I', to: 'HỘI' }));
  });

  it('repairs a dev-plan text that lost its block letters to most of its syllables', () => {
    const gold = readFileSync('fixtures/dev-plans/texts/103_d03.txt', 'utf8');
    const damaged = deleteBlockLetters(gold);
    const before = scoreRestoration(gold, damaged).syllableAccuracy;
    const after = scoreRestoration(gold, restorer.restoreText(damaged).text).syllableAccuracy;
    expect(before).toBeLessThan(0.6);
    expect(after).toBeGreaterThanOrEqual(0.96);
  });

  it('sets apart a word whose last fragment the text layer glued to the next word at a line join', () => {
    const { text, corrections } = repairLostLetters('QUY T Đ NH C A Y BAN DÂN T CBAN HÀNH QUY CH', model, restorer.model.trigram);
    expect(text).toBe('QUYẾT ĐỊNH CỦA ỦY BAN DÂN TỘC BAN HÀNH QUY CHẾ');
    expect(corrections).toContainEqual(expect.objectContaining({ from: 'T CBAN', to: 'TỘC BAN' }));
    // a glued fragment is joined with the change of the word after it
    expect(repairLostLetters('C NG HOÀ XÃ H I CH NGHĨA VI TNAM', model, restorer.model.trigram).text).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('cuts no word that reads as one, nor one no cut explains', () => {
    expect(repairLostLetters('Căn c Ngh đ nh s 51/2003/NĐ-CP c a Chính ph', model, restorer.model.trigram).text).toBe('Căn cứ Nghị định số 51/2003/NĐ-CP của Chính phủ');
    expect(repairLostLetters('Ksor Phư c', model, restorer.model.trigram).text).toBe('Ksor Phước');
    // an abbreviation in capitals after a fragment in lower case is no glued fragment (thể TP, not thật P)
    expect(repairLostLetters(deleteBlockLetters('và các Đoàn thể TP;'), model, restorer.model.trigram).text).toBe('và các Đoàn thể TP;');
  });

  it('never guesses a lost one-letter word where no space betrays it', () => {
    // `ở` between two words leaves nothing: its gap merged with the spaces beside it
    const { text, corrections } = repairLostLetters(deleteBlockLetters('Cán bộ ở cơ sở phải nắm chắc tình hình ở địa bàn dân cư.'), model, restorer.model.trigram);
    expect(text).toBe('Cán bộ cơ sở phải nắm chắc tình hình địa bàn dân cư.');
    expect(corrections.every((c) => c.from.trim() !== '')).toBe(true);
  });

  it('leaves a text that lost nothing as it is', () => {
    expect(restorer.restoreText(SENTENCE).corrections.some((c) => c.rule === 'lost-letter')).toBe(false);
  });
});

describe('a real text layer that lost its block letters (QĐ 291/QĐ-UBDT, 2006)', () => {
  const raw = readFileSync('test/restore/fixtures/lost-letters/qd-291-2006-ubdt.txt', 'utf8');
  const restored = restorer.restoreText(raw);

  it('is read with its letters back', () => {
    expect(restored.text).toContain('UỶ BAN DÂN TỘC');
    expect(restored.text).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(restored.text).toContain('Căn cứ Nghị định số 51/2003/NĐ-CP');
    // TỘC at a line end glued to the next line's BAN (`T CBAN`)
    expect(restored.text).toContain('CỦA ỦY BAN DÂN TỘC BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO');
    expect(restored.corrections.filter((c) => c.rule === 'lost-letter').length).toBeGreaterThan(100);
  });

  it('gives its number, type and issuer', () => {
    const record = extractPlan(restored.text, { sample: 'qd-291-2006-ubdt.txt', corrections: restored.corrections });
    expect(record.documentNumber?.text).toBe('291/QĐ-UBDT');
    expect(record.documentType).toBe('Quyết định');
    expect(record.issuer?.name).toBe('Ủy ban Dân tộc');
  });

  it('is reported in the record: the text layer lost letters', async () => {
    const { record } = await processFile('test/restore/fixtures/lost-letters/qd-291-2006-ubdt.txt');
    expect(record.documentNumber?.text).toBe('291/QĐ-UBDT');
    expect(record.warnings.some((w) => w.includes('lost every letter of U+1EA0–U+1EF9'))).toBe(true);
  });
});
