// The export screen's logic as plain functions: whose score sheets a choice means, what the
// progress line says, and how an import's outcome reads.
import { buildAssignmentIndex } from '../../../shared/assessment/assignment';
import { leavesOf } from '../../../shared/assessment/criteria';
import type { Assessment } from '../../../shared/assessment/schema';
import type { SheetsFor } from '../../../shared/ipc/contract';
import type { SheetImported } from '../../../shared/ipc/views';
import type { Translate } from '../../../shared/i18n/messages';
import { taskFraction, type Progress, type TaskName } from '../../../shared/progress';
import type { Results } from '../../../shared/scoring/types';

/** A choice in the "导出对象" list: its value in the <select> and what it asks main for. */
export interface SheetChoice {
  value: string;
  label: string;
  who: SheetsFor;
  group: 'all' | 'team' | 'evaluator';
}

export function sheetChoices(doc: Assessment, t: Translate): SheetChoice[] {
  const teamName = (id: string | null) => doc.teams.find((x) => x.id === id)?.name ?? t('export.who.noTeam');
  return [
    { value: 'all', label: t('export.who.all', { count: doc.evaluators.length }), who: { kind: 'all' }, group: 'all' },
    ...doc.teams.map((team): SheetChoice => ({
      value: `team:${team.id}`,
      label: t('export.who.team', { team: team.name, count: doc.evaluators.filter((e) => e.teamId === team.id).length }),
      who: { kind: 'team', id: team.id },
      group: 'team',
    })),
    ...doc.evaluators.map((e): SheetChoice => ({
      value: `evaluator:${e.id}`,
      label: t('export.who.evaluator', { name: e.name, team: teamName(e.teamId) }),
      who: { kind: 'evaluator', id: e.id },
      group: 'evaluator',
    })),
  ];
}

export interface PlannedSheet {
  evaluatorId: string;
  name: string;
  units: number;
  items: number;
}

/**
 * The sheets a choice will write, as main will write them: one per chosen evaluator who has
 * units and criteria assigned. Counted from the assignment as shared/sheets/layout.ts lays the
 * sheet out (its rows: covered leaves, bonus and veto items); the layout itself is not imported
 * because it pulls the report's year-on-year code, and with it opencc's dictionaries (190 kB),
 * into the first screen's script. tests/renderer/export-model.test.ts holds the two equal.
 */
export function plannedSheets(doc: Assessment, who: SheetsFor): PlannedSheet[] {
  const index = buildAssignmentIndex(doc);
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep).map((l) => l.criterion.id);
  const extras = [...doc.scheme.bonus.items.map((b) => b.id), ...doc.scheme.vetoes.map((v) => v.id)];
  const chosen =
    who.kind === 'all' ? doc.evaluators : doc.evaluators.filter((e) => (who.kind === 'team' ? e.teamId === who.id : e.id === who.id));
  return chosen
    .map((e) => {
      const assigned = index.resolved(e.id)!;
      const covers = (id: string) => assigned.criteria === null || assigned.criteria.has(id);
      const units = assigned.units === null ? doc.units.length : doc.units.filter((u) => assigned.units!.has(u.id)).length;
      return { evaluatorId: e.id, name: e.name, units, items: [...leaves, ...extras].filter(covers).length };
    })
    .filter((s) => s.units > 0 && s.items > 0);
}

/** "张伟（7 个单位，40 项）、李娜（…）", the first few and how many more. */
export function plannedText(sheets: PlannedSheet[], t: Translate, shown = 6): string {
  const parts = sheets.slice(0, shown).map((s) => t('export.sheetsPart', { name: s.name, units: s.units, items: s.items }));
  if (sheets.length > shown) parts.push(t('export.andMore', { count: sheets.length - shown }));
  return t('export.sheetsWill', { count: sheets.length, names: parts.join(t('report.sep.list')) });
}

/**
 * The line under the progress bar. A step being worked on (it has a detail: a sheet, an
 * evaluator, a file) is counted as the one in hand, "2/6 评委明细", not as the ones finished.
 */
export function stageText(progress: Progress, t: Translate): string {
  const inHand = progress.detail ? Math.min(progress.done + 1, progress.total) : progress.done;
  return t(`export.stage.${progress.stage}`, { done: inHand, total: progress.total, detail: progress.detail ?? '' });
}

/** The bar's share, 0…1; null while the dialog is open and nothing has started. */
export function barFraction(task: TaskName, progress: Progress | null): number | null {
  return progress ? taskFraction(task, progress) : null;
}

/** "63 条得分已导入（张伟：40 条、李娜：23 条）". */
export function importedText(sheets: SheetImported[], t: Translate): string {
  const count = sheets.reduce((a, s) => a + s.count, 0);
  const detail = sheets.map((s) => t('export.importPart', { evaluator: s.evaluatorName, count: s.count })).join(t('report.sep.list'));
  return t('export.importDone', { count, detail });
}

/** Units whose scores are not all in, by name, and whether the settings rank them provisionally. */
export function incompleteUnits(results: Results): { names: string[]; provisional: boolean } {
  const open = results.units.filter((u) => !u.complete);
  return { names: open.map((u) => u.unitName), provisional: open.some((u) => u.provisional) };
}
