/**
 * The quick start at the top of /quiz/: one click starts the quiz a student most likely wants —
 * continue the attempt in progress, the reviews due (with their count), 10 random questions, the
 * weakest exam topics, each mock exam. Pure view: it gets the figures and the actions, and keeps
 * the ids the e2e tests and focus restoring use (`data-focus`, `data-preset`).
 */
import type { ExamBlueprint } from '../../core/exams/schema.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import type { QuizSpec } from '../../core/quiz/spec.ts';
import { attemptHref, answeredCount } from './describe.ts';
import { RANDOM_PACK_SIZE } from './bank-packs.ts';
import { formatDateTime, h } from '../shared/dom.ts';
import { textIn, tr } from './text.ts';

/** What the quick start shows. */
export interface QuickStartModel {
  /** The most recent attempt in progress, if any. */
  unfinished: Attempt | null;
  /** Review cards due now (of questions still in the bank). */
  due: number;
  /** When the next card comes due (epoch ms), when none is due now. */
  nextDue: number | null;
  /** The weakest exam topics (tag paths) with their labels, weakest first (empty: not enough answers yet). */
  weakest: Array<{ tag: string; label: string }>;
  exams: readonly ExamBlueprint[];
}

/** Presets as quiz specs (the island starts them with its usual `startQuiz`). */
export const PRESETS = {
  due: (): QuizSpec => ({ source: { kind: 'due' }, count: null, mode: 'practice', timeLimit: 'default', passingScore: null, seed: null }),
  // As many as a random-quiz pack holds: the tile's questions then come in one file (bank-packs.ts).
  random: (): QuizSpec => ({
    source: { kind: 'tags', tags: [], notes: [] },
    count: RANDOM_PACK_SIZE,
    mode: 'practice',
    timeLimit: 'default',
    passingScore: null,
    seed: null,
  }),
  weakest: (tags: readonly string[]): QuizSpec => ({
    source: { kind: 'tags', tags: [...tags], notes: [] },
    count: 10,
    mode: 'practice',
    timeLimit: 'default',
    passingScore: null,
    seed: null,
  }),
  exam: (id: string): QuizSpec => ({
    source: { kind: 'exam', exam: id },
    count: null,
    mode: 'exam',
    timeLimit: 'default',
    passingScore: null,
    seed: null,
  }),
};

function tile(
  preset: string,
  title: string,
  detail: string,
  onclick: (() => void) | null,
  extra: Record<string, string> = {},
  onintent: (() => void) | null = null,
): HTMLElement {
  return h(
    'li',
    { class: 'quiz-quick__item' },
    h(
      'button',
      {
        type: 'button',
        class: 'quiz-quick__tile',
        'data-preset': preset,
        'data-focus': `preset-${preset}${extra['data-exam'] ? `-${extra['data-exam']}` : ''}`,
        disabled: onclick === null,
        ...(onclick ? { onclick } : {}),
        // The student is about to press it: its questions start downloading (see renderQuickStart).
        ...(onclick && onintent ? { onpointerenter: onintent, onfocus: onintent, onpointerdown: onintent } : {}),
        ...extra,
      },
      h('span', { class: 'quiz-quick__title' }, title),
      h('span', { class: 'quiz-quick__detail' }, detail),
    ),
  );
}

/**
 * The quick-start list.
 * @param start starts a preset's quiz
 * @param prepare called when a preset is pointed at, focused or pressed (before the click): the
 *   island fetches the questions that preset will ask, so they are there when it starts.
 */
export function renderQuickStart(
  model: QuickStartModel,
  start: (spec: QuizSpec) => void,
  prepare: (spec: QuizSpec) => void = () => {},
): HTMLElement {
  const u = model.unfinished;
  const items: HTMLElement[] = [];
  if (u) {
    items.push(
      h(
        'li',
        { class: 'quiz-quick__item' },
        h(
          'a',
          { class: 'quiz-quick__tile quiz-quick__tile--primary', href: attemptHref(u.id), 'data-preset': 'continue' },
          h('span', { class: 'quiz-quick__title' }, tr('quiz.quick.continue')),
          h(
            'span',
            { class: 'quiz-quick__detail' },
            tr('quiz.quick.continueDetail', { answered: answeredCount(u), total: u.items.length }),
          ),
        ),
      ),
    );
  }
  const dueDetail =
    model.due > 0
      ? tr('quiz.quick.dueDetail', { count: model.due })
      : model.nextDue !== null
        ? tr('quiz.quick.dueNext', { when: formatDateTime(model.nextDue) })
        : tr('quiz.quick.dueNone');
  const due = PRESETS.due();
  items.push(tile('due', tr('quiz.quick.due'), dueDetail, model.due > 0 ? () => start(due) : null, {}, () => prepare(due)));
  const random = PRESETS.random();
  items.push(
    tile(
      'random',
      tr('quiz.quick.random'),
      tr('quiz.quick.randomDetail'),
      () => start(random),
      {},
      () => prepare(random),
    ),
  );
  const weakest = PRESETS.weakest(model.weakest.map((w) => w.tag));
  const weak = model.weakest;
  items.push(
    tile(
      'weakest',
      tr('quiz.quick.weak'),
      weak.length > 0 ? weak.map((w) => w.label).join(', ') : tr('quiz.quick.weakNone'),
      weak.length > 0 ? () => start(weakest) : null,
      {},
      () => prepare(weakest),
    ),
  );
  for (const exam of model.exams) {
    const spec = PRESETS.exam(exam.id);
    items.push(
      tile(
        'exam',
        textIn(exam.title),
        tr('quiz.quick.examDetail', { count: exam.questions, minutes: exam.minutes }),
        () => start(spec),
        { 'data-exam': exam.id },
        () => prepare(spec),
      ),
    );
  }
  return h('ul', { class: 'quiz-quick__list' }, ...items);
}
