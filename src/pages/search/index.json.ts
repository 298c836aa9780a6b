/**
 * `/search/index.json`: the search manifest (term dictionary, file map, tags), fetched when search
 * first opens. Shape: `SearchManifest` in `src/core/search/format.ts`.
 */
import type { APIRoute } from 'astro';
import { json, siteSearchIndex } from '../../components/search/search-index.ts';

export const GET: APIRoute = async () => json((await siteSearchIndex()).manifest);
