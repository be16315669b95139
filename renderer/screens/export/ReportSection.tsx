import { errorText, useT } from '../../i18n/setup';
import { useAppState } from '../../state/store';
import { exportReport } from '../../state/task-actions';
import { incompleteUnits } from './export-model';
import { Done, TaskStatus } from './TaskStatus';

const SHEETS = ['summary', 'matrix', 'evaluators', 'combined', 'deductions', 'years', 'method', 'audit'] as const;

/** 年终考核报表: what the workbook holds, which years it compares, what is missing; the export and its result. */
export function ReportSection() {
  const t = useT();
  const view = useAppState((s) => s.view!);
  const busy = useAppState((s) => s.task !== null);
  const outcome = useAppState((s) => s.outcomes['report:export']);
  const { doc, results, history } = view;
  const open = incompleteUnits(results);
  const sep = t('report.sep.list');
  const shownUnits = open.names.length > 6 ? `${open.names.slice(0, 6).join(sep)}…` : open.names.join(sep);
  return (
    <section className="panel export-section" aria-labelledby="export-report">
      <header className="panel-header">
        <h2 id="export-report">{t('export.report')}</h2>
      </header>
      <p className="muted">{t('export.reportHelp')}</p>
      <h3 className="export-subhead">{t('export.reportSheets')}</h3>
      <dl className="sheet-list">
        {SHEETS.map((k) => (
          <div key={k}>
            <dt>{t(`report.sheet.${k}`)}</dt>
            <dd>{t(`export.sheetAbout.${k}`)}</dd>
          </div>
        ))}
      </dl>
      <p data-testid="report-years">
        {history.years.length > 1 ? t('export.yearsCompared', { years: history.years.join(sep) }) : t('export.noYears', { year: doc.year })}
      </p>
      {open.names.length > 0 && (
        <p className="banner banner-warn" data-testid="report-incomplete">
          {t(open.provisional ? 'export.incompleteProvisional' : 'export.incompleteUnranked', {
            count: open.names.length,
            units: shownUnits,
          })}
        </p>
      )}
      <div className="export-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          title={busy ? t('export.busyHint') : undefined}
          onClick={() => void exportReport()}
        >
          {t('export.reportButton')}
        </button>
        <TaskStatus name="report:export" />
      </div>
      {outcome?.assessment === view.file &&
        (outcome.ok ? (
          <Done
            text={t('export.reportDone', {
              file: outcome.value.file.fileName,
              sheets: outcome.value.sheets.length,
              charts: outcome.value.charts,
            })}
            token={outcome.value.file.token}
          >
            {(outcome.value.missing.length > 0 || outcome.value.broken.length > 0) && (
              <ul className="done-notes">
                {outcome.value.missing.map((m) => (
                  <li key={m.title}>{t('export.chartMissing', { chart: m.title, reason: m.reason })}</li>
                ))}
                {outcome.value.broken.map((b) => (
                  <li key={b.file}>{t('export.brokenYear', { file: b.file, message: errorText(t, b.error) })}</li>
                ))}
              </ul>
            )}
          </Done>
        ) : (
          <p className="banner banner-error" role="alert">
            {errorText(t, outcome.error)}
          </p>
        ))}
    </section>
  );
}
