/**
 * The progress view of /quiz/history/ ("Where I stand"): per exam topic in syllabus order (the
 * registry order of `topic/…` tags), recent accuracy, FSRS retrievability, seen/unseen questions,
 * cards due, with "study next" links (the topic's notes and a review quiz); then the predicted
 * score on each mock exam with its interval and how it is computed. Figures from
 * `src/core/quiz/readiness.ts`.
 */
import type { QuizState } from '../../core/quiz/model.ts';
import { predictExam, topicProgress, type TopicProgress } from '../../core/quiz/readiness.ts';
import type { LoadedBank } from './bank-client.ts';
import { reviewQuizHref, tagHref } from './exam-view.ts';
import { h, percent } from '../shared/dom.ts';
import { tagName, textIn } from './text.ts';
import { tr } from './history-text.ts';
import { withBase } from '../../components/links.ts';

/** How many weakest topics get a "study next" mark. */
const STUDY_NEXT = 3;

/** The topics to study next: seen ones with the lowest recent accuracy, then unseen ones with most questions. */
function studyNext(rows: readonly TopicProgress[]): Set<string> {
  const scored = rows
    .filter((r) => r.questions > 0)
    .map((r) => ({ tag: r.tag, key: r.recent.rate ?? r.retrievability ?? 0.5 }))
    .sort((a, b) => a.key - b.key);
  return new Set(scored.slice(0, STUDY_NEXT).map((s) => s.tag));
}

function topicRow(r: TopicProgress, loaded: LoadedBank, next: boolean): HTMLElement {
  const label = tagName(loaded.tags, r.tag);
  const pct = (x: number | null) => (x === null ? '—' : percent(x));
  return h(
    'li',
    { class: `quiz-progress__topic${next ? ' is-next' : ''}`, 'data-topic': r.tag },
    h(
      'p',
      { class: 'quiz-progress__head' },
      h('a', { href: tagHref(r.tag) }, label),
      next ? h('span', { class: 'badge badge--warn' }, tr('quiz.progress.next')) : null,
    ),
    h(
      'dl',
      { class: 'quiz-progress__facts' },
      h(
        'div',
        {},
        h('dt', {}, tr('quiz.progress.recent')),
        h('dd', {}, r.recent.graded > 0 ? `${pct(r.recent.rate)} (${r.recent.correct}/${r.recent.graded})` : '—'),
      ),
      h('div', {}, h('dt', {}, tr('quiz.progress.retention')), h('dd', {}, pct(r.retrievability))),
      h('div', {}, h('dt', {}, tr('quiz.progress.seen')), h('dd', {}, `${r.seen}/${r.questions}`)),
      h('div', {}, h('dt', {}, tr('quiz.progress.due')), h('dd', {}, String(r.due))),
    ),
    h(
      'p',
      { class: 'quiz-progress__links' },
      h('a', { href: tagHref(r.tag) }, tr('quiz.progress.notes')),
      ' · ',
      h('a', { href: reviewQuizHref([r.tag]) }, tr('quiz.exam.review')),
    ),
  );
}

/** The whole progress view. */
export function renderProgress(loaded: LoadedBank, state: QuizState, now: number): HTMLElement {
  const topics = Object.keys(loaded.tags).filter((t) => t.startsWith('topic/'));
  const rows = topicProgress(topics, loaded.index, state.attempts, state.cards, now);
  const next = studyNext(rows);
  const exams = [...loaded.exams.values()];
  return h(
    'div',
    { class: 'quiz-progress' },
    h('h3', {}, tr('quiz.progress.topics')),
    h('ol', { class: 'quiz-progress__list' }, ...rows.map((r) => topicRow(r, loaded, next.has(r.tag)))),
    exams.length > 0 ? h('h3', {}, tr('quiz.progress.predicted')) : null,
    exams.length > 0
      ? h(
          'ul',
          { class: 'quiz-progress__exams' },
          ...exams.map((bp) => {
            const p = predictExam(bp, loaded.index, state.attempts, state.cards, now);
            const text = p.scaled
              ? tr('quiz.progress.predictScaled', { score: p.scaled.expected, low: p.scaled.low, high: p.scaled.high })
              : tr('quiz.progress.predictPercent', { score: percent(p.expected), low: percent(p.low), high: percent(p.high) });
            return h(
              'li',
              { 'data-exam': bp.id },
              h('a', { href: withBase(`/quiz/?exam=${encodeURIComponent(bp.id)}`) }, textIn(bp.title)),
              ': ',
              h('strong', {}, text),
              ' ',
              h('span', { class: 'muted' }, tr('quiz.progress.evidence', { count: p.evidence })),
            );
          }),
        )
      : null,
    exams.length > 0 ? h('p', { class: 'muted quiz-progress__method' }, tr('quiz.progress.method')) : null,
  );
}
