/**
 * The language boot script, inlined in the head of every page (src/layouts/Base.astro) as
 * `(${langBoot})(config)`: it must be self-contained (no imports, no closures over module scope).
 *
 * Before the body renders it sets `<html lang>` to the student's language (the stored choice, else
 * the first Korean or English browser language, else Korean — the same rule as {@link pickLang},
 * kept in step by test/unit/i18n). CSS then shows the matching half of every `<T>` (global.css).
 * What CSS cannot switch — attributes (`aria-label`, `placeholder`, `title`, `content`) and the text
 * of elements that cannot hold markup (`<option>`, `<title>`) — is carried by the element as
 * `data-i18n-attrs='{"placeholder":{"ko":"…","en":"…"}}'` and `data-i18n-text='{"ko":"…","en":"…"}'`
 * (see src/components/i18n-attrs.ts); the markup holds the Korean text, and for an English page a
 * MutationObserver rewrites each such element as the parser adds it, before the first paint.
 * A click on any `[data-lang-switch]` toggles the language, stores it and dispatches
 * `config.event` on `document` (detail: the new language) for islands (`onLangChange`).
 *
 * @see ./lang.ts pickLang — the rule this script implements.
 */

/** What the boot script needs to know. */
export interface LangBootConfig {
  /** localStorage key of the stored choice. */
  key: string;
  /** Name of the event dispatched on `document` after a switch. */
  event: string;
}

/** The boot script (runs in the browser, inlined; must not reference anything outside itself). */
export function langBoot(config: LangBootConfig): void {
  const root = document.documentElement;
  const SELECTOR = '[data-i18n-attrs],[data-i18n-text]';
  const valid = (value: unknown): value is 'ko' | 'en' => value === 'ko' || value === 'en';
  const pick = (): 'ko' | 'en' => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(config.key);
    } catch {
      // storage blocked (private mode, file://): fall back to the browser's language
    }
    if (valid(stored)) return stored;
    const langs = navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language || ''];
    for (const tag of langs) {
      const primary = String(tag).toLowerCase().split('-')[0];
      if (valid(primary)) return primary;
    }
    return 'ko';
  };
  const translate = (el: Element, lang: 'ko' | 'en'): void => {
    try {
      const attrs = el.getAttribute('data-i18n-attrs');
      if (attrs) {
        const map = JSON.parse(attrs) as Record<string, Record<string, string>>;
        for (const name of Object.keys(map)) {
          const value = map[name]?.[lang];
          if (typeof value === 'string' && el.getAttribute(name) !== value) el.setAttribute(name, value);
        }
      }
      const text = el.getAttribute('data-i18n-text');
      if (text) {
        const value = (JSON.parse(text) as Record<string, string>)[lang];
        if (typeof value === 'string' && el.textContent !== value) el.textContent = value;
      }
    } catch {
      // a malformed attribute leaves the Korean text in place
    }
  };
  const translateTree = (node: Node, lang: 'ko' | 'en'): void => {
    if (node.nodeType !== 1) {
      // text added by the parser into an element whose text we rewrite
      if (node.parentElement?.hasAttribute('data-i18n-text')) translate(node.parentElement, lang);
      return;
    }
    const el = node as Element;
    if (el.matches(SELECTOR)) translate(el, lang);
    for (const inner of el.querySelectorAll(SELECTOR)) translate(inner, lang);
  };
  const current = (): 'ko' | 'en' => (valid(root.lang) ? root.lang : 'ko');

  const lang = pick();
  root.lang = lang;
  if (lang !== 'ko') {
    translateTree(root, lang);
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) translateTree(node, current());
    });
    observer.observe(root, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      observer.disconnect();
      translateTree(root, current());
    });
  }
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function' || !target.closest('[data-lang-switch]')) return;
    const next = current() === 'en' ? 'ko' : 'en';
    root.lang = next;
    translateTree(root, next);
    try {
      localStorage.setItem(config.key, next);
    } catch {
      // not stored: the choice lasts for this page only
    }
    document.dispatchEvent(new CustomEvent(config.event, { detail: next }));
  });
}
