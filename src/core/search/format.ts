/**
 * The wire format of the search index: the files the build writes under `/search/` and the
 * browser fetches — the small manifest when search opens, then only the shards and chunks a query
 * needs. Plain JSON; every file names the build it belongs to, so a page never mixes files of two
 * builds.
 *
 * - `index.json` ({@link SearchManifest}): entry count and kinds, where each shard and chunk
 *   starts, the tag list. A few kilobytes whatever the vocabulary.
 * - `terms/<build>-<n>.json` ({@link TermShard}): a contiguous range of the sorted term
 *   dictionary with each term's postings (the entries holding it and the best field it occurs in).
 *   An exact or prefix lookup fetches one shard, rarely two.
 * - `choseong/<build>-<n>.json` ({@link ChoseongShard}): Korean terms by their initial
 *   consonants (`ㅅㅍ` → `스팟`, `수평` …), with the postings of all terms of a key merged.
 * - `typo/<build>-<n>.json` ({@link TypoList}): the terms that start like a word (same first
 *   letter or initial consonant; or same second), fetched only when a word matched nothing and
 *   typo matching runs.
 * - `entries/<build>-<n>.json` ({@link EntryChunk}): a contiguous range of entries with the texts
 *   that results and snippets show.
 *
 * Sharding is what keeps the first search small on a large corpus: shipping the whole term
 * dictionary was measured at 163 KB gzip for 5,000 generated notes (37,000 terms; bench/search.ts),
 * most of the 200 KB budget before a single posting or snippet.
 */
import type { SearchEntry } from './documents.ts';
import type { ConceptTable } from './concepts.ts';
import { choseongOf, isHangulSyllable } from './korean.ts';

/** Format name written in every file. */
export const SEARCH_FORMAT = 'emr-prep-search';
/** Format version; a client refuses files of another version. */
export const SEARCH_VERSION = 3;

/** A tag as search knows it: for `#tag` filters and for labelling results. */
export interface SearchTag {
  path: string;
  ko: string;
  en: string;
}

/** What every search file starts with. */
export interface FileHead {
  format: typeof SEARCH_FORMAT;
  version: typeof SEARCH_VERSION;
  /** Build id: 12 hex digits of SHA-256 over the index content; part of every other file's name. */
  build: string;
}

/** `index.json`: fetched once when search opens. */
export interface SearchManifest extends FileHead {
  /** Number of entries (entry ids are 0 … entries − 1). */
  entries: number;
  /** One letter per entry: `n` note, `q` question, `t` tag. */
  kinds: string;
  /**
   * First term of each term shard, ascending (UTF-16 code unit order); shard `n` holds the terms
   * from `termShards[n]` up to (not including) `termShards[n + 1]`. The first is `""`.
   */
  termShards: string[];
  /** First key of each choseong shard, ascending; the first is `""`. Empty when no term is Korean. */
  choseongShards: string[];
  /**
   * First key of each phonetic shard, ascending; the first is `""`. Empty when no term has a
   * skeleton (see `phonetic.ts`).
   */
  phoneticShards: string[];
  /** Keys of the typo lists, sorted; list `n` is `typo/<build>-<n>.json` (see {@link typoKeys}). */
  typoKeys: string[];
  /**
   * True for a small index: the browser fetches every term shard, choseong shard and entry chunk
   * once search opens, so later queries run without the network (see `SMALL_INDEX_CHARS`).
   */
  prefetch: boolean;
  /** Number of entries in each entry chunk, in order (chunk `n` starts after the entries of chunks `0 … n − 1`). */
  chunkSizes: number[];
  /** Every tag of the knowledge base, sorted by path. */
  tags: SearchTag[];
  /**
   * The glossary's terms by form key (see `concepts.ts`): query words spelling a form also match
   * the concept's term `@<id>`. No ids when the site has no glossary.
   */
  glossary: ConceptTable;
}

/** `terms/<build>-<n>.json`: one range of the term dictionary. */
export interface TermShard extends FileHead {
  /**
   * The terms, sorted, joined with `\n`. Tag-filter terms are `#<tag path>` (no token can start
   * with `#`).
   */
  terms: string;
  /** One {@link encodePostings} string per term, in the same order. */
  postings: string[];
}

/** `choseong/<build>-<n>.json`: Korean terms by initial consonants. */
export interface ChoseongShard extends FileHead {
  /** Choseong keys (`ㅅㅍ`), sorted, joined with `\n`. */
  keys: string;
  /** Per key: its terms joined with a space (`스팟 수평`). */
  terms: string[];
  /** Per key: the postings of all its terms merged (best field per entry). */
  postings: string[];
}

