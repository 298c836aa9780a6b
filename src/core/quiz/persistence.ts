/**
 * The persistence format: one versioned state object (attempts, review cards, settings), its
 * load/save as JSON, the export file and the import merge.
 *
 * Storage itself (localStorage, quota errors, BroadcastChannel) belongs to the browser island; this
 * module only turns strings into validated state and back, and never throws on bad stored data:
 * - {@link load} sets state that does not validate aside (`recovered`) and starts clean, so the
 *   island can store the raw text under {@link recoveredStateKey} and tell the student — nothing is
 *   silently deleted;
 * - {@link mergeStates} never loses an attempt or a review: attempts merge by id, cards by question
 *   id with the newer review winning, and an id clash between two different attempts keeps both.
 */
import { DEFAULT_MS_PER_QUESTION } from './deadline.ts';
import { isNewerReview } from './review-cards.ts';
import { DEFAULT_PASSING_SCORE } from './scoring.ts';
import {
  checkAttempt,
  checkQuizState,
  checkStoredCard,
  QUIZ_STATE_FORMAT,
  QUIZ_STATE_VERSION,
  type Attempt,
  type ModelIssue,
  type QuizSettings,
  type QuizState,
  type StoredCard,
} from './model.ts';

/** The localStorage key of the quiz state (the version is part of the key and of the object). */
export const QUIZ_STATE_KEY = 'emr-prep:quiz:v1';

/**
 * The key under which the island keeps state that failed to load, e.g.
 * `emr-prep:quiz:recovered:1767225600000`.
 *
 * @param now epoch ms of the recovery (makes the key unique per recovery).
 */
export function recoveredStateKey(now: number): string {
  return `emr-prep:quiz:recovered:${now}`;
}

/** Settings of a fresh state: passing score 0.72, 2 minutes (120 000 ms) per exam question. */
export const DEFAULT_SETTINGS: QuizSettings = {
  passingScore: DEFAULT_PASSING_SCORE,
  msPerQuestion: DEFAULT_MS_PER_QUESTION,
};

/** A clean state: no attempts, no cards, default settings, revision 0. */
export function emptyState(): QuizState {
  return {
    format: QUIZ_STATE_FORMAT,
    version: QUIZ_STATE_VERSION,
    revision: 0,
    attempts: {},
    cards: {},
    settings: { ...DEFAULT_SETTINGS },
  };
}

/** Renders issues as `path: message` lines, e.g. `attempts.a1.items.0.selected: …`. */
function describeIssues(issues: readonly ModelIssue[], prefix = ''): string {
  const lines = issues.slice(0, 8).map((i) => {
    const path = [prefix, ...i.path.map(String)].filter((p) => p !== '').join('.');
    return `${path || '(root)'}: ${i.message}`;
  });
  if (issues.length > 8) lines.push(`… and ${issues.length - 8} more problems`);
  return lines.join('\n');
}

/** What {@link load} returns. */
export interface LoadResult {
  /** The state to use: the stored one when valid, else a clean one. */
  state: QuizState;
  /**
   * Present when stored text existed but could not be used: the raw text (to keep under
   * {@link recoveredStateKey}) and why it was set aside (field paths and messages).
   */
  recovered?: { raw: string; error: string };
}

/**
 * Migrations from older state versions, by version number. Version 1 is the first; when the
 * schema changes, add `1: (old) => newShape` here and bump `QUIZ_STATE_VERSION`.
 */
const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => unknown>> = {};

/** Parses a JSON text into a state; returns the state or a readable reason. */
function parseState(raw: string, prefix = ''): { ok: true; state: QuizState } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { ok: false, error: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  return validateState(data, prefix);
}

