/**
 * The /quiz/ island: wires the pure state machine (`src/core/quiz/machine.ts`: builder → session →
 * results, every transition `(state, event) → state`) to the page — storage, the clock, the URL,
 * live regions, focus — and draws each state with its view (builder-view.ts, session-view.ts,
 * results-view.ts, quick-start.ts).
 *
 * - Builder: filled from the URL, previews how many questions match; Start (or a quick-start
 *   preset) selects the questions (quiz-start.ts), creates the attempt and moves to
 *   `/quiz/?attempt=<id>`, so a reload resumes it.
 * - Running: practice (check each answer: verdict, key, reasons) or timed exam (countdown from the
 *   stored absolute deadline, warnings at 5 and 1 minutes in an assertive live region, flag,
 *   question map, automatic submission at the deadline). Keyboard: keyboard.ts.
 * - Results: score, pass/fail, time used, summary per domain or topic, review of every item,
 *   retry wrong / retry flagged.
 * - Other tabs: every change is a compare-and-set (`QuizStore.commit`); a tab that loses the race
 *   shows the stored version, so two tabs never both submit one attempt.
 */
import { pendingReviewAttempts, settleExpiredAttempts } from '../../core/quiz/commit.ts';
import { formatDuration, remainingMs } from '../../core/quiz/deadline.ts';
import { unfinishedAttempts, weakestTags } from '../../core/quiz/history.ts';
import { initialQuizState, quizTransition, type QuizEvent, type QuizFocus, type QuizMachineState } from '../../core/quiz/machine.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import { dueCards } from '../../core/quiz/review-cards.ts';
import type { Selection } from '../../core/quiz/selection.ts';
import { seedFromEntropy } from '../../core/quiz/shuffle.ts';
import type { QuizSpec } from '../../core/quiz/spec.ts';
import { parseQuizSpec } from '../../core/quiz/spec.ts';
import { onLangChange } from '../../i18n/client.ts';
import { attemptQuestionIds, openBank, packBank, takeEarlyPack, type EarlyPack, type LoadedBank } from './bank-client.ts';
import { isRandomPackSpec, RANDOM_PACK_COUNT, randomPackSeed, randomPackUrl } from './bank-packs.ts';
import { attemptHref } from './describe.ts';
import { byId, replaceKeepingFocus } from '../shared/dom.ts';
import { showNotice, type PageNotice } from './notices.ts';
import { QuizStore } from './store.ts';
import { pageClock } from './page-clock.ts';
import { setExamRunning } from '../shared/exam-flag.ts';
import { showVerdict } from './verdict.ts';
import { PRESETS, renderQuickStart } from './quick-start.ts';
import { QuizBuilder } from './builder-view.ts';
import { newAttemptInput, selectFor, type SelectionOutcome } from './quiz-start.ts';
import { OPTION_NAME, renderSession, timerClass } from './session-view.ts';
import { intentEvent, keyIntent } from './keyboard.ts';
import { announcementText } from './announce.ts';

import { tagName, tr } from './text.ts';
import { withBase } from '../../components/links.ts';

// Time only moves forward, whatever the system clock does (issue 13; page-clock.ts).
const clock = pageClock();
/** How often the countdown is redrawn, in ms (the deadline itself is absolute; this only paints). */
const TICK_MS = 250;
/** Quizzes of at most this many questions are fetched ahead, before Start is pressed (one small file per note). */
const PREFETCH_MAX = 20;

/**
 * The results view (results-view.ts, with its charts and review), loaded apart from the page's
 * script: a quiz's first question does not wait for it (issue 16 item 4). Fetched when the browser
 * is idle during a quiz, or at once when the page opens an attempt (which may be submitted).
 */
let resultsView: typeof import('./results-view.ts') | null = null;
let resultsLoading: Promise<unknown> | null = null;
function loadResultsView(): Promise<unknown> {
  resultsLoading ??= import('./results-view.ts').then(
    (m) => (resultsView = m),
    (error: unknown) => {
      resultsLoading = null; // offline for a moment: tried again on the next render
      throw error;
    },
  );
  return resultsLoading;
}

