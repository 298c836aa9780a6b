/**
 * Renders search results (shared by the search dialog and the /search/ page) with the islands'
 * shared element builder (`src/islands/shared/dom.ts`). Text is inserted as text nodes only;
 * highlights become `<mark>` elements around ranges the engine computed.
 */
import type { HitKind, IndexLoader, SearchHit, SearchResponse } from '../../core/search/engine.ts';
import type { Range } from '../../core/search/snippet.ts';
import { t } from './text.ts';
import { currentLang } from '../../i18n/client.ts';
import { contentLang } from '../../i18n/lang.ts';
import { h } from '../shared/dom.ts';
import { withBase } from '../../components/links.ts';

/** Where the index files are served (see `src/pages/search/`). */
export const SEARCH_BASE = withBase('/search/');

/**
 * Fetches index files from {@link SEARCH_BASE}; an HTTP error becomes an Error naming the file. A
 * request the search launcher already made for a file (the manifest, the first-key answers: it asks
 * for them with the code, src/components/search/SearchLauncher.astro) is taken instead, once.
 */
export function fetchLoader(base = SEARCH_BASE): IndexLoader {
  return async (path, options) => {
    const url = `${base}${path}`;
    const early = (globalThis as { __emrPrepSearchEarly?: Record<string, Promise<Response>> }).__emrPrepSearchEarly;
    const pending = early?.[url];
    if (pending) delete early![url];
    const again = () => fetch(url, options?.background ? { priority: 'low' } : undefined);
    const response = await (pending ? pending.catch(again) : again());
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  };
}

/** Catalog keys of the result kinds' labels. */
export const KIND_LABEL = {
  note: 'search.kind.note',
  question: 'search.kind.question',
  alias: 'search.kind.alias',
  tag: 'search.kind.tag',
  glossary: 'glossary.hitKind',
} as const satisfies Record<HitKind, string>;

/** A text with `<mark>`s around the given ranges. */
export function highlighted(text: string, ranges: readonly Range[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) out.append(text.slice(at, start));
    out.append(h('mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}

/**
 * One result as a list item holding one link: kind, title (highlighted), snippet (highlighted),
 * tags. A plain list of links (not a listbox of options: an option may not hold a link, axe
 * `nested-interactive`), so every result is a real link (new tab, copy link) and ↑/↓ move focus.
 *
 * @param id element id of the item.
 */
export function renderHit(hit: SearchHit, id: string): HTMLLIElement {
  const lang = currentLang();
  return h(
    'li',
    { class: `search-hit search-hit--${hit.kind}`, id },
    h(
      'a',
      { class: 'search-hit__link', href: hit.href },
      h(
        'span',
        { class: 'search-hit__head' },
        h('span', { class: 'search-hit__kind' }, t(KIND_LABEL[hit.kind], lang)),
        h(
          'span',
          { class: 'search-hit__title', 'data-content': true, lang: contentLang(hit.title) },
          highlighted(hit.title, hit.titleHighlights),
        ),
      ),
      hit.snippet.text
        ? h(
            'span',
            { class: 'search-hit__snippet', 'data-content': true, lang: contentLang(hit.snippet.text) },
            highlighted(hit.snippet.text, hit.snippet.highlights),
          )
        : null,
      hit.tags.length > 0
        ? h(
            'span',
            { class: 'search-hit__tags' },
            hit.tags
              .slice(0, 6)
              .map((tag) =>
                h(
                  'span',
                  { class: tag.matched ? 'search-hit__tag search-hit__tag--matched' : 'search-hit__tag', title: tag.path },
                  lang === 'en' && tag.en ? tag.en : tag.ko,
                ),
              ),
          )
        : null,
    ),
  );
}

/** The status line of a response in the page's language: how many results, unknown tags, words that matched nothing. */
export function statusText(response: SearchResponse, lang = currentLang()): string {
  if (response.unknownTags.length > 0) {
    return t('search.unknownTag', lang, { tags: response.unknownTags.map((tag) => `#${tag}`).join(', ') });
  }
  const parts: string[] = [];
  if (response.total === 0) parts.push(t('search.noResults', lang));
  else parts.push(t('search.resultCount', lang, { count: response.total }));
  if (response.unmatchedWords.length > 0) parts.push(t('search.notFoundWords', lang, { words: response.unmatchedWords.join(', ') }));
  return parts.join(' — ');
}

/** True when a keyboard event belongs to an IME composition (its Enter must not act). */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}
