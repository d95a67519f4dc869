// PLACEHOLDER — replaced by the extractor work (issue 2).
import type { PlanRecord } from '../types.js';

export interface ExtractOptions {
  /** File name recorded as `sample`. */
  sample: string;
}

export function extractPlan(_text: string, _options: ExtractOptions): PlanRecord {
  throw new Error('extractor not implemented yet');
}
