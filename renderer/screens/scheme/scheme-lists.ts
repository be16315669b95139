// Pure helpers of the scheme editor beside the tree: bonus and veto lists, control targets
// pasted from Excel, the script of a whole scheme, and what the status line may say.
import type { BonusItem, SchemeCriterion, Unit, VetoItem } from '../../../shared/assessment/schema';
import type { SchemeDraft } from '../../../shared/ipc/contract';

/** A list with one item moved up (−1) or down (+1); unchanged at the ends. */
export function moveInList<T extends { id: string }>(list: T[], id: string, delta: -1 | 1): T[] {
  const i = list.findIndex((x) => x.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** A list with one item changed. */
export function patchInList<T extends { id: string }>(list: T[], id: string, patch: Partial<T>): T[] {
  return list.map((x) => (x.id === id ? { ...x, ...patch } : x));
}

/** Every id a scheme uses (criteria, bonus and veto items), so a new one can avoid them. */
export function usedIds(draft: SchemeDraft): string[] {
  const ids: string[] = [];
  const visit = (c: SchemeCriterion) => {
    ids.push(c.id);
    c.children.forEach(visit);
  };
  draft.criteria.forEach(visit);
  return [...ids, ...draft.bonus.items.map((b) => b.id), ...draft.vetoes.map((v) => v.id)];
}

/** A new bonus item with the usual three levels of commendation. */
export function newBonus(id: string, title: string, levels: string[]): BonusItem {
  return { id, title, text: '', cap: 2, levels: levels.map((label, i) => ({ label, points: [2, 1, 0.5][i] ?? 0.5 })) };
}

export function newVeto(id: string, title: string, effect: VetoItem['effect']): VetoItem {
  return { id, title, text: '', effect };
}

/** Where a pasted block of targets does not fit: its line (1-based) and the text. */
export interface TargetPasteProblem {
  line: number;
  text: string;
}

const NUMBER = /^[+]?\d+(?:\.\d+)?$/;

/**
 * Control targets read from a block pasted out of Excel or WPS: one line per unit, either
 * "unit name (or code) ⇥ target" in any order of lines, or a column of bare figures that fills
 * the units in order from `startIndex`. Full-width digits are fine. Every line must fit, or
 * nothing is taken (the problems say which lines did not).
 */
export function parseTargets(
  text: string,
  units: Unit[],
  startIndex = 0,
): { targets: Record<string, number>; problems: TargetPasteProblem[] } {
  const lines = text
    .replace(/\r/g, '')
    .split('\n')
    .map((l) => l.replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim());
  while (lines.length && lines.at(-1) === '') lines.pop();
  const targets: Record<string, number> = {};
  const problems: TargetPasteProblem[] = [];
  let next = startIndex;
  lines.forEach((line, i) => {
    const cells = line
      .split(/\t|,|，/)
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.length === 1 && NUMBER.test(cells[0]!)) {
      const unit = units[next++];
      if (unit) targets[unit.id] = Number(cells[0]);
      else problems.push({ line: i + 1, text: line });
      return;
    }
    const figure = [...cells].reverse().find((c) => NUMBER.test(c));
    const name = cells.find((c) => !NUMBER.test(c)) ?? cells[0];
    const unit = units.find(
      (u) => u.name === name || u.code === name || (name !== undefined && u.name.replace(/市$/, '') === name.replace(/市$/, '')),
    );
    if (unit && figure !== undefined) targets[unit.id] = Number(figure);
    else problems.push({ line: i + 1, text: line });
  });
  return problems.length ? { targets: {}, problems } : { targets, problems };
}

/** The scheme with every text a person reads converted (titles, contents, 评分标准, levels). */
export function convertScheme(draft: SchemeDraft, convert: (s: string) => string): SchemeDraft {
  const criterion = (c: SchemeCriterion): SchemeCriterion => ({
    ...c,
    title: convert(c.title),
    text: convert(c.text),
    ...(c.ruleText !== undefined ? { ruleText: convert(c.ruleText) } : {}),
    ...(c.rule?.kind === 'tiered' ? { rule: { ...c.rule, levels: c.rule.levels.map((l) => ({ ...l, label: convert(l.label) })) } } : {}),
    children: c.children.map(criterion),
  });
  return {
    ...draft,
    title: convert(draft.title),
    description: convert(draft.description),
    criteria: draft.criteria.map(criterion),
    bonus: {
      ...draft.bonus,
      items: draft.bonus.items.map((b) => ({
        ...b,
        title: convert(b.title),
        text: convert(b.text),
        levels: b.levels.map((l) => ({ ...l, label: convert(l.label) })),
      })),
    },
    vetoes: draft.vetoes.map((v) => ({ ...v, title: convert(v.title), text: convert(v.text) })),
  };
}

/** Whether a text is written in Traditional script: enough characters change when simplified. */
export function looksTraditional(text: string, convert: (s: string) => string): boolean {
  const sample = text.slice(0, 4000);
  const simplified = convert(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && i < simplified.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed >= 5 && changed / Math.max(1, sample.length) > 0.01;
}

/**
 * What the status line may say: the count of sums that are off, or of import warnings still to
 * read, and only with neither "all points add up" (it never says so while anything is listed).
 */
export function statusOf(
  sumProblems: number,
  warnings: number,
): { key: 'scheme.problems' | 'schemeEditor.warningsListed' | 'scheme.allAddUp'; ok: boolean; count: number } {
  if (sumProblems > 0) return { key: 'scheme.problems', ok: false, count: sumProblems };
  if (warnings > 0) return { key: 'schemeEditor.warningsListed', ok: false, count: warnings };
  return { key: 'scheme.allAddUp', ok: true, count: 0 };
}
