/**
 * The question map of the running quiz (one button per question: answered, flagged, graded) and
 * the keyboard help under it.
 */
import { questionMap, type QuestionMapEntry } from '../../core/quiz/attempt.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import { h } from '../shared/dom.ts';
import { tr, type QuizMessageKey } from './text.ts';

/** The states of one question, as words for its button's accessible name. */
function stateWords(m: QuestionMapEntry): string[] {
  const words: QuizMessageKey[] = [m.answered ? 'quiz.map.answered' : 'quiz.map.unanswered'];
  if (m.flagged) words.push('quiz.map.flagged');
  if (m.result === 'correct') words.push('quiz.map.correct');
  else if (m.result === 'incorrect') words.push('quiz.map.incorrect');
  else if (m.result === 'unanswered') words.push('quiz.map.incorrect');
  else if (m.result === 'changed') words.push('quiz.map.changed');
  else if (m.result === 'missing') words.push('quiz.map.missing');
  return words.map((k) => tr(k));
}

function cell(m: QuestionMapEntry): HTMLElement {
  const cls = [
    'quiz-map__cell',
    m.answered ? 'is-answered' : '',
    m.flagged ? 'is-flagged' : '',
    m.result === 'correct' ? 'is-correct' : '',
    m.result === 'incorrect' || m.result === 'unanswered' ? 'is-incorrect' : '',
  ];
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: cls.filter(Boolean).join(' '),
        'data-action': 'goto',
        'data-index': m.index,
        'data-focus': `map-${m.index}`,
        'aria-current': m.current ? 'step' : null,
        'aria-label': `${m.index + 1}: ${stateWords(m).join(', ')}`,
      },
      String(m.index + 1),
      m.flagged ? h('span', { 'aria-hidden': 'true', class: 'quiz-map__flag' }, '⚑') : null,
    ),
  );
}

/** The question map with its legend. */
export function questionMapNav(attempt: Attempt): HTMLElement {
  return h(
    'nav',
    { class: 'quiz-map', 'aria-labelledby': 'quiz-map-title' },
    h('h2', { id: 'quiz-map-title' }, tr('quiz.map.title')),
    h('ol', {}, ...questionMap(attempt).map(cell)),
    h(
      'p',
      { class: 'quiz-map__legend muted' },
      h('span', { class: 'quiz-map__swatch is-answered', 'aria-hidden': 'true' }),
      ` ${tr('quiz.map.answered')} `,
      h('span', { class: 'quiz-map__swatch', 'aria-hidden': 'true' }),
      ` ${tr('quiz.map.unanswered')} `,
      h('span', { 'aria-hidden': 'true' }, '⚑'),
      ` ${tr('quiz.map.flagged')}`,
    ),
  );
}

/** The keyboard shortcuts, collapsed. */
export function keysHelp(): HTMLElement {
  const kbd = (k: string) => h('kbd', {}, k);
  return h(
    'details',
    { class: 'quiz-keys' },
    h('summary', {}, tr('quiz.keys.title')),
    h(
      'ul',
      {},
      h('li', {}, kbd('1'), '–', kbd('9'), ', ', kbd('0'), ' / ', kbd('A'), '–', kbd('J'), ': ', tr('quiz.keys.choose')),
      h('li', {}, kbd('Enter'), ': ', tr('quiz.keys.enter')),
      h('li', {}, kbd('←'), ' ', kbd('→'), ': ', tr('quiz.keys.arrows')),
      h('li', {}, kbd('F'), ': ', tr('quiz.keys.flag')),
    ),
  );
}
