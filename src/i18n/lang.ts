/**
 * The two UI languages of the site. Content (notes, questions) stays as its author wrote it; only
 * UI strings (labels, buttons, messages) follow the student's language.
 */

/** A UI language: Korean (the default, our students' language) or English. */
export type Lang = 'ko' | 'en';

/** Every UI language, default first. */
export const LANGS: readonly Lang[] = ['ko', 'en'];

/** The language used when neither the student's choice nor the browser's language says otherwise. */
export const DEFAULT_LANG: Lang = 'ko';

/** localStorage key under which the student's language choice is kept. */
export const LANG_STORAGE_KEY = 'emr-prep:lang';

/** Whether a value is one of the UI languages. */
export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

/**
 * The language to show: the stored choice if valid, else the first browser language that is Korean
 * or English (`ko-KR` → `ko`), else {@link DEFAULT_LANG}.
 */
export function pickLang(stored: string | null | undefined, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/**
 * The language of a piece of content as its author wrote it, for its `lang` attribute (so screen
 * readers and fonts treat it right whatever the UI language): `ko` when it holds any Hangul
 * (Korean prose routinely mixes in English terms), else `en`.
 */
export function contentLang(text: string): Lang {
  return /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(text) ? 'ko' : 'en';
}
