// Exports blank score sheets, one .xlsx per evaluator, for the touring teams to fill offline.
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UserError } from '../../../shared/errors';
import { createTranslator, type Language } from '../../../shared/i18n/messages';
import type { OnProgress } from '../../../shared/progress';
import { layoutSignature, scoreSheetLayout } from '../../../shared/sheets/layout';
import { scoreSheetFileNames } from '../../../shared/sheets/file-names';
import { earnedByUnit, prefill } from '../../../shared/sheets/prefill';
import { scoreSheetWorkbook } from '../../../shared/sheets/sheet-workbook';
import { APP_VERSION } from '../app-version';
import { loadAssessmentFile } from '../workspace/assessment-file';
import { writeFileAtomic } from '../workspace/atomic-file';
import { workbookBytes } from '../xlsx/write-workbook';
import { layoutChecksum } from './checksum';

export interface ExportedSheet {
  path: string;
  evaluatorName: string;
  units: number;
  items: number;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Whose sheets: one evaluator by id, "all", or every member of a team. */
export type SheetSelection = { evaluator: string } | { team: string };

/**
 * Writes blank score sheets, one per evaluator, into the folder `outDir`, in `language`.
 * A team gets one sheet per member rather than one shared sheet: scores belong to evaluators,
 * and combining them (mean, trimmed mean…) needs each one. Checks everything first: an unknown
 * evaluator or team, a missing folder or a file that already exists (it may be a filled sheet)
 * means nothing is written. `onProgress` hears of each sheet as it begins, and once at the end.
 * `filled`: each sheet carries what its evaluator already entered, to check on paper.
 */
export async function exportScoreSheets(
  assessmentPath: string,
  who: SheetSelection,
  outDir: string,
  language: Language,
  now = new Date(),
  onProgress?: OnProgress,
  options: { filled?: boolean } = {},
): Promise<ExportedSheet[]> {
  const { doc } = await loadAssessmentFile(assessmentPath);
  const t = createTranslator(language);
  if (
    !(await stat(outDir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    throw new UserError('sheet.notADir', { dir: outDir });
  let chosen = doc.evaluators;
  if ('team' in who) {
    chosen = doc.evaluators.filter((e) => e.teamId === who.team);
    if (!doc.teams.some((x) => x.id === who.team))
      throw new UserError('sheet.unknownTeamOption', { id: who.team, ids: doc.teams.map((x) => x.id).join(', ') });
  } else if (who.evaluator !== 'all') {
    chosen = doc.evaluators.filter((e) => e.id === who.evaluator);
    if (chosen.length === 0)
      throw new UserError('sheet.unknownEvaluatorOption', { id: who.evaluator, ids: doc.evaluators.map((e) => e.id).join(', ') });
  }
  const layouts = chosen.map((e) => scoreSheetLayout(doc, e.id, t)).filter((l) => l.units.length > 0 && l.items.length > 0);
  if (layouts.length === 0) throw new UserError('sheet.noAssignment', { name: chosen.map((e) => e.name).join('、') });
  const fileNames = scoreSheetFileNames(doc, t(options.filled ? 'papers.file.filledSheet' : 'sheet.name'));
  const targets = layouts.map((layout) => ({ layout, path: join(outDir, fileNames.get(layout.evaluator.id)!) }));
  for (const { path } of targets) if (await exists(path)) throw new UserError('sheet.exists', { file: basename(path) });
  const written: ExportedSheet[] = [];
  for (const { layout, path } of targets) {
    await onProgress?.({ stage: 'writeScoreSheets', done: written.length, total: targets.length, detail: layout.evaluator.name });
    const meta = { appVersion: APP_VERSION, exportedAt: now.toISOString(), checksum: layoutChecksum(layoutSignature(layout)), language };
    const model = scoreSheetWorkbook(
      layout,
      t,
      meta,
      options.filled ? { cells: prefill(layout, doc, t), earned: earnedByUnit(layout, doc) } : undefined,
    );
    await writeFileAtomic(path, await workbookBytes(model, new Map(), 'memory'));
    written.push({ path, evaluatorName: layout.evaluator.name, units: layout.units.length, items: layout.items.length });
  }
  await onProgress?.({ stage: 'writeScoreSheets', done: written.length, total: targets.length });
  return written;
}
