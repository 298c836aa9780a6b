/**
 * The top-level summary of a result: per blueprint domain for a mock exam (with its scaled score),
 * else per exam topic in syllabus order; the per-namespace and per-tag charts only on demand.
 */
import type { Attempt } from '../../core/quiz/model.ts';
import type { AttemptScore, TagScore } from '../../core/quiz/scoring.ts';
import { tagLabel, type LoadedBank } from './bank-client.ts';
import { barChart } from './charts.ts';
import { h } from '../shared/dom.ts';
import { domainResults, reviewQuizHref, tagHref } from './exam-view.ts';
import { scoreBars } from './score-bars.ts';
import { tagName, tr } from './text.ts';

function tagRows(loaded: LoadedBank, rows: TagScore[]) {
  return rows.map((r) => ({
    label: tagName(loaded.tags, r.tag),
    fullLabel: `${tagLabel(loaded.tags, r.tag)} (${r.tag})`,
    correct: r.correct,
    graded: r.graded,
  }));
}

/** The score per exam topic (`topic/…` tags) in the registry's order, or null without topics. */
function topicBars(a: Attempt, score: AttemptScore, loaded: LoadedBank): HTMLElement | null {
  const order = Object.keys(loaded.tags);
  const topics = score.byTag.filter((r) => r.tag.startsWith('topic/')).sort((x, y) => order.indexOf(x.tag) - order.indexOf(y.tag));
  if (topics.length === 0) return null;
  return scoreBars(
    tr('quiz.results.byTopic'),
    topics.map((r) => ({
      label: tagName(loaded.tags, r.tag),
      href: tagHref(r.tag),
      correct: r.correct,
      graded: r.graded,
      links: [{ text: tr('quiz.exam.review'), href: reviewQuizHref([r.tag]) }],
    })),
    a.passingScore,
  );
}

/** The summary blocks of a result (domain or topic bars, then the charts per namespace and tag, collapsed). */
export function resultSummary(a: Attempt, score: AttemptScore, loaded: LoadedBank): Array<HTMLElement | null> {
  const bp = a.source.kind === 'exam' ? loaded.exams.get(a.source.exam) : undefined;
  const top = bp ? domainResults(a, bp, loaded) : topicBars(a, score, loaded);
  const charts = [
    score.byNamespace.length > 0 ? barChart(tr('quiz.results.byNamespace'), tagRows(loaded, score.byNamespace), a.passingScore) : null,
    score.byTag.length > 0 ? barChart(tr('quiz.results.byTag'), tagRows(loaded, score.byTag), a.passingScore) : null,
  ].filter((c): c is HTMLElement => c !== null);
  return [
    top,
    charts.length > 0 ? h('details', { class: 'quiz-tag-details' }, h('summary', {}, tr('quiz.results.tags')), ...charts) : null,
  ];
}
