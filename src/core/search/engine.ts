/**
 * The search engine that runs in the browser (and in Node for tests and the benchmark): it reads
 * the small manifest when search opens, and for each query fetches only the term shards, choseong
 * shards and entry chunks it needs (each once), ranks entries and builds result snippets. The
 * site's search also answers the first key from `first.json` and the second from its first key's
 * `next/…` file, and after each key fetches what the next key will need ({@link SearchEngine.prefetchNext}).
 *
 * How a query word finds dictionary terms (quality in parentheses, 1 = exact):
 * - exact term (1) — `인스턴스를` and `인스턴스는` both index as `인스턴스`; `Instances` as `instance`;
 *   a Korean compound also indexes its parts at build time, so `인스턴스` finds `스팟인스턴스`;
 * - prefix (0.6–0.9) — `상호작용` finds `상호작용성`, `inst` finds `instance`;
 * - initial consonants (0.7–0.75) — `ㅅㅍ` finds `스팟`;
 * - a syllable the IME is still composing (0.8) — `인스턴ㅅ`, `인스터`, `스파` find `인스턴스`,
 *   `스팟`;
 * - glossary concept (1; 0.85 for a form the last word is still being typed towards) — query
 *   words spelling a form of a glossary term (`키네시스`, `복제 계수`, `master node`, `코어노드`)
 *   also match the concept term every text holding any of its forms indexes (`concepts.ts`);
 * - sounds alike (0.5) — for a word the glossary does not know, the terms of the other script
 *   with the same consonant skeleton (`스노우플레이크` → `snowflake`; `phonetic.ts`);
 * - split (as two words) — `spotinstance` becomes `spot` + `instance` when both are terms;
 * - typo (≤ 0.7) — only when nothing above matched: fuse.js over the terms of similar length that
 *   start like the word (same first letter or initial consonant, else same second: a typo list);
 *   Korean compared as jamo, so one wrong jamo is one error (`스팥` finds `스팟`).
 *
 * Ranking: an entry's score is the sum over query words of the best
 * `quality × field weight × idf` among the word's terms, idf = ln(1 + entries / entries holding
 * the term) (inverse document frequency, K. Spärck Jones, "A statistical interpretation of term
 * specificity", J. Documentation 28(1), 1972, smoothed so it stays positive); entries matching
 * more query words rank first, then by score. Every word found in the title or an alias
 * multiplies the score by {@link TITLE_MATCH_BONUS}.
 */
import Fuse from 'fuse.js/basic';
import { FIELDS, FIELD_WEIGHTS, type EntryKind, type Field, type SearchEntry } from './documents.ts';
import {
  assertSearchFile,
  choseongShardFile,
  chunkFile,
  decodePostingList,
  FIRST_KEYS_FILE,
  MANIFEST_FILE,
  nextKeysFile,
  type FirstKeysFile,
  termShardFile,
  typoKeys,
  typoListFile,
  type ChoseongShard,
  type EntryChunk,
  type PostingList,
  type PhoneticShard,
  phoneticShardFile,
  type SearchManifest,
  type SearchTag,
  type TermShard,
  type TypoList,
} from './format.ts';
import { compareCodeUnits, tagTerm } from './build.ts';
import { composingReadings, initialOf, jamoOf, syllableCompletions, syllableCount } from './korean.ts';
import { parseQuery, type ParsedQuery, type QueryWord } from './query.ts';
import { highlightRanges, makeSnippet, termNeedles, type Range, type Snippet } from './snippet.ts';
import { tokenize } from './tokenize.ts';
import { looksTransliterated, phoneticKey } from './phonetic.ts';
import { ConceptMatcher, conceptTerm, isConceptTerm, MAX_FORM_WORDS } from './concepts.ts';
import { lowerBound } from './lower-bound.ts';
import { continuationRange, imeSteps, nextKeyCandidates, nextKeyFirsts } from './next-keys.ts';

/**
 * Fetches one index file (a path relative to the search base, e.g. `index.json`) and returns its
 * parsed JSON. The browser passes a `fetch` wrapper; tests and the benchmark read files in memory.
 * `background` marks a prefetch, which a browser loader sends at low priority so that the files
 * a query is waiting for go first.
 */
export type IndexLoader = (path: string, options?: { background?: boolean }) => Promise<unknown>;

/** What a result is, as shown to the student. */
export type HitKind = EntryKind | 'alias';

/** A tag of a result; `matched` when a query word matched its path or label. */
export interface HitTag extends SearchTag {
  matched: boolean;
}

/** One search result. */
export interface SearchHit {
  /** Entry id (position in the index). */
  entry: number;
  kind: HitKind;
  href: string;
  title: string;
  /** Ranges of `title` to highlight. */
  titleHighlights: Range[];
  /** The matching part of the best field, with highlights. */
  snippet: Snippet;
  /** The field the snippet comes from. */
  field: Field;
  /** The entry's tags with their labels (unknown paths labelled by the path). */
  tags: HitTag[];
  /** How many of the query's words the entry matched. */
  matched: number;
  score: number;
}

/** The answer to one query. */
export interface SearchResponse {
  query: ParsedQuery;
  /** Best first, at most `limit`. */
  hits: SearchHit[];
  /** Number of entries that matched (before `limit`). */
  total: number;
  /** Tag filters that name no tag (the query then has no results). */
  unknownTags: string[];
  /** Query words that matched no dictionary term at all. */
  unmatchedWords: string[];
}

/** Options of {@link SearchEngine.search}. */
export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  /** Snippet width in characters (default 160). */
  snippetWidth?: number;
}

/** A dictionary term (or, for initial consonants, a group of terms) a query word matched. */
export interface Expansion {
  /** The term, or `ㅅㅍ:` + key for a choseong group. */
  key: string;
  /** 0–1; 1 = exact. */
  quality: number;
  postings: PostingList;
  /** Terms to highlight (the term itself, or the terms of a choseong group). */
  terms: string[];
}

/** A ranked entry, before its texts are fetched. */
export interface RankedEntry {
  entry: number;
  score: number;
  matched: number;
  /** Per query word: the best field class and the expansion that gave it (absent when the word did not match). */
  best: Array<{ field: number; key: string } | undefined>;
  /** Every matched term the entry holds (for highlighting). */
  terms: Set<string>;
}

/** Ranked entries of a query (see {@link SearchEngine.rank}). */
export interface Ranking {
  query: ParsedQuery;
  /** Query words after splitting run-together words (`spotinstance` → `spot`, `instance`). */
  words: QueryWord[];
  /** The best entries, best first (as many as asked for). */
  ranked: RankedEntry[];
  /** Number of entries that matched. */
  total: number;
  /** Per word: what it matched. */
  expansions: Expansion[][];
  unknownTags: string[];
  unmatchedWords: string[];
}

