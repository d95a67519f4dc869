// TCVN3 (ABC; the .VnTime fonts): one byte per lower-case letter. There is no
// byte for a capital with a tone: typists used a second font (.VnTimeH) that
// draws the lower-case bytes as capitals, so the file says `KÕ HO¹CH` or even
// `kÕ ho¹ch` where the page showed KẾ HOẠCH. Decoding gives `KẾ HOạCH`; the
// capitals are then put back where the genre lets us know them (tcvn3-capitals.ts).
import { DICTIONARIES_DIR } from '../../dictionaries.js';
import type { LegacyEncoding } from './encoding.js';
import { compileTable, readByteTable } from './table.js';
import { CapitalRecovery } from './tcvn3-capitals.js';
import type { SyllableInventory } from './syllables.js';

export function createTcvn3(inventory: SyllableInventory, dir = DICTIONARIES_DIR): LegacyEncoding {
  const table = readByteTable('tcvn3', dir);
  // the letters whose capital no byte writes: ế ạ ủ …, not ă â ê ô ơ ư đ (Ă Â Ê Ô Ơ Ư Đ have bytes)
  const letters = new Set([...table.own].map((byte) => table.bytes[byte] ?? '').filter((c) => /^\p{L}$/u.test(c)));
  const lost = new Set([...letters].filter((c) => c !== c.toUpperCase() && !letters.has(c.toUpperCase())));
  const capitals = new CapitalRecovery(lost, inventory, dir);
  return {
    name: 'tcvn3',
    table,
    decode: compileTable(table.bytes),
    lineRepair: (survey) => {
      const repair = capitals.lineRepair(survey);
      return {
        next: repair.next,
        notes: () => (repair.changed() ? [`capitals with a tone restored on ${repair.changed()} line(s): TCVN3 has no byte for them`] : []),
      };
    },
  };
}
