import { z } from 'zod';
import type { Assessment } from '../assessment/schema';

/**
 * What the audit trail keeps when proposed points are accepted: the method and everything
 * needed to repeat it (the matrix or matrices, RI table, CR; or the year and units the data came
 * from), and each criterion's points before and after. Read back with safeParse, so an old or
 * foreign record never breaks the audit view.
 */
export const WeightsRecord = z.object({
  parentId: z.string().max(200).nullable(),
  parentCode: z.string().max(50),
  method: z.enum(['ahp', 'entropy', 'cv', 'critic']),
  ahp: z
    .object({
      method: z.enum(['eigen', 'geometric', 'column']),
      riTable: z.enum(['saaty', 'cn']),
      /** One matrix per expert; the weights come from their geometric mean when there are several. */
      matrices: z
        .array(z.array(z.array(z.number().positive().max(9.5)).max(15)).max(15))
        .min(1)
        .max(50),
      lambdaMax: z.number(),
      ci: z.number(),
      ri: z.number(),
      cr: z.number(),
    })
    .optional(),
  objective: z
    .object({ year: z.number().int(), units: z.number().int().min(0), excluded: z.array(z.string().max(200)).max(1000) })
    .optional(),
  criteria: z
    .array(
      z.object({
        id: z.string().max(200),
        code: z.string().max(50),
        title: z.string().max(2000),
        weight: z.number().min(0).max(1),
        before: z.number(),
        after: z.number(),
      }),
    )
    .min(1)
    .max(100),
});
export type WeightsRecord = z.infer<typeof WeightsRecord>;

export const WEIGHTS_ACTION = 'weights.apply';

/** The latest accepted weights per parent, oldest parent first: what the report's 说明 sheet states. */
export function acceptedWeights(doc: Pick<Assessment, 'audit'>): WeightsRecord[] {
  const latest = new Map<string, WeightsRecord>();
  for (const record of doc.audit) {
    if (record.action !== WEIGHTS_ACTION) continue;
    const parsed = WeightsRecord.safeParse(record.after);
    if (parsed.success) latest.set(parsed.data.parentId ?? '', parsed.data);
  }
  return [...latest.values()];
}
