// The word lists of dictionaries/ (see dictionaries/SOURCES.md), read once and
// checked. The extractor holds no vocabulary of its own.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const DocumentTypes = z.object({
  types: z.array(z.object({ name: z.string(), abbr: z.string().nullable(), kind: z.string() })),
});
const Organs = z.object({ organs: z.array(z.object({ abbr: z.string(), name: z.string() })) });
const AdminLevels = z.object({ levels: z.array(z.object({ name: z.string(), tier: z.string() })) });
const AwardForms = z.object({ forms: z.array(z.string()) });
const PlanVocabulary = z.object({
  nationalName: z.string(),
  motto: z.string(),
  numberLabel: z.string(),
  preambleOpeners: z.array(z.string()),
  selfReferenceVerbs: z.array(z.string()),
  issuerSubjectOpeners: z.array(z.string()),
  of: z.string(),
  recipientsHeading: z.string(),
  signatureAuthorities: z.array(z.string()),
  positions: z.array(z.string()),
  headings: z.object({
    objectives: z.string(),
    purpose: z.string(),
    targets: z.string(),
    awardForms: z.string(),
    theme: z.string(),
    period: z.string(),
  }),
  targetLabelPrefix: z.string(),
  periodWords: z.object({ from: z.string(), to: z.string(), phase: z.string() }),
});

function load<T>(file: string, schema: z.ZodType<T>): T {
  // src/extract and dist/extract both sit two levels below the package root.
  const url = new URL(`../../dictionaries/${file}`, import.meta.url);
  return schema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export interface Vocabulary {
  documentTypes: z.infer<typeof DocumentTypes>['types'];
  organs: z.infer<typeof Organs>['organs'];
  /** Longest name first, so `thị xã` is tried before `xã`. */
  levels: string[];
  /** Specific before general, as the table orders them. */
  awardForms: string[];
  plan: z.infer<typeof PlanVocabulary>;
}

let cached: Vocabulary | null = null;

export function vocabulary(): Vocabulary {
  cached ??= {
    documentTypes: load('document-types.json', DocumentTypes).types,
    organs: load('organs.json', Organs).organs,
    levels: load('admin-levels.json', AdminLevels)
      .levels.map((l) => l.name)
      .sort((a, b) => b.length - a.length),
    awardForms: load('award-forms.json', AwardForms).forms,
    plan: load('plan-vocabulary.json', PlanVocabulary),
  };
  return cached;
}
