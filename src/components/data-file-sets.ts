/**
 * The site's many-file data sets as files (paths relative to the site's root): the quiz bank's
 * shards and the search index's shards. Their manifests are routes (`/quiz/bank.json`,
 * `/search/index.json`), which publish these files for the build; `astro dev` serves them through
 * {@link devDataFile}. See src/site/data-files.ts for why they are not routes.
 */
import type { BankFiles } from '../islands/quiz/bank-payload.ts';
import type { SearchIndexFiles } from '../core/search/build.ts';
import type { DataFile } from '../site/data-files.ts';
import { siteQuizBank } from './quiz-bank.ts';
import { siteSearchIndex } from './search/search-index.ts';

/** `/quiz/bank/<k>.json` for every note with questions (`k` = the note's index in the manifest). */
export function bankShardFiles(bank: BankFiles): DataFile[] {
  return bank.shards.flatMap((shard, k) => (shard ? [{ path: `quiz/bank/${k}.json`, body: JSON.stringify(shard) }] : []));
}

/**
 * `/search/<kind>/<build>-<n>.json` for every shard of the index, in the order the routes emitted
 * them (entries, terms, typo, phonetic, choseong; `n` ascending).
 */
export function searchShardFiles(index: SearchIndexFiles): DataFile[] {
  const { build } = index.manifest;
  const files = (kind: string, shards: readonly unknown[]): DataFile[] =>
    shards.map((shard, n) => ({ path: `search/${kind}/${build}-${n}.json`, body: JSON.stringify(shard) }));
  return [
    ...files('entries', index.chunks),
    ...files('terms', index.termShards),
    ...files('typo', index.typoLists),
    ...files('phonetic', index.phoneticShards),
    ...files('choseong', index.choseongShards),
  ];
}

/** The body of one data file of the current content (dev server), or null when there is none at `path`. */
export async function devDataFile(path: string): Promise<string | null> {
  const sets = path.startsWith('quiz/') ? bankShardFiles(await siteQuizBank()) : searchShardFiles(await siteSearchIndex());
  return sets.find((f) => f.path === path)?.body ?? null;
}
