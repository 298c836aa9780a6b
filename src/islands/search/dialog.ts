/**
 * The search dialog's code, imported by the launcher (`src/components/search/SearchLauncher.astro`)
 * the first time search opens — never on page load. Opening fetches the index manifest; each
 * query then fetches the postings and entry files it needs.
 */
import { t } from './text.ts';
import { currentLang } from '../../i18n/client.ts';
import { bindSearch, searchEngine } from './controller.ts';
import { withBase } from '../../components/links.ts';

let bound: { run: (query: string) => Promise<void> } | null = null;

/** Ids of the dialog's elements (see SearchLauncher.astro). */
const IDS = {
  input: 'search-dialog-input',
  list: 'search-dialog-results',
  status: 'search-dialog-status',
  all: 'search-dialog-all',
} as const;

/**
 * Warms search up before it opens (the launcher calls it when its button is hovered or focused):
 * fetches the manifest and the files most first queries need, at low priority, so the first
 * keypress after opening is answered from memory. Never throws (a failure shows when search opens).
 */
export function warmSearch(): void {
  void searchEngine().catch(() => undefined);
}

/**
 * Makes the dialog the launcher opened live: the first call binds the input, fetches the manifest
 * and answers whatever was typed while this module was loading. Does nothing when the student
 * closed the dialog before this code arrived (it must not pop up again).
 */
export function openSearch(dialog: HTMLDialogElement): void {
  const input = document.getElementById(IDS.input) as HTMLInputElement | null;
  const list = document.getElementById(IDS.list);
  const status = document.getElementById(IDS.status);
  const all = document.getElementById(IDS.all) as HTMLAnchorElement | null;
  if (!input || !list || !status) return;
  if (!dialog.open) return; // the student closed it before this code arrived
  // When the input already has focus the student may be typing (the launcher opened the dialog
  // before this code loaded): never select, or the next keystroke would replace what they typed.
  const typing = document.activeElement === input;
  input.focus();
  if (!bound) {
    bound = bindSearch({
      input,
      list,
      status,
      limit: 10,
      idPrefix: 'search-dialog-hit',
      onAnswered: (query) => {
        if (all) all.href = withBase(`/search/?q=${encodeURIComponent(query)}`);
      },
    });
    // Closing on a click outside the dialog box (on the backdrop).
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    void searchEngine().catch((error: unknown) => {
      status.textContent = t('search.indexFailed', currentLang(), { message: (error as Error).message });
    });
  }
  if (input.value.trim()) void bound.run(input.value);
  if (!typing) input.select();
}
