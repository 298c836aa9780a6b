/**
 * The /quiz/history/ island: every attempt kept in this browser, the score trend chart, the
 * weakest tags, unfinished attempts to resume, the review cards due, export and import of the
 * whole state as JSON, and the set-aside (unreadable) states to download.
 *
 * Scores come from the grades stored with each attempt (`attemptHistory`), so the page works even
 * before — or without — the question bank; the bank adds tag labels and note titles, and lets
 * attempts whose deadline passed while the page was closed be submitted (`settleExpiredAttempts`).
 */
import {
  attemptHistory,
  DEFAULT_PASSING_SCORE,
  dueCards,
  exportState,
  formatDuration,
  importState,
  remainingMs,
  scoreTrend,
  settleExpiredAttempts,
  unfinishedAttempts,
  weakestTags,
  questionFingerprint,
  type Attempt,
  type MergeReport,
  type QuizState,
} from '../../core/quiz/index.ts';
import { openBank, tagLabel, type LoadedBank } from './bank-client.ts';
import { trendChart } from './charts.ts';
import { answeredCount, attemptHref, describeSource, modeLabel } from './describe.ts';
import { bi, byId, formatDateTime, h, percent } from '../shared/dom.ts';
import { showNotice, type PageNotice } from './notices.ts';
import { QuizStore } from './store.ts';
import { renderProgress } from './progress-view.ts';
import { withBase } from '../../components/links.ts';

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
  return (
    `가져옴 · Imported: ${r.attemptsAdded} attempt(s) added, ${r.attemptsUpdated} updated, ${r.attemptsRenamed} kept beside a different version, ` +
    `${r.attemptsKept} already here; ${r.cardsAdded} review card(s) added, ${r.cardsUpdated} updated, ${r.cardsKept} kept.`
  );
}

