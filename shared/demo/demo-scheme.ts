import { schemeFromPlan } from '../assessment/scheme';
import type { Scheme, SchemeCriterion } from '../assessment/schema';
import type { PlanTree } from '../plan/types';
import { matchKey } from '../text/normalize';

/** Rules the demo gives some of the seed's items, found by title so the script does not matter. */
const RULES: { title: string; rule: NonNullable<SchemeCriterion['rule']> }[] = [
  { title: '严厉打击违法违规行为', rule: { kind: 'deduction', perOccurrence: 1 } },
  { title: '切实做好灾害救助工作', rule: { kind: 'deduction', perOccurrence: 0.5 } },
  {
    title: '切实做好森林防灭火工作',
    rule: {
      kind: 'tiered',
      levels: [
        { label: '全面完成', points: 4 },
        { label: '基本完成', points: 3 },
        { label: '部分完成', points: 2 },
        { label: '未完成', points: 0 },
      ],
    },
  },
];

function withRules(c: SchemeCriterion): SchemeCriterion {
  const found = RULES.find((r) => matchKey(r.title) === matchKey(c.title));
  return { ...c, ...(found && c.children.length === 0 ? { rule: found.rule } : {}), children: c.children.map(withRules) };
}

/** The demo scheme: the seed plan with a few rules, two bonus items and three veto items. */
export function demoScheme(plan: PlanTree, fileName: string, importedAt: string): Scheme {
  const base = schemeFromPlan(plan, { fileName, importedAt, depth: 2 });
  return {
    ...base,
    title: `${plan.year ?? ''}年度全区应急管理工作考核`,
    criteria: base.criteria.map(withRules),
    bonus: {
      cap: 5,
      items: [
        {
          id: 'b1',
          title: '获得表彰奖励',
          text: '同一事项获多级表彰的，按最高级别计分。',
          cap: 3,
          levels: [
            { label: '国家级', points: 2 },
            { label: '省部级', points: 1 },
            { label: '市级', points: 0.5 },
          ],
        },
        {
          id: 'b2',
          title: '工作经验推广',
          text: '工作经验在全国或全区推广。',
          cap: 2,
          levels: [
            { label: '全国推广', points: 2 },
            { label: '全区推广', points: 1 },
          ],
        },
      ],
    },
    vetoes: [
      { id: 'v1', title: '发生重大及以上生产安全事故', text: '发生重大、特别重大生产安全事故的，实行一票否决。', effect: 'veto' },
      { id: 'v2', title: '迟报、漏报、谎报、瞒报生产安全事故', text: '经查实存在迟报、漏报、谎报、瞒报的，实行一票否决。', effect: 'veto' },
      { id: 'v3', title: '发生较大生产安全事故', text: '发生较大生产安全事故的，不得评为优秀等次。', effect: 'barExcellent' },
    ],
  };
}
