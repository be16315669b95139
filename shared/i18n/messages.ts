import i18next, { type i18n } from 'i18next';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';
import type { MessageParams } from '../errors';

export type { MessageKey } from './zh-CN';
export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

/** The message catalogs, also handed to the UI's i18n instance. */
export const catalogs: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A translator for one language, backed by i18next over the shared catalogs. */
export function createTranslator(language: Language): Translate {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return (key, params) => instance.t(key, params ?? {});
}

/** Picks a supported language from a tag such as "en-US" or "zh_CN.UTF-8"; Chinese by default. */
export function pickLanguage(tag: string | undefined): Language {
  return tag && /^en\b|^en[-_]/i.test(tag) ? 'en' : 'zh-CN';
}
