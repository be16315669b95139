import { DEFAULT_SETTINGS } from '../../shared/assessment/defaults';
import type { Assessment, EntryValue, LeafRule, SchemeCriterion, ScoreEntry, Settings } from '../../shared/assessment/schema';

/** A leaf for hand-built schemes: id, points and (optionally) a rule. */
export function leaf(id: string, points: number, rule?: LeafRule): SchemeCriterion {
  return { id, code: id, number: '', title: `指标${id}`, text: '', points, ...(rule ? { rule } : {}), children: [] };
}

export function section(id: string, points: number, children: SchemeCriterion[], extra: Partial<SchemeCriterion> = {}): SchemeCriterion {
  return { id, code: id, number: '', title: `部分${id}`, text: '', points, children, ...extra };
}

/** A small assessment built from literals; evaluators e1…eN score everything unless told otherwise. */
export function makeDoc(options: {
  criteria: SchemeCriterion[];
  total?: number;
  units?: string[];
  evaluators?: string[] | { id: string; weight?: number; assignment?: Assessment['evaluators'][number]['assignment'] }[];
  entries?: ScoreEntry[];
  settings?: Partial<Settings>;
  bonus?: Assessment['scheme']['bonus'];
  vetoes?: Assessment['scheme']['vetoes'];
}): Assessment {
  const evaluators = (options.evaluators ?? ['e1']).map((e) => (typeof e === 'string' ? { id: e } : e));
  return {
    id: 'test',
    name: '测试考核',
    year: 2020,
    status: 'scoring',
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    scheme: {
      version: 1,
      title: '测试方案',
      description: '',
      total: options.total ?? options.criteria.reduce((a, c) => a + c.points, 0),
      criteria: options.criteria,
      bonus: options.bonus ?? { cap: null, items: [] },
      vetoes: options.vetoes ?? [],
    },
    units: (options.units ?? ['A']).map((id) => ({ id, code: id, name: `${id}市` })),
    evaluators: evaluators.map((e) => ({
      id: e.id,
      name: `评委${e.id}`,
      role: 'member',
      department: '',
      teamId: null,
      weight: e.weight ?? 1,
      assignment: e.assignment ?? null,
    })),
    teams: [],
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    entries: options.entries ?? [],
    audit: [],
  };
}

/** An entry literal: evaluator, unit, criterion and value (a number means a plain score). */
export function entry(evaluatorId: string, unitId: string, criterionId: string, value: EntryValue | number, reason = ''): ScoreEntry {
  return {
    evaluatorId,
    unitId,
    criterionId,
    value: typeof value === 'number' ? { kind: 'score', score: value } : value,
    reason,
    evidence: '',
    note: '',
    at: '2020-12-01T00:00:00.000Z',
    source: 'office',
  };
}

/** Plain scores for several units on one leaf from one evaluator: { A: 3, B: 4 }. */
export function scores(evaluatorId: string, criterionId: string, byUnit: Record<string, number>): ScoreEntry[] {
  return Object.entries(byUnit).map(([unit, score]) => entry(evaluatorId, unit, criterionId, score));
}
