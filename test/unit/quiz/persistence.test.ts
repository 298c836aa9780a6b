import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAttempt, selectOptions, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { reviewCard } from '../../../src/core/quiz/review-scheduler.ts';
import {
  emptyState,
  exportState,
  importState,
  load,
  mergeStates,
  parseImport,
  QUIZ_STATE_KEY,
  recoveredStateKey,
  save,
} from '../../../src/core/quiz/persistence.ts';
import { QuizStateSchema, type Attempt, type QuizState, type StoredCard } from '../../../src/core/quiz/schema.ts';
import { FakeClock, MINUTE, ctxOf, makeBank, sampleQuizState } from './helpers.ts';

const bank = makeBank(4);

const sampleState = (): QuizState => sampleQuizState(bank);

describe('persistence round trip', () => {
  it('loads exactly what it saved', () => {
    const state = sampleState();
    const raw = save(state);
    const loaded = load(raw);
    expect(loaded.recovered).toBeUndefined();
    expect(loaded.state).toEqual(state);
  });

  it('starts clean, with nothing to recover, when nothing is stored', () => {
    expect(load(null)).toEqual({ state: emptyState() });
    expect(load('')).toEqual({ state: emptyState() });
    expect(QUIZ_STATE_KEY).toMatch(/v1$/);
    expect(recoveredStateKey(123)).not.toBe(QUIZ_STATE_KEY);
  });
});

describe('corrupt state recovery', () => {
  it('sets aside text that is not JSON and starts clean', () => {
    const r = load('{"format": "emr-prep.quiz-state", "attempts": {');
    expect(r.state).toEqual(emptyState());
    expect(r.recovered?.raw).toBe('{"format": "emr-prep.quiz-state", "attempts": {');
    expect(r.recovered?.error).toMatch(/^not JSON/);
  });

  it('sets aside a foreign object and one from a newer version', () => {
    expect(load('{"theme":"dark"}').recovered?.error).toMatch(/format: expected "emr-prep\.quiz-state"/);
    const newer = { ...sampleState(), version: 2 };
    expect(load(JSON.stringify(newer)).recovered?.error).toMatch(/version: 2 was written by a newer emr-prep/);
  });

  it('names the field that fails validation', () => {
    const state = sampleState();
    const broken = JSON.parse(save(state));
    broken.attempts['exam-1'].items[1].selected = ['Z'];
    const r = load(JSON.stringify(broken));
    // Only the invalid attempt is set aside (issue 13); the rest stays.
    expect(Object.keys(r.state.attempts)).toEqual(['practice-1']);
    expect(r.state.cards).toEqual(state.cards);
    expect(JSON.parse(r.recovered!.raw).attempts).toEqual({ 'exam-1': broken.attempts['exam-1'] });
    expect(r.recovered?.error).toContain('attempts.exam-1.items.1.selected.0');
  });

  it('rejects a deadline pushed back by hand (deadline must equal start + limit)', () => {
    const tampered = JSON.parse(save(sampleState()));
    tampered.attempts['exam-1'].deadline += 60 * MINUTE;
    expect(load(JSON.stringify(tampered)).recovered?.error).toContain('attempts.exam-1.deadline');
  });
});

describe('export and import', () => {
  it('an export imported into an empty browser restores every attempt and card', () => {
    const state = sampleState();
    const file = exportState(state, 1_800_000_000_000);
    expect(JSON.parse(file)).toMatchObject({ format: 'emr-prep.quiz-export', exportedAt: 1_800_000_000_000 });
    const r = importState(emptyState(), file);
    if (!r.ok) throw new Error(r.error);
    expect(r.state.attempts).toEqual(state.attempts);
    expect(r.state.cards).toEqual(state.cards);
    expect(r.report).toMatchObject({ attemptsAdded: 2, cardsAdded: 2 });
  });

  it('accepts a bare state (e.g. a recovered blob) and refuses anything else with a reason', () => {
    expect(parseImport(save(sampleState())).ok).toBe(true);
    const notJson = parseImport('hello');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.error).toMatch(/not JSON/);
    const bad = parseImport(
      JSON.stringify({ format: 'emr-prep.quiz-export', exportedAt: 1, state: { format: 'emr-prep.quiz-state', version: 1 } }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/state\.(revision|attempts)/);
  });

  it('keeps the existing state untouched when an import fails', () => {
    const existing = sampleState();
    const copy = structuredClone(existing);
    expect(importState(existing, '[1,2,3]').ok).toBe(false);
    expect(existing).toEqual(copy);
  });
});

// ---- merge never loses data ------------------------------------------------------------------

const T0 = Date.UTC(2026, 0, 1);

/** A valid attempt of a given sitting and progress, built with the real engine. */
function attemptOf(id: string, startOffset: number, seed: string, answers: number, submitted: boolean): Attempt {
  const clock = new FakeClock(T0 + startOffset * MINUTE);
  const ctx = ctxOf(bank, clock);
  let a = createAttempt({ id, mode: 'exam', questionIds: ['q01', 'q02', 'q03'], seed, source: { kind: 'due' }, timeLimitMs: null }, ctx);
  for (let i = 0; i < answers; i++) {
    clock.advance(1000);
    a = selectOptions(a, i % 3, [i % 2 === 0 ? 'A' : 'B'], ctx);
  }
  return submitted ? submitAttempt(a, ctx) : a;
}

