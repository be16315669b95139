// 考核评分表 per unit: one worksheet per assessed unit with every item, its 评分标准, points, the
// combined score, the points lost and the evaluators' reasons merged, bonus, vetoes, the total,
// grade and rank, and the lines the evaluation team and the unit sign. A4 landscape, the
// column header repeated on every page, 未定稿 in the page header while not finalized.
import type { Assessment } from '../assessment/schema';
import { gradeLabel } from '../i18n/labels';
import type { Translate } from '../i18n/messages';
import { headerText, short } from '../report/context';
import { linesHeight } from '../report/frame';
import { ruleText } from '../report/rule-text';
import type { Results } from '../scoring/types';
import { c, rangeAddress, wrappedLines } from '../workbook/cells';
import type { RowModel, SheetModel, WorkbookModel } from '../workbook/model';
import { allUnitFindings, type UnitFindings } from './findings';
import { sheetNames } from './names';
import { isProvisional, officeName, type PaperOptions } from './options';

const W = { no: 7, item: 30, rule: 34, points: 6, score: 7, lost: 7, reasons: 44 };
const WIDTHS = [W.no, W.item, W.rule, W.points, W.score, W.lost, W.reasons];
const LAST = WIDTHS.length;
/** Row of the column header (1-based), repeated on every printed page. */
const HEADER_ROW = 3;

/** "第 3 名（共 14 个单位）", or why there is no rank yet. */
export function rankText(f: UnitFindings, count: number, t: Translate): string {
  return f.unit.rank === null ? t('papers.sheet.noRank') : t('papers.sheet.rankOf', { rank: f.unit.rank, count });
}

function heightOf(texts: [string, number][]): number {
  return linesHeight(Math.max(1, ...texts.map(([text, width]) => wrappedLines(text, width))));
}

interface Built {
  rows: RowModel[];
  merges: string[];
}

