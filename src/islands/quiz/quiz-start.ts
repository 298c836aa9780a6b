/**
 * From a quiz spec to the questions and the new attempt: which questions a spec selects now
 * (tags/notes, a mock exam's seeded draw, the due cards, a retry of an earlier attempt), and the
 * `NewAttempt` the state machine's `start` event creates.
 */
import type { NewAttempt } from '../../core/quiz/attempt.ts';
import { QuizError } from '../../core/quiz/errors.ts';
import type { QuizState } from '../../core/quiz/model.ts';
import { countByTags, selectByTags, selectDue, selectRetryFlagged, selectRetryWrong, type Selection } from '../../core/quiz/selection.ts';
import { resolveTimeLimitMs, type QuizSpec } from '../../core/quiz/spec.ts';
import type { LoadedBank } from './bank-client.ts';
import { isRandomPackSpec, RANDOM_PACK_SIZE } from './bank-packs.ts';
import { newAttemptId } from './describe.ts';
import { examSelection } from './exam-view.ts';
import { tr } from './text.ts';

/** The questions a spec selects, or why none; `shortfalls` names blueprint domains the bank cannot fill. */
export interface SelectionOutcome {
  selection: Selection | null;
  problem: string | null;
  shortfalls?: string[];
}

/**
 * What an incomplete bank (one random-quiz pack: bank-client.ts's `packBank`) can start: the pack's
 * own quiz — "10 random questions" drawn with the pack's seed, `seed` null meaning not drawn yet —
 * which is exactly what the whole bank draws with that seed (bank-packs.ts). null for any other
 * quiz: it waits for the manifest.
 */
export function packSelection(spec: QuizSpec, seed: string | null, loaded: LoadedBank): Selection | null {
  const pack = loaded.pack;
  if (!pack || !isRandomPackSpec(spec) || (seed !== null && seed !== pack.seed)) return null;
  return {
    questionIds: [...pack.questionIds],
    poolSize: pack.bankSize,
    shortfall: Math.max(0, RANDOM_PACK_SIZE - pack.questionIds.length),
    unmatched: [],
  };
}

/** The outcome for an incomplete bank: the pack's quiz, or "still loading". */
function packOutcome(spec: QuizSpec, seed: string | null, loaded: LoadedBank): SelectionOutcome {
  const selection = packSelection(spec, seed, loaded);
  return { selection, problem: selection ? null : tr('quiz.quick.loading') };
}

/**
 * The questions `spec` selects now, seeded with `seed` (from an incomplete bank: {@link packSelection}).
 *
 * @param state the stored quiz state (due cards, earlier attempts for a retry).
 * @param now epoch ms (which cards are due).
 */
export function selectFor(spec: QuizSpec, seed: string, loaded: LoadedBank, state: QuizState, now: number): SelectionOutcome {
  const source = spec.source;
  if (!loaded.complete) return packOutcome(spec, seed, loaded);
  try {
    if (source.kind === 'exam') return examSelection(loaded, source.exam, spec.count, seed);
    if (source.kind === 'tags') {
      return { selection: selectByTags(loaded.index, { tags: source.tags, notes: source.notes, count: spec.count, seed }), problem: null };
    }
    if (source.kind === 'due') return { selection: selectDue(state.cards, loaded.index, now, spec.count, seed), problem: null };
    const from = state.attempts[source.attemptId];
    if (!from) return { selection: null, problem: tr('quiz.builder.attemptMissing', { id: source.attemptId }) };
    const all = source.kind === 'retry-wrong' ? selectRetryWrong(from, loaded.index, seed) : selectRetryFlagged(from, loaded.index, seed);
    const ids = spec.count === null ? all.questionIds : all.questionIds.slice(0, spec.count);
    return { selection: { ...all, questionIds: ids }, problem: null };
  } catch (error) {
    return { selection: null, problem: error instanceof QuizError ? error.message : String(error) };
  }
}

/**
 * What the builder's preview line shows for `spec` (how many questions, from how large a pool, what
 * matched nothing, which exam domains fall short): a tag quiz's pool is only counted, not drawn, so
 * `selection.questionIds` is NOT the quiz's questions — {@link selectFor} draws those.
 */
export function previewFor(spec: QuizSpec, loaded: LoadedBank, state: QuizState, now: number): SelectionOutcome {
  const source = spec.source;
  if (!loaded.complete) return packOutcome(spec, null, loaded);
  if (source.kind !== 'tags') return selectFor(spec, spec.seed ?? 'preview', loaded, state, now);
  try {
    return { selection: countByTags(loaded.index, { tags: source.tags, notes: source.notes, count: spec.count }), problem: null };
  } catch (error) {
    return { selection: null, problem: error instanceof QuizError ? error.message : String(error) };
  }
}

/**
 * The new attempt for `spec` and its selection: a mock exam takes its blueprint's minutes and
 * passing score unless the spec overrides them; otherwise the spec or the student's settings.
 *
 * @throws {QuizError} when the spec's time limit cannot be resolved (the builder shows why first).
 */
export function newAttemptInput(
  spec: QuizSpec,
  questionIds: readonly string[],
  seed: string,
  loaded: LoadedBank,
  state: QuizState,
): NewAttempt {
  const blueprint = spec.source.kind === 'exam' ? loaded.exams.get(spec.source.exam) : undefined;
  return {
    id: newAttemptId(),
    mode: spec.mode,
    questionIds,
    seed,
    source: spec.source,
    timeLimitMs:
      blueprint && spec.timeLimit === 'default'
        ? blueprint.minutes * 60_000
        : resolveTimeLimitMs(spec, questionIds.length, state.settings.msPerQuestion),
    passingScore: spec.passingScore ?? blueprint?.passing ?? state.settings.passingScore,
  };
}
