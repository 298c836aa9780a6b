import { describe, expect, it } from 'vitest';
import { createAttempt, selectOptions, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { questionBank } from '../../../src/core/quiz/bank.ts';
import { questionFingerprint } from '../../../src/core/quiz/fingerprint.ts';
import type { Attempt, AttemptItem, ItemResult } from '../../../src/core/quiz/schema.ts';
import { gradeItem, isExactSelection, passes, scoreAttempt, tagScores } from '../../../src/core/quiz/scoring.ts';
import { FakeClock, ctxOf, makeQuestion } from './helpers.ts';

const item = (tags: string[], result: ItemResult | null): Pick<AttemptItem, 'tags' | 'result'> => ({ tags, result });

describe('grading single and multiple answers', () => {
  const multi = makeQuestion({ id: 'm', options: ['a', 'b', 'c', 'd', 'e'], answer: ['B', 'D'] });
  const fp = questionFingerprint(multi);

  it('scores "choose two" all or nothing, as AWS does', () => {
    expect(gradeItem({ fingerprint: fp, selected: ['B', 'D'] }, multi)).toBe('correct');
    expect(gradeItem({ fingerprint: fp, selected: ['B'] }, multi)).toBe('incorrect'); // one of two: no partial credit
    expect(gradeItem({ fingerprint: fp, selected: ['B', 'C', 'D'] }, multi)).toBe('incorrect'); // extra option
    expect(gradeItem({ fingerprint: fp, selected: ['A', 'C'] }, multi)).toBe('incorrect');
    expect(gradeItem({ fingerprint: fp, selected: [] }, multi)).toBe('unanswered');
    expect(isExactSelection(['D', 'B'], ['B', 'D'])).toBe(true);
  });

  it('scores a single answer', () => {
    const single = makeQuestion({ id: 's', answer: ['C'] });
    const f = questionFingerprint(single);
    expect(gradeItem({ fingerprint: f, selected: ['C'] }, single)).toBe('correct');
    expect(gradeItem({ fingerprint: f, selected: ['A'] }, single)).toBe('incorrect');
  });

  it('reports a changed or removed question instead of grading it against the new key', () => {
    const edited = makeQuestion({ id: 'm', options: ['a', 'b', 'c', 'd', 'e'], answer: ['B', 'E'] });
    expect(gradeItem({ fingerprint: fp, selected: ['B', 'E'] }, edited)).toBe('changed');
    expect(gradeItem({ fingerprint: fp, selected: ['B', 'D'] }, undefined)).toBe('missing');
  });

  it('does not count reflowed whitespace or edited explanations as a change', () => {
    const reflowed = makeQuestion({ id: 'm', stem: '  Stem   of\nm? ', options: ['a', 'b', 'c', 'd', 'e'], answer: ['D', 'B'] });
    const explained = { ...multi, options: multi.options.map((o) => ({ ...o, explanation: 'new reason' })) };
    expect(questionFingerprint(reflowed)).toBe(fp);
    expect(questionFingerprint(explained)).toBe(fp);
    expect(questionFingerprint({ ...multi, stem: 'Another stem?' })).not.toBe(fp);
    expect(questionFingerprint(multi)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('attempt score and pass/fail', () => {
  const scoreOf = (results: (ItemResult | null)[], passingScore = 0.72) =>
    scoreAttempt({ passingScore, items: results.map((r) => ({ ...item(['service/emr'], r) }) as AttemptItem) });

  it('passes at exactly the passing score and fails just below (18/25 = 72 %, 17/25 = 68 %)', () => {
    const pass = scoreOf([...Array<ItemResult>(18).fill('correct'), ...Array<ItemResult>(7).fill('incorrect')]);
    expect(pass.score).toBe(0.72);
    expect(pass.passed).toBe(true);
    const fail = scoreOf([...Array<ItemResult>(17).fill('correct'), ...Array<ItemResult>(8).fill('incorrect')]);
    expect(fail.passed).toBe(false);
    expect(passes(0.7199999, 0.72)).toBe(false);
  });

  it('counts unanswered as wrong and leaves changed and missing items out of the score', () => {
    const s = scoreOf(['correct', 'correct', 'incorrect', 'unanswered', 'changed', 'missing']);
    expect(s).toMatchObject({ total: 6, correct: 2, incorrect: 1, unanswered: 1, changed: 1, missing: 1, graded: 4, score: 0.5 });
  });

  it('gives no score (not NaN) when nothing could be graded', () => {
    const s = scoreOf(['missing', 'changed']);
    expect(s.score).toBeNull();
    expect(s.passed).toBeNull();
  });

  it("uses the attempt's own passing score", () => {
    expect(scoreOf(['correct', 'incorrect'], 0.5).passed).toBe(true);
    expect(scoreOf(['correct', 'incorrect'], 0.6).passed).toBe(false);
  });
});

describe('per-tag and per-namespace scores', () => {
  it('aggregates by tag, implied ancestor and namespace, counting an item once per row', () => {
    // Hand-computed: four graded items and one missing.
    const { byNamespace, byTag } = tagScores([
      item(['service/emr/spot', 'exam/dea'], 'correct'),
      item(['service/emr', 'service/emr/spot'], 'incorrect'),
      item(['service/glue'], 'correct'),
      item(['exam/dea'], 'unanswered'),
      item(['service/glue'], 'missing'),
    ]);
    expect(byNamespace).toEqual([
      { tag: 'exam', correct: 1, graded: 2, rate: 0.5 },
      { tag: 'service', correct: 2, graded: 3, rate: 2 / 3 },
    ]);
    expect(byTag).toEqual([
      { tag: 'exam/dea', correct: 1, graded: 2, rate: 0.5 },
      { tag: 'service/emr', correct: 1, graded: 2, rate: 0.5 },
      { tag: 'service/emr/spot', correct: 1, graded: 2, rate: 0.5 },
      { tag: 'service/glue', correct: 1, graded: 1, rate: 1 },
    ]);
  });

  it('come out of a real submitted attempt', () => {
    const clock = new FakeClock();
    const bank = questionBank([
      makeQuestion({ id: 'a', tags: ['service/emr'], answer: ['A'] }),
      makeQuestion({ id: 'b', tags: ['service/emr'], answer: ['A'] }),
      makeQuestion({ id: 'c', tags: ['service/s3'], answer: ['A'] }),
    ]);
    const ctx = ctxOf(bank, clock);
    let a: Attempt = createAttempt(
      { id: 'x', mode: 'exam', questionIds: ['a', 'b', 'c'], seed: 's', source: { kind: 'due' }, timeLimitMs: null },
      ctx,
    );
    a = selectOptions(
      a,
      a.items.findIndex((i) => i.questionId === 'a'),
      ['A'],
      ctx,
    );
    a = selectOptions(
      a,
      a.items.findIndex((i) => i.questionId === 'c'),
      ['A'],
      ctx,
    );
    const s = scoreAttempt(submitAttempt(a, ctx));
    expect(s.byTag).toEqual([
      { tag: 'service/emr', correct: 1, graded: 2, rate: 0.5 },
      { tag: 'service/s3', correct: 1, graded: 1, rate: 1 },
    ]);
    expect(s.byNamespace).toEqual([{ tag: 'service', correct: 2, graded: 3, rate: 2 / 3 }]);
  });
});
