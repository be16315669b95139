import type { CombineMethod, GradeId, Settings } from '../assessment/schema';

/** A leaf cell of one unit: how its evaluators' entries came together. */
export interface CellResult {
  /** scored: at least one score; na: every entry says 不适用; missing: no entry at all. */
  state: 'scored' | 'na' | 'missing';
  /** Combined points, full precision; null when N/A or missing. */
  score: number | null;
  /** Entries that counted (scores, not N/A). */
  count: number;
  /** Evaluators assigned to this cell who have not entered anything. */
  missing: string[];
  /** Highest minus lowest evaluator score; 0 with one score. */
  spread: number;
  /** Some evaluators said N/A while others scored: the scores were used. */
  mixedNa: boolean;
}

export interface SectionResult {
  criterionId: string;
  code: string;
  title: string;
  number: string;
  /** The section's points in the total. */
  points: number;
  /** Points of N/A items, converted to the total's scale. */
  naPoints: number;
  /** Earned points, converted to the total's scale (domain weights applied), not rescaled for N/A. */
  score: number;
}

export interface Gap {
  criterionId: string;
  /** Assigned evaluators without an entry; empty when nobody is assigned. */
  evaluatorIds: string[];
}

export interface UnitResult {
  unitId: string;
  unitCode: string;
  unitName: string;
  sections: SectionResult[];
  /** Regular points, rescaled for N/A items: earned / (total − N/A points) × total. */
  baseTotal: number;
  bonus: number;
  /** Final total: base + bonus, or 0 when vetoed under the 'zero' setting. */
  total: number;
  naPoints: number;
  vetoed: boolean;
  vetoItems: string[];
  barredExcellent: boolean;
  barItems: string[];
  /** Grade after veto, 否优项 and quota; null while the unit waits for missing scores. */
  grade: GradeId | null;
  /** True when the 优秀 quota turned an 优秀 by score into the grade below. */
  quotaLimited: boolean;
  rank: number | null;
  complete: boolean;
  gaps: Gap[];
  /** Ranked although incomplete (the rank-on-what-is-there option). */
  provisional: boolean;
}

export interface Results {
  method: CombineMethod;
  settings: Settings;
  total: number;
  units: UnitResult[];
  /** Unit ids in ranking order (ranked first, then the ones waiting). */
  order: string[];
  /** Leaf criterion ids in document order: the columns of `cells`. */
  leafIds: string[];
  /** cells[unitId][leafIndex]. */
  cells: Record<string, CellResult[]>;
  complete: boolean;
  quota: { count: number | null; exceededByTie: boolean };
}