/**
 * Runs `task` when the browser is idle, at the latest after 2 s (200 ms where idle callbacks are
 * missing).
 */
function whenIdle(task: () => void): void {
  if (window.requestIdleCallback) window.requestIdleCallback(task, { timeout: 2000 });
  else window.setTimeout(task, 200);
}

/** Starts the /quiz/ island (called once from src/pages/quiz/index.astro). */
export function startQuizPage(): void {
  new QuizPage().start();
}

/** The page shell: holds the machine's state, performs its outputs and draws its views. */
class QuizPage {
  private readonly builderSection = byId('quiz-builder-section');
  private readonly quickSection = byId('quiz-quick');
  /** The quiz link's card (shown by the page's inline script for a quiz link). */
  private readonly linkSection = byId('quiz-link');
  private readonly side = byId('quiz-side');
  private readonly sessionHost = byId('quiz-session');
  private readonly resultsHost = byId('quiz-results');
  private readonly noticesHost = byId('quiz-notices');
  private readonly live = byId('quiz-live');
  private readonly alertRegion = byId('quiz-alert');
  private readonly store = new QuizStore((notice) => this.notify(notice), clock.now);
  private readonly builder = new QuizBuilder({ loaded: () => this.loaded, state: () => this.store.read(), now: clock.now });
  private state: QuizMachineState = initialQuizState();
  private loaded: LoadedBank | null = null;
  private timer: number | null = null;

  private notify(notice: PageNotice): void {
    showNotice(this.noticesHost, notice);
  }

  /** Announces politely (feedback) or assertively (timer warnings). */
  private announce(text: string, assertive = false): void {
    const region = assertive ? this.alertRegion : this.live;
    region.textContent = '';
    window.setTimeout(() => (region.textContent = text), 30);
  }

  /** Runs one event through the machine, saves what it asks to save, then performs its outputs. */
  private dispatch(event: QuizEvent): void {
    const before = this.state;
    let next = quizTransition(before, event);
    if (next.save && next.attempt) {
      next = quizTransition(next, { type: 'saved', result: this.store.commit(next.save.base, next.attempt) });
    }
    this.state = next;
    if (event.type === 'start' && next.attempt && next.attempt !== before.attempt)
      history.pushState(null, '', attemptHref(next.attempt.id));
    if (next.error) this.notify({ kind: 'error', detail: next.error });
    if (next.notice) this.notify({ kind: next.notice });
    if (event.type === 'tick' && next.attempt === before.attempt) this.paintTimer();
    else this.render();
    if (next.say) {
      const { text, assertive } = announcementText(next.say);
      this.announce(text, assertive);
    }
    if (next.focus && !(next.focus === 'results' && !resultsView)) this.applyFocus(next.focus);
    this.syncTimer();
  }

  /** Draws the view of the current state. */
  private render(): void {
    const { view, attempt } = this.state;
    this.builderSection.hidden = view !== 'builder';
    this.quickSection.hidden = view !== 'builder';
    // The link's card goes with the builder view, and for good once a quiz has started from this page.
    if (view !== 'builder') this.linkSection.hidden = true;
    this.sessionHost.hidden = view !== 'session';
    this.resultsHost.hidden = view !== 'results';
    // The update prompt of the PWA waits while a timed exam is on screen (never mid-exam).
    setExamRunning(view === 'session' && attempt?.mode === 'exam' && attempt.status === 'in-progress');
    const loaded = this.loaded;
    if (!loaded) return;
    if (view === 'builder') {
      this.builder.refresh();
      this.renderSide();
    } else if (view === 'session' && attempt) {
      const props = { attempt, loaded, now: clock.now(), confirmingSubmit: this.state.confirmingSubmit };
      replaceKeepingFocus(this.sessionHost, ...renderSession(props));
      if (!resultsView || !this.store.reviews) whenIdle(() => this.loadAfterStart());
    } else if (view === 'results' && attempt) {
      if (!resultsView) {
        // Drawn (and focused) once its module is here; usually fetched while the quiz ran.
        loadResultsView().then(
          () => {
            if (this.state.view !== 'results' || this.state.attempt !== attempt) return;
            this.render();
            this.applyFocus('results');
          },
          (error: unknown) => this.notify({ kind: 'error', detail: error instanceof Error ? error.message : String(error) }),
        );
        return;
      }
      const retry = (kind: 'retry-wrong' | 'retry-flagged') => this.startQuiz(retrySpec(attempt, kind));
      replaceKeepingFocus(this.resultsHost, ...resultsView.renderResults({ attempt, loaded, now: clock.now(), retry }));
      // Loaded with the results only: it carries the calculator's strings.
      void import('../calculator/compare-links.ts').then((m) => m.addCompareLinks(this.resultsHost));
    }
  }

