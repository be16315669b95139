import type { Assessment, SchemeCriterion, Unit } from '../assessment/schema';
import { matchKey } from '../text/normalize';
import type { Results } from './types';

export interface SectionChange {
  code: string;
  title: string;
  score: number;
  previousScore: number;
  change: number;
}

export interface UnitChange {
  unitId: string;
  total: number;
  rank: number | null;
  previousTotal: number | null;
  previousRank: number | null;
  /** total − previous total. */
  totalChange: number | null;
  /** previous rank − rank: positive means the unit moved up (同比上升). */
  rankChange: number | null;
  sections: SectionChange[];
}

export interface YearComparison {
  year: number;
  previousYear: number | null;
  units: UnitChange[];
  /** Sections found in one year's tree and not the other's, listed rather than guessed. */
  unmatchedSections: { current: { code: string; title: string }[]; previous: { code: string; title: string }[] };
  unmatchedUnits: { current: string[]; previous: string[] };
}

export interface YearData {
  doc: Assessment;
  results: Results;
}

/** The previous year's unit for a unit: same id, else same code, else same name. */
function findUnit(unit: Unit, previous: Unit[]): Unit | undefined {
  return (
    previous.find((p) => p.id === unit.id) ??
    previous.find((p) => p.code && p.code === unit.code) ??
    previous.find((p) => p.name === unit.name)
  );
}

/**
 * Pairs the first-level sections of two trees by title (script, width and punctuation aside);
 * a section whose title has no partner is unmatched, even if its code has one, because the
 * same code under another title is another indicator.
 */
export function matchSections(
  current: SchemeCriterion[],
  previous: SchemeCriterion[],
): { pairs: [SchemeCriterion, SchemeCriterion][]; current: SchemeCriterion[]; previous: SchemeCriterion[] } {
  const byTitle = new Map<string, SchemeCriterion>();
  for (const p of previous) if (!byTitle.has(matchKey(p.title))) byTitle.set(matchKey(p.title), p);
  const pairs: [SchemeCriterion, SchemeCriterion][] = [];
  const used = new Set<SchemeCriterion>();
  for (const c of current) {
    const p = byTitle.get(matchKey(c.title));
    if (p && !used.has(p)) {
      pairs.push([c, p]);
      used.add(p);
    }
  }
  const paired = new Set(pairs.map(([c]) => c));
  return { pairs, current: current.filter((c) => !paired.has(c)), previous: previous.filter((p) => !used.has(p)) };
}

/** Year on year for every unit: total, rank and matched section scores against the previous year. */
export function compareYears(current: YearData, previous: YearData | null): YearComparison {
  const matched = previous
    ? matchSections(current.doc.scheme.criteria, previous.doc.scheme.criteria)
    : { pairs: [], current: [], previous: [] };
  const prevResults = new Map(previous?.results.units.map((u) => [u.unitId, u]) ?? []);
  const prevUnitsSeen = new Set<string>();
  const units: UnitChange[] = current.results.units.map((r) => {
    const unit = current.doc.units.find((u) => u.id === r.unitId)!;
    const prevUnit = previous ? findUnit(unit, previous.doc.units) : undefined;
    const prev = prevUnit ? prevResults.get(prevUnit.id) : undefined;
    if (prevUnit) prevUnitsSeen.add(prevUnit.id);
    const sections = prev
      ? matched.pairs.map(([c, p]) => {
          const score = r.sections.find((s) => s.criterionId === c.id)?.score ?? 0;
          const previousScore = prev.sections.find((s) => s.criterionId === p.id)?.score ?? 0;
          return { code: c.code, title: c.title, score, previousScore, change: score - previousScore };
        })
      : [];
    return {
      unitId: r.unitId,
      total: r.total,
      rank: r.rank,
      previousTotal: prev?.total ?? null,
      previousRank: prev?.rank ?? null,
      totalChange: prev ? r.total - prev.total : null,
      rankChange: prev && prev.rank !== null && r.rank !== null ? prev.rank - r.rank : null,
      sections,
    };
  });
  const strip = (c: SchemeCriterion) => ({ code: c.code, title: c.title });
  return {
    year: current.doc.year,
    previousYear: previous?.doc.year ?? null,
    units,
    unmatchedSections: { current: matched.current.map(strip), previous: matched.previous.map(strip) },
    unmatchedUnits: {
      current: previous ? current.doc.units.filter((u) => !findUnit(u, previous.doc.units)).map((u) => u.name) : [],
      previous: previous ? previous.doc.units.filter((u) => !prevUnitsSeen.has(u.id)).map((u) => u.name) : [],
    },
  };
}

/** The year before `year` among the given ones (the latest earlier year), or null. */
export function previousYearOf<T extends { doc: Assessment }>(year: number, all: T[]): T | null {
  return all.filter((a) => a.doc.year < year).sort((a, b) => b.doc.year - a.doc.year)[0] ?? null;
}

/** Totals and ranks of every unit over all years, oldest first: the data of the trend charts. */
export function history(all: YearData[]): {
  years: number[];
  units: { name: string; totals: (number | null)[]; ranks: (number | null)[] }[];
} {
  const sorted = [...all].sort((a, b) => a.doc.year - b.doc.year);
  const latest = sorted.at(-1);
  if (!latest) return { years: [], units: [] };
  return {
    years: sorted.map((y) => y.doc.year),
    units: latest.doc.units.map((unit) => {
      const per = sorted.map((y) => {
        const u = findUnit(unit, y.doc.units);
        return u ? y.results.units.find((r) => r.unitId === u.id) : undefined;
      });
      return { name: unit.name, totals: per.map((r) => r?.total ?? null), ranks: per.map((r) => r?.rank ?? null) };
    }),
  };
}
