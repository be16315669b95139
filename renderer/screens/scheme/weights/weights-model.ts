// The 权重 panel's state and figures, kept pure so they are tested without a browser: the AHP
// cells as typed, the figures they give, the proposed points, and what those would do to ranks.
import type { Assessment, GradeId } from '../../../../shared/assessment/schema';
import { computeResults } from '../../../../shared/scoring/compute';
import type { Results } from '../../../../shared/scoring/types';
import { ahp, combineJudgements, type AhpMethod, type AhpResult } from '../../../../shared/weights/ahp';
import type { WeightGroup } from '../../../../shared/weights/groups';
import type { GroupData } from '../../../../shared/weights/level-data';
import { checkMatrix, fromUpperTriangle } from '../../../../shared/weights/matrix';
import { parseJudgement } from '../../../../shared/weights/matrix-file';
import { objectiveWeights, type ObjectiveMethod } from '../../../../shared/weights/objective';
import { proposePoints } from '../../../../shared/weights/proposal';
import type { RiTable } from '../../../../shared/weights/random-index';
import type { WeightsRecord } from '../../../../shared/weights/record';
import { withGroupPoints } from '../../../../shared/weights/reweight';

export type PanelMethod = 'ahp' | ObjectiveMethod;

/** One expert's upper triangle as typed: cells[i][j] for j > i (other places unused). */
export type Cells = string[][];

export const blankCells = (n: number): Cells => Array.from({ length: n }, () => Array<string>(n).fill('1'));

/** The judgement a cell holds, or null when it is not one on the 1/9–9 scale. */
export function cellValue(text: string): number | null {
  const v = parseJudgement(text);
  return v !== null && v >= 1 / 9 - 1e-3 && v <= 9 ? v : null;
}

/** How the mirrored cell reads: "1/3" for a whole judgement, "3" for "1/3", else two decimals. */
export function reciprocalText(text: string): string {
  const v = cellValue(text);
  if (v === null) return '';
  const r = 1 / v;
  if (Math.abs(v - Math.round(v)) < 1e-9) return Math.round(v) === 1 ? '1' : `1/${Math.round(v)}`;
  return Math.abs(r - Math.round(r)) < 1e-6 ? String(Math.round(r)) : r.toFixed(2);
}

export interface AhpOutcome {
  /** Places (i, j) whose text is not a judgement, per expert. */
  bad: [number, number, number][];
  experts: AhpResult[];
  result: AhpResult | null;
}

/** The figures of every expert's matrix and of their geometric-mean combination. */
export function ahpOutcome(experts: Cells[], n: number, method: AhpMethod, riTable: RiTable): AhpOutcome {
  const bad: [number, number, number][] = [];
  const matrices = experts.map((cells, k) => {
    const upper = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n - i - 1 }, (_, d) => {
        const v = cellValue(cells[i]?.[i + d + 1] ?? '');
        if (v === null) bad.push([k, i, i + d + 1]);
        return v ?? 1;
      }),
    );
    return fromUpperTriangle(upper, n);
  });
  if (bad.length > 0 || n < 2 || matrices.some((m) => checkMatrix(m).length > 0)) return { bad, experts: [], result: null };
  const each = matrices.map((m) => ahp(m, method, riTable));
  return { bad, experts: each, result: matrices.length > 1 ? ahp(combineJudgements(matrices), method, riTable) : each[0]! };
}

/** The full matrices as typed (for the audit record). */
export function matricesOf(experts: Cells[], n: number): number[][][] {
  return experts.map((cells) =>
    fromUpperTriangle(
      Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (_, d) => cellValue(cells[i]?.[i + d + 1] ?? '') ?? 1)),
      n,
    ),
  );
}

/** Objective weights from a group's data; null weights when too few units or nothing varies. */
export function objectiveOutcome(data: GroupData, method: ObjectiveMethod): number[] | null {
  if (data.rows.length < 2) return null;
  return objectiveWeights(
    data.rows.map((r) => r.rates),
    method,
  ).weights;
}

export interface RankEffect {
  unitId: string;
  unitName: string;
  total: number;
  rank: number | null;
  grade: GradeId | null;
  newTotal: number;
  newRank: number | null;
  newGrade: GradeId | null;
}

/** Every unit's total, rank and grade now and under the proposed points, in the new ranking's order. */
export function rankEffect(doc: Assessment, saved: Results, parentId: string | null, points: readonly number[]): RankEffect[] {
  const next = computeResults(withGroupPoints(doc, parentId, points));
  const before = new Map(saved.units.map((u) => [u.unitId, u]));
  return next.order.map((id) => {
    const u = next.units.find((x) => x.unitId === id)!;
    const b = before.get(id)!;
    return {
      unitId: id,
      unitName: u.unitName,
      total: b.total,
      rank: b.rank,
      grade: b.grade,
      newTotal: u.total,
      newRank: u.rank,
      newGrade: u.grade,
    };
  });
}

/** Points proposed for the group in the scheme's step, or null when they cannot be made. */
export const proposalFor = (group: WeightGroup, weights: number[] | null, step: number): number[] | null =>
  weights ? proposePoints(group.points, weights, step) : null;

/** The audit record of an accepted proposal. */
export function buildRecord(
  group: WeightGroup,
  weights: number[],
  points: number[],
  source: { kind: 'ahp'; outcome: AhpOutcome; matrices: number[][][] } | { kind: ObjectiveMethod; year: number; data: GroupData },
): WeightsRecord {
  const criteria = group.criteria.map((c, i) => ({
    id: c.id,
    code: c.code,
    title: c.title,
    weight: weights[i]!,
    before: c.points,
    after: points[i]!,
  }));
  const base = { parentId: group.parent?.id ?? null, parentCode: group.parent?.code ?? '', criteria };
  if (source.kind === 'ahp') {
    const r = source.outcome.result!;
    return {
      ...base,
      method: 'ahp',
      ahp: { method: r.method, riTable: r.riTable, matrices: source.matrices, lambdaMax: r.lambdaMax, ci: r.ci, ri: r.ri, cr: r.cr },
    };
  }
  return {
    ...base,
    method: source.kind,
    objective: { year: source.year, units: source.data.rows.length, excluded: source.data.excluded.map((x) => x.unitName) },
  };
}
