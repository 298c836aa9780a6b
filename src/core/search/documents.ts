/**
 * What search indexes: one {@link SearchEntry} per note, per question stem and per tag, each with
 * the texts of its fields. Built from the knowledge base at build time; the fields rank as
 * {@link FIELD_WEIGHTS} says (aliases rank like titles, as the issue asks).
 */
import type { Tag } from '../graph/schema.ts';
// Types only: the glossary schema module imports zod, which must stay out of the search code bundle.
import type { GlossaryEntry } from '../glossary/schema.ts';
import type { SearchConcept } from './concepts.ts';
import type { Note } from '../notes/schema.ts';
import type { Question } from '../questions/schema.ts';

/** What a search result is. `alias` is not an entry kind: it is a note found through one of its aliases. */
export type EntryKind = 'note' | 'question' | 'tag' | 'glossary';

/**
 * The fields of an entry, best first. A term found in several fields of one entry counts in the
 * best one. Index = field class stored in the postings (0–6, three bits).
 */
export const FIELDS = ['title', 'alias', 'tag', 'keyPoint', 'heading', 'stem', 'body'] as const;
/** A field of an entry (see {@link FIELDS}). */
export type Field = (typeof FIELDS)[number];

/**
 * Weight of a match in each field (dimensionless, title = 1). Aliases rank like titles; a tag
 * (path or label) nearly so; the key point, headings and question stems above body text.
 */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = {
  title: 1,
  alias: 1,
  tag: 0.8,
  keyPoint: 0.6,
  heading: 0.55,
  stem: 0.5,
  body: 0.3,
};

/** One searchable thing: a note, a question (by its stem) or a tag. */
export interface SearchEntry {
  kind: EntryKind;
  /** Site-absolute URL of the result (`/notes/<slug>/`, `/notes/<slug>/#q-<id>`, `/tags/<path>/`). */
  href: string;
  /** Title shown: the note's title, the question's note title, the tag's label. */
  title: string;
  /** Tag paths as written on the note (a question carries its note's); a tag entry carries its own path. */
  tags: string[];
  /** Texts per field; an entry has only the fields that apply to its kind. */
  fields: Partial<Record<Field, string[]>>;
}

/** Builds the URLs of results; the site passes its own link helpers (see `src/components/links.ts`). */
export interface EntryUrls {
  note(slug: string): string;
  question(noteSlug: string, questionId: string): string;
  tag(path: string): string;
  /** A glossary term on the glossary page (`/glossary/#<id>`). */
  glossary?(id: string): string;
}

/** What {@link searchEntriesFromKnowledgeBase} reads from the knowledge base. */
export interface SearchSource {
  notes: ReadonlyArray<Pick<Note, 'slug' | 'title' | 'aliases' | 'tags' | 'summary' | 'sections' | 'html' | 'questions'>>;
  questions: ReadonlyArray<Pick<Question, 'id' | 'note' | 'stem'>>;
  tags: ReadonlyArray<Pick<Tag, 'path' | 'label' | 'description'>>;
  /** The glossary (optional): each term becomes an entry of kind `glossary`. */
  glossary?: ReadonlyArray<Pick<GlossaryEntry, 'id' | 'en' | 'ko' | 'spellings' | 'definition' | 'tags'>>;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The plain text of sanitized HTML (the core's rendered note body), with a line break at every
 * block and a space between table cells and list items — unlike the Markdown plain text, which
 * glues table cells together (`제약출처Apache`), so snippets read well and words stay apart.
 * Character references are decoded. Not an HTML parser for arbitrary input: it expects the
 * core's sanitized output (no comments, scripts or CDATA).
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|blockquote|pre|section|details|summary|dt|dd|dl|hr|br)\b[^>]*>/gi, '\n')
    .replace(/<(?:td|th)\b[^>]*>/gi, ' · ')
    .replace(/<\/(?:td|th)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));/gi,
      (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
        if (hex) return String.fromCodePoint(parseInt(hex, 16));
        if (dec) return String.fromCodePoint(parseInt(dec, 10));
        return ENTITY[name!.toLowerCase()] ?? whole;
      },
    )
    .replace(/(?:\s*·\s*)+\n/g, '\n')
    .replace(/\n\s*·\s*/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Searchable words of a tag path: its segments with `-` as a space (`instance/spot-instances` → `instance spot instances`). */
function pathWords(path: string): string {
  return path.replace(/[/-]/g, ' ');
}

/**
 * The search entries of a knowledge base: every note, then its questions, then every tag, then
 * every glossary term.
 *
 * A note indexes its title, aliases, tags (path words and Korean/English labels), key point,
 * headings and body (the rendered body as text: it excludes the title, key point and question
 * blocks). A question indexes its stem. A tag indexes its labels, path and description.
 *
 * @param source notes, questions and tags of the knowledge base (only published questions).
 * @param urls builds result URLs.
 */
export function searchEntriesFromKnowledgeBase(source: SearchSource, urls: EntryUrls): SearchEntry[] {
  const tagsByPath = new Map(source.tags.map((t) => [t.path, t]));
  const questionsById = new Map(source.questions.map((q) => [q.id, q]));
  const tagWords = (path: string): string => {
    const tag = tagsByPath.get(path);
    return tag ? `${pathWords(path)} ${tag.label.ko} ${tag.label.en}` : pathWords(path);
  };
  const entries: SearchEntry[] = [];
  for (const note of source.notes) {
    entries.push({
      kind: 'note',
      href: urls.note(note.slug),
      title: note.title,
      tags: [...note.tags],
      fields: {
        title: [note.title],
        alias: [...note.aliases],
        tag: note.tags.map(tagWords),
        keyPoint: note.summary ? [note.summary] : [],
        heading: note.sections.filter((s) => s.depth > 1 && s.kind === 'other').map((s) => s.heading),
        body: [htmlToText(note.html)],
      },
    });
    for (const id of note.questions) {
      const question = questionsById.get(id);
      if (!question) continue;
      entries.push({
        kind: 'question',
        href: urls.question(note.slug, question.id),
        title: note.title,
        tags: [...note.tags],
        fields: { stem: [question.stem] },
      });
    }
  }
  for (const tag of source.tags) {
    const labels = tag.label.ko === tag.label.en ? [tag.label.ko] : [tag.label.ko, tag.label.en];
    entries.push({
      kind: 'tag',
      href: urls.tag(tag.path),
      title: labels.join(' · '),
      tags: [tag.path],
      fields: { title: labels, alias: [tag.path], body: [tag.description?.ko, tag.description?.en].filter((d): d is string => !!d) },
    });
  }
  for (const term of source.glossary ?? []) {
    entries.push({
      kind: 'glossary',
      href: urls.glossary ? urls.glossary(term.id) : `/glossary/#${encodeURIComponent(term.id)}`,
      title: `${term.en} · ${term.ko.join(', ')}`,
      tags: [...term.tags],
      fields: { title: [term.en, ...term.ko], alias: [...term.spellings], body: [term.definition.ko, term.definition.en] },
    });
  }
  return entries;
}

/** The glossary's terms as search concepts (id and every form), for `buildSearchIndex`'s `glossary` option. */
export function glossaryConcepts(glossary: ReadonlyArray<Pick<GlossaryEntry, 'id' | 'en' | 'ko' | 'spellings'>>): SearchConcept[] {
  return glossary.map((term) => ({ id: term.id, forms: [term.en, ...term.ko, ...term.spellings] }));
}
