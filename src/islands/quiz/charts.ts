/**
 * The quiz's charts as inline SVG pictures (no chart library): a horizontal bar chart of scores
 * per tag or namespace, and a line chart of the score trend. Each picture has `role="img"` and a
 * text alternative, and comes with the same numbers as a table for screen readers and copying.
 * Colours come from the site's CSS variables, so both colour schemes work.
 */
import { formatDateTime, h, percent, s } from '../shared/dom.ts';
import { tr } from './text.ts';

/** One bar: a label and the correct/graded counts behind its rate. */
export interface BarRow {
  /** Shown next to the bar (shortened to fit). */
  label: string;
  /** The full label for the table and the tooltip. */
  fullLabel: string;
  correct: number;
  graded: number;
}

const WIDTH = 640;
const LABEL_W = 190;
const VALUE_W = 92;
const ROW_H = 26;
const BAR_H = 16;

function shorten(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

let chartCount = 0;

/**
 * A horizontal bar chart of rates (0–100 %) with a dashed line at the passing score.
 *
 * @param title the chart's accessible name, e.g. "Score per namespace".
 * @param passingScore 0–1.
 * @returns a `<figure>` holding the SVG and a `<details>` table of the numbers.
 */
export function barChart(title: string, rows: readonly BarRow[], passingScore: number): HTMLElement {
  const id = `quiz-chart-${++chartCount}`;
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const height = rows.length * ROW_H + 24;
  const x = (rate: number) => LABEL_W + rate * plotW;
  const summary = rows.map((r) => `${r.fullLabel} ${r.correct}/${r.graded} (${percent(r.correct / r.graded)})`).join('; ');
  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'quiz-chart', width: WIDTH, height },
    s('title', { id: `${id}-t` }, title),
    s('desc', { id: `${id}-d` }, summary),
    ...rows.flatMap((r, i) => {
      const y = i * ROW_H + 4;
      const rate = r.correct / r.graded;
      const pass = rate + 1e-9 >= passingScore;
      return [
        s('text', { x: LABEL_W - 8, y: y + BAR_H - 3, 'text-anchor': 'end', class: 'quiz-chart__label' }, shorten(r.label, 16)),
        s('rect', { x: LABEL_W, y, width: plotW, height: BAR_H, class: 'quiz-chart__track', rx: 3 }),
        s('rect', {
          x: LABEL_W,
          y,
          width: Math.max(rate * plotW, rate > 0 ? 2 : 0),
          height: BAR_H,
          class: pass ? 'quiz-chart__bar quiz-chart__bar--pass' : 'quiz-chart__bar quiz-chart__bar--fail',
          rx: 3,
        }),
        s('text', { x: WIDTH - VALUE_W + 8, y: y + BAR_H - 3, class: 'quiz-chart__value' }, `${r.correct}/${r.graded} · ${percent(rate)}`),
      ];
    }),
    s('line', { x1: x(passingScore), x2: x(passingScore), y1: 0, y2: rows.length * ROW_H + 4, class: 'quiz-chart__pass' }),
    s('text', { x: x(passingScore), y: height - 4, 'text-anchor': 'middle', class: 'quiz-chart__axis' }, `${percent(passingScore)}`),
    s('text', { x: LABEL_W, y: height - 4, 'text-anchor': 'start', class: 'quiz-chart__axis' }, '0%'),
    s('text', { x: LABEL_W + plotW, y: height - 4, 'text-anchor': 'end', class: 'quiz-chart__axis' }, '100%'),
  );
  return chartFigure(
    title,
    svg,
    [tr('quiz.chart.tag'), tr('quiz.chart.correct'), tr('quiz.chart.graded'), '%'],
    rows.map((r) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, r.fullLabel),
        h('td', {}, r.correct),
        h('td', {}, r.graded),
        h('td', {}, percent(r.correct / r.graded)),
      ),
    ),
  );
}

/** One point of the trend chart. */
export interface TrendRow {
  /** Epoch ms of the submission. */
  at: number;
  /** 0–1. */
  score: number;
  /** `practice` or `exam` (exams are drawn as filled dots). */
  mode: 'practice' | 'exam';
}

/**
 * A line chart of scores in submission order (equal spacing per attempt), 0–100 %, with a dashed
 * line at the passing score.
 *
 * @returns a `<figure>` with the SVG and a table of the points.
 */
export function trendChart(title: string, points: readonly TrendRow[], passingScore: number): HTMLElement {
  const id = `quiz-chart-${++chartCount}`;
  const height = 220;
  const left = 44;
  const right = 16;
  const top = 12;
  const bottom = 28;
  const plotW = WIDTH - left - right;
  const plotH = height - top - bottom;
  const x = (i: number) => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (score: number) => top + (1 - score) * plotH;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const first = points[0];
  const last = points[points.length - 1];
  const summary = points.map((p) => `${formatDateTime(p.at)} ${percent(p.score)}`).join('; ');
  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'quiz-chart', width: WIDTH, height },
    s('title', { id: `${id}-t` }, title),
    s('desc', { id: `${id}-d` }, summary),
    ...[0, 0.5, 1].flatMap((v) => [
      s('line', { x1: left, x2: left + plotW, y1: y(v), y2: y(v), class: 'quiz-chart__grid' }),
      s('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'quiz-chart__axis' }, percent(v)),
    ]),
    s('line', { x1: left, x2: left + plotW, y1: y(passingScore), y2: y(passingScore), class: 'quiz-chart__pass' }),
    s('path', { d: path, class: 'quiz-chart__line' }),
    ...points.map((p, i) =>
      s(
        'circle',
        { cx: x(i), cy: y(p.score), r: 4.5, class: p.mode === 'exam' ? 'quiz-chart__dot quiz-chart__dot--exam' : 'quiz-chart__dot' },
        s('title', {}, `${formatDateTime(p.at)} · ${percent(p.score)}`),
      ),
    ),
    first ? s('text', { x: left, y: height - 6, 'text-anchor': 'start', class: 'quiz-chart__axis' }, formatDateTime(first.at)) : null,
    last && points.length > 1
      ? s('text', { x: left + plotW, y: height - 6, 'text-anchor': 'end', class: 'quiz-chart__axis' }, formatDateTime(last.at))
      : null,
  );
  return chartFigure(
    title,
    svg,
    [tr('quiz.results.submitted'), tr('quiz.results.mode'), tr('quiz.history.score')],
    points.map((p) =>
      h(
        'tr',
        {},
        h('td', {}, formatDateTime(p.at)),
        h('td', {}, tr(p.mode === 'exam' ? 'quiz.mode.exam' : 'quiz.mode.practice')),
        h('td', {}, percent(p.score)),
      ),
    ),
  );
}

/** A chart as a figure: caption, the SVG (scrolls on narrow screens), and the same data as a table. */
function chartFigure(title: string, svg: SVGElement, headers: string[], rows: HTMLTableRowElement[]): HTMLElement {
  return h(
    'figure',
    { class: 'quiz-figure' },
    h('figcaption', {}, title),
    h('div', { class: 'quiz-chart-scroll' }, svg),
    h(
      'details',
      { class: 'quiz-chart-table' },
      h('summary', {}, tr('quiz.chart.asTable')),
      h('table', {}, h('thead', {}, h('tr', {}, ...headers.map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, ...rows)),
    ),
  );
}
