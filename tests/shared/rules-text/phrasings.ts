import type { LeafRule, TierLevel } from '../../../shared/assessment/schema';

/** What a phrasing should read as. */
export type Expected = { leaf: LeafRule } | { bonus: TierLevel[]; cap: number | null } | { veto: 'veto' | 'barExcellent' } | 'unrecognised';

const ded = (perOccurrence: number, reasons?: [string, number][]): Expected => ({
  leaf: reasons
    ? { kind: 'deduction', perOccurrence, reasons: reasons.map(([label, points]) => ({ label, points })) }
    : { kind: 'deduction', perOccurrence },
});
const tiers = (...levels: [string, number][]): Expected => ({
  leaf: { kind: 'tiered', levels: levels.map(([label, points]) => ({ label, points })) },
});
const bonus = (cap: number | null, ...levels: [string, number][]): Expected => ({
  bonus: levels.map(([label, points]) => ({ label, points })),
  cap,
});

/**
 * Real-world 评分标准 phrasings (from published 考核评分细则 of provinces, cities and departments),
 * each with the item's points and the rule it must read as.
 */
export const PHRASINGS: [text: string, points: number, expected: Expected][] = [
  // Deductions, one amount.
  ['未制定应急预案的扣2分', 4, ded(2)],
  ['每发现一处隐患未整改扣1分，扣完为止', 5, ded(1)],
  ['每发现一次扣0.5分，扣完为止。', 3, ded(0.5)],
  ['每缺一项扣1分，扣至0分为止', 6, ded(1)],
  ['未按时报送的，每次扣1分。', 2, ded(1)],
  ['迟报一次扣１分，扣完为止', 3, ded(1)],
  ['每发现一项不符合要求扣两分，本项分值扣完为止', 10, ded(2)],
  ['会议未召开或未研究安全生产工作的，每少一次扣半分', 2, ded(0.5)],
  ['发现台账资料不全的每项扣除1分', 5, ded(1)],
  ['未建立隐患排查治理制度扣3分；制度不健全扣3分', 6, ded(3)],
  ['完成得满分，每延迟一天扣1分', 5, ded(1)],
  // Deductions, several amounts → named reasons on a common step.
  [
    '未制定年度工作计划的扣2分；计划内容不完善的扣1分',
    3,
    ded(1, [
      ['未制定年度工作计划', 2],
      ['计划内容不完善', 1],
    ]),
  ],
  [
    '迟报一次扣1分，漏报一次扣2分，瞒报一次扣4分，扣完为止',
    8,
    ded(1, [
      ['迟报一次', 1],
      ['漏报一次', 2],
      ['瞒报一次', 4],
    ]),
  ],
  [
    '未开展培训的不得分；培训覆盖率低于90%的扣1.5分',
    3,
    ded(1.5, [
      ['培训覆盖率低于90%', 1.5],
      ['未开展培训', 3],
    ]),
  ],
  [
    '每发现一处重大隐患扣2分，一般隐患每处扣0.5分',
    6,
    ded(0.5, [
      ['每发现一处重大隐患', 2],
      ['一般隐患每处', 0.5],
    ]),
  ],
  [
    '未按要求设立安委办的扣3分，人员未落实的扣2分，最多扣3分',
    5,
    {
      leaf: {
        kind: 'deduction',
        perOccurrence: 1,
        reasons: [
          { label: '未按要求设立安委办', points: 3 },
          { label: '人员未落实', points: 2 },
        ],
      },
    },
  ],
  // Levels.
  ['完成得3分，基本完成得2分，未完成不得分', 3, tiers(['完成', 3], ['基本完成', 2], ['未完成', 0])],
  ['全面完成(5分)、基本完成(3分)、未完成(0分)', 5, tiers(['全面完成', 5], ['基本完成', 3], ['未完成', 0])],
  ['优秀（10分）；良好（8分）；一般（5分）；差（2分）', 10, tiers(['优秀', 10], ['良好', 8], ['一般', 5], ['差', 2])],
  ['按时完成的得4分，滞后完成的得2分', 4, tiers(['按时完成', 4], ['滞后完成', 2])],
  ['覆盖率达100%的得5分，达到90%的得3分，低于90%的不得分', 5, tiers(['覆盖率达100%', 5], ['达到90%', 3], ['低于90%', 0])],
  ['按时报送得2分，否则不得分', 2, tiers(['按时报送', 2], ['否则', 0])],
  ['考核排名前三名的计6分，第四至第八名计4分，其余计2分', 6, tiers(['考核排名前三名', 6], ['第四至第八名', 4], ['其余', 2])],
  ['A类给10分，B类给7分，C类给4分', 10, tiers(['A类', 10], ['B类', 7], ['C类', 4])],
  ['未制定实施方案的不得分', 4, tiers(['符合要求', 4], ['未制定实施方案', 0])],
  ['未建立的，该项不得分。', 2, tiers(['符合要求', 2], ['未建立', 0])],
  // Bonus.
  [
    '获国家级表彰加10分、自治区级加8分、市级加5分，同一事项按最高级别计分，不重复加分',
    0,
    bonus(null, ['获国家级表彰', 10], ['自治区级', 8], ['市级', 5]),
  ],
  [
    '经验做法被国务院安委会推广的加2分，被自治区推广的加1分，最高加3分',
    0,
    bonus(3, ['经验做法被国务院安委会推广', 2], ['被自治区推广', 1]),
  ],
  ['每获得一项省级以上表彰加1分，累计不超过5分', 0, bonus(5, ['每获得一项省级以上表彰', 1])],
  ['在全国性会议上作典型发言的加3分', 0, bonus(null, ['在全国性会议上作典型发言', 3])],
  ['创新工作被采纳的，每项加0.5分，加分最高不超过2分', 0, bonus(2, ['每项', 0.5])],
  // Veto and 否优.
  ['发生较大及以上生产安全事故的，实行一票否决', 0, { veto: 'veto' }],
  ['发生重大生产安全事故或瞒报事故的，一票否决。', 0, { veto: 'veto' }],
  ['对迟报、谎报、瞒报事故的，直接评定为不合格', 0, { veto: 'veto' }],
  ['发生造成重大社会影响的事故的，不得评为优秀', 0, { veto: 'barExcellent' }],
  ['被上级挂牌督办且未按期整改的，取消评优资格', 0, { veto: 'barExcellent' }],
  ['年度内发生两起以上较大事故的，实行否优', 0, { veto: 'barExcellent' }],
  // Control targets.
  ['生产安全事故死亡人数超过控制指标的，每超1人扣2分', 10, { leaf: { kind: 'control', perUnitOver: 2, target: 0, targets: {} } }],
  // Judgement and ranges.
  ['根据工作开展情况酌情评分', 5, { leaf: { kind: 'plain', step: 0.5 } }],
  ['视工作完成情况，酌情扣1-3分', 3, { leaf: { kind: 'plain', step: 0.5 } }],
  ['按完成比例得分', 4, { leaf: { kind: 'plain', step: 0.5 } }],
  // Not recognised: kept plain, listed for a person.
  ['查阅资料、实地检查', 5, 'unrecognised'],
  ['工作有创新、有特色，成效明显', 5, 'unrecognised'],
  ['发生较大事故的实行一票否决；发生一般事故每起扣2分', 6, 'unrecognised'],
  ['工作获表扬加1分，被通报批评扣1分', 2, 'unrecognised'],
  ['', 3, 'unrecognised'],
];
