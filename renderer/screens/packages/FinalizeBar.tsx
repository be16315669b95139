import { useState } from 'react';
import type { Status } from '../../../shared/assessment/schema';
import { statusLabel } from '../../../shared/i18n/labels';
import type { FinalizeCheck } from '../../../shared/packages/finalize';
import { finalizeAssessment, reopenAssessment } from '../../state/package-actions';
import { useT } from '../../i18n/setup';
import { Modal } from '../../shell/Modal';

/**
 * The assessment's status and what stands before finalizing. Finalizing asks first (and main
 * refuses it while conflicts are pending, saying how many); reopening asks for a reason.
 */
export function FinalizeBar({ status, check }: { status: Status; check: FinalizeCheck | null }) {
  const t = useT();
  const [asking, setAsking] = useState<'finalize' | 'reopen' | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const finalized = status === 'finalized';
  const act = async (work: () => Promise<boolean>) => {
    setBusy(true);
    const ok = await work();
    setBusy(false);
    if (ok) {
      setAsking(null);
      setReason('');
    }
  };
  const startFinalize = () => {
    // Main has the last word: with conflicts pending it refuses, and the notice says how many.
    if (check && check.conflicts > 0) void finalizeAssessment();
    else setAsking('finalize');
  };
  return (
    <div className={finalized ? 'finalize-bar finalized' : 'finalize-bar'} data-testid="finalize-bar">
      <span className="strong">{t('pkg.status', { status: statusLabel(status, t) })}</span>
      {check && !finalized && (
        <span className="muted">
          {t('pkg.blockers', { conflicts: check.conflicts, disagreements: check.disagreements, missing: check.missing })}
        </span>
      )}
      {check && !finalized && check.conflicts > 0 && (
        <span className="alert-text">{t('pkg.finalizeBlocked', { count: check.conflicts })}</span>
      )}
      <span className="spacer" />
      {finalized ? (
        <button type="button" onClick={() => setAsking('reopen')}>
          {t('pkg.reopen')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={startFinalize}>
          {t('pkg.finalize')}
        </button>
      )}
      {asking === 'finalize' && (
        <Modal
          title={t('pkg.finalize.title')}
          actions={
            <>
              <button type="button" onClick={() => setAsking(null)}>
                {t('pkg.cancel')}
              </button>
              <button type="button" className="primary" disabled={busy} onClick={() => void act(finalizeAssessment)}>
                {t('pkg.finalize.ok')}
              </button>
            </>
          }
        >
          <p>{t('pkg.finalize.confirm')}</p>
          {check && (check.missing > 0 || check.disagreements > 0) && (
            <p className="alert-text">{t('pkg.finalize.warnings', { missing: check.missing, disagreements: check.disagreements })}</p>
          )}
        </Modal>
      )}
      {asking === 'reopen' && (
        <Modal
          title={t('pkg.reopen.title')}
          actions={
            <>
              <button type="button" onClick={() => setAsking(null)}>
                {t('pkg.cancel')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || !reason.trim()}
                onClick={() => void act(() => reopenAssessment(reason))}
              >
                {t('pkg.reopen.ok')}
              </button>
            </>
          }
        >
          <p>{t('pkg.reopen.help')}</p>
          <label className="field">
            <span>{t('pkg.reopen.reason')}</span>
            <textarea rows={3} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('pkg.reopen.reason')} />
          </label>
        </Modal>
      )}
    </div>
  );
}
