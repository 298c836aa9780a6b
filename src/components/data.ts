/**
 * Typed access to the knowledge base (src/site/kb-loader.ts). The pages read the knowledge base
 * itself, not Astro's content collection, which holds only a slim entry per note for change
 * detection (issue 7): `getCollection` deep-copies every entry on each call (O(N) per page, O(N²) per
 * build), and full entries would make Astro's data store, which Vite bundles as a module, tens of
 * megabytes. Each list is sorted once per knowledge base (once per build; again in dev after a
 * content change); callers get a fresh array (sorting it is safe) of shared objects (do not
 * mutate them).
 */
import { currentKnowledgeBase } from '../site/kb-loader.ts';
import type { KnowledgeBase } from '../core/kb/schema.ts';
import type { Note } from '../core/notes/schema.ts';
import type { Question } from '../core/questions/schema.ts';
import type { Tag } from '../core/graph/schema.ts';
import type { ExamBlueprint } from '../core/exams/schema.ts';
import type { GlossaryEntry } from '../core/glossary/schema.ts';
import { siteSummary as summarize, type SiteSummary } from '../site/summary.ts';

const koreanCollator = new Intl.Collator('ko');

interface Views {
  notes: Note[];
  tags: Tag[];
  summary: SiteSummary;
}
const views = new WeakMap<KnowledgeBase, Views>();

async function view(): Promise<{ kb: KnowledgeBase; views: Views }> {
  const kb = await currentKnowledgeBase();
  let v = views.get(kb);
  if (!v) {
    v = {
      notes: [...kb.notes].sort((a, b) => koreanCollator.compare(a.title, b.title)),
      tags: [...kb.tags].sort((a, b) => a.path.localeCompare(b.path)),
      summary: summarize(kb),
    };
    views.set(kb, v);
  }
  return { kb, views: v };
}

/** Every published note, sorted by title (Korean collation). */
export async function allNotes(): Promise<Note[]> {
  return [...(await view()).views.notes];
}

/** Every published question. */
export async function allQuestions(): Promise<Question[]> {
  return [...(await view()).kb.questions];
}

/** Every tag of the hierarchy (registered or not), sorted by path. */
export async function allTags(): Promise<Tag[]> {
  return [...(await view()).views.tags];
}

/** Every published mock-exam blueprint (`exams/<id>.yml`), sorted by id. */
export async function allExams(): Promise<ExamBlueprint[]> {
  return [...(await view()).kb.exams];
}

/** The glossary's terms, sorted by English term. */
export async function allGlossary(): Promise<GlossaryEntry[]> {
  return [...(await view()).kb.glossary];
}

/** The site summary (counts, namespaces, recent notes). */
export async function siteSummary(): Promise<SiteSummary> {
  return (await view()).views.summary;
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
      order: Number.MAX_SAFE_INTEGER,
    }
  );
}

/** A tag's label in both languages as the site shows it: an empty English label falls back to the Korean one. */
export function displayLabel(tag: Pick<Tag, 'label'>): { ko: string; en: string } {
  const { ko, en } = tag.label;
  return { ko, en: en.trim() === '' ? ko : en };
}

/** The ancestors of a tag path, outermost first, ending with the path itself (`a`, `a/b`, `a/b/c`). */
export { tagAncestors as tagLineage } from '../core/tags/tag-path.ts';
