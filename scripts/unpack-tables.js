// Run by `npm run build` after tsc: writes the gzipped tables a restorer
// reads (the language model, its backward model, the 4-gram counts, the
// disambiguator) unpacked beside the built code (dist/restore-*.bin), each
// keyed by the committed gzip file it comes from, so loading reads it instead
// of gunzipping (src/dictionaries.ts, UNPACKED_TABLES_DIR). Plain JavaScript
// over dist/, so the build needs no TypeScript loader.
//   node scripts/unpack-tables.js
import { unpackTables } from '../dist/restore/tables.js';

unpackTables();
