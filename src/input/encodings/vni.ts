// VNI (VNI for Windows fonts): a marked vowel is its base letter followed by one
// byte for its marks (`Keá hoaïch` when the bytes are read as Windows-1252);
// i and y with a tone, đ, ơ and ư have bytes of their own.
import { DICTIONARIES_DIR } from '../../dictionaries.js';
import { noRepair, type LegacyEncoding } from './encoding.js';
import { compileTable, readByteTable } from './table.js';

export function createVni(dir = DICTIONARIES_DIR): LegacyEncoding {
  const table = readByteTable('vni', dir);
  return { name: 'vni', table, decode: compileTable(table.bytes), lineRepair: noRepair };
}
