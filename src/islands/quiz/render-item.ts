/**
 * Rendering of one quiz item (no state): the options as radio buttons or checkboxes, and — once
 * feedback is allowed — the verdict, the key and the reason for every option in display order,
 * with a link to the note that teaches the question. Used by the running quiz (practice feedback)
 * and by the results review.
 */
import type { ItemResult } from '../../core/quiz/model.ts';
import type { PresentedItem } from '../../core/quiz/presentation.ts';
import type { LoadedBank } from './bank-client.ts';
import { h, trustedHtml } from '../shared/dom.ts';
import { tr } from './text.ts';
import { withBase } from '../../components/links.ts';

/** `/notes/<slug>/#q-<id>`: the question on its note page (same scheme as src/components/links.ts). */
export function questionOnNoteHref(note: string, questionId: string): string {
  return withBase(`/notes/${encodeURIComponent(note)}/#q-${questionId}`);
}

/** The verdict badge of a graded item. */
export function resultBadge(result: ItemResult | null): HTMLElement | null {
  switch (result) {
    case 'correct':
      return h(
        'span',
        { class: 'quiz-verdict quiz-verdict--correct' },
        h('span', { 'aria-hidden': 'true' }, '✓ '),
        tr('quiz.result.correct'),
      );
    case 'incorrect':
      return h(
        'span',
        { class: 'quiz-verdict quiz-verdict--incorrect' },
        h('span', { 'aria-hidden': 'true' }, '✗ '),
        tr('quiz.result.incorrect'),
      );
    case 'unanswered':
      return h(
        'span',
        { class: 'quiz-verdict quiz-verdict--incorrect' },
        h('span', { 'aria-hidden': 'true' }, '– '),
        tr('quiz.result.unanswered'),
      );
    case 'changed':
      return h('span', { class: 'quiz-verdict quiz-verdict--void' }, tr('quiz.result.changed'));
    case 'missing':
      return h('span', { class: 'quiz-verdict quiz-verdict--void' }, tr('quiz.result.missing'));
    default:
      return null;
  }
}

/** "Choose N" hint of a multiple-answer item, with how many are chosen. */
export function chooseHint(item: PresentedItem, id: string): HTMLElement | null {
  if (item.keyCount < 2) return null;
  return h('p', { class: 'quiz-choose', id }, tr('quiz.item.chooseHint', { count: item.keyCount, chosen: item.selected.length }));
}

/**
 * The option list.
 *
 * @param interactive inputs enabled (a running item not yet locked); otherwise disabled and marked.
 * @param name the input group name (unique per item on the page).
 */
export function renderOptions(item: PresentedItem, name: string, interactive: boolean): HTMLElement {
  const type = item.keyCount > 1 ? 'checkbox' : 'radio';
  return h(
    'ul',
    { class: 'options' },
    ...item.options.map((o) => {
      const id = `${name}-${o.position}`;
      const classes = ['option'];
      if (item.revealed && o.keyed) classes.push('option--keyed');
      if (item.revealed && o.selected && !o.keyed) classes.push('option--wrong');
      const marks: Node[] = [];
      if (item.revealed && o.keyed)
        marks.push(h('span', { class: 'quiz-mark quiz-mark--key' }, h('span', { 'aria-hidden': 'true' }, '✓ '), tr('quiz.item.key')));
      if (item.revealed && o.selected) marks.push(h('span', { class: 'quiz-mark quiz-mark--chosen' }, tr('quiz.item.yourAnswer')));
      return h(
        'li',
        { class: classes.join(' ') },
        h('input', {
          type,
          name,
          id,
          value: o.letter,
          'data-position': o.position,
          'data-focus': `opt-${o.position}`,
          checked: o.selected,
          disabled: !interactive,
        }),
        h(
          'label',
          { for: id },
          h('span', { class: 'option__letter' }, o.label),
          trustedHtml('span', { class: 'option__text' }, o.html),
          marks.length > 0 ? h('span', { class: 'quiz-marks' }, ...marks) : null,
        ),
      );
    }),
  );
}

/**
 * Says when the question on screen is not the one the student answered: edited or removed since.
 * An item graded before the edit keeps its grade (it was graded against what the student saw);
 * one that could not be graded (`changed` / `missing` result) is left out of the score.
 */
