/**
 * The search benchmark's browser entry (bundled by bench/search.ts with Vite): the same engine the
 * site's dialog runs (`src/core/search/engine.ts`), with a `fetch` loader, exposed for
 * `page.evaluate`.
 */
export { SearchEngine } from '../src/core/search/engine.ts';

/** Fetches index files below `base` (e.g. `/search/`). */
export function fetchLoader(base: string): (path: string, options?: { background?: boolean }) => Promise<unknown> {
  return async (path, options) => {
    const response = await fetch(`${base}${path}`, options?.background ? { priority: 'low' } : undefined);
    if (!response.ok) throw new Error(`${base}${path}: HTTP ${response.status}`);
    return response.json();
  };
}