/** Starts the /quiz/history/ island (called once from src/pages/quiz/history/index.astro). */
export function startHistoryPage(): void {
  const noticesHost = byId('quiz-notices');
  const status = byId('history-status');
  const unfinishedHost = byId('history-unfinished');
  const dueHost = byId('history-due');
  const trendHost = byId('history-trend');
  const weakHost = byId('history-weak');
  const attemptsHost = byId('history-attempts');
  const importInput = byId<HTMLInputElement>('history-import');
  const importResult = byId('history-import-result');
  const recoveredHost = byId('history-recovered');
  const live = byId('quiz-live');
  const progressHost = byId('history-progress');

  const notify = (notice: PageNotice) => showNotice(noticesHost, notice);
  const store = new QuizStore(notify, clock.now);
  let loaded: LoadedBank | null = null;

  /** "N questions edited or removed since" for an attempt whose questions changed after it (bank needed). */
  function staleNote(attempt: Attempt): HTMLElement | null {
    if (!loaded) return null;
    let removed = 0;
    let edited = 0;
    for (const item of attempt.items) {
      const q = loaded.bank.get(item.questionId);
      if (!q) removed += 1;
      else if (questionFingerprint(q) !== item.fingerprint) edited += 1;
    }
    if (removed + edited === 0) return null;
    return h(
      'span',
      { class: 'quiz-stale muted' },
      ` · ${removed > 0 ? `${removed} removed` : ''}${removed > 0 && edited > 0 ? ', ' : ''}${edited > 0 ? `${edited} edited` : ''} since · 이후 바뀐 문제`,
    );
  }

  function render(): void {
    if (loaded) progressHost.replaceChildren(renderProgress(loaded, store.read(), clock.now()));
    const state: QuizState = store.read();
    const now = clock.now();
    const rows = attemptHistory(state.attempts, now);
    status.replaceChildren(
      bi(`이 브라우저의 시도 ${rows.length}개`, `${rows.length} attempt${rows.length === 1 ? '' : 's'} in this browser`),
    );

    const unfinished = unfinishedAttempts(state.attempts);
    unfinishedHost.replaceChildren(
      unfinished.length === 0
        ? h('p', { class: 'muted' }, bi('진행 중인 시도가 없습니다.', 'No unfinished attempt.'))
        : h(
            'ul',
            { class: 'quiz-list' },
            ...unfinished.map((a) => {
              const left = remainingMs(a, now);
              return h(
                'li',
                {},
                h('a', { href: attemptHref(a.id), class: 'quiz-button quiz-button--small' }, bi('이어 하기', 'Resume')),
                ` ${modeLabel(a.mode)} — ${describeSource(a.source, loaded)} — ${answeredCount(a)}/${a.items.length} answered — ${formatDateTime(a.startedAt)}`,
                left !== null ? ` — ${formatDuration(left)} left` : '',
              );
            }),
          ),
    );

    const due = dueCards(state.cards, now).filter((c) => !loaded || loaded.bank.has(c.questionId));
    const cardCount = Object.keys(state.cards).length;
    dueHost.replaceChildren(
      h(
        'p',
        {},
        bi(
          `복습 카드 ${cardCount}장, 지금 복습할 문제 ${due.length}개.`,
          `${cardCount} review card${cardCount === 1 ? '' : 's'}; ${due.length} due now.`,
        ),
        ' ',
        due.length > 0
          ? h('a', { href: withBase('/quiz/?due=1'), class: 'quiz-button quiz-button--small' }, bi('복습 시작', 'Start review'))
          : null,
      ),
    );

    const trend = scoreTrend(state.attempts);
    const passLine = state.settings.passingScore ?? DEFAULT_PASSING_SCORE;
    trendHost.replaceChildren(
      trend.length === 0
        ? h('p', { class: 'muted' }, bi('제출한 시도가 아직 없습니다.', 'No submitted attempt yet.'))
        : trendChart('제출 순 점수 · Score per submitted attempt', trend, passLine),
    );

    const weak = weakestTags(state.attempts);
    weakHost.replaceChildren(
      weak.length === 0
        ? h(
            'p',
            { class: 'muted' },
            bi('태그마다 채점된 문제가 3개 이상 쌓이면 보여 줍니다.', 'Shown once a tag has at least 3 graded answers.'),
          )
        : h(
            'ol',
            { class: 'quiz-list' },
            ...weak.map((t) =>
              h(
                'li',
                {},
                h('strong', {}, loaded ? tagLabel(loaded.tags, t.tag) : t.tag),
                ` (${t.tag}) — ${t.correct}/${t.graded} · ${percent(t.rate)} `,
                h('a', { href: withBase(`/quiz/?tags=${encodeURIComponent(t.tag)}`) }, bi('이 태그 연습', 'Practise this tag')),
              ),
            ),
          ),
    );

    attemptsHost.replaceChildren(
      rows.length === 0
        ? h(
            'p',
            { class: 'muted' },
            bi('아직 시도가 없습니다. ', 'No attempts yet. '),
            h('a', { href: withBase('/quiz/') }, bi('퀴즈 시작', 'Start a quiz')),
          )
        : h(
            'div',
            { class: 'quiz-table-scroll' },
            h(
              'table',
              { class: 'quiz-history-table' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', { scope: 'col' }, bi('날짜', 'Date')),
                  h('th', { scope: 'col' }, bi('방식', 'Mode')),
                  h('th', { scope: 'col' }, bi('주제', 'Topics')),
                  h('th', { scope: 'col' }, bi('점수', 'Score')),
                  h('th', { scope: 'col' }, bi('시간', 'Time')),
                  h('th', { scope: 'col' }, bi('보기', 'Open')),
                ),
              ),
              h(
                'tbody',
                {},
                ...rows.map((r) =>
                  h(
                    'tr',
                    { 'data-attempt-id': r.id },
                    h('td', {}, formatDateTime(r.startedAt)),
                    h('td', {}, modeLabel(r.mode)),
                    h('td', {}, describeSource(r.source, loaded)),
                    h(
                      'td',
                      {},
                      r.status === 'in-progress'
                        ? bi('진행 중', 'in progress')
                        : r.score === null
                          ? '—'
                          : `${r.correct}/${r.total - r.ungradable} · ${percent(r.score)} ${r.passed ? '✓ pass' : '✗ fail'}`,
                      r.ungradable > 0 ? h('span', { class: 'muted' }, ` (${r.ungradable} changed/removed, not scored)`) : null,
                      staleNote(state.attempts[r.id]!),
                    ),
                    h('td', {}, formatDuration(r.timeUsedMs)),
                    h(
                      'td',
                      {},
                      h('a', { href: attemptHref(r.id) }, r.status === 'in-progress' ? bi('이어 하기', 'Resume') : bi('결과', 'Results')),
                    ),
                  ),
                ),
              ),
            ),
          ),
    );

    const keys = store.recoveredKeys();
    recoveredHost.replaceChildren(
      ...(keys.length === 0
        ? []
        : [
            h('h3', {}, bi('따로 보관한 데이터', 'Set-aside data')),
            h(
              'p',
              { class: 'muted' },
              bi(
                '읽을 수 없어 따로 보관한 저장 데이터입니다. 내려받아 살펴볼 수 있습니다.',
                'Saved data that could not be read was kept here instead of being deleted. Download it to inspect or repair it.',
              ),
            ),
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
                      class: 'quiz-button quiz-button--small',
                      onclick: () => download(`${key.replace(/:/g, '-')}.json`, store.recoveredText(key) ?? ''),
                    },
                    bi('내려받기', 'Download'),
                  ),
                  ' ',
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'quiz-button quiz-button--small',
                      onclick: () => {
                        if (window.confirm(`Delete ${key}? Download it first if you may need it.`)) {
                          store.discardRecovered(key);
                          render();
                        }
                      },
                    },
                    bi('지우기', 'Delete'),
                  ),
                ),
              ),
            ),
          ]),
    );
  }

  byId('history-export').addEventListener('click', () => {
    const now = clock.now();
    download(`emr-prep-quiz-${isoDay(now)}.json`, exportState(store.read(), now));
    live.textContent = '내보냈습니다 · Exported';
  });

  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    const raw = await file.text();
    const result = importState(store.read(), raw);
    if (!result.ok) {
      importResult.replaceChildren(
        h(
          'div',
          { class: 'quiz-notice quiz-notice--bad' },
          h(
            'p',
            {},
            bi(
              `${file.name}을(를) 가져오지 못했습니다. 지금 기록은 그대로입니다.`,
              `Could not import ${file.name}; your current data is unchanged.`,
            ),
          ),
          h('pre', {}, result.error),
        ),
      );
    } else {
      let next = result.state;
      if (loaded) {
        // Every stored attempt's questions: to settle expired ones and to tell which changed since.
        await loaded
          .load(allQuestionIds(next.attempts))
          .catch((error: unknown) => notify({ kind: 'bank-failed', detail: error instanceof Error ? error.message : String(error) }));
        const context = { bank: loaded.bank, clock };
        next = settleExpiredAttempts(next, context).state;
      }
      const saved = store.write(next);
      importResult.replaceChildren(
        h('div', { class: `quiz-notice ${saved ? 'quiz-notice--good' : 'quiz-notice--warn'}` }, h('p', {}, mergeMessage(result.report))),
      );
      render();
    }
    importInput.value = '';
  });

  // Another tab may have added attempts: load their questions before comparing them.
  store.onExternalChange(() => {
    if (!loaded) return render();
    loaded.load(allQuestionIds(store.read().attempts)).then(render, render);
  });
  render();

  openBank({ preload: allQuestionIds(store.read().attempts) })
    .then((bank) => {
      loaded = bank;
      const context = { bank: bank.bank, clock };
      store.update((state) => settleExpiredAttempts(state, context).state);
      render();
    })
    .catch((error: unknown) => notify({ kind: 'bank-failed', detail: error instanceof Error ? error.message : String(error) }));
}

/** The question ids of every stored attempt (the history page grades and compares them all). */
function allQuestionIds(attempts: Readonly<Record<string, Attempt>>): string[] {
  return Object.values(attempts).flatMap((a) => a.items.map((i) => i.questionId));
}
