// The one-page plan the real-paper fixtures are rendered from: the header and
// closing of sample 002 (its organ block added as NĐ 30 lays it out) and the
// opening of its body.
import type { LetterSpec } from './render-page.js';

export const LETTER: LetterSpec = {
  organ: ['UBND HUYỆN ĐẠI TỪ', 'ỦY BAN NHÂN DÂN XÃ LỤC BA'],
  motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  number: '66',
  symbol: 'KH-UBND',
  place: 'Lục Ba',
  date: ['22', '01', '2024'],
  title: ['KẾ HOẠCH', 'Phát động đợt thi đua cao điểm “Lục Ba quyết tâm, chung sức', 'xây dựng xã nông thôn mới nâng cao năm 2024”'],
  body: [
    'Thực hiện Nghị quyết số 40/NQ-HĐND ngày 21/8/2023 của HĐND huyện Đại Từ về việc điều chỉnh đề án xây dựng nông thôn mới huyện Đại Từ, giai đoạn 2021-2025.',
    'Ủy ban nhân dân xã Lục Ba xây dựng kế hoạch phát động đợt thi đua cao điểm “Lục Ba quyết tâm, chung sức xây dựng xã nông thôn mới nâng cao năm 2024” trên địa bàn xã Lục Ba như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích: Tiếp tục phát huy sức mạnh của cả hệ thống chính trị trong việc tuyên truyền, vận động và nâng cao nhận thức và quyết tâm thi đua thực hiện thắng lợi mục tiêu xây dựng xã Lục Ba đạt chuẩn nông thôn mới nâng cao năm 2024.',
    '2. Yêu cầu: Phong trào thi đua được triển khai sâu rộng đến các cơ quan, đơn vị, các xóm và toàn thể nhân dân trên địa bàn xã.',
    'II. THỜI GIAN THỰC HIỆN',
    'Từ ngày 22/01/2024 đến ngày 31/12/2024.',
    'Trên đây là kế hoạch phát động đợt thi đua cao điểm “Lục Ba quyết tâm, chung sức xây dựng xã nông thôn mới nâng cao năm 2024” trên địa bàn xã Lục Ba./.',
  ],
  recipients: ['Nơi nhận:', '- UBND huyện Đại Từ;', '- Các xóm;', '- Lưu: VP.'],
  signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Đức Tuấn'],
};

/** The page's header and signer fields as an archivist would record them from the paper. */
export const LETTER_TRUTH: Readonly<Record<string, string>> = {
  documentType: 'Kế hoạch',
  'documentNumber.text': `${LETTER.number}/${LETTER.symbol}`,
  'issuer.name': 'Ủy ban nhân dân xã Lục Ba',
  place: LETTER.place,
  issuedDate: `${LETTER.date[2]}-${LETTER.date[1]}-${LETTER.date[0]}`,
  title: LETTER.title.slice(1).join(' '), // the lines under the type heading
  'signer.name': LETTER.signer[2],
  'signer.position': 'Chủ tịch',
  'signer.authority': 'TM. Ủy ban nhân dân',
};

/** Long text fields are right within this share of character error: an OCR slip in a title is not a wrong title. */
const TEXT_TOLERANCE = 0.05;

export interface FieldOutcome {
  right: string[];
  /** null: not read, or dropped with a reason. */
  empty: string[];
  /** wrong, but in the record's review list. */
  flagged: string[];
  /** wrong and not flagged: what must never happen. */
  wrong: string[];
}

/** Each header and signer field of a record against the paper. */
export function judgeFields(record: { review?: { field: string }[] }, distance: (a: string, b: string) => number): FieldOutcome {
  const flaggedFields = new Set((record.review ?? []).map((r) => r.field));
  const outcome: FieldOutcome = { right: [], empty: [], flagged: [], wrong: [] };
  for (const [path, truth] of Object.entries(LETTER_TRUTH)) {
    const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], record);
    if (value === null || value === undefined) {
      outcome.empty.push(path);
      continue;
    }
    const text = String(value);
    const right = path === 'title' || path === 'issuer.name' ? distance(text, truth) <= truth.length * TEXT_TOLERANCE : text === truth;
    if (right) outcome.right.push(path);
    else if (flaggedFields.has(path.split('.')[0]!)) outcome.flagged.push(`${path}: ${text}`);
    else outcome.wrong.push(`${path}: ${text}`);
  }
  return outcome;
}
