/**
 * A tiny element builder shared by the browser islands (quiz, calculator; no UI framework):
 * `h('p', { class: 'x' }, 'text')`.
 * Text children are inserted as text nodes (never parsed as HTML); the only HTML the islands insert
 * is the question content the core already sanitized (`stemHtml`, `option.html`,
 * `explanationHtml`), through {@link trustedHtml}.
 */

import { rebaseHtml } from '../../components/links.ts';
import { currentLang } from '../../i18n/client.ts';

/** A child of {@link h}: a node, text, or nothing (null/undefined/false are skipped). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes of {@link h}: strings/numbers as attributes, `true` as an empty attribute, `false`/null/undefined left out; `on*` functions as listeners. */
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/**
 * Creates an element.
 *
 * @param tag an HTML tag name (`svg` elements: use {@link s}).
 * @param attrs attributes; `onClick`-style keys add event listeners (`onclick` → `click`).
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children.flat());
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element (same conventions as {@link h}). */
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

function applyAttrs(el: Element, attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else if (value !== false && value !== null && value !== undefined) {
      el.setAttribute(key, String(value));
    }
  }
}

function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/**
 * An element holding HTML that the core pipeline sanitized at build time (rehype-sanitize).
 * Never pass text typed by a user or read from storage here. Its root-relative links (a wikilink's
 * `/notes/<slug>/`) are moved below the site's base path ({@link rebaseHtml}).
 */
export function trustedHtml<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs, html: string): HTMLElementTagNameMap[K] {
  const el = h(tag, attrs);
  el.innerHTML = rebaseHtml(html);
  return el;
}

/**
 * Text in both languages as two spans of which CSS shows the one of `<html lang>` (the same markup
 * as `<T>`, src/components/T.astro), so it follows the language switch without a re-render.
 * @deprecated for new code: take the text from the catalog, `t(key, currentLang())` (src/i18n).
 */
export function bi(ko: string, en: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(h('span', { class: 'i18n', lang: 'ko' }, ko), h('span', { class: 'i18n', lang: 'en' }, en));
  return frag;
}

/** The element with `id`, typed; throws naming the id when the page lacks it (a template bug). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

/**
 * Replaces the children of `host` and keeps keyboard focus: the element that had focus and
 * carried `data-focus="<key>"` is looked up by the same key in the new content and focused again.
 *
 * @returns whether focus was restored.
 */
export function replaceKeepingFocus(host: Element, ...children: Child[]): boolean {
  const active = document.activeElement as HTMLElement | null;
  const key = active && host.contains(active) ? active.dataset.focus : undefined;
  host.replaceChildren();
  append(host, children);
  if (key) {
    const again = host.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
    if (again) {
      again.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/**
 * `Intl` date-time of an epoch-ms time in the page's language: "2026. 1. 5. 오후 3:04" in Korean,
 * "Jan 5, 2026, 3:04 PM" in English (the views that show it redraw on a language switch).
 */
export function formatDateTime(ms: number): string {
  const locale = currentLang() === 'en' ? 'en-US' : 'ko-KR';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/** A fraction 0–1 as a whole percent, e.g. 0.725 → "73%". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
