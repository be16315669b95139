import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Assessment } from '../../shared/assessment/schema';
import { generateDemo } from '../../shared/demo/generate-demo';
import { UserError, isUserError } from '../../shared/errors';
import { loadPlan } from './plan-document';
import { loadAssessmentFile, saveAssessmentFile } from './workspace/assessment-file';
import { assessmentFileName } from './workspace/workspace';

/** The demo assessments (2018–2020 on the seed plan), in memory. */
export async function demoAssessments(seedPlanPath: string): Promise<Assessment[]> {
  const { plan, document } = await loadPlan(seedPlanPath);
  return generateDemo(plan, document.file);
}

/**
 * Saves the demo assessments into `dir`. Checks every target first: a file that exists and is
 * not the same demo assessment is never overwritten, and then nothing is written at all.
 */
export async function saveDemoAssessments(dir: string, docs: Assessment[]): Promise<{ path: string; doc: Assessment }[]> {
  const targets = docs.map((doc) => ({ doc, path: join(dir, assessmentFileName(doc)) }));
  for (const { doc, path } of targets) {
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) continue;
    const existing = await loadAssessmentFile(path).catch((e: unknown) => {
      if (isUserError(e)) return null;
      throw e;
    });
    if (existing?.doc.id !== doc.id) throw new UserError('error.wouldOverwrite', { file: path });
  }
  await mkdir(dir, { recursive: true });
  for (const { doc, path } of targets) await saveAssessmentFile(path, doc);
  return targets;
}

/** Writes the demo workspace (2018–2020 on the seed plan) into `dir`; see saveDemoAssessments. */
export async function writeDemoWorkspace(dir: string, seedPlanPath: string): Promise<{ path: string; doc: Assessment }[]> {
  return saveDemoAssessments(dir, await demoAssessments(seedPlanPath));
}
