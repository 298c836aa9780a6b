/**
 * The /quiz/history/ island: every attempt kept in this browser, the score trend chart, the
 * weakest tags, unfinished attempts to resume, the review cards due, export and import of the
 * whole state as JSON, and the set-aside (unreadable) states to download. The sections are drawn
 * by history-sections.ts, history-table.ts and progress-view.ts.
 *
 * Scores come from the grades stored with each attempt (`attemptHistory`), so the page works even
 * before — or without — the question bank; the bank adds tag labels and note titles, and lets
 * attempts whose deadline passed while the page was closed be submitted (`settleExpiredAttempts`).
 */
import { settleExpiredAttempts } from '../../core/quiz/commit.ts';
import { applyAttemptReviews } from '../../core/quiz/review-scheduler.ts';
import { exportState, importState, type MergeReport } from '../../core/quiz/persistence.ts';
import { onLangChange } from '../../i18n/client.ts';
import { openBank, type LoadedBank } from './bank-client.ts';
import { byId, h } from '../shared/dom.ts';
import { showNotice, type PageNotice } from './notices.ts';
import { QuizStore } from './store.ts';
import { renderProgress } from './progress-view.ts';
import { dueSection, trendSection, unfinishedSection, weakSection } from './history-sections.ts';
import { attemptsTable } from './history-table.ts';
import { tr } from './history-text.ts';

const clock = { now: () => Date.now() };

/** Offers `text` as a file download named `name`. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2026-01-05` of an epoch-ms time, in local time (for file names). */
function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function mergeMessage(r: MergeReport): string {
  return tr('quiz.history.imported', {
    added: r.attemptsAdded,
    updated: r.attemptsUpdated,
    renamed: r.attemptsRenamed,
    kept: r.attemptsKept,
    cardsAdded: r.cardsAdded,
    cardsUpdated: r.cardsUpdated,
    cardsKept: r.cardsKept,
  });
}

/** Starts the /quiz/history/ island (called once from src/pages/quiz/history/index.astro). */
export function startHistoryPage(): void {
  new HistoryPage().start();
}

/** Every question id of the stored attempts (the history table shows each attempt's items). */
function storedQuestionIds(attempts: Readonly<Record<string, { items: ReadonlyArray<{ questionId: string }> }>>): string[] {
  return [...new Set(Object.values(attempts).flatMap((a) => a.items.map((i) => i.questionId)))];
}

class HistoryPage {
  private readonly noticesHost = byId('quiz-notices');
  private readonly importInput = byId<HTMLInputElement>('history-import');
  private readonly importResult = byId('history-import-result');
  private readonly recoveredHost = byId('history-recovered');
  private readonly store = new QuizStore((notice: PageNotice) => showNotice(this.noticesHost, notice), clock.now);
  private loaded: LoadedBank | null = null;

  private render(): void {
    const state = this.store.read();
    const now = clock.now();
    const loaded = this.loaded;
    if (loaded) byId('history-progress').replaceChildren(renderProgress(loaded, state, now));
    byId('history-status').replaceChildren(tr('quiz.history.count', { count: Object.keys(state.attempts).length }));
    byId('history-unfinished').replaceChildren(unfinishedSection(state, loaded, now));
    byId('history-due').replaceChildren(dueSection(state, loaded, now));
    byId('history-trend').replaceChildren(trendSection(state));
    byId('history-weak').replaceChildren(weakSection(state, loaded));
    byId('history-attempts').replaceChildren(attemptsTable(state, loaded, now));
    this.renderRecovered();
  }

  /** The set-aside (unreadable) saved states, each to download or delete. */
  private renderRecovered(): void {
    const keys = this.store.recoveredKeys();
    if (keys.length === 0) {
      this.recoveredHost.replaceChildren();
      return;
    }
    const small = 'quiz-button quiz-button--small';
    const remove = (key: string) => {
      if (!window.confirm(tr('quiz.history.deleteConfirm', { key }))) return;
      this.store.discardRecovered(key);
      this.render();
    };
    this.recoveredHost.replaceChildren(
      h('h3', {}, tr('quiz.history.setAside')),
      h('p', { class: 'muted' }, tr('quiz.history.setAsideText')),
      h(
        'ul',
        { class: 'quiz-list' },
        ...keys.map((key) =>
          h(
            'li',
            {},
            h('code', {}, key),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: small,
                onclick: () => download(`${key.replace(/:/g, '-')}.json`, this.store.recoveredText(key) ?? ''),
              },
              tr('quiz.history.download'),
            ),
            ' ',
            h('button', { type: 'button', class: small, onclick: () => remove(key) }, tr('quiz.history.delete')),
          ),
        ),
      ),
    );
  }

  private async importFile(file: File): Promise<void> {
    const result = importState(this.store.read(), await file.text());
    if (!result.ok) {
      this.importResult.replaceChildren(
        h(
          'div',
          { class: 'quiz-notice quiz-notice--bad' },
          h('p', {}, tr('quiz.history.importFailed', { file: file.name })),
          h('pre', {}, result.error),
        ),
      );
      return;
    }
    const loaded = this.loaded;
    // The imported attempts' questions, so their rows and a deadline that passed can be graded.
    if (loaded) {
      await loaded
        .load(storedQuestionIds(result.state.attempts))
        .catch((error: unknown) =>
          showNotice(this.noticesHost, { kind: 'bank-failed', detail: error instanceof Error ? error.message : String(error) }),
        );
    }
    const next = loaded ? settleExpiredAttempts(result.state, { bank: loaded.bank, clock }, applyAttemptReviews).state : result.state;
    const saved = this.store.write(next);
    this.importResult.replaceChildren(
      h('div', { class: `quiz-notice ${saved ? 'quiz-notice--good' : 'quiz-notice--warn'}` }, h('p', {}, mergeMessage(result.report))),
    );
    this.render();
  }

  start(): void {
    byId('history-export').addEventListener('click', () => {
      const now = clock.now();
      download(`emr-prep-quiz-${isoDay(now)}.json`, exportState(this.store.read(), now));
      byId('quiz-live').textContent = tr('quiz.history.exported');
    });
    this.importInput.addEventListener('change', async () => {
      const file = this.importInput.files?.[0];
      if (file) await this.importFile(file);
      this.importInput.value = '';
    });
    this.store.onExternalChange(() => this.render());
    onLangChange(() => this.render());
    // (The readiness figures need the scheduler anyway: this page loads it with its script.)
    this.store.useReviews(applyAttemptReviews);
    this.render();
    // The manifest and the questions of the stored attempts only (their table rows and deadlines),
    // not every shard of the bank.
    openBank({ preload: storedQuestionIds(this.store.read().attempts) })
      .then((bank) => {
        this.loaded = bank;
        this.store.update((state) => settleExpiredAttempts(state, { bank: bank.bank, clock }, applyAttemptReviews).state);
        this.render();
      })
      .catch((error: unknown) =>
        showNotice(this.noticesHost, { kind: 'bank-failed', detail: error instanceof Error ? error.message : String(error) }),
      );
  }
}
