// Shared types of the pipeline: the values that flow from one stage to the next,
// and the zod schema of the plan record (the output contract of FORMAT.md).
//
//   input.readInput(path)        -> InputDocument
//   ocr.readPages(doc)           -> DocumentText   (text files pass through)
//   restore.restoreText(text)    -> RestoredText
//   extract.extractPlan(text)    -> PlanRecord
import { z } from 'zod';

// ---------------------------------------------------------------------------
// Stage values

export type ImageFormat = 'png' | 'jpeg' | 'tiff' | 'webp';
export type InputFormat = 'text' | 'pdf' | ImageFormat;

/** A file whose kind was decided by its content (magic bytes), not its extension. */
export type InputDocument =
  | { path: string; format: 'text'; byteLength: number; text: string }
  | { path: string; format: 'pdf'; byteLength: number; bytes: Uint8Array }
  | { path: string; format: ImageFormat; byteLength: number; bytes: Uint8Array };

/** How a page's text was obtained. */
export type PageMethod = 'text' | 'text-layer' | 'ocr';

export interface OcrWord {
  text: string;
  /** Tesseract's word confidence, 0–100. */
  confidence: number;
}

export interface PageText {
  /** 1-based. */
  pageNumber: number;
  text: string;
  method: PageMethod;
  /** Mean word confidence 0–100 for OCR'd pages, null otherwise. */
  confidence: number | null;
  /** Resolution the page was rasterised or read at, null for text. */
  dpi: number | null;
  /** Skew angle (degrees) that was corrected before OCR, null when none was measured. */
  skewDegrees: number | null;
  words?: OcrWord[];
}

export interface DocumentText {
  path: string;
  format: InputFormat;
  pages: PageText[];
  /** The pages joined with a blank line. */
  text: string;
}

/** One token changed by restoration (`{line, from, to, confidence}`). */
export interface Correction {
  /** 1-based line in the text. */
  line: number;
  from: string;
  to: string;
  /** 0–1: how sure the decoder is of the replacement. */
  confidence: number;
  /** The rule that made the change. */
  rule: CorrectionRule;
}

/** decoder: noisy-channel decoding of a damaged line; real-word: a valid syllable's mark variant; symbol: the document-symbol grammar; name: the name model. */
export type CorrectionRule = 'decoder' | 'real-word' | 'symbol' | 'name';

export interface RestoredText {
  text: string;
  corrections: Correction[];
  /** Word tokens seen (syllables, numbers, symbols). */
  tokens: number;
  /** Tokens the restorer changed. */
  changed: number;
}

// ---------------------------------------------------------------------------
// The plan record (../shared/gold/FORMAT.md). Fields of the contract are never
// renamed; fields below `// added` are ours.

/** YYYY, YYYY-MM (day left blank) or YYYY-MM-DD. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** 1-based inclusive line range of the text a value was read from. */
export const LineRange = z.object({
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});

export const DocumentNumber = z.object({
  /** null when left blank (`Số:   /KH-UBND`). */
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  text: z.string().nullable(),
});

export const Issuer = z.object({
  /** Full name, never the abbreviation: `Ủy ban nhân dân xã Cát Nê`. */
  name: z.string().nullable(),
  /** xã | phường | thị trấn | huyện | quận | thị xã | thành phố | tỉnh */
  level: z.string().nullable(),
  locality: z.string().nullable(),
});

// căn cứ: a document cited in the preamble
export const LegalBasis = z.object({
  documentType: z.string().nullable(),
  number: z.string().nullable(),
  date: PartialDate.nullable(),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
});

export const Emulation = z.object({
  // chủ đề / tên phong trào
  theme: z.string().nullable(),
  period: z.object({ from: PartialDate.nullable(), to: PartialDate.nullable() }),
});

// đối tượng thi đua
export const Target = z.object({ group: z.string(), description: z.string().nullable() });

// hình thức khen thưởng
export const AwardForm = z.object({ form: z.string(), grantedBy: z.string().nullable() });

export const Signer = z.object({
  name: z.string().nullable(),
  position: z.string().nullable(),
  /** TM. / KT. line above the position. */
  authority: z.string().nullable(),
});

export const Section = z.object({ number: z.string(), title: z.string() });

/** One heading of the outline at any depth: I. / 1. / 1.1. / a) / - / +. */
export const OutlineItem = z.object({
  level: z.number().int().min(1),
  marker: z.string(),
  title: z.string(),
  line: z.number().int().min(1),
});

export const SourceFacts = z.object({
  format: z.enum(['text', 'pdf', 'png', 'jpeg', 'tiff', 'webp']),
  pages: z.number().int().min(0),
  pageMethods: z.array(z.enum(['text', 'text-layer', 'ocr'])),
  /** Mean OCR word confidence over OCR'd pages, 0–100; null when nothing was OCR'd. */
  meanOcrConfidence: z.number().nullable(),
  dpi: z.number().nullable(),
  /** Skew corrected on each OCR'd page, degrees. */
  skewCorrected: z.array(z.number()),
});

export const RestorationFacts = z.object({
  tokens: z.number().int().min(0),
  changed: z.number().int().min(0),
  changeRate: z.number().min(0).max(1),
});

export const PlanRecord = z.object({
  sample: z.string(),
  documentType: z.string().nullable(),
  documentNumber: DocumentNumber,
  issuer: Issuer,
  place: z.string().nullable(),
  issuedDate: PartialDate.nullable(),
  title: z.string().nullable(),
  legalBases: z.array(LegalBasis),
  emulation: Emulation,
  objectives: z.array(z.string()),
  targets: z.array(Target),
  awardForms: z.array(AwardForm),
  signer: Signer,
  recipients: z.array(z.string()),
  sections: z.array(Section),
  // added
  outline: z.array(OutlineItem),
  /** Field path (`title`, `legalBases.2`, `signer`) -> lines it came from. */
  provenance: z.record(z.string(), LineRange),
  /** Contract fields the document did not yield (null or empty). */
  missingFields: z.array(z.string()),
  warnings: z.array(z.string()),
  source: SourceFacts.optional(),
  restoration: RestorationFacts.optional(),
});

export type PlanRecord = z.infer<typeof PlanRecord>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type Target = z.infer<typeof Target>;
export type AwardForm = z.infer<typeof AwardForm>;
export type Signer = z.infer<typeof Signer>;
export type Section = z.infer<typeof Section>;
export type OutlineItem = z.infer<typeof OutlineItem>;
export type Issuer = z.infer<typeof Issuer>;
export type DocumentNumber = z.infer<typeof DocumentNumber>;
export type LineRange = z.infer<typeof LineRange>;
export type SourceFacts = z.infer<typeof SourceFacts>;
export type RestorationFacts = z.infer<typeof RestorationFacts>;
