import { describe, expect, it } from 'vitest';
import { judgeLine } from '../../src/restore/detector.js';
import { loadRestorer } from '../../src/restore/index.js';
import { tokenizeLine } from '../../src/restore/tokenize.js';

const restorer = loadRestorer();
const verdict = (line: string) => judgeLine(tokenizeLine(line, restorer.abbreviations), (k) => restorer.vocabulary.has(k));

describe('judgeLine', () => {
  it('passes correct Vietnamese, with a foreign word or an abbreviation', () => {
    expect(verdict('Ủy ban nhân dân xã ban hành Kế hoạch tổ chức thực hiện như sau:').restore).toBe(false);
    expect(verdict('Tham mưu bố trí treo băng zôn, khẩu hiệu về việc phát động thi đua.').restore).toBe(false);
    expect(verdict('- Lưu VT, UBND.').restore).toBe(false);
  });

  it('sends stripped and garbled lines to the decoder', () => {
    expect(verdict('Uy ban nhan dan xa ban hanh Ke hoach to chuc thuc hien nhu sau:').restore).toBe(true);
    expect(verdict('vé viéc ban hanh B tiéu chi qudc gia vé huyén néng thén méi;').restore).toBe(true);
    expect(verdict('Thuc hién Nghi quyét s6 10').restore).toBe(true);
  });

  it('trusts the marked words of a mostly correct line only', () => {
    expect(verdict('Ủy ban nhân dân xã ban hanh Kế hoạch').trustMarked).toBe(true);
    expect(verdict('vé viéc ban hanh B tiéu chi qudc gia vé').trustMarked).toBe(false);
  });
});
