/**
 * The /quiz/ island: builder → running quiz → results, driven by the pure engine
 * (`src/core/quiz`) and kept in localStorage through {@link QuizStore}.
 *
 * - Builder: filled from the URL (`parseQuizSpec`), keeps the URL in step with the form
 *   (`quizSpecToSearchParams`, `history.replaceState`), previews how many questions match.
 * - Start: selects the questions (tags/notes, retry wrong/flagged, due cards), creates the attempt,
 *   stores it and moves to `/quiz/?attempt=<id>`, so a reload resumes it.
 * - Running: practice (check each answer: verdict, key, reasons) or timed exam (countdown from the
 *   stored absolute deadline, warnings at 5 and 1 minutes in an assertive live region, flag,
 *   question map, automatic submission at the deadline). Keyboard: 1–9/0 and A–J choose (F always
 *   flags), Enter checks/continues, ←/→ move; an IME's composing Enter is ignored.
 * - Results: score, pass/fail, time used, charts per namespace and tag, a review of every item with
 *   the key, reasons and note links, retry wrong / retry flagged.
 * - Other tabs: every change is a compare-and-set (`commitAttempt`); a tab that loses the race shows
 *   the stored version, so two tabs never both submit one attempt.
 */
import {
  confirmAnswer,
  createAttempt,
  crossedWarning,
  dueCards,
  enforceDeadline,
  formatDuration,
  goNext,
  goPrevious,
  goTo,
  letterAtPosition,
  parseQuizSpec,
  presentAttempt,
  presentItem,
  questionMap,
  QuizError,
  quizSpecToSearchParams,
  remainingMs,
  resolveTimeLimitMs,
  scoreAttempt,
  seedFromEntropy,
  selectByTags,
  selectDue,
  selectOptions,
  selectRetryFlagged,
  selectRetryWrong,
  settleExpiredAttempts,
  submitAttempt,
  timeUsedMs,
  toggleFlag,
  toggleOption,
  unfinishedAttempts,
  weakestTags,
  type Attempt,
  type QuizContext,
  type QuizSource,
  type QuizSpec,
  type Selection,
  type SpecIssue,
  type TagScore,
} from '../../core/quiz/index.ts';
import { attemptQuestionIds, openBank, tagLabel, tagShortLabel, type LoadedBank } from './bank-client.ts';
import { barChart } from './charts.ts';
import { answeredCount, attemptHref, describeSource, modeLabel, newAttemptId } from './describe.ts';
import { bi, byId, formatDateTime, h, percent, replaceKeepingFocus, trustedHtml } from '../shared/dom.ts';
import { showNotice, type PageNotice } from './notices.ts';
import { chooseHint, renderFeedback, renderOptions, resultBadge } from './render-item.ts';
import { QuizStore } from './store.ts';
import { pageClock } from './page-clock.ts';
import { setExamRunning } from '../shared/exam-flag.ts';
import { shortcutOf } from './shortcuts.ts';
import { showVerdict } from './verdict.ts';
import { domainResults, examSelection, scaledLine, tagHref, reviewQuizHref } from './exam-view.ts';
import { scoreBars } from './score-bars.ts';
import { renderQuickStart } from './quick-start.ts';
import { tr } from './text.ts';
import { addCompareLinks } from '../calculator/compare-links.ts';
import { withBase } from '../../components/links.ts';

// Time only moves forward, whatever the system clock does (issue 13; page-clock.ts).
const clock = pageClock();
/** How often the countdown is redrawn, in ms (the deadline itself is absolute; this only paints). */
const TICK_MS = 250;
/** The radio/checkbox group name of the running item. */
const OPTION_NAME = 'quiz-option';