function cardOf(id: string, reviews: number): StoredCard {
  let c: StoredCard | undefined;
  let at = T0;
  for (let i = 0; i < reviews; i++) {
    c = reviewCard(id, c, i % 2 === 0, at);
    at = c.due;
  }
  return c ?? { ...reviewCard(id, undefined, true, T0), reps: 0, last_review: null, state: 0, due: T0 };
}

const attemptArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c'),
  start: fc.integer({ min: 0, max: 2 }),
  seed: fc.constantFrom('s', 't'),
  answers: fc.integer({ min: 0, max: 4 }),
  submitted: fc.boolean(),
});
const cardArb = fc.record({ id: fc.constantFrom('q01', 'q02', 'q03'), reviews: fc.integer({ min: 0, max: 4 }) });
const stateArb = fc
  .record({ attempts: fc.array(attemptArb, { maxLength: 4 }), cards: fc.array(cardArb, { maxLength: 4 }) })
  .map(({ attempts, cards }) => {
    const s = emptyState();
    for (const a of attempts) s.attempts[a.id] = attemptOf(a.id, a.start, a.seed, a.answers, a.submitted);
    for (const c of cards) s.cards[c.id] = cardOf(c.id, c.reviews);
    return s;
  });

const sitting = (a: Attempt) => `${a.startedAt}|${a.seed}|${a.items.map((i) => i.questionId).join()}`;
/** The student's work in an attempt (what must never be lost). */
const work = (a: Attempt) => JSON.stringify([a.status, a.submittedAt, a.items.map((i) => [i.selected, i.flagged, i.result])]);
/** `kept` preserves `lost`: the same work, or a later state of an unfinished `lost`. */
const preserves = (kept: Attempt, lost: Attempt) =>
  work(kept) === work(lost) || (lost.status === 'in-progress' && (kept.status === 'submitted' || kept.revision > lost.revision));

describe('import merge never loses data', () => {
  it('keeps the work of every attempt of both sides and the newest review of every card (property)', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (existing, incoming) => {
        const before = structuredClone(existing);
        const { state } = mergeStates(existing, incoming);
        expect(existing).toEqual(before); // inputs untouched
        expect(QuizStateSchema.safeParse(state).success).toBe(true);
        // Every existing attempt id is still there, for the same sitting, its work preserved.
        for (const [id, ours] of Object.entries(existing.attempts)) {
          const merged = state.attempts[id]!;
          expect(sitting(merged)).toBe(sitting(ours));
          expect(preserves(merged, ours)).toBe(true);
        }
        // The work of every incoming attempt is somewhere.
        const mergedList = Object.values(state.attempts);
        for (const theirs of Object.values(incoming.attempts)) {
          expect(mergedList.some((m) => sitting(m) === sitting(theirs) && preserves(m, theirs))).toBe(true);
        }
        // Every card keeps the most recent review of either side.
        for (const id of new Set([...Object.keys(existing.cards), ...Object.keys(incoming.cards)])) {
          const latest = Math.max(existing.cards[id]?.last_review ?? -1, incoming.cards[id]?.last_review ?? -1);
          expect(state.cards[id]!.last_review ?? -1).toBe(latest);
        }
        // Importing the same file twice adds nothing the second time.
        const twice = mergeStates(state, incoming);
        expect(twice.state.attempts).toEqual(state.attempts);
        expect(twice.state.cards).toEqual(state.cards);
        expect(twice.report.attemptsAdded + twice.report.attemptsRenamed + twice.report.attemptsUpdated).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps both versions when one attempt was finished differently in two browsers', () => {
    const here = { ...emptyState(), attempts: { a: attemptOf('a', 0, 's', 1, true) } };
    const there = { ...emptyState(), attempts: { a: attemptOf('a', 0, 's', 3, true) } };
    const { state, report } = mergeStates(here, there);
    expect(report.attemptsRenamed).toBe(1);
    expect(state.attempts.a).toEqual(here.attempts.a);
    expect(state.attempts['a-imported-2']!.items).toEqual(there.attempts.a!.items);
  });

  it('keeps both attempts when two different sittings share an id', () => {
    const existing = { ...emptyState(), attempts: { a: attemptOf('a', 0, 's', 2, true) } };
    const incoming = { ...emptyState(), attempts: { a: attemptOf('a', 5, 's', 1, true) } };
    const { state, report } = mergeStates(existing, incoming);
    expect(report.attemptsRenamed).toBe(1);
    expect(state.attempts.a).toEqual(existing.attempts.a);
    expect(state.attempts['a-imported-2']).toEqual({ ...incoming.attempts.a, id: 'a-imported-2' });
  });

  it('takes the submitted version of an attempt left in progress here, and keeps the settings here', () => {
    const here = { ...emptyState(), attempts: { a: attemptOf('a', 0, 's', 1, false) } };
    const there = {
      ...emptyState(),
      attempts: { a: attemptOf('a', 0, 's', 3, true) },
      settings: { passingScore: 0.5, msPerQuestion: 1000 },
    };
    const { state, report } = mergeStates(here, there);
    expect(state.attempts.a!.status).toBe('submitted');
    expect(report.attemptsUpdated).toBe(1);
    expect(state.settings).toEqual(here.settings);
    // …and never the other way round.
    expect(mergeStates(there, here).state.attempts.a).toEqual(there.attempts.a);
  });
});
