/**
 * What an incremental rebuild (src/site/incremental/rebuild.ts, `emr-prep build --incremental`)
 * keeps from the last full `astro build`: per note a digest of everything parsed from it, the digest
 * of its "shape" — every field another page, or the note page outside its rendered Markdown, could
 * show — and the rendered fragments the note page inserts verbatim (the body, the key point, the
 * questions' stems, options and explanations), so the next run can find them in the page and put
 * the new ones in their place.
 *
 * A note whose shape is unchanged changed only inside those fragments, in text the search index,
 * the quiz bank and the calculator's scenario list (all regenerated in full) also hold. Anything
 * else — title, tags, aliases, links, the key point's plain text (other pages list it), a heading,
 * a question's id, key or option count, the language of its text — changes the shape, and the
 * rebuild falls back to `astro build`.
 */
import { createHash } from 'node:crypto';
import { contentLang } from '../../i18n/lang.ts';
import type { KnowledgeBase } from '../../core/kb/schema.ts';
import type { Note } from '../../core/notes/schema.ts';
import type { Question } from '../../core/questions/schema.ts';

/** Version of {@link BuildState}; a state of another version is never used. */
export const BUILD_STATE_VERSION = 1;

/** The fragments of one question, in page order (stem, then each option's text and explanation). */
export interface QuestionFragments {
  id: string;
  stemHtml: string;
  options: Array<{ letter: string; keyed: boolean; html: string; explanationHtml: string | null }>;
}

/** One note as the rebuild compares it. */
export interface NoteState {
  /** sha-1 of the parsed note and its questions (any edit changes it). */
  digest: string;
  /** sha-1 of {@link noteShape}. */
  shape: string;
  summaryHtml: string | null;
  html: string;
  questions: QuestionFragments[];
}

/** What a full build leaves for the next incremental one. */
export interface BuildState {
  version: typeof BUILD_STATE_VERSION;
  /** What the build was made of: code, configuration, content and output folders (src/site/incremental/fingerprint.ts). */
  fingerprint: string;
  /** Astro's `base` of the build (`/`, `/emr-prep/`). */
  base: string;
  /** Astro's `site` of the build, or null. */
  site: string | null;
  /** sha-1 of the knowledge base outside its notes and questions (tags, glossary, exams, scenarios). */
  global: string;
  /** md5 of the output folder's sw.js when the state was written (the folder must not have changed since). */
  serviceWorker: string;
  notes: Record<string, NoteState>;
}

/** sha-1 hex of a value's JSON. */
export function digestOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex');
}

/**
 * A question without what the note page inserts verbatim and what only the bank, the search index
 * or the dev server show (its line, plain-text explanation): its id, key, option letters, whether
 * each option has an explanation, the page's language attribute of its text, its tags, scenario …
 */
function questionShape(q: Question): unknown {
  const { stemHtml: _s, stem, line: _l, options, ...rest } = q;
  return {
    ...rest,
    lang: contentLang(`${stem} ${options.map((o) => o.text).join(' ')}`),
    options: options.map(({ html: _h, text: _t, explanation: _e, explanationHtml, line: _ol, ...o }) => ({
      ...o,
      explained: explanationHtml !== null && explanationHtml !== '',
    })),
  };
}

/**
 * A note without its rendered Markdown: everything the pages use (title, tags, summary, dates,
 * references, related notes, backlinks…), the headings its table of contents lists, the language
 * attribute of its body, and — when it has no key point — its plain text, which the page's meta
 * description is made from. Line and column numbers are left out (an added sentence shifts them;
 * only the dev server shows them).
 */
export function noteShape(note: Note, questions: readonly Question[]): unknown {
  const { html, summaryHtml, text, sections, links, references, ...rest } = note;
  return {
    ...rest,
    hasBody: html.trim() !== '',
    hasKeyPoint: Boolean(summaryHtml),
    bodyLang: contentLang(`${note.summary ?? ''} ${text}`),
    text: note.summary ? null : text,
    toc: sections
      .filter((s) => s.depth >= 2 && s.depth <= 3 && html.includes(` id="${s.id}"`))
      .map((s) => ({ id: s.id, depth: s.depth, heading: s.heading })),
    sections: sections.map(({ line: _l, ...s }) => s),
    links: links.map(({ line: _l, column: _c, ...l }) => l),
    references: references.map(({ line: _l, ...r }) => r),
    questions: questions.map(questionShape),
  };
}

/** The questions of each note, in the note's order. */
export function questionsByNote(kb: KnowledgeBase): Map<string, Question[]> {
  const byId = new Map(kb.questions.map((q) => [q.id, q]));
  return new Map(kb.notes.map((n) => [n.slug, n.questions.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined)]));
}

/** The per-note state of a knowledge base. */
export function noteStates(kb: KnowledgeBase): Record<string, NoteState> {
  const byNote = questionsByNote(kb);
  const out: Record<string, NoteState> = {};
  for (const note of kb.notes) {
    const questions = byNote.get(note.slug) ?? [];
    out[note.slug] = {
      digest: digestOf({ note, questions }),
      shape: digestOf(noteShape(note, questions)),
      summaryHtml: note.summaryHtml,
      html: note.html,
      questions: questions.map((q) => ({
        id: q.id,
        stemHtml: q.stemHtml,
        options: q.options.map((o) => ({
          letter: o.letter,
          keyed: q.answer.includes(o.letter),
          html: o.html,
          explanationHtml: o.explanationHtml,
        })),
      })),
    };
  }
  return out;
}

/**
 * The digest of the knowledge base outside its notes: tags (with their note and question lists),
 * glossary, exams, scenarios (without their lines), and the questions that belong to no published
 * note. Diagnostics are left out (their lines shift; a build with errors is never incremental).
 */
export function globalDigest(kb: KnowledgeBase): string {
  const published = new Set(kb.notes.flatMap((n) => n.questions));
  return digestOf({
    tags: kb.tags,
    glossary: kb.glossary,
    exams: kb.exams,
    // A scenario's line shifts when text is added above it; only the dev server shows it.
    scenarios: kb.scenarios.map(({ line: _l, ...sc }) => sc),
    orphanQuestions: kb.questions.filter((q) => !published.has(q.id)).map((q) => q.id),
    order: kb.notes.map((n) => n.slug),
  });
}
