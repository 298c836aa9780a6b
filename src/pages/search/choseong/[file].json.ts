/**
 * `/search/choseong/<build>-<n>.json`: one shard of the initial-consonant index (`ㅅㅍ` → `스팟`),
 * fetched by a query typed as initial consonants. Shape: `ChoseongShard` in
 * `src/core/search/format.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, siteSearchIndex } from '../../../components/search/search-index.ts';
import type { ChoseongShard } from '../../../core/search/format.ts';

export const getStaticPaths = (async () => {
  const { manifest, choseongShards } = await siteSearchIndex();
  return choseongShards.map((shard, n) => ({ params: { file: `${manifest.build}-${n}` }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json((props as { shard: ChoseongShard }).shard);
