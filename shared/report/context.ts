// What every sheet of the year-end report needs, computed once: the results in ranking order,
// the year-on-year comparison, the leaves, and the translated words that recur.
import { leavesOf, type Leaf } from '../assessment/criteria';
import type { Assessment, GradeId } from '../assessment/schema';
import type { Translate } from '../i18n/messages';
import { formatPoints } from '../scoring/format';
import type { Results, UnitResult } from '../scoring/types';
import { compareYears, history, previousYearOf, type UnitChange, type YearComparison, type YearData } from '../scoring/year-over-year';
import type { StyleName } from '../workbook/styles';

/** Everything the report is made from. */
export interface ReportInput {
  doc: Assessment;
  results: Results;
  /** Other assessments of the workspace, any order; years after `doc`'s are left out. Their entries are not needed. */
  others: YearData[];
  /** When the report was made: a display text in the user's time zone, and ISO for the file's properties. */
  generatedAt: string;
  generatedIso: string;
  appVersion: string;
}

/** A chart that could not be drawn, and why, for the sheets to say so where it would have been. */
export interface MissingChart {
  id: string;
  title: string;
  reason: string;
}

export interface ReportContext {
  input: ReportInput;
  t: Translate;
  doc: Assessment;
  results: Results;
  leaves: Leaf[];
  /** Units in ranking order (ranked first, then the ones waiting). */
  ranked: UnitResult[];
  /** Years up to and including the report's, oldest first. */
  years: YearData[];
  previous: YearData | null;
  comparison: YearComparison;
  changes: Map<string, UnitChange>;
  missingCharts: MissingChart[];
}

/** Builds the shared context of the report's sheets. */
export function reportContext(input: ReportInput, t: Translate, missingCharts: MissingChart[] = []): ReportContext {
  const { doc, results } = input;
  const current: YearData = { doc, results };
  const earlier = input.others.filter((o) => o.doc.year < doc.year);
  const years = [...earlier, current].sort((a, b) => a.doc.year - b.doc.year);
  const previous = previousYearOf(doc.year, earlier);
  const comparison = compareYears(current, previous);
  const byId = new Map(results.units.map((u) => [u.unitId, u]));
  return {
    input,
    t,
    doc,
    results,
    leaves: leavesOf(doc.scheme, doc.settings.defaultStep),
    ranked: results.order.map((id) => byId.get(id)!),
    years,
    previous,
    comparison,
    changes: new Map(comparison.units.map((c) => [c.unitId, c])),
    missingCharts,
  };
}

/** Totals and ranks of every unit over the report's years: the data of the trend charts and table. */
export function yearHistory(ctx: ReportContext): ReturnType<typeof history> {
  return history(ctx.years);
}

/** The look of a grade cell: coloured by grade. */
export function gradeStyle(grade: GradeId | null): StyleName {
  switch (grade) {
    case 'excellent':
      return 'gradeExcellent';
    case 'good':
      return 'gradeGood';
    case 'pass':
      return 'gradePass';
    case 'fail':
      return 'gradeFail';
    default:
      return 'gradePending';
  }
}

/** The look of a change: up green, down red, none grey. */
export function changeStyle(change: number, kind: 'rank' | 'total'): StyleName {
  const sign = Math.abs(change) < 0.005 ? 'Same' : change > 0 ? 'Up' : 'Down';
  return `${kind}${sign}` as StyleName;
}

/** A number as the report's and the sheets' texts write it: at most two decimals, no trailing zeros. */
export const short = formatPoints;

/** "(七) 强化重点行业领域安全监管": number and title, as the sheets name a criterion. */
export function criterionLabel(c: { number: string; title: string }): string {
  return c.number ? `${c.number} ${c.title}` : c.title;
}

/** User text in a header or footer: "&" starts a code there, so it is doubled. */
export function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}
