import { clauseAt, clauses, labelOf, type Clause } from './clauses';
import { NUM, numberValue } from './numbers';
import type { TextSpan } from './types';

/** An amount found in a rule sentence, with the words that name it and where it stands. */
export interface Hit {
  amount: number;
  label: string;
  /** The clause the amount belongs to. */
  span: TextSpan;
  /** Where the amount's own words stand (for telling caps apart). */
  at: TextSpan;
}

const re = (s: string) => new RegExp(s, 'g');
const DEDUCT = re(`(?:扣除|扣减|扣|减)\\s*${NUM}\\s*分`);
const DEDUCT_CAP = re(`(?:最多|最高|累计|合计|共)\\s*(?:扣除|扣减|扣|减)\\s*${NUM}\\s*分|扣分?(?:不超过|上限为?|最多为?)\\s*${NUM}\\s*分`);
const DEDUCT_RANGE = re(`扣\\s*${NUM}\\s*[-~～－—至到]\\s*${NUM}\\s*分`);
const BONUS = re(`加\\s*${NUM}\\s*分`);
const BONUS_CAP = re(
  `(?:最高|最多|累计|合计|共|最高可)\\s*加\\s*${NUM}\\s*分|加分?(?:不超过|上限为?|最高为?|最多为?)\\s*${NUM}\\s*分|(?:不超过|上限为?)\\s*${NUM}\\s*分`,
);
const GAIN = re(`(?<!不)(?:得|计|给|记)\\s*${NUM}\\s*分`);
const PAREN = re(`[(\\[]\\s*${NUM}\\s*分\\s*[)\\]]`);
const ZERO =
  /不得分|不计分|(?:得|计)\s*[0零]\s*分|全部扣除|(?:该|此)项(?:分值)?全扣|扣除(?:该|此)项(?:全部)?分[值数]|扣完(?:该|此)项分[值数]/g;

function spansOf(regex: RegExp, text: string): TextSpan[] {
  return [...text.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function inside(at: TextSpan, spans: TextSpan[]): boolean {
  return spans.some((s) => at.start >= s.start && at.end <= s.end);
}

function collect(text: string, regex: RegExp, list: Clause[], amountOf: (m: RegExpMatchArray) => number, exclude: TextSpan[] = []): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(regex)) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (inside(at, exclude)) continue;
    const clause = clauseAt(list, m.index) ?? { text: '', start: at.start, end: at.end };
    let label = labelOf(text.slice(clause.start, at.start)).replace(/^(该|此|本)项(分值)?$/, '');
    // "未建立的，该项不得分": the condition sits in the clause before.
    if (!label) label = labelOf(list[list.indexOf(clause as Clause) - 1]?.text ?? '');
    hits.push({ amount: amountOf(m), label, span: { start: clause.start, end: clause.end }, at });
  }
  return hits;
}

const first = (m: RegExpMatchArray) => numberValue(m[1]!);
const anyGroup = (m: RegExpMatchArray) => numberValue(m.slice(1).find((g) => g !== undefined)!);

/** Every kind of amount a rule sentence can carry, found once per text. */
export interface Hits {
  deductions: Hit[];
  deductionCaps: Hit[];
  ranges: Hit[];
  bonuses: Hit[];
  bonusCaps: Hit[];
  gains: Hit[];
  parens: Hit[];
  zeros: Hit[];
}

/** Finds the amounts of a (half-width) rule text. */
export function findHits(text: string): Hits {
  const list = clauses(text);
  const fine = clauses(text, /[，,；;。\n、]/g);
  const deductionCaps = collect(text, DEDUCT_CAP, list, anyGroup);
  const ranges = collect(text, DEDUCT_RANGE, list, first);
  const capSpans = deductionCaps.map((h) => h.at);
  const bonusCaps = collect(text, BONUS_CAP, list, anyGroup);
  const parenClauses = clauses(text, /[，,；;。\n、)\]]/g);
  return {
    deductions: collect(text, DEDUCT, list, first, [...capSpans, ...ranges.map((h) => h.at)]),
    deductionCaps,
    ranges,
    bonuses: collect(
      text,
      BONUS,
      fine,
      first,
      bonusCaps.map((h) => h.at),
    ),
    bonusCaps,
    gains: collect(text, GAIN, list, first),
    parens: collect(text, PAREN, parenClauses, first).map((h) => ({ ...h, label: h.label.replace(/[([]$/, '').trim() })),
    zeros: collect(text, ZERO, list, () => 0),
  };
}

/** True when a text contains a match of the pattern (a fresh regex, so no lastIndex state leaks). */
export function has(text: string, pattern: RegExp): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);
}

export { spansOf };
