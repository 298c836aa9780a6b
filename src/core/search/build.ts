/**
 * Builds the search index files from search entries, at build time (see `format.ts` for the
 * files). Pure and deterministic: the same entries give byte-identical files.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { FIELDS, type EntryKind, type SearchEntry } from './documents.ts';
import {
  DIGITS,
  SEARCH_FORMAT,
  SEARCH_VERSION,
  type ChoseongShard,
  type EntryChunk,
  type SearchManifest,
  type SearchTag,
  type TermShard,
  type TypoList,
  type PhoneticShard,
  typoKeys,
} from './format.ts';
import { looksTransliterated, phoneticKey } from './phonetic.ts';
import { choseongOf, isHangulSyllable, syllableCount } from './korean.ts';
import { tokenize } from './tokenize.ts';
import { ConceptMatcher, conceptTable, conceptTerm, type SearchConcept } from './concepts.ts';
import { tagAncestors } from '../tags/tag-path.ts';

/** Size targets of the index files. */
export interface BuildOptions {
  /**
   * Target size of a term or choseong shard, in characters of terms and encoded postings
   * (default 14,000, about 9 KB gzip). Smaller shards mean fewer bytes per query, more files.
   */
  shardChars?: number;
  /**
   * Target size of an entry chunk, in characters of JSON (default: 6,000; for a small index, see
   * {@link SMALL_INDEX_CHARS}, a twelfth of all entries, so its ten results come in a few
   * requests). One entry larger than this gets a chunk of its own.
   */
  chunkChars?: number;
  /** Index the parts of Korean compounds ({@link compoundParts}); default true. Off only to measure what it adds. */
  decompound?: boolean;
  /**
   * The glossary's terms: a text holding one of a term's forms also indexes the concept term
   * `@<id>` (see `concepts.ts`), and the manifest lists them for the query side. Default none.
   */
  glossary?: readonly SearchConcept[];
}

/**
 * An index whose entries, term shards and choseong shards together hold at most this many
 * characters of JSON (about 100–150 KB gzip) is small: its entries come in about twelve chunks,
 * and the manifest tells the browser to fetch everything once search opens (`prefetch`), so
 * every query after that runs without the network. The bundled content is small; a site of
 * thousands of notes is not.
 */
export const SMALL_INDEX_CHARS = 480_000;

/** The files of one search index. */
export interface SearchIndexFiles {
  manifest: SearchManifest;
  termShards: TermShard[];
  choseongShards: ChoseongShard[];
  typoLists: TypoList[];
  phoneticShards: PhoneticShard[];
  chunks: EntryChunk[];
}

/** The manifest's letter for each entry kind. */
export const KIND_LETTER: Readonly<Record<EntryKind, string>> = { note: 'n', question: 'q', tag: 't', glossary: 'g' };

/** A tag path and its ancestors, outermost first (`a/b/c` → `a`, `a/b`, `a/b/c`). */
export function tagLineage(path: string): string[] {
  return tagAncestors(path);
}

/** The index term of a tag filter (`#service/emr`). */
export function tagTerm(path: string): string {
  return `#${path}`;
}

/** Compares strings by UTF-16 code units (the order of the term dictionary). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The parts of a Korean compound that search should also find it by (dictionary-based
 * decompounding, as Lucene's DictionaryCompoundWordTokenFilter does for German): for each cut into
 * two parts of at least two syllables where one part is a word of its own somewhere in the corpus,
 * both parts. `스팟인스턴스` → `스팟`, `인스턴스` when either is a standalone word; a compound of
 * unknown parts stays whole. This is how `인스턴스` finds `스팟인스턴스` with a prefix lookup
 * instead of a scan of the whole dictionary.
 *
 * @param term a Korean term (particle already stripped).
 * @param standalone the Korean terms that occur as words of their own.
 */
export function compoundParts(term: string, standalone: ReadonlySet<string>): string[] {
  const chars = [...term];
  if (chars.length < 4 || syllableCount(term) !== chars.length) return [];
  const parts = new Set<string>();
  for (let k = 2; k <= chars.length - 2; k++) {
    const head = chars.slice(0, k).join('');
    const tail = chars.slice(k).join('');
    if (standalone.has(head) || standalone.has(tail)) {
      parts.add(head);
      parts.add(tail);
    }
  }
  return [...parts];
}

/**
 * The postings of one term while the index is built: `entry × 8 + field` per posting (one number,
 * no object or map entry per posting: at 5,000 notes the index holds millions of postings, issue 16
 * item 6). Appended in entry order, so an entry's postings of one term are adjacent; merges (compound
 * parts, choseong and phonetic groups) append out of order and {@link sortPostings} puts them back.
 */
type PostingList = number[];

