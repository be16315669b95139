import type { ReactNode } from 'react';
import { changeLanguage } from '../state/actions';
import { currentLanguage, useT } from '../i18n/setup';

/** The app's mark and name at the left of every top bar, with whatever the window adds. */
export function Brand({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        考
      </span>
      <span className="brand-name">{t('app.name')}</span>
      {children}
    </div>
  );
}

/** Switches the interface between Chinese and English. */
export function LanguageSwitch() {
  const t = useT();
  const language = currentLanguage();
  return (
    <button
      type="button"
      className="link-button"
      title={t('shell.languageTitle')}
      onClick={() => void changeLanguage(language === 'en' ? 'zh-CN' : 'en')}
    >
      {t('shell.language')}
    </button>
  );
}