function validateState(data: unknown, prefix = ''): { ok: true; state: QuizState } | { ok: false; error: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: `${prefix || '(root)'}: not a quiz state object` };
  }
  let current = data as Record<string, unknown>;
  if (current.format !== QUIZ_STATE_FORMAT) {
    return {
      ok: false,
      error: `${prefix ? `${prefix}.` : ''}format: expected "${QUIZ_STATE_FORMAT}", found ${JSON.stringify(current.format)}`,
    };
  }
  for (let guard = 0; guard < 100 && typeof current.version === 'number' && current.version < QUIZ_STATE_VERSION; guard++) {
    const migrate = MIGRATIONS[current.version];
    if (!migrate) break;
    current = migrate(current) as Record<string, unknown>;
  }
  if (typeof current.version === 'number' && current.version > QUIZ_STATE_VERSION) {
    return {
      ok: false,
      error: `${prefix ? `${prefix}.` : ''}version: ${current.version} was written by a newer emr-prep (this one reads ${QUIZ_STATE_VERSION}); reload the site to update`,
    };
  }
  const checked = checkQuizState(current);
  if (!checked.ok) return { ok: false, error: describeIssues(checked.issues, prefix) };
  return { ok: true, state: checked.value };
}

/**
 * Loads the stored state.
 *
 * @param raw the text stored under {@link QUIZ_STATE_KEY}, or null when nothing is stored.
 * @returns the valid state; or a clean state plus `recovered` when the text is not JSON, not a quiz
 *   state, from a newer version, or fails validation. Never throws.
 */
export function load(raw: string | null): LoadResult {
  if (raw === null || raw.trim() === '') return { state: emptyState() };
  const result = parseState(raw);
  if (result.ok) return { state: result.state };
  const salvaged = salvage(raw);
  if (salvaged) return salvaged;
  return { state: emptyState(), recovered: { raw, error: result.error } };
}

/**
 * Sets aside only what is invalid (issue 13): when the stored state fails validation because of
 * some attempts or cards, and the state without them validates, those go to `recovered` — as a
 * state of their own (same format, version and settings), which {@link parseImport} reads back
 * once fixed — and the rest stays. Null when the problem is elsewhere (then everything is set aside).
 */
function salvage(raw: string): LoadResult | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const split = (
    field: 'attempts' | 'cards',
    check: (v: unknown) => { ok: true; value: unknown } | { ok: false; issues: ModelIssue[] },
    keyOf: (v: Record<string, unknown>) => unknown,
  ) => {
    const good: Record<string, unknown> = {};
    const bad: Record<string, unknown> = {};
    const errors: string[] = [];
    const all = record[field];
    if (typeof all !== 'object' || all === null || Array.isArray(all)) return null;
    for (const [key, value] of Object.entries(all as Record<string, unknown>)) {
      const parsed = check(value);
      if (parsed.ok && keyOf(parsed.value as Record<string, unknown>) === key) good[key] = value;
      else {
        bad[key] = value;
        errors.push(parsed.ok ? `${field}.${key}: its id does not match its key` : describeIssues(parsed.issues, `${field}.${key}`));
      }
    }
    return { good, bad, errors };
  };
  const attempts = split('attempts', checkAttempt, (a) => a.id);
  const cards = split('cards', checkStoredCard, (c) => c.questionId);
  if (!attempts || !cards || attempts.errors.length + cards.errors.length === 0) return null;
  const rest = validateState({ ...record, attempts: attempts.good, cards: cards.good });
  if (!rest.ok) return null;
  const setAside = { ...record, attempts: attempts.bad, cards: cards.bad };
  return {
    state: rest.state,
    recovered: { raw: JSON.stringify(setAside), error: [...attempts.errors, ...cards.errors].join('\n') },
  };
}

/** Serialises a state to the JSON text stored under {@link QUIZ_STATE_KEY}. */
export function save(state: QuizState): string {
  return JSON.stringify(state);
}

/** Marker of an export file. */
export const QUIZ_EXPORT_FORMAT = 'emr-prep.quiz-export';

/**
 * The export file: `{ format: "emr-prep.quiz-export", exportedAt: <epoch ms>, state: <QuizState> }`
 * (the state is validated as a stored state, including its own version).
 */
export interface QuizExport {
  format: typeof QUIZ_EXPORT_FORMAT;
  /** Export time, epoch ms. */
  exportedAt: number;
  state: unknown;
}

/**
 * The export file's text (pretty-printed JSON):
 * `{ "format": "emr-prep.quiz-export", "exportedAt": <epoch ms>, "state": <QuizState> }`.
 *
 * @param now export time in epoch ms.
 */
