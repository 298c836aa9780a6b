/**
 * The quiz page as a state machine: builder → session → results (with the review of every item),
 * every transition a pure function `(state, event) → state` ({@link quizTransition}). No DOM, no
 * storage, no clock: an event that needs the time carries it (`at`, epoch ms of the page's
 * monotonic clock), and what the page must do afterwards is data in the new state —
 * `save` (compare-and-set this change, then send {@link QuizEvent} `saved`), `say` (announce),
 * `focus` (move focus) and `notice` (show a notice about another tab).
 *
 * The attempt operations themselves are the engine's (`attempt.ts`: select, check, flag, move,
 * submit, deadline); the machine only decides which one an event means and what the page shows next.
 */
import {
  confirmAnswer,
  createAttempt,
  enforceDeadline,
  goNext,
  goPrevious,
  goTo,
  selectOptions,
  submitAttempt,
  toggleFlag,
  toggleOption,
  type NewAttempt,
  type QuizContext,
} from './attempt.ts';
import type { QuestionBank } from './bank.ts';
import type { CommitResult } from './commit.ts';
import { crossedWarning, remainingMs } from './deadline.ts';
import { QuizError } from './errors.ts';
import { presentItem } from './presentation.ts';
import type { Attempt } from './model.ts';
import { letterAtPosition } from './shuffle.ts';

/** Which view the page shows. `loading`: the question bank is not there yet. */
export type QuizViewName = 'loading' | 'builder' | 'session' | 'results';

/** Something the page announces in a live region (`assertive` for time warnings and errors). */
export type QuizAnnouncement =
  | { kind: 'started'; count: number }
  | { kind: 'correct'; key: string }
  | { kind: 'incorrect'; key: string }
  | { kind: 'flagged' }
  | { kind: 'unflagged' }
  | { kind: 'minutes-left'; minutes: number }
  | { kind: 'time-up' }
  | { kind: 'rejected'; hint: string };

/** Where focus goes once the view is drawn. */
export type QuizFocus = 'question' | 'verdict' | 'results' | 'submit-now' | { option: number };

/** A notice about the attempt being changed elsewhere (another tab). */
export type QuizTabNotice = 'other-tab-submitted' | 'other-tab-changed';

/** The whole state of the quiz page. */
export interface QuizMachineState {
  view: QuizViewName;
  /** The current questions (null while loading). */
  bank: QuestionBank | null;
  /** The attempt on screen, as last read from or written to storage (the compare-and-set base). */
  attempt: Attempt | null;
  /** The "Submit the exam? / Finish the quiz?" panel is open. */
  confirmingSubmit: boolean;
  /** Remaining ms at the previous tick (null after (re)opening): for the 5- and 1-minute warnings. */
  previousRemaining: number | null;
  /** When set, the page must store `attempt` with `save` as the compare-and-set base (null: a new attempt), then send `saved`. */
  save: { base: Attempt | null } | null;
  /** What to announce after this transition. */
  say: QuizAnnouncement | null;
  /** Where focus goes after this transition (null: keep it). */
  focus: QuizFocus | null;
  /** A notice to show after this transition. */
  notice: QuizTabNotice | null;
  /** An attempt could not be created: the engine's reason (shown as an error notice). */
  error: string | null;
}

/** What can happen on the quiz page. `at` is the time of the event, epoch ms. */
export type QuizEvent =
  | { type: 'bank-loaded'; bank: QuestionBank }
  | { type: 'show-builder' }
  | { type: 'open'; attempt: Attempt; at: number }
  | { type: 'start'; input: NewAttempt; at: number }
  | { type: 'saved'; result: CommitResult }
  | { type: 'external'; attempt: Attempt }
  | { type: 'select'; letters: readonly string[]; at: number }
  | { type: 'toggle'; position: number; at: number }
  | { type: 'check'; at: number }
  | { type: 'flag'; at: number }
  | { type: 'go'; to: 'next' | 'previous' | number; at: number }
  | { type: 'enter'; at: number }
  | { type: 'request-submit'; at: number }
  | { type: 'submit'; at: number }
  | { type: 'keep-working' }
  | { type: 'tick'; at: number };

