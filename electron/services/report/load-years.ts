// The assessment a report is about and the other years beside it, read one at a time: an
// earlier year only contributes its results, so its entries are dropped as soon as they are
// computed, and three years of a 666,000-entry assessment never sit in memory together.
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError, isUserError } from '../../../shared/errors';
import { computeResults } from '../../../shared/scoring/compute';
import type { Assessment } from '../../../shared/assessment/schema';
import type { Results } from '../../../shared/scoring/types';
import type { YearData } from '../../../shared/scoring/year-over-year';
import { ASSESSMENT_SUFFIX, loadAssessmentFile, type Stamp } from '../workspace/assessment-file';
import type { BrokenFile } from '../workspace/workspace';

export interface ReportYears {
  current: YearData & { path: string; stamp: Stamp };
  /** Other years, entries and audit trail dropped (results kept). */
  others: YearData[];
  /** Neighbours that could not be read: left out of year on year, and said so. */
  broken: BrokenFile[];
}

/** An earlier year as the report uses it: its results, its entries and audit trail dropped. */
function historyYear(doc: Assessment): YearData {
  const results: Results = computeResults(doc);
  return { doc: { ...doc, entries: [], audit: [] }, results: { ...results, cells: {} } };
}

/** The years a report is made of: the assessment with its results, the others beside it, the ones that could not be read. */
export interface LoadedYears {
  current: YearData;
  others: YearData[];
  broken: BrokenFile[];
}

/** The report's years from assessments in memory (just generated, or just saved and checked): nothing was read, so nothing is broken. */
export function yearsInMemory(current: Assessment, others: Assessment[]): LoadedYears {
  return { current: { doc: current, results: computeResults(current) }, others: others.map(historyYear), broken: [] };
}

async function neighbours(path: string): Promise<string[]> {
  const dir = dirname(path);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw new UserError('error.fileUnreadable', { file: dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  const self = basename(path);
  return names
    .filter((n) => n.endsWith(ASSESSMENT_SUFFIX) && !n.startsWith('.') && n !== self)
    .sort()
    .map((n) => join(dir, n));
}

/**
 * Loads the assessment at `path` (which must be sound) and its history: the files given, or
 * else every other assessment in its folder (broken neighbours are reported, not thrown).
 */
export async function loadReportYears(path: string, historyPaths?: string[]): Promise<ReportYears> {
  const { doc, stamp } = await loadAssessmentFile(path);
  const current = { doc, results: computeResults(doc), path, stamp };
  const others: YearData[] = [];
  const broken: BrokenFile[] = [];
  const paths = historyPaths ?? (await neighbours(path));
  for (const p of paths) {
    if (resolve(p) === resolve(path)) continue;
    try {
      others.push(historyYear((await loadAssessmentFile(p)).doc));
    } catch (e) {
      // Files named on the command line must load; neighbours found by scanning may be broken.
      if (!isUserError(e) || historyPaths) throw e;
      broken.push({ path: p, error: e });
    }
  }
  return { current, others, broken };
}