  private applyFocus(focus: QuizFocus): void {
    const query = (selector: string) => document.querySelector<HTMLElement>(selector);
    if (focus === 'verdict') showVerdict(this.sessionHost);
    else if (focus === 'question') query('#quiz-session #quiz-q-title')?.focus();
    else if (focus === 'results') query('#quiz-results-title')?.focus();
    else if (focus === 'submit-now') query('#quiz-session [data-focus="submit-now"]')?.focus();
    else query(`#quiz-session input[data-position="${focus.option}"]`)?.focus();
  }

  /** The quick start at the top of the page (continue, reviews due, 10 random, weakest topics, mock exams). */
  private renderSide(): void {
    const loaded = this.loaded;
    // A random-quiz pack alone (packBank) knows nothing of reviews, exams or weak topics: the quick
    // start says "loading" until the manifest has arrived.
    if (!loaded?.complete) return;
    const state = this.store.read();
    const now = clock.now();
    const inBank = (c: { questionId: string }) => loaded.index.has(c.questionId);
    const upcoming = Object.values(state.cards)
      .filter((c) => c.due > now && inBank(c))
      .sort((a, b) => a.due - b.due)[0];
    const weakest = weakestTags(state.attempts, 2, 50)
      .filter((t) => t.tag.startsWith('topic/') && t.rate < 1)
      .slice(0, 3)
      .map((t) => ({ tag: t.tag, label: tagName(loaded.tags, t.tag) }));
    const quick = {
      unfinished: unfinishedAttempts(state.attempts)[0] ?? null,
      due: dueCards(state.cards, now).filter(inBank).length,
      nextDue: upcoming?.due ?? null,
      weakest,
      exams: [...loaded.exams.values()],
    };
    replaceKeepingFocus(
      this.side,
      renderQuickStart(
        quick,
        (spec) => this.startQuiz(spec),
        (spec) => this.prepare(spec),
      ),
    );
  }

  // ── the countdown ─────────────────────────────────────────────────────────

  private syncTimer(): void {
    const a = this.state.attempt;
    const running = this.state.view === 'session' && a !== null && a.deadline !== null && a.status === 'in-progress';
    if (!running && this.timer !== null) {
      window.clearInterval(this.timer);
      this.timer = null;
    } else if (running && this.timer === null) {
      this.timer = window.setInterval(() => this.dispatch({ type: 'tick', at: clock.now() }), TICK_MS);
      this.dispatch({ type: 'tick', at: clock.now() });
    }
  }

  private paintTimer(): void {
    const a = this.state.attempt;
    const el = document.getElementById('quiz-timer');
    const left = a ? remainingMs(a, clock.now()) : null;
    if (!el || left === null) return;
    el.textContent = formatDuration(left);
    el.className = timerClass(left);
  }

  // ── starting and opening attempts ─────────────────────────────────────────

  /**
   * The seed a spec without one will start with, drawn ahead (one per spec until it starts), so the
   * questions fetched by {@link prepare} are the ones the quiz then asks.
   */
  private readonly seeds = new Map<string, string>();
  private seedFor(spec: QuizSpec, loaded: LoadedBank): string {
    if (spec.seed) return spec.seed;
    const key = specKey(spec);
    let seed = this.seeds.get(key);
    if (seed === undefined) {
      seed = (isRandomPackSpec(spec) ? this.takeRandomPack(loaded) : null) ?? seedFromEntropy(crypto.getRandomValues(new Uint8Array(8)));
      this.seeds.set(key, seed);
    }
    return seed;
  }