/** The names of every {@link QuizEvent} (documentation and tests). */
export const QUIZ_EVENT_TYPES = [
  'bank-loaded',
  'show-builder',
  'open',
  'start',
  'saved',
  'external',
  'select',
  'toggle',
  'check',
  'flag',
  'go',
  'enter',
  'request-submit',
  'submit',
  'keep-working',
  'tick',
] as const satisfies ReadonlyArray<QuizEvent['type']>;

/** The state before the question bank arrives. */
export function initialQuizState(): QuizMachineState {
  return {
    view: 'loading',
    bank: null,
    attempt: null,
    confirmingSubmit: false,
    previousRemaining: null,
    save: null,
    say: null,
    focus: null,
    notice: null,
    error: null,
  };
}

/** The one-shot outputs cleared before every transition. */
function quiet(state: QuizMachineState): QuizMachineState {
  return { ...state, save: null, say: null, focus: null, notice: null, error: null };
}

/** An engine context whose clock reads the event's time. */
function contextAt(bank: QuestionBank, at: number): QuizContext {
  return { bank, clock: { now: () => at } };
}

/**
 * The next state of the quiz page after `event`. Pure: the same state and event give the same
 * result. An event that does not apply to the current view leaves the state as it is (its one-shot
 * outputs cleared); an input the engine rejects (`QuizError`) becomes a `rejected` announcement.
 */
export function quizTransition(state: QuizMachineState, event: QuizEvent): QuizMachineState {
  const s = quiet(state);
  switch (event.type) {
    case 'bank-loaded':
      return { ...s, bank: event.bank, view: s.view === 'loading' ? 'builder' : s.view };
    case 'show-builder':
      return { ...s, view: 'builder', attempt: null, confirmingSubmit: false, previousRemaining: null };
    case 'open':
      return openAttempt(s, event.attempt, event.at);
    case 'start':
      return startAttempt(s, event.input, event.at);
    case 'saved':
      return afterSave(s, state, event.result);
    case 'external':
      return externalChange(s, event.attempt);
    case 'keep-working':
      return s.view === 'session' ? { ...s, confirmingSubmit: false, focus: 'question' } : s;
    case 'tick':
      return tick(s, event.at);
    default:
      return sessionEvent(s, event);
  }
}

/** Shows an attempt: submits it first when its deadline has passed (reload, sleep, closed tab). */
function openAttempt(s: QuizMachineState, attempt: Attempt, at: number): QuizMachineState {
  const base = { ...s, attempt, confirmingSubmit: false, previousRemaining: null };
  if (!s.bank) return { ...base, view: attempt.status === 'submitted' ? 'results' : 'session' };
  const settled = enforceDeadline(attempt, contextAt(s.bank, at));
  if (settled !== attempt) return changed(base, settled);
  if (attempt.status === 'submitted') return { ...base, view: 'results', focus: 'results' };
  return { ...base, view: 'session', focus: 'question' };
}

