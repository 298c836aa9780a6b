/** The table of every attempt kept in this browser (/quiz/history/), newest first. */
import { formatDuration } from '../../core/quiz/deadline.ts';
import { questionFingerprint } from '../../core/quiz/fingerprint.ts';
import { attemptHistory } from '../../core/quiz/history.ts';
import type { Attempt, QuizState } from '../../core/quiz/model.ts';
import type { LoadedBank } from './bank-client.ts';
import { attemptHref, describeSource, modeLabel } from './describe.ts';
import { formatDateTime, h, percent } from '../shared/dom.ts';
import { tr } from './history-text.ts';
import { withBase } from '../../components/links.ts';

type HistoryRow = ReturnType<typeof attemptHistory>[number];

/** "N questions edited or removed since" for an attempt whose questions changed after it (bank needed). */
function staleNote(attempt: Attempt | undefined, loaded: LoadedBank | null): HTMLElement | null {
  if (!loaded || !attempt) return null;
  let removed = 0;
  let edited = 0;
  for (const item of attempt.items) {
    const q = loaded.bank.get(item.questionId);
    if (!q) removed += 1;
    else if (questionFingerprint(q) !== item.fingerprint) edited += 1;
  }
  if (removed + edited === 0) return null;
  return h('span', { class: 'quiz-stale muted' }, tr('quiz.history.stale', { removed, edited }));
}

function scoreCell(r: HistoryRow, state: QuizState, loaded: LoadedBank | null): HTMLElement {
  const verdict = tr(r.passed ? 'quiz.history.passed' : 'quiz.history.failed');
  return h(
    'td',
    {},
    r.status === 'in-progress'
      ? tr('quiz.history.inProgress')
      : r.score === null
        ? '—'
        : `${r.correct}/${r.total - r.ungradable} · ${percent(r.score)} ${verdict}`,
    r.ungradable > 0 ? h('span', { class: 'muted' }, tr('quiz.history.ungradable', { count: r.ungradable })) : null,
    staleNote(state.attempts[r.id], loaded),
  );
}

function row(r: HistoryRow, state: QuizState, loaded: LoadedBank | null): HTMLElement {
  return h(
    'tr',
    { 'data-attempt-id': r.id },
    h('td', {}, formatDateTime(r.startedAt)),
    h('td', {}, modeLabel(r.mode)),
    h('td', {}, describeSource(r.source, loaded)),
    scoreCell(r, state, loaded),
    h('td', {}, formatDuration(r.timeUsedMs)),
    h('td', {}, h('a', { href: attemptHref(r.id) }, tr(r.status === 'in-progress' ? 'quiz.history.resume' : 'quiz.history.results'))),
  );
}

/** The table, or "No attempts yet" with a link to start one. */
export function attemptsTable(state: QuizState, loaded: LoadedBank | null, now: number): HTMLElement {
  const rows = attemptHistory(state.attempts, now);
  if (rows.length === 0) {
    return h('p', { class: 'muted' }, tr('quiz.history.none'), ' ', h('a', { href: withBase('/quiz/') }, tr('quiz.history.startQuiz')));
  }
  const heads = ['date', 'mode', 'topics', 'score', 'time', 'open'] as const;
  return h(
    'div',
    { class: 'quiz-table-scroll' },
    h(
      'table',
      { class: 'quiz-history-table' },
      h('thead', {}, h('tr', {}, ...heads.map((k) => h('th', { scope: 'col' }, tr(`quiz.history.${k}`))))),
      h('tbody', {}, ...rows.map((r) => row(r, state, loaded))),
    ),
  );
}
