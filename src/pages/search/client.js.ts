/**
 * `/search/client.js`: the search code (dialog and /search/ page) as one ES module, imported by
 * the launcher the first time search opens. See `src/components/search/client-bundle.ts`.
 */
import type { APIRoute } from 'astro';
import { searchClientBundle } from '../../components/search/client-bundle.ts';

export const GET: APIRoute = async () =>
  new Response((await searchClientBundle()).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', ...(import.meta.env.DEV ? { 'Cache-Control': 'no-store' } : {}) },
  });
