// The JSON Schema of the plan record, generated from the zod schema so the two
// cannot drift apart (`vnplan schema` prints it).
import { z } from 'zod';
import { PlanRecord } from '../types.js';

export function planRecordJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanRecord, { target: 'draft-2020-12', io: 'output' }),
    title: 'vnplan plan record',
    description: 'A Vietnamese administrative plan (Kế hoạch) as structured data: the archivists\' format plus provenance.',
  };
}
