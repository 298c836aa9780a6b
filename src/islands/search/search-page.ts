/**
 * The /search/ page island: reads the query from the URL (`?q=…`), answers it, and keeps the URL
 * in step with the box (`history.replaceState`), so a search can be bookmarked or shared.
 */
import { bindSearch, searchEngine } from './controller.ts';

/** Starts the search page (call once, after the page's markup). */
export function startSearchPage(): void {
  const input = document.getElementById('search-page-input') as HTMLInputElement | null;
  const list = document.getElementById('search-page-results');
  const status = document.getElementById('search-page-status');
  if (!input || !list || !status) return;
  const { run } = bindSearch({
    input,
    list,
    status,
    limit: 50,
    idPrefix: 'search-page-hit',
    onAnswered: (query) => {
      const url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      if (url.href !== window.location.href) history.replaceState(null, '', url);
    },
  });
  // Warm up at once (manifest, first-keystroke answers, hot shards): the student is about to type.
  void searchEngine().catch(() => undefined);
  // What the student typed before this script ran (a slow phone) wins over the URL's query; the
  // URL's query fills an empty box.
  const typed = input.value;
  const query = typed.trim() ? typed : (new URLSearchParams(window.location.search).get('q') ?? '');
  input.value = query;
  if (query.trim()) void run(query);
  else input.focus();
}