  /**
   * The seed of a random-quiz pack for "10 random questions" (bank-packs.ts), whose questions start
   * downloading now in one file: the pack the page's head already requested when its seed is new to
   * this student, else a random pack whose seed none of the stored attempts used. null when every
   * pack's seed has been used (a fresh seed then, and the questions come from the shards).
   */
  private takeRandomPack(loaded: LoadedBank): string | null {
    const used = this.usedSeeds();
    // The pack the page opened before the manifest (its questions are in the bank already).
    if (loaded.pack && !used.has(loaded.pack.seed)) return loaded.pack.seed;
    const early = this.earlyPack ?? takeEarlyPack();
    this.earlyPack = null;
    if (early && !used.has(early.seed)) {
      void loaded.usePack(early.url, early.data);
      return early.seed;
    }
    const free = Array.from({ length: RANDOM_PACK_COUNT }, (_, k) => k).filter((k) => !used.has(randomPackSeed(k)));
    if (free.length === 0 || loaded.index.size === 0 || !loaded.complete) return null;
    const k = free[crypto.getRandomValues(new Uint32Array(1))[0]! % free.length]!;
    void loaded.usePack(randomPackUrl(k));
    return randomPackSeed(k);
  }

  /** The seeds of the stored attempts. */
  private usedSeeds(): Set<string> {
    return new Set(Object.values(this.store.read().attempts).map((a) => a.seed));
  }

  /**
   * Fetches the questions `spec` will ask before Start is pressed (a preset pointed at or focused,
   * the Start button approached, a quiz link opened), when they are few; failures are left to Start.
   */
  private prepare(spec: QuizSpec, loaded = this.loaded): void {
    if (!loaded || this.starting) return;
    const { selection } = this.draw(spec, this.seedFor(spec, loaded), loaded);
    if (selection && selection.questionIds.length <= PREFETCH_MAX) loaded.load(selection.questionIds).catch(() => undefined);
  }

  /**
   * Tag and mock-exam selections drawn ahead by {@link prepare}, by {@link specKey}: they depend on
   * the bank and the seed only, so Start takes them instead of drawing again.
   */
  private readonly drawn = new Map<string, { seed: string; outcome: SelectionOutcome & { selection: Selection } }>();
  private draw(spec: QuizSpec, seed: string, loaded: LoadedBank): SelectionOutcome {
    const key = specKey(spec);
    const kept = this.drawn.get(key);
    if (kept && kept.seed === seed) return kept.outcome;
    const outcome = selectFor(spec, seed, loaded, this.store.read(), clock.now());
    const reusable = spec.source.kind === 'tags' || spec.source.kind === 'exam';
    if (reusable && outcome.selection) this.drawn.set(key, { seed, outcome: { ...outcome, selection: outcome.selection } });
    return outcome;
  }

