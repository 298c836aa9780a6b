/**
 * The parse cache: content digest → parsed note, kept across builds so that a rebuild after editing
 * one note parses only that note (issue 7). Pure: the digest function and the byte encoding are
 * given by the caller (the reader uses SHA-256 from node:crypto and the V8 serializer, and stores
 * the entries in one file under Astro's cache folder).
 *
 * A key covers everything the parse result depends on: the note's path (slug, diagnostics), its
 * decoded text and encoding report, and a `version` string that must change whenever the parser
 * could give another result for the same input (the reader derives it from the source of the core
 * modules and the lockfile, so any change to the parser or its libraries empties the cache).
 *
 * Entries are stored encoded, not as objects: the linker mutates parsed notes (resolved links and
 * hrefs), so a result is encoded when it is stored and decoded afresh on every hit.
 */
import type { DecodedNote, ParsedNoteResult } from './build.ts';

/** Format of the cache entries; part of every key. */
export const PARSE_CACHE_FORMAT = 1;

/** How the cache turns keys into digests and results into bytes (and back). */
export interface ParseCacheCodec {
  /** A collision-resistant digest of a string (e.g. SHA-256, hex). */
  digest(text: string): string;
  /** Encodes a parse result; must keep Map, Date and nested objects (structured-clone types). */
  encode(result: ParsedNoteResult): Uint8Array;
  decode(bytes: Uint8Array): ParsedNoteResult;
}

/** Counts of one build's use of the cache. */
export interface ParseCacheStats {
  /** Notes whose result came from the cache. */
  hits: number;
  /** Notes that had to be parsed. */
  misses: number;
  /** Entries of the previous build that no note of this build used (dropped on save). */
  stale: number;
}

/** The digest key of a decoded note under a parser version. */
export function parseCacheKey(note: DecodedNote, version: string, codec: Pick<ParseCacheCodec, 'digest'>): string {
  return codec.digest(JSON.stringify([PARSE_CACHE_FORMAT, version, note.file, note.encoding, note.text]));
}

/**
 * One build's view of the parse cache: looks notes up, records the results of the notes it had to
 * parse, and gives the entries to keep for the next build (exactly the notes of this build).
 */
export class ParseCache {
  private readonly used = new Map<string, Uint8Array>();
  private hits = 0;
  private misses = 0;

  /**
   * @param previous the entries saved by the previous build (key → encoded result); empty for none
   * @param version the parser version (see the module comment); entries of another version never match
   */
  constructor(
    private readonly previous: ReadonlyMap<string, Uint8Array>,
    private readonly version: string,
    private readonly codec: ParseCacheCodec,
  ) {}

  /** The key of a note (to pass back to {@link store}). */
  key(note: DecodedNote): string {
    return parseCacheKey(note, this.version, this.codec);
  }

  /** The cached result of a note (a fresh object), or null when it must be parsed. */
  lookup(key: string): ParsedNoteResult | null {
    const bytes = this.previous.get(key) ?? this.used.get(key);
    if (!bytes) {
      this.misses += 1;
      return null;
    }
    this.hits += 1;
    this.used.set(key, bytes);
    return this.codec.decode(bytes);
  }

  /**
   * Records a freshly parsed result. Call before the result is linked (the linker mutates it).
   * @param encoded the result already encoded (e.g. by a parse worker), to skip encoding it again
   */
  store(key: string, result: ParsedNoteResult, encoded?: Uint8Array): void {
    this.used.set(key, encoded ?? this.codec.encode(result));
  }

  /** True when the entries to save differ from the previous build's. */
  get changed(): boolean {
    return this.misses > 0 || this.used.size !== this.previous.size;
  }

  /** The entries to save: those of this build's notes. */
  entries(): Map<string, Uint8Array> {
    return new Map(this.used);
  }

  get stats(): ParseCacheStats {
    let stale = 0;
    for (const key of this.previous.keys()) if (!this.used.has(key)) stale += 1;
    return { hits: this.hits, misses: this.misses, stale };
  }
}
