// Editing a scheme in memory before it is saved: change one criterion, check the sums.
import type { LeafRule, SchemeCriterion } from '../../../shared/assessment/schema';
import type { SchemeDraft } from '../../../shared/ipc/contract';

const EPS = 1e-6;

/** The criteria tree with one criterion changed. */
export function updateCriterion(criteria: SchemeCriterion[], id: string, patch: Partial<SchemeCriterion>): SchemeCriterion[] {
  return criteria.map((c) =>
    c.id === id ? { ...c, ...patch } : c.children.length ? { ...c, children: updateCriterion(c.children, id, patch) } : c,
  );
}

/**
 * The sum of a criterion's parts, and whether it differs from what they should add up to: its
 * own points, or the scale it is scored on when it is converted (domainScale); null for a leaf.
 */
export function partsSum(c: SchemeCriterion): { sum: number; off: boolean } | null {
  if (c.children.length === 0) return null;
  const sum = Math.round(c.children.reduce((a, x) => a + x.points, 0) * 1e6) / 1e6;
  return { sum, off: Math.abs(sum - (c.domainScale ?? c.points)) > EPS };
}

/** A place where points do not add up: a parent (id) or the total (id null). */
export interface SumProblem {
  id: string | null;
  title: string;
  points: number;
  sum: number;
}

/** Every place where points do not add up: the total, then each parent. */
export function sumProblems(scheme: Pick<SchemeDraft, 'total' | 'criteria'>): SumProblem[] {
  const problems: SumProblem[] = [];
  const top = Math.round(scheme.criteria.reduce((a, c) => a + c.points, 0) * 1e6) / 1e6;
  if (Math.abs(top - scheme.total) > EPS) problems.push({ id: null, title: '', points: scheme.total, sum: top });
  const visit = (c: SchemeCriterion) => {
    const s = partsSum(c);
    if (s?.off) problems.push({ id: c.id, title: `${c.number}${c.title}`, points: c.points, sum: s.sum });
    c.children.forEach(visit);
  };
  scheme.criteria.forEach(visit);
  return problems;
}

/**
 * A rule of the given kind with sensible parameters for an item worth `points`; a level rule
 * gets four levels named by `levelLabels` (全面完成 … 未完成 in the user's language).
 */
export function defaultRule(kind: LeafRule['kind'], points: number, step: number, levelLabels: readonly string[]): LeafRule {
  switch (kind) {
    case 'plain':
      return { kind: 'plain', step };
    case 'deduction':
      return { kind: 'deduction', perOccurrence: 1 };
    case 'tiered': {
      const levels = [1, 0.75, 0.5, 0].map((share, i) => ({
        label: levelLabels[i] ?? String(i + 1),
        points: Math.round(points * share * 2) / 2,
      }));
      return { kind: 'tiered', levels };
    }
    case 'control':
      return { kind: 'control', perUnitOver: 1, target: 0, targets: {} };
  }
}

/** Levels written as "全面完成:4；基本完成:3" (or with ';' or a newline) read back into tier levels, or null when malformed. */
export function parseLevels(text: string): { label: string; points: number }[] | null {
  const parts = text
    .split(/[;；\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const levels = parts.map((p) => {
    const m = /^(.+?)[:：]\s*(\d+(?:\.\d+)?)$/.exec(p);
    return m ? { label: m[1]!.trim(), points: Number(m[2]) } : null;
  });
  return levels.length > 0 && levels.every((l) => l !== null) ? (levels as { label: string; points: number }[]) : null;
}

/** Levels as they are typed, joined with the language's separator ('；' or '; '); parseLevels reads either. */
export function levelsText(levels: { label: string; points: number }[], separator: string): string {
  return levels.map((l) => `${l.label}:${l.points}`).join(separator);
}

/**
 * An imported plan applied over the current scheme: the new tree and points, with the rules
 * of criteria that are still leaves under the same id and title (a rule read from the document's own
 * 评分标准 wins), and the current bonus and veto items unless the document brings its own.
 */
export function mergeImported(current: SchemeDraft, imported: SchemeDraft): SchemeDraft {
  const rules = new Map<string, { title: string; rule: LeafRule }>();
  const collect = (c: SchemeCriterion) => {
    if (c.children.length === 0 && c.rule) rules.set(c.id, { title: c.title, rule: c.rule });
    c.children.forEach(collect);
  };
  current.criteria.forEach(collect);
  const apply = (c: SchemeCriterion): SchemeCriterion => {
    // Only the same item keeps its rule (same id AND title, as a re-read at another depth gives): another
    // document's 3.2 事故控制 must not inherit the deduction of the old 3.2.
    const old = c.children.length === 0 && !c.rule ? rules.get(c.id) : undefined;
    const rule = old && old.title === c.title ? old.rule : undefined;
    return { ...c, ...(rule ? { rule } : {}), children: c.children.map(apply) };
  };
  return {
    ...imported,
    title: current.title || imported.title,
    criteria: imported.criteria.map(apply),
    bonus: imported.bonus.items.length ? imported.bonus : current.bonus,
    vetoes: imported.vetoes.length ? imported.vetoes : current.vetoes,
  };
}
