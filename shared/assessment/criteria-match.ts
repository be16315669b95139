// Which criteria of a new year are last year's criteria, so year on year compares like with
// like. Matched level by level among siblings: first the same code and title, then the same
// title alone (an item renumbered keeps its meaning); a code under another title is another
// indicator and is not matched. Titles compare regardless of script, width and punctuation.
import { matchKey } from '../text/normalize';
import { walkCriteria } from './criteria';
import type { Scheme, SchemeCriterion } from './schema';

export interface CriteriaMatch {
  /** [this year's, last year's] criterion, every level. */
  pairs: [SchemeCriterion, SchemeCriterion][];
  /** This year's criteria without a partner (their descendants are not listed again). */
  current: SchemeCriterion[];
  /** Last year's criteria without a partner (likewise). */
  previous: SchemeCriterion[];
}

function matchLevel(current: SchemeCriterion[], previous: SchemeCriterion[], out: CriteriaMatch): void {
  const used = new Set<SchemeCriterion>();
  const partner = new Map<SchemeCriterion, SchemeCriterion>();
  const tryPair = (sameCode: boolean) => {
    for (const c of current) {
      if (partner.has(c)) continue;
      const key = matchKey(c.title);
      const p = previous.find((q) => !used.has(q) && matchKey(q.title) === key && (!sameCode || q.code === c.code));
      if (p) {
        partner.set(c, p);
        used.add(p);
      }
    }
  };
  tryPair(true);
  tryPair(false);
  for (const c of current) {
    const p = partner.get(c);
    if (!p) {
      out.current.push(c);
      continue;
    }
    out.pairs.push([c, p]);
    matchLevel(c.children, p.children, out);
  }
  out.previous.push(...previous.filter((p) => !used.has(p)));
}

/** Pairs this year's criteria tree with last year's (see the file comment). */
export function matchCriteria(current: SchemeCriterion[], previous: SchemeCriterion[]): CriteriaMatch {
  const out: CriteriaMatch = { pairs: [], current: [], previous: [] };
  matchLevel(current, previous, out);
  return out;
}

function renamed(c: SchemeCriterion, ids: Map<SchemeCriterion, string>): SchemeCriterion {
  return { ...c, id: ids.get(c) ?? c.id, children: c.children.map((k) => renamed(k, ids)) };
}

/**
 * A scheme whose matched criteria (and bonus and veto items of the same title) carry last
 * year's ids, so assignments copied from last year keep pointing at the same items and any
 * comparison by id lines up. An id is only taken over when no other item of the scheme has it.
 */
export function adoptPreviousIds<S extends Omit<Scheme, 'version'>>(scheme: S, previous: Scheme): { scheme: S; match: CriteriaMatch } {
  const match = matchCriteria(scheme.criteria, previous.criteria);
  const taken = new Set([
    ...walkCriteria(scheme.criteria).map((c) => c.id),
    ...scheme.bonus.items.map((b) => b.id),
    ...scheme.vetoes.map((v) => v.id),
  ]);
  const ids = new Map<SchemeCriterion, string>();
  for (const [c, p] of match.pairs) {
    if (c.id === p.id || taken.has(p.id)) continue;
    taken.delete(c.id);
    taken.add(p.id);
    ids.set(c, p.id);
  }
  const byTitle = <T extends { id: string; title: string }>(items: T[], before: T[]): T[] =>
    items.map((item) => {
      const p = before.find((b) => matchKey(b.title) === matchKey(item.title));
      if (!p || p.id === item.id || taken.has(p.id)) return item;
      taken.delete(item.id);
      taken.add(p.id);
      return { ...item, id: p.id };
    });
  return {
    scheme: {
      ...scheme,
      criteria: scheme.criteria.map((c) => renamed(c, ids)),
      bonus: { ...scheme.bonus, items: byTitle(scheme.bonus.items, previous.bonus.items) },
      vetoes: byTitle(scheme.vetoes, previous.vetoes),
    },
    match,
  };
}
