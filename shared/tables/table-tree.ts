import type { BonusItem, TierLevel, VetoItem } from '../assessment/schema';
import { criterionLabel } from '../plan/label';
import { allocate, declaredPoints, type PointsNode } from '../plan/points';
import type { Criterion, PlanWarning, PlanWarningCode } from '../plan/types';
import { readRule } from '../rules-text/read-rule';
import type { RuleNote, RuleReading } from '../rules-text/types';
import { firstClause } from './points-text';
import type { RowData, RowNode } from './table-rows';

const BONUS_BLOCK = /加分|奖励|奖罚|附加分|激励/;
const VETO_BLOCK = /否决|否优/;
const BLOCK_CAP = /(?:最高|最多|累计|不超过|上限)[加为]?\s*(\d+(?:\.\d+)?)\s*分/;
const NOTE_WARNING: Record<RuleNote, PlanWarningCode> = {
  deductionCapped: 'ruleDeductionCapped',
  levelsAbovePoints: 'ruleLevelsAbovePoints',
  levelsBelowPoints: 'ruleLevelsBelowPoints',
  deductionRange: 'ruleDeductionRange',
};

/** A node with its rows settled: leaves carry their rule text, points are written or null. */
interface Settled extends PointsNode {
  source: RowNode;
  title: string;
  ruleText: string;
  children: Settled[];
}

const distinct = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/** Points of a leaf's rows, a points cell merged over several rows counted once. */
function rowsPoints(rows: RowData[]): number | null {
  const seen = new Map<string, number>();
  for (const r of rows) if (r.points !== null) seen.set(r.pointsKey ?? String(r.row), r.points);
  return seen.size ? [...seen.values()].reduce((a, b) => a + b, 0) : null;
}

function settle(n: RowNode, splitAll: boolean): Settled {
  const own = n.rows.filter((r) => r.ruleText || r.points !== null);
  const ownPoints = new Set(own.filter((r) => r.points !== null).map((r) => r.pointsKey ?? r.row));
  const texts = distinct(own.map((r) => r.ruleText));
  // One named item over several rows, each with its own points (or a block's list): each row is a part.
  const split = n.children.length === 0 && own.length >= 2 && texts.length >= 2 && (ownPoints.size >= 2 || splitAll);
  const rowItems: RowNode[] = split ? own.map((r) => ({ number: '', title: '', points: null, children: [], rows: [r], row: r.row })) : [];
  const children = [...n.children, ...rowItems].map((c) => settle(c, splitAll));
  const title = n.title || firstClause(texts[0] ?? '') || '—';
  if (children.length) return { source: n, title, ruleText: '', inlinePoints: n.points, children };
  return { source: n, title, ruleText: texts.join('\n'), inlinePoints: n.points ?? rowsPoints(own), children: [] };
}

/** What the tree builder hands back besides the criteria. */
export interface TableParts {
  criteria: Criterion[];
  total: number;
  bonus: { cap: number | null; items: BonusItem[] };
  vetoes: VetoItem[];
  warnings: PlanWarning[];
}

function leavesOf(n: Settled): Settled[] {
  return n.children.length ? n.children.flatMap(leavesOf) : [n];
}

function bonusItem(leaf: Settled, reading: RuleReading, index: number, warnings: PlanWarning[]): BonusItem | null {
  const text = leaf.ruleText || leaf.title;
  let levels: TierLevel[];
  let cap: number | null = null;
  if (reading.kind === 'bonus') {
    levels = reading.levels;
    cap = reading.cap;
  } else if (leaf.inlinePoints !== null && leaf.inlinePoints > 0 && reading.kind === 'unrecognised') {
    levels = [{ label: leaf.title.slice(0, 200), points: leaf.inlinePoints }];
  } else {
    warnings.push({ code: 'bonusPenaltyUnsupported', params: { at: leaf.title } });
    return null;
  }
  const top = Math.max(...levels.map((l) => l.points));
  return { id: `b${index + 1}`, title: leaf.title.slice(0, 500), text, cap: cap ?? leaf.inlinePoints ?? top, levels };
}

function vetoItem(leaf: Settled, reading: RuleReading, blockTitle: string, index: number): VetoItem {
  const effect = reading.kind === 'veto' ? reading.effect : /否优|优秀/.test(blockTitle) ? 'barExcellent' : 'veto';
  return { id: `v${index + 1}`, title: leaf.title.slice(0, 500), text: leaf.ruleText || leaf.title, effect };
}

/**
 * Turns the nodes read from a table's rows into the criteria tree, the bonus block and the veto
 * list. Every leaf's 评分标准 is read by readRule; what is not recognised stays plain and is named
 * in a warning. Points: written ones win, the rest is shared out as for prose plans.
 */