/** The ways a query word can match dictionary terms (see the module comment); all on by default. */
export type Matcher = 'prefix' | 'choseong' | 'composing' | 'split' | 'typo' | 'glossary' | 'phonetic';

const ALL_MATCHERS: Record<Matcher, boolean> = {
  prefix: true,
  choseong: true,
  composing: true,
  split: true,
  typo: true,
  glossary: true,
  phonetic: true,
};

/** Options of an engine; the defaults are the site's. Switching matchers off is for measurements (bench/search.ts). */
export interface SearchEngineOptions {
  /** Matchers to switch off (`{ typo: false }`); exact terms always match. */
  matchers?: Partial<Record<Matcher, boolean>>;
  /** What a Korean typo is measured in: jamo (default; `스팥` is one jamo from `스팟`) or syllables. */
  koreanTypoUnit?: 'jamo' | 'syllable';
  /**
   * Fetch the first-keystroke answers (`first.json`, see `first-keys.ts`) together with the
   * manifest, and answer those queries from them (default false: the site's search turns it on).
   * A missing or unreadable file is not an error: the engine then answers those queries itself.
   */
  firstKeys?: boolean;
}

/** First keys with second-keystroke answers (see `next-keys.ts` `nextKeyFirsts`). */
const NEXT_KEY_FIRSTS = new Set(nextKeyFirsts());

/** Most dictionary terms one query word may expand to (the best ones are kept). */
export const MAX_EXPANSIONS = 48;
/** Most term shards one prefix lookup fetches (a one-letter prefix could otherwise fetch many). */
export const MAX_PREFIX_SHARDS = 2;
/** fuse.js threshold for typo matching (0 = exact … 1 = anything); 0.34 admits one error in three characters. */
export const TYPO_THRESHOLD = 0.34;
/**
 * Weight of a tag entry relative to a note (dimensionless): a tag named like the query still shows,
 * below notes that match as well (a note whose tag matches ties with the tag itself, and notes
 * come first on ties).
 */
export const TAG_ENTRY_WEIGHT = 0.75;
/**
 * Weight of a glossary entry relative to a note (dimensionless): the term's definition shows among
 * the results without pushing the notes that teach it out of the first ten.
 */
export const GLOSSARY_ENTRY_WEIGHT = 0.7;
/** Quality of a match through the romanisation fallback (`phonetic.ts`): below every match in the word's own script, typos included. */
export const PHONETIC_QUALITY = 0.5;
/** Quality of a concept matched by a form the last word is still being typed towards (`키네시` → 키네시스). */
export const CONCEPT_PREFIX_QUALITY = 0.85;
/** Score factor of an entry whose title or aliases hold every query word (two words or more). */
export const TITLE_MATCH_BONUS = 1.5;

const FIELD_WEIGHT_BY_CLASS = FIELDS.map((f) => FIELD_WEIGHTS[f]);
const ALIAS_CLASS = FIELDS.indexOf('alias');
/** Entry kinds as the manifest's `kinds` letters, in the order a tag-only query lists them. */
const KIND_ORDER = 'tnqg';
/** Score factor per kind letter (char code → weight): tags and glossary terms below notes. */
const KIND_WEIGHT = new Map<number, number>([
  [116 /* t */, TAG_ENTRY_WEIGHT],
  [103 /* g */, GLOSSARY_ENTRY_WEIGHT],
]);
/** A code unit above every term's characters: `[p, p + END)` is the range of terms starting with `p`. */
const END = '\uffff';

interface LoadedTermShard {
  terms: string[];
  postings: string[];
  decoded: Map<number, PostingList>;
}

interface LoadedChoseongShard {
  keys: string[];
  terms: string[][];
  postings: string[];
  decoded: Map<number, PostingList>;
}

interface TermRef {
  term: string;
  shard: LoadedTermShard;
  index: number;
}

/** The last position `n` with `bounds[n] <= value` (0 when none). */
function boundIndex<T extends string | number>(bounds: readonly T[], value: T): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function postingsAt(shard: { postings: string[]; decoded: Map<number, PostingList> }, index: number): PostingList {
  let list = shard.decoded.get(index);
  if (!list) shard.decoded.set(index, (list = decodePostingList(shard.postings[index] ?? '')));
  return list;
}

/**
 * The first `k` items in the order `compare` defines, in that order, without sorting them all
 * (a query may match thousands of entries and shows ten): one pass keeping a sorted top list.
 */
export function topK(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (k >= items.length) return [...items].sort(compare);
  const top: number[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]!) >= 0) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && compare(item, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = item;
  }
  return top;
}

/** True when a posting list holds the entry (binary search). */
function holds(list: PostingList, entry: number): boolean {
  let lo = 0;
  let hi = list.entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = list.entries[mid]!;
    if (e === entry) return true;
    if (e < entry) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * A search index opened in memory. Create with {@link SearchEngine.open}; every method may be
 * called concurrently (files are fetched once and cached).
 */
/**
 * Scores the entries a query's expansions reach: per word, each entry's best expansion (quality ×
 * idf × field weight × kind weight) adds to its score. `allowed` (1 per entry) limits the entries
 * to a tag filter; `kinds` is the manifest's kind letter per entry.
 * @returns per entry its score and how many words matched it, the entries touched (first-match
 *   order), and per word each entry's best field class (-1 for none) and expansion index.
 */
function scoreEntries(expansions: readonly Expansion[][], allowed: Uint8Array | null, n: number, kinds: string) {
  const score = new Float64Array(n);
  const matched = new Uint8Array(n);
  const touched: number[] = [];
  const wordScore = new Float64Array(n);
  const best: Array<{ field: Int8Array; expansion: Int16Array }> = [];
  expansions.forEach((list, _w) => {
    const field = new Int8Array(n).fill(-1);
    const which = new Int16Array(n);
    const seen: number[] = [];
    list.forEach((expansion, x) => {
      const { entries, fields } = expansion.postings;
      const idf = Math.log(1 + n / Math.max(1, entries.length));
      const base = expansion.quality * idf;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if (allowed && allowed[e] === 0) continue;
        const s = base * FIELD_WEIGHT_BY_CLASS[fields[i]!]! * (KIND_WEIGHT.get(kinds.charCodeAt(e)) ?? 1);
        if (s > wordScore[e]!) {
          if (wordScore[e] === 0) seen.push(e);
          wordScore[e] = s;
          field[e] = fields[i]!;
          which[e] = x;
        }
      }
    });
    for (const e of seen) {
      if (matched[e] === 0) touched.push(e);
      score[e]! += wordScore[e]!;
      matched[e]! += 1;
      wordScore[e] = 0;
    }
    best.push({ field, expansion: which });
  });
  return { score, matched, touched, best };
}

