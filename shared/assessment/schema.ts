import { z } from 'zod';

/**
 * The assessment document (one per assessment year), as validated on every read.
 * Format documented in docs-free form in README ("The assessment file"); bump
 * ASSESSMENT_SCHEMA_VERSION and add a migration in migrate.ts for any change on disk.
 */
export const ASSESSMENT_SCHEMA_VERSION = 1;
export const ASSESSMENT_FORMAT = 'kaoping-assessment';

const id = z.string().min(1).max(200);
const text = z.string().max(20_000);
const points = z.number().min(0).max(10_000);

export const TierLevel = z.object({ label: z.string().min(1).max(200), points });
export type TierLevel = z.infer<typeof TierLevel>;

/** How a leaf criterion is scored. */
export const LeafRule = z.discriminatedUnion('kind', [
  /** 0 … points in steps (default 0.5). */
  z.object({ kind: z.literal('plain'), step: z.number().positive().max(100) }),
  /** points − occurrences × perOccurrence, never below zero (扣完为止). */
  z.object({
    kind: z.literal('deduction'),
    perOccurrence: z.number().positive().max(10_000),
    /** Named reasons with their own points (several "…扣N分" clauses); perOccurrence is their common step. */
    reasons: z.array(TierLevel).max(50).optional(),
  }),
  /** Named levels with fixed points. */
  z.object({ kind: z.literal('tiered'), levels: z.array(TierLevel).min(1).max(20) }),
  /** Control target (控制指标): deduction per unit of the actual figure over the unit's target. */
  z.object({
    kind: z.literal('control'),
    perUnitOver: z.number().positive().max(10_000),
    target: z.number().min(0),
    targets: z.record(z.string(), z.number().min(0)),
  }),
]);
export type LeafRule = z.infer<typeof LeafRule>;

export const CombineMethod = z.enum(['mean', 'median', 'trimmedMean', 'normalized']);
export type CombineMethod = z.infer<typeof CombineMethod>;

export interface SchemeCriterion {
  id: string;
  code: string;
  number: string;
  title: string;
  text: string;
  points: number;
  /** 评分标准: the rule in the office's own words, what an evaluator reads beside the item. */
  ruleText?: string;
  /** Leaves only: how the criterion is scored. */
  rule?: LeafRule;
  /** Overrides the scheme's combining method for this criterion. */
  combine?: CombineMethod;
  /** First level only: the section is scored out of this many points and converted (domain weights). */
  domainScale?: number;
  children: SchemeCriterion[];
}

export const SchemeCriterion: z.ZodType<SchemeCriterion> = z.object({
  id,
  code: z.string().max(50),
  number: z.string().max(50),
  title: z.string().min(1).max(2000),
  text,
  points,
  ruleText: text.optional(),
  rule: LeafRule.optional(),
  combine: CombineMethod.optional(),
  domainScale: z.number().positive().max(10_000).optional(),
  get children() {
    return z.array(SchemeCriterion);
  },
});

/** A bonus item (加分项): levels of one achievement, counted once at the highest level reached. */
export const BonusItem = z.object({
  id,
  title: z.string().min(1).max(500),
  text,
  cap: points,
  levels: z.array(TierLevel).min(1).max(20),
});
export type BonusItem = z.infer<typeof BonusItem>;

/** A veto item: 一票否决 (veto) or 否优项 (only bars 优秀). */
export const VetoItem = z.object({
  id,
  title: z.string().min(1).max(500),
  text,
  effect: z.enum(['veto', 'barExcellent']),
});
export type VetoItem = z.infer<typeof VetoItem>;

export const Scheme = z.object({
  /** Incremented on every change of criteria, points or rules; packages and sheets name it. */
  version: z.number().int().min(1),
  title: z.string().max(500),
  description: text,
  total: z.number().positive().max(10_000),
  criteria: z.array(SchemeCriterion),
  bonus: z.object({ cap: points.nullable(), items: z.array(BonusItem) }),
  vetoes: z.array(VetoItem),
  source: z.object({ fileName: z.string(), importedAt: z.string(), depth: z.union([z.literal(2), z.literal(3)]) }).optional(),
  /** The office's choice for documents in Traditional script: converted to Simplified on import, or kept as written. */
  script: z.enum(['simplified', 'original']).optional(),
});
export type Scheme = z.infer<typeof Scheme>;

export const Unit = z.object({ id, code: z.string().max(50), name: z.string().min(1).max(200) });
export type Unit = z.infer<typeof Unit>;

/** Which units and criteria someone scores; null means all. Criterion ids may name sections. */
export const Assignment = z.object({ unitIds: z.array(id).nullable(), criterionIds: z.array(id).nullable() });
export type Assignment = z.infer<typeof Assignment>;

