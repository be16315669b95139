import type { LeafRule, TierLevel } from '../assessment/schema';
import { mergeSpans } from './clauses';
import { findHits, has, spansOf, type Hit } from './hits';
import { commonStep } from './numbers';
import type { RuleContext, RuleNote, RulePattern, RuleReading, TextSpan } from './types';

const VETO = /一票否决|实行否决|否决制|直接(?:评定?|确定)为不合格|评为不合格等次|确定为不合格(?:等次)?/g;
const BAR_EXCELLENT = /不得(?:评为|确定为|评定为|推荐为)?优秀|不得评优|取消(?:当年度?|年度)?评优|不能评为优秀|否优|不得参与?评优|实行否优/g;
const CONTROL = /超(?:过|出)?(?:年度)?(?:控制)?(?:指标|控制数|目标)/;
const CONTROL_PER = /每(?:超|多)[^扣，,；;。]*?扣\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十半])\s*分/g;
const JUDGEMENT = /酌情|视情|按比例|按完成比例|综合评定|综合评分|根据[^。；;]*?情况[^。；;]*?(?:评分|打分|给分|赋分)/g;
const DEFAULT_STEP = 0.5;

type Ctx = RuleContext;

const spansOfHits = (hits: Hit[]) => mergeSpans(hits.map((h) => h.span));
const leaf = (pattern: string, rule: LeafRule, spans: TextSpan[], notes: RuleNote[] = []): RuleReading => ({
  kind: 'leaf',
  pattern,
  rule,
  spans: mergeSpans(spans),
  notes,
});

function levelNotes(levels: TierLevel[], points: number): RuleNote[] {
  if (points <= 0) return [];
  const top = Math.max(...levels.map((l) => l.points));
  if (top > points) return ['levelsAbovePoints'];
  if (top < points) return ['levelsBelowPoints'];
  return [];
}

/** Labels as written, "档次N" where the words before the amount are empty; duplicates kept apart. */
function levelsOf(hits: Hit[]): TierLevel[] {
  const seen = new Set<string>();
  return hits.map((h, i) => {
    let label = h.label || `档次${i + 1}`;
    while (seen.has(label)) label = `${label}′`;
    seen.add(label);
    return { label: label.slice(0, 200), points: h.amount };
  });
}

const counts = (c: Ctx) =>
  c.hits.deductions.length + c.hits.bonuses.length + c.hits.gains.filter((g) => g.amount > 0).length + c.hits.parens.length;

/** Veto words beside amounts: two rules in one text, left for a person to split. */
const mixedVeto: RulePattern = {
  name: 'mixedVeto',
  read: (c) =>
    (has(c.text, VETO) || has(c.text, BAR_EXCELLENT)) && counts(c) > 0
      ? { kind: 'unrecognised', pattern: null, spans: [], notes: [] }
      : null,
};

const veto: RulePattern = {
  name: 'veto',
  read: (c) => (has(c.text, VETO) ? { kind: 'veto', pattern: 'veto', effect: 'veto', spans: spansOf(VETO, c.text), notes: [] } : null),
};

const barExcellent: RulePattern = {
  name: 'barExcellent',
  read: (c) =>
    has(c.text, BAR_EXCELLENT)
      ? { kind: 'veto', pattern: 'barExcellent', effect: 'barExcellent', spans: spansOf(BAR_EXCELLENT, c.text), notes: [] }
      : null,
};

const control: RulePattern = {
  name: 'control',
  read: (c) => {
    const per = [...c.text.matchAll(CONTROL_PER)];
    if (!has(c.text, CONTROL) || per.length !== 1) return null;
    const hit = c.hits.deductions[0];
    if (!hit || c.hits.deductions.length !== 1) return null;
    return leaf('control', { kind: 'control', perUnitOver: hit.amount, target: 0, targets: {} }, [hit.span]);
  },
};

/** Mixed plus and minus in one text: a 奖罚 sentence the rule forms cannot hold together. */
const mixedSigns: RulePattern = {
  name: 'mixedSigns',
  read: (c) =>
    c.hits.bonuses.length > 0 && c.hits.deductions.length > 0 ? { kind: 'unrecognised', pattern: null, spans: [], notes: [] } : null,
};

