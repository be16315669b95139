import { buildAssignmentIndex } from '../assessment/assignment';
import { scoredItems } from '../assessment/criteria';
import type { Assessment } from '../assessment/schema';
import { UserError } from '../errors';
import { PACKAGE_SCHEMA_VERSION, TASK_FORMAT, type ResolvedAssignment, type TaskPackage } from './schema';

/** Whom one task package is for: one evaluator, or a whole team scoring on one laptop. */
export interface TaskGroup {
  evaluatorIds: string[];
  teamId: string | null;
  /** "2020年度全区应急管理工作考核-第一考核组-张伟": the package's title and file name. */
  title: string;
}

/** Which packages to export: an evaluator id or 'all' (one each), or a team id or 'all' (one per team). */
export type TaskSelection = { evaluator: string } | { team: string };

function titled(doc: Assessment, groups: Omit<TaskGroup, 'title'>[]): TaskGroup[] {
  const base = groups.map((g) => {
    const team = doc.teams.find((t) => t.id === g.teamId);
    const person = g.evaluatorIds.length === 1 ? doc.evaluators.find((e) => e.id === g.evaluatorIds[0]) : undefined;
    return [doc.name, team?.name, person?.name].filter(Boolean).join('-');
  });
  // Two people of the same name in one team: the id tells their packages apart.
  return groups.map((g, i) => ({
    ...g,
    title: base.filter((b) => b === base[i]).length > 1 ? `${base[i]}-${g.evaluatorIds.join('+')}` : base[i]!,
  }));
}

/**
 * The task packages a selection stands for. Throws UserError naming the known ids when the
 * evaluator or team does not exist, or a team has nobody in it.
 */
export function taskGroups(doc: Assessment, selection: TaskSelection): TaskGroup[] {
  if ('evaluator' in selection) {
    const chosen = selection.evaluator === 'all' ? doc.evaluators : doc.evaluators.filter((e) => e.id === selection.evaluator);
    if (chosen.length === 0)
      throw new UserError('packages.unknownEvaluatorChoice', {
        id: selection.evaluator,
        known: doc.evaluators.map((e) => e.id).join(', ') || '—',
      });
    return titled(
      doc,
      chosen.map((e) => ({ evaluatorIds: [e.id], teamId: e.teamId })),
    );
  }
  const teams = selection.team === 'all' ? doc.teams : doc.teams.filter((t) => t.id === selection.team);
  if (teams.length === 0)
    throw new UserError('packages.unknownTeam', { id: selection.team, known: doc.teams.map((t) => t.id).join(', ') || '—' });
  const groups = teams.map((t) => ({ evaluatorIds: doc.evaluators.filter((e) => e.teamId === t.id).map((e) => e.id), teamId: t.id }));
  const empty = groups.find((g) => g.evaluatorIds.length === 0);
  if (empty) throw new UserError('packages.emptyTeam', { id: empty.teamId });
  return titled(doc, groups);
}

/** Each evaluator's units and items as concrete id lists, so the laptop need not resolve teams. */
export function resolvedAssignments(doc: Assessment, evaluatorIds: string[]): ResolvedAssignment[] {
  const index = buildAssignmentIndex(doc);
  const allItems = [...scoredItems(doc).keys()];
  return evaluatorIds.map((id) => {
    const r = index.resolved(id);
    return {
      evaluatorId: id,
      unitIds: doc.units.filter((u) => !r || r.units === null || r.units.has(u.id)).map((u) => u.id),
      criterionIds: allItems.filter((c) => !r || r.criteria === null || r.criteria.has(c)),
    };
  });
}

export interface TaskMeta {
  packageId: string;
  secret: string;
  exportedAt: string;
  exportedBy: string;
  appVersion: string;
}

/**
 * The task package for one group: the scheme as it is now, the units they score, their
 * assignment, what the office already holds for them (so a re-issued task starts from it), and
 * the signing secret. Refused for a finalized assessment.
 */
export function buildTaskPackage(doc: Assessment, group: TaskGroup, meta: TaskMeta): TaskPackage {
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  const assignments = resolvedAssignments(doc, group.evaluatorIds);
  const unitIds = new Set(assignments.flatMap((a) => a.unitIds));
  const covered = new Set(
    assignments.flatMap((a) => a.unitIds.flatMap((u) => a.criterionIds.map((c) => `${a.evaluatorId}\u0000${u}\u0000${c}`))),
  );
  const team = doc.teams.find((t) => t.id === group.teamId);
  return {
    format: TASK_FORMAT,
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    packageId: meta.packageId,
    title: group.title,
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy,
    assessment: { id: doc.id, name: doc.name, year: doc.year },
    scheme: doc.scheme,
    settings: doc.settings,
    units: doc.units.filter((u) => unitIds.has(u.id)),
    team: team ? { id: team.id, name: team.name } : null,
    evaluators: group.evaluatorIds.map((id) => {
      const e = doc.evaluators.find((x) => x.id === id)!;
      return { id: e.id, name: e.name, role: e.role, department: e.department, teamId: e.teamId };
    }),
    assignments,
    entries: doc.entries
      .filter((e) => covered.has(`${e.evaluatorId}\u0000${e.unitId}\u0000${e.criterionId}`))
      .map((e) => ({ ...e, at: Number.isNaN(Date.parse(e.at)) ? meta.exportedAt : new Date(Date.parse(e.at)).toISOString() })),
    secret: meta.secret,
  };
}
