/**
 * The site's many-file data sets as files (paths relative to the site's root): the quiz bank's
 * shards and the search index's shards. Their manifests are routes (`/quiz/bank.json`,
 * `/search/index.json`), which publish these files for the build; `astro dev` serves them through
 * {@link devDataFile}. See src/site/data-files.ts for why they are not routes.
 */
import type { BankFiles } from '../islands/quiz/bank-payload.ts';
import { buildRandomPacks } from '../islands/quiz/bank-packs.ts';
import type { SearchIndexFiles } from '../core/search/build.ts';
import type { DataFile } from '../site/data-files.ts';
import { siteQuizBank } from './quiz-bank.ts';
import { siteSearchIndex } from './search/search-index.ts';
import { buildFirstKeys, buildNextKeys } from '../core/search/first-keys.ts';
import { nextKeyFirsts } from '../core/search/next-keys.ts';
import { FIRST_KEYS_FILE, nextKeysFile } from '../core/search/format.ts';
import { questionsWithScenario, scenarioQuestions } from './calculator/scenario-index.ts';
import { SCENARIOS_FORMAT, SCENARIOS_VERSION, type ScenariosPayload } from '../islands/calculator/scenario-payload.ts';

/**
 * The quiz bank's files besides its manifest: `/quiz/bank/<k>.json` for every note with questions
 * (`k` = the note's index in the manifest), then the random-quiz packs `/quiz/pack/<k>.json`
 * (src/islands/quiz/bank-packs.ts). Each body is serialized when the file is asked for (one at a
 * time in a build, see src/site/data-files.ts).
 */
export function* bankDataFiles(bank: BankFiles): Generator<DataFile> {
  for (const [k, shard] of bank.shards.entries()) if (shard) yield { path: `quiz/bank/${k}.json`, body: JSON.stringify(shard) };
  for (const [k, pack] of buildRandomPacks(bank).entries()) yield { path: `quiz/pack/${k}.json`, body: JSON.stringify(pack) };
}

/**
 * `/search/<kind>/<build>-<n>.json` for every shard of the index, in the order the routes emitted
 * them (entries, terms, typo, phonetic, choseong; `n` ascending). Each body is serialized when the
 * file is asked for.
 */
export function* searchShardFiles(index: SearchIndexFiles): Generator<DataFile> {
  const { build } = index.manifest;
  const kinds: [string, readonly unknown[]][] = [
    ['entries', index.chunks],
    ['terms', index.termShards],
    ['typo', index.typoLists],
    ['phonetic', index.phoneticShards],
    ['choseong', index.choseongShards],
  ];
  for (const [kind, shards] of kinds)
    for (const [n, shard] of shards.entries()) yield { path: `search/${kind}/${build}-${n}.json`, body: JSON.stringify(shard) };
}

/** The body of one data file of the current content (dev server), or null when there is none at `path`. */
export async function devDataFile(path: string): Promise<string | null> {
  const sets = path.startsWith('quiz/') ? bankDataFiles(await siteQuizBank()) : searchShardFiles(await siteSearchIndex());
  for (const f of sets) if (f.path === path) return f.body;
  return null;
}

/** The body of `/calculator/scenarios.json` (every cluster-configuration question with its parsed scenario). */
export async function calculatorScenariosJson(): Promise<string> {
  const payload: ScenariosPayload = { format: SCENARIOS_FORMAT, version: SCENARIOS_VERSION, questions: await scenarioQuestions() };
  return JSON.stringify(payload);
}

/** The body of `/calculator/scenario-ids.json` (the ids of the questions with a scenario, sorted). */
export async function calculatorScenarioIdsJson(): Promise<string> {
  return JSON.stringify({ ids: [...(await questionsWithScenario())].sort() });
}

/**
 * `/search/first.json` and `/search/next/<code point>.json` (the answers of the first and second
 * keystroke), as their routes write them (src/pages/search/first.json.ts, next/[key].json.ts).
 */
async function searchKeyFiles(index: SearchIndexFiles): Promise<DataFile[]> {
  // From this index (the routes' siteFirstKeys/siteNextKeys build it again per call in a dev server).
  const [first, next] = await Promise.all([buildFirstKeys(index), buildNextKeys(index)]);
  const files: DataFile[] = [{ path: `search/${FIRST_KEYS_FILE}`, body: JSON.stringify(first) }];
  for (const key of nextKeyFirsts()) {
    const name = nextKeysFile(key);
    const file = next.get(name);
    if (file) files.push({ path: `search/${name}`, body: JSON.stringify(file) });
  }
  return files;
}

/**
 * Every content-derived data file of the site with its body: the search index (manifest, shards,
 * first- and second-keystroke answers), the quiz bank (manifest and shards) and the calculator's
 * scenario lists — what an incremental rebuild regenerates in full (src/site/incremental/rebuild.ts).
 * A route that derives a file from the content must be listed here too (the incremental test
 * compares a rebuild with a clean build file by file).
 */
export async function contentDataFiles(): Promise<DataFile[]> {
  const [index, bank] = await Promise.all([siteSearchIndex(), siteQuizBank()]);
  return [
    { path: 'search/index.json', body: JSON.stringify(index.manifest) },
    ...(await searchKeyFiles(index)),
    ...searchShardFiles(index),
    { path: 'quiz/bank.json', body: JSON.stringify(bank.manifest) },
    ...bankDataFiles(bank),
    { path: 'calculator/scenarios.json', body: await calculatorScenariosJson() },
    { path: 'calculator/scenario-ids.json', body: await calculatorScenarioIdsJson() },
  ];
}