function addPosting(index: Map<string, PostingList>, term: string, entry: number, field: number): void {
  const postings = index.get(term);
  if (!postings) {
    index.set(term, [entry * 8 + field]);
    return;
  }
  const last = postings[postings.length - 1]!;
  if (Math.floor(last / 8) !== entry) postings.push(entry * 8 + field);
  else if (field < last % 8) postings[postings.length - 1] = entry * 8 + field;
}

/** Sorts packed postings in place and keeps one per entry, its best (lowest) field. */
function sortPostings(postings: PostingList): PostingList {
  let sorted = true;
  for (let i = 1; i < postings.length && sorted; i++) sorted = Math.floor(postings[i - 1]! / 8) < Math.floor(postings[i]! / 8);
  if (sorted) return postings;
  postings.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < postings.length; i++) {
    // Sorted by entry, then field: the first of an entry's postings has its best field.
    if (n === 0 || Math.floor(postings[n - 1]! / 8) !== Math.floor(postings[i]! / 8)) postings[n++] = postings[i]!;
  }
  postings.length = n;
  return postings;
}

/** Appends `from` to `into` (merged postings; {@link encode} sorts them). */
function append(into: PostingList, from: PostingList): void {
  for (const p of from) into.push(p);
}

function encode(postings: PostingList): string {
  return encodePackedPostings(sortPostings(postings));
}

/**
 * `encodePostings` (format.ts) of postings packed as `entry × 8 + field`, one number each (what
 * the builder keeps per term: no object per posting). The text is made as one flat string:
 * `out += digit` would make a rope of one node per character (tens of bytes each), which a large
 * index holds until it is serialized (issue 16 item 6: peak memory at 5,000 notes).
 *
 * @throws {RangeError} when a value is not a whole number or entries are not strictly ascending.
 */
export function encodePackedPostings(packed: ArrayLike<number>): string {
  const codes: number[] = [];
  const digits: number[] = [];
  let previous = -1;
  for (let i = 0; i < packed.length; i++) {
    const posting = packed[i]!;
    const entry = Math.floor(posting / 8);
    if (!Number.isInteger(posting) || entry <= previous)
      throw new RangeError(`postings must be strictly ascending by entry (got ${entry} after ${previous})`);
    let value = (entry - previous) * 8 + (posting % 8);
    previous = entry;
    digits.length = 0;
    do {
      digits.push(value % 32);
      value = Math.floor(value / 32);
    } while (value > 0);
    for (let d = digits.length - 1; d >= 0; d--) codes.push(DIGITS.charCodeAt(d === 0 ? digits[d]! : digits[d]! + 32));
  }
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 4096) parts.push(String.fromCharCode(...codes.slice(i, i + 4096)));
  return parts.join('');
}

/** Cuts sorted items into shards of about `target` characters; returns the index where each shard starts. */
function shardStarts(sizes: readonly number[], target: number): number[] {
  const starts: number[] = [];
  let size = Infinity;
  sizes.forEach((n, i) => {
    if (size + n > target && size > 0) {
      starts.push(i);
      size = 0;
    }
    size += n;
  });
  return starts.length > 0 ? starts : [0];
}

/**
 * The inverted index: term → (entry → best field class), with glossary concepts, tag-filter
 * terms of every tag and its ancestors, and (when `decompound`) the parts of Korean compounds.
 */
function invertedIndex(
  entries: readonly SearchEntry[],
  glossary: ReturnType<typeof conceptTable>,
  decompound: boolean,
): Map<string, PostingList> {
  const index = new Map<string, PostingList>();
  const concepts = glossary.ids.length > 0 ? new ConceptMatcher(glossary) : null;
  const conceptTerms = glossary.ids.map((id) => conceptTerm(id));
  entries.forEach((entry, id) => {
    FIELDS.forEach((field, fieldClass) => {
      for (const text of entry.fields[field] ?? []) {
        const tokens = tokenize(text);
        for (const token of tokens) addPosting(index, token.term, id, fieldClass);
        if (concepts) {
          const words = tokens.filter((t) => !t.part).map((t) => t.term);
          for (const c of concepts.match(words)) addPosting(index, conceptTerms[c]!, id, fieldClass);
        }
      }
    });
    for (const path of entry.tags) for (const lineage of tagLineage(path)) addPosting(index, tagTerm(lineage), id, 0);
  });

  // Korean compounds: their parts find them too.
  const korean = !decompound ? [] : [...index.keys()].filter((t) => isHangulSyllable(t[0] ?? ''));
  const standalone = new Set(korean);
  for (const term of korean) {
    const postings = index.get(term)!;
    for (const part of compoundParts(term, standalone)) {
      const into = index.get(part);
      if (into) append(into, postings);
      else index.set(part, postings.slice());
    }
  }
  for (const postings of index.values()) sortPostings(postings);
  return index;
}