export class SearchEngine {
  readonly manifest: SearchManifest;
  private readonly load: IndexLoader;
  private readonly options: { matchers: Record<Matcher, boolean>; koreanTypoUnit: 'jamo' | 'syllable' };
  private readonly tagsByPath: Map<string, SearchTag>;
  /** The terms of each tag's path and labels, by path (tokenized once: every hit shows its tags). */
  private readonly tagTerms = new Map<string, Set<string>>();
  /** Each entry's texts lowercased, field by field (a snippet is chosen by words covered). */
  private readonly lowerTexts = new WeakMap<SearchEntry, Partial<Record<Field, string[]>>>();
  private readonly termShards = new Map<number, Promise<LoadedTermShard>>();
  private readonly choseongShards = new Map<number, Promise<LoadedChoseongShard>>();
  private readonly chunks = new Map<number, Promise<EntryChunk>>();
  private readonly typoLists = new Map<number, Promise<string[]>>();
  /** First entry id of each chunk. */
  private readonly chunkStarts: number[];
  private readonly typoIndexes = new Map<string, { terms: string[]; fuse: Fuse<string> }>();
  private conceptMatcher: ConceptMatcher | null = null;
  private readonly phoneticShards = new Map<number, Promise<PhoneticShard>>();
  /** The first-keystroke answers: null when not asked for or not available (see {@link SearchEngineOptions.firstKeys}). */
  private readonly firstKeys: Promise<FirstKeysFile<SearchHit> | null>;
  /** The second-keystroke answers asked for so far, by first key (see {@link prefetchNext}); null when unavailable. */
  private readonly nextKeys = new Map<string, Promise<FirstKeysFile<SearchHit> | null>>();
  /** Whether stored answers (`first.json`, `next/…`) are used at all ({@link SearchEngineOptions.firstKeys}). */
  private readonly stored: boolean;

  private constructor(manifest: SearchManifest, load: IndexLoader, options: SearchEngineOptions, firstKeys: Promise<unknown>) {
    this.manifest = manifest;
    this.firstKeys = firstKeys.then(
      (file) => {
        try {
          assertSearchFile(FIRST_KEYS_FILE, file, manifest.build);
          return file as FirstKeysFile<SearchHit>;
        } catch {
          return null; // another build (the site was redeployed meanwhile): the engine answers
        }
      },
      () => null,
    );
    this.load = load;
    this.stored = options.firstKeys === true;
    this.options = { matchers: { ...ALL_MATCHERS, ...options.matchers }, koreanTypoUnit: options.koreanTypoUnit ?? 'jamo' };
    this.tagsByPath = new Map(manifest.tags.map((t) => [t.path, t]));
    let start = 0;
    this.chunkStarts = manifest.chunkSizes.map((size) => (start += size) - size);
  }

  /**
   * Fetches the manifest (`index.json`) and opens the index.
   *
   * @throws {Error} when the manifest cannot be fetched or is not of this format and version.
   */
  static async open(load: IndexLoader, options: SearchEngineOptions = {}): Promise<SearchEngine> {
    // Both requests at once: the first keystroke needs both.
    const firstKeys = options.firstKeys ? load(FIRST_KEYS_FILE) : Promise.resolve(null);
    firstKeys.catch(() => undefined);
    const manifest = await load(MANIFEST_FILE);
    assertSearchFile(MANIFEST_FILE, manifest);
    return new SearchEngine(manifest as SearchManifest, load, options, firstKeys);
  }

  /** Resolves once the first-keystroke answers are in memory (or known to be unavailable): true when they are. */
  async firstKeysReady(): Promise<boolean> {
    return (await this.firstKeys) !== null;
  }

  /**
   * The stored answer to a query (same limit and width or less): a first-keystroke query from
   * `first.json`; a text two keys long (`sp`, `스`, `ㅅㅍ`) from its first key's `next/…` file
   * when {@link prefetchNext} asked for that file (waiting for it when it is still on its way).
   * A Latin text in upper case uses the lower case's answer unless a word of it matched nothing
   * (the answer would name the word in lower case).
   */
  private async storedAnswer(input: string, limit: number, width: number): Promise<SearchResponse | null> {
    if (!this.stored) return null;
    let file: FirstKeysFile<SearchHit> | null = null;
    let key = input;
    if ([...input].length === 1) file = await this.firstKeys;
    if (file?.keys[input] === undefined && input.length <= 2) {
      const steps = imeSteps(input);
      const pending = steps.length === 2 ? this.nextKeys.get(steps[0]!.toLowerCase()) : undefined;
      if (pending) {
        file = await pending;
        key = input.toLowerCase();
      }
    }
    const n = file?.keys[key];
    const answer = n === undefined ? undefined : file!.answers[n];
    if (!answer || limit > file!.limit || width !== file!.snippetWidth) return null;
    if (key !== input && answer.unmatchedWords.length > 0) return null;
    return {
      query: parseQuery(input),
      hits: answer.hits.slice(0, limit),
      total: answer.total,
      unknownTags: [...answer.unknownTags],
      unmatchedWords: [...answer.unmatchedWords],
    };
  }

  /** The second-keystroke answers after a first key (fetched once; null when missing or of another build). */
  private nextKeysOf(first: string): Promise<FirstKeysFile<SearchHit> | null> {
    let promise = this.nextKeys.get(first);
    if (!promise) {
      const file = nextKeysFile(first);
      promise = this.load(file).then(
        (value) => {
          try {
            assertSearchFile(file, value, this.manifest.build);
            return value as FirstKeysFile<SearchHit>;
          } catch {
            return null;
          }
        },
        () => null,
      );
      this.nextKeys.set(first, promise);
    }
    return promise;
  }

  private fetchFile<T>(file: string, background = false): Promise<T> {
    return this.load(file, background ? { background } : undefined).then((value) => {
      assertSearchFile(file, value, this.manifest.build);
      return value as T;
    });
  }

  private termShard(n: number, background = false): Promise<LoadedTermShard> {
    let promise = this.termShards.get(n);
    if (!promise) {
      promise = this.fetchFile<TermShard>(termShardFile(this.manifest.build, n), background).then((s) => ({
        terms: s.terms ? s.terms.split('\n') : [],
        postings: s.postings,
        decoded: new Map(),
      }));
      promise.catch(() => this.termShards.delete(n));
      this.termShards.set(n, promise);
    }
    return promise;
  }

