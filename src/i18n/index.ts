/**
 * UI strings in Korean and English from one typed catalog (src/i18n/catalog/). Pure: no Astro or
 * DOM imports, so the same `t()` serves Astro pages (which render both languages and let CSS show
 * one, so there is no flash on load) and islands (which read the page's language at run time).
 *
 * Usage: `t('nav.home', 'ko')` → `홈`; `t('quiz.count', 'en', { count: 3 })` with `{count}` in the
 * message or a function message for plurals.
 */
import { type Message, type MessageKey, type MessageParams, messages } from './catalog/index.ts';
import type { Lang } from './lang.ts';
import { formatMessage } from './format.ts';

export type { Catalog, Message, MessageKey, MessageParams } from './catalog/index.ts';
export { messages } from './catalog/index.ts';
export * from './lang.ts';

/**
 * The text of a message in a language, with `{name}` placeholders replaced by `params`.
 * @throws Error when the key is not in the catalog (a typo the type checker could not see, e.g. a computed key).
 */
export function t(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  const message: Message | undefined = messages[key];
  if (!message) throw new Error(`i18n: no message "${String(key)}" in the catalog`);
  return formatMessage(message, lang, params);
}

/** The text of a message in every language (for markup that carries both and shows one). */
export function both(key: MessageKey, params: MessageParams = {}): Record<Lang, string> {
  return { ko: t(key, 'ko', params), en: t(key, 'en', params) };
}
