/**
 * `/search/first.json`: the answers to every query one keystroke can type, fetched with the
 * manifest when search warms up, so the first result list needs no shard. Shape: `FirstKeysFile`
 * in `src/core/search/format.ts`.
 */
import type { APIRoute } from 'astro';
import { json, siteFirstKeys } from '../../components/search/search-index.ts';

export const GET: APIRoute = async () => json(await siteFirstKeys());