  private choseongShard(n: number, background = false): Promise<LoadedChoseongShard> {
    let promise = this.choseongShards.get(n);
    if (!promise) {
      promise = this.fetchFile<ChoseongShard>(choseongShardFile(this.manifest.build, n), background).then((s) => ({
        keys: s.keys ? s.keys.split('\n') : [],
        terms: s.terms.map((t) => t.split(' ')),
        postings: s.postings,
        decoded: new Map(),
      }));
      promise.catch(() => this.choseongShards.delete(n));
      this.choseongShards.set(n, promise);
    }
    return promise;
  }

  /**
   * Fetches every term shard, choseong shard and entry chunk (not the typo lists), for a small
   * index (`manifest.prefetch`); the dialog calls it once search opens. Queries meanwhile wait for
   * the files they need, which are then already on their way.
   */
  async prefetchAll(): Promise<void> {
    await Promise.all([
      ...this.manifest.termShards.map((_, n) => this.termShard(n, true)),
      ...this.manifest.choseongShards.map((_, n) => this.choseongShard(n, true)),
      ...(this.manifest.phoneticShards ?? []).map((_, n) => this.phoneticShard(n, true)),
      ...this.manifest.chunkSizes.map((_, n) => this.chunk(n, true)),
    ]);
  }

  /**
   * Fetches, at low priority, the files most first queries need whatever they are: the term
   * shards that hold the glossary's concept terms (`@<id>`, all in one range of the dictionary:
   * the terms students search for) — and, for a small index, everything ({@link prefetchAll}).
   * The dialog calls it when the launcher is hovered or focused and when search opens, so the
   * student's first query finds them in memory.
   */
  async prefetchHot(): Promise<void> {
    this.concepts(); // built now rather than on the first keypress
    if (this.manifest.prefetch) return this.prefetchAll();
    const bounds = this.manifest.termShards;
    const first = boundIndex(bounds, '@');
    const last = Math.max(first, lowerBound(bounds, `@${END}`) - 1);
    await Promise.all(Array.from({ length: Math.min(last - first + 1, 4) }, (_, i) => this.termShard(first + i, true)));
  }

  /**
   * Fetches, at low priority, what the student's next key after `text` will need, so that its
   * results come from memory (issue 16; see `next-keys.ts`). After one key (`s`, `ㅅ`), with
   * stored answers on ({@link SearchEngineOptions.firstKeys}): that key's second-keystroke answers
   * (`next/<code point>.json`, ~10 KB gzip), at normal priority. After more:
   * 1. the term shards (or, for a word of initial consonants, the choseong shards) covering
   *    {@link continuationRange} of the word being typed — every term a later key can look up or
   *    expand to lies there (at most `shards` of them, the first ones: the nearest continuations);
   * 2. then, from those terms, the texts the next key can make ({@link nextKeyCandidates}, most
   *    frequent first, at most `candidates`): each is ranked in memory (no snippets) and the entry
   *    chunks of its first `limit` results are fetched, at most `chunks` chunks in all;
   * 3. when no term continues the word (a word with a typo, or a loanword written in the other
   *    script), the typo lists and the phonetic shard the word's next keys will look in.
   * A text ending in a space, a tag filter or a word of one vowel jamo prefetches nothing. Stops
   * between steps as soon as `current()` is false (the student typed on: that text prefetches
   * its own). Never throws: a failed prefetch is a file the next key fetches itself.
   */
  async prefetchNext(
    text: string,
    options: {
      shards?: number;
      candidates?: number;
      chunks?: number;
      limit?: number;
      current?: () => boolean;
      /** False: only the second-keystroke answers (a student saving data; they cost less than what the second key fetches without them). */
      speculative?: boolean;
    } = {},
  ): Promise<void> {
    const { shards = 4, candidates = 4, chunks = 24, limit = 10, current = () => true, speculative = true } = options;
    try {
      // One key typed: its second-keystroke answers (one file, at once: the next key is ~150 ms away).
      if (this.stored && NEXT_KEY_FIRSTS.has(text.toLowerCase())) {
        await this.nextKeysOf(text.toLowerCase());
        return;
      }
      if (!speculative) return;
      const query = parseQuery(text);
      const word = query.words[query.words.length - 1];
      if (!word?.open) return;
      const surface = word.surface.toLowerCase();
      if (!text.toLowerCase().endsWith(surface)) return;
      const range = continuationRange(surface);
      if (!range) return;
      const [lo, hi] = range;
      const span = (bounds: readonly string[]): number[] => {
        if (bounds.length === 0) return [];
        const first = boundIndex(bounds, lo);
        // One shard past the range: a prefix lookup reads up to MAX_PREFIX_SHARDS from where it starts.
        const last = Math.min(bounds.length - 1, Math.max(first, lowerBound(bounds, hi) - 1) + MAX_PREFIX_SHARDS - 1);
        return Array.from({ length: Math.min(last - first + 1, shards) }, (_, i) => first + i);
      };
      const weighted: Array<{ term: string; weight: number }> = [];
      if (word.choseong) {
        // Initial consonants continue as initial consonants; the terms a consonant can start are in the term shards (below).
        const loaded = await Promise.all(span(this.manifest.choseongShards).map((n) => this.choseongShard(n, true)));
        for (const shard of loaded)
          for (let i = lowerBound(shard.keys, surface); i < shard.keys.length && shard.keys[i]! < surface + END; i++)
            weighted.push({ term: shard.keys[i]!, weight: shard.postings[i]!.length });
      }
      if (!current()) return;
      const loaded = await Promise.all(span(this.manifest.termShards).map((n) => this.termShard(n, true)));
      for (const shard of loaded)
        for (let i = lowerBound(shard.terms, lo); i < shard.terms.length && shard.terms[i]! < hi; i++) {
          const term = shard.terms[i]!;
          weighted.push({ term, weight: shard.postings[i]!.length });
          // The word may be complete: a space next closes it (`로그 `: its exact term only).
          if (term === word.term && term === surface) weighted.push({ term: `${term} `, weight: shard.postings[i]!.length });
        }
      if (!word.choseong) void this.prefetchFallbacks(word.term);
      const before = text.slice(0, text.length - surface.length);
      let budget = chunks;
      for (const candidate of nextKeyCandidates(surface, weighted, candidates)) {
        if (!current() || budget <= 0) return;
        const { ranked } = await this.rank(before + candidate.text, limit);
        const wanted = [...new Set(ranked.map((r) => boundIndex(this.chunkStarts, r.entry)))].filter((n) => !this.chunks.has(n));
        for (const n of wanted.slice(0, budget)) void this.chunk(n, true).catch(() => undefined);
        budget -= wanted.length;
      }
    } catch {
      // a prefetch that failed is a file the next key asks for itself
    }
  }

