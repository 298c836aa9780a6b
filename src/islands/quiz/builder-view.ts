/**
 * The quiz builder form (view of the `builder` state): filled from the URL (`parseQuizSpec`),
 * keeps the URL in step with the form (`quizSpecToSearchParams`, `history.replaceState`), lists
 * what the link got wrong and previews how many questions match.
 */
import { formatDuration } from '../../core/quiz/deadline.ts';
import type { QuizSource, QuizState } from '../../core/quiz/model.ts';
import { parseQuizSpec, quizSpecToSearchParams, resolveTimeLimitMs, type QuizSpec, type SpecIssue } from '../../core/quiz/spec.ts';
import type { LoadedBank } from './bank-client.ts';
import { describeSource, modeLabel } from './describe.ts';
import { byId, h, percent } from '../shared/dom.ts';
import { packSelection, previewFor, type SelectionOutcome } from './quiz-start.ts';
import { textIn, tr } from './text.ts';
import { withBase } from '../../components/links.ts';

/** What the builder reads besides the form: the bank (null while loading), the stored state and the time. */
export interface BuilderDeps {
  loaded: () => LoadedBank | null;
  state: () => QuizState;
  now: () => number;
}

/** An extra checkbox for a tag or note the link names but the form does not list. */
function extraBox(name: 'tags' | 'notes', value: string, i: number, note: string): HTMLElement {
  const id = `quiz-extra-${name === 'tags' ? 'tag' : 'note'}-${i}`;
  return h(
    'li',
    { class: 'quiz-check' },
    h('input', { type: 'checkbox', name, value, id, checked: true }),
    h('label', { for: id }, h('code', {}, value), ' ', h('span', { class: 'muted' }, note)),
  );
}

/** The builder form of /quiz/. */
export class QuizBuilder {
  readonly form = byId<HTMLFormElement>('quiz-form');
  readonly startButton = byId<HTMLButtonElement>('quiz-start');
  private readonly summary = byId('quiz-summary');
  private readonly issuesList = byId('quiz-spec-issues');
  private readonly shareLink = byId<HTMLAnchorElement>('quiz-share');
  private readonly sourceNote = byId('quiz-source-note');
  private readonly topics = byId<HTMLFieldSetElement>('quiz-topics');
  private readonly extraTags = byId('quiz-extra-tags');
  private readonly notesGroup = byId<HTMLDetailsElement>('quiz-notes');
  private readonly noteList = byId('quiz-note-list');
  /** The quiz link's card at the top of the page (src/pages/quiz/index.astro): what Start will run, and a Start. */
  readonly linkStart = byId<HTMLButtonElement>('quiz-link-start');
  private readonly linkSource = byId('quiz-link-source');
  private readonly linkSummary = byId('quiz-link-summary');
  /** Retry or due source from the URL (the topic checkboxes do not apply then). */
  private sourceOverride: QuizSource | null = null;
  /** The notes' checkboxes are drawn (from the bank, on demand: {@link QuizBuilder.drawNotes}). */
  private notesDrawn = false;
  /** Notes chosen (by the link) while their checkboxes are not drawn yet. */
  private pendingNotes: string[] = [];

  constructor(private readonly deps: BuilderDeps) {
    this.notesGroup.addEventListener('toggle', () => {
      if (this.notesGroup.open) this.drawNotes();
    });
  }

  /**
   * Draws the checkbox of every note that holds questions, by title, once the bank is loaded and
   * the notes' group is open or the link names notes (the page's HTML does not list them: at
   * 1,000 notes that list was 292 KB parsed on every visit, issue 11).
   */
  private drawNotes(): void {
    const loaded = this.deps.loaded();
    if (this.notesDrawn || !loaded) return;
    this.notesDrawn = true;
    const counts = new Map<string, number>();
    for (const q of loaded.index.values()) counts.set(q.note, (counts.get(q.note) ?? 0) + 1);
    const wanted = new Set(this.pendingNotes);
    const rows = [...counts]
      .map(([slug, count]) => ({ slug, count, title: loaded.notes[slug] ?? slug }))
      .sort((a, b) => a.title.localeCompare(b.title, 'ko') || (a.slug < b.slug ? -1 : 1));
    this.noteList.replaceChildren(
      ...rows.map(({ slug, title, count }) => {
        const id = `quiz-note-${slug}`;
        return h(
          'li',
          { class: 'quiz-check' },
          h('input', { type: 'checkbox', name: 'notes', value: slug, id, checked: wanted.has(slug) }),
          h('label', { for: id }, `${title} `, h('span', { class: 'quiz-count' }, `${count}`)),
        );
      }),
    );
    const unknown = this.pendingNotes.filter((n) => !counts.has(n));
    this.pendingNotes = [];
    this.extraTags.append(...unknown.map((n, i) => extraBox('notes', n, i, tr('quiz.builder.noteFromLink'))));
    if (unknown.length > 0) this.extraTags.hidden = false;
  }

