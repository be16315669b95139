import { leavesOf, type Leaf } from '../assessment/criteria';
import { DEFAULT_SETTINGS } from '../assessment/defaults';
import type { Assessment, EntryValue, Scheme, ScoreEntry } from '../assessment/schema';
import { GUANGXI_CITIES } from '../assessment/units';
import type { PlanTree } from '../plan/types';
import { matchKey } from '../text/normalize';
import { DEDUCTION_REASONS, DEMO_EVALUATORS, DEMO_TEAMS, EVALUATOR_BIAS } from './demo-people';
import { demoScheme } from './demo-scheme';
import { noise, seededRandom } from './random';

export const DEMO_YEARS = [2018, 2019, 2020];

/** Each city's underlying standing (share of points it earns) in the first demo year. */
const BASE_QUALITY = [0.93, 0.9, 0.91, 0.84, 0.88, 0.82, 0.85, 0.8, 0.86, 0.78, 0.81, 0.76, 0.79, 0.83];
/** How each city improves (or slips) per year. */
const TREND = [0.005, 0.01, -0.01, 0.015, 0.0, 0.02, -0.005, 0.01, 0.0, 0.025, -0.01, 0.02, 0.015, -0.015];

/** What happens in which year: the demo's bonus, veto, 否优项 and N/A cases. */
const EVENTS: Record<
  number,
  { bonus: [string, string, number, string][]; veto: [string, string, string][]; na: [string, string, string][] }
> = {
  2018: { bonus: [['450100', 'b1', 1, '安全生产先进集体（省部级）']], veto: [], na: [] },
  2019: {
    bonus: [['450200', 'b2', 1, '“两客一危”监管经验全区推广']],
    veto: [['450300', 'v3', '“5·12”较大道路交通事故，死亡3人']],
    na: [],
  },
  2020: {
    // The same achievement at two levels counts once, at the highest.
    bonus: [
      ['450100', 'b1', 0, '全国安全生产先进单位'],
      ['450100', 'b1', 1, '全国安全生产先进单位'],
      ['450300', 'b2', 1, '森林防火网格化管理经验全区推广'],
      ['451000', 'b1', 2, '应急管理工作先进集体（市级）'],
    ],
    veto: [['450800', 'v1', '“8·26”重大建筑施工事故，死亡11人']],
    na: [['450600', '切实做好森林防灭火工作', '该市本年度无森林防灭火考核任务（经考核办审定）']],
  },
};

function roundTo(x: number, step: number): number {
  return Math.round(x / step) * step;
}

function leafValue(leaf: Leaf, share: number, random: () => number): { value: EntryValue; reason: string } {
  const p = leaf.criterion.points;
  switch (leaf.rule.kind) {
    case 'deduction': {
      const count = Math.max(0, Math.round(((1 - share) * p) / leaf.rule.perOccurrence + noise(random, 0.6)));
      const occurrences = Array.from({ length: Math.min(count, 4) }, () => ({
        count: 1,
        reason: DEDUCTION_REASONS[Math.floor(random() * DEDUCTION_REASONS.length)]!,
      }));
      return { value: { kind: 'deductions', occurrences }, reason: '' };
    }
    case 'tiered': {
      const levels = leaf.rule.levels;
      const target = share * p;
      const level = levels.reduce((best, l, i) => (Math.abs(l.points - target) < Math.abs(levels[best]!.points - target) ? i : best), 0);
      return { value: { kind: 'tier', level }, reason: level > 0 ? '部分任务未按期完成' : '' };
    }
    case 'plain': {
      const score = Math.min(p, Math.max(0, roundTo(share * p, leaf.rule.step)));
      return { value: { kind: 'score', score }, reason: score < p - 1 ? '台账资料不完整，部分工作未落实到位' : '' };
    }
    default:
      return { value: { kind: 'score', score: p }, reason: '' };
  }
}

