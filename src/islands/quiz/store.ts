/**
 * The quiz's browser storage: the engine's one versioned localStorage key, with
 * - corrupt or foreign state set aside under `emr-prep:quiz:recovered:<epoch ms>` (never deleted) and
 *   the student told; the app then starts clean;
 * - a full storage quota (or storage disabled) reported with a clear message, the change kept in
 *   this tab's memory instead of being lost;
 * - other tabs told about every write (BroadcastChannel, and the `storage` event as a fallback), so
 *   a tab showing the same attempt re-reads it instead of overwriting it; the engine's
 *   compare-and-set (`commitAttempt`) makes sure two tabs never both submit one attempt.
 */
import { applyPendingReviews, commitAttempt, type CommitResult, type ReviewApplier } from '../../core/quiz/commit.ts';
import type { Attempt, QuizState } from '../../core/quiz/model.ts';
import { load, QUIZ_STATE_KEY, recoveredStateKey, save } from '../../core/quiz/persistence.ts';

/** Prefix of the keys holding set-aside (unreadable) state. */
export const RECOVERED_PREFIX = 'emr-prep:quiz:recovered:';
/** The BroadcastChannel all quiz tabs of the site share. */
export const CHANNEL_NAME = 'emr-prep:quiz';

/** Something the student must be told about their saved data. */
export interface StoreNotice {
  /**
   * `recovered`: stored state could not be read; it was set aside under `key` and the quiz starts clean.
   * `quota`: the browser's storage is full; the last change is kept in this tab only.
   * `unavailable`: the browser blocks storage (private mode, site data blocked); nothing is kept after the tab closes.
   * `saved-again`: a change that could not be saved earlier has now been saved.
   */
  kind: 'recovered' | 'quota' | 'unavailable' | 'saved-again';
  /** The set-aside key (`recovered` only), or null when it could not be written. */
  key?: string | null;
  /** Why the stored state was unreadable (`recovered` only): field paths and messages. */
  detail?: string;
}

/** A message from another tab: it wrote the state; `attemptId` when the write changed one attempt. */
interface ChannelMessage {
  revision: number;
  attemptId: string | null;
}

/** Whether an exception from `setItem` means the storage quota is exhausted (names differ by browser). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014;
}

function openStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(QUIZ_STATE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** The quiz state in localStorage, shared safely between tabs. */
export class QuizStore {
  private readonly storage: Storage | null;
  /** This tab's state when it could not be written (quota, blocked storage, or a set-aside that failed). */
  private unsaved: QuizState | null = null;
  /** Never write the main key (it still holds unreadable data that could not be set aside). */
  private protectMainKey = false;
  /** The last text read from or written to the main key and its parsed state (states are never mutated). */
  private cache: { raw: string; state: QuizState } | null = null;
  private readonly channel: BroadcastChannel | null;
  private readonly listeners: Array<(attemptId: string | null) => void> = [];

  /**
   * Opens the store and, when the stored state does not validate, sets it aside at once.
   *
   * @param notify receives every {@link StoreNotice} (the page shows it in its notice area).
   * @param now the clock, epoch ms (names the set-aside key).
   */
  constructor(
    private readonly notify: (notice: StoreNotice) => void,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.storage = openStorage();
    if (!this.storage) {
      this.unsaved = load(null).state;
      notify({ kind: 'unavailable' });
    } else {
      this.loadFromStorage();
    }
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    this.channel?.addEventListener('message', (event: MessageEvent<ChannelMessage>) => this.emit(event.data?.attemptId ?? null));
    window.addEventListener('storage', (event) => {
      if (event.key === QUIZ_STATE_KEY || event.key === null) this.emit(null);
    });
  }

  /** Whether changes reach storage (false while working from this tab's memory). */
  get persistent(): boolean {
    return this.unsaved === null;
  }

  /**
   * Reads the main key. Text that does not validate is copied to a `recovered` key first and the
   * main key reset to a clean state; if the copy cannot be written, the main key is left untouched
   * and never written again by this tab (its changes stay in memory). Either way the student is told.
   */
  private loadFromStorage(): QuizState {
    const storage = this.storage!;
    const raw = storage.getItem(QUIZ_STATE_KEY);
    // Validating a long history on every keypress would be slow: reuse the last parse of the same text.
    if (raw !== null && raw === this.cache?.raw) return this.cache.state;
    const loaded = load(raw);
    if (!loaded.recovered) {
      if (raw !== null) this.cache = { raw, state: loaded.state };
      return loaded.state;
    }
    const key = recoveredStateKey(this.now());
    let setAside = false;
    try {
      storage.setItem(key, loaded.recovered.raw);
      setAside = true;
      storage.setItem(QUIZ_STATE_KEY, save(loaded.state));
    } catch (error) {
      if (!setAside) this.protectMainKey = true;
      this.unsaved = loaded.state;
      if (!isQuotaError(error)) console.error(error);
    }
    this.notify({ kind: 'recovered', key: setAside ? key : null, detail: loaded.recovered.error });
    return loaded.state;
  }