/** Creates an attempt and opens it; the page saves it (base null) and announces the start. */
function startAttempt(s: QuizMachineState, input: NewAttempt, at: number): QuizMachineState {
  if (!s.bank) return s;
  try {
    const attempt = createAttempt(input, contextAt(s.bank, at));
    return {
      ...s,
      view: 'session',
      attempt,
      confirmingSubmit: false,
      previousRemaining: null,
      save: { base: null },
      focus: 'question',
      say: { kind: 'started', count: attempt.items.length },
    };
  } catch (error) {
    return { ...s, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The view for an attempt: results once submitted, else the running session. */
function viewOf(attempt: Attempt): QuizViewName {
  return attempt.status === 'submitted' ? 'results' : 'session';
}

/** `next` replaces the attempt on screen; the page must save it with the old one as base. */
function changed(s: QuizMachineState, next: Attempt): QuizMachineState {
  if (!s.attempt || next === s.attempt) return s;
  return { ...s, attempt: next, save: { base: s.attempt }, view: viewOf(next), ...submittedOutputs(s.attempt, next) };
}

/** Focus and announcement when an attempt goes from running to submitted. */
function submittedOutputs(before: Attempt, after: Attempt): Partial<QuizMachineState> {
  if (before.status !== 'in-progress' || after.status !== 'submitted') return {};
  return { focus: 'results', say: after.submitReason === 'time-up' ? { kind: 'time-up' } : null, confirmingSubmit: false };
}

/**
 * The outcome of saving: stored (the stored version becomes the base), lost to another tab (its
 * version is shown, with a notice), or gone from storage (this tab's version stays on screen).
 */
function afterSave(s: QuizMachineState, before: QuizMachineState, result: CommitResult): QuizMachineState {
  // Keep the outputs of the transition that asked for the save (focus, announcement).
  const kept = { ...s, say: before.say, focus: before.focus };
  if (result.ok) return { ...kept, attempt: result.attempt };
  const base = before.save?.base ?? null;
  // A new attempt's id taken (never in practice: ids are random) or the attempt gone: keep this tab's version.
  if (!result.current || base === null) return kept;
  const current = result.current;
  const notice: QuizTabNotice =
    current.status === 'submitted' && base !== null && base.status !== 'submitted' ? 'other-tab-submitted' : 'other-tab-changed';
  return { ...s, attempt: current, view: viewOf(current), notice, confirmingSubmit: false, ...submittedOutputs(base, current) };
}

/** Another tab wrote this attempt: show its version (results, focused, when it submitted it). */
function externalChange(s: QuizMachineState, stored: Attempt): QuizMachineState {
  const current = s.attempt;
  if (!current || stored.id !== current.id || stored.revision === current.revision) return s;
  const wasRunning = current.status === 'in-progress';
  if (stored.status === 'submitted') {
    return {
      ...s,
      attempt: stored,
      view: 'results',
      confirmingSubmit: false,
      notice: wasRunning ? 'other-tab-submitted' : null,
      focus: wasRunning ? 'results' : null,
    };
  }
  return { ...s, attempt: stored, view: 'session' };
}

/** The countdown: warnings at 5 and 1 minutes, submission at the deadline. */
function tick(s: QuizMachineState, at: number): QuizMachineState {
  const a = s.attempt;
  if (s.view !== 'session' || !a || !s.bank || a.status !== 'in-progress' || a.deadline === null) return s;
  const left = remainingMs(a, at) ?? 0;
  const crossed = crossedWarning(s.previousRemaining, left);
  const next: QuizMachineState = {
    ...s,
    previousRemaining: left,
    say: crossed === null ? null : { kind: 'minutes-left', minutes: Math.round(crossed / 60_000) },
  };
  return left <= 0 ? changed(next, enforceDeadline(a, contextAt(s.bank, at))) : next;
}

type SessionEvent = Extract<QuizEvent, { type: 'select' | 'toggle' | 'check' | 'flag' | 'go' | 'enter' | 'request-submit' | 'submit' }>;

/** Events of the running quiz; an engine rejection becomes an assertive announcement. */
function sessionEvent(s: QuizMachineState, event: SessionEvent): QuizMachineState {
  const a = s.attempt;
  if (s.view !== 'session' || !a || !s.bank || a.status !== 'in-progress') return s;
  const ctx = contextAt(s.bank, event.at);
  try {
    return runSessionEvent(s, a, ctx, event);
  } catch (error) {
    if (error instanceof QuizError) return { ...s, say: { kind: 'rejected', hint: error.hint } };
    throw error;
  }
}

function runSessionEvent(s: QuizMachineState, a: Attempt, ctx: QuizContext, event: SessionEvent): QuizMachineState {
  const index = a.current;
  switch (event.type) {
    case 'select':
      return changed(s, selectOptions(a, index, event.letters, ctx));
    case 'toggle':
      return toggle(s, a, ctx, event.position);
    case 'check':
      return check(s, a, ctx);
    case 'flag': {
      const next = changed(s, toggleFlag(a, index, ctx));
      return { ...next, say: { kind: next.attempt?.items[index]?.flagged ? 'flagged' : 'unflagged' } };
    }
    case 'go':
      return go(s, a, ctx, event.to);
    case 'enter':
      return enter(s, a, ctx);
    case 'request-submit':
      return requestSubmit(s, a, ctx);
    case 'submit':
      return changed({ ...s, confirmingSubmit: false }, submitAttempt(a, ctx));
  }
}

/** Chooses the option at a screen position (keyboard 1–9/0, A–J); ignored once the item is checked. */
function toggle(s: QuizMachineState, a: Attempt, ctx: QuizContext, position: number): QuizMachineState {
  const item = a.items[a.current];
  if (!item || item.confirmed || position < 0 || position >= item.optionOrder.length) return s;
  const next = changed(s, toggleOption(a, a.current, letterAtPosition(item, position), ctx));
  return { ...next, focus: { option: position } };
}

/** Checks the answer (practice): the verdict is announced and focused. */
function check(s: QuizMachineState, a: Attempt, ctx: QuizContext): QuizMachineState {
  const index = a.current;
  const next = confirmAnswer(a, index, ctx);
  const item = next.items[index];
  const result = changed(s, next);
  if (!item?.confirmed || !s.bank) return result;
  const key = presentItem(next, index, s.bank).keyLabels?.join(', ') ?? '';
  return { ...result, say: { kind: item.result === 'correct' ? 'correct' : 'incorrect', key }, focus: 'verdict' };
}

/** Moves to another question; focus goes to its title when the question changed. */
function go(s: QuizMachineState, a: Attempt, ctx: QuizContext, to: 'next' | 'previous' | number): QuizMachineState {
  const next = to === 'next' ? goNext(a, ctx) : to === 'previous' ? goPrevious(a, ctx) : goTo(a, to, ctx);
  const result = changed(s, next);
  return next.current !== a.current ? { ...result, focus: 'question' } : result;
}

/** Enter: check an answered practice item, else go on, else ask to submit on the last question. */
function enter(s: QuizMachineState, a: Attempt, ctx: QuizContext): QuizMachineState {
  const item = a.items[a.current];
  if (a.mode === 'practice' && item && !item.confirmed && item.selected.length > 0) return check(s, a, ctx);
  if (a.current < a.items.length - 1) return go(s, a, ctx, 'next');
  return requestSubmit(s, a, ctx);
}

/**
 * Asks before submitting an exam, or finishing a practice quiz with unanswered, unchecked or
 * flagged questions; a practice quiz whose every answer is checked finishes at once.
 */
function requestSubmit(s: QuizMachineState, a: Attempt, ctx: QuizContext): QuizMachineState {
  const open = a.items.some((i) => i.selected.length === 0 || i.flagged || !i.confirmed);
  if (a.mode === 'practice' && !open) return changed(s, submitAttempt(a, ctx));
  return { ...s, confirmingSubmit: true, focus: 'submit-now' };
}

/** What the submit panel lists: unanswered, answered but unchecked (practice), flagged. */
export function openItems(attempt: Attempt): { unanswered: number; unchecked: number; flagged: number } {
  return {
    unanswered: attempt.items.filter((i) => i.selected.length === 0).length,
    unchecked: attempt.mode === 'exam' ? 0 : attempt.items.filter((i) => i.selected.length > 0 && !i.confirmed).length,
    flagged: attempt.items.filter((i) => i.flagged).length,
  };
}
