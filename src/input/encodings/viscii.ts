// VISCII (RFC 1456, Viet-Std 1992): every one of the 134 precomposed Vietnamese
// letters on its own byte, six of them on C0 control bytes.
import { DICTIONARIES_DIR } from '../../dictionaries.js';
import { noRepair, type LegacyEncoding } from './encoding.js';
import { compileTable, readByteTable } from './table.js';

export function createViscii(dir = DICTIONARIES_DIR): LegacyEncoding {
  const table = readByteTable('viscii', dir);
  return { name: 'viscii', table, decode: compileTable(table.bytes), lineRepair: noRepair };
}
