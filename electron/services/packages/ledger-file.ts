import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../../shared/errors';
import { emptyLedger, LEDGER_FORMAT, PackageLedger } from '../../../shared/packages/schema';
import { ASSESSMENT_SUFFIX } from '../workspace/assessment-file';
import { withWorkspaceLock } from '../workspace/workspace-lock';
import { readKaopingJson, writeJsonFile } from './package-files';

/**
 * The package ledger lives beside its assessment: "X.assessment.json" → "X.packages.json".
 * It is a side file because the assessment schema belongs to the scoring engine; it holds the
 * secrets of the task packages issued (so results can be verified) and every accepted
 * submission (so merges can be recomputed in any order).
 */
export function ledgerPath(assessmentPath: string): string {
  return join(dirname(assessmentPath), `${baseName(assessmentPath)}.packages.json`);
}

/** The folder beside the assessment where accepted result packages are kept as received: "X.received/". */
export function receivedDir(assessmentPath: string): string {
  return join(dirname(assessmentPath), `${baseName(assessmentPath)}.received`);
}

function baseName(assessmentPath: string): string {
  const name = basename(assessmentPath);
  return name.endsWith(ASSESSMENT_SUFFIX) ? name.slice(0, -ASSESSMENT_SUFFIX.length) : name;
}

/** Reads the ledger of an assessment (an empty one when none exists yet). */
export async function loadLedger(assessmentPath: string, assessmentId: string): Promise<PackageLedger> {
  const path = ledgerPath(assessmentPath);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) return emptyLedger(assessmentId);
  const { value } = await readKaopingJson(path, LEDGER_FORMAT, PackageLedger);
  if (value.assessmentId !== assessmentId) throw new UserError('packages.ledgerOtherAssessment', { file: basename(path) });
  return value;
}

/** Writes the ledger atomically, with rolling backups like the assessment file, holding the workspace lock. */
export async function saveLedger(assessmentPath: string, ledger: PackageLedger): Promise<void> {
  await withWorkspaceLock(dirname(assessmentPath), () => writeJsonFile(ledgerPath(assessmentPath), ledger, LEDGER_FORMAT, PackageLedger));
}