/** The rows of one unit's sheet. */
function unitRows(doc: Assessment, f: UnitFindings, count: number, t: Translate): Built {
  const rows: RowModel[] = [];
  const merges: string[] = [];
  const grade = gradeLabel(f.unit.grade, doc.settings.gradeNames, t);
  const title = t('papers.sheet.title', { unit: f.unit.unitName, name: doc.name });
  const sub = [t('papers.sheet.subtitle', { unit: f.unit.unitName, total: f.unit.total.toFixed(2), grade, rank: rankText(f, count, t) })];
  if (isProvisional(doc)) sub.push(t('papers.provisionalNote'));
  rows.push(
    { cells: [c(title, 'title')], height: 24 },
    { cells: [c(sub.join('\n'), sub.length > 1 ? 'alert' : 'subtitle')], height: linesHeight(sub.length) },
  );
  merges.push(rangeAddress(1, 1, 1, LAST), rangeAddress(2, 1, 2, LAST));
  rows.push({
    cells: [
      t('papers.col.no'),
      t('papers.col.item'),
      t('papers.col.rule'),
      t('papers.col.points'),
      t('papers.col.score'),
      t('papers.col.lost'),
      t('papers.col.reasons'),
    ].map((x) => c(x, 'header')),
    height: 20,
  });
  const span = (from: number, to: number) => merges.push(rangeAddress(rows.length, from, rows.length, to));
  let section = '';
  const sectionById = new Map(f.unit.sections.map((s) => [s.criterionId, s]));
  for (const item of f.items) {
    const { criterion, section: sec, rule } = item.leaf;
    if (sec.id !== section) {
      section = sec.id;
      const s = sectionById.get(sec.id);
      const label = t('papers.sheet.section', { number: sec.number, title: sec.title, points: short(sec.points) });
      const lostInSection = f.items.filter((i) => i.leaf.section.id === sec.id).reduce((a, i) => a + i.lost, 0);
      rows.push({
        cells: [
          c(label, 'section'),
          c(null, 'section'),
          c(null, 'section'),
          c(sec.points, 'points'),
          c(s ? s.score : null, 'numberBold'),
          c(lostInSection > 0 ? lostInSection : null, 'number'),
          c(null, 'section'),
        ],
        height: heightOf([[label, W.no + W.item + W.rule]]),
      });
      span(1, 3);
    }
    const rule$ = criterion.ruleText?.trim() || ruleText(criterion, rule, t);
    const reasons = item.lost > 0 ? (item.reasons.length ? item.reasons.join('\n') : t('papers.sheet.noReason')) : '';
    const scoreCell =
      item.cell.state === 'scored'
        ? c(item.cell.score, 'number')
        : c(t(item.cell.state === 'na' ? 'papers.sheet.na' : 'papers.sheet.missing'), 'muted');
    rows.push({
      cells: [
        c(criterion.number, 'textCenter'),
        c(criterion.title, 'textWrap'),
        c(rule$, 'textWrap'),
        c(criterion.points, 'points'),
        scoreCell,
        c(item.lost > 0 ? item.lost : null, 'number'),
        c(reasons, 'textWrap'),
      ],
      height: heightOf([
        [criterion.title, W.item],
        [rule$, W.rule],
        [reasons, W.reasons],
      ]),
    });
  }
  const wide = (
    label: string,
    style: 'label' | 'alert',
    points: number | null,
    score: number | null,
    note: string,
    scoreStyle: 'number' | 'numberBold' = 'number',
  ) => {
    rows.push({
      cells: [
        c(label, style),
        c(null, style),
        c(null, style),
        c(points, 'points'),
        c(score, scoreStyle),
        c(null, 'number'),
        c(note, 'textWrap'),
      ],
      height: heightOf([
        [label, W.no + W.item + W.rule],
        [note, W.reasons],
      ]),
    });
    span(1, 3);
  };
  const base = f.unit.naPoints > 0 ? t('papers.sheet.baseNa', { points: short(f.unit.naPoints) }) : t('papers.sheet.base');
  wide(base, 'label', doc.scheme.total, f.unit.baseTotal, '', 'numberBold');
  wide(t('papers.sheet.bonus'), 'label', doc.scheme.bonus.cap, f.bonus.points, f.bonus.reasons.join('\n'));
  for (const v of f.vetoes)
    wide(
      t(v.item.effect === 'veto' ? 'papers.sheet.veto' : 'papers.sheet.bar', { item: v.item.title }),
      'alert',
      null,
      null,
      v.reasons.join('\n') || t('papers.sheet.noReason'),
    );
  wide(t('papers.sheet.total'), 'label', null, f.unit.total, '', 'numberBold');
  const gradeRank = `${grade} / ${rankText(f, count, t)}`;
  rows.push({
    cells: [
      c(t('papers.sheet.gradeRank'), 'label'),
      c(null, 'label'),
      c(null, 'label'),
      c(gradeRank, 'label'),
      c(null, 'label'),
      c(null, 'label'),
      c(null, 'label'),
    ],
    height: 20,
  });
  span(1, 3);
  span(4, LAST);
  // Signatures: room to write by hand, kept together at the end of the table.
  rows.push({ cells: [], height: 12 });
  rows.push({
    cells: [c(t('papers.sheet.signTeam'), 'heading'), undefined, undefined, c(t('papers.sheet.signUnit'), 'heading')],
    height: 40,
  });
  span(1, 3);
  span(4, LAST);
  rows.push({
    cells: [c(t('papers.sheet.signDate'), 'heading'), undefined, undefined, c(t('papers.sheet.signDate'), 'heading')],
    height: 28,
  });
  span(1, 3);
  span(4, LAST);
  return { rows, merges };
}

/**
 * The per-unit score sheets of an assessment as a workbook model: one sheet per unit in
 * `unitIds` (all by default), in ranking order, named by the unit.
 */
export function buildUnitSheets(doc: Assessment, results: Results, options: PaperOptions, t: Translate, unitIds?: string[]): WorkbookModel {
  const wanted = unitIds ? new Set(unitIds) : null;
  const findings = allUnitFindings(doc, results).filter((f) => !wanted || wanted.has(f.unit.unitId));
  const names = sheetNames(findings.map((f) => f.unit.unitName));
  const count = results.units.filter((u) => u.rank !== null).length;
  const office = officeName(options, t);
  const provisional = isProvisional(doc) ? `&L&B${headerText(t('papers.provisional'))}` : '';
  const sheets: SheetModel[] = findings.map((f, i) => {
    const { rows, merges } = unitRows(doc, f, count, t);
    return {
      name: names[i]!,
      columns: WIDTHS,
      rows: () => rows,
      merges,
      freeze: { rows: HEADER_ROW, cols: 0 },
      print: {
        titleRows: [HEADER_ROW, HEADER_ROW],
        pagesWide: 1,
        header: `${provisional}&C&B${headerText(t('papers.sheet.title', { unit: f.unit.unitName, name: doc.name }))}${provisional ? `&R&B${headerText(t('papers.provisional'))}` : ''}`,
        footer: `&L${headerText(t('papers.sheet.footer', { office, time: options.generatedAt }))}&R${t('report.footer.page')}`,
      },
      images: [],
      validations: [],
    };
  });
  return {
    properties: {
      title: doc.name,
      subject: t('papers.sheet.title', { unit: '', name: doc.name }),
      creator: office,
      created: options.generatedIso,
      description: doc.scheme.title || doc.name,
    },
    sheets,
  };
}
