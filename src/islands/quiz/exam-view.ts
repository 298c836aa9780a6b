/**
 * The mock-exam parts of the quiz island: drawing an exam from its blueprint for the builder and
 * the start, and the per-domain results (blueprint order, scaled score, study links).
 */
// Not from core/exams/index.ts: that also exports the blueprint file parser (the yaml library),
// which the browser never needs (the bank carries parsed blueprints).
import { allocateByWeight, domainOf, drawExam } from '../../core/exams/draw.ts';
import type { ExamBlueprint } from '../../core/exams/schema.ts';
import { domainScores, scaledScore } from '../../core/exams/scoring.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import type { Selection } from '../../core/quiz/selection.ts';
import { PRACTICE_QUIZ_COUNT, quizSpecToSearchParams } from '../../core/quiz/spec.ts';
import type { LoadedBank } from './bank-client.ts';
import { scoreBars } from './score-bars.ts';
import { h } from '../shared/dom.ts';
import { tagName, textIn, tr } from './text.ts';
import { withBase } from '../../components/links.ts';

/** A drawn exam as a selection, with the sentences that say which domains the bank could not fill. */
export function examSelection(
  loaded: LoadedBank,
  examId: string,
  count: number | null,
  seed: string,
): { selection: Selection | null; problem: string | null; shortfalls: string[] } {
  const bp = loaded.exams.get(examId);
  if (!bp) return { selection: null, problem: tr('quiz.exam.unknown', { id: examId }), shortfalls: [] };
  const draw = drawExam(bp, loaded.index, seed);
  const ids = count === null ? draw.questionIds : draw.questionIds.slice(0, count);
  const shortfalls = draw.shortfalls.map((s) =>
    tr('quiz.exam.shortfall', { domain: textIn(bp.domains[s.domain]?.name ?? { ko: '', en: '' }), wanted: s.wanted, got: s.got }),
  );
  return { selection: { questionIds: ids, poolSize: draw.questionIds.length, shortfall: 0, unmatched: [] }, problem: null, shortfalls };
}

/** A tag practice-quiz link: `/quiz/?tags=a,b&count=10` ({@link PRACTICE_QUIZ_COUNT} questions). */
export function reviewQuizHref(tags: readonly string[], count = PRACTICE_QUIZ_COUNT): string {
  const params = quizSpecToSearchParams({
    source: { kind: 'tags', tags: [...tags], notes: [] },
    count,
    mode: 'practice',
    timeLimit: 'default',
    passingScore: null,
    seed: null,
  });
  return withBase(`/quiz/?${params.toString()}`);
}

/** `/tags/<path>/`: the tag page that lists the notes teaching a tag. */
export function tagHref(path: string): string {
  return withBase(`/tags/${path.split('/').map(encodeURIComponent).join('/')}/`);
}

/** The scaled-score line of an exam with `scaled: true`, or null. */
export function scaledLine(bp: ExamBlueprint, fraction: number | null): HTMLElement | null {
  if (!bp.scaled || fraction === null) return null;
  const score = scaledScore(fraction, bp.passing);
  return h('p', { class: 'quiz-score__scaled', 'data-testid': 'quiz-scaled' }, tr('quiz.exam.scaled', { score, pass: 720 }));
}

/** The per-domain results of an exam attempt, in blueprint order, with study links and shortfalls. */
export function domainResults(attempt: Attempt, bp: ExamBlueprint, loaded: LoadedBank): HTMLElement {
  const rows = domainScores(bp, attempt.items);
  const wanted = allocateByWeight(
    bp.questions,
    bp.domains.map((d) => d.weight),
  );
  return scoreBars(
    tr('quiz.exam.byDomain'),
    rows.map((r) => {
      const asked = attempt.items.filter((i) => domainOf(bp, i.tags) === r.domain).length;
      const want = wanted[r.domain] ?? 0;
      return {
        label: textIn(r.name),
        href: null,
        correct: r.correct,
        graded: r.graded,
        note: asked < want ? tr('quiz.exam.shortfall', { domain: textIn(r.name), wanted: want, got: asked }) : null,
        links: [
          ...r.tags.slice(0, 3).map((t) => ({ text: `${tr('quiz.exam.study')}: ${tagName(loaded.tags, t)}`, href: tagHref(t) })),
          { text: tr('quiz.exam.review'), href: reviewQuizHref(r.tags) },
        ],
      };
    }),
    attempt.passingScore,
  );
}
