import { useDeferredValue, useMemo, useState } from 'react';
import { missingCells } from '../../../shared/packages/progress';
import { localDateTime } from '../../../shared/text/local-time';
import { showInFolder } from '../../state/actions';
import { closeTask, submitTask } from '../../state/package-actions';
import { usePackagesState } from '../../state/packages-store';
import { setState, useAppState } from '../../state/store';
import { errorText, useT } from '../../i18n/setup';
import { Modal } from '../../shell/Modal';
import { SaveStatus } from '../../shell/SaveStatus';
import { Brand, LanguageSwitch } from '../../shell/BrandAndLanguage';
import { ScoringScreen } from '../scoring/ScoringScreen';

/**
 * The window while a task package is open: scoring only. A banner says whose task it is, the
 * grid shows just the assigned units and items (everything else read-only), every change is
 * saved in the scoring folder at once, 提交 writes the result package, and a button leads back
 * to the office's workspace. The other screens are not reachable from here.
 */
export function EvaluatorApp() {
  const t = useT();
  const task = useAppState((s) => s.scoringTask!);
  const doc = useAppState((s) => s.view!.doc);
  const notice = useAppState((s) => s.notice);
  const submitted = usePackagesState((s) => s.submitted);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const deferredDoc = useDeferredValue(doc);
  const missing = useMemo(() => missingCells(deferredDoc).length, [deferredDoc]);
  const subject = [task.assessment.name, task.evaluators.map((e) => e.name).join(t('list.enumeration')), task.team?.name]
    .filter(Boolean)
    .join(' · ');
  const last = task.submissions.at(-1);
  const submit = async () => {
    setConfirming(false);
    setBusy(true);
    await submitTask();
    setBusy(false);
  };

  return (
    <div className="app offline">
      <header className="topbar offline-bar">
        <Brand>
          <span className="badge offline-badge">{t('offline.badge')}</span>
        </Brand>
        <div className="topbar-context">
          <h1 className="offline-title" data-testid="offline-banner">
            {t('offline.banner', { subject })}
          </h1>
        </div>
        <div className="topbar-right">
          <SaveStatus />
          <LanguageSwitch />
        </div>
      </header>
      <div className="offline-strip">
        <div className="offline-facts">
          <div className="workspace-folder" title={task.folder}>
            {t('offline.folder', { dir: task.folder })}
          </div>
          <div className="muted small">
            {t('offline.issued', { by: task.exportedBy, at: localDateTime(task.exportedAt) })}
            {' · '}
            {last
              ? t('offline.lastSubmitted', { time: localDateTime(last.submittedAt), count: task.submissions.length })
              : t('offline.neverSubmitted')}
          </div>
        </div>
        <button type="button" onClick={() => void closeTask()}>
          {t('offline.back')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => (missing > 0 ? setConfirming(true) : void submit())}>
          {t('offline.submit')}
        </button>
      </div>
      <main className="screen" aria-label={t('offline.badge')}>
        {notice && (
          <div className="banner banner-error" role="alert">
            <span>{errorText(t, notice)}</span>
            <button type="button" className="link-button" onClick={() => setState({ notice: null })}>
              {t('shell.close')}
            </button>
          </div>
        )}
        {submitted && (
          <div className="banner banner-success" role="status" data-testid="submitted">
            <span>{t('offline.submitted', { entries: submitted.entries, path: submitted.path })}</span>
            <button type="button" className="link-button" onClick={() => void showInFolder(submitted.file.token)}>
              {t('pkg.showInFolder')}
            </button>
          </div>
        )}
        <ScoringScreen limitToAssignment showRank={false} />
      </main>
      {confirming && (
        <Modal
          title={t('offline.confirm.title')}
          actions={
            <>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('pkg.cancel')}
              </button>
              <button type="button" className="primary" onClick={() => void submit()}>
                {t('offline.confirm.ok')}
              </button>
            </>
          }
        >
          <p>{t('offline.confirm.missing', { count: missing })}</p>
        </Modal>
      )}
    </div>
  );
}
