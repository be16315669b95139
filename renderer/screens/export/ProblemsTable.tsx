import type { SheetProblemView } from '../../../shared/ipc/views';
import { useT } from '../../i18n/setup';

/** Enough rows to fix a batch; a sheet with more has a structural problem the first rows already show. */
const MAX_ROWS = 200;

/** Every problem of a refused import, one row each: file, sheet, cell, unit, criterion, what is wrong. */
export function ProblemsTable({ problems }: { problems: SheetProblemView[] }) {
  const t = useT();
  const shown = problems.slice(0, MAX_ROWS);
  return (
    <div className="table-scroll problems">
      <table className="table compact" aria-label={t('export.import')}>
        <thead>
          <tr>
            <th>{t('export.col.file')}</th>
            <th>{t('export.col.sheet')}</th>
            <th>{t('export.col.cell')}</th>
            <th>{t('export.col.unit')}</th>
            <th>{t('export.col.criterion')}</th>
            <th>{t('export.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={i} data-cell={p.cell ?? ''}>
              <td className="nowrap">{p.file}</td>
              <td className="nowrap">{p.sheet ?? ''}</td>
              <td className="nowrap strong">{p.cell ?? ''}</td>
              <td className="nowrap">{p.unit ?? ''}</td>
              <td>{p.criterion ?? ''}</td>
              <td>{t(p.key, p.params)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > shown.length && (
        <p className="muted small">{t('export.moreProblems', { count: problems.length - shown.length })}</p>
      )}
    </div>
  );
}