  /** The current state: re-read from storage (another tab may have written), or this tab's unsaved state. */
  read(): QuizState {
    if (this.unsaved) return this.unsaved;
    return this.loadFromStorage();
  }

  /**
   * Writes the whole state.
   *
   * @param attemptId the attempt the write changed, for the other tabs.
   * @returns true when stored; false when kept in this tab only (the student has been told why).
   */
  write(state: QuizState, attemptId: string | null = null): boolean {
    if (!this.storage || this.protectMainKey) {
      this.unsaved = state;
      return false;
    }
    const wasUnsaved = this.unsaved !== null;
    const raw = save(state);
    try {
      this.storage.setItem(QUIZ_STATE_KEY, raw);
      this.cache = { raw, state };
    } catch (error) {
      this.unsaved = state;
      if (isQuotaError(error)) this.notify({ kind: 'quota' });
      else throw error;
      return false;
    }
    this.unsaved = null;
    if (wasUnsaved) this.notify({ kind: 'saved-again' });
    const message: ChannelMessage = { revision: state.revision, attemptId };
    this.channel?.postMessage(message);
    return true;
  }

  /**
   * Saves one attempt with the engine's compare-and-set: re-reads the state and stores `next` only
   * if the stored attempt is still at `base.revision` (see `commitAttempt`).
   *
   * @param base the version this tab's change started from, or null for a new attempt.
   * @returns the engine's result; on `ok: false` show `current` (another tab changed the attempt).
   */
  commit(base: Attempt | null, next: Attempt): CommitResult {
    const stored = this.read();
    const result = commitAttempt(stored, base, next, this.reviews);
    if (result.ok && result.state !== stored) this.write(result.state, next.id);
    return result;
  }

  /**
   * The review scheduler (`applyAttemptReviews` of src/core/quiz/review-scheduler.ts, with ts-fsrs)
   * once the page has loaded it ({@link QuizStore.useReviews}); until then a submission is stored
   * with its reviews pending.
   */
  get reviews(): ReviewApplier | null {
    return this.applyReviews;
  }
  private applyReviews: ReviewApplier | null = null;

  /**
   * Takes the review scheduler: later submissions apply their reviews as they are committed, and the
   * reviews still pending (submissions made before it was loaded, in this tab or another) are applied now.
   * @returns whether pending reviews were applied (the due counts changed).
   */
  useReviews(applyReviews: ReviewApplier): boolean {
    this.applyReviews = applyReviews;
    const before = this.read();
    return this.update((state) => applyPendingReviews(state, applyReviews)) !== before;
  }

  /** Applies `change` to a fresh read of the state and writes the result (imports, settings, settling). */
  update(change: (state: QuizState) => QuizState): QuizState {
    const stored = this.read();
    const next = change(stored);
    if (next !== stored) this.write(next);
    return next;
  }

  /** Calls `listener` when another tab wrote the state (with the attempt it changed, when known). */
  onExternalChange(listener: (attemptId: string | null) => void): void {
    this.listeners.push(listener);
  }

  private emit(attemptId: string | null): void {
    if (this.unsaved && !this.protectMainKey && this.storage) {
      // This tab holds changes storage could not take; keep showing them rather than the other tab's.
      return;
    }
    for (const listener of this.listeners) listener(attemptId);
  }

  /** Keys of set-aside state, newest first. */
  recoveredKeys(): string[] {
    if (!this.storage) return [];
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(RECOVERED_PREFIX)) keys.push(key);
    }
    return keys.sort().reverse();
  }

  /** The raw text kept under a set-aside key, or null. */
  recoveredText(key: string): string | null {
    return key.startsWith(RECOVERED_PREFIX) ? (this.storage?.getItem(key) ?? null) : null;
  }

  /** Deletes a set-aside key (only when the student asks, after downloading it). */
  discardRecovered(key: string): void {
    if (key.startsWith(RECOVERED_PREFIX)) this.storage?.removeItem(key);
  }
}
