import type { BonusItem, LeafRule, VetoItem } from '../assessment/schema';
import type { TextSpan } from '../rules-text/types';
import type { DocPart } from './parts';

/** A criterion of the assessment tree (考核指标), at any level. */
export interface Criterion {
  /** Dotted path in the tree, e.g. "5.3" or "3.1.2". Stable for a given tree. */
  code: string;
  /** The label as written in the document, e.g. "(十七)", "一、", "1." or "" for derived points. */
  number: string;
  /** Short title: the numbered phrase up to its first full stop. */
  title: string;
  /** The full text of the criterion (考核内容), as written. */
  text: string;
  /** Points (分值); every level adds up exactly to its parent. */
  points: number;
  /** Share of the scheme total, points / total. */
  weight: number;
  /** True when the points were written in the document, e.g. "(5分)". */
  pointsFromText: boolean;
  /** 评分标准 words as written (tables; a leaf only). */
  ruleText?: string;
  /** The rule read from ruleText; absent when nothing was recognised (the leaf stays plain). */
  rule?: LeafRule;
  /** Where in ruleText the rule was read from, for highlighting. */
  ruleSpans?: TextSpan[];
  children: Criterion[];
}

/** The criteria tree parsed out of a work plan (工作要点), with what was detected around it. */
export interface PlanTree {
  title: string | null;
  year: number | null;
  /** The preamble paragraph(s) of general requirements. */
  description: string;
  total: number;
  criteria: Criterion[];
  /** Things the user should look at; never errors (errors are thrown as PlanError). */
  warnings: PlanWarning[];
  /** 'table' when read from a scoring table (评分细则), else a numbered prose plan. */
  source?: 'plan' | 'table';
  /** Bonus items (加分项) read from a table's 奖罚分 block or bonus rows. */
  bonus?: { cap: number | null; items: BonusItem[] };
  /** Veto and 否优 items read from a table. */
  vetoes?: VetoItem[];
  /** A 考核办法: its top-level parts and the one the items were read from (see shared/plan/parts.ts). */
  parts?: { list: DocPart[]; chosen: string };
}

export type PlanWarningCode =
  | 'duplicateBodySkipped'
  | 'duplicateTextDiffers'
  | 'inlinePointsMismatch'
  | 'inlineTotalDiffers'
  | 'pointsTooFewForChildren'
  | 'levelsFolded'
  | 'trailingTextIgnored'
  | 'ruleUnrecognised'
  | 'ruleDeductionCapped'
  | 'ruleLevelsAbovePoints'
  | 'ruleLevelsBelowPoints'
  | 'ruleDeductionRange'
  | 'bonusPenaltyUnsupported'
  | 'tableRowsOutsideLevels'
  | 'procedureParts';

export interface PlanWarning {
  code: PlanWarningCode;
  /** Message parameters; `at` names the criterion as a reader would ("(七)强化重点行业领域安全监管"). */
  params: Record<string, string | number>;
}

export interface ParseOptions {
  /** 2: indicators and items; 3: also scoring points (考核要点) inside items. Default 2. */
  depth?: 2 | 3;
  /** Scheme total. Default 100. */
  total?: number;
  /** File name, used as a hint for year detection only. */
  fileName?: string;
}
