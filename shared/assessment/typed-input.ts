// What a text typed into a scoring cell (or pasted from Excel/WPS) means under the item's rule.
// Evaluators type with a Chinese input method on, so full-width digits and punctuation, unit
// words (3.5分, 扣2分, 2次) and Chinese marks (是, 基本完成, 不适用) are read as the rule
// expects; anything else is refused with the reason and never guessed (".5" is not 0.5: it is
// what is left when an input method swallowed the first key).
import type { ScoredItem } from './criteria';
import { checkValue, type ValueProblem } from './rules';
import type { EntryValue } from './schema';

/** A typed text read under a rule: a value to store, "empty the cell", or why it is refused. */
export type TypedValue = { kind: 'value'; value: EntryValue } | { kind: 'clear' } | { kind: 'problem'; problem: ValueProblem };

const NA_WORDS = new Set(['/', 'na', 'n/a', '不适用']);
const YES = new Set(['1', '是', 'y', 'yes', '√', '✓', '否决']);
const NO = new Set(['0', '否', 'n', 'no']);

/**
 * Full-width digits, letters and punctuation (what a Chinese input method types) as ASCII,
 * the ideographic full stop as a decimal point, runs of spaces as one; trimmed.
 */
export function normalizeTyped(text: string): string {
  return text.normalize('NFKC').replace(/。/g, '.').replace(/\s+/g, ' ').trim();
}

const NUMBER = /^\+?\d+(?:\.\d+)?$/;

/** A plain decimal number ("3", "3.5"); not ".5", "3.", "1e3" or "3,5". */
function number(text: string): number | null {
  return NUMBER.test(text) ? Number(text) : null;
}

const problem = (key: ValueProblem['key'], params: ValueProblem['params'] = {}): TypedValue => ({
  kind: 'problem',
  problem: { key, params },
});
const value = (v: EntryValue): TypedValue => ({ kind: 'value', value: v });

/** "3.5分" / "得3.5分" → 3.5; "扣2分" → { deducted: 2 }; the rest as it is. */
function points(text: string): { earned: number } | { deducted: number } | null {
  const deducted = /^扣\s*(\S+?)\s*分?$/.exec(text);
  if (deducted) {
    const n = number(deducted[1]!);
    return n === null ? null : { deducted: n };
  }
  const earned = /^得?\s*(\S+?)\s*分?$/.exec(text);
  const n = earned ? number(earned[1]!) : null;
  return n === null ? null : { earned: n };
}

function notUnderstood(text: string, expected: ValueProblem['key'], params: ValueProblem['params'] = {}): TypedValue {
  if (/^[.．]\d/.test(text)) return problem('typed.leadingPoint', { value: text });
  if (/^-\s*\d/.test(text)) return problem('value.negative', { value: text });
  return problem(expected, { value: text, ...params });
}

/** Deductions: "2", "2次", "2 迟报", "2次 迟报", "扣2分 迟报" (points ÷ points per occurrence). */
function deductions(text: string, per: number, earlierReason: string): TypedValue {
  const m = /^(扣\s*[\d.]+\s*分|[\d.]+\s*(?:次|起|处|项|个)?)\s*(.*)$/.exec(text);
  if (!m) return notUnderstood(text, 'typed.deduction', { per });
  const head = m[1]!.replace(/\s+/g, '');
  let count: number | null;
  if (head.startsWith('扣')) {
    const n = number(head.slice(1, -1));
    if (n === null) return notUnderstood(text, 'typed.deduction', { per });
    count = n / per;
    if (Math.abs(count - Math.round(count)) > 1e-7) return problem('typed.deductionOffStep', { value: text, per });
    count = Math.round(count);
  } else {
    count = number(head.replace(/[次起处项个]$/, ''));
    if (count === null) return notUnderstood(text, 'typed.deduction', { per });
    if (!Number.isInteger(count)) return problem('typed.wholeCount', { value: text });
  }
  if (count === 0) return value({ kind: 'deductions', occurrences: [] });
  const reason = m[2]!.trim() || earlierReason;
  return value({ kind: 'deductions', occurrences: [{ count, reason }] });
}

function valueOf(text: string, item: ScoredItem, earlier: EntryValue | undefined): TypedValue {
  const lower = text.toLowerCase();
  if (item.kind === 'veto') {
    if (YES.has(lower)) return value({ kind: 'veto', triggered: true });
    if (NO.has(lower)) return value({ kind: 'veto', triggered: false });
    return problem('scoring.vetoInput', { value: text });
  }
  if (item.kind === 'bonus') return problem('scoring.useDetail');
  if (NA_WORDS.has(lower)) return value({ kind: 'na' });
  const rule = item.leaf.rule;
  const full = item.leaf.criterion.points;
  switch (rule.kind) {
    case 'deduction': {
      const reasons = earlier?.kind === 'deductions' ? earlier.occurrences.map((o) => o.reason).join('；') : '';
      return deductions(text, rule.perOccurrence, reasons);
    }
    case 'tiered': {
      const byLabel = rule.levels.findIndex((l) => normalizeTyped(l.label) === text);
      if (byLabel >= 0) return value({ kind: 'tier', level: byLabel });
      const n = number(text);
      if (n !== null && Number.isInteger(n) && n >= 1) return value({ kind: 'tier', level: n - 1 });
      const p = /分$/.test(text) ? points(text) : null;
      if (p && 'earned' in p) {
        const levels = rule.levels.flatMap((l, i) => (Math.abs(l.points - p.earned) < 1e-9 ? [i] : []));
        if (levels.length === 1) return value({ kind: 'tier', level: levels[0]! });
      }
      return notUnderstood(text, 'scoring.tierInput', { count: rule.levels.length });
    }
    case 'control': {
      const m = /^([\d.]+)\s*(?:人|起|次|例)?$/.exec(text);
      const n = m ? number(m[1]!) : null;
      return n === null ? notUnderstood(text, 'typed.control') : value({ kind: 'control', actual: n });
    }
    case 'plain': {
      const p = points(text);
      if (!p) return notUnderstood(text, 'typed.score', { max: full });
      const score = 'earned' in p ? p.earned : Math.round((full - p.deducted) * 1e6) / 1e6;
      if (score < 0) return problem('typed.deductedTooMuch', { value: text, max: full });
      return value({ kind: 'score', score });
    }
  }
}

/**
 * Reads a typed cell under its item's rule: a score ("3.5", "３．５", "3.5分", "扣2分" = the points
 * less 2), a count of occurrences with an optional reason ("2", "2次 迟报"; "扣2分" = 2 ÷ points
 * per occurrence; without a reason the cell's earlier reasons are kept), a level by name,
 * number or points, an actual figure, 不适用 or "/" for N/A, 是/否 (1/0) for a veto item, empty
 * to clear. The value is then checked against the rule (range, step, reasons). Never guesses:
 * whatever is not one of these forms comes back as a problem with its message key.
 */
export function parseTypedValue(raw: string, item: ScoredItem, earlier?: EntryValue): TypedValue {
  const text = normalizeTyped(raw);
  if (text === '') return { kind: 'clear' };
  const parsed = valueOf(text, item, earlier);
  if (parsed.kind !== 'value') return parsed;
  const found = checkValue(parsed.value, item);
  return found ? { kind: 'problem', problem: found } : parsed;
}