const deductionRange: RulePattern = {
  name: 'deductionRange',
  read: (c) => {
    if (c.hits.ranges.length === 0 || c.hits.deductions.length > 0) return null;
    return leaf('deductionRange', { kind: 'plain', step: DEFAULT_STEP }, spansOfHits(c.hits.ranges), ['deductionRange']);
  },
};

const bonus: RulePattern = {
  name: 'bonus',
  read: (c) => {
    const { bonuses, bonusCaps } = c.hits;
    if (bonuses.length === 0) return null;
    const cap = bonusCaps.length > 0 ? Math.min(...bonusCaps.map((h) => h.amount)) : null;
    return { kind: 'bonus', pattern: 'bonus', levels: levelsOf(bonuses), cap, spans: spansOfHits([...bonuses, ...bonusCaps]), notes: [] };
  },
};

const deduction: RulePattern = {
  name: 'deduction',
  read: (c) => {
    const { deductions, deductionCaps, zeros, gains } = c.hits;
    if (deductions.length === 0 || c.hits.ranges.length > 0) return null;
    // "完成得满分，每…扣N分" still deducts from the item's points; other gains mean levels, not deductions.
    if (gains.some((g) => g.amount > 0 && g.amount !== c.points)) return null;
    const reasons = [...deductions, ...(c.points > 0 ? zeros.map((z) => ({ ...z, amount: c.points })) : [])];
    const amounts = [...new Set(reasons.map((r) => r.amount))];
    const notes: RuleNote[] = deductionCaps.some((h) => c.points > 0 && h.amount < c.points) ? ['deductionCapped'] : [];
    const spans = spansOfHits([...reasons, ...deductionCaps]);
    if (amounts.length === 1) return leaf('deduction', { kind: 'deduction', perOccurrence: amounts[0]! }, spans, notes);
    const rule = { kind: 'deduction' as const, perOccurrence: commonStep(amounts), reasons: levelsOf(reasons) };
    return leaf('deductionReasons', rule, spans, notes);
  },
};

const tieredParen: RulePattern = {
  name: 'tieredParen',
  read: (c) => {
    const { parens, zeros } = c.hits;
    if (parens.length < 2) return null;
    const levels = levelsOf([...parens, ...zeros]);
    return leaf('tieredParen', { kind: 'tiered', levels }, spansOfHits([...parens, ...zeros]), levelNotes(levels, c.points));
  },
};

const tieredGain: RulePattern = {
  name: 'tieredGain',
  read: (c) => {
    const gains = c.hits.gains.filter((g) => g.amount > 0);
    const all = [...gains, ...c.hits.zeros].sort((a, b) => a.at.start - b.at.start);
    if (gains.length === 0 || all.length < 2) return null;
    const levels = levelsOf(all);
    return leaf('tieredGain', { kind: 'tiered', levels }, spansOfHits(all), levelNotes(levels, c.points));
  },
};

const fullOrNothing: RulePattern = {
  name: 'fullOrNothing',
  read: (c) => {
    const { zeros } = c.hits;
    if (zeros.length === 0 || c.points <= 0 || counts(c) > 0) return null;
    const levels = levelsOf([{ amount: c.points, label: '符合要求', span: zeros[0]!.span, at: zeros[0]!.at }, ...zeros]);
    return leaf('fullOrNothing', { kind: 'tiered', levels }, spansOfHits(zeros));
  },
};

const judgement: RulePattern = {
  name: 'judgement',
  read: (c) =>
    counts(c) === 0 && has(c.text, JUDGEMENT) ? leaf('judgement', { kind: 'plain', step: DEFAULT_STEP }, spansOf(JUDGEMENT, c.text)) : null,
};

/** The pattern table, tried in order; the first that reads the text wins. */
export const RULE_PATTERNS: readonly RulePattern[] = [
  mixedVeto,
  veto,
  barExcellent,
  control,
  mixedSigns,
  deductionRange,
  bonus,
  deduction,
  tieredParen,
  tieredGain,
  fullOrNothing,
  judgement,
];

/** The context patterns read: the half-width text, the item's points and the amounts found in it. */
export function ruleContext(text: string, points: number): RuleContext {
  return { text, points, hits: findHits(text) };
}
