import { dirname } from 'node:path';
import type { Actor } from '../../../shared/assessment/mutations';
import type { Assessment } from '../../../shared/assessment/schema';
import { filterAudit, type AuditFilter, type AuditRow } from '../../../shared/packages/audit-filter';
import { listConflicts, resolveConflicts, type Conflict, type Pick } from '../../../shared/packages/conflicts';
import { disagreements, type Disagreement } from '../../../shared/packages/disagreement';
import { finalizeAssessment, finalizeCheck, reopenAssessment, type FinalizeCheck } from '../../../shared/packages/finalize';
import { progressBoard, type ProgressBoard } from '../../../shared/packages/progress';
import type { PackageLedger } from '../../../shared/packages/schema';
import { loadAssessmentFile, saveAssessmentFile, type Stamp } from '../workspace/assessment-file';
import { withWorkspaceLock } from '../workspace/workspace-lock';
import { loadLedger } from './ledger-file';

/** An assessment with its package ledger, as the office's screens need them. */
export interface OfficeFiles {
  doc: Assessment;
  stamp: Stamp;
  ledger: PackageLedger;
}

export async function loadOffice(assessmentPath: string): Promise<OfficeFiles> {
  const { doc, stamp } = await loadAssessmentFile(assessmentPath);
  return { doc, stamp, ledger: await loadLedger(assessmentPath, doc.id) };
}

/** The pending conflicts of an assessment (derived afresh from the files each time). */
export async function conflictsOf(assessmentPath: string): Promise<{ doc: Assessment; conflicts: Conflict[] }> {
  const { doc, ledger } = await loadOffice(assessmentPath);
  return { doc, conflicts: listConflicts(doc, ledger) };
}

/** Resolves conflicts with the user's picks and reason; saves the assessment (audit included). */
export function resolveConflictsAt(assessmentPath: string, picks: Pick[], reason: string, by: Actor): Promise<Assessment> {
  return withWorkspaceLock(dirname(assessmentPath), async () => {
    const { doc, stamp, ledger } = await loadOffice(assessmentPath);
    const next = resolveConflicts(doc, ledger, picks, reason, by);
    await saveAssessmentFile(assessmentPath, next, stamp);
    return next;
  });
}

/** Everything the review screens show: conflicts, disagreements, the progress board. */
export async function reviewOf(
  assessmentPath: string,
): Promise<{ doc: Assessment; conflicts: Conflict[]; disagreements: Disagreement[]; progress: ProgressBoard; finalize: FinalizeCheck }> {
  const { doc, ledger } = await loadOffice(assessmentPath);
  const conflicts = listConflicts(doc, ledger);
  return {
    doc,
    conflicts,
    disagreements: disagreements(doc),
    progress: progressBoard(doc, ledger, conflicts),
    finalize: finalizeCheck(doc, ledger),
  };
}

/** The audit trail of an assessment, filtered. */
export async function auditOf(assessmentPath: string, filter: AuditFilter): Promise<AuditRow[]> {
  const { doc } = await loadAssessmentFile(assessmentPath);
  return filterAudit(doc.audit, filter);
}

/** Finalizes (refused while conflicts are pending) and saves. */
export function finalizeAt(assessmentPath: string, by: Actor): Promise<Assessment> {
  return withWorkspaceLock(dirname(assessmentPath), async () => {
    const { doc, stamp, ledger } = await loadOffice(assessmentPath);
    const next = finalizeAssessment(doc, ledger, by);
    await saveAssessmentFile(assessmentPath, next, stamp);
    return next;
  });
}

/** Reopens a finalized assessment with a reason (required, recorded) and saves. */
export function reopenAt(assessmentPath: string, reason: string, by: Actor): Promise<Assessment> {
  return withWorkspaceLock(dirname(assessmentPath), async () => {
    const { doc, stamp } = await loadAssessmentFile(assessmentPath);
    const next = reopenAssessment(doc, by, reason);
    await saveAssessmentFile(assessmentPath, next, stamp);
    return next;
  });
}
