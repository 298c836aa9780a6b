/**
 * `/search/typo/<build>-<n>.json`: the terms of one typo key (first letter or initial consonant,
 * or second), fetched only when a query word matched nothing and typo matching runs. Shape:
 * `TypoList` in `src/core/search/format.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, siteSearchIndex } from '../../../components/search/search-index.ts';
import type { TypoList } from '../../../core/search/format.ts';

export const getStaticPaths = (async () => {
  const { manifest, typoLists } = await siteSearchIndex();
  return typoLists.map((list, n) => ({ params: { file: `${manifest.build}-${n}` }, props: { list } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json((props as { list: TypoList }).list);