  /**
   * The files a word's next keys read when they match no term as typed (a typo, a loanword in the
   * other script): the typo lists of its first two characters (`typoKeys`, the same for every
   * continuation) and the phonetic shard of its consonant skeleton — for a word ending in a
   * consonant typed on its own, of the syllable it begins with the vowel `ㅡ` (`분석ㅇ` → `분석으`,
   * the shape of a loanword, see `looksTransliterated`). Low priority; never throws.
   */
  private async prefetchFallbacks(term: string): Promise<void> {
    const hangul = /[\u3131-\ud7a3]/.test(term);
    const fetches: Array<Promise<unknown>> = [];
    if (this.options.matchers.typo && (hangul ? syllableCount(term) >= 1 : term.length >= 3)) {
      for (const key of typoKeys(term)) {
        const n = lowerBound(this.manifest.typoKeys, key);
        if (this.manifest.typoKeys[n] === key) fetches.push(this.typoList(n, true));
      }
    }
    const bounds = this.manifest.phoneticShards ?? [];
    if (this.options.matchers.phonetic && bounds.length > 0) {
      const last = term[term.length - 1] ?? '';
      const initial = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'.indexOf(last);
      const word = initial >= 0 ? term.slice(0, -1) + String.fromCharCode(0xac00 + (initial * 21 + 18) * 28) : term;
      const key = phoneticKey(word);
      if (key) fetches.push(this.phoneticShard(boundIndex(bounds, key), true));
    }
    await Promise.all(fetches).catch(() => undefined);
  }

  /** The term, with its shard, or null when the dictionary does not hold it. */
  async lookup(term: string): Promise<TermRef | null> {
    const shard = await this.termShard(boundIndex(this.manifest.termShards, term));
    const index = lowerBound(shard.terms, term);
    return shard.terms[index] === term ? { term, shard, index } : null;
  }

  /** The terms `t` with `lo <= t < hi`, from at most `maxShards` shards (the first ones of the range). */
  async termsInRange(lo: string, hi: string, maxShards: number): Promise<TermRef[]> {
    const bounds = this.manifest.termShards;
    const first = boundIndex(bounds, lo);
    const last = Math.min(Math.max(first, lowerBound(bounds, hi) - 1), first + maxShards - 1);
    const shards = await Promise.all(Array.from({ length: last - first + 1 }, (_, i) => this.termShard(first + i)));
    const out: TermRef[] = [];
    for (const shard of shards) {
      for (let i = lowerBound(shard.terms, lo); i < shard.terms.length && shard.terms[i]! < hi; i++)
        out.push({ term: shard.terms[i]!, shard, index: i });
    }
    return out;
  }

  /** Terms starting with `prefix` (the exact term excluded), the shortest first when there are very many. */
  private async prefixTerms(prefix: string, filter?: (term: string) => boolean): Promise<TermRef[]> {
    const refs = (await this.termsInRange(prefix, prefix + END, MAX_PREFIX_SHARDS)).filter(
      (r) => r.term !== prefix && (!filter || filter(r.term)),
    );
    if (refs.length > MAX_EXPANSIONS * 4)
      refs.sort((a, b) => a.term.length - b.term.length || compareCodeUnits(a.term, b.term)).splice(MAX_EXPANSIONS * 4);
    return refs;
  }

  private typoList(n: number, background = false): Promise<string[]> {
    let promise = this.typoLists.get(n);
    if (!promise) {
      promise = this.fetchFile<TypoList>(typoListFile(this.manifest.build, n), background).then((l) =>
        l.terms ? l.terms.split('\n') : [],
      );
      promise.catch(() => this.typoLists.delete(n));
      this.typoLists.set(n, promise);
    }
    return promise;
  }

  /**
   * Terms within one typo of the word (fuse.js), from the typo list of the word's first letter or
   * initial consonant, else of its second: a term of similar length (Korean: ±1 syllable,
   * compared as jamo; other: ±2 letters).
   */
  private async typoMatches(word: QueryWord): Promise<Array<{ ref: TermRef; score: number }>> {
    const korean = word.script === 'hangul';
    const length = korean ? syllableCount(word.term) : word.term.length;
    if (length < (korean ? 2 : 4) || (korean && length !== [...word.term].length)) return [];
    const jamo = korean && this.options.koreanTypoUnit === 'jamo';
    const band = (t: string) => (korean ? (syllableCount(t) === [...t].length ? syllableCount(t) : -9) : t.length);
    const [low, high] = korean ? [length - 1, length + 1] : [length - 2, length + 2];
    for (const key of typoKeys(word.term)) {
      const n = lowerBound(this.manifest.typoKeys, key);
      if (this.manifest.typoKeys[n] !== key) continue;
      const cacheKey = `${jamo ? 'j' : 's'}${n}|${low}`;
      let index = this.typoIndexes.get(cacheKey);
      if (!index) {
        const terms = (await this.typoList(n)).filter((t) => band(t) >= low && band(t) <= high);
        const keys = jamo ? terms.map(jamoOf) : terms;
        const options = { includeScore: true, threshold: TYPO_THRESHOLD, ignoreLocation: true, isCaseSensitive: true, shouldSort: true };
        index = { terms, fuse: new Fuse(keys, options, Fuse.createIndex([], keys)) };
        this.typoIndexes.set(cacheKey, index);
      }
      const found = index.fuse
        .search(jamo ? jamoOf(word.term) : word.term, { limit: 8 })
        .map((r) => ({ term: index.terms[r.refIndex]!, score: r.score ?? 1 }))
        .filter((r) => Math.abs(r.term.length - word.term.length) <= 2 && r.term !== word.term);
      if (found.length === 0) continue;
      const refs = await Promise.all(found.map((f) => this.lookup(f.term)));
      return found.flatMap((f, i) => (refs[i] ? [{ ref: refs[i]!, score: f.score }] : []));
    }
    return [];
  }

  /** Korean terms whose initial consonants start with the word (`ㅅㅍ`), as merged groups per key. */
  private async choseongExpansions(word: QueryWord): Promise<Expansion[]> {
    const bounds = this.manifest.choseongShards;
    if (bounds.length === 0) return [];
    const lo = word.term;
    const hi = lo + END;
    const from = boundIndex(bounds, lo);
    const to = Math.min(Math.max(from, lowerBound(bounds, hi) - 1), from + MAX_PREFIX_SHARDS - 1);
    const shards = await Promise.all(Array.from({ length: to - from + 1 }, (_, i) => this.choseongShard(from + i)));
    const out: Expansion[] = [];
    for (const shard of shards) {
      for (let i = lowerBound(shard.keys, lo); i < shard.keys.length && shard.keys[i]! < hi; i++) {
        const key = shard.keys[i]!;
        out.push({ key: `${key}:`, quality: key === lo ? 0.75 : 0.7, postings: postingsAt(shard, i), terms: shard.terms[i]! });
      }
    }
    return out
      .sort((a, b) => b.quality - a.quality || a.key.length - b.key.length || compareCodeUnits(a.key, b.key))
      .slice(0, MAX_EXPANSIONS);
  }