/**
 * `phonetic/<build>-<n>.json`: terms of both scripts by consonant skeleton (`kns` → `kinesis`,
 * `키네시스`), for the romanisation fallback (`phonetic.ts`). Per key, the Latin terms and the
 * Hangul terms with their postings merged, so a Hangul word finds the Latin terms that sound
 * like it in one request, and the other way round.
 */
export interface PhoneticShard extends FileHead {
  /** Skeletons, sorted, joined with `\n`. */
  keys: string;
  /** Per key: its Latin terms joined with a space ('' when none). */
  latin: string[];
  /** Per key: the merged postings of its Latin terms. */
  latinPostings: string[];
  /** Per key: its Hangul terms joined with a space. */
  hangul: string[];
  /** Per key: the merged postings of its Hangul terms. */
  hangulPostings: string[];
}

/** Path of a phonetic shard, relative to the search base URL. */
export function phoneticShardFile(build: string, n: number): string {
  return `phonetic/${build}-${n}.json`;
}

/** `typo/<build>-<n>.json`: the terms of one typo key, for typo matching (no postings). */
export interface TypoList extends FileHead {
  key: string;
  /** The terms, sorted, joined with `\n`. */
  terms: string;
}

/**
 * The typo keys of a term: where typo matching looks for it. A typo rarely hits the first
 * letter and the second one both, so a term is listed under its first letter (`spot` → `s`) and
 * its second (`2p`); a Korean term under the initial consonant of its first syllable (`스팟` →
 * `ㅅ`, so a wrong vowel in any syllable is found) and of its second (`2ㅍ`). Tag terms, concept
 * terms and terms of one character have none.
 */
export function typoKeys(term: string): string[] {
  const chars = [...term];
  if (chars.length < 2 || term.startsWith('#') || term.startsWith('@')) return [];
  const key = (ch: string): string => (isHangulSyllable(ch) ? choseongOf(ch) : ch);
  return [key(chars[0]!), `2${key(chars[1]!)}`];
}

/** `entries/<build>-<n>.json`: the entries `first` … `first + entries.length − 1`. */
export interface EntryChunk extends FileHead {
  first: number;
  entries: SearchEntry[];
}

/**
 * `first.json` (no build in its name: the browser fetches it together with `index.json`, before it
 * knows the build): the answers to every query a first keystroke can type, so the first result
 * list shows without waiting for a shard (issue 16). Built by `first-keys.ts` with the engine
 * itself, so an answer is exactly what the engine gives for that query.
 */
export interface FirstKeysFile<Hit = unknown> extends FileHead {
  /** Most hits of each answer (the search dialog's limit); a query asking for more is answered by the engine. */
  limit: number;
  /** Snippet width the answers were made with (the engine's default). */
  snippetWidth: number;
  /** Query text (one keystroke: `s`, `S`, `ㅅ`, `7`) → index into `answers`. */
  keys: Record<string, number>;
  /** Distinct answers (many keys share one). */
  answers: FirstKeyAnswer<Hit>[];
}

/**
 * One stored answer: a `SearchResponse` (engine.ts) without its parsed query (the engine parses the
 * key again); `Hit` is the engine's `SearchHit` (a parameter here, so the format does not import the engine).
 */
export interface FirstKeyAnswer<Hit = unknown> {
  hits: Hit[];
  total: number;
  unknownTags: string[];
  unmatchedWords: string[];
}

/** Path of the first-keystroke answers, relative to the search base URL. */
export const FIRST_KEYS_FILE = 'first.json';

/**
 * Path of the second-keystroke answers after a first key (`next/<code point>.json`, `s` →
 * `next/115.json`, `ㅅ` → `next/12613.json`), relative to the search base URL: a {@link FirstKeysFile}
 * whose keys are the texts one more key makes (`sp`, `스`, `ㅅㅍ`; see `first-keys.ts`). No build in
 * the name (the browser asks for it knowing only the key); the build inside is checked.
 */
export function nextKeysFile(firstKey: string): string {
  return `next/${firstKey.codePointAt(0) ?? 0}.json`;
}

/** Path of the manifest, relative to the search base URL (`/search/`). */
export const MANIFEST_FILE = 'index.json';

/** Path of a term shard, relative to the search base URL. */
export function termShardFile(build: string, n: number): string {
  return `terms/${build}-${n}.json`;
}

