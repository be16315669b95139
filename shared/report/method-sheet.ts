// Sheet 6, 说明: how the figures were made, so the report can be trusted on its own: scheme,
// combining method, rules, grades and quota, data status, generation time and app version.
import { walkCriteria } from '../assessment/criteria';
import { settingsOf } from '../assessment/settings-rules';
import { gradeLabel, methodLabel, statusLabel } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';
import { quotaCount } from '../scoring/grades';
import { c, rangeAddress, wrappedLines } from '../workbook/cells';
import type { RowModel, SheetModel } from '../workbook/model';
import { short, type ReportContext } from './context';
import { linesHeight, printSetup, sheetTitle, subtitle, titleBlock } from './frame';
import { bonusText, gradesText, ruleText, vetoText } from './rule-text';
import { weightsText } from '../weights/audit-text';
import { acceptedWeights } from '../weights/record';
import { itemCode } from '../assessment/item-code';

const WIDTHS = [18, 9, 42, 8, 44, 16];
const VALUE_WIDTH = WIDTHS.slice(1).reduce((a, w) => a + w, 0);

/** The 优秀 quota in words, with what a tie on its boundary does (the quotaTies setting). */
function quotaFact({ t, doc }: ReportContext, count: number): string {
  const quota = doc.settings.excellentQuota;
  if (!quota) return t('report.method.quotaNone');
  const strict = settingsOf(doc.settings).quotaTies === 'strict';
  if (quota.kind === 'count') return t(strict ? 'report.method.quotaCountStrict' : 'report.method.quotaCount', { count });
  return t(strict ? 'report.method.quotaShareStrict' : 'report.method.quotaShare', { percent: short(quota.value * 100), count });
}

/** The label/value pairs at the top of the sheet. */
export function methodFacts(ctx: ReportContext, chartCount: number): [MessageKey, string][] {
  const { t, doc, results } = ctx;
  const s = doc.settings;
  const full = settingsOf(s);
  const none = t('report.method.none');
  const quota = s.excellentQuota;
  const count = quotaCount(quota, doc.units.length) ?? 0;
  const incomplete = results.units.filter((u) => !u.complete);
  const fail = gradeLabel('fail', s.gradeNames, t);
  const bonus = [
    doc.scheme.bonus.cap === null ? t('report.method.bonusNoCap') : t('report.method.bonusCap', { cap: short(doc.scheme.bonus.cap) }),
    ...doc.scheme.bonus.items.map((b) => bonusText(b, t)),
  ];
  // How criteria weights were derived, when an office derived them (AHP or from data): the latest
  // accepted record per parent, with its method and consistency figures.
  const derived = acceptedWeights(doc).map((r) => `${r.parentCode || t('weights.level.first')}：${weightsText(r, t)?.after ?? ''}`);
  return [
    ['report.method.name', `${doc.name}（${doc.year}）`],
    [
      'report.method.scheme',
      t('report.method.schemeValue', {
        title: doc.scheme.title || doc.name,
        version: doc.scheme.version,
        total: short(doc.scheme.total),
        leaves: ctx.leaves.length,
      }),
    ],
    ['report.method.combine', methodLabel(s.combine, t)],
    ['report.method.weights', t(s.useEvaluatorWeights ? 'report.method.weightsOn' : 'report.method.weightsOff')],
    ...(derived.length ? [['report.method.weightsDerived', derived.join('\n')] as [MessageKey, string]] : []),
    ['report.method.ranking', t(`ranking.${s.ranking}`)],
    ['report.method.rankIncomplete', t(s.rankIncomplete ? 'report.method.rankIncompleteOn' : 'report.method.rankIncompleteOff')],
    ['report.method.grades', t('report.method.gradesValue', { levels: gradesText(s, t) })],
    ['report.method.quota', quotaFact(ctx, count)],
    ['report.method.vetoEffect', t(s.vetoEffect === 'zero' ? 'report.method.vetoZero' : 'report.method.vetoFail', { grade: fail })],
    ['report.method.na', t(full.naRule === 'full' ? 'report.method.naFull' : 'report.method.naValue')],
    ['report.method.step', short(s.defaultStep)],
    ['report.method.disagreement', t('report.method.disagreementValue', { percent: Math.round(s.disagreementThreshold * 100) })],
    ['report.method.bonus', bonus.join('\n')],
    ['report.method.vetoes', doc.scheme.vetoes.map((v) => vetoText(v, t)).join('\n') || none],
    [
      'report.method.data',
      incomplete.length
        ? t('report.method.dataIncomplete', { units: incomplete.length, gaps: incomplete.reduce((a, u) => a + u.gaps.length, 0) })
        : t('report.method.dataComplete'),
    ],
    ['report.method.status', statusLabel(doc.status, t)],
    [
      'report.method.previous',
      t('report.method.years', {
        years: ctx.years.map((y) => y.doc.year).join(t('report.sep.list')),
        previous: ctx.previous?.doc.year ?? none,
      }),
    ],
    ['report.method.generated', ctx.input.generatedAt],
    ['report.method.version', t('report.method.versionValue', { version: ctx.input.appVersion })],
    [
      'report.method.charts',
      ctx.missingCharts.length
        ? ctx.missingCharts.map((m) => t('report.chart.missing', { chart: m.title, reason: m.reason })).join('\n')
        : t('report.method.chartsAll', { count: chartCount }),
    ],
  ];
}

