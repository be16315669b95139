import { useMemo } from 'react';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useAppState } from '../../state/store';
import { setPackagesState, usePackagesState, type PackagesTab } from '../../state/packages-store';
import { errorText, useT } from '../../i18n/setup';
import { AuditPanel } from './AuditPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { DisagreementsPanel } from './DisagreementsPanel';
import { ExchangePanel } from './ExchangePanel';
import { FinalizeBar } from './FinalizeBar';
import { ProgressPanel } from './ProgressPanel';
import { namesOf } from './names';
import { useReview } from './use-review';

const TABS: PackagesTab[] = ['exchange', 'conflicts', 'disagreements', 'progress', 'audit'];

/**
 * 汇审: the office's side of offline scoring. Task packages out and result packages in, the
 * conflicts to pick, the disagreements to look at, the progress board, the audit trail, and
 * finalizing (or reopening) the assessment.
 */
export function PackagesScreen() {
  const t = useT();
  const doc = useAppState((s) => s.view!.doc);
  const tab = usePackagesState((s) => s.tab);
  const { review, error } = useReview();
  const { scheme, settings, units, evaluators } = doc;
  const names = useMemo(() => namesOf({ scheme, settings, units, evaluators }), [scheme, settings, units, evaluators]);
  const label = (k: PackagesTab) => {
    const count = k === 'conflicts' ? review?.conflicts.length : k === 'disagreements' ? review?.disagreements.length : undefined;
    return t(`pkg.tab.${k}` as MessageKey, { count: count ?? '…' });
  };
  const body = () => {
    if (tab === 'exchange') return <ExchangePanel />;
    if (tab === 'audit') return <AuditPanel doc={doc} names={names} />;
    if (!review) return <p className="empty-state">{error ? errorText(t, error) : t('pkg.loading')}</p>;
    if (tab === 'conflicts') return <ConflictsPanel doc={doc} conflicts={review.conflicts} names={names} />;
    if (tab === 'disagreements') return <DisagreementsPanel doc={doc} disagreements={review.disagreements} />;
    return <ProgressPanel doc={doc} board={review.progress} names={names} />;
  };
  return (
    <section className="packages-screen">
      <header className="panel-header">
        <h1>{t('pkg.title')}</h1>
        <span className="muted">{doc.name}</span>
      </header>
      <FinalizeBar status={doc.status} check={review?.finalize ?? null} />
      <div className="tabs" role="tablist" aria-label={t('pkg.title')}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`pkg-tab-${k}`}
            aria-selected={tab === k}
            className={[tab === k ? 'tab on' : 'tab', k === 'conflicts' && (review?.conflicts.length ?? 0) > 0 ? 'alert' : '']
              .filter(Boolean)
              .join(' ')}
            onClick={() => setPackagesState({ tab: k })}
          >
            {label(k)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-labelledby={`pkg-tab-${tab}`} className="tab-body">
        {body()}
      </div>
    </section>
  );
}
