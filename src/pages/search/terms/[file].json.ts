/**
 * `/search/terms/<build>-<n>.json`: one shard of the search term dictionary with its postings,
 * fetched by a query that looks up one of its terms. Shape: `TermShard` in
 * `src/core/search/format.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, siteSearchIndex } from '../../../components/search/search-index.ts';
import type { TermShard } from '../../../core/search/format.ts';

export const getStaticPaths = (async () => {
  const { manifest, termShards } = await siteSearchIndex();
  return termShards.map((shard, n) => ({ params: { file: `${manifest.build}-${n}` }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json((props as { shard: TermShard }).shard);