/** Starts the /quiz/ island (called once from src/pages/quiz/index.astro). */
export function startQuizPage(): void {
  const form = byId<HTMLFormElement>('quiz-form');
  const builderSection = byId('quiz-builder-section');
  const quickSection = byId('quiz-quick');
  const side = byId('quiz-side');
  const sessionHost = byId('quiz-session');
  const resultsHost = byId('quiz-results');
  const noticesHost = byId('quiz-notices');
  const live = byId('quiz-live');
  const alertRegion = byId('quiz-alert');
  const summary = byId('quiz-summary');
  const issuesList = byId('quiz-spec-issues');
  const startButton = byId<HTMLButtonElement>('quiz-start');
  const shareLink = byId<HTMLAnchorElement>('quiz-share');
  const sourceNote = byId('quiz-source-note');
  const topics = byId<HTMLFieldSetElement>('quiz-topics');
  const extraTags = byId('quiz-extra-tags');

  const notify = (notice: PageNotice) => showNotice(noticesHost, notice);
  const store = new QuizStore(notify, clock.now);

  let loaded: LoadedBank | null = null;
  let ctx: QuizContext | null = null;
  /** The seed of the next quiz started without one, drawn ahead so its questions are fetched while the student reads the form. */
  let nextSeed = seedFromEntropy(crypto.getRandomValues(new Uint8Array(8)));
  /** The attempt on screen, as last read from or written to storage (the compare-and-set base). */
  let current: Attempt | null = null;
  /** Retry or due source from the URL (the topic checkboxes do not apply then). */
  let sourceOverride: QuizSource | null = null;
  let confirmingSubmit = false;
  let previousRemaining: number | null = null;
  let timer: number | null = null;

  /** Announces politely (feedback) or assertively (timer warnings). */
  function announce(text: string, assertive = false): void {
    const region = assertive ? alertRegion : live;
    region.textContent = '';
    window.setTimeout(() => (region.textContent = text), 30);
  }

  function show(view: 'builder' | 'session' | 'results'): void {
    builderSection.hidden = view !== 'builder';
    quickSection.hidden = view !== 'builder';
    // The update prompt of the PWA waits while a timed exam is on screen (never mid-exam).
    setExamRunning(view === 'session' && current?.mode === 'exam' && current.status === 'in-progress');
    sessionHost.hidden = view !== 'session';
    resultsHost.hidden = view !== 'results';
    if (view !== 'session') stopTimer();
  }

  // ── builder ────────────────────────────────────────────────────────────────

  function checkboxes(name: string): HTMLInputElement[] {
    return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  }

  function field(name: string): HTMLInputElement {
    return form.querySelector<HTMLInputElement>(`input[name="${name}"]:not([type="radio"])`)!;
  }

  /** Puts the URL's spec into the form; tags or notes the form does not list are added as extra checkboxes. */
  function fillForm(params: URLSearchParams): void {
    const { spec } = parseQuizSpec(params);
    sourceOverride = spec.source.kind === 'tags' ? null : spec.source;
    if (spec.source.kind === 'tags') {
      const wanted = new Set(spec.source.tags);
      for (const box of checkboxes('tags')) box.checked = wanted.has(box.value);
      const known = new Set(checkboxes('tags').map((b) => b.value));
      const extra = spec.source.tags.filter((t) => !known.has(t));
      extraTags.replaceChildren(
        ...extra.map((t, i) =>
          h(
            'li',
            { class: 'quiz-check' },
            h('input', { type: 'checkbox', name: 'tags', value: t, id: `quiz-extra-tag-${i}`, checked: true }),
            h(
              'label',
              { for: `quiz-extra-tag-${i}` },
              h('code', {}, t),
              ' ',
              h('span', { class: 'muted' }, bi('링크에서', 'from the link')),
            ),
          ),
        ),
      );
      extraTags.hidden = extra.length === 0;
      const notes = new Set(spec.source.notes);
      for (const box of checkboxes('notes')) box.checked = notes.has(box.value);
      const knownNotes = new Set(checkboxes('notes').map((b) => b.value));
      const extraNotes = spec.source.notes.filter((n) => !knownNotes.has(n));
      for (const [i, n] of extraNotes.entries()) {
        extraTags.append(
          h(
            'li',
            { class: 'quiz-check' },
            h('input', { type: 'checkbox', name: 'notes', value: n, id: `quiz-extra-note-${i}`, checked: true }),
            h(
              'label',
              { for: `quiz-extra-note-${i}` },
              h('code', {}, n),
              ' ',
              h('span', { class: 'muted' }, bi('링크의 노트', 'note from the link')),
            ),
          ),
        );
        extraTags.hidden = false;
      }
      if (spec.source.notes.length > 0) byId<HTMLDetailsElement>('quiz-notes').open = true;
    }
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === spec.mode;
    // Keep the raw text of the link (e.g. "45s"); an unreadable value is reported by refreshBuilder.
    field('count').value = params.get('count') ?? '';
    field('limit').value = params.get('limit') ?? '';
    field('pass').value = params.get('pass') ?? '';
    field('seed').value = params.get('seed') ?? '';
  }

  /**
   * Opens the collapsed builder when the link carries builder choices (a shared quiz link, a retry,
   * "Quiz me on this"), and every topic group holding a checked tag.
   */
  function openBuilderFor(params: URLSearchParams): void {
    const builder = document.getElementById('quiz-builder-details') as HTMLDetailsElement | null;
    if (builder && !params.has('attempt') && [...params.keys()].length > 0) builder.open = true;
    for (const group of form.querySelectorAll<HTMLDetailsElement>('details.quiz-tag-group')) {
      if (group.querySelector('input:checked')) group.open = true;
    }
  }

  /** The form's values as URL parameters (raw: validation is `parseQuizSpec`'s job). */
  function formParams(): URLSearchParams {
    const params = new URLSearchParams();
    if (sourceOverride) {
      for (const [k, v] of quizSpecToSearchParams({
        source: sourceOverride,
        count: null,
        mode: 'practice',
        timeLimit: 'default',
        passingScore: null,
        seed: null,
      }))
        params.set(k, v);
    } else {
      const tags = checkboxes('tags')
        .filter((b) => b.checked)
        .map((b) => b.value);
      const notes = checkboxes('notes')
        .filter((b) => b.checked)
        .map((b) => b.value);
      if (tags.length > 0) params.set('tags', tags.join(','));
      if (notes.length > 0) params.set('notes', notes.join(','));
    }
    const mode = form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value;
    if (mode) params.set('mode', mode);
    for (const name of ['count', 'limit', 'pass', 'seed']) {
      const value = field(name).value.trim();
      if (value !== '') params.set(name, value);
    }
    return params;
  }

  /** The questions a spec would select now (seeded with `seed`), or an explanation of why none. */
  function selectFor(spec: QuizSpec, seed: string): { selection: Selection | null; problem: string | null; shortfalls?: string[] } {
    if (!loaded) return { selection: null, problem: null };
    const state = store.read();
    const source = spec.source;
    try {
      if (source.kind === 'exam') return examSelection(loaded, source.exam, spec.count, seed);
      if (source.kind === 'tags') {
        return {
          selection: selectByTags(loaded.index, { tags: source.tags, notes: source.notes, count: spec.count, seed }),
          problem: null,
        };
      }
      if (source.kind === 'due') {
        return { selection: selectDue(state.cards, loaded.index, clock.now(), spec.count, seed), problem: null };
      }
      const from = state.attempts[source.attemptId];
      if (!from)
        return {
          selection: null,
          problem: `시도 ${source.attemptId}이(가) 이 브라우저에 없습니다 · Attempt ${source.attemptId} is not in this browser's history.`,
        };
      const all = source.kind === 'retry-wrong' ? selectRetryWrong(from, loaded.index, seed) : selectRetryFlagged(from, loaded.index, seed);
      const ids = spec.count === null ? all.questionIds : all.questionIds.slice(0, spec.count);
      return { selection: { ...all, questionIds: ids }, problem: null };
    } catch (error) {
      return { selection: null, problem: error instanceof QuizError ? error.message : String(error) };
    }
  }

  function renderIssues(issues: SpecIssue[], extra: string[] = []): void {
    const items = [
      ...issues.map((i) => h('li', {}, h('code', {}, `${i.param}=${i.value}`), ': ', h('span', { lang: 'en' }, i.message))),
      ...extra.map((t) => h('li', {}, t)),
    ];
    issuesList.replaceChildren(...items);
    issuesList.hidden = items.length === 0;
  }

  /** Re-reads the form: URL, share link, issues and the preview line. */
  function refreshBuilder(updateUrl = true): { spec: QuizSpec; issues: SpecIssue[] } {
    const { spec, issues } = parseQuizSpec(formParams());
    const params = quizSpecToSearchParams(spec);
    const query = params.toString();
    const href = withBase(`/quiz/${query ? `?${query}` : ''}`);
    if (updateUrl && location.pathname + location.search !== href) history.replaceState(null, '', href);
    shareLink.href = href;

    topics.hidden = sourceOverride !== null;
    sourceNote.hidden = sourceOverride === null;
    if (sourceOverride) {
      sourceNote.replaceChildren(
        h('p', {}, h('strong', {}, describeSource(sourceOverride, loaded))),
        h('p', {}, h('a', { href: withBase('/quiz/') }, bi('태그로 고르기', 'Pick topics instead'))),
      );
    }

    if (!loaded) return { spec, issues };
    const { selection, problem, shortfalls } = selectFor(spec, spec.seed ?? nextSeed);
    // The first questions Start would ask, fetched now (errors are reported when the quiz starts).
    if (selection) loaded.load(selection.questionIds.slice(0, 20)).catch(() => undefined);
    const extra: string[] = [];
    if (problem) extra.push(problem);
    extra.push(...(shortfalls ?? []));
    if (selection && selection.unmatched.length > 0) {
      extra.push(`일치하는 문제가 없는 태그·노트 · No questions under: ${selection.unmatched.join(', ')} (check the spelling)`);
    }
    renderIssues(issues, extra);
    const count = selection?.questionIds.length ?? 0;
    const state = store.read();
    let limitText = '시간 제한 없음 · untimed';
    try {
      const limit = count > 0 ? resolveTimeLimitMs(spec, count, state.settings.msPerQuestion) : null;
      if (limit !== null) limitText = `제한 시간 · time limit ${formatDuration(limit)}`;
    } catch (error) {
      limitText = error instanceof Error ? error.message : String(error);
    }
    const pass = spec.passingScore ?? state.settings.passingScore;
    if (!selection || count === 0) {
      summary.replaceChildren(bi('고른 조건에 맞는 문제가 없습니다', 'No question matches these choices'));
      startButton.disabled = true;
    } else {
      const pool = selection.poolSize;
      summary.replaceChildren(
        h('strong', {}, `${count}`),
        ` 문제 · question${count === 1 ? '' : 's'}`,
        pool > count ? ` (${pool}개 중 · of ${pool} matching)` : '',
        selection.shortfall > 0 ? ` (${spec.count}개를 원했지만 ${count}개뿐 · only ${count} of the ${spec.count} asked for match)` : '',
        ` — ${modeLabel(spec.mode)} — ${limitText} — 합격 · pass ${percent(pass)}`,
        spec.seed ? ` — seed ${spec.seed}` : '',
      );
      startButton.disabled = false;
    }
    return { spec, issues };
  }

  /** The quick start at the top of the page (continue, reviews due, 10 random, weakest topics, mock exams). */
  function renderSide(): void {
    if (!loaded) return;
    const bank = loaded.index;
    const state = store.read();
    const now = clock.now();
    const due = dueCards(state.cards, now).filter((c) => bank.has(c.questionId));
    const upcoming = Object.values(state.cards)
      .filter((c) => c.due > now && bank.has(c.questionId))
      .sort((a, b) => a.due - b.due)[0];
    const weakest = weakestTags(state.attempts, 2, 50)
      .filter((t) => t.tag.startsWith('topic/') && t.rate < 1)
      .slice(0, 3)
      .map((t) => ({ tag: t.tag, label: tagShortLabel(loaded!.tags, t.tag) }));
    replaceKeepingFocus(
      side,
      renderQuickStart(
        {
          unfinished: unfinishedAttempts(state.attempts)[0] ?? null,
          due: due.length,
          nextDue: upcoming?.due ?? null,
          weakest,
          exams: [...loaded.exams.values()],
        },
        (spec) => startQuiz(spec),
      ),
    );
  }

  function showBuilder(): void {
    current = null;
    show('builder');
    refreshBuilder();
    renderSide();
  }

  // ── starting and opening attempts ─────────────────────────────────────────

  let starting = false;
  async function startQuiz(spec: QuizSpec): Promise<void> {
    if (!loaded || !ctx || starting) return;
    const seed = spec.seed ?? nextSeed;
    const { selection, problem } = selectFor(spec, seed);
    if (!selection || selection.questionIds.length === 0) {
      announce(problem ?? 'No question matches these choices.', true);
      summary.replaceChildren(problem ?? bi('고른 조건에 맞는 문제가 없습니다', 'No question matches these choices'));
      return;
    }
    let attempt: Attempt;
    try {
      // The questions of this quiz only (one small file per note), loaded when it starts.
      starting = true;
      await loaded.load(selection.questionIds).finally(() => (starting = false));
      const state = store.read();
      const blueprint = spec.source.kind === 'exam' ? loaded.exams.get(spec.source.exam) : undefined;
      attempt = createAttempt(
        {
          id: newAttemptId(),
          mode: spec.mode,
          questionIds: selection.questionIds,
          seed,
          source: spec.source,
          timeLimitMs:
            blueprint && spec.timeLimit === 'default'
              ? blueprint.minutes * 60_000
              : resolveTimeLimitMs(spec, selection.questionIds.length, state.settings.msPerQuestion),
          passingScore: spec.passingScore ?? blueprint?.passing ?? state.settings.passingScore,
        },
        ctx,
      );
    } catch (error) {
      notify({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    const result = store.commit(null, attempt);
    const stored = result.ok ? result.attempt : attempt;
    history.pushState(null, '', attemptHref(stored.id));
    if (spec.seed === null) nextSeed = seedFromEntropy(crypto.getRandomValues(new Uint8Array(8)));
    openAttempt(stored, true);
  }

  /** Shows an attempt: submits it first when its deadline has passed (reload, sleep, closed tab). */
  function openAttempt(attempt: Attempt, fresh = false): void {
    if (!ctx) return;
    clock.atLeast(attempt.startedAt);
    current = attempt;
    confirmingSubmit = false;
    previousRemaining = null;
    const settled = enforceDeadline(attempt, ctx);
    if (settled !== attempt) {
      commit(settled);
      return;
    }
    if (attempt.status === 'submitted') {
      renderResults(true);
    } else {
      renderSession();
      focusTitle();
      startTimer();
      if (fresh) announce(`${attempt.items.length}문제 퀴즈를 시작합니다 · Quiz started: ${attempt.items.length} questions.`);
    }
  }

  /** Saves a changed attempt (compare-and-set) and redraws; a lost race shows the other tab's version. */
  function commit(next: Attempt): void {
    if (!current) return;
    const base = current;
    if (next === base) return;
    const result = store.commit(base, next);
    if (result.ok) {
      current = result.attempt;
    } else if (result.current) {
      current = result.current;
      notify({ kind: current.status === 'submitted' && base.status !== 'submitted' ? 'other-tab-submitted' : 'other-tab-changed' });
    } else {
      // The attempt vanished from storage (cleared in another tab): keep showing this tab's version.
      current = next;
    }
    const becameSubmitted = base.status === 'in-progress' && current.status === 'submitted';
    if (current.status === 'submitted') {
      renderResults(becameSubmitted);
      if (becameSubmitted && current.submitReason === 'time-up') {
        announce('시간이 다 되어 자동으로 제출했습니다 · Time is up: the exam was submitted automatically.', true);
      }
    } else {
      renderSession();
    }
  }

  /** Runs an engine operation on the current attempt; an input the engine rejects is announced, not thrown. */
  function act(operation: (a: Attempt, c: QuizContext) => Attempt): Attempt | null {
    if (!current || !ctx) return null;
    try {
      const next = operation(current, ctx);
      commit(next);
      return current;
    } catch (error) {
      if (error instanceof QuizError) {
        announce(error.hint, true);
        return null;
      }
      throw error;
    }
  }

  // ── the running quiz ──────────────────────────────────────────────────────

  function focusTitle(): void {
    sessionHost.querySelector<HTMLElement>('#quiz-q-title')?.focus();
  }

  function renderSession(): void {
    if (!current || !loaded) return;
    show('session');
    const a = current;
    const item = presentItem(a, a.current, loaded.bank);
    const map = questionMap(a);
    const exam = a.mode === 'exam';
    const practiceScore = exam ? null : scoreAttempt(a);
    const checked = practiceScore ? practiceScore.correct + practiceScore.incorrect + practiceScore.unanswered : 0;
    const left = remainingMs(a, clock.now());
    const interactive = a.status === 'in-progress' && !item.confirmed && item.status !== 'missing';
    const last = a.current === a.items.length - 1;
    const unanswered = map.filter((m) => !m.answered).length;
    const flagged = map.filter((m) => m.flagged).length;

    const bar = h(
      'div',
      { class: 'quiz-bar' },
      h('p', { class: 'quiz-bar__mode' }, h('span', { class: 'badge' }, modeLabel(a.mode)), ' ', describeSource(a.source, loaded)),
      h(
        'p',
        { class: 'quiz-bar__progress' },
        bi(`답함 ${answeredCount(a)}/${a.items.length}`, `Answered ${answeredCount(a)}/${a.items.length}`),
      ),
      practiceScore && checked > 0
        ? h(
            'p',
            { class: 'quiz-bar__score' },
            bi(`맞음 ${practiceScore.correct}/${checked}`, `Correct ${practiceScore.correct}/${checked}`),
          )
        : null,
      left !== null
        ? h(
            'p',
            { class: 'quiz-timer' },
            h('span', { id: 'quiz-timer-label' }, bi('남은 시간', 'Time left'), ' '),
            h(
              'span',
              { role: 'timer', id: 'quiz-timer', 'aria-labelledby': 'quiz-timer-label', class: timerClass(left) },
              formatDuration(left),
            ),
          )
        : null,
    );

    const stemId = 'quiz-q-stem';
    const hintId = 'quiz-q-hint';
    const question = h(
      'section',
      {
        class: `question quiz-item${item.revealed ? ' quiz-item--revealed' : ''}`,
        'data-question-id': item.questionId,
        'aria-labelledby': 'quiz-q-title',
      },
      h(
        'fieldset',
        { class: 'question__form', 'aria-describedby': item.keyCount > 1 ? `${stemId} ${hintId}` : stemId },
        h(
          'legend',
          {},
          h(
            'h2',
            { class: 'question__title', id: 'quiz-q-title', tabindex: '-1', 'data-focus': 'q-title' },
            bi(`문제 ${a.current + 1} / ${a.items.length}`, `Question ${a.current + 1} of ${a.items.length}`),
            item.keyCount > 1 ? h('span', { class: 'badge' }, bi(`${item.keyCount}개 선택`, `Choose ${item.keyCount}`)) : null,
            item.flagged ? h('span', { class: 'badge badge--warn' }, '⚑ ', bi('표시함', 'Flagged')) : null,
          ),
        ),
        item.question
          ? trustedHtml('div', { class: 'question__stem prose', id: stemId }, item.question.stemHtml)
          : h('p', { id: stemId }, bi('이 문제는 콘텐츠에서 삭제되었습니다.', 'This question has been removed from the content.')),
        chooseHint(item, hintId),
        renderOptions(item, OPTION_NAME, interactive),
      ),
      item.revealed ? renderFeedback(item, loaded) : null,
      confirmingSubmit ? submitPanel(unanswered, flagged, exam) : null,
      h(
        'div',
        { class: 'quiz-actions' },
        h(
          'button',
          { type: 'button', class: 'quiz-button', 'data-action': 'prev', 'data-focus': 'prev', disabled: a.current === 0 },
          '← ',
          bi('이전', 'Previous'),
        ),
        !exam && !item.confirmed
          ? h(
              'button',
              {
                type: 'button',
                class: 'quiz-button quiz-button--primary',
                'data-action': 'confirm',
                'data-focus': 'confirm',
                disabled: item.selected.length === 0,
              },
              bi('정답 확인', 'Check answer'),
            )
          : null,
        h(
          'button',
          {
            type: 'button',
            class: 'quiz-button',
            'data-action': 'flag',
            'data-focus': 'flag',
            'aria-pressed': item.flagged ? 'true' : 'false',
          },
          '⚑ ',
          bi('표시', 'Flag'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: `quiz-button${!exam && item.confirmed && !last ? ' quiz-button--primary' : ''}`,
            'data-action': 'next',
            'data-focus': 'next',
            disabled: last,
          },
          bi('다음', 'Next'),
          ' →',
        ),
        h(
          'button',
          {
            type: 'button',
            class: `quiz-button quiz-button--submit${last && (exam || item.confirmed) ? ' quiz-button--primary' : ''}`,
            'data-action': 'submit',
            'data-focus': 'submit',
          },
          exam ? bi('제출', 'Submit') : bi('끝내기', 'Finish'),
        ),
      ),
    );

    const mapNav = h(
      'nav',
      { class: 'quiz-map', 'aria-labelledby': 'quiz-map-title' },
      h('h2', { id: 'quiz-map-title' }, bi('문제 지도', 'Question map')),
      h(
        'ol',
        {},
        ...map.map((m) => {
          const states = [m.answered ? 'answered' : 'unanswered'];
          if (m.flagged) states.push('flagged');
          if (m.result) states.push(m.result);
          const cls = [
            'quiz-map__cell',
            m.answered ? 'is-answered' : '',
            m.flagged ? 'is-flagged' : '',
            m.result === 'correct' ? 'is-correct' : '',
            m.result === 'incorrect' || m.result === 'unanswered' ? 'is-incorrect' : '',
          ];
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: cls.filter(Boolean).join(' '),
                'data-action': 'goto',
                'data-index': m.index,
                'data-focus': `map-${m.index}`,
                'aria-current': m.current ? 'step' : null,
                'aria-label': `${m.index + 1}: ${states.join(', ')}`,
              },
              String(m.index + 1),
              m.flagged ? h('span', { 'aria-hidden': 'true', class: 'quiz-map__flag' }, '⚑') : null,
            ),
          );
        }),
      ),
      h(
        'p',
        { class: 'quiz-map__legend muted' },
        h('span', { class: 'quiz-map__swatch is-answered', 'aria-hidden': 'true' }),
        ' 답함 · answered ',
        h('span', { class: 'quiz-map__swatch', 'aria-hidden': 'true' }),
        ' 안 함 · unanswered ',
        h('span', { 'aria-hidden': 'true' }, '⚑'),
        ' 표시 · flagged',
      ),
    );

    const keys = h(
      'details',
      { class: 'quiz-keys' },
      h('summary', {}, bi('키보드 단축키', 'Keyboard shortcuts')),
      h(
        'ul',
        {},
        h(
          'li',
          {},
          h('kbd', {}, '1'),
          '–',
          h('kbd', {}, '9'),
          ', ',
          h('kbd', {}, '0'),
          ' / ',
          h('kbd', {}, 'A'),
          '–',
          h('kbd', {}, 'J'),
          ': ',
          bi('보기 고르기 (F는 항상 표시 — 여섯째 보기는 6)', 'choose an option (F always flags — use 6 for the sixth option)'),
        ),
        h('li', {}, h('kbd', {}, 'Enter'), ': ', bi('정답 확인(연습) 또는 다음 문제', 'check the answer (practice) or go on')),
        h('li', {}, h('kbd', {}, '←'), ' ', h('kbd', {}, '→'), ': ', bi('이전·다음 문제', 'previous / next question')),
        h('li', {}, h('kbd', {}, 'F'), ': ', bi('표시하기', 'flag for review')),
      ),
    );

    replaceKeepingFocus(sessionHost, bar, h('div', { class: 'quiz-layout' }, question, mapNav), keys);
    if (confirmingSubmit) sessionHost.querySelector<HTMLElement>('[data-focus="submit-now"]')?.focus();
  }

  function submitPanel(unanswered: number, flagged: number, exam: boolean): HTMLElement {
    const parts: string[] = [];
    if (unanswered > 0) parts.push(`답하지 않은 문제 ${unanswered}개 · ${unanswered} unanswered (scored as wrong)`);
    const unchecked = exam || !current ? 0 : current.items.filter((i) => i.selected.length > 0 && !i.confirmed).length;
    if (unchecked > 0)
      parts.push(
        `확인하지 않은 답 ${unchecked}개는 지금 채점 · ${unchecked} answer${unchecked === 1 ? '' : 's'} not checked yet will be graded now`,
      );
    if (flagged > 0) parts.push(`표시한 문제 ${flagged}개 · ${flagged} flagged`);
    return h(
      'div',
      { class: 'quiz-confirm', role: 'group', 'aria-labelledby': 'quiz-confirm-text' },
      h(
        'p',
        { id: 'quiz-confirm-text' },
        exam ? bi('제출할까요?', 'Submit the exam?') : bi('끝낼까요?', 'Finish the quiz?'),
        parts.length ? ` ${parts.join('; ')}.` : '',
      ),
      h(
        'button',
        { type: 'button', class: 'quiz-button quiz-button--primary', 'data-action': 'submit-now', 'data-focus': 'submit-now' },
        exam ? bi('지금 제출', 'Submit now') : bi('지금 끝내기', 'Finish now'),
      ),
      ' ',
      h(
        'button',
        { type: 'button', class: 'quiz-button', 'data-action': 'keep-working', 'data-focus': 'keep-working' },
        bi('계속 풀기', 'Keep working'),
      ),
    );
  }

  function timerClass(left: number): string {
    return left <= 60_000
      ? 'quiz-timer__value quiz-timer__value--critical'
      : left <= 5 * 60_000
        ? 'quiz-timer__value quiz-timer__value--low'
        : 'quiz-timer__value';
  }

  function startTimer(): void {
    stopTimer();
    if (!current || current.deadline === null || current.status !== 'in-progress') return;
    tick();
    timer = window.setInterval(tick, TICK_MS);
  }

  function stopTimer(): void {
    if (timer !== null) window.clearInterval(timer);
    timer = null;
  }

  function tick(): void {
    if (!current || !ctx || current.status !== 'in-progress' || current.deadline === null) return stopTimer();
    const left = remainingMs(current, clock.now()) ?? 0;
    const el = document.getElementById('quiz-timer');
    if (el) {
      el.textContent = formatDuration(left);
      el.className = timerClass(left);
    }
    const crossed = crossedWarning(previousRemaining, left);
    previousRemaining = left;
    if (crossed !== null) {
      const minutes = Math.round(crossed / 60_000);
      announce(`${minutes}분 남았습니다 · ${minutes} minute${minutes === 1 ? '' : 's'} left`, true);
    }
    if (left <= 0) commit(enforceDeadline(current, ctx));
  }

  function goAndFocus(operation: (a: Attempt, c: QuizContext) => Attempt): void {
    const before = current?.current;
    act(operation);
    if (current?.status === 'in-progress' && current.current !== before) focusTitle();
  }

  /**
   * Asks before submitting an exam, or finishing a practice quiz with unanswered, unchecked or
   * flagged questions; a practice quiz whose every answer is checked finishes at once.
   */
  function requestSubmit(): void {
    if (!current) return;
    const open = current.items.some((i) => i.selected.length === 0 || i.flagged || !i.confirmed);
    if (current.mode === 'practice' && !open) {
      act((a, c) => submitAttempt(a, c));
      return;
    }
    confirmingSubmit = true;
    renderSession();
  }

  function confirmCurrent(): void {
    if (!current || !loaded) return;
    const index = current.current;
    const next = act((a, c) => confirmAnswer(a, index, c));
    if (next?.status !== 'in-progress') return;
    const item = next.items[index];
    if (!item?.confirmed) return;
    const shown = presentItem(next, index, loaded.bank);
    const key = shown.keyLabels?.join(', ') ?? '';
    announce(item.result === 'correct' ? `정답입니다 · Correct. ${key}` : `오답입니다. 정답은 ${key} · Incorrect: the answer is ${key}.`);
    showVerdict(sessionHost);
  }

  function chooseAt(position: number): void {
    if (!current) return;
    const index = current.current;
    const item = current.items[index];
    if (!item || position >= item.optionOrder.length) return;
    act((a, c) => toggleOption(a, index, letterAtPosition(a.items[index]!, position), c));
    sessionHost.querySelector<HTMLInputElement>(`input[data-position="${position}"]`)?.focus();
  }

  sessionHost.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name !== OPTION_NAME || !current) return;
    const index = current.current;
    const letters = [...sessionHost.querySelectorAll<HTMLInputElement>(`input[name="${OPTION_NAME}"]:checked`)].map((i) => i.value);
    act((a, c) => selectOptions(a, index, letters, c));
  });

  sessionHost.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || !current) return;
    switch (button.dataset.action) {
      case 'prev':
        return goAndFocus((a, c) => goPrevious(a, c));
      case 'next':
        return goAndFocus((a, c) => goNext(a, c));
      case 'goto':
        return goAndFocus((a, c) => goTo(a, Number(button.dataset.index), c));
      case 'confirm':
        return confirmCurrent();
      case 'flag': {
        const index = current.current;
        act((a, c) => toggleFlag(a, index, c));
        announce(current?.items[index]?.flagged ? '표시했습니다 · Flagged' : '표시를 지웠습니다 · Flag removed');
        return;
      }
      case 'submit':
        return requestSubmit();
      case 'submit-now':
        confirmingSubmit = false;
        act((a, c) => submitAttempt(a, c));
        return;
      case 'keep-working':
        confirmingSubmit = false;
        renderSession();
        focusTitle();
        return;
    }
  });

  document.addEventListener('keydown', (event) => {
    // An IME (Korean, Japanese …) is composing: its keys (Enter included) commit text, they are not ours.
    if (event.isComposing) return;
    // keyCode 229 ("Process"): the IME took the key. Its Enter is never ours; letters are read by `code` below.
    if (event.keyCode === 229 && (event.key === 'Enter' || event.code === 'Enter' || event.code === 'NumpadEnter')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (sessionHost.hidden || !current || current.status !== 'in-progress') return;
    const target = event.target as HTMLElement;
    if (target.closest('input:not([type="radio"]):not([type="checkbox"]), textarea, select, [contenteditable="true"]')) return;
    const key = event.key;
    if (key === 'ArrowRight' || key === 'ArrowLeft') {
      event.preventDefault();
      goAndFocus(key === 'ArrowRight' ? (a, c) => goNext(a, c) : (a, c) => goPrevious(a, c));
      return;
    }
    if (key === 'Enter') {
      if (target.closest('button, a, summary')) return; // their own activation
      event.preventDefault();
      const item = current.items[current.current];
      if (current.mode === 'practice' && item && !item.confirmed && item.selected.length > 0) confirmCurrent();
      else if (current.current < current.items.length - 1) goAndFocus((a, c) => goNext(a, c));
      else requestSubmit();
      return;
    }
    if (event.shiftKey) return;
    // Match the physical key (`code`), not the typed character: with the Korean IME on, the F key
    // types "ㄹ" and A types "ㅁ", yet the shortcut must still work.
    const shortcut = shortcutOf(event);
    if (shortcut === 'flag') {
      event.preventDefault();
      const index = current.current;
      act((a, c) => toggleFlag(a, index, c));
      announce(current?.items[index]?.flagged ? '표시했습니다 · Flagged' : '표시를 지웠습니다 · Flag removed');
      return;
    }
    const position = typeof shortcut === 'number' ? shortcut : -1;
    if (position >= 0) {
      const item = current.items[current.current];
      if (item && position < item.optionOrder.length && !item.confirmed) {
        event.preventDefault();
        chooseAt(position);
      }
    }
  });

  // ── results ───────────────────────────────────────────────────────────────

  function tagRows(rows: TagScore[]) {
    return rows.map((r) => ({
      label: tagShortLabel(loaded!.tags, r.tag),
      fullLabel: `${tagLabel(loaded!.tags, r.tag)} (${r.tag})`,
      correct: r.correct,
      graded: r.graded,
    }));
  }

  /**
   * The top-level summary of a result: per blueprint domain for a mock exam (with its scaled score),
   * else per exam topic in syllabus order; the per-namespace and per-tag charts only on demand.
   */
  function resultSummary(a: Attempt, score: ReturnType<typeof scoreAttempt>): Array<HTMLElement | null> {
    if (!loaded) return [];
    const bp = a.source.kind === 'exam' ? loaded.exams.get(a.source.exam) : undefined;
    const topics = score.byTag
      .filter((r) => r.tag.startsWith('topic/'))
      .sort((x, y) => Object.keys(loaded!.tags).indexOf(x.tag) - Object.keys(loaded!.tags).indexOf(y.tag));
    const top = bp
      ? domainResults(a, bp, loaded)
      : topics.length > 0
        ? scoreBars(
            tr('quiz.results.byTopic'),
            topics.map((r) => ({
              label: loaded!.tags[r.tag]?.ko ?? r.tag,
              href: tagHref(r.tag),
              correct: r.correct,
              graded: r.graded,
              links: [{ text: tr('quiz.exam.review'), href: reviewQuizHref([r.tag]) }],
            })),
            a.passingScore,
          )
        : null;
    const charts = [
      score.byNamespace.length > 0 ? barChart('영역별 점수 · Score per namespace', tagRows(score.byNamespace), a.passingScore) : null,
      score.byTag.length > 0 ? barChart('태그별 점수 · Score per tag', tagRows(score.byTag), a.passingScore) : null,
    ].filter((c): c is HTMLElement => c !== null);
    return [
      top,
      charts.length > 0 ? h('details', { class: 'quiz-tag-details' }, h('summary', {}, tr('quiz.results.tags')), ...charts) : null,
    ];
  }

  function renderResults(focus: boolean): void {
    if (!current || !loaded) return;
    show('results');
    const a = current;
    const score = scoreAttempt(a);
    const items = presentAttempt(a, loaded.bank);
    const wrong = a.items.filter((i) => i.result === 'incorrect' || i.result === 'unanswered').length;
    const flagged = a.items.filter((i) => i.flagged).length;
    const used = timeUsedMs(a, clock.now());
    const passed = score.passed;
    const share =
      a.source.kind === 'tags'
        ? withBase(
            `/quiz/?${quizSpecToSearchParams({ source: a.source, count: a.items.length, mode: a.mode, timeLimit: a.timeLimitMs, passingScore: a.passingScore, seed: a.seed }).toString()}`,
          )
        : null;
    const retry = (kind: 'retry-wrong' | 'retry-flagged') => () =>
      startQuiz({
        source: { kind, attemptId: a.id },
        count: null,
        mode: a.mode,
        timeLimit: 'default',
        passingScore: a.passingScore,
        seed: null,
      });

    replaceKeepingFocus(
      resultsHost,
      h('h2', { id: 'quiz-results-title', tabindex: '-1' }, bi('결과', 'Results')),
      a.submitReason === 'time-up'
        ? h(
            'p',
            { class: 'quiz-notice quiz-notice--warn', role: 'status' },
            bi('시간이 다 되어 자동으로 제출되었습니다.', 'Time was up: the exam was submitted automatically.'),
          )
        : null,
      h(
        'div',
        { class: `quiz-score quiz-score--${passed === null ? 'none' : passed ? 'pass' : 'fail'}` },
        h(
          'p',
          { class: 'quiz-score__main' },
          h('strong', { 'data-testid': 'quiz-score' }, `${score.correct} / ${score.graded}`),
          score.score !== null ? ` (${percent(score.score)})` : '',
        ),
        h(
          'p',
          { class: 'quiz-score__verdict' },
          passed === null ? bi('채점할 문제가 없습니다', 'Nothing to score') : passed ? bi('합격', 'Pass') : bi('불합격', 'Not passed'),
          ` — 합격 기준 · passing score ${percent(a.passingScore)}`,
        ),
        a.source.kind === 'exam' && loaded.exams.get(a.source.exam) ? scaledLine(loaded.exams.get(a.source.exam)!, score.score) : null,
      ),
      h(
        'dl',
        { class: 'quiz-facts' },
        h('div', {}, h('dt', {}, bi('방식', 'Mode')), h('dd', {}, modeLabel(a.mode))),
        h('div', {}, h('dt', {}, bi('주제', 'Topics')), h('dd', {}, describeSource(a.source, loaded))),
        h(
          'div',
          {},
          h('dt', {}, bi('걸린 시간', 'Time used')),
          h('dd', {}, formatDuration(used), a.timeLimitMs !== null ? ` / ${formatDuration(a.timeLimitMs)}` : ''),
        ),
        h('div', {}, h('dt', {}, bi('제출', 'Submitted')), h('dd', {}, a.submittedAt !== null ? formatDateTime(a.submittedAt) : '—')),
        h('div', {}, h('dt', {}, bi('답하지 않음', 'Unanswered')), h('dd', {}, String(score.unanswered))),
        score.changed + score.missing > 0
          ? h(
              'div',
              {},
              h('dt', {}, bi('채점 제외', 'Not scored')),
              h('dd', {}, `${score.changed + score.missing} (바뀌거나 삭제된 문제 · changed or removed since)`),
            )
          : null,
      ),
      h(
        'div',
        { class: 'quiz-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'quiz-button quiz-button--primary',
            disabled: wrong === 0,
            'data-focus': 'retry-wrong',
            onclick: retry('retry-wrong'),
          },
          bi(`틀린 문제 다시 (${wrong})`, `Retry the wrong ones (${wrong})`),
        ),
        h(
          'button',
          { type: 'button', class: 'quiz-button', disabled: flagged === 0, 'data-focus': 'retry-flagged', onclick: retry('retry-flagged') },
          bi(`표시한 문제 다시 (${flagged})`, `Retry flagged (${flagged})`),
        ),
        h('a', { class: 'quiz-button', href: withBase('/quiz/') }, bi('새 퀴즈', 'New quiz')),
        h('a', { class: 'quiz-button', href: withBase('/quiz/history/') }, bi('기록', 'History')),
      ),
      share
        ? h(
            'p',
            { class: 'muted' },
            bi('같은 퀴즈(같은 문제·순서)의 링크', 'Link to the same quiz (same questions and order)'),
            ': ',
            h('a', { href: share }, share),
          )
        : null,
      ...resultSummary(a, score),
      h('h2', {}, bi('문제 다시 보기', 'Review every question')),
      h(
        'ol',
        { class: 'quiz-review' },
        ...items.map((item) =>
          h(
            'li',
            { class: 'question quiz-item quiz-item--revealed', 'data-question-id': item.questionId, id: `quiz-review-${item.index + 1}` },
            h(
              'h3',
              { class: 'question__title' },
              bi(`문제 ${item.index + 1}`, `Question ${item.index + 1}`),
              ' ',
              resultBadge(item.result),
              item.flagged ? h('span', { class: 'badge badge--warn' }, '⚑ ', bi('표시함', 'Flagged')) : null,
            ),
            item.question ? trustedHtml('div', { class: 'question__stem prose' }, item.question.stemHtml) : null,
            item.options.length > 0 ? renderOptions(item, `quiz-review-${item.index}`, false) : null,
            renderFeedback(item, loaded!, false),
          ),
        ),
      ),
    );
    void addCompareLinks(resultsHost);
    if (focus) resultsHost.querySelector<HTMLElement>('#quiz-results-title')?.focus();
  }

  // ── routing, other tabs, startup ──────────────────────────────────────────

  function route(): void {
    const params = new URLSearchParams(location.search);
    const id = params.get('attempt');
    if (id !== null) {
      const attempt = store.read().attempts[id];
      if (attempt) return openAttempt(attempt);
      notify({ kind: 'attempt-not-found', id });
      history.replaceState(null, '', withBase('/quiz/'));
      fillForm(new URLSearchParams());
    } else {
      fillForm(params);
      openBuilderFor(params);
    }
    showBuilder();
  }

  form.addEventListener('input', () => refreshBuilder());
  form.addEventListener('change', () => refreshBuilder());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { spec } = refreshBuilder();
    if (!startButton.disabled) startQuiz(spec);
  });
  window.addEventListener('popstate', () => {
    if (loaded) route();
  });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) tick();
  });
  store.onExternalChange((attemptId) => {
    if (!loaded) return;
    if (current && (attemptId === null || attemptId === current.id)) {
      const stored = store.read().attempts[current.id];
      if (stored && stored.revision !== current.revision) {
        const wasRunning = current.status === 'in-progress';
        current = stored;
        if (stored.status === 'submitted') {
          if (wasRunning) notify({ kind: 'other-tab-submitted' });
          renderResults(wasRunning);
        } else {
          renderSession();
        }
      }
    } else if (!current) {
      refreshBuilder(false);
      renderSide();
    }
  });

  // Fill the form from the link at once (no bank needed), then load the questions.
  const initial = new URLSearchParams(location.search);
  openBuilderFor(initial);
  if (initial.has('attempt')) builderSection.hidden = quickSection.hidden = true;
  else {
    fillForm(initial);
    openBuilderFor(initial);
  }
  refreshBuilder(false);

  openBank({ preload: attemptQuestionIds(store.read().attempts, initial.get('attempt')) })
    .then((bank) => {
      loaded = bank;
      ctx = { bank: bank.bank, clock };
      const context = ctx;
      store.update((state) => settleExpiredAttempts(state, context).state);
      route();
    })
    .catch((error: unknown) => {
      builderSection.hidden = false;
      summary.replaceChildren(bi('문제를 불러오지 못했습니다', 'Could not load the questions'));
      notify({ kind: 'bank-failed', detail: error instanceof Error ? error.message : String(error) });
    });
}
