/**
 * Search test helpers: builds the search index of a knowledge base in memory (as the site build
 * does) and opens an engine whose files are read from memory instead of fetched.
 */
import { buildSearchIndex, type BuildOptions, type SearchIndexFiles } from '../../../src/core/search/build.ts';
import { glossaryConcepts, searchEntriesFromKnowledgeBase } from '../../../src/core/search/documents.ts';
import { SearchEngine, type SearchEngineOptions } from '../../../src/core/search/engine.ts';
import {
  choseongShardFile,
  chunkFile,
  MANIFEST_FILE,
  phoneticShardFile,
  termShardFile,
  typoListFile,
} from '../../../src/core/search/format.ts';
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
  const byPath = new Map<string, string>();
  byPath.set(MANIFEST_FILE, JSON.stringify(files.manifest));
  files.termShards.forEach((s, n) => byPath.set(termShardFile(files.manifest.build, n), JSON.stringify(s)));
  files.choseongShards.forEach((s, n) => byPath.set(choseongShardFile(files.manifest.build, n), JSON.stringify(s)));
  files.typoLists.forEach((s, n) => byPath.set(typoListFile(files.manifest.build, n), JSON.stringify(s)));
  files.phoneticShards.forEach((s, n) => byPath.set(phoneticShardFile(files.manifest.build, n), JSON.stringify(s)));
  files.chunks.forEach((c, n) => byPath.set(chunkFile(files.manifest.build, n), JSON.stringify(c)));
  const fetched: string[] = [];
  const engine = await SearchEngine.open(async (path) => {
    fetched.push(path);
    const text = byPath.get(path);
    if (text === undefined) throw new Error(`no index file ${path}`);
    return JSON.parse(text) as unknown;
  }, options);
  return { engine, fetched };
}

/** `/notes/<slug>/…` → `<slug>`; null for other URLs. */
export function noteSlugOf(href: string): string | null {
  return /^\/notes\/([^/#]+)\//.exec(href)?.[1] ?? null;
}
