/**
 * The quiz status shown in the site header and on the home page: how many review cards are due
 * and the attempt to continue. Read straight from the stored state's JSON, tolerantly (no schema
 * validation: this runs on every page and must stay tiny; a malformed entry is skipped, and the
 * quiz page itself validates and repairs the state).
 */

/** What the header shows. */
export interface QuizStatus {
  /** Review cards whose due time has passed. */
  due: number;
  /** The most recently started attempt in progress, or null. */
  resume: { id: string; answered: number; total: number } | null;
}

interface LooseAttempt {
  status?: unknown;
  startedAt?: unknown;
  items?: unknown;
}

/**
 * The status of a stored quiz state.
 * @param raw the text stored under `QUIZ_STATE_KEY` (or null)
 * @param now epoch ms
 */
export function readQuizStatus(raw: string | null, now: number): QuizStatus {
  const none: QuizStatus = { due: 0, resume: null };
  if (!raw) return none;
  let state: { attempts?: unknown; cards?: unknown };
  try {
    state = JSON.parse(raw) as typeof state;
  } catch {
    return none;
  }
  if (typeof state !== 'object' || state === null) return none;
  const cards = typeof state.cards === 'object' && state.cards !== null ? Object.values(state.cards as Record<string, unknown>) : [];
  const due = cards.filter((c) => typeof (c as { due?: unknown })?.due === 'number' && (c as { due: number }).due <= now).length;
  let resume: QuizStatus['resume'] = null;
  let latest = -Infinity;
  const attempts = typeof state.attempts === 'object' && state.attempts !== null ? (state.attempts as Record<string, LooseAttempt>) : {};
  for (const [id, a] of Object.entries(attempts)) {
    if (a?.status !== 'in-progress' || !Array.isArray(a.items)) continue;
    const started = typeof a.startedAt === 'number' ? a.startedAt : 0;
    if (started < latest) continue;
    latest = started;
    const answered = a.items.filter(
      (i) => Array.isArray((i as { selected?: unknown })?.selected) && (i as { selected: unknown[] }).selected.length > 0,
    ).length;
    resume = { id, answered, total: a.items.length };
  }
  return { due, resume };
}
