/**
 * The message catalog and the language choice: every message exists in Korean and English with the
 * same placeholders, no key is defined by two areas, the English side holds no Korean, and the boot
 * script inlined in every page picks the same language as `pickLang`.
 */
import { describe, expect, it } from 'vitest';
import { both, LANG_STORAGE_KEY, messages, pickLang, t } from '../../../src/i18n/index.ts';
import { catalogAreas } from '../../../src/i18n/catalog/index.ts';
import { i18nAttrs, i18nText } from '../../../src/i18n/attrs.ts';
import { langBoot } from '../../../src/i18n/boot.ts';
import { contentLang } from '../../../src/i18n/lang.ts';

const SAMPLE = { count: 2, number: 3, notes: 4, questions: 5, children: 6, title: 'T', tags: 'a, b', message: 'm', words: 'w' };

describe('the catalog', () => {
  it('has no key in two areas', () => {
    const seen = new Map<string, number>();
    catalogAreas.forEach((area, i) => {
      for (const key of Object.keys(area)) {
        expect(seen.has(key), `${key} is in areas ${seen.get(key)} and ${i}`).toBe(false);
        seen.set(key, i);
      }
    });
  });

  it('gives every message in both languages, with the same placeholders and no Korean in English', () => {
    for (const [key, message] of Object.entries(messages)) {
      const placeholders = (text: unknown) => (typeof text === 'string' ? [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : null);
      const ko = placeholders(message.ko);
      const en = placeholders(message.en);
      if (ko && en) expect(en, key).toEqual(ko);
      const text = both(key as keyof typeof messages, SAMPLE);
      expect(text.ko.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      if (key !== 'lang.switch') expect(/[\uac00-\ud7af]/.test(text.en), `${key}: ${text.en}`).toBe(false);
    }
  });

  it('interpolates and pluralises', () => {
    expect(t('common.count.questions', 'ko', { count: 1 })).toBe('문제 1개');
    expect(t('common.count.questions', 'en', { count: 1 })).toBe('1 question');
    expect(t('common.count.questions', 'en', { count: 3 })).toBe('3 questions');
  });

  it('carries attributes and element text in both languages, Korean first', () => {
    const attrs = i18nAttrs({ placeholder: 'search.dialogPlaceholder', 'aria-label': { ko: '가', en: 'A' } });
    expect(attrs.placeholder).toBe(t('search.dialogPlaceholder', 'ko'));
    expect(JSON.parse(attrs['data-i18n-attrs']!)).toEqual({
      placeholder: both('search.dialogPlaceholder'),
      'aria-label': { ko: '가', en: 'A' },
    });
    expect(JSON.parse(i18nText('nav.home')['data-i18n-text']!)).toEqual({ ko: '홈', en: 'Home' });
  });

  it('marks content by the script it is written in', () => {
    expect(contentLang('Spark 드라이버')).toBe('ko');
    expect(contentLang('Spark driver')).toBe('en');
  });
});

/** Runs the inline boot script against a minimal fake page and returns the `<html lang>` it set. */
function boot(stored: string | null, languages: string[]): string {
  const root = { lang: 'ko', querySelectorAll: () => [], matches: () => false, getAttribute: () => null, nodeType: 1 };
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, localStorage: g.localStorage, navigator: g.navigator, MutationObserver: g.MutationObserver };
  g.document = { documentElement: root, addEventListener: () => undefined };
  g.localStorage = { getItem: (k: string) => (k === LANG_STORAGE_KEY ? stored : null), setItem: () => undefined };
  Object.defineProperty(globalThis, 'navigator', { value: { languages, language: languages[0] ?? '' }, configurable: true });
  g.MutationObserver = class {
    observe() {}
    disconnect() {}
  };
  try {
    langBoot({ key: LANG_STORAGE_KEY, event: 'x' });
    return root.lang;
  } finally {
    g.document = saved.document;
    g.localStorage = saved.localStorage;
    Object.defineProperty(globalThis, 'navigator', { value: saved.navigator, configurable: true });
    g.MutationObserver = saved.MutationObserver;
  }
}

describe('the language of a page', () => {
  const cases: Array<[string | null, string[]]> = [
    [null, ['ko-KR', 'en-US']],
    [null, ['en-GB', 'ko']],
    [null, ['fr-FR', 'en']],
    [null, ['ja-JP']],
    [null, []],
    ['en', ['ko-KR']],
    ['ko', ['en-US']],
    ['de', ['en-US']],
  ];
  it.each(cases)('stored %s, browser %j: the boot script and pickLang agree', (stored, languages) => {
    expect(boot(stored, languages)).toBe(pickLang(stored, languages));
  });
  it('prefers the stored choice, then the browser, then Korean', () => {
    expect(pickLang('en', ['ko-KR'])).toBe('en');
    expect(pickLang(null, ['fr', 'en-US'])).toBe('en');
    expect(pickLang(null, ['ja'])).toBe('ko');
  });
});
