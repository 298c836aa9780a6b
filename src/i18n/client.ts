/**
 * The page's UI language in the browser, for islands. The inline script in the page head (Base.astro)
 * sets `<html lang>` from the stored choice or the browser's language before the body renders; the
 * header switch changes it and dispatches {@link LANG_CHANGE_EVENT}.
 */
import { DEFAULT_LANG, isLang, type Lang } from './lang.ts';

/** Event dispatched on `document` when the student switches the language (detail: the new Lang). */
export const LANG_CHANGE_EVENT = 'emr-prep:lang-change';

/** The language the page currently shows. */
export function currentLang(): Lang {
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** Calls `listener` with the new language whenever the student switches; returns an unsubscribe function. */
export function onLangChange(listener: (lang: Lang) => void): () => void {
  const handler = (event: Event) => {
    const lang = (event as CustomEvent<unknown>).detail;
    if (isLang(lang)) listener(lang);
  };
  document.addEventListener(LANG_CHANGE_EVENT, handler);
  return () => document.removeEventListener(LANG_CHANGE_EVENT, handler);
}
