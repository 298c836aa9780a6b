/**
 * Renders search results (shared by the search dialog and the /search/ page) with the islands'
 * shared element builder (`src/islands/shared/dom.ts`). Text is inserted as text nodes only;
 * highlights become `<mark>` elements around ranges the engine computed.
 */
import type { HitKind, IndexLoader, SearchHit, SearchResponse } from '../../core/search/engine.ts';
import type { Range } from '../../core/search/snippet.ts';
import { bi, h } from '../shared/dom.ts';
import { withBase } from '../../components/links.ts';

/** Where the index files are served (see `src/pages/search/`). */
export const SEARCH_BASE = withBase('/search/');

/** Fetches index files from {@link SEARCH_BASE}; an HTTP error becomes an Error naming the file. */
export function fetchLoader(base = SEARCH_BASE): IndexLoader {
  return async (path, options) => {
    const url = `${base}${path}`;
    const response = await fetch(url, options?.background ? { priority: 'low' } : undefined);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  };
}

/** Labels of the result kinds (Korean · English). */
export const KIND_LABEL: Record<HitKind, { ko: string; en: string }> = {
  note: { ko: '노트', en: 'Note' },
  question: { ko: '문제', en: 'Question' },
  alias: { ko: '별칭', en: 'Alias' },
  tag: { ko: '태그', en: 'Tag' },
};

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
  const kind = KIND_LABEL[hit.kind];
  return h(
    'li',
    { class: `search-hit search-hit--${hit.kind}`, id },
    h(
      'a',
      { class: 'search-hit__link', href: hit.href },
      h(
        'span',
        { class: 'search-hit__head' },
        h('span', { class: 'search-hit__kind' }, bi(kind.ko, kind.en)),
        h('span', { class: 'search-hit__title' }, highlighted(hit.title, hit.titleHighlights)),
      ),
      hit.snippet.text ? h('span', { class: 'search-hit__snippet' }, highlighted(hit.snippet.text, hit.snippet.highlights)) : null,
      hit.tags.length > 0
        ? h(
            'span',
            { class: 'search-hit__tags' },
            hit.tags
              .slice(0, 6)
              .map((tag) =>
                h('span', { class: tag.matched ? 'search-hit__tag search-hit__tag--matched' : 'search-hit__tag', title: tag.path }, tag.ko),
              ),
          )
        : null,
    ),
  );
}

/** The status line of a response: how many results, unknown tags, words that matched nothing. */
export function statusText(response: SearchResponse): string {
  if (response.unknownTags.length > 0) {
    return `알 수 없는 태그 · Unknown tag: ${response.unknownTags.map((t) => `#${t}`).join(', ')}`;
  }
  const parts: string[] = [];
  if (response.total === 0) parts.push('결과 없음 · No results');
  else parts.push(`결과 ${response.total}개 · ${response.total} result${response.total === 1 ? '' : 's'}`);
  if (response.unmatchedWords.length > 0) parts.push(`찾지 못한 단어 · not found: ${response.unmatchedWords.join(', ')}`);
  return parts.join(' — ');
}

/** True when a keyboard event belongs to an IME composition (its Enter must not act). */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}
