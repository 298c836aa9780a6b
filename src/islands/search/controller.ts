/**
 * Wires a search box to a result list (the dialog and the /search/ page both use it):
 * search as you type (also while the IME is still composing a syllable), ↑/↓ to move through the
 * results, Enter to open the first result, and never a navigation on the Enter that ends an IME
 * composition (`isComposing`, keyCode 229).
 *
 * The next key from memory (issue 16): once a text's results are in the DOM, the engine fetches
 * what the student's next key will need (`SearchEngine.prefetchNext`): after the first key, that
 * key's second-keystroke answers (`/search/next/<code point>.json`); after more, at low priority,
 * the index shards every continuation of the word can read and the entry chunks of the results of
 * its likeliest continuations. A newer key stops the older key's prefetch. A student who asked the
 * browser to save data (`navigator.connection.saveData`) gets only the second-keystroke answers
 * (~10 KB gzip, less than the shards and chunks the second key fetches without them): every later
 * key fetches only what it needs. Results are only ever rendered for the text in the box (a sequence number
 * drops every answer overtaken by a later key).
 */
import { SearchEngine } from '../../core/search/engine.ts';
import { t } from './text.ts';
import { currentLang, onLangChange } from '../../i18n/client.ts';
import { fetchLoader, isComposing, renderHit, statusText } from './render.ts';

let engine: Promise<SearchEngine> | null = null;

/** The search engine of this page, opened (manifest fetched) on first call. */
export function searchEngine(): Promise<SearchEngine> {
  if (!engine) {
    // The first-keystroke answers (`first.json`) come with the manifest: the first result list
    // needs no shard (issue 16).
    engine = SearchEngine.open(fetchLoader(), { firstKeys: true });
    engine.then(
      // The files most first queries need (a small index: all of it) are fetched right away, at
      // low priority: by the time the student has typed, the first query runs without waiting.
      (opened) => {
        void opened.prefetchHot().catch(() => undefined);
      },
      () => {
        engine = null;
      },
    );
  }
  return engine;
}

/** True when the student asked the browser to use less data (Network Information API; absent in Firefox and Safari). */
function savingData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** What {@link bindSearch} controls. */
export interface SearchBinding {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  /** Most results shown. */
  limit: number;
  /** Prefix of the result item ids (unique per page). */
  idPrefix: string;
  /** Called after each query is answered (e.g. to put it in the URL). */
  onAnswered?: (query: string) => void;
}

/**
 * Runs queries for an input and renders them; returns `run` to search a given text now.
 * Keys: in the box, Enter opens the first result (never the Enter that ends an IME composition)
 * and ↓ moves to the results; on a result, ↑/↓ move between results (↑ from the first goes back to
 * the box) and Enter follows the link.
 */
export function bindSearch(binding: SearchBinding): { run: (query: string) => Promise<void> } {
  const { input, list, status, limit, idPrefix } = binding;
  let sequence = 0;
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit__link')];

  const run = async (query: string): Promise<void> => {
    const mine = ++sequence;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      binding.onAnswered?.(query);
      return;
    }
    try {
      const opened = await searchEngine();
      const response = await opened.search(query, { limit });
      if (mine !== sequence) return;
      list.replaceChildren(...response.hits.map((hit, i) => renderHit(hit, `${idPrefix}-${i}`)));
      status.textContent = statusText(response);
      binding.onAnswered?.(query);
      // In a task of its own, after the results: the prefetch's requests and ranking come second.
      setTimeout(() => void opened.prefetchNext(query, { limit, current: () => mine === sequence, speculative: !savingData() }), 0);
    } catch (error) {
      if (mine !== sequence) return;
      list.replaceChildren();
      status.textContent = t('search.failed', currentLang(), { message: (error as Error).message });
    }
  };
  // Results and status follow the language switch (the query is answered again from the cache).
  onLangChange(() => {
    if (input.value.trim() !== '') void run(input.value);
  });

  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('keydown', (event) => {
    if (isComposing(event)) return;
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.click();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    if (isComposing(event) || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  });
  return { run };
}
