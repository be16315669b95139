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
  // A message without parameters is the same text every time: looked up once. A report asks
  // for the same few labels hundreds of times, and i18next's lookup showed in its time.
  const plain = new Map<MessageKey, string>();
  return (key, params) => {
    if (params && Object.keys(params).length > 0) return instance.t(key, params);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = instance.t(key, {})));
    return text;
  };
}

/** Picks a supported language from a tag such as "en-US" or "zh_CN.UTF-8"; Chinese by default. */
export function pickLanguage(tag: string | undefined): Language {
  return tag && /^en\b|^en[-_]/i.test(tag) ? 'en' : 'zh-CN';
}
