import { describe, expect, it } from 'vitest';
import { createAttempt, selectOptions, setFlag, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { questionBank } from '../../../src/core/quiz/bank.ts';
import { newCard } from '../../../src/core/quiz/review-scheduler.ts';
import type { StoredCard } from '../../../src/core/quiz/schema.ts';
import { countByTags, selectByTags, selectDue, selectRetryFlagged, selectRetryWrong } from '../../../src/core/quiz/selection.ts';
import { FakeClock, ctxOf, makeQuestion } from './helpers.ts';

const bank = questionBank([
  makeQuestion({ id: 'emr-1', note: 'spot', tags: ['service/emr', 'topic/spot'] }),
  makeQuestion({ id: 'emr-2', note: 'hdfs', tags: ['service/emr/hdfs'] }),
  makeQuestion({ id: 'glue-1', note: 'glue', tags: ['service/glue'] }),
  makeQuestion({ id: 'emrs-1', note: 'serverless', tags: ['service/emr-serverless'] }),
  makeQuestion({ id: 'lambda-1', note: 'lambda', tags: ['service/lambda', 'exam/dea'] }),
]);

const ids = (s: { questionIds: string[] }) => [...s.questionIds].sort();

describe('selection by tags and notes', () => {
  it('selects a tag and everything below it, but not a sibling that merely shares a prefix', () => {
    expect(ids(selectByTags(bank, { tags: ['service/emr'], notes: [], count: null, seed: 's' }))).toEqual(['emr-1', 'emr-2']);
  });

  it('takes the union of several tags and of notes', () => {
    const s = selectByTags(bank, { tags: ['service/glue', 'exam'], notes: ['hdfs'], count: null, seed: 's' });
    expect(ids(s)).toEqual(['emr-2', 'glue-1', 'lambda-1']);
  });

  it('normalises typed selectors and reports those that match nothing', () => {
    const s = selectByTags(bank, { tags: [' #Service/EMR/ ', 'servce/emr'], notes: ['no-such-note'], count: null, seed: 's' });
    expect(ids(s)).toEqual(['emr-1', 'emr-2']);
    expect(s.unmatched).toEqual(['servce/emr', 'no-such-note']);
  });

  it('selects every question when no tag and no note is given', () => {
    expect(selectByTags(bank, { tags: [], notes: [], count: null, seed: 's' }).poolSize).toBe(5);
  });

  it('cuts to count and reports a shortfall', () => {
    const s = selectByTags(bank, { tags: ['service'], notes: [], count: 3, seed: 's' });
    expect(s.questionIds).toHaveLength(3);
    expect(s.poolSize).toBe(5);
    const t = selectByTags(bank, { tags: ['service/emr'], notes: [], count: 10, seed: 's' });
    expect(t.shortfall).toBe(8);
    expect(() => selectByTags(bank, { tags: [], notes: [], count: 0, seed: 's' })).toThrow(/count/);
  });

  it('counts what a selection would hold without drawing it (the builder preview)', () => {
    for (const criteria of [
      { tags: ['service'], notes: [], count: 3 },
      { tags: ['service/emr'], notes: [], count: 10 },
      { tags: [' #Service/EMR/ ', 'servce/emr'], notes: ['no-such-note', 'glue'], count: null },
      { tags: [], notes: [], count: 2 },
    ]) {
      const drawn = selectByTags(bank, { ...criteria, seed: 'x' });
      const counted = countByTags(bank, criteria);
      expect({ ...counted, questionIds: counted.questionIds.length }).toEqual({ ...drawn, questionIds: drawn.questionIds.length });
    }
    expect(countByTags(bank, { tags: ['service/emr'], notes: [], count: 10 }).shortfall).toBe(8);
    expect(() => countByTags(bank, { tags: [], notes: [], count: 0 })).toThrow(/count/);
  });

  it('gives the same questions in the same order for the same seed, whatever order the content lists them in', () => {
    const reversed = questionBank([...bank.values()].reverse());
    const a = selectByTags(bank, { tags: [], notes: [], count: 3, seed: 'teacher-link' });
    const b = selectByTags(reversed, { tags: [], notes: [], count: 3, seed: 'teacher-link' });
    expect(b.questionIds).toEqual(a.questionIds);
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) =>
        selectByTags(bank, { tags: [], notes: [], count: null, seed }).questionIds.join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('retry and due selections', () => {
  const clock = new FakeClock();
  const ctx = ctxOf(bank, clock);
  let a = createAttempt(
    { id: 'a', mode: 'exam', questionIds: ['emr-1', 'emr-2', 'glue-1', 'lambda-1'], seed: 's', source: { kind: 'due' }, timeLimitMs: null },
    ctx,
  );
  const at = (id: string) => a.items.findIndex((i) => i.questionId === id);
  a = selectOptions(a, at('emr-1'), ['B'], ctx); // right
  a = selectOptions(a, at('emr-2'), ['A'], ctx); // wrong
  a = setFlag(a, at('emr-1'), true, ctx);
  a = setFlag(a, at('glue-1'), true, ctx); // glue-1 and lambda-1 left unanswered
  const done = submitAttempt(a, ctx);

  it('"retry the wrong ones" takes incorrect and unanswered items', () => {
    expect(ids(selectRetryWrong(done, bank, 'r'))).toEqual(['emr-2', 'glue-1', 'lambda-1']);
    expect(() => selectRetryWrong(a, bank, 'r')).toThrow(/still in progress/);
  });

  it('"retry flagged" takes flagged items, and both skip questions that no longer exist', () => {
    expect(ids(selectRetryFlagged(done, bank, 'r'))).toEqual(['emr-1', 'glue-1']);
    const smaller = questionBank([...bank.values()].filter((q) => q.id !== 'glue-1'));
    expect(ids(selectRetryFlagged(done, smaller, 'r'))).toEqual(['emr-1']);
    expect(ids(selectRetryWrong(done, smaller, 'r'))).toEqual(['emr-2', 'lambda-1']);
  });

  it('"due for review" takes due cards, most overdue first, cut to count', () => {
    const now = 10_000_000;
    const card = (id: string, due: number): StoredCard => ({ ...newCard(id, 0), due });
    const cards = {
      'emr-1': card('emr-1', now - 5000),
      'emr-2': card('emr-2', now - 100),
      'glue-1': card('glue-1', now + 1), // not yet due
      gone: card('gone', 0), // question removed from the content
      'lambda-1': card('lambda-1', now),
    };
    expect(ids(selectDue(cards, bank, now, null, 's'))).toEqual(['emr-1', 'emr-2', 'lambda-1']);
    const two = selectDue(cards, bank, now, 2, 's');
    expect(ids(two)).toEqual(['emr-1', 'emr-2']);
    expect(two.poolSize).toBe(3);
  });
});
