import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useAppState } from '../../state/store';
import { useT } from '../../i18n/setup';
import { buildRows, type GridColumn } from './grid-model';
import type { Position } from './grid-keys';
import { ScoringGrid } from './ScoringGrid';
import { CellDetail } from './CellDetail';
import { percent, type Progress } from './progress';
import { progressFor } from '../../state/live-scoring';
import { useCellLookup } from './use-cell-lookup';
import { entriesInCell } from '../../state/live-scoring';
import { assignedRows } from './assigned-rows';
import { useGridFocus } from './use-grid-focus';

type Mode = 'all' | 'unit';

const MemoCellDetail = memo(CellDetail);

export interface ScoringScreenProps {
  /** Only the items someone here is assigned to (a task package's scoring workspace). */
  limitToAssignment?: boolean;
  /** The rank row under the grid (a task's own few units would rank only among themselves). */
  showRank?: boolean;
}

/** The scoring screen: whose scores are entered, for all units or one, the grid and the cell's details. */
export function ScoringScreen({ limitToAssignment = false, showRank = true }: ScoringScreenProps = {}) {
  const t = useT();
  const view = useAppState((s) => s.view!);
  const focus = useAppState((s) => s.gridFocus);
  const { doc, results } = view;
  const [evaluatorId, setEvaluatorId] = useState(focus?.evaluatorId ?? doc.evaluators[0]?.id ?? '');
  const [mode, setMode] = useState<Mode>('all');
  const [unitId, setUnitId] = useState(doc.units[0]?.id ?? '');
  const [active, setActive] = useState<Position>({ row: 1, col: 0 });
  // On a narrow window (a 1366 laptop at 125 %) the details start closed, so 8+ unit columns fit.
  const [showDetail, setShowDetail] = useState(() => window.innerWidth >= 1200);
  const evaluator = doc.evaluators.find((e) => e.id === evaluatorId) ?? doc.evaluators[0];
  const lookup = useCellLookup(doc, evaluator?.id ?? '');
  const { scheme, settings } = doc;
  // buildRows reads only the scheme and the settings; the whole doc changes with every score.
  const allRows = useMemo(
    () => buildRows({ ...doc, scheme, settings }, { bonus: t('scoring.bonusItems'), vetoes: t('scoring.vetoItems') }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scheme, settings, t],
  );
  const rows = useMemo(
    () =>
      limitToAssignment
        ? assignedRows(
            allRows,
            lookup.index,
            doc.evaluators.map((e) => e.id),
          )
        : allRows,
    [limitToAssignment, allRows, lookup.index, doc.evaluators],
  );
  // Progress counts follow a moment after an edit, so typing never waits for them.
  const deferredDoc = useDeferredValue(doc);
  const progress = useMemo(() => progressFor(deferredDoc, lookup.index), [deferredDoc, lookup.index]);
  const myUnits = useMemo(() => {
    const units = lookup.index.resolved(evaluator?.id ?? '')?.units;
    return doc.units.filter((u) => !units || units.has(u.id));
  }, [doc.units, lookup.index, evaluator]);
  const columns: GridColumn[] = useMemo(() => {
    if (mode === 'unit') {
      const u = doc.units.find((x) => x.id === unitId) ?? doc.units[0]!;
      return [
        { kind: 'score', key: `s-${u.id}`, unitId: u.id, title: u.name },
        { kind: 'reason', key: `r-${u.id}`, unitId: u.id, title: t('scoring.reason') },
        { kind: 'note', key: `n-${u.id}`, unitId: u.id, title: t('scoring.note') },
      ];
    }
    return myUnits.map((u) => ({ kind: 'score', key: `s-${u.id}`, unitId: u.id, title: u.name }));
  }, [mode, unitId, doc.units, myUnits, t]);
  useGridFocus(evaluator?.id ?? '', rows, columns, setActive);
  // Stable between edits (progress follows a moment later), so the grid's header is not redrawn per keystroke.
  const unitProgress = useCallback(
    (u: string) => progress.byEvaluatorUnit.get(`${evaluator?.id ?? ''}\u0000${u}`),
    [progress, evaluator?.id],
  );
  // The details panel, too, follows a moment after an edit or a move (the deferred document and
  // cell), so Enter in the grid never waits for the panel to be rebuilt and laid out.
  const detailAt = useDeferredValue(active);
  const detailRow = rows[Math.min(detailAt.row, rows.length - 1)];
  const detailColumn = columns[Math.min(detailAt.col, columns.length - 1)];
  const detailEntry = useMemo(
    () =>
      detailRow?.kind === 'item' && detailColumn
        ? entriesInCell(deferredDoc, detailColumn.unitId, detailRow.criterionId).find((e) => e.evaluatorId === evaluator?.id)
        : undefined,
    [deferredDoc, detailRow, detailColumn, evaluator?.id],
  );

  if (!evaluator || columns.length === 0) {
    return (
      <section className="panel">
        <p className="empty-state">{t('scoring.noEvaluators')}</p>
      </section>
    );
  }
  const safeActive = { row: Math.min(active.row, rows.length - 1), col: Math.min(active.col, columns.length - 1) };
  const readOnly = doc.status === 'finalized';
  const mine = progress.byEvaluator.get(evaluator.id);

  return (
    <section className="scoring-screen">
      <div className="toolbar">
        <label className="field-inline">
          <span>{t('scoring.evaluator')}</span>
          <select value={evaluator.id} onChange={(e) => setEvaluatorId(e.target.value)} aria-label={t('scoring.evaluator')}>
            {doc.evaluators.map((e) => {
              const team = doc.teams.find((x) => x.id === e.teamId);
              const name = team ? t('list.withNote', { text: e.name, note: team.name }) : e.name;
              return <option key={e.id} value={e.id}>{`${name} ${percent(progress.byEvaluator.get(e.id))}%`}</option>;
            })}
          </select>
        </label>
        <div className="segmented" role="group" aria-label={t('scoring.mode')}>
          <button type="button" className={mode === 'all' ? 'on' : ''} aria-pressed={mode === 'all'} onClick={() => setMode('all')}>
            {t('scoring.modeAll')}
          </button>
          <button
            type="button"
            className={mode === 'unit' ? 'on' : ''}
            aria-pressed={mode === 'unit'}
            onClick={() => {
              setMode('unit');
              setActive((a) => ({ ...a, col: 0 }));
            }}
          >
            {t('scoring.modeUnit')}
          </button>
        </div>
        {mode === 'unit' && (
          <select aria-label={t('scoring.unit')} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            {myUnits.map((u) => (
              <option
                key={u.id}
                value={u.id}
              >{`${u.name} ${percent(progress.byEvaluatorUnit.get(`${evaluator.id}\u0000${u.id}`))}%`}</option>
            ))}
          </select>
        )}
        <span className="progress-summary" data-testid="evaluator-progress">
          {t('scoring.myProgress', { name: evaluator.name, done: mine?.done ?? 0, total: mine?.total ?? 0, percent: percent(mine) })}
        </span>
        <label className="check">
          <input type="checkbox" checked={showDetail} onChange={(e) => setShowDetail(e.target.checked)} />
          {t('scoring.showDetail')}
        </label>
      </div>
      <div className="scoring-body">
        <ScoringGrid
          doc={doc}
          results={results}
          evaluatorId={evaluator.id}
          lookup={lookup}
          rows={rows}
          columns={columns}
          active={safeActive}
          onActive={setActive}
          readOnly={readOnly}
          showRank={showRank}
          unitProgress={unitProgress}
        />
        {showDetail && detailRow?.kind === 'item' && detailColumn && (
          <MemoCellDetail
            key={[evaluator.id, detailColumn.unitId, detailRow.criterionId, JSON.stringify(detailEntry ?? null)].join('|')}
            doc={deferredDoc}
            evaluatorId={evaluator.id}
            row={detailRow}
            unitId={detailColumn.unitId}
            entry={detailEntry}
            readOnly={readOnly}
          />
        )}
      </div>
      <UnitProgressStrip units={doc.units} byUnit={progress.byUnit} />
    </section>
  );
}

/** Progress of every unit over all its evaluators, under the grid (memoised: it follows the deferred progress, not each edit). */
const UnitProgressStrip = memo(function UnitProgressStrip({
  units,
  byUnit,
}: {
  units: { id: string; name: string }[];
  byUnit: Map<string, Progress>;
}) {
  const t = useT();
  return (
    <div className="unit-progress" aria-label={t('scoring.unitProgress')}>
      <span className="muted">{t('scoring.unitProgress')}</span>
      {units.map((u) => {
        const p = byUnit.get(u.id);
        return (
          <span
            key={u.id}
            className={percent(p) === 100 ? 'chip done' : 'chip'}
            title={t('scoring.progressOf', { done: p?.done ?? 0, total: p?.total ?? 0 })}
          >
            {u.name} {percent(p)}%
          </span>
        );
      })}
    </div>
  );
});
