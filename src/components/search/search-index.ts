/**
 * The site's search index: the knowledge base's notes, questions and tags (from the content
 * collections) as search entries with the site's URLs, built into index files at build time by
 * the core (`src/core/search/build.ts`). The endpoints under `src/pages/search/` emit the files.
 */
import { allGlossary, allNotes, allQuestions, allTags } from '../data.ts';
import { glossaryHref, noteHref, questionHref, tagHref } from '../links.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../../core/search/build.ts';
import { glossaryConcepts, searchEntriesFromKnowledgeBase } from '../../core/search/documents.ts';
import { buildFirstKeys, buildNextKeys } from '../../core/search/first-keys.ts';
import type { FirstKeysFile } from '../../core/search/format.ts';
import type { SearchHit } from '../../core/search/engine.ts';

let built: Promise<SearchIndexFiles> | null = null;

/**
 * Builds the search index files of the current content (deterministic: same content, same files).
 * In `astro build` it is built once and shared by the four search routes (each would otherwise
 * index every note again, issue 7); in `astro dev` it is rebuilt on every call, as content changes.
 */
export function siteSearchIndex(): Promise<SearchIndexFiles> {
  if (import.meta.env.DEV) return buildSiteSearchIndex();
  return (built ??= buildSiteSearchIndex());
}

/**
 * Lets go of the index built for this build (called once its shards are written, at the end of
 * `astro build`, so the service worker's build runs without it; issue 16 item 6). A later call of
 * {@link siteSearchIndex} builds it again.
 */
export function forgetSiteSearchIndex(): void {
  built = null;
  firstKeys = null;
  nextKeys = null;
}

let firstKeys: Promise<FirstKeysFile<SearchHit>> | null = null;

/** The first-keystroke answers of the site's index (`/search/first.json`; see `core/search/first-keys.ts`). */
export function siteFirstKeys(): Promise<FirstKeysFile<SearchHit>> {
  if (import.meta.env.DEV) return siteSearchIndex().then(buildFirstKeys);
  return (firstKeys ??= siteSearchIndex().then(buildFirstKeys));
}

let nextKeys: Promise<Map<string, FirstKeysFile<SearchHit>>> | null = null;

/**
 * The second-keystroke answers of the site's index by path (`next/<code point>.json` under
 * `/search/`; see `core/search/first-keys.ts` `buildNextKeys`).
 */
export function siteNextKeys(): Promise<Map<string, FirstKeysFile<SearchHit>>> {
  if (import.meta.env.DEV) return siteSearchIndex().then(buildNextKeys);
  return (nextKeys ??= siteSearchIndex().then(buildNextKeys));
}

async function buildSiteSearchIndex(): Promise<SearchIndexFiles> {
  const [notes, questions, tags, glossary] = await Promise.all([allNotes(), allQuestions(), allTags(), allGlossary()]);
  const entries = searchEntriesFromKnowledgeBase(
    { notes, questions, tags, glossary },
    { note: noteHref, question: questionHref, tag: tagHref, glossary: glossaryHref },
  );
  return buildSearchIndex(
    entries,
    tags.map((t) => ({ path: t.path, ko: t.label.ko, en: t.label.en })),
    { glossary: glossaryConcepts(glossary) },
  );
}

/** A JSON response. */
export function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
