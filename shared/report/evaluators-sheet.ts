// Sheet 3, 评委明细: each evaluator's score beside the combined one, with the spread, one row
// per unit and criterion. Grouped by the team that scored each unit: a unit's block opens with
// a row naming its team and evaluators, whose points follow in that order in the columns 评委1…N,
// so 14 cities scored by several teams need as many point columns as the largest team, not one
// per evaluator of the year (most of them empty on every row). The largest sheet (111 × 300
// rows), so rows are produced lazily and evaluators' points sit in one typed array.
import { bonusAmount, leafScore } from '../assessment/rules';
import type { Assessment, Evaluator, ScoreEntry } from '../assessment/schema';
import { methodLabel } from '../i18n/labels';
import { c, fitWidth, rangeAddress, wrappedLines } from '../workbook/cells';
import type { CellModel, RowModel, SheetModel } from '../workbook/model';
import { criterionLabel, type ReportContext } from './context';
import { linesHeight, printSetup, sheetTitle, titleBlock } from './frame';
import { groupedHeader, type HeaderColumn } from './headers';

const CRITERION_WIDTH = 56;
const NONE = Number.NaN;
const NA = -1;

/** Evaluators in team order (teams as listed, then those without a team), for grouped columns. */
export function evaluatorsByTeam(doc: Assessment): { evaluator: Evaluator; team: string | null }[] {
  const teamName = new Map(doc.teams.map((t) => [t.id, t.name]));
  const rank = new Map(doc.teams.map((t, i) => [t.id, i]));
  return doc.evaluators
    .map((evaluator, i) => ({ evaluator, team: evaluator.teamId ? (teamName.get(evaluator.teamId) ?? null) : null, i }))
    .sort((a, b) => (rank.get(a.evaluator.teamId ?? '') ?? Infinity) - (rank.get(b.evaluator.teamId ?? '') ?? Infinity) || a.i - b.i)
    .map(({ evaluator, team }) => ({ evaluator, team }));
}

/** Every evaluator's points per unit and leaf (NaN: no entry, -1: N/A), and the other entries by unit. */
function gatherPoints(ctx: ReportContext, column: Map<string, number>) {
  const { doc, leaves } = ctx;
  const E = column.size;
  const L = leaves.length;
  const unitIndex = new Map(doc.units.map((u, i) => [u.id, i]));
  const leafIndex = new Map(leaves.map((l, i) => [l.criterion.id, i]));
  const points = new Float64Array(doc.units.length * L * E).fill(NONE);
  const others = new Map<string, ScoreEntry[]>();
  for (const entry of doc.entries) {
    const u = unitIndex.get(entry.unitId);
    const e = column.get(entry.evaluatorId);
    if (u === undefined || e === undefined) continue;
    const l = leafIndex.get(entry.criterionId);
    if (l === undefined) {
      const list = others.get(entry.unitId);
      if (list) list.push(entry);
      else others.set(entry.unitId, [entry]);
      continue;
    }
    const leaf = leaves[l]!;
    const score = leafScore(entry.value, leaf.rule, leaf.criterion.points, entry.unitId);
    points[(u * L + l) * E + e] = score === null ? NA : score;
  }
  return { points, others, unitIndex, E, L };
}

/**
 * Who scored each unit: the evaluators with an entry for it or still expected on one of its
 * cells, as indexes into `ordered` (so in team order). Built from the data, not from the
 * assignments alone, so an entry is never left without its column.
 */
function panelsByUnit(ctx: ReportContext, column: Map<string, number>): Map<string, number[]> {
  const sets = new Map(ctx.doc.units.map((u) => [u.id, new Set<number>()]));
  for (const entry of ctx.doc.entries) {
    const e = column.get(entry.evaluatorId);
    if (e !== undefined) sets.get(entry.unitId)?.add(e);
  }
  for (const [unitId, cells] of Object.entries(ctx.results.cells))
    for (const cell of cells)
      for (const id of cell.missing) {
        const e = column.get(id);
        if (e !== undefined) sets.get(unitId)?.add(e);
      }
  return new Map([...sets].map(([unitId, set]) => [unitId, [...set].sort((a, b) => a - b)]));
}

