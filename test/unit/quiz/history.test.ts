import { describe, expect, it } from 'vitest';
import { createAttempt, selectOptions, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { questionBank } from '../../../src/core/quiz/bank.ts';
import { attemptHistory, scoreTrend, unfinishedAttempts, weakestTags } from '../../../src/core/quiz/history.ts';
import type { Attempt } from '../../../src/core/quiz/schema.ts';
import { FakeClock, MINUTE, ctxOf, makeQuestion } from './helpers.ts';

const bank = questionBank([
  makeQuestion({ id: 'e1', tags: ['service/emr'], answer: ['A'] }),
  makeQuestion({ id: 'e2', tags: ['service/emr'], answer: ['A'] }),
  makeQuestion({ id: 'g1', tags: ['service/glue'], answer: ['A'] }),
  makeQuestion({ id: 'g2', tags: ['service/glue'], answer: ['A'] }),
]);

/** An attempt on all four questions answering `right` of them correctly (in id order), the rest wrong. */
function sitting(clock: FakeClock, id: string, right: string[], submit = true): Attempt {
  const ctx = ctxOf(bank, clock);
  let a = createAttempt(
    {
      id,
      mode: 'exam',
      questionIds: ['e1', 'e2', 'g1', 'g2'],
      seed: id,
      source: { kind: 'tags', tags: ['service'], notes: [] },
      timeLimitMs: 30 * MINUTE,
    },
    ctx,
  );
  a.items.forEach((item, i) => {
    a = selectOptions(a, i, [right.includes(item.questionId) ? 'A' : 'B'], ctx);
  });
  clock.advance(5 * MINUTE);
  return submit ? submitAttempt(a, ctx) : a;
}

describe('history', () => {
  const clock = new FakeClock();
  const first = sitting(clock, 'first', ['e1', 'g1', 'g2']); // 3/4
  clock.advance(MINUTE);
  const second = sitting(clock, 'second', ['g1']); // 1/4
  clock.advance(MINUTE);
  const open = sitting(clock, 'open', [], false);
  const attempts = { first, second, open };

  it('lists every attempt newest first with score and time used', () => {
    const rows = attemptHistory(attempts, clock.now());
    expect(rows.map((r) => [r.id, r.status, r.score])).toEqual([
      ['open', 'in-progress', null],
      ['second', 'submitted', 0.25],
      ['first', 'submitted', 0.75],
    ]);
    expect(rows[2]!.timeUsedMs).toBe(5 * MINUTE);
    expect(rows[2]!.tags).toEqual(['service']);
  });

  it('draws the trend from submitted attempts in order', () => {
    expect(scoreTrend(attempts).map((p) => [p.attemptId, p.score])).toEqual([
      ['first', 0.75],
      ['second', 0.25],
    ]);
  });

  it('finds the weakest tags over all submitted attempts', () => {
    // EMR: 1 of 4 right (first: e1 only; second: none); Glue: 3 of 4.
    expect(weakestTags(attempts, 3)).toEqual([
      { tag: 'service/emr', correct: 1, graded: 4, rate: 0.25 },
      { tag: 'service/glue', correct: 3, graded: 4, rate: 0.75 },
    ]);
    expect(weakestTags(attempts, 5)).toEqual([]);
  });

  it('offers the unfinished attempt for resuming', () => {
    expect(unfinishedAttempts(attempts).map((a) => a.id)).toEqual(['open']);
  });
});