  /** What a query word matches, with qualities (0–1], the best {@link MAX_EXPANSIONS}. */
  async expand(word: QueryWord): Promise<Expansion[]> {
    const on = this.options.matchers;
    if (word.choseong) {
      if (!on.choseong || ([...word.term].length < 2 && !word.open)) return [];
      return this.choseongExpansions(word);
    }
    const found = new Map<string, { ref: TermRef; quality: number }>();
    const offer = (ref: TermRef, quality: number) => {
      const current = found.get(ref.term);
      if (!current || quality > current.quality) found.set(ref.term, { ref, quality });
    };
    const { term } = word;
    const hangul = word.script === 'hangul';
    // Every lookup starts at once: they mostly need the same shard, fetched once.
    const exact = (t: string): Promise<void> =>
      this.lookup(t).then((ref) => {
        if (ref) offer(ref, 1);
      });
    const lookups: Array<Promise<void>> = [exact(term), ...(word.surface !== term ? [exact(word.surface)] : [])];
    for (const concept of word.concepts ?? []) {
      lookups.push(
        this.lookup(conceptTerm(this.manifest.glossary.ids[concept.index]!)).then((ref) => {
          if (ref) offer(ref, concept.quality);
        }),
      );
    }
    if (on.prefix && (hangul || term.length >= 2 || word.open)) {
      const [low, high] = hangul ? [0.75, 0.9] : [0.6, 0.9];
      lookups.push(
        this.prefixTerms(term).then((refs) => refs.forEach((r) => offer(r, low + ((high - low) * term.length) / r.term.length))),
      );
    }
    if (hangul && on.composing && (word.open || /[\u3131-\u314e]$/.test(term))) {
      for (const { stem, nextInitial } of composingReadings(term)) {
        lookups.push(
          this.prefixTerms(stem, (t) => initialOf(t[stem.length] ?? '') === nextInitial).then((refs) => refs.forEach((r) => offer(r, 0.8))),
        );
      }
      const chars = [...term];
      const completions = syllableCompletions(chars[chars.length - 1] ?? '').slice(1);
      if (completions.length > 0) {
        const before = chars.slice(0, -1).join('');
        const set = new Set(completions);
        const lo = before + completions[0]!;
        const hi = before + completions[completions.length - 1]! + END;
        lookups.push(
          this.termsInRange(lo, hi, MAX_PREFIX_SHARDS).then((refs) =>
            refs.forEach((r) => set.has(r.term[before.length] ?? '') && offer(r, 0.8)),
          ),
        );
      }
    }
    // The romanisation fallback, for a word the glossary does not know: a Hangul word shaped like
    // a loanword (or found nowhere as written) meets Latin terms that sound alike; a Latin word
    // found nowhere as written (nor as a typo) meets Hangul loanwords.
    let phonetic: Promise<Expansion[]> = Promise.resolve([]);
    if (on.phonetic && !word.concepts?.length && !word.choseong) {
      const eligible = hangul ? [...term].length >= 2 : /^[a-z]{4,}$/.test(term);
      if (eligible) {
        phonetic = Promise.all(lookups).then(() =>
          (hangul && looksTransliterated(term)) || found.size === 0 ? this.phoneticExpansions(term, hangul) : [],
        );
      }
    }
    await Promise.all(lookups);
    let soundAlike = await phonetic;
    if (on.typo && found.size === 0) {
      for (const { ref, score } of await this.typoMatches(word)) offer(ref, 0.7 * (1 - score));
      // A word that is a typo of a term of its own script is that term, not a loanword.
      if (found.size > 0) soundAlike = [];
    }
    return [...found.values()]
      .sort((a, b) => b.quality - a.quality || a.ref.term.length - b.ref.term.length || compareCodeUnits(a.ref.term, b.ref.term))
      .slice(0, MAX_EXPANSIONS)
      .map(
        ({ ref, quality }): Expansion => ({
          key: ref.term,
          quality,
          postings: postingsAt(ref.shard, ref.index),
          terms: this.highlightTerms(ref.term, quality < 1 ? word : null),
        }),
      )
      .concat(soundAlike);
  }

  private phoneticShard(n: number, background = false): Promise<PhoneticShard> {
    let promise = this.phoneticShards.get(n);
    if (!promise) {
      promise = this.fetchFile<PhoneticShard>(phoneticShardFile(this.manifest.build, n), background);
      promise.catch(() => this.phoneticShards.delete(n));
      this.phoneticShards.set(n, promise);
    }
    return promise;
  }

  /** The terms of the other script that sound like a term (`phonetic.ts`), as one merged expansion. */
  private async phoneticExpansions(term: string, hangul: boolean): Promise<Expansion[]> {
    const bounds = this.manifest.phoneticShards ?? [];
    const key = phoneticKey(term);
    if (bounds.length === 0 || !key) return [];
    const shard = await this.phoneticShard(boundIndex(bounds, key));
    const keys = shard.keys ? shard.keys.split('\n') : [];
    const i = lowerBound(keys, key);
    if (keys[i] !== key) return [];
    const terms = (hangul ? shard.latin[i] : shard.hangul[i]) ?? '';
    if (!terms) return [];
    return [
      {
        key: `~${key}`,
        quality: PHONETIC_QUALITY,
        postings: decodePostingList((hangul ? shard.latinPostings[i] : shard.hangulPostings[i]) ?? ''),
        terms: terms.split(' '),
      },
    ];
  }

  /**
   * The terms a result highlights for a matched term: itself, or for a concept the index terms of
   * its forms. A concept the typed word is only on its way to (`typing`, the word being typed:
   * `spot` → "Spot interruption notice") highlights its one-word names and the words the typed
   * ones begin — not the rest of its longer forms (`interruption`, `notice`, `중단`, `알림`), which
   * the student has not typed.
   */
  private highlightTerms(term: string, typing: QueryWord | null = null): string[] {
    if (!isConceptTerm(term)) return [term];
    const index = this.manifest.glossary.ids.indexOf(term.slice(1));
    if (index < 0) return [];
    const matcher = this.concepts();
    const terms = matcher.termsOf[index]!;
    if (!typing) return terms;
    const typed = typing.surface.includes(' ') ? tokenize(typing.surface).map((t) => t.term) : [typing.term];
    return terms.filter((t) => matcher.get(t).includes(index) || typed.some((w) => t.startsWith(w)));
  }

  /** The glossary's concept matcher (built from the manifest on first use). */
  private concepts(): ConceptMatcher {
    this.conceptMatcher ??= new ConceptMatcher(this.manifest.glossary);
    return this.conceptMatcher;
  }

