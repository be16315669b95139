// Writes the papers of the year-end review: the per-unit score sheets (.xlsx), a feedback
// letter per unit (.docx, named by the unit) and the results notice (.docx). Every file is
// written atomically; a batch of letters refuses to overwrite any file and then writes none.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Assessment } from '../../../shared/assessment/schema';
import { UserError } from '../../../shared/errors';
import type { Translate } from '../../../shared/i18n/messages';
import { buildFeedbackLetters } from '../../../shared/papers/feedback';
import { distinctNames, safeFileName } from '../../../shared/text/file-name';
import { buildNotice } from '../../../shared/papers/notice';
import { addDays, DEFAULT_APPEAL_DAYS, isIsoDate, type PaperOptions } from '../../../shared/papers/options';
import { buildUnitSheets } from '../../../shared/papers/unit-sheets';
import type { OnProgress } from '../../../shared/progress';
import type { Results } from '../../../shared/scoring/types';
import { displayTime } from '../report/export-report';
import { writeFileAtomic } from '../workspace/atomic-file';
import { workbookBytes } from '../xlsx/write-workbook';
import { docxBytes } from './write-docx';

/** An assessment with its results, as the papers are made from. */
export interface PaperSource {
  doc: Assessment;
  results: Results;
}

/** What the office may set; anything left out gets today's date, a week to appeal and the default office name. */
export interface PaperSettings {
  office?: string;
  date?: string;
  appealBy?: string;
}

const localIsoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The papers' options from what the office set: dates checked, defaults filled in. Throws UserError on a bad date. */
export function paperOptions(settings: PaperSettings, now = new Date()): PaperOptions {
  for (const [option, value] of [
    ['--date', settings.date],
    ['--appeal-by', settings.appealBy],
  ] as const)
    if (value !== undefined && value !== '' && !isIsoDate(value)) throw new UserError('papers.error.badDate', { option, value });
  const date = settings.date || localIsoDate(now);
  return {
    office: settings.office?.trim() ?? '',
    date,
    appealBy: settings.appealBy || addDays(date, DEFAULT_APPEAL_DAYS),
    generatedAt: displayTime(now),
    generatedIso: now.toISOString(),
  };
}

/** Unit ids for unit names as the user typed them (trimmed); every unknown name is refused with the list of names. */
export function unitIdsByName(doc: Assessment, names: string[] | undefined): string[] | undefined {
  if (!names || names.length === 0) return undefined;
  const byName = new Map(doc.units.map((u) => [u.name.trim(), u.id]));
  return names.map((n) => {
    const id = byName.get(n.trim());
    if (!id) throw new UserError('papers.error.unknownUnit', { unit: n, units: doc.units.map((u) => u.name).join('、') });
    return id;
  });
}

async function checkFileTarget(out: string, ext: string): Promise<void> {
  if (extname(out).toLowerCase() !== ext) throw new UserError('papers.error.badOut', { ext, value: basename(out) });
  const dir = await stat(dirname(out)).catch(() => null);
  if (!dir?.isDirectory()) throw new UserError('papers.error.outDir', { dir: dirname(out) });
}

async function save(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (e) {
    throw new UserError('error.writeFailed', { file: basename(path), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** 考核评分表: one sheet per unit (all, or `unitIds`) in one .xlsx. */
export async function exportUnitSheets(
  src: PaperSource,
  out: string,
  t: Translate,
  options: PaperOptions,
  unitIds?: string[],
  onProgress?: OnProgress,
): Promise<{ path: string; sheets: string[] }> {
  await checkFileTarget(out, '.xlsx');
  const model = buildUnitSheets(src.doc, src.results, options, t, unitIds);
  const bytes = await workbookBytes(model, new Map(), 'stream', (index, name) =>
    onProgress?.({ stage: 'writeUnitSheets', done: index, total: model.sheets.length, detail: name }),
  );
  await save(out, bytes);
  return { path: out, sheets: model.sheets.map((s) => s.name) };
}

/**
 * 扣分情况反馈: one .docx per unit (all, or `unitIds`) in the folder `dir`, named by the unit.
 * Refuses, before writing anything, when any of the files exists (it may have been edited).
 */
export async function exportFeedback(
  src: PaperSource,
  dir: string,
  t: Translate,
  options: PaperOptions,
  unitIds?: string[],
  onProgress?: OnProgress,
): Promise<{ unit: string; path: string }[]> {
  const folder = await stat(dir).catch(() => null);
  if (!folder?.isDirectory()) throw new UserError('papers.error.outDir', { dir });
  const letters = buildFeedbackLetters(src.doc, src.results, options, t, unitIds);
  const names = distinctNames(letters.map((l) => safeFileName(l.unitName)));
  const paths = names.map((n) => join(dir, t('papers.feedback.fileName', { unit: n })));
  for (const p of paths) if (await stat(p).catch(() => null)) throw new UserError('papers.error.exists', { file: basename(p) });
  const done: { unit: string; path: string }[] = [];
  for (const [i, letter] of letters.entries()) {
    await onProgress?.({ stage: 'writeLetters', done: i, total: letters.length, detail: letter.unitName });
    await save(paths[i]!, await docxBytes(letter.model));
    done.push({ unit: letter.unitName, path: paths[i]! });
  }
  await onProgress?.({ stage: 'writeLetters', done: letters.length, total: letters.length });
  return done;
}

/** 考核结果通报 draft (.docx). */
export async function exportNotice(
  src: PaperSource,
  out: string,
  t: Translate,
  options: PaperOptions,
  onProgress?: OnProgress,
): Promise<{ path: string }> {
  await checkFileTarget(out, '.docx');
  await onProgress?.({ stage: 'writeNotice', done: 0, total: 1 });
  await save(out, await docxBytes(buildNotice(src.doc, src.results, options, t)));
  await onProgress?.({ stage: 'writeNotice', done: 1, total: 1 });
  return { path: out };
}