/** Choseong keys (sorted) with their terms, merged postings and shard starts. */
function choseongGroups(terms: readonly string[], index: Map<string, PostingList>, shardChars: number) {
  const byKey = new Map<string, { terms: string[]; postings: PostingList }>();
  for (const term of terms) {
    if (!isHangulSyllable(term[0] ?? '') || syllableCount(term) !== [...term].length) continue;
    const key = choseongOf(term);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { terms: [], postings: [] }));
    group.terms.push(term);
    append(group.postings, index.get(term)!);
  }
  const keys = [...byKey.keys()].sort(compareCodeUnits);
  const keyTerms = keys.map((k) => byKey.get(k)!.terms.join(' '));
  const keyPostings = keys.map((k) => encode(byKey.get(k)!.postings));
  const choseongStarts =
    keys.length === 0
      ? []
      : shardStarts(
          keys.map((k, i) => k.length + keyTerms[i]!.length + keyPostings[i]!.length + 6),
          shardChars,
        );
  return { keys, keyTerms, keyPostings, choseongStarts };
}

/**
 * Phonetic shards: Latin terms (letters only, 4 or more) and Hangul terms shaped like
 * loanwords, by consonant skeleton, postings merged per script. Keys sorted, with rows and shard starts.
 */
function phoneticGroups(terms: readonly string[], index: Map<string, PostingList>, shardChars: number) {
  const byPhonetic = new Map<string, { latin: string[]; hangul: string[]; latinPostings: PostingList; hangulPostings: PostingList }>();
  for (const term of terms) {
    const hangul = isHangulSyllable(term[0] ?? '');
    if (hangul ? !looksTransliterated(term) : !/^[a-z]{4,}$/.test(term)) continue;
    const key = phoneticKey(term);
    if (!key) continue;
    let group = byPhonetic.get(key);
    if (!group) byPhonetic.set(key, (group = { latin: [], hangul: [], latinPostings: [], hangulPostings: [] }));
    (hangul ? group.hangul : group.latin).push(term);
    append(hangul ? group.hangulPostings : group.latinPostings, index.get(term)!);
  }
  const phoneticKeys = [...byPhonetic.keys()].sort(compareCodeUnits);
  const phoneticRows = phoneticKeys.map((k) => {
    const g = byPhonetic.get(k)!;
    return {
      latin: g.latin.join(' '),
      hangul: g.hangul.join(' '),
      latinPostings: encode(g.latinPostings),
      hangulPostings: encode(g.hangulPostings),
    };
  });
  const phoneticStarts =
    phoneticKeys.length === 0
      ? []
      : shardStarts(
          phoneticRows.map(
            (r, i) => phoneticKeys[i]!.length + r.latin.length + r.hangul.length + r.latinPostings.length + r.hangulPostings.length + 10,
          ),
          shardChars,
        );
  return { phoneticKeys, phoneticRows, phoneticStarts };
}

/** Typo lists: the terms under each typo key. */
function typoGroups(terms: readonly string[]): Map<string, string[]> {
  const byTypoKey = new Map<string, string[]>();
  for (const term of terms) {
    for (const key of typoKeys(term)) {
      const list = byTypoKey.get(key);
      if (list) list.push(term);
      else byTypoKey.set(key, [term]);
    }
  }
  return byTypoKey;
}

/**
 * Builds the manifest, term shards, choseong shards, typo lists and entry chunks.
 *
 * Every field text of every entry is tokenized ({@link tokenize}); each (term, entry) pair keeps
 * the best field it occurs in. Korean compounds also index their parts ({@link compoundParts}).
 * Each entry also gets the tag-filter terms of its tags and their ancestors (a note tagged
 * `service/emr/x` is found by `#service/emr`).
 *
 * @param entries the entries; an entry's id is its position.
 * @param tags every tag (for `#tag` filters and result labels).
 * @throws {RangeError} when a size target is not a positive number.
 */
