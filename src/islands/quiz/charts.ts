/**
 * The quiz's charts as inline SVG pictures (no chart library): a horizontal bar chart of scores
 * per tag or namespace, and a line chart of the score trend, each drawn for wide screens and for
 * phones (CSS shows one, so text never shrinks below 12 CSS px at 375 px). Each picture has `role="img"` and a
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
/** Width of the phone variant, in CSS px: fits a 375 px screen's column at scale 1, so its text stays 12–13 px. */
const NARROW_WIDTH = 340;
const LABEL_W = 190;
const VALUE_W = 92;
const ROW_H = 26;
const BAR_H = 16;

function shorten(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

let chartCount = 0;

/** The `<svg role="img">` frame of a chart, with its title and text alternative. */
function chartSvg(
  variant: 'wide' | 'narrow',
  width: number,
  height: number,
  title: string,
  summary: string,
  ...children: Array<SVGElement | null>
) {
  const id = `quiz-chart-${++chartCount}`;
  return s(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-t ${id}-d`,
      class: `quiz-chart quiz-chart--${variant}`,
      width,
      height,
    },
    s('title', { id: `${id}-t` }, title),
    s('desc', { id: `${id}-d` }, summary),
    ...children,
  );
}

function barClass(rate: number, passingScore: number): string {
  return rate + 1e-9 >= passingScore ? 'quiz-chart__bar quiz-chart__bar--pass' : 'quiz-chart__bar quiz-chart__bar--fail';
}

function barValue(r: BarRow): string {
  return `${r.correct}/${r.graded} · ${percent(r.correct / r.graded)}`;
}

/** The desktop bar chart: label, bar and value on one line per row. */
function wideBars(title: string, summary: string, rows: readonly BarRow[], passingScore: number): SVGElement {
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const height = rows.length * ROW_H + 24;
  const x = (rate: number) => LABEL_W + rate * plotW;
  return chartSvg(
    'wide',
    WIDTH,
    height,
    title,
    summary,
    ...rows.flatMap((r, i) => {
      const y = i * ROW_H + 4;
      const rate = r.correct / r.graded;
      return [
        s('text', { x: LABEL_W - 8, y: y + BAR_H - 3, 'text-anchor': 'end', class: 'quiz-chart__label' }, shorten(r.label, 16)),
        s('rect', { x: LABEL_W, y, width: plotW, height: BAR_H, class: 'quiz-chart__track', rx: 3 }),
        s('rect', {
          x: LABEL_W,
          y,
          width: Math.max(rate * plotW, rate > 0 ? 2 : 0),
          height: BAR_H,
          class: barClass(rate, passingScore),
          rx: 3,
        }),
        s('text', { x: WIDTH - VALUE_W + 8, y: y + BAR_H - 3, class: 'quiz-chart__value' }, barValue(r)),
      ];
    }),
    s('line', { x1: x(passingScore), x2: x(passingScore), y1: 0, y2: rows.length * ROW_H + 4, class: 'quiz-chart__pass' }),
    s('text', { x: x(passingScore), y: height - 4, 'text-anchor': 'middle', class: 'quiz-chart__axis' }, `${percent(passingScore)}`),
    s('text', { x: LABEL_W, y: height - 4, 'text-anchor': 'start', class: 'quiz-chart__axis' }, '0%'),
    s('text', { x: LABEL_W + plotW, y: height - 4, 'text-anchor': 'end', class: 'quiz-chart__axis' }, '100%'),
  );
}

/** The phone bar chart: label and value on one line, the full-width bar under them. */
function narrowBars(title: string, summary: string, rows: readonly BarRow[], passingScore: number): SVGElement {
  const rowH = 42;
  const plotW = NARROW_WIDTH - 2;
  const height = rows.length * rowH + 22;
  const passX = 1 + passingScore * plotW;
  return chartSvg(
    'narrow',
    NARROW_WIDTH,
    height,
    title,
    summary,
    ...rows.flatMap((r, i) => {
      const y = i * rowH;
      const rate = r.correct / r.graded;
      return [
        s('text', { x: 1, y: y + 15, class: 'quiz-chart__label' }, shorten(r.label, 24)),
        s('text', { x: NARROW_WIDTH - 1, y: y + 15, 'text-anchor': 'end', class: 'quiz-chart__value' }, barValue(r)),
        s('rect', { x: 1, y: y + 21, width: plotW, height: BAR_H, class: 'quiz-chart__track', rx: 3 }),
        s('rect', {
          x: 1,
          y: y + 21,
          width: Math.max(rate * plotW, rate > 0 ? 2 : 0),
          height: BAR_H,
          class: barClass(rate, passingScore),
          rx: 3,
        }),
        s('line', { x1: passX, x2: passX, y1: y + 18, y2: y + 21 + BAR_H + 3, class: 'quiz-chart__pass' }),
      ];
    }),
    s('text', { x: passX, y: height - 4, 'text-anchor': 'middle', class: 'quiz-chart__axis' }, `${percent(passingScore)}`),
  );
}

/**
 * A horizontal bar chart of rates (0–100 %) with a dashed line at the passing score, drawn twice:
 * one line per row on wide screens, label above bar on phones (CSS shows one), so no text is drawn
 * below 12 CSS px on a 375 px phone.
 *
 * @param title the chart's accessible name, e.g. "Score per namespace".
 * @param passingScore 0–1.
 * @returns a `<figure>` holding the SVGs and a `<details>` table of the numbers.
 */
export function barChart(title: string, rows: readonly BarRow[], passingScore: number): HTMLElement {
  const summary = rows.map((r) => `${r.fullLabel} ${r.correct}/${r.graded} (${percent(r.correct / r.graded)})`).join('; ');
  return chartFigure(
    title,
    [wideBars(title, summary, rows, passingScore), narrowBars(title, summary, rows, passingScore)],
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
  const summary = points.map((p) => `${formatDateTime(p.at)} ${percent(p.score)}`).join('; ');
  return chartFigure(
    title,
    [trendSvg('wide', WIDTH, title, summary, points, passingScore), trendSvg('narrow', NARROW_WIDTH, title, summary, points, passingScore)],
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

function trendSvg(
  variant: 'wide' | 'narrow',
  width: number,
  title: string,
  summary: string,
  points: readonly TrendRow[],
  passingScore: number,
): SVGElement {
  const height = 220;
  const [left, right, top, bottom] = [44, 16, 12, 28];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i: number) => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (score: number) => top + (1 - score) * plotH;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const first = points[0];
  const last = points[points.length - 1];
  return chartSvg(
    variant,
    width,
    height,
    title,
    summary,
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
}

/** A chart as a figure: caption, the SVG (scrolls on narrow screens), and the same data as a table. */
function chartFigure(title: string, svgs: SVGElement[], headers: string[], rows: HTMLTableRowElement[]): HTMLElement {
  return h(
    'figure',
    { class: 'quiz-figure' },
    h('figcaption', {}, title),
    h('div', { class: 'quiz-chart-scroll' }, ...svgs),
    h(
      'details',
      { class: 'quiz-chart-table' },
      h('summary', {}, tr('quiz.chart.asTable')),
      h('table', {}, h('thead', {}, h('tr', {}, ...headers.map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, ...rows)),
    ),
  );
}