export const Evaluator = z.object({
  id,
  name: z.string().min(1).max(200),
  role: z.enum(['leader', 'deputy', 'member']),
  department: z.string().max(200),
  teamId: id.nullable(),
  /** Weight when evaluator weights are on (e.g. the team leader counts double). */
  weight: z.number().positive().max(100),
  /** Overrides the team's assignment. */
  assignment: Assignment.nullable(),
});
export type Evaluator = z.infer<typeof Evaluator>;

export const Team = z.object({ id, name: z.string().min(1).max(200), assignment: Assignment });
export type Team = z.infer<typeof Team>;

export const Occurrence = z.object({ count: z.number().int().min(1).max(10_000), reason: z.string().trim().min(1).max(2000) });
export const Achievement = z.object({
  /** Names the achievement, so the same one is counted once at its highest level. */
  name: z.string().trim().min(1).max(500),
  level: z.number().int().min(0),
  reason: z.string().max(2000),
});

export const EntryValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('score'), score: z.number().min(0) }),
  z.object({ kind: z.literal('deductions'), occurrences: z.array(Occurrence).max(1000) }),
  z.object({ kind: z.literal('tier'), level: z.number().int().min(0) }),
  z.object({ kind: z.literal('control'), actual: z.number().min(0) }),
  z.object({ kind: z.literal('bonus'), achievements: z.array(Achievement).max(100) }),
  z.object({ kind: z.literal('veto'), triggered: z.boolean() }),
  z.object({ kind: z.literal('na') }),
]);
export type EntryValue = z.infer<typeof EntryValue>;

export const EntrySource = z.enum(['office', 'package', 'sheet']);
export type EntrySource = z.infer<typeof EntrySource>;

/** One evaluator's score for one unit on one criterion (or bonus or veto item). */
export const ScoreEntry = z.object({
  evaluatorId: id,
  unitId: id,
  criterionId: id,
  value: EntryValue,
  /** 扣分理由 / 说明. */
  reason: z.string().max(2000).default(''),
  /** 台账 / evidence note. */
  evidence: z.string().max(2000).default(''),
  note: z.string().max(2000).default(''),
  at: z.string().max(40),
  source: EntrySource.default('office'),
});
export type ScoreEntry = z.infer<typeof ScoreEntry>;

export const GradeId = z.enum(['excellent', 'good', 'pass', 'fail']);
export type GradeId = z.infer<typeof GradeId>;

export const Settings = z.object({
  combine: CombineMethod,
  useEvaluatorWeights: z.boolean(),
  ranking: z.enum(['competition', 'dense']),
  /** Rank units with gaps on what is there (and say so), instead of waiting for them. */
  rankIncomplete: z.boolean(),
  /** Lower bounds, inclusive. good null: a three-grade scheme (优秀/达标/不达标). */
  grades: z.object({ excellent: z.number(), good: z.number().nullable(), pass: z.number() }),
  gradeNames: z.enum(['standard', 'compliance']),
  excellentQuota: z.object({ kind: z.enum(['count', 'share']), value: z.number().min(0) }).nullable(),
  /** What a veto does: grade 不合格 whatever the score, or total 0 as well. */
  vetoEffect: z.enum(['fail', 'zero']),
  /** Default step of plain scoring. */
  defaultStep: z.number().positive(),
  /** Share of an item's points beyond which evaluators' scores count as disagreeing. */
  disagreementThreshold: z.number().min(0).max(1),
  // Optional (absent in files written before the 设置 screen): read through settingsOf().
  /** 优秀 quota at a tie on its boundary: 'share' lets the tied units all keep 优秀 (the quota may be exceeded), 'strict' (不超过N个) lets none of them. */
  quotaTies: z.enum(['share', 'strict']).optional(),
  /** Not-applicable items: 'rescale' earned ÷ (total − N/A points) × total, or 'full' count them at full points. */
  naRule: z.enum(['rescale', 'full']).optional(),
  /** Decimals shown for totals and scores on screen and in the report (ranking still compares at two). */
  decimals: z.number().int().min(0).max(4).optional(),
});
export type Settings = z.infer<typeof Settings>;

export const AuditRecord = z.object({
  at: z.string().max(40),
  actor: z.string().max(200),
  action: z.string().max(100),
  target: z.record(z.string(), z.string()).default({}),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  reason: z.string().max(2000).default(''),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export const Status = z.enum(['draft', 'scoring', 'finalized']);
export type Status = z.infer<typeof Status>;

/** The document in memory: plain data, entries as a list. */
export const Assessment = z.object({
  id,
  name: z.string().min(1).max(500),
  year: z.number().int().min(1900).max(2200),
  status: Status,
  createdAt: z.string(),
  updatedAt: z.string(),
  scheme: Scheme,
  units: z.array(Unit),
  evaluators: z.array(Evaluator),
  teams: z.array(Team),
  settings: Settings,
  entries: z.array(ScoreEntry),
  audit: z.array(AuditRecord),
});
export type Assessment = z.infer<typeof Assessment>;