  /**
   * Query words that spell a glossary form (see `concepts.ts`), longest run first: a run of
   * several words becomes one word (`복제 계수` → one word matching `@replication-factor`), a
   * single word keeps its own matches and adds the concept's. The last word, while it is still
   * being typed, may be the start of a form (`키네시` → Kinesis, {@link CONCEPT_PREFIX_QUALITY}).
   */
  withConcepts(words: readonly QueryWord[]): QueryWord[] {
    if (!this.options.matchers.glossary || !this.manifest.glossary?.ids.length) return [...words];
    const matcher = this.concepts();
    const out: QueryWord[] = [];
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      let concepts: Array<{ index: number; quality: number }> = [];
      let key = '';
      for (let j = i; j < words.length && j < i + MAX_FORM_WORDS && !words[j]!.choseong; j++) {
        key += words[j]!.term;
        const exact = matcher.get(key);
        const typing = j === words.length - 1 && words[j]!.open;
        // While the last word is typed, the forms it is on its way to count too (as a Latin
        // word's prefix matches do): `주피터` → Jupyter and JupyterHub.
        const long = typing && [...key].length >= (/[\uac00-\ud7a3]/.test(key) ? 2 : 3);
        const started = long && (exact.length > 0 || taken === 0) ? matcher.keysStartingWith(key) : [];
        if (exact.length > 0 || started.length > 0) {
          taken = j - i + 1;
          concepts = exact.map((index) => ({ index, quality: 1 }));
          const seen = new Set<number>(exact);
          for (const { concepts: list } of started
            .sort((a, b) => a.key.length - b.key.length || compareCodeUnits(a.key, b.key))
            .slice(0, 4))
            for (const index of list)
              if (!seen.has(index)) {
                seen.add(index);
                concepts.push({ index, quality: CONCEPT_PREFIX_QUALITY });
              }
        }
        if (!matcher.isPrefix(key)) break;
      }
      if (taken === 0) {
        out.push(words[i]!);
        i += 1;
        continue;
      }
      const span = words.slice(i, i + taken);
      const first = span[0]!;
      const last = span[span.length - 1]!;
      out.push(
        taken === 1
          ? { ...first, concepts }
          : {
              term: span.map((w) => w.term).join(''),
              surface: span.map((w) => w.surface).join(' '),
              script: first.script,
              choseong: false,
              open: last.open,
              concepts,
            },
      );
      i += taken;
    }
    return out;
  }

  /**
   * A run-together word (`spotinstance`) read as two dictionary words (`spot` + `instance`): the
   * split whose shorter half is longest, where the left half is a term and the right half a term
   * (or, for the open last word, a term prefix). Null when no split works.
   */
  async splitWord(word: QueryWord): Promise<[QueryWord, QueryWord] | null> {
    const chars = [...word.surface];
    if (chars.length < 5 || word.choseong) return null;
    const cuts = Array.from({ length: chars.length - 3 }, (_, i) => i + 2).sort(
      (a, b) => Math.min(b, chars.length - b) - Math.min(a, chars.length - a),
    );
    const lefts = await Promise.all(cuts.map((i) => this.lookup(chars.slice(0, i).join(''))));
    for (const [k, i] of cuts.entries()) {
      if (!lefts[k]) continue;
      const left = chars.slice(0, i).join('');
      const right = chars.slice(i).join('');
      const rightTerm = tokenize(right)[0]?.term ?? right;
      const ok = (await this.lookup(rightTerm)) !== null || (word.open && (await this.prefixTerms(rightTerm)).length > 0);
      if (ok)
        return [
          { ...word, term: left, surface: left, open: false },
          { ...word, term: rightTerm, surface: right },
        ];
    }
    return null;
  }

  /**
   * Resolves a tag filter to a tag path: the exact path; else the one tag whose last segments,
   * or Korean or English label, equal it (`#emr` → `service/emr` when no other tag ends in `emr`).
   */
  resolveTag(filter: string): string | null {
    if (this.tagsByPath.has(filter)) return filter;
    const candidates = this.manifest.tags.filter(
      (t) => t.path.endsWith(`/${filter}`) || t.ko.toLowerCase() === filter || t.en.toLowerCase() === filter,
    );
    return candidates.length === 1 ? candidates[0]!.path : null;
  }

  /** The posting list of every tag filter, and the filters that name no tag. */
  private async tagFilters(filters: readonly string[]): Promise<{ unknownTags: string[]; tagLists: PostingList[] }> {
    const unknownTags: string[] = [];
    const tagLists: PostingList[] = [];
    await Promise.all(
      filters.map(async (filter) => {
        const path = this.resolveTag(filter);
        const ref = path === null ? null : await this.lookup(tagTerm(path));
        if (ref) tagLists.push(postingsAt(ref.shard, ref.index));
        else unknownTags.push(filter);
      }),
    );
    return { unknownTags, tagLists };
  }

  /**
   * Each query word's expansions; a word without a good match is split in two when the split
   * matcher finds parts that do (each part then expanded on its own).
   */
  private async expandWords(queryWords: QueryWord[]): Promise<{ words: QueryWord[]; expansions: Expansion[][]; unmatchedWords: string[] }> {
    const expanded = await Promise.all(queryWords.map((w) => this.expand(w)));
    const words: QueryWord[] = [];
    const expansions: Expansion[][] = [];
    const unmatchedWords: string[] = [];
    for (const [i, word] of queryWords.entries()) {
      const found = expanded[i]!;
      if (this.options.matchers.split && !found.some((e) => e.quality >= 0.6)) {
        const split = await this.splitWord(word);
        if (split) {
          for (const part of split) {
            words.push(part);
            expansions.push(await this.expand(part));
          }
          continue;
        }
      }
      if (found.length === 0) unmatchedWords.push(word.surface);
      words.push(word);
      expansions.push(found);
    }
    return { words, expansions, unmatchedWords };
  }

  /**
   * Ranks the entries for a query (fetching the shards it needs, not the entry texts).
   *
   * @param limit how many of the best entries to describe in `ranked` (all by default); `total`
   *   counts every entry that matched.
   */
  async rank(input: string | ParsedQuery, limit = Number.POSITIVE_INFINITY): Promise<Ranking> {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const { unknownTags, tagLists } = await this.tagFilters(query.tags);
    const queryWords = this.withConcepts(query.words);
    const { words, expansions, unmatchedWords } = await this.expandWords(queryWords);
    const ranking: Ranking = { query, words, ranked: [], total: 0, expansions, unknownTags, unmatchedWords };
    if (unknownTags.length > 0) return ranking;

    const n = this.manifest.entries;
    const kinds = this.manifest.kinds;
    // Entries carrying every filter tag (null: no tag filter), as a count per entry.
    let allowed: Uint8Array | null = null;
    if (tagLists.length > 0) {
      const counts = new Uint8Array(n);
      for (const list of tagLists) for (const e of list.entries) counts[e]! += 1;
      allowed = counts.map((c) => (c === tagLists.length ? 1 : 0));
    }
    const { score, matched, touched, best } = scoreEntries(expansions, allowed, n, kinds);
    if (words.length > 1) {
      for (const e of touched) {
        if (matched[e] === words.length && best.every((b) => b.field[e]! >= 0 && b.field[e]! <= ALIAS_CLASS))
          score[e]! *= TITLE_MATCH_BONUS;
      }
    }
    if (words.length === 0 && allowed) {
      // Tag filter only: the tag itself first, then notes, then questions, in index order.
      for (let e = 0; e < n; e++) {
        if (allowed[e]) {
          touched.push(e);
          score[e] = -KIND_ORDER.indexOf(kinds[e] ?? 'q');
        }
      }
    }
    const before = (a: number, b: number): number => matched[b]! - matched[a]! || score[b]! - score[a]! || a - b;
    ranking.total = touched.length;
    ranking.ranked = topK(touched, limit, before).map((entry) => {
      const terms = new Set<string>();
      expansions.forEach((list) => {
        for (const expansion of list) if (holds(expansion.postings, entry)) for (const t of expansion.terms) terms.add(t);
      });
      return {
        entry,
        score: score[entry]!,
        matched: matched[entry]!,
        best: best.map((b, w) =>
          b.field[entry]! >= 0 ? { field: b.field[entry]!, key: expansions[w]![b.expansion[entry]!]!.key } : undefined,
        ),
        terms,
      };
    });
    return ranking;
  }

  private chunk(n: number, background = false): Promise<EntryChunk> {
    let promise = this.chunks.get(n);
    if (!promise) {
      promise = this.fetchFile<EntryChunk>(chunkFile(this.manifest.build, n), background);
      promise.catch(() => this.chunks.delete(n));
      this.chunks.set(n, promise);
    }
    return promise;
  }

  /** Fetches the texts of some entries. */
  async entries(ids: readonly number[]): Promise<Map<number, SearchEntry>> {
    const byChunk = new Map<number, number[]>();
    for (const id of ids) {
      const n = boundIndex(this.chunkStarts, id);
      byChunk.set(n, [...(byChunk.get(n) ?? []), id]);
    }
    const out = new Map<number, SearchEntry>();
    await Promise.all(
      [...byChunk].map(async ([n, list]) => {
        const chunk = await this.chunk(n);
        for (const id of list) {
          const entry = chunk.entries[id - chunk.first];
          if (entry) out.set(id, entry);
        }
      }),
    );
    return out;
  }

  /**
   * Answers a query: ranks, fetches the texts of the best entries and builds their snippets.
   *
   * @throws {Error} when an index file cannot be fetched or belongs to another build.
   */
  async search(input: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const limit = Math.max(0, options.limit ?? 10);
    const stored = await this.storedAnswer(input, limit, options.snippetWidth ?? 160);
    if (stored) return stored;
    const ranking = await this.rank(input, limit);
    const top = ranking.ranked;
    const texts = await this.entries(top.map((r) => r.entry));
    const hits: SearchHit[] = [];
    for (const r of top) {
      const entry = texts.get(r.entry);
      if (entry) hits.push(this.hit(entry, r, ranking, options.snippetWidth ?? 160));
    }
    return { query: ranking.query, hits, total: ranking.total, unknownTags: ranking.unknownTags, unmatchedWords: ranking.unmatchedWords };
  }

  /** An entry's texts lowercased, field by field (made once per entry). */
  private lowercased(entry: SearchEntry): Partial<Record<Field, string[]>> {
    let lowered = this.lowerTexts.get(entry);
    if (!lowered) {
      lowered = {};
      for (const f of Object.keys(entry.fields) as Field[]) lowered[f] = entry.fields[f]?.map((text) => text.toLowerCase());
      this.lowerTexts.set(entry, lowered);
    }
    return lowered;
  }

  /** Builds one result from an entry's texts and how it matched. */
  private hit(entry: SearchEntry, r: RankedEntry, ranking: Ranking, width: number): SearchHit {
    const match = { terms: r.terms, query: ranking.words.map((w) => w.term) };
    // For each query word, the matched terms the entry holds (a snippet is chosen by words covered).
    const termsOfWord = ranking.expansions.map((list) => list.flatMap((e) => e.terms.filter((t) => r.terms.has(t))).flatMap(termNeedles));
    const coverage = (lower: string): number => termsOfWord.filter((needles) => needles.some((t) => lower.includes(t))).length;
    const bestFields = new Set(r.best.filter((b) => b !== undefined).map((b) => b.field));
    // A note is an alias hit when an alias is where some query word matched best (not the title).
    const kind: HitKind = entry.kind === 'note' && bestFields.has(ALIAS_CLASS) ? 'alias' : entry.kind;
    // The snippet: of the texts shown as text (the title and tags are shown as such), the one
    // covering the most query words, ties to the better field; an alias hit prefers its alias.
    const order: Field[] =
      kind === 'alias' ? ['alias', 'keyPoint', 'heading', 'stem', 'body'] : ['keyPoint', 'heading', 'stem', 'body', 'alias'];
    let field: Field = entry.kind === 'question' ? 'stem' : entry.fields.keyPoint?.length ? 'keyPoint' : 'body';
    let text = entry.fields[field]?.[0] ?? '';
    let bestCount = 0;
    const lowered = this.lowercased(entry);
    for (const f of order) {
      const candidates = entry.fields[f] ?? [];
      const lower = lowered[f] ?? [];
      for (const [i, candidate] of candidates.entries()) {
        const count = coverage(lower[i]!);
        if (count > bestCount) {
          bestCount = count;
          field = f;
          text = candidate;
        }
      }
    }
    const tags = entry.tags.map((path): HitTag => {
      const tag = this.tagsByPath.get(path) ?? { path, ko: path, en: path };
      let terms = this.tagTerms.get(path);
      if (!terms) {
        terms = new Set(tokenize(`${path.replace(/[/-]/g, ' ')} ${tag.ko} ${tag.en}`).map((t) => t.term));
        this.tagTerms.set(path, terms);
      }
      let matched = false;
      for (const term of terms) {
        if (r.terms.has(term)) {
          matched = true;
          break;
        }
      }
      return { ...tag, matched };
    });
    return {
      entry: r.entry,
      kind,
      href: entry.href,
      title: entry.title,
      titleHighlights: highlightRanges(entry.title, match),
      snippet: makeSnippet(text, match, width),
      field,
      tags,
      matched: r.matched,
      score: r.score,
    };
  }
}
