/**
 * `model.ts` validates the stored quiz state without zod (the browser ships it, issue 11); the zod
 * schemas of `schema.ts` are the reference. These tests check that both accept and refuse the
 * same states: the valid sample, and thousands of single-field corruptions of it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { load } from '../../../src/core/quiz/persistence.ts';
import { checkAttempt, checkQuizState, isAttemptId, isQuizSeed, type QuizState } from '../../../src/core/quiz/model.ts';
import { AttemptIdSchema, AttemptSchema, QuizSeedSchema, QuizStateSchema } from '../../../src/core/quiz/schema.ts';
import { makeBank, sampleQuizState } from './helpers.ts';

const bank = makeBank(4);

/** The persistence tests' sample: one submitted exam (cards applied) and one practice attempt in progress. */
const sampleState = (): QuizState => sampleQuizState(bank);

/** Every path to a leaf (or a small object/list) of a JSON value. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === DELETE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

const DELETE = Symbol('delete');
/** Values that break one rule or another: wrong types, ranges, patterns, letters, orders. */
const REPLACEMENTS: unknown[] = [
  DELETE,
  null,
  undefined,
  true,
  0,
  -1,
  1,
  2,
  0.5,
  1.5,
  3,
  4,
  72,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  '',
  'A',
  'K',
  'x y',
  'exam-1',
  'practice-1',
  'q01',
  'submitted',
  'in-progress',
  'manual',
  'time-up',
  'due',
  'exam',
  'tags',
  'correct',
  'missing',
  '0123456789abcdef',
  [],
  ['A'],
  ['B', 'A'],
  ['A', 'A'],
  ['A', 'B', 'C', 'D'],
  {},
  { kind: 'due' },
  { kind: 'exam', exam: 'Bad Id' },
  { kind: 'retry-wrong', attemptId: 'exam-1' },
];

describe('model.ts checks agree with the zod reference (schema.ts)', () => {
  const state = sampleState();

  it('accepts the valid sample as zod does', () => {
    expect(QuizStateSchema.safeParse(state).success).toBe(true);
    expect(checkQuizState(state).ok).toBe(true);
  });

  it('refuses exactly what zod refuses, for every field replaced by every probe value', () => {
    let refused = 0;
    for (const path of paths(state)) {
      for (const replacement of REPLACEMENTS) {
        const corrupt = setAt(state, path, replacement);
        const zod = QuizStateSchema.safeParse(corrupt).success;
        const ours = checkQuizState(corrupt).ok;
        if (zod !== ours) throw new Error(`${path.join('.')} = ${String(replacement)}: zod ${zod}, model.ts ${ours}`);
        if (!ours) refused += 1;
      }
    }
    // The probe is not vacuous: most corruptions are refused.
    expect(refused).toBeGreaterThan(1000);
  });

  it('agrees on arbitrary JSON put in place of an attempt field', () => {
    const attempt = state.attempts['exam-1']!;
    const keys = Object.keys(attempt);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const corrupt = { ...attempt, [key]: value };
        expect(checkAttempt(corrupt).ok).toBe(AttemptSchema.safeParse(corrupt).success);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on attempt ids and seeds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{0,90}$/)), (s) => {
        expect(isAttemptId(s)).toBe(AttemptIdSchema.safeParse(s).success);
        expect(isQuizSeed(s)).toBe(QuizSeedSchema.safeParse(s).success);
      }),
    );
  });

  it('names the field at fault when a stored state is set aside', () => {
    const bad = setAt(state, ['attempts', 'exam-1', 'items', 0, 'fingerprint'], 'xyz');
    const r = load(JSON.stringify(bad));
    expect(r.recovered?.error).toContain('attempts.exam-1.items.0.fingerprint: 16 hexadecimal digits');
  });
});
