import { setStatus, type Actor } from '../assessment/mutations';
import type { Assessment } from '../assessment/schema';
import { UserError } from '../errors';
import { listConflicts } from './conflicts';
import { disagreements } from './disagreement';
import { missingCells } from './progress';
import type { PackageLedger } from './schema';

/** What stands between an assessment and finalizing: conflicts block it, the rest is for the team to see. */
export interface FinalizeCheck {
  conflicts: number;
  disagreements: number;
  missing: number;
}

/** Counts what the team should see before finalizing: pending conflicts, disagreements, missing cells. */
export function finalizeCheck(doc: Assessment, ledger: PackageLedger): FinalizeCheck {
  return { conflicts: listConflicts(doc, ledger).length, disagreements: disagreements(doc).length, missing: missingCells(doc).length };
}

/**
 * Finalizes (locks) the assessment through setStatus, which records it; refused while any
 * conflict waits for a pick, since the locked result would silently hold one side of it.
 */
export function finalizeAssessment(doc: Assessment, ledger: PackageLedger, by: Actor, reason = ''): Assessment {
  const pending = listConflicts(doc, ledger).length;
  if (pending > 0) throw new UserError('packages.finalizeConflicts', { count: pending });
  return setStatus(doc, 'finalized', by, reason);
}

/** Reopens a finalized assessment for changes; the reason is required and recorded (setStatus). */
export function reopenAssessment(doc: Assessment, by: Actor, reason: string): Assessment {
  return setStatus(doc, 'scoring', by, reason);
}
