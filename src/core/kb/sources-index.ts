/**
 * Which notes and questions rest on which page: every source URL of a knowledge base (frontmatter
 * `sources:`, the author's sources sections and other links of the notes), with the notes that
 * cite it and their questions, for `emr-prep sources` — when AWS changes a page, what to re-read.
 */
import { normaliseUrl } from '../notes/parse-note.ts';
import type { KnowledgeBase } from './schema.ts';

/** One source URL and what rests on it. */
export interface SourceUse {
  url: string;
  /** A title given for it (frontmatter or link text), or null. */
  title: string | null;
  /** The oldest `checked:` date among the notes that list it in `sources:`, or null if none does. */
  checked: string | null;
  /** The notes that cite it: slug, file, how (frontmatter, sources section, a link in the text), checked date. */
  notes: Array<{ slug: string; file: string; origin: 'frontmatter' | 'section' | 'body'; checked: string | null }>;
  /** Ids of the questions of those notes. */
  questions: string[];
}

/** Every source URL of the knowledge base, sorted by URL. */
export function sourcesIndex(kb: Pick<KnowledgeBase, 'notes'>): SourceUse[] {
  const byUrl = new Map<string, SourceUse>();
  for (const note of kb.notes) {
    for (const ref of note.references) {
      const key = normaliseUrl(ref.url);
      let use = byUrl.get(key);
      if (!use) byUrl.set(key, (use = { url: ref.url, title: null, checked: null, notes: [], questions: [] }));
      use.title ??= ref.title;
      if (ref.checked && (use.checked === null || ref.checked < use.checked)) use.checked = ref.checked;
      use.notes.push({ slug: note.slug, file: note.file, origin: ref.origin, checked: ref.checked });
      use.questions.push(...note.questions);
    }
  }
  return [...byUrl.values()].sort((a, b) => a.url.localeCompare(b.url));
}
