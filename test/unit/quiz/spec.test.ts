import { describe, expect, it } from 'vitest';
import { defaultQuizSpec, parseQuizSpec, quizSpecToSearchParams, type QuizSpec } from '../../../src/core/quiz/spec.ts';

describe('quiz spec in the URL', () => {
  it("reads a teacher's link", () => {
    const { spec, issues } = parseQuizSpec(
      new URLSearchParams('tags=service/emr,topic/spot&count=20&mode=exam&limit=40m&pass=80&seed=week-3'),
    );
    expect(issues).toEqual([]);
    expect(spec).toEqual<QuizSpec>({
      source: { kind: 'tags', tags: ['service/emr', 'topic/spot'], notes: [] },
      count: 20,
      mode: 'exam',
      timeLimit: 40 * 60_000,
      passingScore: 0.8,
      seed: 'week-3',
    });
  });

  it('round-trips every kind of spec through the URL', () => {
    const specs: QuizSpec[] = [
      defaultQuizSpec(),
      {
        source: { kind: 'tags', tags: ['service'], notes: ['spot-basics'] },
        count: 5,
        mode: 'exam',
        timeLimit: 5000,
        passingScore: 0.72,
        seed: 'abc',
      },
      {
        source: { kind: 'retry-wrong', attemptId: 'att-1' },
        count: null,
        mode: 'practice',
        timeLimit: null,
        passingScore: null,
        seed: null,
      },
      {
        source: { kind: 'retry-flagged', attemptId: 'att-2' },
        count: null,
        mode: 'exam',
        timeLimit: 'default',
        passingScore: 0.65,
        seed: 'x',
      },
      { source: { kind: 'due' }, count: 15, mode: 'practice', timeLimit: 130 * 60_000, passingScore: null, seed: null },
    ];
    for (const spec of specs) {
      const url = quizSpecToSearchParams(spec).toString();
      const back = parseQuizSpec(new URLSearchParams(url));
      expect(back.issues).toEqual([]);
      expect(back.spec).toEqual(spec);
    }
    expect(quizSpecToSearchParams(defaultQuizSpec()).toString()).toBe('');
  });

  it('accepts repeated and comma-separated tags, seconds, hours and "none"', () => {
    const { spec } = parseQuizSpec(new URLSearchParams('tag=Service/EMR&tag=exam/dea,exam/dea&note=a&limit=45s'));
    expect(spec.source).toEqual({ kind: 'tags', tags: ['service/emr', 'exam/dea'], notes: ['a'] });
    expect(spec.timeLimit).toBe(45_000);
    expect(parseQuizSpec(new URLSearchParams('limit=2h')).spec.timeLimit).toBe(7_200_000);
    expect(parseQuizSpec(new URLSearchParams('limit=90')).spec.timeLimit).toBe(90 * 60_000);
    expect(parseQuizSpec(new URLSearchParams('limit=none')).spec.timeLimit).toBeNull();
  });

  it('reports each unusable parameter with the fix and falls back to its default', () => {
    const { spec, issues } = parseQuizSpec(new URLSearchParams('count=-3&mode=quiz&limit=soon&pass=0.72&seed=a b&retry=all'));
    expect(issues.map((i) => i.param)).toEqual(['retry', 'count', 'mode', 'limit', 'pass', 'seed']);
    expect(issues.find((i) => i.param === 'limit')?.message).toMatch(/130m/);
    expect(spec.count).toBeNull();
    expect(spec.mode).toBe('practice');
    expect(spec.timeLimit).toBe('default');
    // "pass=0.72" is almost surely a fraction typed where a percentage belongs: refused, default kept.
    expect(issues.find((i) => i.param === 'pass')?.message).toMatch(/not pass=0\.72/);
    expect(spec.passingScore).toBeNull();
    expect(parseQuizSpec(new URLSearchParams('pass=150')).issues[0]?.param).toBe('pass');
    expect(parseQuizSpec(new URLSearchParams('limit=25h')).issues[0]?.param).toBe('limit');
    expect(parseQuizSpec(new URLSearchParams('retry=wrong')).issues[0]?.param).toBe('from');
  });
});
