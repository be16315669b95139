import { buildAssignmentIndex } from '../assessment/assignment';
import { scoredItems } from '../assessment/criteria';
import { checkValue } from '../assessment/rules';
import type { Assessment } from '../assessment/schema';
import type { MessageKey } from '../i18n/messages';
import { CellTable } from '../assessment/cell-table';
import type { IssuedPackage, PackageLedger, ResultPackage } from './schema';
import { itemName } from '../assessment/item-code';

/** Why a result package is refused, and where (a path into the file plus who and what). */
export interface PackageProblem {
  place: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

const MAX_PROBLEMS = 50;

/**
 * The checks that come before the signature: the right assessment and scheme version, a task
 * package this office issued, evaluators it knows. Returns the issued package (whose secret
 * checks the signature) or the problems; an empty problem list means go on.
 */
export function checkResultHeader(
  doc: Assessment,
  ledger: PackageLedger,
  pkg: ResultPackage,
): { issued: IssuedPackage | null; problems: PackageProblem[] } {
  const fail = (place: string, key: MessageKey, params: Record<string, string | number> = {}) => ({
    issued: null,
    problems: [{ place, key, params }],
  });
  if (doc.status === 'finalized') return fail('', 'error.finalized');
  if (pkg.assessment.id !== doc.id)
    return fail('assessment', 'packages.wrongAssessment', {
      theirs: `${pkg.assessment.name}（${pkg.assessment.year}）`,
      ours: `${doc.name}（${doc.year}）`,
    });
  if (pkg.schemeVersion !== doc.scheme.version)
    return fail('schemeVersion', 'packages.wrongScheme', { theirs: pkg.schemeVersion, ours: doc.scheme.version });
  const unknown = pkg.evaluatorIds.filter((id) => !doc.evaluators.some((e) => e.id === id));
  if (unknown.length > 0) return fail('evaluatorIds', 'packages.unknownEvaluator', { id: unknown.join(', ') });
  const issued = ledger.issued.find((p) => p.packageId === pkg.packageId);
  if (!issued) return fail('packageId', 'packages.unknownPackage', { id: pkg.packageId });
  const same = issued.evaluatorIds.length === pkg.evaluatorIds.length && issued.evaluatorIds.every((id) => pkg.evaluatorIds.includes(id));
  if (!same)
    return fail('evaluatorIds', 'packages.evaluatorsDiffer', { theirs: pkg.evaluatorIds.join(', '), ours: issued.evaluatorIds.join(', ') });
  return { issued, problems: [] };
}

/**
 * The checks on what the package says, after the signature: every entry and emptied cell is
 * the package's evaluators' own, inside their assignment as the assessment has it now, once
 * per cell, and every value fits its item's rule (checkValue). Places name the unit and the
 * criterion as a person knows them.
 */
export function checkResultEntries(doc: Assessment, pkg: ResultPackage): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const items = scoredItems(doc);
  const assignment = buildAssignmentIndex(doc);
  const units = new Map(doc.units.map((u) => [u.id, u]));
  const evaluators = new Map(doc.evaluators.map((e) => [e.id, e]));
  const own = new Set(pkg.evaluatorIds);
  const seen = new CellTable<true>();
  const label = (id: string) => {
    const item = items.get(id);
    if (!item) return id;
    return itemName(item);
  };
  const check = (list: 'entries' | 'cleared', i: number, cell: { evaluatorId: string; unitId: string; criterionId: string }) => {
    // The place is written only for a problem: a clean package of 33,600 cells builds none.
    const add = (key: MessageKey, params: Record<string, string | number> = {}) => {
      const who = evaluators.get(cell.evaluatorId)?.name ?? cell.evaluatorId;
      const where = `${list}[${i}] · ${who} · ${units.get(cell.unitId)?.name ?? cell.unitId} · ${label(cell.criterionId)}`;
      problems.push({ place: where, key, params });
    };
    if (!own.has(cell.evaluatorId)) return add('packages.notPackageEvaluator', { id: cell.evaluatorId });
    if (!units.has(cell.unitId)) return add('doc.unknownUnit', { id: cell.unitId });
    const item = items.get(cell.criterionId);
    if (!item) return add('doc.unknownCriterion', { id: cell.criterionId });
    if (!assignment.covers(cell.evaluatorId, cell.unitId, cell.criterionId)) return add('packages.outsideAssignment');
    if (seen.has(cell)) return add('packages.duplicateCell');
    seen.set(cell, true);
    if (list === 'entries') {
      const problem = checkValue((cell as ResultPackage['entries'][number]).value, item, { exact: true });
      if (problem) add(problem.key, problem.params);
    }
  };
  for (let i = 0; i < pkg.entries.length && problems.length < MAX_PROBLEMS; i++) check('entries', i, pkg.entries[i]!);
  for (let i = 0; i < pkg.cleared.length && problems.length < MAX_PROBLEMS; i++) check('cleared', i, pkg.cleared[i]!);
  return problems;
}
