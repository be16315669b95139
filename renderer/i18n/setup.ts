// react-i18next over the shared catalogs: the UI speaks through the same keys as the CLI and
// the main process, and the compiler checks every key (Translate takes MessageKey).
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useCallback } from 'react';
import { catalogs, type Language, type MessageKey, type Translate } from '../../shared/i18n/messages';
import type { MessageParams } from '../../shared/errors';
import type { ErrorInfo } from '../../shared/ipc/views';

export const i18n: I18n = i18next.createInstance();

export function setupI18n(language: Language): void {
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: catalogs['zh-CN'] }, en: { translation: catalogs.en } },
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  document.documentElement.lang = language;
  // The window's title (index.html says 考评 until this runs) follows the language too.
  document.title = i18n.t('app.name');
}

export async function setLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** The translator of the current language; components re-render when it changes. */
export function useT(): Translate {
  const { t } = useTranslation();
  return useCallback((key: MessageKey, params?: MessageParams) => t(key, params ?? {}), [t]);
}

/** An error from the main process in the user's language, with a bad document's first problem. */
export function errorText(t: Translate, info: ErrorInfo): string {
  const first = info.problems?.[0];
  if (first && info.file && info.key === 'error.saveRefused')
    return t('error.saveRefused', { file: info.file, place: first.place, message: t(first.key, first.params) });
  if (first && info.file) return t('error.documentProblem', { file: info.file, place: first.place, message: t(first.key, first.params) });
  return t(info.key, info.params);
}