function demoEntries(year: number, scheme: Scheme, at: string): ScoreEntry[] {
  const random = seededRandom(year * 7919);
  const leaves = leavesOf(scheme);
  const entries: ScoreEntry[] = [];
  const events = EVENTS[year]!;
  GUANGXI_CITIES.forEach((unit, u) => {
    const quality = BASE_QUALITY[u]! + TREND[u]! * (year - DEMO_YEARS[0]!);
    const team = DEMO_TEAMS.find((t) => t.assignment.unitIds?.includes(unit.id))!;
    const evaluators = DEMO_EVALUATORS.filter((e) => e.teamId === team.id);
    for (const leaf of leaves) {
      const naReason = events.na.find(([id, title]) => id === unit.id && matchKey(title) === matchKey(leaf.criterion.title))?.[2];
      const itemQuality = quality + noise(random, 0.04);
      for (const e of evaluators) {
        const base = {
          evaluatorId: e.id,
          unitId: unit.id,
          criterionId: leaf.criterion.id,
          evidence: '',
          note: '',
          at,
          source: 'office' as const,
        };
        if (naReason) {
          entries.push({ ...base, value: { kind: 'na' }, reason: naReason });
          continue;
        }
        const { value, reason } = leafValue(leaf, itemQuality + EVALUATOR_BIAS[e.id]! + noise(random, 0.03), random);
        entries.push({ ...base, value, reason, evidence: reason ? '查阅台账资料、实地抽查' : '' });
      }
    }
    const leader = evaluators.find((e) => e.role === 'leader')!;
    const bonus = events.bonus.filter(([id]) => id === unit.id);
    for (const itemId of new Set(bonus.map(([, item]) => item))) {
      const achievements = bonus.filter(([, item]) => item === itemId).map(([, , level, reason]) => ({ name: reason, level, reason }));
      entries.push({
        evaluatorId: leader.id,
        unitId: unit.id,
        criterionId: itemId,
        value: { kind: 'bonus', achievements },
        reason: '',
        evidence: '表彰文件',
        note: '',
        at,
        source: 'office',
      });
    }
    for (const [, itemId, reason] of events.veto.filter(([id]) => id === unit.id)) {
      entries.push({
        evaluatorId: leader.id,
        unitId: unit.id,
        criterionId: itemId,
        value: { kind: 'veto', triggered: true },
        reason,
        evidence: '事故调查报告',
        note: '',
        at,
        source: 'office',
      });
    }
  });
  return entries;
}

/**
 * The demo workspace: assessments for 2018–2020 over Guangxi's 14 cities on the seed plan, six
 * evaluators in two teams, deductions with reasons, bonuses, a veto, a 否优项 and an N/A item.
 * Deterministic: the same plan gives the same documents, byte for byte.
 */
export function generateDemo(plan: PlanTree, fileName: string): Assessment[] {
  return DEMO_YEARS.map((year) => {
    const at = `${year}-12-15T02:00:00.000Z`;
    const scheme = demoScheme({ ...plan, year }, fileName, `${year}-03-01T01:00:00.000Z`);
    const finalized = year < DEMO_YEARS.at(-1)!;
    return {
      id: `demo-${year}`,
      name: `${year}年度全区应急管理工作考核`,
      year,
      status: finalized ? 'finalized' : 'scoring',
      createdAt: `${year}-03-01T01:00:00.000Z`,
      updatedAt: at,
      scheme,
      units: GUANGXI_CITIES,
      evaluators: DEMO_EVALUATORS,
      teams: DEMO_TEAMS,
      settings: { ...DEFAULT_SETTINGS, combine: 'trimmedMean', useEvaluatorWeights: false },
      entries: demoEntries(year, scheme, at),
      audit: finalized
        ? [
            {
              at: `${year}-12-28T08:00:00.000Z`,
              actor: '考核办',
              action: 'status.finalize',
              target: {},
              before: 'scoring',
              after: 'finalized',
              reason: '经考核领导小组审定',
            },
          ]
        : [],
    };
  });
}
