import { restoreText } from './src/restore/index.js';
const BODY = 'Thuc hien Ke hoach nay, UBND xa bao cao ket qua ve Phong Noi vu truoc ngay 15 hang thang.';
const r = restoreText([BODY, 'TM. UY BAN NHAN DAN', 'CHU TICH', 'Dang Thi Thu Huong'].join('\n'));
console.log(r.text); console.log(r.corrections.filter((c) => c.line === 4));
