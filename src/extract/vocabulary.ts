// The word lists of dictionaries/ (see dictionaries/SOURCES.md), read once and
// checked. The extractor holds no vocabulary of its own.
import { z } from 'zod';
import { readDictionary, readDocumentTypes, readOrgans, type DocumentType, type Organ } from '../dictionaries.js';

const AdminLevels = z.object({ levels: z.array(z.object({ name: z.string(), tier: z.string() })) });
const AwardForms = z.object({ forms: z.array(z.string()) });
const PlanVocabulary = z.object({
  nationalName: z.string(),
  /** The quốc hiệu a state document printed before 2 July 1976 (Hiến pháp 1946, 1959): the Democratic Republic's. */
  formerNationalNames: z.array(z.string()),
  motto: z.string(),
  numberLabel: z.string(),
  preambleOpeners: z.array(z.string()),
  basesHeadings: z.array(z.string()),
  selfReferenceVerbs: z.array(z.string()),
  selfReferenceLeads: z.array(z.string()),
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
const BodyVocabulary = z.object({
  basisOpeners: z.array(z.string()),
  notBasisOpeners: z.array(z.string()),
  clauseJoiners: z.array(z.string()),
  leadLinks: z.array(z.string()),
  coordinators: z.array(z.string()),
  itemConnectives: z.array(z.string()),
  plural: z.string(),
  /** NĐ 30's word for any document (`văn bản số 8224/VPUBND-TH`): the cited one's type is its symbol's. */
  genericDocument: z.string(),
  backReferences: z.array(z.string()),
  datePrepositions: z.array(z.string()),
  issuerSubjectOpeners: z.array(z.string()),
  subjectEnds: z.array(z.string()),
  asides: z.array(z.string()),
  lawTypes: z.array(z.string()),
  /** `được Quốc hội (khóa …) thông qua ngày …` after a law's name: who passed it, no word of the name. */
  lawPassage: z.string(),
  /** The law type an organisation's own rules are (`Điều lệ Đảng`, `Điều lệ Đoàn`), and the organisations that have one. */
  charter: z.string(),
  charterBodies: z.array(z.string()),
  typeQualifierWords: z.number().int().nonnegative(),
  movementWords: z.array(z.string()),
  notMovementWords: z.array(z.string()),
  movementHeadings: z.array(z.string()),
  launchVerb: z.string(),
  /** `chủ đề` before the quoted theme of the movement a sentence launches (NĐ 98/2023 Điều 3: tên, chủ đề). */
  themeWord: z.string(),
  /** `ban hành Kế hoạch`: the sentence that issues a plan (NĐ 30: `… ban hành Kế hoạch … như sau`), which launches what it organises. */
  planIssuing: z.array(z.string()),
  /** `ban hành Quy chế / Quy định`: a decision's trích yếu issuing a standing rule (NĐ 30 Phụ lục III), which launches no movement. */
  regulationIssuing: z.array(z.string()),
  reviewTitleOpeners: z.array(z.string()),
  waveWord: z.string(),
  targetHeadingWords: z.array(z.string()),
  notTargetHeadingWords: z.array(z.string()),
  objectiveWords: z.array(z.string()),
  visionHeading: z.string(),
  letterTypes: z.array(z.string()),
  issuerVerbs: z.array(z.string()),
  awardHeadings: z.array(z.string()),
  grantVerbs: z.array(z.string()),
  requestWords: z.array(z.string()),
  awardClassWord: z.string(),
  awardClasses: z.array(z.string()),
  grantorEnds: z.array(z.string()),
  attachedPlanType: z.string(),
  /** First words of a working paper's type outside the tables (`Bảng so sánh`, `Biểu tổng hợp`): it sets other texts out, issuing nothing. */
  quotingTypeWords: z.array(z.string()),
});

const Letterhead = z.object({
  partyHeading: z.string(),
  youthUnionHeadings: z.array(z.string()),
  letterSubjectLabels: z.array(z.string()),
  addressLabel: z.string(),
  /** NĐ 30 Phụ lục I mục 10: the urgency mark printed on its own line above the addressees (`KHẨN`). */
  urgencyMarks: z.array(z.string()),
  archiveEntry: z.string(),
  central: z.string(),
  heads: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['state', 'committee', 'dependent', 'board', 'central', 'unit', 'named']),
      level: z.string().optional(),
      asSuperior: z.string().optional(),
    }),
  ),
  expansions: z.array(z.object({ abbr: z.string(), name: z.string() })),
  appendixOpeners: z.array(z.string()),
  titleContinuations: z.array(z.string()),
  /** Words that only join a phrase to what stands before it (`tại`, `của`): a title line opening with one goes on with the title. */
  titleLinkWords: z.array(z.string()),
});

export interface Vocabulary {
  documentTypes: DocumentType[];
  organs: Organ[];
  /** Longest name first, so `thị xã` is tried before `xã`. */
  levels: string[];
  /** Specific before general, as the table orders them. */
  awardForms: string[];
  plan: z.infer<typeof PlanVocabulary>;
  /** The frame around the body: letterhead organs, letter labels, what follows the signature. */
  letterhead: z.infer<typeof Letterhead>;
  /** The words the body parsers read (preamble clauses, emulation parts). */
  body: z.infer<typeof BodyVocabulary>;
  /** What heads the frame's right column: the quốc hiệu (today's or the Democratic Republic's), or the heading the Party (HD 36) and the Đoàn write in its place. */
  frameHeadings: string[];
}

let cached: Vocabulary | null = null;

export function vocabulary(): Vocabulary {
  if (cached === null) {
    const plan = readDictionary('plan-vocabulary.json', PlanVocabulary);
    const letterhead = readDictionary('letterhead.json', Letterhead);
    cached = {
      documentTypes: readDocumentTypes(),
      organs: readOrgans(),
      levels: readDictionary('admin-levels.json', AdminLevels)
        .levels.map((l) => l.name)
        .sort((a, b) => b.length - a.length),
      awardForms: readDictionary('award-forms.json', AwardForms).forms,
      plan,
      letterhead,
      body: readDictionary('plan-body.json', BodyVocabulary),
      frameHeadings: [plan.nationalName, ...plan.formerNationalNames, letterhead.partyHeading, ...letterhead.youthUnionHeadings],
    };
  }
  return cached;
}
