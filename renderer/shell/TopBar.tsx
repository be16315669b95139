import { statusLabel } from '../../shared/i18n/labels';
import { openWorkspace, openYear } from '../state/actions';
import { setState, useAppState } from '../state/store';
import { useT } from '../i18n/setup';
import { Brand, LanguageSwitch } from './BrandAndLanguage';
import { SaveStatus } from './SaveStatus';

export function TopBar() {
  const t = useT();
  const workspace = useAppState((s) => s.workspace);
  const doc = useAppState((s) => s.view?.doc);
  return (
    <header className="topbar">
      <Brand>
        <span className="brand-sub">{t('app.subtitle')}</span>
      </Brand>
      <div className="topbar-context">
        <label className="field-inline">
          <span>{t('shell.year')}</span>
          <select aria-label={t('shell.year')} value={workspace?.current ?? ''} onChange={(e) => void openYear(e.target.value)}>
            {workspace?.files.map((f) => (
              // The open year's status is the live one (finalizing on 汇审 changes it without a new scan).
              <option
                key={f.file}
                value={f.file}
              >{`${f.year} · ${f.name} · ${statusLabel(f.file === workspace.current && doc ? doc.status : f.status, t)}`}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setState({ years: true })}>
          {t('year.manage')}
        </button>
        <span className="workspace-path" title={workspace?.dir}>
          {t('list.labelled', { label: t('shell.workspace'), text: workspace?.dir ?? '' })}
        </span>
        <button type="button" onClick={() => void openWorkspace()}>
          {t('shell.openWorkspace')}
        </button>
      </div>
      <div className="topbar-right">
        {doc?.status === 'finalized' && <span className="badge badge-muted">{t('shell.readOnly')}</span>}
        <SaveStatus />
        <LanguageSwitch />
      </div>
    </header>
  );
}
