import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import type { Assessment } from '../../../shared/assessment/schema';
import { UserError } from '../../../shared/errors';
import { gradeLabel, methodLabel, statusLabel } from '../../../shared/i18n/labels';
import { computeResults } from '../../../shared/scoring/compute';
import { formatChange, formatScore } from '../../../shared/scoring/format';
import type { Results, UnitResult } from '../../../shared/scoring/types';
import { unitNotes, unitNotesText } from '../../../shared/scoring/unit-notes';
import { compareYears, previousYearOf, type UnitChange } from '../../../shared/scoring/year-over-year';
import { loadWithHistory } from '../../services/workspace/workspace';
import type { CliIO, Command } from '../io';
import { userErrorLine } from '../format-error';
import { formatTable } from '../table';

const fixed = (x: number | null) => (x === null ? '' : formatScore(x));
const signed = (x: number | null, digits: number) => (x === null ? '' : formatChange(x, digits));

function unitJson(u: UnitResult, change: UnitChange | undefined, doc: Assessment) {
  return {
    unit: u.unitName,
    unitCode: u.unitCode,
    total: u.total,
    bonus: u.bonus,
    rank: u.rank,
    grade: u.grade,
    vetoed: u.vetoed,
    complete: u.complete,
    previousRank: change?.previousRank ?? null,
    previousTotal: change?.previousTotal ?? null,
    sections: u.sections.map((s) => ({ code: s.code, title: s.title, score: s.score, points: s.points, notApplicablePoints: s.naPoints })),
    baseTotal: u.baseTotal,
    provisional: u.provisional,
    barredExcellent: u.barredExcellent,
    gaps: u.gaps,
    gradeLabel: gradeLabel(u.grade, doc.settings.gradeNames, () => ''),
  };
}

function printTable(doc: Assessment, results: Results, changes: Map<string, UnitChange>, io: CliIO): void {
  io.out(
    `${io.t('results.header', { name: doc.name, method: methodLabel(results.method, io.t), status: statusLabel(doc.status, io.t) })}\n\n`,
  );
  const sectionHeads = doc.scheme.criteria.map((s) => s.number.replace(/[、.．]$/, '') || s.code);
  const rows = results.order.map((id) => {
    const u = results.units.find((x) => x.unitId === id)!;
    const c = changes.get(id);
    return [
      u.rank === null ? '—' : String(u.rank),
      u.unitName,
      fixed(u.total),
      u.bonus ? fixed(u.bonus) : '',
      gradeLabel(u.grade, doc.settings.gradeNames, io.t),
      ...u.sections.map((s) => fixed(s.score)),
      c?.previousRank?.toString() ?? '',
      signed(c?.rankChange ?? null, 0),
      fixed(c?.previousTotal ?? null),
      signed(c?.totalChange ?? null, 2),
      unitNotesText(unitNotes(u), io.t),
    ];
  });
  const col = (k: Parameters<CliIO['t']>[0], align: 'left' | 'right' = 'right') => ({ header: io.t(k), align });
  io.out(
    formatTable(
      [
        col('results.col.rank'),
        col('results.col.unit', 'left'),
        col('results.col.total'),
        col('results.col.bonus'),
        col('results.col.grade', 'left'),
        ...sectionHeads.map((h) => ({ header: h, align: 'right' as const })),
        col('results.col.previousRank'),
        col('results.col.rankChange'),
        col('results.col.previousTotal'),
        col('results.col.totalChange'),
        col('results.col.note', 'left'),
      ],
      rows,
    ),
  );
}

/** `results <assessment file> [--json] [--history <files…>]`: the ranking table with year on year. */
export const resultsCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, history: { type: 'string', multiple: true } },
  });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<file>' });
  const { current, others, broken } = await loadWithHistory(path, values.history);
  for (const b of broken) io.err(`${io.t('results.brokenNeighbour', { file: basename(b.path), message: userErrorLine(b.error, io.t) })}\n`);
  const results = computeResults(current.doc);
  const previous = previousYearOf(current.doc.year, others);
  const comparison = compareYears(
    { doc: current.doc, results },
    previous ? { doc: previous.doc, results: computeResults(previous.doc) } : null,
  );
  const changes = new Map(comparison.units.map((c) => [c.unitId, c]));
  if (values.json) {
    const units = results.order.map((id) =>
      unitJson(
        results.units.find((u) => u.unitId === id)!,
        changes.get(id),
        current.doc,
      ),
    );
    io.out(
      `${JSON.stringify({ year: current.doc.year, method: results.method, ranking: results.settings.ranking, complete: results.complete, previousYear: comparison.previousYear, units: units.map(({ gradeLabel: _g, ...u }) => u) }, null, 2)}\n`,
    );
    return 0;
  }
  printTable(current.doc, results, changes, io);
  const waiting = results.units.filter((u) => u.rank === null).length;
  if (waiting > 0) io.err(`${io.t('results.waiting', { count: waiting })}\n`);
  if (results.quota.exceededByTie)
    io.err(
      `${io.t('results.quotaTie', { count: results.quota.count ?? 0, kept: results.units.filter((u) => u.grade === 'excellent').length })}\n`,
    );
  if (!previous) io.err(`${io.t('results.noPrevious')}\n`);
  return 0;
};
