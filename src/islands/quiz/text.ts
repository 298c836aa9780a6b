/**
 * Catalog text in the page's current language, for the quiz islands (see src/i18n). Reads only the
 * quiz islands' messages (src/i18n/catalog/quiz.ts), so the quiz page does not ship every area's strings (nor the
 * history page's: history-text.ts, nor the pages' fixed HTML text: catalog/quiz-page.ts).
 */
import { quiz } from '../../i18n/catalog/quiz.ts';
import type { MessageParams } from '../../i18n/catalog/types.ts';
import { currentLang } from '../../i18n/client.ts';
import { formatMessage } from '../../i18n/format.ts';

/** A key of the quiz area's messages. */
export type QuizMessageKey = keyof typeof quiz;

/** `t(key, currentLang(), params)` for a quiz message. */
export function tr(key: QuizMessageKey, params: MessageParams = {}): string {
  return formatMessage(quiz[key], currentLang(), params);
}

/**
 * A `{ ko, en }` text — a tag's label, a mock exam's title, description or domain name — in the
 * page's language (the Korean one when the English is empty). Views that show it re-render on
 * `onLangChange`.
 */
export function textIn(text: { ko: string; en: string }): string {
  return currentLang() === 'en' && text.en ? text.en : text.ko;
}

/** A tag's label in the page's language (the English label when it has one), or its path when the bank does not know it. */
export function tagName(tags: Record<string, { ko: string; en: string }>, path: string): string {
  const tag = tags[path];
  return tag ? textIn(tag) : path;
}
