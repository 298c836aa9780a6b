/** Readiness figures: per-topic progress and the predicted mock-exam score with its interval. */
import { describe, expect, it } from 'vitest';
import { parseBlueprint } from '../../../src/core/exams/parse.ts';
import { questionBank } from '../../../src/core/quiz/bank.ts';
import { cardRetrievability, predictExam, topicProgress } from '../../../src/core/quiz/readiness.ts';
import { reviewCard } from '../../../src/core/quiz/review-scheduler.ts';
import type { Attempt, StoredCard } from '../../../src/core/quiz/schema.ts';
import { makeQuestion } from './helpers.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

const bank = questionBank([
  ...Array.from({ length: 10 }, (_, i) => makeQuestion({ id: `s${i}`, tags: ['topic/storage'] })),
  ...Array.from({ length: 10 }, (_, i) => makeQuestion({ id: `k${i}`, tags: ['topic/spark-on-emr'] })),
]);

function attempt(id: string, at: number, answers: Array<[string, boolean]>): Attempt {
  return {
    id,
    status: 'submitted',
    startedAt: at,
    submittedAt: at,
    items: answers.map(([q, ok]) => ({ questionId: q, tags: [...bank.get(q)!.tags], result: ok ? 'correct' : 'incorrect' })),
  } as unknown as Attempt;
}

const blueprint = parseBlueprint(
  'title: T\nminutes: 10\nquestions: 10\ndomains:\n  - name: Storage\n    tags: [topic/storage]\n    weight: 1\n  - name: Spark\n    tags: [topic/spark-on-emr]\n    weight: 1\n',
  'exams/t.yml',
).parsed!.blueprint;

describe('topic progress', () => {
  it('counts seen/unseen, recent accuracy (newest answers first), due cards and retrievability', () => {
    const attempts = {
      a: attempt('a', NOW - 3 * DAY, [
        ['s0', false],
        ['s1', false],
      ]),
      b: attempt('b', NOW - DAY, [
        ['s0', true],
        ['s2', true],
      ]),
    };
    let cards: Record<string, StoredCard> = {};
    cards.s0 = reviewCard('s0', undefined, true, NOW - DAY);
    cards.s1 = reviewCard('s1', undefined, false, NOW - 3 * DAY);
    const [storage, spark] = topicProgress(['topic/storage', 'topic/spark-on-emr'], bank, attempts, cards, NOW, 3);
    expect(storage).toMatchObject({ tag: 'topic/storage', questions: 10, seen: 3, unseen: 7 });
    // window of 3, newest attempt first: s0 ✓, s2 ✓, then s0 ✗
    expect(storage!.recent).toEqual({ correct: 2, graded: 3, rate: 2 / 3 });
    // Both cards are due: s1 was wrong; s0's first review was in FSRS's 10-minute learning step.
    expect(storage!.due).toBe(2);
    cards.s2 = reviewCard('s2', reviewCard('s2', reviewCard('s2', undefined, true, NOW - 9 * DAY), true, NOW - 8 * DAY), true, NOW - DAY);
    expect(topicProgress(['topic/storage'], bank, attempts, cards, NOW)[0]!.due).toBe(2); // s2 graduated: not due
    expect(storage!.retrievability).toBeGreaterThan(0);
    expect(storage!.retrievability).toBeLessThan(1);
    expect(spark).toMatchObject({ seen: 0, unseen: 10, due: 0, recent: { graded: 0, rate: null }, retrievability: null });
    cards = {};
  });

  it('retrievability falls with time since the last review', () => {
    const card = reviewCard('s0', undefined, true, NOW);
    expect(cardRetrievability(card, NOW + DAY)).toBeGreaterThan(cardRetrievability(card, NOW + 30 * DAY));
  });
});

describe('predicted exam score', () => {
  it('with no answers: 50 % with a wide interval that contains it', () => {
    const p = predictExam(blueprint, bank, {}, {}, NOW);
    expect(p.expected).toBeCloseTo(0.5, 5);
    expect(p.low).toBeLessThan(0.3);
    expect(p.high).toBeGreaterThan(0.7);
    expect(p.evidence).toBe(0);
    expect(p.scaled).toBeNull();
  });

  it('rises with right answers, narrows with evidence, and is scaled for a scaled blueprint', () => {
    const many = Object.fromEntries(
      Array.from({ length: 5 }, (_, k) => [
        `a${k}`,
        attempt(
          `a${k}`,
          NOW - k * DAY,
          [...bank.keys()].map((id) => [id, id !== 's9'] as [string, boolean]),
        ),
      ]),
    );
    const good = predictExam(blueprint, bank, many, {}, NOW);
    const none = predictExam(blueprint, bank, {}, {}, NOW);
    expect(good.expected).toBeGreaterThan(0.9);
    expect(good.high - good.low).toBeLessThan(none.high - none.low);
    expect(good.low).toBeLessThanOrEqual(good.expected);
    expect(good.high).toBeGreaterThanOrEqual(good.expected);
    expect(good.passes).toBe(true);
    const scaled = predictExam({ ...blueprint, scaled: true }, bank, many, {}, NOW);
    expect(scaled.scaled!.expected).toBeGreaterThan(720);
    expect(scaled.scaled!.low).toBeLessThanOrEqual(scaled.scaled!.expected);
  });

  it('uses FSRS retrievability for carded questions: a fresh right review counts more than the prior', () => {
    const cards: Record<string, StoredCard> = Object.fromEntries(
      [...bank.keys()].map((id) => [id, reviewCard(id, undefined, true, NOW - 1000)]),
    );
    expect(predictExam(blueprint, bank, {}, cards, NOW).expected).toBeGreaterThan(0.9);
  });
});
