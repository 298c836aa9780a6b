/** The "Submit the exam? / Finish the quiz?" panel: what is still open, submit now or keep working. */
import { openItems } from '../../core/quiz/machine.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import { h } from '../shared/dom.ts';
import { tr } from './text.ts';

/** The panel for `attempt` (unanswered, unchecked and flagged counts, then the two buttons). */
export function submitPanel(attempt: Attempt): HTMLElement {
  const exam = attempt.mode === 'exam';
  const { unanswered, unchecked, flagged } = openItems(attempt);
  const parts: string[] = [];
  if (unanswered > 0) parts.push(tr('quiz.submit.unanswered', { count: unanswered }));
  if (unchecked > 0) parts.push(tr('quiz.submit.unchecked', { count: unchecked }));
  if (flagged > 0) parts.push(tr('quiz.submit.flagged', { count: flagged }));
  return h(
    'div',
    { class: 'quiz-confirm', role: 'group', 'aria-labelledby': 'quiz-confirm-text' },
    h(
      'p',
      { id: 'quiz-confirm-text' },
      tr(exam ? 'quiz.submit.askExam' : 'quiz.submit.askPractice'),
      parts.length ? ` ${parts.join('; ')}.` : '',
    ),
    h(
      'button',
      { type: 'button', class: 'quiz-button quiz-button--primary', 'data-action': 'submit-now', 'data-focus': 'submit-now' },
      tr(exam ? 'quiz.submit.now' : 'quiz.submit.finishNow'),
    ),
    ' ',
    h(
      'button',
      { type: 'button', class: 'quiz-button', 'data-action': 'keep-working', 'data-focus': 'keep-working' },
      tr('quiz.submit.keep'),
    ),
  );
}
