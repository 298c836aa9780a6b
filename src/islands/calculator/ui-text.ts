/**
 * The calculator's UI text in the page's current language: `tr(key, params)` is
 * `t(key, currentLang(), params)` (src/i18n). Views built with it are rebuilt on `onLangChange`.
 */
import { currentLang } from '../../i18n/client.ts';
import { t } from '../../i18n/index.ts';
import type { MessageParams } from '../../i18n/catalog/types.ts';

/** A catalog message in the language the page shows now. */
export function tr(key: Parameters<typeof t>[0], params: MessageParams = {}): string {
  return t(key, currentLang(), params);
}
