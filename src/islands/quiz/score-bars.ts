/**
 * Scores as HTML bars (a list, not an SVG picture), so labels keep the page's font size at any width
 * (an SVG scaled down to a 375 px phone shrank its labels to 8 px). Each row: the label (a link when
 * given), "correct / graded (percent)", a bar with the passing mark, and optional study links.
 */
import { h, percent } from '../shared/dom.ts';

/** One row of {@link scoreBars}. */
export interface ScoreBarRow {
  label: string;
  /** Where the label links (e.g. the tag page), or null. */
  href: string | null;
  correct: number;
  graded: number;
  /** Extra text after the numbers (e.g. "short: 3 of 5 questions"). */
  note?: string | null;
  /** Links shown under the bar ("Study", "Review quiz"). */
  links?: ReadonlyArray<{ text: string; href: string }>;
}

/**
 * A titled list of score bars.
 * @param passingScore 0–1, drawn as a mark on every bar
 */
export function scoreBars(
  title: string,
  rows: readonly ScoreBarRow[],
  passingScore: number,
  headingLevel: 'h2' | 'h3' = 'h2',
): HTMLElement {
  return h(
    'section',
    { class: 'quiz-bars' },
    h(headingLevel, { class: 'quiz-bars__title' }, title),
    h(
      'ul',
      { class: 'quiz-bars__list' },
      ...rows.map((r) => {
        const rate = r.graded > 0 ? r.correct / r.graded : null;
        const pass = rate !== null && rate + 1e-9 >= passingScore;
        return h(
          'li',
          { class: `quiz-bars__row${rate === null ? '' : pass ? ' is-pass' : ' is-fail'}` },
          h(
            'p',
            { class: 'quiz-bars__head' },
            r.href ? h('a', { href: r.href }, r.label) : h('span', {}, r.label),
            h('span', { class: 'quiz-bars__value' }, rate === null ? '—' : `${r.correct}/${r.graded} (${percent(rate)})`),
          ),
          h(
            'div',
            { class: 'quiz-bars__track', 'aria-hidden': 'true' },
            h('div', { class: 'quiz-bars__fill', style: `width: ${rate === null ? 0 : Math.round(rate * 100)}%` }),
            h('div', { class: 'quiz-bars__mark', style: `left: ${Math.round(passingScore * 100)}%` }),
          ),
          r.note ? h('p', { class: 'quiz-bars__note' }, r.note) : null,
          r.links && r.links.length > 0
            ? h('p', { class: 'quiz-bars__links' }, ...r.links.flatMap((l, i) => [i > 0 ? ' · ' : '', h('a', { href: l.href }, l.text)]))
            : null,
        );
      }),
    ),
  );
}