function contentNotice(item: PresentedItem): HTMLElement | null {
  if (item.status === 'current') return null;
  const graded = item.result === 'correct' || item.result === 'incorrect' || item.result === 'unanswered';
  const key =
    item.status === 'changed'
      ? graded
        ? 'quiz.item.editedGraded'
        : 'quiz.item.editedUngraded'
      : graded
        ? 'quiz.item.removedGraded'
        : 'quiz.item.removedUngraded';
  return h('p', { class: 'quiz-notice quiz-notice--warn' }, tr(key));
}

/**
 * The feedback of a revealed item: verdict (unless `showVerdict` is false), key, intro, every option's reason (display order,
 * display labels), and the note link. For a changed or missing question, says so.
 */
export function renderFeedback(item: PresentedItem, loaded: LoadedBank, showVerdict = true): HTMLElement {
  const question = item.question;
  const noteTitle = loaded.notes[item.note] ?? item.note;
  const tone = item.result === 'correct' ? 'correct' : item.result === 'changed' || item.result === 'missing' ? 'void' : 'incorrect';
  return h(
    'div',
    { class: `quiz-feedback quiz-feedback--${tone}` },
    showVerdict ? verdictCard(item) : null,
    contentNotice(item),
    !showVerdict && item.keyLabels && item.keyLabels.length > 0
      ? h(
          'p',
          { class: 'answer__key' },
          h('span', { class: 'answer__key-label' }, tr('quiz.verdict.key'), ': '),
          h('strong', {}, item.keyLabels.join(', ')),
        )
      : null,
    question?.explanationIntro ? h('p', { class: 'answer__intro' }, question.explanationIntro) : null,
    item.options.length > 0
      ? h(
          'ul',
          { class: 'explanations' },
          ...item.options.map((o) =>
            h(
              'li',
              { class: `explanation ${o.keyed ? 'explanation--keyed' : 'explanation--distractor'}` },
              h(
                'p',
                { class: 'explanation__head' },
                h('span', { class: 'explanation__mark', 'aria-hidden': 'true' }, o.keyed ? '✓' : '✗'),
                h('strong', {}, o.label),
                h('span', { class: 'explanation__verdict' }, tr(o.keyed ? 'quiz.item.keyed' : 'quiz.item.distractor')),
                o.selected ? h('span', { class: 'quiz-mark quiz-mark--chosen' }, tr('quiz.item.yourAnswer')) : null,
                trustedHtml('span', { class: 'explanation__option' }, o.html),
              ),
              o.explanationHtml
                ? trustedHtml('div', { class: 'explanation__reason prose' }, o.explanationHtml)
                : h('p', { class: 'explanation__reason explanation__reason--missing' }, tr('quiz.verdict.noReason')),
            ),
          ),
        )
      : null,
    h(
      'p',
      { class: 'quiz-note-link' },
      tr('quiz.item.learnIn'),
      ': ',
      h('a', { href: questionOnNoteHref(item.note, item.questionId) }, noteTitle),
    ),
  );
}

/**
 * The verdict card shown right after "Check answer" in practice: the verdict, the answer key and the
 * reason for each option the student chose, in one compact block that the island scrolls into view
 * (below the sticky bar) and focuses (`#quiz-verdict`, tabindex -1) so a screen reader reads it.
 */
function verdictCard(item: PresentedItem): HTMLElement {
  const chosen = item.options.filter((o) => o.selected);
  return h(
    'div',
    { class: 'quiz-verdict-card', id: 'quiz-verdict', tabindex: '-1', role: 'group', 'aria-label': tr('quiz.verdict.label') },
    h(
      'p',
      { class: 'quiz-feedback__verdict' },
      resultBadge(item.result),
      item.keyLabels && item.keyLabels.length > 0
        ? h(
            'span',
            { class: 'answer__key' },
            h('span', { class: 'answer__key-label' }, tr('quiz.verdict.key'), ': '),
            h('strong', {}, item.keyLabels.join(', ')),
          )
        : null,
    ),
    ...chosen.map((o) =>
      h(
        'div',
        { class: `quiz-verdict-card__reason ${o.keyed ? 'is-keyed' : 'is-distractor'}` },
        h(
          'p',
          { class: 'quiz-verdict-card__head' },
          h('strong', {}, tr('quiz.verdict.yourReason', { label: o.label })),
          ' ',
          o.keyed ? '✓' : '✗',
        ),
        o.explanationHtml
          ? trustedHtml('div', { class: 'prose' }, o.explanationHtml)
          : h('p', { class: 'muted' }, tr('quiz.verdict.noReason')),
      ),
    ),
    h('p', { class: 'muted quiz-verdict-card__more' }, tr('quiz.verdict.more')),
  );
}