  private checkboxes(name: string): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  }

  private field(name: string): HTMLInputElement {
    return this.form.querySelector<HTMLInputElement>(`input[name="${name}"]:not([type="radio"])`)!;
  }

  /** Puts the URL's spec into the form; tags or notes the form does not list are added as extra checkboxes. */
  fill(params: URLSearchParams): void {
    const { spec } = parseQuizSpec(params);
    this.sourceOverride = spec.source.kind === 'tags' ? null : spec.source;
    if (spec.source.kind === 'tags') this.fillSource(spec.source.tags, spec.source.notes);
    for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === spec.mode;
    // Keep the raw text of the link (e.g. "45s"); an unreadable value is reported by refresh.
    for (const name of ['count', 'limit', 'pass', 'seed']) this.field(name).value = params.get(name) ?? '';
  }

  private fillSource(tags: readonly string[], notes: readonly string[]): void {
    const wanted = new Set(tags);
    for (const box of this.checkboxes('tags')) box.checked = wanted.has(box.value);
    const known = new Set(this.checkboxes('tags').map((b) => b.value));
    const extra = tags.filter((t) => !known.has(t));
    this.extraTags.replaceChildren(...extra.map((t, i) => extraBox('tags', t, i, tr('quiz.builder.fromLink'))));
    this.extraTags.hidden = extra.length === 0;
    if (!this.notesDrawn) {
      // Checked once the bank has arrived and the list is drawn; until then the link's notes stand.
      this.pendingNotes = [...notes];
      if (notes.length > 0) this.notesGroup.open = true;
      if (this.notesGroup.open) this.drawNotes();
      return;
    }
    const wantedNotes = new Set(notes);
    for (const box of this.noteList.querySelectorAll<HTMLInputElement>('input[name="notes"]')) box.checked = wantedNotes.has(box.value);
    const knownNotes = new Set(this.checkboxes('notes').map((b) => b.value));
    const extraNotes = notes.filter((n) => !knownNotes.has(n));
    this.extraTags.append(...extraNotes.map((n, i) => extraBox('notes', n, i, tr('quiz.builder.noteFromLink'))));
    this.extraTags.hidden = extra.length + extraNotes.length === 0;
    if (notes.length > 0) this.notesGroup.open = true;
  }

  /**
   * Opens the collapsed builder when the link carries builder choices (a shared quiz link, a retry,
   * "Quiz me on this"), and every topic group holding a checked tag.
   */
  openFor(params: URLSearchParams): void {
    const builder = document.getElementById('quiz-builder-details') as HTMLDetailsElement | null;
    if (builder && !params.has('attempt') && [...params.keys()].length > 0) builder.open = true;
    for (const group of this.form.querySelectorAll<HTMLDetailsElement>('details.quiz-tag-group')) {
      if (group.querySelector('input:checked')) group.open = true;
    }
  }

  /** The form's values as URL parameters (raw: validation is `parseQuizSpec`'s job). */
  params(): URLSearchParams {
    const params = new URLSearchParams();
    if (this.sourceOverride) {
      const spec: QuizSpec = {
        source: this.sourceOverride,
        count: null,
        mode: 'practice',
        timeLimit: 'default',
        passingScore: null,
        seed: null,
      };
      for (const [k, v] of quizSpecToSearchParams(spec)) params.set(k, v);
    } else {
      const checked = (name: string) =>
        this.checkboxes(name)
          .filter((b) => b.checked)
          .map((b) => b.value);
      const notes = this.notesDrawn ? checked('notes') : this.pendingNotes;
      if (checked('tags').length > 0) params.set('tags', checked('tags').join(','));
      if (notes.length > 0) params.set('notes', notes.join(','));
    }
    const mode = this.form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value;
    if (mode) params.set('mode', mode);
    for (const name of ['count', 'limit', 'pass', 'seed']) {
      const value = this.field(name).value.trim();
      if (value !== '') params.set(name, value);
    }
    return params;
  }

  /** The form's quiz spec (as {@link QuizBuilder.refresh} reads it, without redrawing anything). */
  spec(): QuizSpec {
    return parseQuizSpec(this.params()).spec;
  }

  /** Re-reads the form: URL, share link, issues and the preview line (also on the link's card). */
  refresh(updateUrl = true): { spec: QuizSpec; issues: SpecIssue[] } {
    const result = this.redraw(updateUrl);
    this.syncLinkCard(result.spec);
    return result;
  }

  /**
   * The link's card says what the builder says: the quiz's source, the preview line, and a Start
   * enabled when the builder's is (it submits the same form).
   */
  private syncLinkCard(spec: QuizSpec): void {
    this.linkSource.textContent = describeSource(spec.source, this.deps.loaded());
    this.linkSummary.replaceChildren(...[...this.summary.childNodes].map((n) => n.cloneNode(true)));
    this.linkStart.disabled = this.startButton.disabled;
  }

  private redraw(updateUrl: boolean): { spec: QuizSpec; issues: SpecIssue[] } {
    const { spec, issues } = parseQuizSpec(this.params());
    const query = quizSpecToSearchParams(spec).toString();
    const href = withBase(`/quiz/${query ? `?${query}` : ''}`);
    if (updateUrl && location.pathname + location.search !== href) history.replaceState(null, '', href);
    this.shareLink.href = href;
    this.showSource();
    const loaded = this.deps.loaded();
    if (!loaded) return { spec, issues };
    if (!loaded.complete && !packSelection(spec, null, loaded)) {
      // Only a random-quiz pack has arrived: any other quiz waits for the manifest.
      this.issuesList.hidden = true;
      this.startButton.disabled = true;
      this.summary.replaceChildren(tr('quiz.quick.loading'));
      return { spec, issues };
    }
    const outcome = previewFor(spec, loaded, this.deps.state(), this.deps.now());
    this.renderIssues(issues, outcome);
    this.renderSummary(spec, outcome);
    return { spec, issues };
  }

  private showSource(): void {
    const override = this.sourceOverride;
    this.topics.hidden = override !== null;
    this.sourceNote.hidden = override === null;
    if (!override) return;
    const loaded = this.deps.loaded();
    // A mock exam's one-line description, in the page's language, under its title.
    const description = override.kind === 'exam' ? textIn(loaded?.exams.get(override.exam)?.description ?? { ko: '', en: '' }) : '';
    this.sourceNote.replaceChildren(
      h('p', {}, h('strong', {}, describeSource(override, loaded))),
      ...(description ? [h('p', { class: 'muted', 'data-testid': 'quiz-exam-description' }, description)] : []),
      h('p', {}, h('a', { href: withBase('/quiz/') }, tr('quiz.builder.pickTopics'))),
    );
  }

  private renderIssues(issues: SpecIssue[], { selection, problem, shortfalls }: SelectionOutcome): void {
    const extra = [...(problem ? [problem] : []), ...(shortfalls ?? [])];
    if (selection && selection.unmatched.length > 0) extra.push(tr('quiz.builder.unmatched', { list: selection.unmatched.join(', ') }));
    const items = [
      ...issues.map((i) => h('li', {}, h('code', {}, `${i.param}=${i.value}`), ': ', h('span', { lang: 'en' }, i.message))),
      ...extra.map((t) => h('li', {}, t)),
    ];
    this.issuesList.replaceChildren(...items);
    this.issuesList.hidden = items.length === 0;
  }

  private limitText(spec: QuizSpec, count: number): string {
    try {
      const limit = count > 0 ? resolveTimeLimitMs(spec, count, this.deps.state().settings.msPerQuestion) : null;
      return limit === null ? tr('quiz.builder.untimed') : tr('quiz.builder.limit', { limit: formatDuration(limit) });
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  private renderSummary(spec: QuizSpec, { selection }: SelectionOutcome): void {
    const count = selection?.questionIds.length ?? 0;
    this.startButton.disabled = !selection || count === 0;
    if (!selection || count === 0) {
      this.summary.replaceChildren(tr('quiz.builder.noMatch'));
      return;
    }
    const pass = spec.passingScore ?? this.deps.state().settings.passingScore;
    const [first = '', ...rest] = tr('quiz.builder.count', { count }).split(String(count));
    this.summary.replaceChildren(
      first,
      h('strong', {}, `${count}`),
      rest.join(String(count)),
      selection.poolSize > count ? tr('quiz.builder.pool', { pool: selection.poolSize }) : '',
      selection.shortfall > 0 ? tr('quiz.builder.shortfall', { wanted: spec.count ?? count, count }) : '',
      ` — ${modeLabel(spec.mode)} — ${this.limitText(spec, count)} — ${tr('quiz.builder.pass', { pass: percent(pass) })}`,
      spec.seed ? ` — seed ${spec.seed}` : '',
    );
  }

  /** Says why a quiz could not start (no question matches, unknown attempt …). */
  showProblem(problem: string | null): void {
    this.summary.replaceChildren(problem ?? tr('quiz.builder.noMatch'));
    this.syncLinkCard(this.spec());
  }
}
