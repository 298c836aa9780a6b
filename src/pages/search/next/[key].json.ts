/**
 * `/search/next/<code point>.json`: after a first key (`s` → `next/115.json`), the answers to every
 * text one more key makes (`sp`, `스`, `ㅅㅍ`), fetched when that first key is answered, so the
 * second key's results come from memory too (issue 16). Shape: `FirstKeysFile` in
 * `src/core/search/format.ts`; which keys: `src/core/search/next-keys.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, siteNextKeys } from '../../../components/search/search-index.ts';
import { nextKeyFirsts } from '../../../core/search/next-keys.ts';
import { nextKeysFile } from '../../../core/search/format.ts';

export const getStaticPaths = (() =>
  nextKeyFirsts().map((first) => ({ params: { key: String(first.codePointAt(0)) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await siteNextKeys()).get(nextKeysFile(String.fromCodePoint(Number(params.key))));
  return file ? json(file) : new Response(null, { status: 404 });
};
