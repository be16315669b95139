import { useMemo, useState } from 'react';
import { settingsProblems, type FullSettings } from '../../../shared/assessment/settings-rules';
import { goTo, updateSettings } from '../../state/actions';
import { setState, useAppState } from '../../state/store';
import { useDraft, useDraftOwner } from '../../state/useDraft';
import { useT } from '../../i18n/setup';
import { changedFields, draftOf, effectOf } from './settings-draft';
import { CombineAndRanking, RulesAndDisplay } from './SettingsGroups';
import { GradeSettings } from './GradeSettings';
import './settings.css';
import { errorInfo } from '../../../shared/ipc/error-info';

/**
 * 设置: every setting of the assessment on one screen. Edits stay a draft until 保存设置; the
 * same checks main runs are shown beside the fields, and main checks again before it saves
 * (and records each changed field in the audit trail). The line above the form says what
 * saving would do to ranks and grades.
 */
export function SettingsScreen() {
  const file = useAppState((s) => s.view!.file);
  // A draft belongs to one assessment: opening another year starts afresh, never carries edits over.
  return <SettingsForm key={file} />;
}

function SettingsForm() {
  const t = useT();
  const view = useAppState((s) => s.view!);
  const { doc, results } = view;
  // The edit is a draft in the store, like 方案's: leaving the screen or closing the window keeps it.
  const saved = useMemo(() => draftOf(doc.settings), [doc.settings]);
  const { value: draft, edit: setDraft, discard } = useDraft<FullSettings>('settings', useDraftOwner(), saved);
  const [savedNote, setSavedNote] = useState(false);
  const patch = useMemo(() => changedFields(doc.settings, draft), [doc.settings, draft]);
  const dirty = Object.keys(patch).length > 0;
  const readOnly = doc.status === 'finalized';
  const problems = settingsProblems(draft, { total: doc.scheme.total, unitCount: doc.units.length });
  // Main judges only the fields a save changes; so does the button (an old line left out of range is shown, not blocking).
  const blocking = problems.filter((p) => p.field in patch).length;
  const effect = useMemo(() => (dirty && blocking === 0 ? effectOf(doc, results, patch) : null), [dirty, blocking, doc, results, patch]);
  const edit = (change: Partial<FullSettings>) => {
    setDraft((d) => ({ ...d, ...change }));
    setSavedNote(false);
  };
  const save = async () => {
    try {
      await updateSettings(patch);
      discard();
      setSavedNote(true);
    } catch (e) {
      setState({ notice: errorInfo(e) });
    }
  };
  const problemOf = (field: keyof FullSettings) => problems.filter((p) => p.field === field).map((p) => t(p.key, p.params));
  const props = { draft, edit, disabled: readOnly, problemOf, unitCount: doc.units.length };
  return (
    <section className="settings-screen" aria-label={t('settings.title')}>
      <div className="toolbar">
        <h2 className="settings-title">{t('settings.title')}</h2>
        <span className="muted settings-effect" data-testid="settings-effect">
          {dirty
            ? effect
              ? effect.moved || effect.graded
                ? t('settings.preview', effect)
                : t('settings.previewNone')
              : ''
            : savedNote
              ? t('settings.saved')
              : ''}
        </span>
        <span className="spacer" />
        <button type="button" className="link-button" onClick={() => goTo('results')}>
          {t('settings.whatIfLink')}
        </button>
        {dirty && <span className="badge badge-warn">{t('settings.unsaved')}</span>}
        <button type="button" disabled={!dirty} onClick={discard}>
          {t('settings.revert')}
        </button>
        <button type="button" className="primary" disabled={!dirty || readOnly || blocking > 0} onClick={() => void save()}>
          {t('settings.save')}
        </button>
      </div>
      {readOnly ? (
        <p className="banner banner-warn">{t('settings.readOnly')}</p>
      ) : (
        <p className="muted settings-help">{t('settings.help')}</p>
      )}
      <div className="settings-grid">
        <CombineAndRanking {...props} />
        <GradeSettings {...props} />
        <RulesAndDisplay {...props} />
      </div>
    </section>
  );
}
