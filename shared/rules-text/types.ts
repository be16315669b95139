import type { LeafRule, TierLevel, VetoItem } from '../assessment/schema';
import type { Hits } from './hits';

/** Where in the 评分标准 text a rule was read from: [start, end) in UTF-16 units of the original text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Why a recognised rule still deserves a look (the rule form cannot say everything the words say). */
export type RuleNote = 'deductionCapped' | 'levelsAbovePoints' | 'levelsBelowPoints' | 'deductionRange';

interface Read {
  /** Name of the pattern in the table that matched (tests and the UI's "read as" hint use it). */
  pattern: string;
  /** The sentences or clauses the rule was read from, for highlighting. */
  spans: TextSpan[];
  notes: RuleNote[];
}

/** What a 评分标准 text says, in the assessment file's own shapes. */
export type RuleReading =
  | (Read & { kind: 'leaf'; rule: LeafRule })
  | (Read & { kind: 'bonus'; levels: TierLevel[]; cap: number | null })
  | (Read & { kind: 'veto'; effect: VetoItem['effect'] })
  | { kind: 'unrecognised'; pattern: null; spans: []; notes: [] };

/** The text as patterns see it: half-width (same length as the original, so spans stay valid). */
export interface RuleContext {
  text: string;
  /** The item's points (分值), 0 when none were written. */
  points: number;
  /** Every amount in the text, found once for all patterns. */
  hits: Hits;
}

/** One row of the pattern table: a name and a reader that returns null when it does not apply. */
export interface RulePattern {
  name: string;
  read(ctx: RuleContext): RuleReading | null;
}
