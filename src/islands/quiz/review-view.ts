/** The review of every item of a submitted attempt: verdict, flag, stem, options, key and reasons. */
import type { Attempt } from '../../core/quiz/model.ts';
import { presentAttempt, type PresentedItem } from '../../core/quiz/presentation.ts';
import type { LoadedBank } from './bank-client.ts';
import { h, trustedHtml } from '../shared/dom.ts';
import { renderFeedback, renderOptions, resultBadge } from './render-item.ts';
import { tr } from './text.ts';

function reviewItem(item: PresentedItem, loaded: LoadedBank): HTMLElement {
  return h(
    'li',
    { class: 'question quiz-item quiz-item--revealed', 'data-question-id': item.questionId, id: `quiz-review-${item.index + 1}` },
    h(
      'h3',
      { class: 'question__title' },
      tr('quiz.results.question', { n: item.index + 1 }),
      ' ',
      resultBadge(item.result),
      item.flagged ? h('span', { class: 'badge badge--warn' }, '⚑ ', tr('quiz.item.flagged')) : null,
    ),
    item.question ? trustedHtml('div', { class: 'question__stem prose' }, item.question.stemHtml) : null,
    item.options.length > 0 ? renderOptions(item, `quiz-review-${item.index}`, false) : null,
    renderFeedback(item, loaded, false),
  );
}

/** The "Review every question" heading and list. */
export function renderReview(attempt: Attempt, loaded: LoadedBank): HTMLElement[] {
  return [
    h('h2', {}, tr('quiz.results.review')),
    h('ol', { class: 'quiz-review' }, ...presentAttempt(attempt, loaded.bank).map((item) => reviewItem(item, loaded))),
  ];
}
