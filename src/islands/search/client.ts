/**
 * The search code the browser fetches on demand (bundled into `/search/client.js` by
 * `src/components/search/client-bundle.ts`): the dialog (every page, on first open) and the
 * /search/ page.
 */
export { openSearch, warmSearch } from './dialog.ts';
export { startSearchPage } from './search-page.ts';
