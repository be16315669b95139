import { statusLabel } from '../../shared/i18n/labels';
import { changeLanguage, openWorkspace, openYear } from '../state/actions';
import { useAppState } from '../state/store';
import { currentLanguage, useT } from '../i18n/setup';
import { SaveStatus } from './SaveStatus';

export function TopBar() {
  const t = useT();
  const workspace = useAppState((s) => s.workspace);
  const doc = useAppState((s) => s.view?.doc);
  const language = currentLanguage();
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">考</span>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-sub">{t('app.subtitle')}</span>
      </div>
      <div className="topbar-context">
        <label className="field-inline">
          <span>{t('shell.year')}</span>
          <select aria-label={t('shell.year')} value={workspace?.current ?? ''} onChange={(e) => void openYear(e.target.value)}>
            {workspace?.files.map((f) => (
              <option key={f.file} value={f.file}>{`${f.year} · ${f.name} · ${statusLabel(f.status, t)}`}</option>
            ))}
          </select>
        </label>
        <span className="workspace-path" title={workspace?.dir}>{t('shell.workspace')}：{workspace?.dir}</span>
        <button type="button" onClick={() => void openWorkspace()}>{t('shell.openWorkspace')}</button>
      </div>
      <div className="topbar-right">
        {doc?.status === 'finalized' && <span className="badge badge-muted">{t('shell.readOnly')}</span>}
        <SaveStatus />
        <button type="button" className="link-button" title={t('shell.languageTitle')} onClick={() => void changeLanguage(language === 'en' ? 'zh-CN' : 'en')}>
          {t('shell.language')}
        </button>
      </div>
    </header>
  );
}
