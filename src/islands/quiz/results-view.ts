/**
 * The results of a submitted attempt (view of the `results` state): score and verdict, facts (mode,
 * topics, time, unanswered), retry buttons, the link to the same quiz, the summary per domain or
 * topic (results-summary.ts) and the review of every item (review-view.ts).
 */
import { formatDuration, timeUsedMs } from '../../core/quiz/deadline.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import { scoreAttempt, type AttemptScore } from '../../core/quiz/scoring.ts';
import { quizSpecToSearchParams } from '../../core/quiz/spec.ts';
import type { LoadedBank } from './bank-client.ts';
import { describeSource, modeLabel } from './describe.ts';
import { formatDateTime, h, percent } from '../shared/dom.ts';
import { scaledLine } from './exam-view.ts';
import { resultSummary } from './results-summary.ts';
import { renderReview } from './review-view.ts';
import { tr } from './text.ts';
import { withBase } from '../../components/links.ts';

/** What the results view shows, and what its retry buttons do. */
export interface ResultsProps {
  attempt: Attempt;
  loaded: LoadedBank;
  /** The time now, epoch ms. */
  now: number;
  /** Starts a retry of the wrong or flagged items of `attempt`. */
  retry: (kind: 'retry-wrong' | 'retry-flagged') => void;
}

/** The whole results view. */
export function renderResults(props: ResultsProps): Array<HTMLElement | null> {
  const a = props.attempt;
  const score = scoreAttempt(a);
  return [
    h('h2', { id: 'quiz-results-title', tabindex: '-1' }, tr('quiz.results.title')),
    a.submitReason === 'time-up' ? h('p', { class: 'quiz-notice quiz-notice--warn', role: 'status' }, tr('quiz.results.timeUp')) : null,
    scoreBlock(a, score, props.loaded),
    facts(a, score, props),
    actions(props),
    shareLine(a),
    ...resultSummary(a, score, props.loaded),
    ...renderReview(a, props.loaded),
  ];
}

function scoreBlock(a: Attempt, score: AttemptScore, loaded: LoadedBank): HTMLElement {
  const passed = score.passed;
  const blueprint = a.source.kind === 'exam' ? loaded.exams.get(a.source.exam) : undefined;
  return h(
    'div',
    { class: `quiz-score quiz-score--${passed === null ? 'none' : passed ? 'pass' : 'fail'}` },
    h(
      'p',
      { class: 'quiz-score__main' },
      h('strong', { 'data-testid': 'quiz-score' }, `${score.correct} / ${score.graded}`),
      score.score !== null ? ` (${percent(score.score)})` : '',
    ),
    h(
      'p',
      { class: 'quiz-score__verdict' },
      tr(passed === null ? 'quiz.results.nothing' : passed ? 'quiz.results.pass' : 'quiz.results.fail'),
      ` — ${tr('quiz.results.passing', { pass: percent(a.passingScore) })}`,
    ),
    blueprint ? scaledLine(blueprint, score.score) : null,
  );
}

function fact(label: string, ...value: Array<string | HTMLElement>): HTMLElement {
  return h('div', {}, h('dt', {}, label), h('dd', {}, ...value));
}

function facts(a: Attempt, score: AttemptScore, { loaded, now }: ResultsProps): HTMLElement {
  const used = timeUsedMs(a, now);
  const voided = score.changed + score.missing;
  return h(
    'dl',
    { class: 'quiz-facts' },
    fact(tr('quiz.results.mode'), modeLabel(a.mode)),
    fact(tr('quiz.results.topics'), describeSource(a.source, loaded)),
    fact(tr('quiz.results.timeUsed'), formatDuration(used), a.timeLimitMs !== null ? ` / ${formatDuration(a.timeLimitMs)}` : ''),
    fact(tr('quiz.results.submitted'), a.submittedAt !== null ? formatDateTime(a.submittedAt) : '—'),
    fact(tr('quiz.results.unanswered'), String(score.unanswered)),
    voided > 0 ? fact(tr('quiz.results.notScored'), tr('quiz.results.notScoredDetail', { count: voided })) : null,
  );
}

function actions({ attempt: a, retry }: ResultsProps): HTMLElement {
  const wrong = a.items.filter((i) => i.result === 'incorrect' || i.result === 'unanswered').length;
  const flagged = a.items.filter((i) => i.flagged).length;
  return h(
    'div',
    { class: 'quiz-actions' },
    h(
      'button',
      {
        type: 'button',
        class: 'quiz-button quiz-button--primary',
        disabled: wrong === 0,
        'data-focus': 'retry-wrong',
        onclick: () => retry('retry-wrong'),
      },
      tr('quiz.results.retryWrong', { count: wrong }),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'quiz-button',
        disabled: flagged === 0,
        'data-focus': 'retry-flagged',
        onclick: () => retry('retry-flagged'),
      },
      tr('quiz.results.retryFlagged', { count: flagged }),
    ),
    h('a', { class: 'quiz-button', href: withBase('/quiz/') }, tr('quiz.page.newQuiz')),
    h('a', { class: 'quiz-button', href: withBase('/quiz/history/') }, tr('quiz.results.history')),
  );
}

/** The link to the same quiz (same questions and order), for a quiz built from tags and notes. */
function shareLine(a: Attempt): HTMLElement | null {
  if (a.source.kind !== 'tags') return null;
  const params = quizSpecToSearchParams({
    source: a.source,
    count: a.items.length,
    mode: a.mode,
    timeLimit: a.timeLimitMs,
    passingScore: a.passingScore,
    seed: a.seed,
  });
  const share = withBase(`/quiz/?${params.toString()}`);
  return h('p', { class: 'muted' }, tr('quiz.results.share'), ': ', h('a', { href: share }, share));
}
