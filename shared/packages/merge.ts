import type { Actor } from '../assessment/mutations';
import type { Assessment, AuditRecord } from '../assessment/schema';
import { UserError } from '../errors';
import { applyEntryChanges, type EntryChange } from '../assessment/mutations';
import { CellTable } from '../assessment/cell-table';
import { canonicalJson } from './canonical-json';
import { cellState, entryOf } from './cell-state';
import { claimsOfNew, resolutionTableOf } from './claims';
import type { PackageLedger, ReceivedSubmission, ResultPackage } from './schema';

export const IMPORT_ACTION = 'package.import';
const PACKAGE_CAUSE = { cause: 'package' };
const CONFLICT_CAUSE = { cause: 'conflict' };
/** Changes the evaluator made in the scoring workspace, as their trail recorded them. */
export const WORKSPACE_ACTION_PREFIX = 'workspace.';

/** A checked, signature-verified result package, ready to merge. */
export interface IncomingResult {
  pkg: ResultPackage;
  fileName: string;
}

export interface SubmissionOutcome {
  submissionId: string;
  fileName: string;
  /** The very same package was imported before: nothing changed. */
  duplicate: boolean;
}

export interface MergeOutcome {
  doc: Assessment;
  ledger: PackageLedger;
  submissions: SubmissionOutcome[];
  /** Cells the merge set or emptied in the document. */
  changed: number;
  /** Cells the new packages touch that now wait for the office to pick. */
  conflicts: number;
}

const bySubmission = (a: ReceivedSubmission, b: ReceivedSubmission) =>
  a.submittedAt < b.submittedAt
    ? -1
    : a.submittedAt > b.submittedAt
      ? 1
      : a.signature < b.signature
        ? -1
        : a.signature > b.signature
          ? 1
          : 0;

function received(pkg: ResultPackage, fileName: string, by: Actor): ReceivedSubmission {
  return {
    submissionId: pkg.submissionId,
    packageId: pkg.packageId,
    signature: pkg.signature.value,
    fileName,
    receivedAt: by.at,
    receivedBy: by.actor,
    submittedAt: pkg.submittedAt,
    appVersion: pkg.appVersion,
    evaluatorIds: pkg.evaluatorIds,
    entries: pkg.entries,
    cleared: pkg.cleared,
  };
}

/**
 * The evaluator's own trail records, marked as workspace changes of their package: what they
 * corrected or emptied on the laptop. A first entry into an empty cell is left out — the entry
 * keeps its time, the import's 'entry.set' record its arrival, the archived package the record
 * itself — so the trail does not double the assessment file. A resubmission repeats the
 * records of the earlier ones: with `known` (the records already taken from this package) only
 * the new ones are kept.
 */
function newTrail(pkg: ResultPackage, known: Set<string> | null): AuditRecord[] {
  const fresh: AuditRecord[] = [];
  for (const r of pkg.trail) {
    if (r.action === 'entry.set' && r.before === undefined) continue;
    const record: AuditRecord = { ...r, action: `${WORKSPACE_ACTION_PREFIX}${r.action}`, target: { ...r.target, package: pkg.packageId } };
    if (known) {
      const key = canonicalJson(record);
      if (known.has(key)) continue;
      known.add(key);
    }
    fresh.push(record);
  }
  return fresh;
}

/**
 * Merges checked result packages into the assessment (pure: returns the new document and
 * ledger). Each accepted package is added to the ledger's set of submissions; then every cell
 * the new packages touch is decided by cellState from the document, all submissions' claims and
 * the office's decisions — so importing the same packages in any order, any number of times,
 * gives the same entries and the same pending conflicts. The identical package again is a
 * no-op. Each evaluator's entries stay their own (cells are keyed by evaluator, unit, item).
 * The audit trail gets the evaluators' own workspace trail, one 'package.import' record per
 * package and an 'entry.set' / 'entry.clear' record per changed cell.
 */
