/**
 * The calculator's UI text in the page's current language: `tr(key, params)` is
 * `t(key, currentLang(), params)` (src/i18n) over the calculator area's messages only
 * (src/i18n/catalog/calculator.ts), so the calculator page does not ship every area's strings.
 * Views built with it are rebuilt on `onLangChange`.
 *
 * The input errors are built in both languages at once with `bilingual(key, params)` (messages of
 * src/i18n/catalog/calculator-input.ts): the pure functions that find them (fields.ts,
 * model-input.ts, url-state.ts) never read the page's language, and the view picks one.
 */
import type { Bilingual } from '../../core/sizing/bilingual.ts';
import { calculatorInput } from '../../i18n/catalog/calculator-input.ts';
import { calculator } from '../../i18n/catalog/calculator.ts';
import type { MessageParams } from '../../i18n/catalog/types.ts';
import { currentLang } from '../../i18n/client.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';

/** A key of the calculator area's messages. */
export type CalculatorMessageKey = keyof typeof calculator;

/** A calculator message in the language the page shows now. */
export function tr(key: CalculatorMessageKey, params: MessageParams = {}): string {
  return formatMessage(calculator[key], currentLang(), params);
}

/** A key of the calculator's input-error messages. */
export type CalculatorInputKey = keyof typeof calculatorInput;

/** True when `key` is one of the calculator's input-error messages (for keys built from a field id). */
export function isCalculatorInputKey(key: string): key is CalculatorInputKey {
  return Object.hasOwn(calculatorInput, key);
}

/** Parameters of {@link bilingual}: a value, or a text in both languages (each language gets its own). */
export type BilingualParams = Readonly<Record<string, string | number | Bilingual>>;

/**
 * An input-error message in English and Korean, with `params` put in its `{name}` placeholders (a
 * `Bilingual` parameter, e.g. a field's name, in its own language). Does not read the page's language.
 */
export function bilingual(key: CalculatorInputKey, params: BilingualParams = {}): Bilingual {
  const inLang = (lang: Lang): MessageParams =>
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? value[lang] : value]));
  return { en: formatMessage(calculatorInput[key], 'en', inLang('en')), ko: formatMessage(calculatorInput[key], 'ko', inLang('ko')) };
}
