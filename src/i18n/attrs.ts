/**
 * Attributes and element text in both languages, for markup that cannot hold two `<T>` spans:
 * `aria-label`, `placeholder`, `title`, `content`, and the text of `<option>` or `<title>`.
 * The markup carries the Korean value plus a `data-i18n-*` attribute with both; the boot script
 * (./boot.ts) writes the English value before the first paint when the page is English.
 *
 * ```astro
 * <input {...i18nAttrs({ placeholder: 'search.placeholder' })} />
 * <option {...i18nText('calc.default')}>{t('calc.default', 'ko')}</option>
 * ```
 */
import { type MessageKey, type MessageParams, both } from './index.ts';
import type { Lang } from './lang.ts';

/** A catalog key, or text already in both languages (labels that live with their data, e.g. tag labels). */
export type Bilingual = MessageKey | { key: MessageKey; params: MessageParams } | Readonly<Record<Lang, string>>;

/** Both languages of a {@link Bilingual}. */
export function resolve(text: Bilingual): Record<Lang, string> {
  if (typeof text === 'string') return both(text);
  if ('key' in text) return both(text.key, text.params);
  return { ko: text.ko, en: text.en };
}

/**
 * Attributes whose value follows the page language: the Korean value now, both in `data-i18n-attrs`.
 * Spread into the element: `<nav {...i18nAttrs({ 'aria-label': 'nav.label' })}>`.
 */
export function i18nAttrs(attrs: Readonly<Record<string, Bilingual>>): Record<string, string> {
  const out: Record<string, string> = {};
  const map: Record<string, Record<Lang, string>> = {};
  for (const [name, text] of Object.entries(attrs)) {
    const value = resolve(text);
    out[name] = value.ko;
    map[name] = value;
  }
  out['data-i18n-attrs'] = JSON.stringify(map);
  return out;
}

/**
 * The `data-i18n-text` attribute of an element whose whole text follows the page language (put the
 * Korean text, {@link koText}, inside it).
 */
export function i18nText(text: Bilingual): Record<string, string> {
  return { 'data-i18n-text': JSON.stringify(resolve(text)) };
}

/** The Korean text of a {@link Bilingual} (what the markup holds before the boot script runs). */
export function koText(text: Bilingual): string {
  return resolve(text).ko;
}
