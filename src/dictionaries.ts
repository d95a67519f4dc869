// The tables of dictionaries/ (see dictionaries/SOURCES.md): where they are, how
// a JSON table is read and checked, and the two that more than one stage reads
// (document types and organs of NĐ 30: the extractor names them, restoration
// repairs document symbols with them).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** dictionaries/ of the package: src/ and dist/ both sit one level below its root. */
export const DICTIONARIES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dictionaries');

/** A JSON table, parsed and checked against its schema. */
export function readDictionary<T>(file: string, schema: z.ZodType<T>, dir = DICTIONARIES_DIR): T {
  return schema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
}

const DocumentTypes = z.object({
  types: z.array(
    z.object({
      name: z.string(),
      abbr: z.string().nullable(),
      kind: z.string(),
      // The template puts who decides between the trích yếu and the preamble (NĐ 30 Mẫu 1.1-1.3).
      authorityLine: z.boolean().default(false),
      // A văn bản hợp nhất is its consolidated document's text under that document's type and name (Pháp lệnh Hợp nhất
      // văn bản QPPL 2012): cited after the document it consolidates, it cites that document.
      consolidates: z.boolean().default(false),
    }),
  ),
});
const Organs = z.object({ organs: z.array(z.object({ abbr: z.string(), name: z.string() })) });

export type DocumentType = z.infer<typeof DocumentTypes>['types'][number];
export type Organ = z.infer<typeof Organs>['organs'][number];

// tên loại văn bản and their symbol abbreviations (QĐ, NQ, KH, …)
export function readDocumentTypes(dir = DICTIONARIES_DIR): DocumentType[] {
  return readDictionary('document-types.json', DocumentTypes, dir).types;
}

// cơ quan ban hành: UBND, HĐND, TTg, HU, …
export function readOrgans(dir = DICTIONARIES_DIR): Organ[] {
  return readDictionary('organs.json', Organs, dir).organs;
}
