/** Catalog text in the page's current language, for the quiz islands (see src/i18n). */
import { type MessageKey, type MessageParams, t } from '../../i18n/index.ts';
import { currentLang } from '../../i18n/client.ts';

/** `t(key, currentLang(), params)`. */
export function tr(key: MessageKey, params: MessageParams = {}): string {
  return t(key, currentLang(), params);
}
