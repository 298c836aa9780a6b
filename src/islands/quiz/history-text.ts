/**
 * Catalog text for the /quiz/history/ page's script: its own messages (src/i18n/catalog/quiz-history.ts,
 * which the quiz page does not ship) and the quiz islands' (quiz.ts), in the page's current language.
 */
import { quiz } from '../../i18n/catalog/quiz.ts';
import { quizHistory } from '../../i18n/catalog/quiz-history.ts';
import type { MessageParams } from '../../i18n/catalog/types.ts';
import { currentLang } from '../../i18n/client.ts';
import { formatMessage } from '../../i18n/format.ts';

/** A key of the history page's messages or of the quiz islands'. */
export type HistoryMessageKey = keyof typeof quizHistory | keyof typeof quiz;

const messages = { ...quiz, ...quizHistory };

/** `t(key, currentLang(), params)` for a history-page or quiz message. */
export function tr(key: HistoryMessageKey, params: MessageParams = {}): string {
  return formatMessage(messages[key], currentLang(), params);
}
