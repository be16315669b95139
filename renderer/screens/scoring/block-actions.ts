// Copy, paste and Delete on a block of the grid, as plain functions over the cells' plans.
import type { CellRef, EntryInput } from '../../../shared/ipc/contract';
import { planDelete, planPaste, type CellPlan, type PlanCell, type PlanContext } from './cell-plan';
import { blockItemRows, toTsv, type Block } from './grid-copy';
import type { Position } from './grid-keys';
import { parseTsv, pasteTargets, type PasteTarget } from './paste';

export interface BlockGrid {
  block: Block;
  itemRows: number[];
  columnCount: number;
  planCell: (p: Position) => PlanCell;
  /** A cell in the form it is typed (what copying puts on the clipboard). */
  typedForm: (p: Position) => string;
  ctx: PlanContext;
}

/** The block as Excel's clipboard text: rows that take entries, each cell as it is typed. */
export function copyBlock(g: BlockGrid): { text: string; rows: number; cols: number } {
  const lines = blockItemRows(g.block, g.itemRows).map((r) => {
    const cells: string[] = [];
    for (let c = g.block.left; c <= g.block.right; c++) cells.push(g.typedForm({ row: r, col: c }));
    return cells;
  });
  return { text: toTsv(lines), rows: lines.length, cols: g.block.right - g.block.left + 1 };
}

/** Clipboard text pasted at the block's top left: every entry to set, or the first cell refused and why. */
export function pasteBlock(
  g: BlockGrid,
  text: string,
): { sets: EntryInput[] } | { at: PasteTarget; plan: Extract<CellPlan, { kind: 'problem' }> } {
  const { targets } = pasteTargets(parseTsv(text), { row: g.block.top, col: g.block.left }, g.itemRows, g.columnCount);
  const plan = planPaste(
    targets.map((x) => ({ cell: g.planCell(x), text: x.text })),
    g.ctx,
  );
  return 'refused' in plan ? { at: targets[plan.refused]!, plan: plan.plan } : plan;
}

/** Delete on the block: the cells to empty and the texts to clear. */
export function deleteBlock(g: BlockGrid): { clears: CellRef[]; sets: EntryInput[] } | { problem: Extract<CellPlan, { kind: 'problem' }> } {
  const cells: PlanCell[] = [];
  for (const r of blockItemRows(g.block, g.itemRows))
    for (let c = g.block.left; c <= g.block.right; c++) cells.push(g.planCell({ row: r, col: c }));
  return planDelete(cells, g.ctx);
}
