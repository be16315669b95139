import { DEFAULT_SETTINGS } from '../../shared/assessment/defaults';
import type { Assessment, ScoreEntry, SchemeCriterion } from '../../shared/assessment/schema';
import { seededRandom } from '../../shared/demo/random';
import { apportion } from '../../shared/plan/points';

/**
 * A synthetic assessment of the given size: 100 points over sections of 10 leaves, each leaf
 * worth a whole number of quarter points (as real schemes use halves and quarters), every
 * evaluator scoring every unit on every leaf in steps of 0.25, a few remarks.
 * For benchmarks and crash tests; deterministic.
 */
export function largeAssessment(units: number, leaves: number, evaluators: number, seed = 1): Assessment {
  const random = seededRandom(seed);
  const sections = Math.ceil(leaves / 10);
  const leafPoints = apportion(
    400,
    Array.from({ length: leaves }, () => 1),
  ).map((q) => q / 4);
  const criteria: SchemeCriterion[] = Array.from({ length: sections }, (_, s) => {
    const children = Array.from({ length: Math.min(10, leaves - s * 10) }, (_, i): SchemeCriterion => ({
      id: `c${s + 1}.${i + 1}`,
      code: `${s + 1}.${i + 1}`,
      number: `(${s * 10 + i + 1})`,
      title: `第${s * 10 + i + 1}项考核内容`,
      text: '',
      points: leafPoints[s * 10 + i]!,
      rule: { kind: 'plain', step: 0.25 },
      children: [],
    }));
    return {
      id: `c${s + 1}`,
      code: String(s + 1),
      number: `${s + 1}.`,
      title: `第${s + 1}部分`,
      text: '',
      points: children.reduce((a, c) => a + c.points, 0),
      children,
    };
  });
  const unitList = Array.from({ length: units }, (_, i) => ({
    id: `U${String(i + 1).padStart(3, '0')}`,
    code: String(450000 + i + 1),
    name: `第${i + 1}单位`,
  }));
  const evaluatorList = Array.from({ length: evaluators }, (_, i) => ({
    id: `e${i + 1}`,
    name: `考核人员${i + 1}`,
    role: 'member' as const,
    department: '',
    teamId: null,
    weight: 1,
    assignment: null,
  }));
  const at = '2020-12-01T00:00:00.000Z';
  const entries: ScoreEntry[] = [];
  for (const u of unitList) {
    const quality = 0.7 + random() * 0.3;
    for (const s of criteria) {
      for (const c of s.children) {
        for (const e of evaluatorList) {
          const quarters = Math.round(Math.min(1, Math.max(0, quality + (random() - 0.5) * 0.2)) * c.points * 4);
          const reason = random() < 0.01 ? '台账资料不完整' : '';
          entries.push({
            evaluatorId: e.id,
            unitId: u.id,
            criterionId: c.id,
            value: { kind: 'score', score: quarters / 4 },
            reason,
            evidence: '',
            note: '',
            at,
            source: 'office',
          });
        }
      }
    }
  }
  return {
    id: `large-${units}-${leaves}-${evaluators}`,
    name: '大规模测试考核',
    year: 2020,
    status: 'scoring',
    createdAt: at,
    updatedAt: at,
    scheme: { version: 1, title: '大规模测试方案', description: '', total: 100, criteria, bonus: { cap: 5, items: [] }, vetoes: [] },
    units: unitList,
    evaluators: evaluatorList,
    teams: [],
    settings: { ...DEFAULT_SETTINGS },
    entries,
    audit: [],
  };
}
