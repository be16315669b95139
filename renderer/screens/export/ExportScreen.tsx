import { useAppState } from '../../state/store';
import { useT } from '../../i18n/setup';

/**
 * The export screen's frame. The Excel services (year-end report, score sheets per evaluator)
 * are wired here after they are merged: each button calls its channel ('report:export',
 * 'sheets:export'), shows 'task:progress' events, and offers 'file:showInFolder' on the
 * token it gets back. Until then the buttons are visibly unavailable, never fake.
 */
export function ExportScreen() {
  const t = useT();
  const doc = useAppState((s) => s.view!.doc);
  return (
    <section className="panel export-screen">
      <header className="panel-header">
        <h1>{t('export.title')}</h1>
        <span className="muted">{doc.name}</span>
      </header>
      <div className="export-list">
        <article className="export-item">
          <h2>{t('export.report')}</h2>
          <p>{t('export.reportHelp')}</p>
          <button type="button" className="primary" disabled aria-describedby="export-pending">{t('export.reportButton')}</button>
        </article>
        <article className="export-item">
          <h2>{t('export.sheets')}</h2>
          <p>{t('export.sheetsHelp', { count: doc.evaluators.length })}</p>
          <button type="button" disabled aria-describedby="export-pending">{t('export.sheetsButton')}</button>
        </article>
      </div>
      <p id="export-pending" className="banner banner-info">{t('export.pending')}</p>
    </section>
  );
}