  private starting = false;
  private async startQuiz(spec: QuizSpec): Promise<void> {
    const loaded = this.loaded;
    if (!loaded || this.starting) return;
    const seed = this.seedFor(spec, loaded);
    const { selection, problem } = this.draw(spec, seed, loaded);
    this.seeds.delete(specKey(spec));
    this.drawn.delete(specKey(spec));
    const state = this.store.read();
    if (!selection || selection.questionIds.length === 0) {
      this.announce(problem ?? tr('quiz.builder.noMatch'), true);
      this.builder.showProblem(problem);
      return;
    }
    try {
      // The questions of this quiz only (one small file per note), loaded when it starts.
      this.starting = true;
      await loaded.load(selection.questionIds).finally(() => (this.starting = false));
      this.dispatch({ type: 'start', input: newAttemptInput(spec, selection.questionIds, seed, loaded, state), at: clock.now() });
    } catch (error) {
      this.notify({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private open(attempt: Attempt): void {
    clock.atLeast(attempt.startedAt);
    this.dispatch({ type: 'open', attempt, at: clock.now() });
  }

  private showBuilder(): void {
    this.dispatch({ type: 'show-builder' });
  }

  /** Shows what the URL names: an attempt, or the builder filled from the link. */
  private route(): void {
    const params = new URLSearchParams(location.search);
    const id = params.get('attempt');
    if (id !== null) {
      const attempt = this.store.read().attempts[id];
      if (attempt) {
        this.open(attempt);
        return;
      }
      this.notify({ kind: 'attempt-not-found', id });
      history.replaceState(null, '', withBase('/quiz/'));
      this.builder.fill(new URLSearchParams());
    } else {
      this.builder.fill(params);
      this.builder.openFor(params);
    }
    // A quiz link (`/quiz/?tags=…&count=10`): the student came to take that quiz — its questions are
    // requested before the builder and the quick start are drawn (on a slow phone's CPU that drawing
    // took ~0.1 s the downloads would otherwise wait for); else the quick start, then "10 random".
    const link = isQuizLink(params);
    if (link) this.prepare(this.builder.spec());
    this.showBuilder();
    if (id === null && !link) this.prefetchRandomWhenIdle();
  }

  // ── events ───────────────────────────────────────────────────────────────

  private sessionClick(button: HTMLButtonElement): void {
    const at = clock.now();
    const events: Record<string, QuizEvent> = {
      prev: { type: 'go', to: 'previous', at },
      next: { type: 'go', to: 'next', at },
      goto: { type: 'go', to: Number(button.dataset.index), at },
      confirm: { type: 'check', at },
      flag: { type: 'flag', at },
      submit: { type: 'request-submit', at },
      'submit-now': { type: 'submit', at },
      'keep-working': { type: 'keep-working' },
    };
    const event = events[button.dataset.action ?? ''];
    if (event) this.dispatch(event);
  }

  private listenSession(): void {
    this.sessionHost.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name !== OPTION_NAME || !this.state.attempt) return;
      const letters = [...this.sessionHost.querySelectorAll<HTMLInputElement>(`input[name="${OPTION_NAME}"]:checked`)].map((i) => i.value);
      this.dispatch({ type: 'select', letters, at: clock.now() });
    });
    this.sessionHost.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      if (button && this.state.attempt) this.sessionClick(button);
    });
    document.addEventListener('keydown', (event) => {
      const attempt = this.state.attempt;
      if (this.sessionHost.hidden || !attempt) return;
      const intent = keyIntent(event, attempt);
      if (!intent) return;
      event.preventDefault();
      this.dispatch(intentEvent(intent, clock.now()));
    });
  }

  private listenPage(): void {
    const form = this.builder.form;
    form.addEventListener('input', () => this.builder.refresh());
    form.addEventListener('change', () => this.builder.refresh());
    const approach = () => {
      if (!this.builder.startButton.disabled) this.prepare(this.builder.spec());
    };
    for (const type of ['pointerenter', 'focus', 'pointerdown']) {
      this.builder.startButton.addEventListener(type, approach);
      this.builder.linkStart.addEventListener(type, approach);
    }
    // The link card's Start submits the builder's form: the same quiz, the same checks.
    this.builder.linkStart.addEventListener('click', () => this.builder.form.requestSubmit(this.builder.startButton));
    const submit = (event: Event) => {
      event.preventDefault();
      if (this.starting) return; // its questions are downloading: a second press changes nothing
      const { spec } = this.builder.refresh();
      if (!this.builder.startButton.disabled) this.startQuiz(spec);
    };
    // Start (pressed, or clicked for the student by Enter in a field) starts the quiz itself: letting
    // the click submit the form made Chromium lay the whole builder out inside the click (~25 ms on a
    // cold localhost page) just before the quiz replaced it. `submit` stays for form.requestSubmit().
    this.builder.startButton.addEventListener('click', submit);
    form.addEventListener('submit', submit);
    window.addEventListener('popstate', () => {
      if (this.loaded) this.route();
    });
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) this.dispatch({ type: 'tick', at: clock.now() });
    });
    this.store.onExternalChange((attemptId) => this.externalChange(attemptId));
    onLangChange(() => {
      if (this.loaded) this.render();
    });
  }

  private externalChange(attemptId: string | null): void {
    if (!this.loaded) return;
    const current = this.state.attempt;
    if (current && (attemptId === null || attemptId === current.id)) {
      const stored = this.store.read().attempts[current.id];
      if (stored) this.dispatch({ type: 'external', attempt: stored });
    } else if (!current) {
      this.builder.refresh(false);
      this.renderSide();
    }
  }

  /**
   * Fills the form from the link (no bank needed), then loads the questions. A quiz link names its
   * quiz: when the page's head has already brought the manifest (the usual case), its questions are
   * requested first, before the form is filled and drawn (~20–60 ms of a cold page's script on
   * localhost, 4× that on a slow phone's CPU); else the form is filled at once, as for any other URL.
   */
  start(): void {
    this.listenSession();
    this.listenPage();
    const initial = new URLSearchParams(location.search);
    if (initial.has('attempt')) this.loadAfterStart();
    const packOpening = this.openEarlyPack(initial);
    // The questions of the attempts stored when the page opened (not of one started from the pack since).
    const preload = attemptQuestionIds(this.store.read().attempts, initial.get('attempt'));
    const openManifest = () => openBank({ preload });
    // After a pack's bank, the manifest is opened (parsed, indexed, the builder and the quick start
    // redrawn) when the browser is idle: a student pressing Start does not wait for it.
    const opening = packOpening
      ? packOpening.then((bank) => (bank ? new Promise<void>((resolve) => whenIdle(resolve)).then(openManifest) : openManifest()))
      : openManifest();
    // (Not when a pack's bank came first: the page is routed, or the quiz already started, by then.)
    const early = isQuizLink(initial)
      ? Promise.race([opening.then((bank) => this.loaded || this.prepare(parseQuizSpec(initial).spec, bank)), nextTask()]).catch(
          () => undefined,
        )
      : null;
    const filled = early ? early.then(() => this.fillFrom(initial)) : this.fillFrom(initial);
    if (packOpening) {
      void Promise.all([packOpening, filled]).then(([bank]) => {
        if (bank && !this.loaded) this.bankLoaded(bank);
      });
    }
    Promise.all([opening, filled])
      .then(([bank]) => this.bankLoaded(bank))
      .catch((error: unknown) => {
        // (A quiz started from a pack goes on: it has its questions.)
        if (this.state.view !== 'session') {
          this.builderSection.hidden = false;
          this.builder.showProblem(tr('quiz.builder.loadFailed'));
        }
        this.notify({ kind: 'bank-failed', detail: error instanceof Error ? error.message : String(error) });
      });
  }

  /**
   * What the page needs only once a quiz runs, loaded apart from its script so that the first
   * question waits for neither (issue 16 item 4): the results view, and the review scheduler
   * (src/core/quiz/review-scheduler.ts with ts-fsrs, 7 KB gzip), which the store then uses for every
   * submission and for the reviews left pending. Called when the browser is idle during a quiz, and
   * at once for a page opening an attempt.
   */
  private loadAfterStart(): void {
    void loadResultsView().catch(() => undefined);
    if (this.store.reviews || this.schedulerLoading) return;
    this.schedulerLoading = true;
    import('../../core/quiz/review-scheduler.ts')
      .then((m) => {
        if (this.store.useReviews(m.applyAttemptReviews) && this.state.view === 'builder') this.renderSide();
      })
      // Offline for a moment: the reviews stay pending, applied on the next try.
      .catch(() => undefined)
      .finally(() => (this.schedulerLoading = false));
  }
  private schedulerLoading = false;

  /**
   * A random-quiz link (`/quiz/?count=10`) whose pack the page's head is downloading, with a seed
   * new to this student: the bank of that pack alone ({@link packBank}), so the quiz can start
   * before the manifest (which the head requests only once the pack has arrived) — on a slow phone
   * the manifest's bytes and parsing then come after the first question, not before it. null for
   * any other page.
   */
  private openEarlyPack(initial: URLSearchParams): Promise<LoadedBank | null> | null {
    if (!isQuizLink(initial) || !isRandomPackSpec(parseQuizSpec(initial).spec)) return null;
    const used = this.usedSeeds();
    this.earlyPack = takeEarlyPack((pack) => !used.has(pack.seed));
    return this.earlyPack ? packBank(this.earlyPack.url, this.earlyPack.data).catch(() => null) : null;
  }

  /**
   * The head's pack opened by {@link openEarlyPack}, until {@link takeRandomPack} takes it for the
   * manifest's bank (when the manifest was first, or the pack's bank was not usable).
   */
  private earlyPack: EarlyPack | null = null;

  /** Puts the URL's quiz into the builder (or hides it for an attempt), before the bank is loaded. */
  private fillFrom(initial: URLSearchParams): void {
    this.builder.openFor(initial);
    if (initial.has('attempt')) this.builderSection.hidden = this.quickSection.hidden = this.linkSection.hidden = true;
    else {
      this.builder.fill(initial);
      this.builder.openFor(initial);
    }
    this.builder.refresh(false);
  }

  /**
   * Takes a bank: the first one routes the page; the manifest's bank then replaces a random-quiz
   * pack's (keeping the pack's questions, which a quiz started from it asks) and redraws the builder
   * and the quick start. Attempts whose deadline has passed are settled with the manifest's bank only.
   */
  private bankLoaded(bank: LoadedBank): void {
    const before = this.loaded;
    if (before?.complete || (before && !bank.complete)) return;
    if (before) {
      bank.adopt(before);
      // A pack of another deployment than the manifest: its seed draws other questions there.
      if (before.digest !== bank.digest) {
        this.seeds.clear();
        this.drawn.clear();
      }
    }
    this.loaded = bank;
    if (bank.complete) {
      const context = { bank: bank.bank, clock };
      this.store.update((state) => settleExpiredAttempts(state, context, this.store.reviews).state);
      // Reviews left pending (a submission made before the scheduler had loaded): applied when idle.
      if (!this.store.reviews && pendingReviewAttempts(this.store.read()).length > 0) whenIdle(() => this.loadAfterStart());
    }
    this.state = quizTransition(this.state, { type: 'bank-loaded', bank: bank.bank });
    if (!before) this.route();
    else if (this.state.view === 'builder') {
      this.builder.refresh(false);
      this.renderSide();
    }
  }

  /**
   * While the student reads the quick start of a plain /quiz/, takes the questions "10 random
   * questions" will ask (one random-quiz pack, usually requested by the page head already), so that
   * tile starts at once on a slow phone — unless the browser asks to save data.
   */
  private prefetchRandomWhenIdle(): void {
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
    if (saveData || this.state.view !== 'builder') return;
    whenIdle(() => {
      if (this.state.view === 'builder') this.prepare(PRESETS.random());
    });
  }
}

/** A quiz link (`/quiz/?tags=…&count=10`): a URL naming a quiz to build, not an attempt. */
function isQuizLink(params: URLSearchParams): boolean {
  return !params.has('attempt') && [...params.keys()].length > 0;
}

/** Resolves in the next task: after every microtask queued so far (promises already settled) has run. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * A spec's identity for seeds and selections drawn ahead: tags and notes sorted (a union, so their
 * order changes no selection; a link lists them as written, the builder in registry order).
 */
function specKey(spec: QuizSpec): string {
  const source =
    spec.source.kind === 'tags'
      ? { ...spec.source, tags: [...spec.source.tags].sort(), notes: [...spec.source.notes].sort() }
      : spec.source;
  return JSON.stringify({ ...spec, source });
}

/** The spec of a retry of the wrong or flagged items of `attempt` (same mode and passing score). */
function retrySpec(attempt: Attempt, kind: 'retry-wrong' | 'retry-flagged'): QuizSpec {
  return {
    source: { kind, attemptId: attempt.id },
    count: null,
    mode: attempt.mode,
    timeLimit: 'default',
    passingScore: attempt.passingScore,
    seed: null,
  };
}
