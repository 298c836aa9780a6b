/**
 * Messages about the student's saved data and other tabs, shown in the page's `#quiz-notices`
 * area (an alert for problems, a status for good news). Bilingual, like the rest of the site.
 */
import type { StoreNotice } from './store.ts';
import { h } from '../shared/dom.ts';
import { tr } from './text.ts';

/** The kinds of notice the pages show, beyond the store's own. */
export type PageNotice =
  | StoreNotice
  | { kind: 'other-tab-submitted' }
  | { kind: 'other-tab-changed' }
  | { kind: 'attempt-not-found'; id: string }
  | { kind: 'bank-failed'; detail: string }
  | { kind: 'error'; detail: string };

/** The message of a notice in the page's language, and its tone. */
function text(notice: PageNotice): { message: string; tone: 'warn' | 'bad' | 'good' | 'info' } {
  switch (notice.kind) {
    case 'recovered':
      return notice.key
        ? { tone: 'warn', message: tr('quiz.notice.recovered', { key: notice.key }) }
        : { tone: 'bad', message: tr('quiz.notice.unreadable') };
    case 'quota':
      return { tone: 'bad', message: tr('quiz.notice.quota') };
    case 'unavailable':
      return { tone: 'warn', message: tr('quiz.notice.unavailable') };
    case 'saved-again':
      return { tone: 'good', message: tr('quiz.notice.savedAgain') };
    case 'other-tab-submitted':
      return { tone: 'info', message: tr('quiz.notice.otherTabSubmitted') };
    case 'other-tab-changed':
      return { tone: 'info', message: tr('quiz.notice.otherTabChanged') };
    case 'attempt-not-found':
      return { tone: 'warn', message: tr('quiz.notice.attemptNotFound', { id: notice.id }) };
    case 'bank-failed':
      return { tone: 'bad', message: tr('quiz.notice.bankFailed', { detail: notice.detail }) };
    case 'error':
      return { tone: 'bad', message: tr('quiz.notice.error', { detail: notice.detail }) };
  }
}

/**
 * Shows a notice at the top of `host` (newest first). A notice of the same kind replaces the
 * previous one, so repeated quota errors do not pile up.
 *
 * @returns the notice element.
 */
export function showNotice(host: HTMLElement, notice: PageNotice): HTMLElement {
  const { message, tone } = text(notice);
  host.querySelector(`[data-notice="${notice.kind}"]`)?.remove();
  const problem = tone === 'bad' || tone === 'warn';
  const el = h(
    'div',
    { class: `quiz-notice quiz-notice--${tone}`, role: problem ? 'alert' : 'status', 'data-notice': notice.kind },
    h('p', {}, message),
    notice.kind === 'recovered' && notice.detail
      ? h('details', {}, h('summary', {}, tr('quiz.notice.why')), h('pre', {}, notice.detail))
      : null,
    h('button', { type: 'button', class: 'quiz-button quiz-button--small', onclick: () => el.remove() }, tr('quiz.notice.dismiss')),
  );
  host.prepend(el);
  return el;
}