export function buildTableTree(roots: RowNode[], total: number | null, fallbackTotal: number): TableParts {
  const warnings: PlanWarning[] = [];
  const bonusItems: BonusItem[] = [];
  const vetoes: VetoItem[] = [];
  let bonusCap: number | null = null;
  const base: Settled[] = [];
  for (const root of roots) {
    const blockTitle = `${root.number}${root.title}`;
    const isBonus = BONUS_BLOCK.test(blockTitle) && !/扣分/.test(root.title.replace(/奖罚|加扣/, ''));
    const isVeto = VETO_BLOCK.test(blockTitle);
    const settled = settle(root, isBonus || isVeto);
    if (!isBonus && !isVeto) {
      if (!pluckExtras(settled, bonusItems, vetoes)) base.push(settled);
      continue;
    }
    const items = settled.children.length ? leavesOf(settled) : [settled];
    for (const leaf of items) {
      const reading = readRule(leaf.ruleText || leaf.title, leaf.inlinePoints ?? 0);
      if (isVeto && reading.kind !== 'bonus') vetoes.push(vetoItem(leaf, reading, blockTitle, vetoes.length));
      else {
        const item = bonusItem(leaf, reading, bonusItems.length, warnings);
        if (item) bonusItems.push(item);
      }
    }
    if (isBonus && settled.children.length && settled.inlinePoints !== null) bonusCap = settled.inlinePoints;
    const titleCap = BLOCK_CAP.exec(root.title);
    if (isBonus && titleCap) bonusCap = Number(titleCap[1]);
  }

  const written = declaredPoints({ inlinePoints: null, children: base });
  const sum = total ?? written ?? fallbackTotal;
  if (total !== null && written !== null && written !== total)
    warnings.push({ code: 'inlineTotalDiffers', params: { sum: written, total } });
  const { allocations, issues } = allocate(base, sum);
  for (const issue of issues) {
    warnings.push({
      code: issue.kind === 'mismatch' ? 'inlinePointsMismatch' : 'pointsTooFewForChildren',
      params: {
        at: String(issue.path.map((i) => i + 1).join('.') || sum),
        points: issue.points,
        sum: issue.kind === 'mismatch' ? issue.sum : 0,
        count: issue.kind === 'tooFew' ? issue.count : 0,
      },
    });
  }

  const toCriteria = (nodes: Settled[], allocs: typeof allocations, prefix: string): Criterion[] =>
    nodes.map((n, i) => {
      const code = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      const points = allocs[i]!.points;
      const c: Criterion = {
        code,
        number: n.source.number,
        title: n.title,
        text: n.children.length ? '' : n.ruleText,
        points,
        weight: sum > 0 ? points / sum : 0,
        pointsFromText: n.inlinePoints !== null,
        children: toCriteria(n.children, allocs[i]!.children, code),
      };
      if (!n.children.length) readLeafRule(c, n, warnings);
      return c;
    });
  const criteria = toCriteria(base, allocations, '');
  return { criteria, total: sum, bonus: { cap: bonusCap, items: bonusItems }, vetoes, warnings };
}

/** Fills a leaf's rule from its 评分标准 words; names what was not recognised. */
function readLeafRule(c: Criterion, n: Settled, warnings: PlanWarning[]): void {
  const at = `${c.code} ${criterionLabel(c)}`;
  const text = n.ruleText;
  if (!text) return;
  c.ruleText = text;
  const reading = readRule(text, c.points);
  if (reading.kind === 'leaf') {
    c.rule = reading.rule;
    c.ruleSpans = reading.spans;
    for (const note of reading.notes) warnings.push({ code: NOTE_WARNING[note], params: { at } });
    return;
  }
  warnings.push({ code: 'ruleUnrecognised', params: { at } });
}

/**
 * Takes out of the base tree the leaves without points whose words are a veto or a bonus (a table
 * that lists "发生较大事故的，一票否决" as a row of its own). Returns true when the node itself goes.
 */
function pluckExtras(n: Settled, bonus: BonusItem[], vetoes: VetoItem[]): boolean {
  if (n.children.length) {
    n.children = n.children.filter((c) => !pluckExtras(c, bonus, vetoes));
    return n.children.length === 0;
  }
  if (n.inlinePoints !== null && n.inlinePoints > 0) return false;
  const text = n.ruleText || n.title;
  const reading = readRule(text, 0);
  if (reading.kind === 'veto') {
    vetoes.push({ id: `v${vetoes.length + 1}`, title: n.title.slice(0, 500), text, effect: reading.effect });
    return true;
  }
  if (reading.kind === 'bonus') {
    const cap = reading.cap ?? Math.max(...reading.levels.map((l) => l.points));
    bonus.push({ id: `b${bonus.length + 1}`, title: n.title.slice(0, 500), text, cap, levels: reading.levels });
    return true;
  }
  return false;
}
