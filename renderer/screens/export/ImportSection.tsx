import { errorText, useT } from '../../i18n/setup';
import { goTo } from '../../state/actions';
import { useAppState } from '../../state/store';
import { importSheets } from '../../state/task-actions';
import { importedText } from './export-model';
import { ProblemsTable } from './ProblemsTable';
import { Done, TaskStatus } from './TaskStatus';

/** 导入已填写的评分表: choose files, then either what went in, or every problem in a table and nothing changed. */
export function ImportSection() {
  const t = useT();
  const view = useAppState((s) => s.view!);
  const busy = useAppState((s) => s.task !== null);
  const outcome = useAppState((s) => s.outcomes['sheet:import']);
  const finalized = view.doc.status === 'finalized';
  return (
    <section className="panel export-section export-import" aria-labelledby="export-import">
      <header className="panel-header">
        <h2 id="export-import">{t('export.import')}</h2>
      </header>
      <p className="muted">{t('export.importHelp')}</p>
      {finalized && <p className="banner banner-info">{t('export.importFinalized')}</p>}
      <div className="export-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || finalized}
          title={busy ? t('export.busyHint') : undefined}
          onClick={() => void importSheets()}
        >
          {t('export.importButton')}
        </button>
        <TaskStatus name="sheet:import" />
      </div>
      {outcome?.assessment === view.file &&
        (!outcome.ok ? (
          <p className="banner banner-error" role="alert">
            {errorText(t, outcome.error)}
          </p>
        ) : outcome.value.imported ? (
          <Done text={importedText(outcome.value.sheets, t)} token={outcome.value.sheets[0]?.token ?? null}>
            <button type="button" className="link-button" onClick={() => goTo('scoring')}>
              {t('export.viewScores')}
            </button>
          </Done>
        ) : (
          <>
            <p className="banner banner-error" role="alert">
              {t('export.importRefused', { files: outcome.value.files.length, count: outcome.value.problems.length })}
            </p>
            <ProblemsTable problems={outcome.value.problems} />
          </>
        ))}
    </section>
  );
}
