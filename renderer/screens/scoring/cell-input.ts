// What a typed cell text means under an item's rule, and how an entry reads back in a cell.
import type { ScoredItem } from '../../../shared/assessment/criteria';
import { checkValue, type ValueProblem } from '../../../shared/assessment/rules';
import type { EntryValue, ScoreEntry } from '../../../shared/assessment/schema';

export type ParsedCell =
  | { kind: 'value'; value: EntryValue }
  | { kind: 'clear' }
  | { kind: 'problem'; problem: ValueProblem };

const NA_WORDS = new Set(['/', '／', 'na', 'n/a', '不适用', '—', '-']);
const YES = new Set(['1', '是', 'y', 'yes', 'x', '×', '√', '✓']);
const NO = new Set(['0', '否', 'n', 'no']);

/** Full-width digits and punctuation (typed with a Chinese IME) as ASCII. */
export function normalizeTyped(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－]/g, '-')
    .replace(/\u3000/g, ' ')
    .trim();
}

function number(text: string): number | null {
  return /^[+]?\d+(\.\d+)?$|^[+]?\.\d+$/.test(text) ? Number(text) : null;
}

const problem = (key: ValueProblem['key'], params: ValueProblem['params'] = {}): ParsedCell => ({ kind: 'problem', problem: { key, params } });

function valueOf(text: string, item: ScoredItem): ParsedCell {
  const lower = text.toLowerCase();
  if (item.kind === 'veto') {
    if (YES.has(lower)) return { kind: 'value', value: { kind: 'veto', triggered: true } };
    if (NO.has(lower)) return { kind: 'value', value: { kind: 'veto', triggered: false } };
    return problem('scoring.vetoInput', { value: text });
  }
  if (item.kind === 'bonus') return problem('scoring.useDetail');
  if (NA_WORDS.has(lower)) return { kind: 'value', value: { kind: 'na' } };
  const rule = item.leaf.rule;
  if (rule.kind === 'deduction') {
    // "2 迟报1起" = two occurrences with that reason; "0" = no deduction.
    const m = /^(\d+)\s*(.*)$/.exec(text);
    if (!m) return problem('value.notNumber', { value: text });
    const count = Number(m[1]);
    if (count === 0) return { kind: 'value', value: { kind: 'deductions', occurrences: [] } };
    return { kind: 'value', value: { kind: 'deductions', occurrences: [{ count, reason: m[2]!.trim() }] } };
  }
  if (rule.kind === 'tiered') {
    const byLabel = rule.levels.findIndex((l) => l.label === text);
    if (byLabel >= 0) return { kind: 'value', value: { kind: 'tier', level: byLabel } };
    const n = number(text);
    if (n === null || !Number.isInteger(n) || n < 1) return problem('scoring.tierInput', { value: text, count: rule.levels.length });
    return { kind: 'value', value: { kind: 'tier', level: n - 1 } };
  }
  const n = number(text);
  if (n === null) return problem(text.startsWith('-') ? 'value.negative' : 'value.notNumber', { value: text });
  return { kind: 'value', value: rule.kind === 'control' ? { kind: 'control', actual: n } : { kind: 'score', score: n } };
}

/**
 * Reads a typed cell: a number (score, occurrences, level or actual figure by the rule), 不适用
 * or "/" for N/A, 是/否 for a veto item, empty to clear. The value is checked against the rule
 * on the spot; a problem comes back with its message key.
 */
export function parseCellInput(raw: string, item: ScoredItem): ParsedCell {
  const text = normalizeTyped(raw);
  if (text === '') return { kind: 'clear' };
  const parsed = valueOf(text, item);
  if (parsed.kind !== 'value') return parsed;
  const found = checkValue(parsed.value, item);
  return found ? { kind: 'problem', problem: found } : parsed;
}

/** Trims a number for display: 8.50 → 8.5. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Words the cell shows for marks, in the user's language. */
export interface CellWords {
  na: string;
  yes: string;
  no: string;
}

/** How an entry reads in its cell: the same form the user types, so editing round-trips. */
export function cellText(entry: ScoreEntry | undefined, item: ScoredItem, words: CellWords): string {
  if (!entry) return '';
  const v = entry.value;
  switch (v.kind) {
    case 'score':
      return formatNumber(v.score);
    case 'deductions': {
      const count = v.occurrences.reduce((a, o) => a + o.count, 0);
      return count === 0 ? '0' : `${count} ${v.occurrences.map((o) => o.reason).join('；')}`;
    }
    case 'tier':
      return item.kind === 'leaf' && item.leaf.rule.kind === 'tiered' ? (item.leaf.rule.levels[v.level]?.label ?? String(v.level + 1)) : String(v.level + 1);
    case 'control':
      return formatNumber(v.actual);
    case 'bonus':
      return v.achievements.length ? `+${v.achievements.length}` : '0';
    case 'veto':
      return v.triggered ? words.yes : words.no;
    case 'na':
      return words.na;
  }
}

/** What the cell shows compactly: deductions as their count only (the reasons are in the detail panel). */
export function cellShortText(entry: ScoreEntry | undefined, item: ScoredItem, words: CellWords): string {
  if (entry?.value.kind === 'deductions') {
    const count = entry.value.occurrences.reduce((a, o) => a + o.count, 0);
    return count === 0 ? '0' : `−${count}`;
  }
  return cellText(entry, item, words);
}
