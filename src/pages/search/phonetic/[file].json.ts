/**
 * `/search/phonetic/<build>-<n>.json`: one shard of the romanisation fallback (Latin and Hangul
 * terms by consonant skeleton: `kns` → `kinesis`, `키네시스`), fetched by a query word the
 * glossary does not know. Shape: `PhoneticShard` in `src/core/search/format.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, siteSearchIndex } from '../../../components/search/search-index.ts';
import type { PhoneticShard } from '../../../core/search/format.ts';

export const getStaticPaths = (async () => {
  const { manifest, phoneticShards } = await siteSearchIndex();
  return phoneticShards.map((shard, n) => ({ params: { file: `${manifest.build}-${n}` }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json((props as { shard: PhoneticShard }).shard);
