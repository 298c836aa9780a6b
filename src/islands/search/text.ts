/**
 * Catalog text for the search islands. Reads only the search area's messages
 * (src/i18n/catalog/search-ui.ts), so the search bundle a page loads does not ship every area's strings
 * (as the quiz islands do, src/islands/quiz/text.ts).
 */
import { glossary } from '../../i18n/catalog/glossary.ts';
import { searchUi } from '../../i18n/catalog/search-ui.ts';
import type { MessageParams } from '../../i18n/catalog/types.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The search area's messages, and the result-kind label of glossary terms. */
const messages = { ...searchUi, 'glossary.hitKind': glossary['glossary.hitKind'] };

/** A key of the search area's messages. */
export type SearchMessageKey = keyof typeof messages;

/** `t(key, lang, params)` for a search message. */
export function t(key: SearchMessageKey, lang: Lang, params: MessageParams = {}): string {
  return formatMessage(messages[key], lang, params);
}
