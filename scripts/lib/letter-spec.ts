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