/** The evaluators sheet. */
export function evaluatorsSheet(ctx: ReportContext): SheetModel {
  const { t, doc, leaves, results } = ctx;
  const ordered = evaluatorsByTeam(doc);
  const column = new Map(ordered.map((o, i) => [o.evaluator.id, i]));
  const threshold = doc.settings.disagreementThreshold;
  const panels = panelsByUnit(ctx, column);
  const noTeam = t('report.col.noTeam');
  const teamOf = (panel: number[]) => [...new Set(panel.map((e) => ordered[e]!.team ?? noTeam))].join('、');
  // Units team by team (in the order teams are listed), ranking order within a team.
  const rankOrder = new Map(ctx.ranked.map((u, i) => [u.unitId, i]));
  const units = [...ctx.ranked].sort(
    (a, b) =>
      (panels.get(a.unitId)![0] ?? Infinity) - (panels.get(b.unitId)![0] ?? Infinity) ||
      rankOrder.get(a.unitId)! - rankOrder.get(b.unitId)!,
  );
  const K = Math.max(0, ...[...panels.values()].map((p) => p.length));
  const slotWidths = Array.from({ length: K }, (_, k) =>
    fitWidth(
      [...panels.values()].flatMap((p) => (p[k] === undefined ? [] : [ordered[p[k]]!.evaluator.name])),
      8,
      12,
    ),
  );
  const teamWidth = fitWidth([...panels.values()].map(teamOf), 10, 16);
  const scoresGroup = t('papers.evaluators.scores');
  const columns: HeaderColumn[] = [
    { label: t('papers.evaluators.team'), width: teamWidth },
    { label: t('results.col.unit'), width: 12 },
    { label: t('report.col.criterion'), width: CRITERION_WIDTH },
    { label: t('report.col.points'), width: 6 },
    ...slotWidths.map((width, k) => ({ label: t('papers.evaluators.nth', { n: k + 1 }), group: scoresGroup, width })),
    { label: t('report.col.combined'), width: 9 },
    { label: t('report.col.spread'), width: 7 },
    { label: t('report.col.flag'), width: 10 },
  ];
  const widths = columns.map((x) => x.width);
  const title = sheetTitle(ctx, 'report.sheet.evaluators');
  const scope = t('papers.evaluators.scope', { method: methodLabel(results.method, t), percent: Math.round(threshold * 100) });
  const frame = titleBlock(title, scope, widths);
  const header = groupedHeader(columns, 3);
  const { points, others, unitIndex, E, L } = gatherPoints(ctx, column);
  // Per leaf and per sheet, not per row: this sheet has up to 111 × 300 rows.
  const labels = leaves.map((l) => criterionLabel(l.criterion));
  const heights = labels.map((label) => linesHeight(wrappedLines(label, CRITERION_WIDTH)));
  const items = new Map<string, { title: string; kind: 'bonus' | 'veto'; levels?: { points: number }[]; cap?: number }>([
    ...doc.scheme.bonus.items.map(
      (b) => [b.id, { title: `${t('report.kind.bonus')}：${b.title}`, kind: 'bonus' as const, levels: b.levels, cap: b.cap }] as const,
    ),
    ...doc.scheme.vetoes.map(
      (v) =>
        [
          v.id,
          { title: `${t(v.effect === 'veto' ? 'report.kind.veto' : 'report.kind.barExcellent')}：${v.title}`, kind: 'veto' as const },
        ] as const,
    ),
  ]);
  const missingText = t('report.cell.missing');
  const naText = t('report.cell.na');
  const disagreeText = t('report.cell.disagree');
  const panelText = t('papers.evaluators.panel');
  const blank = () => c(null, 'text');

  function* unitRows(unitId: string, unitName: string): Generator<RowModel> {
    const u = unitIndex.get(unitId)!;
    const panel = panels.get(unitId)!;
    const team = teamOf(panel);
    const pad = (cells: CellModel[], filler: () => CellModel) => {
      while (cells.length < 4 + K) cells.push(filler());
      return cells;
    };
    // The block's own header: which team, and who is 评委1, 评委2… for this unit.
    const names = panel.map((e) => ordered[e]!.evaluator.name);
    yield {
      cells: [
        ...pad(
          [c(team, 'section'), c(unitName, 'section'), c(panelText, 'section'), c(null, 'section'), ...names.map((n) => c(n, 'header'))],
          () => c(null, 'section'),
        ),
        c(null, 'section'),
        c(null, 'section'),
        c(null, 'section'),
      ],
      height: linesHeight(Math.max(1, wrappedLines(team, teamWidth), ...names.map((n, k) => wrappedLines(n, slotWidths[k]!)))),
    };
    const cells = results.cells[unitId] ?? [];
    for (let l = 0; l < L; l++) {
      const leaf = leaves[l]!;
      const cell = cells[l];
      const missing = new Set(cell?.missing ?? []);
      const row: CellModel[] = [c(team, 'text'), c(unitName, 'text'), c(labels[l]!, 'textWrap'), c(leaf.criterion.points, 'points')];
      for (const e of panel) {
        const p = points[(u * L + l) * E + e]!;
        if (p === NA) row.push(c(naText, 'muted'));
        else if (!Number.isNaN(p)) row.push(c(p, 'number'));
        else row.push(missing.has(ordered[e]!.evaluator.id) ? c(missingText, 'muted') : blank());
      }
      pad(row, blank);
      const disagree = !!cell && cell.count > 1 && cell.spread > threshold * leaf.criterion.points + 1e-9;
      if (!cell || cell.state !== 'scored')
        row.push(c(cell?.state === 'na' ? naText : missingText, 'muted'), c(null, 'number'), c(null, 'text'));
      else
        row.push(
          c(cell.score, disagree ? 'flagged' : 'numberBold'),
          c(cell.count > 1 ? cell.spread : null, 'number'),
          disagree ? c(disagreeText, 'alert') : c(null, 'text'),
        );
      yield { cells: row, height: heights[l] };
    }
    const byItem = new Map<string, ScoreEntry[]>();
    for (const entry of others.get(unitId) ?? []) byItem.set(entry.criterionId, [...(byItem.get(entry.criterionId) ?? []), entry]);
    // Bonus and veto items in scheme order, whatever order the entries came in.
    for (const [itemId, item] of items) {
      const entries = byItem.get(itemId);
      if (!entries) continue;
      const row: CellModel[] = [c(team, 'text'), c(unitName, 'text'), c(item.title, 'textWrap'), c(item.cap ?? null, 'points')];
      const byEvaluator = new Map(entries.map((x) => [x.evaluatorId, x]));
      for (const e of panel) {
        const entry = byEvaluator.get(ordered[e]!.evaluator.id);
        if (!entry) row.push(blank());
        else if (item.kind === 'bonus') row.push(c(bonusAmount(entry.value, item.levels!, item.cap!), 'number'));
        else row.push(c(t(entry.value.kind === 'veto' && entry.value.triggered ? 'report.cell.yes' : 'report.cell.no'), 'textCenter'));
      }
      pad(row, blank).push(blank(), blank(), blank());
      yield { cells: row, height: linesHeight(wrappedLines(item.title, CRITERION_WIDTH)) };
    }
  }

  // Each unit starts a new printed page, under the repeated column header, with its block header on top.
  const breaksAfter: number[] = [];
  let rowCount = 4;
  for (const [i, unit] of units.entries()) {
    if (i > 0) breaksAfter.push(rowCount);
    rowCount += 1 + L + new Set((others.get(unit.unitId) ?? []).map((e) => e.criterionId).filter((id) => items.has(id))).size;
  }

  return {
    name: t('report.sheet.evaluators'),
    columns: widths,
    rows: function* () {
      yield* frame.rows;
      yield* header.rows;
      for (const u of units) yield* unitRows(u.unitId, u.unitName);
    },
    merges: [...frame.merges, ...header.merges],
    freeze: { rows: 4, cols: 3 },
    print: printSetup(ctx, title, widths, [3, 4], [1, 3]),
    images: [],
    validations: [],
    autoFilter: rangeAddress(4, 1, 4, columns.length),
    breaksAfter,
  };
}
