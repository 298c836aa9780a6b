/**
 * The sections of /quiz/history/ above the table: attempts in progress, review cards due, the score
 * trend and the weakest tags. Each is a function of the stored state (and the bank, when loaded).
 */
import { formatDuration, remainingMs } from '../../core/quiz/deadline.ts';
import { scoreTrend, unfinishedAttempts, weakestTags } from '../../core/quiz/history.ts';
import type { QuizState } from '../../core/quiz/model.ts';
import { dueCards } from '../../core/quiz/review-cards.ts';
import { DEFAULT_PASSING_SCORE } from '../../core/quiz/scoring.ts';
import { tagLabel, type LoadedBank } from './bank-client.ts';
import { trendChart } from './charts.ts';
import { answeredCount, attemptHref, describeSource, modeLabel } from './describe.ts';
import { reviewQuizHref } from './exam-view.ts';
import { formatDateTime, h, percent } from '../shared/dom.ts';
import { tr } from './history-text.ts';
import { withBase } from '../../components/links.ts';

/** Attempts in progress, each with a Resume link. */
export function unfinishedSection(state: QuizState, loaded: LoadedBank | null, now: number): HTMLElement {
  const unfinished = unfinishedAttempts(state.attempts);
  if (unfinished.length === 0) return h('p', { class: 'muted' }, tr('quiz.history.noUnfinished'));
  return h(
    'ul',
    { class: 'quiz-list' },
    ...unfinished.map((a) => {
      const left = remainingMs(a, now);
      return h(
        'li',
        {},
        h('a', { href: attemptHref(a.id), class: 'quiz-button quiz-button--small' }, tr('quiz.history.resume')),
        ` ${modeLabel(a.mode)} — ${describeSource(a.source, loaded)} — `,
        tr('quiz.history.unfinishedLine', { answered: answeredCount(a), total: a.items.length, started: formatDateTime(a.startedAt) }),
        left !== null ? ` — ${tr('quiz.history.left', { time: formatDuration(left) })}` : '',
      );
    }),
  );
}

/** How many review cards there are and how many are due, with "Start review". */
export function dueSection(state: QuizState, loaded: LoadedBank | null, now: number): HTMLElement {
  const due = dueCards(state.cards, now).filter((c) => !loaded || loaded.index.has(c.questionId));
  const cards = Object.keys(state.cards).length;
  return h(
    'p',
    {},
    tr('quiz.history.cards', { cards, due: due.length }),
    ' ',
    due.length > 0
      ? h('a', { href: withBase('/quiz/?due=1'), class: 'quiz-button quiz-button--small' }, tr('quiz.history.startReview'))
      : null,
  );
}

/** The score of every submitted attempt in order, against the passing line. */
export function trendSection(state: QuizState): HTMLElement {
  const trend = scoreTrend(state.attempts);
  const passLine = state.settings.passingScore ?? DEFAULT_PASSING_SCORE;
  return trend.length === 0
    ? h('p', { class: 'muted' }, tr('quiz.history.noSubmitted'))
    : trendChart(tr('quiz.history.trend'), trend, passLine);
}

/** The weakest tags (at least 3 graded answers each), each with a practice link. */
export function weakSection(state: QuizState, loaded: LoadedBank | null): HTMLElement {
  const weak = weakestTags(state.attempts);
  if (weak.length === 0) return h('p', { class: 'muted' }, tr('quiz.history.weakLater'));
  return h(
    'ol',
    { class: 'quiz-list' },
    ...weak.map((t) =>
      h(
        'li',
        {},
        h('strong', {}, loaded ? tagLabel(loaded.tags, t.tag) : t.tag),
        ` (${t.tag}) — ${t.correct}/${t.graded} · ${percent(t.rate)} `,
        h('a', { href: reviewQuizHref([t.tag]) }, tr('quiz.history.practiseTag')),
      ),
    ),
  );
}