export function buildSearchIndex(
  entries: readonly SearchEntry[],
  tags: readonly SearchTag[],
  options: BuildOptions = {},
): SearchIndexFiles {
  const shardChars = options.shardChars ?? 14_000;
  const entrySizes = entries.map((e) => JSON.stringify(e).length + 1);
  const entryChars = entrySizes.reduce((a, b) => a + b, 0);
  const chunkChars = options.chunkChars ?? (entryChars <= SMALL_INDEX_CHARS ? Math.max(6_000, Math.ceil(entryChars / 12)) : 6_000);
  if (!(shardChars > 0) || !(chunkChars > 0))
    throw new RangeError(`shardChars and chunkChars must be positive (got ${shardChars}, ${chunkChars})`);

  const glossary = conceptTable(options.glossary ?? []);
  const index = invertedIndex(entries, glossary, options.decompound !== false);

  // Term shards.
  const terms = [...index.keys()].sort(compareCodeUnits);
  const encoded = terms.map((term) => encode(index.get(term)!));
  const termStarts = shardStarts(
    encoded.map((text, i) => text.length + terms[i]!.length + 4),
    shardChars,
  );

  // Choseong shards: key → its terms and their merged postings.
  const { keys, keyTerms, keyPostings, choseongStarts } = choseongGroups(terms, index, shardChars);

  const { phoneticKeys, phoneticRows, phoneticStarts } = phoneticGroups(terms, index, shardChars);

  const byTypoKey = typoGroups(terms);
  const typoKeyList = [...byTypoKey.keys()].sort(compareCodeUnits);

  // Entry chunks.
  const chunkStarts = shardStarts(entrySizes, chunkChars);

  const sortedTags = [...tags].sort((a, b) => compareCodeUnits(a.path, b.path)).map((t) => ({ path: t.path, ko: t.ko, en: t.en }));
  const slice = <T>(items: readonly T[], starts: readonly number[], n: number): T[] =>
    items.slice(starts[n], starts[n + 1] ?? items.length);

  const hash = sha256.create();
  const encoder = new TextEncoder();
  const feed = (text: string) => hash.update(encoder.encode(`${text}\u0000`));
  terms.forEach((t, i) => feed(`${t}\t${encoded[i]}`));
  keys.forEach((k, i) => feed(`${k}\t${keyTerms[i]}\t${keyPostings[i]}`));
  typoKeyList.forEach((k) => feed(`${k}\t${byTypoKey.get(k)!.join('\n')}`));
  phoneticKeys.forEach((k, i) => feed(`${k}\t${JSON.stringify(phoneticRows[i])}`));
  // `feed(JSON.stringify(entries))`, one entry at a time: the same bytes, without one string of
  // every entry's text (tens of MB at 5,000 notes, issue 16 item 6).
  entries.forEach((e, i) => hash.update(encoder.encode(`${i === 0 ? '[' : ','}${JSON.stringify(e)}`)));
  hash.update(encoder.encode(`${entries.length === 0 ? '[' : ''}]\u0000`));
  feed(JSON.stringify(sortedTags));
  feed(JSON.stringify(glossary));
  feed(
    `${termStarts.join(',')}|${choseongStarts.join(',')}|${phoneticStarts.join(',')}|${chunkStarts.join(',')}|${shardChars}|${chunkChars}`,
  );
  const build = bytesToHex(hash.digest()).slice(0, 12);

  const head = { format: SEARCH_FORMAT, version: SEARCH_VERSION, build } as const;
  const manifest: SearchManifest = {
    ...head,
    entries: entries.length,
    kinds: entries.map((e) => KIND_LETTER[e.kind]).join(''),
    termShards: termStarts.map((start, n) => (n === 0 ? '' : terms[start]!)),
    choseongShards: choseongStarts.map((start, n) => (n === 0 ? '' : keys[start]!)),
    phoneticShards: phoneticStarts.map((start, n) => (n === 0 ? '' : phoneticKeys[start]!)),
    typoKeys: typoKeyList,
    prefetch:
      entryChars +
        encoded.reduce((n, t, i) => n + t.length + terms[i]!.length + 4, 0) +
        keys.reduce((n, k, i) => n + k.length + keyTerms[i]!.length + keyPostings[i]!.length + 6, 0) <=
      SMALL_INDEX_CHARS,
    chunkSizes: chunkStarts.map((start, n) => (chunkStarts[n + 1] ?? entries.length) - start),
    tags: sortedTags,
    glossary,
  };
  const termShards: TermShard[] = termStarts.map((_, n) => ({
    ...head,
    terms: slice(terms, termStarts, n).join('\n'),
    postings: slice(encoded, termStarts, n),
  }));
  const choseongShards: ChoseongShard[] = choseongStarts.map((_, n) => ({
    ...head,
    keys: slice(keys, choseongStarts, n).join('\n'),
    terms: slice(keyTerms, choseongStarts, n),
    postings: slice(keyPostings, choseongStarts, n),
  }));
  const phoneticShards: PhoneticShard[] = phoneticStarts.map((_, n) => {
    const rows = slice(phoneticRows, phoneticStarts, n);
    return {
      ...head,
      keys: slice(phoneticKeys, phoneticStarts, n).join('\n'),
      latin: rows.map((r) => r.latin),
      latinPostings: rows.map((r) => r.latinPostings),
      hangul: rows.map((r) => r.hangul),
      hangulPostings: rows.map((r) => r.hangulPostings),
    };
  });
  const typoLists: TypoList[] = typoKeyList.map((key) => ({ ...head, key, terms: byTypoKey.get(key)!.join('\n') }));
  const chunks: EntryChunk[] = chunkStarts.map((first, n) => ({ ...head, first, entries: slice(entries, chunkStarts, n) }));
  return { manifest, termShards, choseongShards, typoLists, phoneticShards, chunks };
}
