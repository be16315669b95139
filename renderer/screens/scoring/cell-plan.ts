// The cell plan: what typing, pasting or Delete at a grid cell would change, decided by pure
// functions before anything is saved, so each case (refusals, vetoes that need a reason and a
// confirmation, "the same value again") is a unit test with literals.
import type { CellRef, EntryInput } from '../../../shared/ipc/contract';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { ScoreEntry } from '../../../shared/assessment/schema';
import { cellText, parseCellInput, type CellWords } from './cell-input';
import type { GridColumn, GridRow } from './grid-model';

/** One cell as the plan sees it: its row and column, this evaluator's entry there, whether they score it. */
export interface PlanCell {
  row: GridRow | undefined;
  column: GridColumn | undefined;
  entry: ScoreEntry | undefined;
  covered: boolean;
}

export interface PlanContext {
  evaluatorId: string;
  readOnly: boolean;
  words: CellWords;
}

export type CellPlan =
  | { kind: 'none' }
  | { kind: 'set'; input: EntryInput; confirm?: 'veto' | 'barExcellent' }
  | { kind: 'clear'; cell: CellRef }
  | { kind: 'problem'; key: MessageKey; params: Record<string, string | number>; hint?: MessageKey };

const problem = (key: MessageKey, params: Record<string, string | number> = {}, hint?: MessageKey): CellPlan => ({
  kind: 'problem',
  key,
  params,
  hint,
});

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a text typed (or pasted) at a cell does: set an entry (keeping the cell's reason,
 * evidence and note), empty the cell, nothing (the same value again, e.g. a block copied out
 * and pasted back), or a refusal with its message key. A veto or 否优项 newly marked 是 comes
 * back with `confirm`: the grid asks for its reason and names the unit before saving it.
 */
export function planTyped(cell: PlanCell, text: string, ctx: PlanContext): CellPlan {
  const { row, column, entry } = cell;
  if (!row || row.kind !== 'item' || !column) return { kind: 'none' };
  if (ctx.readOnly) return problem('error.finalized');
  if (!cell.covered) return problem('scoring.notAssigned');
  const ref = { evaluatorId: ctx.evaluatorId, unitId: column.unitId, criterionId: row.criterionId };
  const keep = { reason: entry?.reason ?? '', evidence: entry?.evidence ?? '', note: entry?.note ?? '' };
  if (column.kind !== 'score') {
    if (!entry) return text.trim() ? problem('scoring.scoreFirst') : { kind: 'none' };
    if ((entry[column.kind] ?? '') === text.trim()) return { kind: 'none' };
    return { kind: 'set', input: { ...ref, value: entry.value, ...keep, [column.kind]: text.trim() } };
  }
  if (entry && text.trim() === cellText(entry, row.item, ctx.words)) return { kind: 'none' };
  const parsed = parseCellInput(text, row.item, entry?.value);
  if (parsed.kind === 'problem') {
    const deduction = row.item.kind === 'leaf' && row.item.leaf.rule.kind === 'deduction';
    return problem(parsed.problem.key, parsed.problem.params, deduction ? 'scoring.deductionHint' : undefined);
  }
  if (parsed.kind === 'clear') return entry ? { kind: 'clear', cell: ref } : { kind: 'none' };
  if (entry && sameValue(entry.value, parsed.value)) return { kind: 'none' };
  const input: EntryInput = { ...ref, value: parsed.value, ...keep };
  const newlyTriggered = parsed.value.kind === 'veto' && parsed.value.triggered && !(entry?.value.kind === 'veto' && entry.value.triggered);
  if (newlyTriggered && row.item.kind === 'veto') return { kind: 'set', input, confirm: row.item.item.effect };
  return { kind: 'set', input };
}

/**
 * A pasted block, all or nothing: every cell planned as if typed; the first refusal stops it
 * (with the index of its cell). Empty pasted cells change nothing, and a veto cannot be
 * pasted: each one is confirmed with its reason, one at a time.
 */
export function planPaste(
  cells: { cell: PlanCell; text: string }[],
  ctx: PlanContext,
): { sets: EntryInput[] } | { refused: number; plan: Extract<CellPlan, { kind: 'problem' }> } {
  const sets: EntryInput[] = [];
  for (let i = 0; i < cells.length; i++) {
    const { cell, text } = cells[i]!;
    if (text.trim() === '') continue;
    const plan = planTyped(cell, text, ctx);
    if (plan.kind === 'problem') return { refused: i, plan };
    if (plan.kind === 'set' && plan.confirm) return { refused: i, plan: { kind: 'problem', key: 'grid.vetoPaste', params: {} } };
    if (plan.kind === 'set') sets.push(plan.input);
  }
  return { sets };
}

/** Delete on a block: every entry in it this evaluator may change (score columns empty the cell, text columns the text). */
export function planDelete(
  cells: PlanCell[],
  ctx: PlanContext,
): { clears: CellRef[]; sets: EntryInput[] } | { problem: Extract<CellPlan, { kind: 'problem' }> } {
  if (ctx.readOnly) return { problem: { kind: 'problem', key: 'error.finalized', params: {} } };
  const clears: CellRef[] = [];
  const sets: EntryInput[] = [];
  for (const cell of cells) {
    if (!cell.entry || !cell.covered) continue;
    const plan = planTyped(cell, '', ctx);
    if (plan.kind === 'clear') clears.push(plan.cell);
    else if (plan.kind === 'set') sets.push(plan.input);
  }
  return { clears, sets };
}
