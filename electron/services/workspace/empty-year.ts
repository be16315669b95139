import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Actor } from '../../../shared/assessment/mutations';
import { newAssessment } from '../../../shared/assessment/new-assessment';
import { checkYearAndName } from '../../../shared/assessment/next-year';
import { schemeFromPlan } from '../../../shared/assessment/scheme';
import { GUANGXI_CITIES } from '../../../shared/assessment/units';
import { UserError } from '../../../shared/errors';
import { loadPlan } from '../plan-document';
import { saveAssessmentFile } from './assessment-file';
import { assessmentFileName } from './workspace';

/**
 * An assessment started from nothing: the embedded plan, the 14 Guangxi cities (a preset the
 * office edits), default settings, no people yet. Written into `dir`; refused when a file of
 * that name exists. Its audit trail opens with an 'assessment.create' record.
 */
export async function createEmptyYear(
  dir: string,
  seedPlanPath: string,
  input: { year: number; name: string },
  by: Actor,
): Promise<string> {
  const { year, name } = checkYearAndName(input.year, input.name);
  const { plan, document } = await loadPlan(seedPlanPath);
  const scheme = {
    ...schemeFromPlan({ ...plan, year }, { fileName: document.file, importedAt: by.at, depth: 2 }),
    title: `${year}年度考核方案`,
  };
  const doc = newAssessment({ year, name, scheme, units: GUANGXI_CITIES, at: by.at });
  doc.audit = [
    { at: by.at, actor: by.actor, action: 'assessment.create', target: { source: 'empty' }, after: basename(document.file), reason: '' },
  ];
  const path = join(dir, assessmentFileName(doc));
  if (
    await stat(path).then(
      () => true,
      () => false,
    )
  )
    throw new UserError('year.error.exists', { file: basename(path) });
  await saveAssessmentFile(path, doc);
  return path;
}
