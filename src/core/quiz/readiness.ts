/**
 * Where a student stands: per exam topic (syllabus order), recent accuracy, FSRS retrievability,
 * questions seen and unseen, cards due; and a predicted score on a mock exam with an interval.
 *
 * How the prediction is computed (also shown on the page):
 * 1. Each question's chance of being answered right, `p(q)`: for a question with a review card, its
 *    FSRS retrievability now (ts-fsrs `get_retrievability`: the modelled probability of recall);
 *    for an unseen question, the student's smoothed accuracy in the question's exam domain,
 *    (right + 1) / (answered + 2) (Laplace's rule: 50 % with no answers yet).
 * 2. A domain's chance `p_d` is the mean `p(q)` over the bank's questions in that domain (the draw
 *    picks uniformly within a domain), and the expected fraction right is Σ n_d·p_d / N with n_d
 *    the blueprint's seats per domain (largest remainder of the weights).
 * 3. The interval is ±1.96 standard deviations (≈ 95 %) of the number right, assuming independent
 *    questions: Var = Σ n_d·p_d·(1 − p_d) (the exam's own luck of the draw) + Σ n_d²·v_d, where v_d
 *    is the variance of the domain's Beta(right + 1, wrong + 1) accuracy (our uncertainty about the
 *    student), clamped to 0–100 %.
 */
import { allocateByWeight, domainOf } from '../exams/draw.ts';
import type { ExamBlueprint } from '../exams/schema.ts';
import { scaledScore } from '../exams/scoring.ts';
import type { QuestionIndex, QuestionRef } from './bank.ts';
import { fromStoredCard } from './review-cards.ts';
import { createScheduler } from './review-scheduler.ts';
import type { Attempt, StoredCard } from './model.ts';
import { tagMatches } from './tag-paths.ts';

const scheduler = createScheduler();

/** One topic row of the progress view. */
export interface TopicProgress {
  tag: string;
  /** Questions in the bank under the topic. */
  questions: number;
  /** Of those, questions the student has answered at least once (graded in a submitted attempt, or carded). */
  seen: number;
  unseen: number;
  /** Review cards of the topic due now. */
  due: number;
  /** The last `recentWindow` graded answers under the topic: right / graded (null rate when none). */
  recent: { correct: number; graded: number; rate: number | null };
  /** Mean FSRS retrievability (0–1) of the topic's cards now, or null without cards. */
  retrievability: number | null;
}

/** Graded items of submitted attempts, newest attempt first: [tags, right?]. */
function gradedHistory(attempts: Readonly<Record<string, Attempt>>): Array<{ questionId: string; tags: string[]; correct: boolean }> {
  return Object.values(attempts)
    .filter((a) => a.status === 'submitted')
    .sort((a, b) => (b.submittedAt ?? b.startedAt) - (a.submittedAt ?? a.startedAt))
    .flatMap((a) =>
      a.items
        .filter((i) => i.result === 'correct' || i.result === 'incorrect' || i.result === 'unanswered')
        .map((i) => ({ questionId: i.questionId, tags: i.tags, correct: i.result === 'correct' })),
    );
}

/** FSRS retrievability (0–1) of a stored card at `now` (epoch ms). */
export function cardRetrievability(card: StoredCard, now: number): number {
  if (card.last_review === null) return 0;
  return scheduler.get_retrievability(fromStoredCard(card), new Date(now), false);
}

/**
 * The progress rows of the given topics, in the order given (pass them in syllabus order).
 * @param recentWindow how many latest graded answers per topic make "recent accuracy" (default 20)
 */
export function topicProgress(
  topics: readonly string[],
  bank: QuestionIndex,
  attempts: Readonly<Record<string, Attempt>>,
  cards: Readonly<Record<string, StoredCard>>,
  now: number,
  recentWindow = 20,
): TopicProgress[] {
  const history = gradedHistory(attempts);
  const answered = new Set(history.map((h) => h.questionId));
  return topics.map((tag) => {
    const qs = [...bank.values()].filter((q) => q.tags.some((t) => tagMatches(tag, t)));
    const seen = qs.filter((q) => answered.has(q.id) || cards[q.id]?.last_review != null).length;
    const topicCards = qs.map((q) => cards[q.id]).filter((c): c is StoredCard => c !== undefined && c.last_review !== null);
    const recent = history.filter((h) => h.tags.some((t) => tagMatches(tag, t))).slice(0, recentWindow);
    const correct = recent.filter((h) => h.correct).length;
    return {
      tag,
      questions: qs.length,
      seen,
      unseen: qs.length - seen,
      due: topicCards.filter((c) => c.due <= now).length,
      recent: { correct, graded: recent.length, rate: recent.length > 0 ? correct / recent.length : null },
      retrievability: topicCards.length > 0 ? topicCards.reduce((s, c) => s + cardRetrievability(c, now), 0) / topicCards.length : null,
    };
  });
}

/** A predicted exam score. */
export interface ExamPrediction {
  /** Expected fraction right, 0–1. */
  expected: number;
  /** ≈95 % interval of the fraction right. */
  low: number;
  high: number;
  /** The same as scaled scores (100–1000) when the blueprint is scaled, else null. */
  scaled: { expected: number; low: number; high: number } | null;
  /** Probability-weighted chance of passing is not claimed; this says whether `expected` passes. */
  passes: boolean;
  /** Graded answers the prediction rests on (0: it is the 50 % prior only). */
  evidence: number;
}

/** Predicts the score on a mock exam (method in the module comment). */
export function predictExam(
  blueprint: ExamBlueprint,
  bank: QuestionIndex,
  attempts: Readonly<Record<string, Attempt>>,
  cards: Readonly<Record<string, StoredCard>>,
  now: number,
): ExamPrediction {
  const history = gradedHistory(attempts);
  const seats = allocateByWeight(
    blueprint.questions,
    blueprint.domains.map((d) => d.weight),
  );
  const byDomain: QuestionRef[][] = blueprint.domains.map(() => []);
  for (const q of bank.values()) {
    const d = domainOf(blueprint, q.tags);
    if (d !== null) byDomain[d]!.push(q);
  }
  let mean = 0;
  let variance = 0;
  let total = 0;
  blueprint.domains.forEach((_, d) => {
    const answers = history.filter((h) => domainOf(blueprint, h.tags) === d);
    const right = answers.filter((h) => h.correct).length;
    const a = right + 1;
    const b = answers.length - right + 1;
    const prior = a / (a + b);
    const priorVar = (a * b) / ((a + b) ** 2 * (a + b + 1));
    const qs = byDomain[d]!;
    const n = Math.min(seats[d] ?? 0, qs.length);
    if (n === 0) return;
    const p =
      qs.reduce((s, q) => {
        const card = cards[q.id];
        return s + (card && card.last_review !== null ? cardRetrievability(card, now) : prior);
      }, 0) / qs.length;
    mean += n * p;
    variance += n * p * (1 - p) + n * n * priorVar;
    total += n;
  });
  const expected = total > 0 ? mean / total : 0;
  const sd = total > 0 ? Math.sqrt(variance) / total : 0;
  const low = Math.max(0, expected - 1.96 * sd);
  const high = Math.min(1, expected + 1.96 * sd);
  return {
    expected,
    low,
    high,
    scaled: blueprint.scaled
      ? {
          expected: scaledScore(expected, blueprint.passing),
          low: scaledScore(low, blueprint.passing),
          high: scaledScore(high, blueprint.passing),
        }
      : null,
    passes: expected + 1e-9 >= blueprint.passing,
    evidence: history.filter((h) => domainOf(blueprint, h.tags) !== null).length,
  };
}
