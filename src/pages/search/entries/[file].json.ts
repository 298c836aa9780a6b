/**
 * `/search/entries/<build>-<n>.json`: one chunk of search entries (titles, tags and the texts
 * snippets come from), fetched for the results a query shows. Shape: `EntryChunk` in
 * `src/core/search/format.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, siteSearchIndex } from '../../../components/search/search-index.ts';
import type { EntryChunk } from '../../../core/search/format.ts';

export const getStaticPaths = (async () => {
  const { manifest, chunks } = await siteSearchIndex();
  return chunks.map((chunk, n) => ({ params: { file: `${manifest.build}-${n}` }, props: { chunk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json((props as { chunk: EntryChunk }).chunk);
