/**
 * `/quiz/bank/<k>.json`: the questions of the manifest's note `k` in full (stems, options, answer
 * keys, explanations), fetched when a quiz asks one of them. Shape: `BankShard` in
 * src/islands/quiz/bank-payload.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../../components/search/search-index.ts';
import { siteQuizBank } from '../../../components/quiz-bank.ts';
import type { BankShard } from '../../../islands/quiz/bank-payload.ts';

export const getStaticPaths = (async () => {
  const { shards } = await siteQuizBank();
  return shards.flatMap((shard, k) => (shard ? [{ params: { shard: String(k) }, props: { shard } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json((props as { shard: BankShard }).shard);
