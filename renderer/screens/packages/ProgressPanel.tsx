import { useMemo, useState } from 'react';
import type { Assessment } from '../../../shared/assessment/schema';
import { missingCells, type ProgressBoard, type Tally } from '../../../shared/packages/progress';
import { localDateTime } from '../../../shared/text/local-time';
import { showCell } from '../../state/package-actions';
import { useT } from '../../i18n/setup';
import type { Names } from './names';

function tone(t: Tally | undefined): string {
  if (!t || t.expected === 0) return 'off';
  if (t.conflicts > 0) return 'conflict';
  return t.missing === 0 ? 'done' : t.entered === 0 ? 'none' : 'part';
}

/**
 * Evaluators × units: entered of expected leaf cells, conflicts marked, the packages issued to
 * and received from each evaluator; a cell opens the list of what is missing there.
 */
export function ProgressPanel({ doc, board, names }: { doc: Assessment; board: ProgressBoard; names: Names }) {
  const t = useT();
  const [picked, setPicked] = useState<{ evaluatorId: string; unitId: string } | null>(null);
  const byUnit = useMemo(() => new Map(board.units.map((u) => [u.unitId, new Map(u.evaluators.map((e) => [e.evaluatorId, e]))])), [board]);
  const missing = useMemo(() => (picked ? missingCells(doc, picked) : []), [doc, picked]);
  const { total } = board;
  return (
    <section className="panel review-panel">
      <p className="strong" data-testid="progress-summary">
        {t('pkg.progress.summary', {
          entered: total.entered,
          expected: total.expected,
          missing: total.missing,
          conflicts: total.conflicts,
        })}
      </p>
      <p className="muted small">{t('pkg.progress.help')}</p>
      <div className="table-scroll">
        <table className="table progress-board" aria-label={t('pkg.tab.progress')}>
          <thead>
            <tr>
              <th className="sticky-col">{t('pkg.col.evaluator')}</th>
              <th>{t('pkg.col.packages')}</th>
              <th className="num">{t('pkg.col.entered')}</th>
              <th className="num">{t('pkg.col.conflicts')}</th>
              {board.units.map((u) => (
                <th key={u.unitId} className="unit-col">
                  {u.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {board.evaluators.map((e) => (
              <tr key={e.evaluatorId} data-evaluator={e.name}>
                <td className="nowrap sticky-col">
                  <span className="strong">{e.name}</span> <span className="muted small">{e.teamName}</span>
                </td>
                <td className="nowrap small">
                  <div>{t('pkg.progress.packages', { issued: e.issued, received: e.received })}</div>
                  {e.lastSubmittedAt && (
                    <div className="muted" title={t('pkg.col.lastSubmitted')}>
                      {t('pkg.progress.lastSubmitted', { time: localDateTime(e.lastSubmittedAt) })}
                    </div>
                  )}
                </td>
                <td className="num" title={t('pkg.progress.missing', { count: e.missing })}>{`${e.entered}/${e.expected}`}</td>
                <td className={e.conflicts > 0 ? 'num alert-text' : 'num'}>{e.conflicts}</td>
                {board.units.map((u) => {
                  const cell = byUnit.get(u.unitId)?.get(e.evaluatorId);
                  if (!cell)
                    return (
                      <td key={u.unitId} className="board-cell off" title={t('pkg.progress.notAssigned')}>
                        ·
                      </td>
                    );
                  const on = picked?.evaluatorId === e.evaluatorId && picked.unitId === u.unitId;
                  return (
                    <td key={u.unitId} className={`board-cell ${tone(cell)}${on ? ' on' : ''}`}>
                      <button
                        type="button"
                        className="board-button"
                        data-board={`${e.name}|${u.name}`}
                        onClick={() => setPicked(on ? null : { evaluatorId: e.evaluatorId, unitId: u.unitId })}
                      >
                        {`${cell.entered}/${cell.expected}`}
                        {cell.conflicts > 0 ? ` ⚠${cell.conflicts}` : ''}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th className="sticky-col">{t('pkg.progress.unitTotal')}</th>
              <th />
              <th className="num">{`${total.entered}/${total.expected}`}</th>
              <th className="num">{total.conflicts}</th>
              {board.units.map((u) => (
                <th key={u.unitId} className={`board-cell ${tone(u)}`}>{`${u.entered}/${u.expected}`}</th>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {picked && (
        <div className="missing-list" data-testid="missing-list">
          <h3>
            {missing.length
              ? t('pkg.progress.missingTitle', {
                  evaluator: names.evaluator(picked.evaluatorId),
                  unit: names.unit(picked.unitId),
                  count: missing.length,
                })
              : t('pkg.progress.nothingMissing', { evaluator: names.evaluator(picked.evaluatorId), unit: names.unit(picked.unitId) })}
          </h3>
          <ul>
            {missing.map((c) => (
              <li key={c.criterionId}>
                <button type="button" className="link-button" onClick={() => showCell(c)}>
                  {names.criterion(c.criterionId)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
