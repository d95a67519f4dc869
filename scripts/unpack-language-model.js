// Run by `npm run build` after tsc: writes the restoration language model
// and its backward model unpacked beside the built code (dist/restore-lm.bin,
// dist/restore-lm-backward.bin), each keyed by the committed
// gzip file it comes from, so loading the tables reads it instead of
// gunzipping (src/restore/tables.ts, UNPACKED_LM_FILE). Plain JavaScript over
// dist/, so the build needs no TypeScript loader.
//   node scripts/unpack-language-model.js
import { unpackLanguageModel } from '../dist/restore/tables.js';

unpackLanguageModel();
