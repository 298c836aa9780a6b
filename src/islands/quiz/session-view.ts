/**
 * The running quiz (view of the `session` state): the sticky bar (mode, progress, practice score,
 * countdown), the question with its options, the practice feedback, the submit panel and the
 * actions; the question map and the keyboard help come from question-map.ts.
 */
import { formatDuration, remainingMs } from '../../core/quiz/deadline.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import { presentItem, type PresentedItem } from '../../core/quiz/presentation.ts';
import { scoreAttempt } from '../../core/quiz/scoring.ts';
import type { LoadedBank } from './bank-client.ts';
import { answeredCount, describeSource, modeLabel } from './describe.ts';
import { h, trustedHtml } from '../shared/dom.ts';
import { chooseHint, renderFeedback, renderOptions } from './render-item.ts';
import { keysHelp, questionMapNav } from './question-map.ts';
import { submitPanel } from './submit-panel.ts';
import { tr } from './text.ts';

/** The radio/checkbox group name of the running item. */
export const OPTION_NAME = 'quiz-option';

/** What the session view shows. */
export interface SessionProps {
  attempt: Attempt;
  loaded: LoadedBank;
  /** The time now, epoch ms (for the countdown). */
  now: number;
  confirmingSubmit: boolean;
}

/** The countdown's class: normal, low (≤ 5 min) or critical (≤ 1 min). */
export function timerClass(left: number): string {
  return left <= 60_000
    ? 'quiz-timer__value quiz-timer__value--critical'
    : left <= 5 * 60_000
      ? 'quiz-timer__value quiz-timer__value--low'
      : 'quiz-timer__value';
}

/** The whole session view: bar, question beside the map, keyboard help. */
export function renderSession(props: SessionProps): HTMLElement[] {
  const item = presentItem(props.attempt, props.attempt.current, props.loaded.bank);
  return [sessionBar(props), h('div', { class: 'quiz-layout' }, questionSection(props, item), questionMapNav(props.attempt)), keysHelp()];
}

function sessionBar({ attempt: a, loaded, now }: SessionProps): HTMLElement {
  const practiceScore = a.mode === 'exam' ? null : scoreAttempt(a);
  const checked = practiceScore ? practiceScore.correct + practiceScore.incorrect + practiceScore.unanswered : 0;
  const left = remainingMs(a, now);
  return h(
    'div',
    { class: 'quiz-bar' },
    h('p', { class: 'quiz-bar__mode' }, h('span', { class: 'badge' }, modeLabel(a.mode)), ' ', describeSource(a.source, loaded)),
    h('p', { class: 'quiz-bar__progress' }, tr('quiz.session.answered', { answered: answeredCount(a), total: a.items.length })),
    practiceScore && checked > 0
      ? h('p', { class: 'quiz-bar__score' }, tr('quiz.session.correct', { correct: practiceScore.correct, checked }))
      : null,
    left !== null
      ? h(
          'p',
          { class: 'quiz-timer' },
          h('span', { id: 'quiz-timer-label' }, tr('quiz.session.timeLeft'), ' '),
          h(
            'span',
            { role: 'timer', id: 'quiz-timer', 'aria-labelledby': 'quiz-timer-label', class: timerClass(left) },
            formatDuration(left),
          ),
        )
      : null,
  );
}

function questionSection(props: SessionProps, item: PresentedItem): HTMLElement {
  const a = props.attempt;
  const interactive = a.status === 'in-progress' && !item.confirmed && item.status !== 'missing';
  const stemId = 'quiz-q-stem';
  const hintId = 'quiz-q-hint';
  return h(
    'section',
    {
      class: `question quiz-item${item.revealed ? ' quiz-item--revealed' : ''}`,
      'data-question-id': item.questionId,
      'aria-labelledby': 'quiz-q-title',
    },
    h(
      'fieldset',
      { class: 'question__form', 'aria-describedby': item.keyCount > 1 ? `${stemId} ${hintId}` : stemId },
      h('legend', {}, questionTitle(a, item)),
      item.question
        ? trustedHtml('div', { class: 'question__stem prose', id: stemId }, item.question.stemHtml)
        : h('p', { id: stemId }, tr('quiz.session.removed')),
      chooseHint(item, hintId),
      renderOptions(item, OPTION_NAME, interactive),
    ),
    item.revealed ? renderFeedback(item, props.loaded) : null,
    props.confirmingSubmit ? submitPanel(a) : null,
    sessionActions(a, item),
  );
}

function questionTitle(a: Attempt, item: PresentedItem): HTMLElement {
  return h(
    'h2',
    { class: 'question__title', id: 'quiz-q-title', tabindex: '-1', 'data-focus': 'q-title' },
    tr('quiz.session.title', { n: a.current + 1, total: a.items.length }),
    item.keyCount > 1 ? h('span', { class: 'badge' }, tr('quiz.session.chooseCount', { count: item.keyCount })) : null,
    item.flagged ? h('span', { class: 'badge badge--warn' }, '⚑ ', tr('quiz.item.flagged')) : null,
  );
}

function button(action: string, primary: boolean, attrs: Record<string, string | boolean | null>, ...children: Array<string | null>) {
  return h(
    'button',
    {
      type: 'button',
      class: `quiz-button${primary ? ' quiz-button--primary' : ''}`,
      'data-action': action,
      'data-focus': action,
      ...attrs,
    },
    ...children,
  );
}

function sessionActions(a: Attempt, item: PresentedItem): HTMLElement {
  const exam = a.mode === 'exam';
  const last = a.current === a.items.length - 1;
  const submit = button('submit', last && (exam || item.confirmed), {}, tr(exam ? 'quiz.session.submit' : 'quiz.session.finish'));
  submit.classList.add('quiz-button--submit');
  return h(
    'div',
    { class: 'quiz-actions' },
    button('prev', false, { disabled: a.current === 0 }, '← ', tr('quiz.session.previous')),
    !exam && !item.confirmed ? button('confirm', true, { disabled: item.selected.length === 0 }, tr('quiz.session.check')) : null,
    button('flag', false, { 'aria-pressed': item.flagged ? 'true' : 'false' }, '⚑ ', tr('quiz.session.flag')),
    button('next', !exam && item.confirmed && !last, { disabled: last }, tr('quiz.session.next'), ' →'),
    submit,
  );
}
