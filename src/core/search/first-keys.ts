/**
 * The first-keystroke answers (`first.json`, see {@link FirstKeysFile}): at build time, the engine
 * answers every query one keystroke can type — a Latin letter in either case, a digit, the jamo of
 * a Korean keyboard's key as the IME shows it while composing (`ㅅ` on the way to `스팟`) — and the browser
 * fetches those answers with the manifest when the search launcher is hovered, focused or opened.
 * The first result list then comes from memory (issue 16: the first query waited ~100–500 ms for
 * its term shard and entry chunks at 5,000 notes).
 *
 * The second keystroke likewise ({@link buildNextKeys}): for each first key a student starts a
 * word with (a lower-case Latin letter, a Korean consonant; `next-keys.ts` `nextKeyFirsts`), the
 * engine's answers to every text one more key makes (`sp`, `스`, `ㅅㅍ`), in one file per first key
 * (`next/<code point>.json`) that the browser fetches as soon as the first key is answered. Later
 * keys come from the index files the engine prefetched for them (`SearchEngine.prefetchNext`).
 */
import { SearchEngine, type IndexLoader, type SearchHit } from './engine.ts';
import { nextKeyFirsts, secondKeys } from './next-keys.ts';
import {
  choseongShardFile,
  chunkFile,
  MANIFEST_FILE,
  nextKeysFile,
  phoneticShardFile,
  termShardFile,
  typoListFile,
  type FirstKeyAnswer,
  type FirstKeysFile,
} from './format.ts';
import type { SearchIndexFiles } from './build.ts';

/** Hits per stored answer: the search dialog shows 10 (the /search/ page's 50 come from the engine). */
export const FIRST_KEYS_LIMIT = 10;
/** Snippet width of the stored answers: the engine's default. */
export const FIRST_KEYS_SNIPPET_WIDTH = 160;

/**
 * The Hangul jamo of the keys of the standard Korean keyboard (두벌식, KS X 5002), with Shift: what
 * a Korean IME shows after the first key (`ㅅ` on the way to `스팟`). Compound finals (`ㄳ`) and
 * compound vowels (`ㅘ`) take two keys, so they are never a first keystroke.
 */
export const KOREAN_KEY_JAMO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ';

/** Every query a first keystroke can type: `a`–`z`, `A`–`Z`, `0`–`9` and {@link KOREAN_KEY_JAMO}. */
export function firstKeys(): string[] {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
  return [...range(0x61, 0x7a), ...range(0x41, 0x5a), ...range(0x30, 0x39), ...KOREAN_KEY_JAMO];
}

/** A loader over index files held in memory (the build's own objects; nothing is fetched). */
export function filesLoader(files: SearchIndexFiles): IndexLoader {
  const b = files.manifest.build;
  const byPath = new Map<string, unknown>([[MANIFEST_FILE, files.manifest]]);
  files.termShards.forEach((s, n) => byPath.set(termShardFile(b, n), s));
  files.choseongShards.forEach((s, n) => byPath.set(choseongShardFile(b, n), s));
  files.typoLists.forEach((s, n) => byPath.set(typoListFile(b, n), s));
  files.phoneticShards.forEach((s, n) => byPath.set(phoneticShardFile(b, n), s));
  files.chunks.forEach((s, n) => byPath.set(chunkFile(b, n), s));
  return async (path) => {
    const value = byPath.get(path);
    if (value === undefined) throw new Error(`the search index has no file ${path}`);
    return value;
  };
}

/** The engine's answers to some queries, each distinct answer kept once (see {@link FirstKeysFile}). */
async function storedAnswers(engine: SearchEngine, files: SearchIndexFiles, queries: readonly string[]): Promise<FirstKeysFile<SearchHit>> {
  const keys: Record<string, number> = {};
  const answers: FirstKeyAnswer<SearchHit>[] = [];
  const seen = new Map<string, number>();
  for (const key of queries) {
    const r = await engine.search(key, { limit: FIRST_KEYS_LIMIT, snippetWidth: FIRST_KEYS_SNIPPET_WIDTH });
    const answer: FirstKeyAnswer<SearchHit> = {
      hits: r.hits,
      total: r.total,
      unknownTags: r.unknownTags,
      unmatchedWords: r.unmatchedWords,
    };
    const text = JSON.stringify(answer);
    let n = seen.get(text);
    if (n === undefined) {
      seen.set(text, (n = answers.length));
      answers.push(answer);
    }
    keys[key] = n;
  }
  const { format, version, build } = files.manifest;
  return { format, version, build, limit: FIRST_KEYS_LIMIT, snippetWidth: FIRST_KEYS_SNIPPET_WIDTH, keys, answers };
}

/**
 * Answers every {@link firstKeys} query with the engine over the built files, keeping each
 * distinct answer once. Deterministic: the same files give the same answers.
 *
 * @throws {Error} when the files are inconsistent (a file the manifest names is missing).
 */
export async function buildFirstKeys(files: SearchIndexFiles): Promise<FirstKeysFile<SearchHit>> {
  return storedAnswers(await SearchEngine.open(filesLoader(files)), files, firstKeys());
}

/**
 * The second-keystroke answers (issue 16): for each of {@link nextKeyFirsts}, the engine's answers
 * to its {@link secondKeys}, by path (`next/<code point>.json`, see `nextKeysFile`). The browser
 * fetches a first key's file as soon as that key is answered (from `first.json`), so the second
 * key — the first that shows results in English — is answered from memory too. About 1,600
 * queries: ~1.1 s at 1,000 notes, ~1.4 s at 5,000 (generated corpus, this machine).
 *
 * @throws {Error} when the files are inconsistent (a file the manifest names is missing).
 */
export async function buildNextKeys(files: SearchIndexFiles): Promise<Map<string, FirstKeysFile<SearchHit>>> {
  const engine = await SearchEngine.open(filesLoader(files));
  const out = new Map<string, FirstKeysFile<SearchHit>>();
  for (const first of nextKeyFirsts()) out.set(nextKeysFile(first), await storedAnswers(engine, files, secondKeys(first)));
  return out;
}