/** Path of a choseong shard, relative to the search base URL. */
export function choseongShardFile(build: string, n: number): string {
  return `choseong/${build}-${n}.json`;
}

/** Path of a typo list, relative to the search base URL. */
export function typoListFile(build: string, n: number): string {
  return `typo/${build}-${n}.json`;
}

/** Path of an entry chunk, relative to the search base URL. */
export function chunkFile(build: string, n: number): string {
  return `entries/${build}-${n}.json`;
}

/** One posting: an entry holding a term, and the best field class (index into `FIELDS`) it holds it in. */
export interface Posting {
  entry: number;
  field: number;
}

/**
 * 64 characters that need no escaping in JSON: a digit is one of 32 values (5 bits); the upper
 * 32 characters mark "more digits follow". (Exported for the index builder's own encoder.)
 */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVwxyzWXYZ-_';
const _DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

/**
 * Encodes the postings of one term (entries ascending, no duplicates) as a compact string: for
 * each posting, `(entry − previous entry) × 8 + field` (the first previous entry is −1) in base 32,
 * most significant digit first, every digit but the last taken from the upper half of the
 * alphabet. A term found in a few entries costs a few characters.
 *
 * @throws {RangeError} when entries are not strictly ascending or a field is outside 0–7.
 */
export function encodePostings(postings: readonly Posting[]): string {
  let out = '';
  let previous = -1;
  for (const { entry, field } of postings) {
    if (!Number.isInteger(entry) || entry <= previous)
      throw new RangeError(`postings must be strictly ascending by entry (got ${entry} after ${previous})`);
    if (!Number.isInteger(field) || field < 0 || field > 7) throw new RangeError(`field class must be 0–7 (got ${field})`);
    let value = (entry - previous) * 8 + field;
    previous = entry;
    const digits: number[] = [];
    do {
      digits.push(value % 32);
      value = Math.floor(value / 32);
    } while (value > 0);
    for (let i = digits.length - 1; i >= 0; i--) out += DIGITS[i === 0 ? digits[i]! : digits[i]! + 32];
  }
  return out;
}

/** Postings as two parallel typed arrays (what the engine ranks with: no object per posting). */
export interface PostingList {
  /** Entry ids, ascending. */
  entries: Int32Array;
  /** Best field class per entry. */
  fields: Uint8Array;
}

const DIGIT_TABLE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < DIGITS.length; i++) table[DIGITS.charCodeAt(i)] = i;
  return table;
})();

/**
 * Decodes {@link encodePostings} into typed arrays.
 *
 * @throws {RangeError} on a character outside the alphabet or a truncated number.
 */
export function decodePostingList(text: string): PostingList {
  let count = 0;
  for (let i = 0; i < text.length; i++) if ((DIGIT_TABLE[text.charCodeAt(i)] ?? -1) < 32) count++;
  const entries = new Int32Array(count);
  const fields = new Uint8Array(count);
  let previous = -1;
  let value = 0;
  let open = false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? DIGIT_TABLE[code]! : -1;
    if (digit < 0) throw new RangeError(`postings hold "${text[i]}", which is not a postings digit`);
    value = value * 32 + (digit & 31);
    open = digit >= 32;
    if (!open) {
      previous += Math.floor(value / 8);
      entries[n] = previous;
      fields[n] = value % 8;
      n++;
      value = 0;
    }
  }
  if (open) throw new RangeError('postings end in the middle of a number');
  return { entries, fields };
}

/** Decodes {@link encodePostings} into objects (see {@link decodePostingList} for the fast form). */
export function decodePostings(text: string): Posting[] {
  const { entries, fields } = decodePostingList(text);
  return Array.from(entries, (entry, i) => ({ entry, field: fields[i]! }));
}

/**
 * Checks that a fetched file is a search file of this format, version and build.
 *
 * @throws {Error} naming the file and what to do (reload: the site was rebuilt meanwhile).
 */
export function assertSearchFile(file: string, value: unknown, build?: string): void {
  const v = value as { format?: unknown; version?: unknown; build?: unknown } | null;
  if (!v || typeof v !== 'object' || v.format !== SEARCH_FORMAT) throw new Error(`${file} is not an emr-prep search index file`);
  if (v.version !== SEARCH_VERSION)
    throw new Error(`${file} has search format version ${String(v.version)}, this page reads version ${SEARCH_VERSION}; reload the page`);
  if (build !== undefined && v.build !== build)
    throw new Error(`${file} belongs to another build of the site (${String(v.build)}, expected ${build}); reload the page`);
}
