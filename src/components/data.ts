/**
 * Typed access to the four content collections filled by the core loader (src/site/kb-loader.ts).
 * The loaders have no zod schema, so entries are cast to the core's types here, in one place.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Note } from '../core/notes/schema.ts';
import type { Question } from '../core/questions/schema.ts';
import type { Tag } from '../core/graph/schema.ts';
import type { SiteSummary } from '../site/summary.ts';

/** Every published note, sorted by title (Korean collation). */
export async function allNotes(): Promise<Note[]> {
  const entries = await getCollection('notes');
  return entries.map((e) => e.data as Note).sort((a, b) => a.title.localeCompare(b.title, 'ko'));
}

/** Every published question. */
export async function allQuestions(): Promise<Question[]> {
  const entries = await getCollection('questions');
  return entries.map((e) => e.data as Question);
}

/** Every tag of the hierarchy (registered or not), sorted by path. */
export async function allTags(): Promise<Tag[]> {
  const entries = await getCollection('tags');
  return entries.map((e) => e.data as Tag).sort((a, b) => a.path.localeCompare(b.path));
}

/** The site summary (counts, namespaces, recent notes). */
export async function siteSummary(): Promise<SiteSummary> {
  const entry = await getEntry('site', 'summary');
  if (!entry) throw new Error('the site collection has no "summary" entry (src/site/kb-loader.ts should always add it)');
  return entry.data as SiteSummary;
}

/** Indexes items by a key. */
export function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/**
 * The tag to show for a path: the graph's tag when it exists, else a stand-in whose label is the
 * raw path (so a tag the graph does not know still renders, as the raw tag).
 */
export function tagOrRaw(tags: ReadonlyMap<string, Tag>, path: string): Tag {
  return (
    tags.get(path) ?? {
      path,
      label: { ko: path, en: path },
      description: null,
      registered: false,
      parent: null,
      children: [],
      notes: [],
      questions: [],
    }
  );
}

/** The ancestors of a tag path, outermost first, ending with the path itself (`a`, `a/b`, `a/b/c`). */
export function tagLineage(path: string): string[] {
  const segments = path.split('/');
  return segments.map((_, i) => segments.slice(0, i + 1).join('/'));
}
