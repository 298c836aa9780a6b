/**
 * Search test helpers: builds the search index of a knowledge base in memory (as the site build
 * does) and opens an engine whose files are read from memory instead of fetched.
 */
import { buildSearchIndex, type BuildOptions, type SearchIndexFiles } from '../../../src/core/search/build.ts';
import { glossaryConcepts, searchEntriesFromKnowledgeBase } from '../../../src/core/search/documents.ts';
import { SearchEngine, type SearchEngineOptions } from '../../../src/core/search/engine.ts';
import { filesLoader } from '../../../src/core/search/first-keys.ts';
import type { KnowledgeBase } from '../../../src/core/kb/schema.ts';

/** URLs as the site makes them (src/components/links.ts), without percent-encoding (test slugs are ASCII). */
export const TEST_URLS = {
  note: (slug: string) => `/notes/${slug}/`,
  question: (slug: string, id: string) => `/notes/${slug}/#q-${id}`,
  tag: (path: string) => `/tags/${path}/`,
};

/** The index files of a knowledge base. */
export function indexFiles(
  kb: Pick<KnowledgeBase, 'notes' | 'questions' | 'tags'> & Partial<Pick<KnowledgeBase, 'glossary'>>,
  options?: BuildOptions,
): SearchIndexFiles {
  const entries = searchEntriesFromKnowledgeBase(kb, TEST_URLS);
  return buildSearchIndex(
    entries,
    kb.tags.map((t) => ({ path: t.path, ko: t.label.ko, en: t.label.en })),
    { glossary: glossaryConcepts(kb.glossary ?? []), ...options },
  );
}

/** An engine over index files held in memory; `fetched` lists every file it asked for. */
export async function memoryEngine(
  files: SearchIndexFiles,
  options: SearchEngineOptions = {},
): Promise<{ engine: SearchEngine; fetched: string[] }> {
  // The build's own in-memory loader, with each file through JSON as the browser receives it.
  const inMemory = filesLoader(files);
  const fetched: string[] = [];
  const engine = await SearchEngine.open(async (path) => {
    fetched.push(path);
    return JSON.parse(JSON.stringify(await inMemory(path))) as unknown;
  }, options);
  return { engine, fetched };
}

/** `/notes/<slug>/…` → `<slug>`; null for other URLs. */
export function noteSlugOf(href: string): string | null {
  return /^\/notes\/([^/#]+)\//.exec(href)?.[1] ?? null;
}