/** The method sheet; `chartCount` is how many charts the report holds. */
export function methodSheet(ctx: ReportContext, chartCount: number): SheetModel {
  const { t, doc, leaves } = ctx;
  const title = sheetTitle(ctx, 'report.sheet.method');
  const frame = titleBlock(title, subtitle(ctx), WIDTHS);
  const rows: RowModel[] = [...frame.rows];
  const merges = [...frame.merges];
  for (const [key, value] of methodFacts(ctx, chartCount)) {
    const missing = key === 'report.method.charts' && ctx.missingCharts.length > 0;
    rows.push({
      cells: [c(t(key), 'label'), c(value, missing ? 'alert' : 'textWrap'), ...WIDTHS.slice(2).map(() => c(null, 'text'))],
      height: linesHeight(wrappedLines(value, VALUE_WIDTH)),
    });
    merges.push(rangeAddress(rows.length, 2, rows.length, WIDTHS.length));
  }
  rows.push({ cells: [] }, { cells: [c(t('report.method.rules'), 'heading')], height: 20 });
  const headerRow = rows.length + 1;
  rows.push({
    cells: [
      t('report.col.code'),
      t('report.col.number'),
      t('report.col.criterion'),
      t('report.col.points'),
      t('report.col.rule'),
      t('report.col.method'),
    ].map((h) => c(h, 'header')),
  });
  const leafRule = new Map(leaves.map((l) => [l.criterion.id, l.rule]));
  for (const cr of walkCriteria(doc.scheme.criteria)) {
    const rule = leafRule.get(cr.id);
    const text = rule ? ruleText(cr, rule, t) : '';
    const style = rule ? 'textWrap' : 'section';
    rows.push({
      cells: [
        c(itemCode(cr), rule ? 'text' : 'section'),
        c(cr.number, style),
        c(cr.title, style),
        c(cr.points, 'points'),
        c(text, 'textWrap'),
        c(cr.combine ? methodLabel(cr.combine, t) : '', 'textWrap'),
      ],
      height: linesHeight(Math.max(wrappedLines(cr.title, WIDTHS[2]!), wrappedLines(text, WIDTHS[4]!))),
    });
  }
  for (const b of doc.scheme.bonus.items) {
    rows.push({
      cells: [
        c(b.id, 'text'),
        c(t('report.kind.bonus'), 'textCenter'),
        c(b.title, 'textWrap'),
        c(b.cap, 'points'),
        c(bonusText(b, t), 'textWrap'),
        c('', 'text'),
      ],
      height: linesHeight(wrappedLines(bonusText(b, t), WIDTHS[4]!)),
    });
  }
  for (const v of doc.scheme.vetoes) {
    rows.push({
      cells: [
        c(v.id, 'text'),
        c(t(v.effect === 'veto' ? 'report.kind.veto' : 'report.kind.barExcellent'), 'textCenter'),
        c(v.title, 'textWrap'),
        c(null, 'points'),
        c(t(v.effect === 'veto' ? 'report.rule.veto' : 'report.rule.barExcellent'), 'textWrap'),
        c('', 'text'),
      ],
      height: linesHeight(wrappedLines(v.title, WIDTHS[2]!)),
    });
  }
  return {
    name: t('report.sheet.method'),
    columns: WIDTHS,
    rows: () => rows,
    merges,
    freeze: { rows: 2, cols: 0 },
    print: printSetup(ctx, title, WIDTHS, [headerRow, headerRow]),
    images: [],
    validations: [],
  };
}
