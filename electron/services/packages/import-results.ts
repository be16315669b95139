import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Actor } from '../../../shared/assessment/mutations';
import type { Assessment } from '../../../shared/assessment/schema';
import { DocumentError, UserError, isUserError } from '../../../shared/errors';
import { checkResultEntries, checkResultHeader } from '../../../shared/packages/check-result';
import { mergeSubmissions, type IncomingResult, type SubmissionOutcome } from '../../../shared/packages/merge';
import { RESULT_FORMAT, ResultPackage, type PackageLedger } from '../../../shared/packages/schema';
import { writeFileAtomic } from '../workspace/atomic-file';
import { assertInside } from '../workspace/inside';
import { withWorkspaceLock } from '../workspace/workspace-lock';
import { loadAssessmentFile, saveAssessmentFile } from '../workspace/assessment-file';
import { loadLedger, receivedDir, saveLedger } from './ledger-file';
import { readKaopingJson } from './package-files';
import { verifySignature } from './signing';

export interface RejectedPackage {
  path: string;
  /** A DocumentError names the file and every problem with its place. */
  error: UserError;
}

export interface ImportReport {
  accepted: (SubmissionOutcome & { path: string; entries: number })[];
  rejected: RejectedPackage[];
  /** Cells set or emptied in the assessment. */
  changed: number;
  /** Pending conflicts among the cells these packages touch. */
  conflicts: number;
  /** Whether the assessment and ledger were written. */
  written: boolean;
}

/**
 * Every check a result package must pass before it may change anything, in the order a person
 * would ask: readable and complete, a result package of a version we know, for this assessment
 * and scheme version, from a task package we issued to evaluators we know, signature intact,
 * entries inside the assignment, values valid for their rules. Throws the first failing step.
 */
export async function checkResultFile(path: string, doc: Assessment, ledger: PackageLedger): Promise<IncomingResult> {
  const file = basename(path);
  const { raw, value: pkg } = await readKaopingJson(path, RESULT_FORMAT, ResultPackage);
  const header = checkResultHeader(doc, ledger, pkg);
  if (header.problems.length > 0) throw new DocumentError(file, header.problems);
  if (!verifySignature(raw, pkg.signature.value, header.issued!.secret))
    throw new DocumentError(file, [{ place: 'signature', key: 'packages.badSignature', params: {} }]);
  const problems = checkResultEntries(doc, pkg);
  if (problems.length > 0) throw new DocumentError(file, problems);
  return { pkg, fileName: file };
}

/**
 * Keeps each accepted package byte for byte in "X.received/" beside the assessment: the signed
 * original, with the evaluator's whole trail, to show or check again later. The name is the
 * file's own (a base name, so no folders) or, when another file holds it, that name with the
 * first hex digits of the bytes' SHA-256: never anything the package says about itself.
 */
async function archive(assessmentPath: string, accepted: (IncomingResult & { path: string })[]): Promise<void> {
  const dir = receivedDir(assessmentPath);
  await mkdir(dir, { recursive: true });
  for (const { path, fileName } of accepted) {
    const bytes = await readFile(path);
    let target = assertInside(dir, join(dir, fileName));
    const existing = await readFile(target).catch(() => null);
    const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    if (existing && !existing.equals(bytes)) target = assertInside(dir, join(dir, `${fileName.replace(/\.kpr$/i, '')}-${digest}.kpr`));
    try {
      await writeFileAtomic(target, bytes);
    } catch (e) {
      throw new UserError('error.writeFailed', { file: basename(target), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
  }
}

/**
 * Imports result packages into an assessment: each is checked whole; a failing one is rejected
 * with its reasons and changes nothing. The rest are merged (mergeSubmissions: order-independent,
 * idempotent, conflicts kept for the office) and the assessment, then the ledger, are written
 * atomically. With `allOrNothing` (the CLI), one rejected package means nothing is written.
 * A finalized assessment refuses every import. The whole read-merge-write holds the workspace
 * lock, so a second importer (another process) starts from this one's result, never beside it.
 */
export function importResultPackages(
  assessmentPath: string,
  packagePaths: string[],
  by: Actor,
  options: { allOrNothing?: boolean } = {},
): Promise<ImportReport> {
  return withWorkspaceLock(dirname(assessmentPath), () => importLocked(assessmentPath, packagePaths, by, options));
}

async function importLocked(
  assessmentPath: string,
  packagePaths: string[],
  by: Actor,
  options: { allOrNothing?: boolean },
): Promise<ImportReport> {
  const { doc, stamp } = await loadAssessmentFile(assessmentPath);
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  const ledger = await loadLedger(assessmentPath, doc.id);
  const incoming: (IncomingResult & { path: string })[] = [];
  const rejected: RejectedPackage[] = [];
  for (const path of packagePaths) {
    try {
      incoming.push({ ...(await checkResultFile(path, doc, ledger)), path });
    } catch (e) {
      // Each package is judged alone: whatever goes wrong checking one (even a fault of ours)
      // refuses that one with a reason in the user's words; the batch goes on.
      rejected.push({ path, error: isUserError(e) ? e : new UserError('hardening.checkFailed', { file: basename(path) }) });
    }
  }
  const nothing = { accepted: [], rejected, changed: 0, conflicts: 0, written: false };
  if (incoming.length === 0 || (options.allOrNothing && rejected.length > 0)) return nothing;
  const merged = mergeSubmissions(doc, ledger, incoming, by);
  const accepted = merged.submissions.map((s, i) => ({ ...s, path: incoming[i]!.path, entries: incoming[i]!.pkg.entries.length }));
  if (merged.submissions.every((s) => s.duplicate)) return { ...nothing, accepted };
  await archive(
    assessmentPath,
    incoming.filter((_, i) => !merged.submissions[i]!.duplicate),
  );
  // The assessment before the ledger: if the ledger write then fails, importing the same
  // packages again heals it (entries the ledger cannot explain are protected like office
  // entries meanwhile).
  await saveAssessmentFile(assessmentPath, merged.doc, stamp);
  await saveLedger(assessmentPath, merged.ledger);
  return { accepted, rejected, changed: merged.changed, conflicts: merged.conflicts, written: true };
}
