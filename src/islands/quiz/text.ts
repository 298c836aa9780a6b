/** Catalog text in the page's current language, for the quiz islands (see src/i18n). */
import { type MessageKey, type MessageParams, t } from '../../i18n/index.ts';
import { currentLang } from '../../i18n/client.ts';

/** `t(key, currentLang(), params)`. */
export function tr(key: MessageKey, params: MessageParams = {}): string {
  return t(key, currentLang(), params);
}

/** A tag's label in the page's language (the English label when it has one), or its path when the bank does not know it. */
export function tagName(tags: Record<string, { ko: string; en: string }>, path: string): string {
  const tag = tags[path];
  if (!tag) return path;
  return currentLang() === 'en' && tag.en ? tag.en : tag.ko;
}