export function exportState(state: QuizState, now: number): string {
  return `${JSON.stringify({ format: QUIZ_EXPORT_FORMAT, exportedAt: now, state }, null, 2)}\n`;
}

/**
 * Reads an import file: an export file, or a bare state (e.g. a copy of the stored key or of a
 * recovered blob).
 *
 * @returns the validated state, or an error naming the field paths at fault. Never throws.
 */
export function parseImport(raw: string): { ok: true; state: QuizState } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { ok: false, error: `the file is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof data === 'object' && data !== null && (data as { format?: unknown }).format === QUIZ_EXPORT_FORMAT) {
    const { exportedAt, state } = data as Partial<QuizExport>;
    if (typeof exportedAt !== 'number' || !Number.isSafeInteger(exportedAt) || exportedAt < 0) {
      return { ok: false, error: `exportedAt: expected epoch milliseconds, found ${JSON.stringify(exportedAt) ?? 'nothing'}` };
    }
    return validateState(state, 'state');
  }
  const direct = validateState(data);
  if (direct.ok) return direct;
  return {
    ok: false,
    error: `not an emr-prep quiz export (expected "format": "${QUIZ_EXPORT_FORMAT}" or "${QUIZ_STATE_FORMAT}"):\n${direct.error}`,
  };
}

/** What a merge did, for the message after an import. */
export interface MergeReport {
  /** Attempts that were only in the incoming state. */
  attemptsAdded: number;
  /** Attempts replaced by a later state of the same sitting (e.g. submitted in the other browser). */
  attemptsUpdated: number;
  /** Attempts present on both sides where the existing version was kept (same work, or further along). */
  attemptsKept: number;
  /** Incoming attempts added under a new id (an id clash, or a version that diverged from the one here). */
  attemptsRenamed: number;
  cardsAdded: number;
  /** Cards replaced because the incoming card holds a newer review. */
  cardsUpdated: number;
  cardsKept: number;
}

/** Whether two attempts with the same id are the same sitting (same start, seed and questions). */
function sameSitting(a: Attempt, b: Attempt): boolean {
  return (
    a.startedAt === b.startedAt &&
    a.seed === b.seed &&
    a.mode === b.mode &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => item.questionId === b.items[i]?.questionId)
  );
}

/** The student's work in an attempt: status, submission and every item's answer, flag and grade. */
const workCache = new WeakMap<Attempt, string>();

function workOf(a: Attempt): string {
  const cached = workCache.get(a);
  if (cached !== undefined) return cached;
  const work = workText(a);
  workCache.set(a, work);
  return work;
}

function workText(a: Attempt): string {
  return JSON.stringify([a.status, a.submittedAt, a.submitReason, a.items.map((i) => [i.selected, i.flagged, i.confirmed, i.result])]);
}

/**
 * Whether version `newer` of a sitting is a later state of version `older`, so replacing `older`
 * by it loses nothing the student would miss: the same work with more bookkeeping (reviews
 * applied, or a later revision of an attempt in progress); a submission of an attempt left in
 * progress; or a later revision of an attempt in progress.
 */
function supersedes(newer: Attempt, older: Attempt): boolean {
  if (workOf(newer) === workOf(older)) {
    return (newer.reviewsApplied && !older.reviewsApplied) || (newer.status === 'in-progress' && newer.revision > older.revision);
  }
  if (older.status === 'in-progress') return newer.status === 'submitted' || newer.revision > older.revision;
  return false;
}

function freeId(base: string, taken: (id: string) => boolean): string {
  const stem = base.slice(0, 60);
  for (let n = 2; ; n++) {
    const id = `${stem}-imported-${n}`;
    if (!taken(id)) return id;
  }
}

/** The key of a sitting: attempts with equal keys are the same sitting ({@link sameSitting}). */
function sittingKey(a: Attempt): string {
  let key = `${a.startedAt}\u0000${a.seed}\u0000${a.mode}`;
  for (const item of a.items) key += `\u0000${item.questionId}`;
  return key;
}

/**
 * Merges an incoming state (an import, or another tab's write) into the existing one without ever
 * losing data.
 *
 * - Attempts, by sitting (same start time, seed, mode and questions): only on one side → kept.
 *   The same sitting on both sides → a version that is a later state of the other wins (a
 *   submission over an unfinished copy, a later revision of an unfinished attempt, the same answers
 *   with reviews applied); identical work keeps the existing. Two versions that diverged (both
 *   submitted with different answers), or two different sittings sharing an id → both kept, the
 *   incoming one under `<id>-imported-<n>`. Importing the same file again adds nothing.
 * - Cards, by question id: the newer review wins ({@link isNewerReview}); a tie keeps the existing.
 * - Settings: the existing settings are kept.
 * - `revision`: max of both + 1.
 *
 * Linear in the number of attempts and cards (attempts are indexed by sitting; issue 13 measured
 * 40,000 attempts, which the former pairwise comparison took minutes over).
 *
 * Both inputs must be valid states (from {@link load} / {@link parseImport}). Neither is modified.
 */
export function mergeStates(existing: QuizState, incoming: QuizState): { state: QuizState; report: MergeReport } {
  const report: MergeReport = {
    attemptsAdded: 0,
    attemptsUpdated: 0,
    attemptsKept: 0,
    attemptsRenamed: 0,
    cardsAdded: 0,
    cardsUpdated: 0,
    cardsKept: 0,
  };
  const attempts = new Map<string, Attempt>(Object.entries(existing.attempts));
  const incomingIds = new Set(Object.keys(incoming.attempts));
  // Ids of the attempts of each sitting, kept up to date as the merge adds attempts.
  const bySitting = new Map<string, string[]>();
  const index = (a: Attempt, id: string): void => {
    const key = sittingKey(a);
    const ids = bySitting.get(key);
    if (ids) ids.push(id);
    else bySitting.set(key, [id]);
  };
  for (const [id, a] of attempts) index(a, id);
  const taken = (id: string): boolean => attempts.has(id) || incomingIds.has(id);
  for (const [id, theirs] of Object.entries(incoming.attempts)) {
    // Versions of the same sitting already here: under its own id or, after an earlier import, renamed.
    const versions = (bySitting.get(sittingKey(theirs)) ?? []).map((k) => attempts.get(k)!).filter((a) => sameSitting(a, theirs));
    const known = versions.some((a) => supersedes(a, theirs) || (workOf(a) === workOf(theirs) && !supersedes(theirs, a)));
    const older = versions.find((a) => supersedes(theirs, a));
    if (known) {
      report.attemptsKept += 1;
    } else if (older) {
      attempts.set(older.id, { ...theirs, id: older.id });
      report.attemptsUpdated += 1;
    } else if (!attempts.has(id)) {
      attempts.set(id, theirs);
      index(theirs, id);
      report.attemptsAdded += 1;
    } else {
      // A different sitting with the same id, or two diverging versions of one sitting (both
      // submitted with different answers): keep both.
      const newId = freeId(id, taken);
      const renamed = { ...theirs, id: newId };
      attempts.set(newId, renamed);
      index(renamed, newId);
      report.attemptsRenamed += 1;
    }
  }
  const cards: Record<string, StoredCard> = { ...existing.cards };
  for (const [id, theirs] of Object.entries(incoming.cards)) {
    const ours = cards[id];
    if (!ours) {
      cards[id] = theirs;
      report.cardsAdded += 1;
    } else if (isNewerReview(theirs, ours)) {
      cards[id] = theirs;
      report.cardsUpdated += 1;
    } else {
      report.cardsKept += 1;
    }
  }
  return {
    state: {
      ...existing,
      revision: Math.max(existing.revision, incoming.revision) + 1,
      attempts: Object.fromEntries(attempts),
      cards,
      settings: { ...existing.settings },
    },
    report,
  };
}

/**
 * Imports a file into the existing state: {@link parseImport} then {@link mergeStates}.
 *
 * @returns the merged state and report, or the parse error (the existing state is untouched).
 */
export function importState(
  existing: QuizState,
  raw: string,
): { ok: true; state: QuizState; report: MergeReport } | { ok: false; error: string } {
  const parsed = parseImport(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, ...mergeStates(existing, parsed.state) };
}
