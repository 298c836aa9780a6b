/**
 * Formatting of one catalog message, without the catalog: islands that need only their own area's
 * messages (e.g. the quiz, src/islands/quiz/text.ts) import their catalog file and this, so the
 * page does not ship every area's strings.
 */
import type { Message, MessageParams } from './catalog/types.ts';
import type { Lang } from './lang.ts';

/** The text of `message` in `lang`, with `{name}` placeholders replaced by `params` (a function message gets `params`). */
export function formatMessage(message: Message, lang: Lang, params: MessageParams = {}): string {
  const text = message[lang];
  if (typeof text === 'function') return text(params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
