/**
 * The calculator's UI text in the page's current language: `tr(key, params)` is
 * `t(key, currentLang(), params)` (src/i18n) over the calculator area's messages only
 * (src/i18n/catalog/calculator.ts), so the calculator page does not ship every area's strings.
 * Views built with it are rebuilt on `onLangChange`.
 */
import { calculator } from '../../i18n/catalog/calculator.ts';
import type { MessageParams } from '../../i18n/catalog/types.ts';
import { currentLang } from '../../i18n/client.ts';
import { formatMessage } from '../../i18n/format.ts';

/** A key of the calculator area's messages. */
export type CalculatorMessageKey = keyof typeof calculator;

/** A calculator message in the language the page shows now. */
export function tr(key: CalculatorMessageKey, params: MessageParams = {}): string {
  return formatMessage(calculator[key], currentLang(), params);
}
