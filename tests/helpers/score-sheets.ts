// Filling exported score sheets the way an evaluator would, with exceljs: for round trips and
// for every kind of broken sheet.
import ExcelJS from 'exceljs';
import type { Assessment, ScoreEntry } from '../../shared/assessment/schema';
import { createTranslator } from '../../shared/i18n/messages';
import { scoreSheetLayout, type LayoutItem, type ScoreSheetLayout } from '../../shared/sheets/layout';

export const zh = createTranslator('zh-CN');

export function layoutOf(doc: Assessment, evaluatorId: string): ScoreSheetLayout {
  return scoreSheetLayout(doc, evaluatorId, zh);
}

/** Opens a sheet file, lets `edit` change the workbook, writes it back. */
export async function editWorkbook(path: string, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  await edit(wb);
  await wb.xlsx.writeFile(path);
}

/** Sets cells of the visible score sheet: [row, col, value][]. */
export async function setCells(path: string, cells: [number, number, ExcelJS.CellValue][]): Promise<void> {
  await editWorkbook(path, (wb) => {
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    for (const [r, c, v] of cells) ws.getCell(r, c).value = v;
  });
}

/** What an evaluator types for one entry: the input cell and the reason cell. */
export function typedFor(entry: ScoreEntry, item: LayoutItem): [ExcelJS.CellValue, string] {
  const v = entry.value;
  switch (v.kind) {
    case 'score':
      return [v.score, entry.reason];
    case 'control':
      return [v.actual, entry.reason];
    case 'na':
      return ['不适用', entry.reason];
    case 'tier':
      return [item.input.kind === 'level' ? item.input.labels[v.level]! : '', entry.reason];
    case 'deductions':
      return [v.occurrences.reduce((a, o) => a + o.count, 0), v.occurrences.map((o) => o.reason).join('；') || entry.reason];
    case 'bonus': {
      const best = Math.min(...v.achievements.map((a) => a.level));
      return [item.input.kind === 'bonus' ? item.input.labels[best]! : '', [...new Set(v.achievements.map((a) => a.name))].join('；')];
    }
    case 'veto':
      return [v.triggered ? '是' : '否', entry.reason];
  }
}

/** The cells that re-type an evaluator's entries into their sheet. */
export function cellsFromEntries(doc: Assessment, layout: ScoreSheetLayout): [number, number, ExcelJS.CellValue][] {
  const cells: [number, number, ExcelJS.CellValue][] = [];
  for (const entry of doc.entries.filter((e) => e.evaluatorId === layout.evaluator.id)) {
    const item = layout.items.find((i) => i.itemId === entry.criterionId);
    const unit = layout.units.find((u) => u.unitId === entry.unitId);
    if (!item || !unit) continue;
    const [value, reason] = typedFor(entry, item);
    cells.push([item.row, unit.valueCol, value]);
    if (reason) cells.push([item.row, unit.reasonCol, reason]);
  }
  return cells;
}