export function mergeSubmissions(doc: Assessment, ledger: PackageLedger, incoming: IncomingResult[], by: Actor): MergeOutcome {
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  const seen = new Set(ledger.received.map((r) => r.signature));
  const outcomes: SubmissionOutcome[] = [];
  const fresh: IncomingResult[] = [];
  for (const item of incoming) {
    const duplicate = seen.has(item.pkg.signature.value);
    outcomes.push({ submissionId: item.pkg.submissionId, fileName: item.fileName, duplicate });
    if (duplicate) continue;
    seen.add(item.pkg.signature.value);
    fresh.push(item);
  }
  if (fresh.length === 0) return { doc, ledger, submissions: outcomes, changed: 0, conflicts: 0 };

  const added = fresh.map((f) => received(f.pkg, f.fileName, by));
  const all = [...ledger.received, ...added].sort(bySubmission);
  // No cell key is built: the claims come per cell, and the document's index and the office's
  // decisions are CellTables (the index is handed on to applyEntryChanges).
  const cells = claimsOfNew(added, ledger.received, all);
  const resolutions = resolutionTableOf(doc.audit);
  const index = CellTable.positions(doc.entries);

  const changes: EntryChange[] = [];
  let conflicts = 0;
  for (const claimed of cells) {
    const cell = claimed.cell;
    const at = index.get(cell);
    const now = at === undefined ? undefined : doc.entries[at];
    const resolution = resolutions.size === 0 ? undefined : resolutions.get(cell);
    // The usual cell: one claim on an empty cell nobody decided about. Same outcome as
    // cellState, without its bookkeeping (and without building the claim).
    const single = claimed.single;
    if (single !== undefined && !now && !resolution) {
      if (single) changes.push({ cell, entry: entryOf(cell, single, single.at), target: PACKAGE_CAUSE });
      continue;
    }
    const state = cellState(cell, now, claimed.claims, resolution);
    if (state.status === 'conflict') conflicts++;
    if (state.desired.kind === 'set') changes.push({ cell, entry: state.desired.entry, target: PACKAGE_CAUSE });
    else if (state.desired.kind === 'clear') changes.push({ cell, entry: null, target: CONFLICT_CAUSE });
  }

  // Only a package already taken (earlier, or twice in this batch) can repeat trail records:
  // compare with that package's records alone, and not at all for a package seen once.
  const freshCount = new Map<string, number>();
  for (const f of fresh) freshCount.set(f.pkg.packageId, (freshCount.get(f.pkg.packageId) ?? 0) + 1);
  const known = new Map<string, Set<string>>();
  for (const r of doc.audit) {
    const id = r.target.package;
    if (!id || !freshCount.has(id) || !r.action.startsWith(WORKSPACE_ACTION_PREFIX)) continue;
    if (!known.has(id)) known.set(id, new Set());
    known.get(id)!.add(canonicalJson(r));
  }
  const trailOf = (pkg: ResultPackage) => {
    if (!known.has(pkg.packageId) && freshCount.get(pkg.packageId) === 1) return newTrail(pkg, null);
    if (!known.has(pkg.packageId)) known.set(pkg.packageId, new Set());
    return newTrail(pkg, known.get(pkg.packageId)!);
  };
  const trail = fresh
    .map((f, i) => ({ f, s: added[i]! }))
    .sort((a, b) => bySubmission(a.s, b.s))
    .flatMap(({ f }) => [
      ...trailOf(f.pkg),
      {
        at: by.at,
        actor: by.actor,
        action: IMPORT_ACTION,
        target: { package: f.pkg.packageId, submission: f.pkg.submissionId, evaluators: f.pkg.evaluatorIds.join(',') },
        after: {
          file: f.fileName,
          submittedAt: f.pkg.submittedAt,
          submittedBy: f.pkg.submittedBy,
          appVersion: f.pkg.appVersion,
          entries: f.pkg.entries.length,
          cleared: f.pkg.cleared.length,
        },
        reason: '',
      } satisfies AuditRecord,
    ]);
  const withTrail: Assessment = { ...doc, audit: [...doc.audit, ...trail], updatedAt: by.at };
  const merged = applyEntryChanges(withTrail, changes, by, index);
  return { doc: merged, ledger: { ...ledger, received: all }, submissions: outcomes, changed: changes.length, conflicts };
}
