/**
 * `/search/index.json`: the search manifest (term dictionary, file map, tags), fetched when search
 * first opens. Shape: `SearchManifest` in `src/core/search/format.ts`. The index's shards
 * (`/search/{entries,terms,typo,phonetic,choseong}/<build>-<n>.json`) are not routes: this route
 * publishes them, from the same index, and the data-files integration (src/site/data-files.ts)
 * writes them after the build.
 */
import type { APIRoute } from 'astro';
import { forgetSiteSearchIndex, json, siteSearchIndex } from '../../components/search/search-index.ts';
import { searchShardFiles } from '../../components/data-file-sets.ts';
import { publishDataFiles } from '../../site/data-files.ts';

export const GET: APIRoute = async () => {
  const index = await siteSearchIndex();
  publishDataFiles('search index shards (search/)', () => searchShardFiles(index), forgetSiteSearchIndex);
  return json(index.manifest);
};
