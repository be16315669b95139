// What an evaluator typed into one input cell (and its reason cell), turned into an entry value
// by the item's rule, or the problem with it in words.
import type { ScoredItem } from '../assessment/criteria';
import { checkValue } from '../assessment/rules';
import type { EntryValue } from '../assessment/schema';
import type { MessageKey } from '../i18n/messages';
import { toHalfWidth } from '../text/normalize';
import type { InputKind } from './layout';

/** A cell as read back: a plain value, or a formula with its cached result. */
export type RawCell = string | number | boolean | null | { formula: string; result: string | number | boolean | null };

export type ReadResult =
  | { ok: true; value: EntryValue; reason: string }
  | { ok: false; key: MessageKey; params: Record<string, string | number>; onReason?: boolean }
  | null;

const NA = new Set(['不适用', 'n/a', 'na', '不適用']);
const YES = new Set(['是', 'yes', 'y']);
const NO = new Set(['否', 'no', 'n']);

/** A cell's text, trimmed and half-width; formulas are flagged, never evaluated. */
export function cellText(raw: RawCell): { text: string; formula: boolean } {
  if (raw === null) return { text: '', formula: false };
  if (typeof raw === 'object') return { text: raw.result === null ? '' : String(raw.result), formula: true };
  return { text: toHalfWidth(String(raw)).trim(), formula: false };
}

/** A number typed as a number or as text ("3.5", "３．５"); null if it is not one. */
function asNumber(raw: RawCell, text: string): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const t = text.replace(/．/g, '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : null;
}

function problem(key: MessageKey, params: Record<string, string | number> = {}, onReason = false): ReadResult {
  return { ok: false, key, params, onReason };
}

/**
 * Reads one input cell of an item: empty (nothing to import) → null, else the entry value and
 * its reason, or a problem. Reasons are required where the rules need them: deductions,
 * bonuses and a triggered veto.
 */
export function readInput(rawValue: RawCell, rawReason: RawCell, input: InputKind, item: ScoredItem): ReadResult {
  const value = cellText(rawValue);
  const reasonCell = cellText(rawReason);
  if (value.formula) return problem('sheet.formula');
  if (reasonCell.formula) return problem('sheet.formula', {}, true);
  const reason = typeof rawReason === 'string' ? rawReason.trim() : reasonCell.text;
  if (!value.text) return reason ? problem('sheet.reasonWithoutValue', {}, true) : null;
  const lower = value.text.toLowerCase();
  if (NA.has(lower)) {
    if (input.kind === 'bonus' || input.kind === 'veto') return problem('sheet.naNotAllowed');
    return { ok: true, value: { kind: 'na' }, reason };
  }
  const n = asNumber(rawValue, value.text);
  const checked = (v: EntryValue, r: string): ReadResult => {
    const p = checkValue(v, item, { exact: true });
    return p ? problem(p.key, p.params) : { ok: true, value: v, reason: r };
  };
  switch (input.kind) {
    case 'score':
      if (n === null) return problem('value.notNumber', { value: value.text });
      return checked({ kind: 'score', score: n }, reason);
    case 'actual':
      if (n === null) return problem('value.notNumber', { value: value.text });
      if (n < 0) return problem('value.negative', { value: n });
      return checked({ kind: 'control', actual: n }, reason);
    case 'count':
      if (n === null) return problem('value.notNumber', { value: value.text });
      if (n < 0) return problem('value.negative', { value: n });
      if (!Number.isInteger(n)) return problem('sheet.wholeNumber', { value: n });
      if (n === 0) return checked({ kind: 'deductions', occurrences: [] }, reason);
      if (!reason) return problem('value.reasonRequired', {}, true);
      return checked({ kind: 'deductions', occurrences: [{ count: n, reason }] }, '');
    case 'level':
    case 'bonus': {
      const level = input.labels.findIndex((l) => toHalfWidth(l).trim() === value.text);
      if (level < 0) return problem('sheet.unknownLabel', { value: value.text, labels: input.labels.join('、') });
      if (input.kind === 'level') return checked({ kind: 'tier', level }, reason);
      if (!reason) return problem('sheet.bonusReason', {}, true);
      return checked({ kind: 'bonus', achievements: [{ name: reason, level, reason }] }, '');
    }
    case 'veto':
      if (YES.has(lower)) return reason ? checked({ kind: 'veto', triggered: true }, reason) : problem('sheet.vetoReason', {}, true);
      if (NO.has(lower)) return checked({ kind: 'veto', triggered: false }, reason);
      return problem('sheet.vetoValue', { value: value.text });
  }
}
