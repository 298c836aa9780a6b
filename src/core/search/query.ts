/**
 * Parses what a student types into the search box: `#tag` filters and words.
 *
 * `#service/emr spot 인스턴스` → tag filter `service/emr`, words `spot` and `인스턴스`. Words go
 * through the index tokenizer (so `Spot Instances` and `spot instance` give the same terms);
 * Korean typed as loose jamo (`ㅇㅣㄴㅅㅡ`) is composed first; a word of initial consonants only
 * (`ㅅㅍ`) is a choseong word; the last word is "open" (maybe unfinished) unless the query ends
 * with a space.
 */
import { composeJamo, hasLooseJamo, isChoseongQuery } from './korean.ts';
import { tokenize, type TokenScript } from './tokenize.ts';

/** One word of a query. */
export interface QueryWord {
  /** The index form (as {@link tokenize} gives it): particle or plural folded, lower case. */
  term: string;
  /** The normalised form as typed (`인스턴스를`, `instances`). */
  surface: string;
  script: TokenScript;
  /** True for a word of initial consonants only (`ㅅㅍ` for `스팟`). */
  choseong: boolean;
  /** True for the last word while the student may still be typing it (no space after it). */
  open: boolean;
  /**
   * Glossary concepts the word (or the run of words it stands for) spells, by their index in the
   * manifest's glossary, with the quality of the match (set by the engine, see `concepts.ts`).
   */
  concepts?: Array<{ index: number; quality: number }>;
}

/** A parsed query. */
export interface ParsedQuery {
  /** Tag filters as typed, without `#` and surrounding slashes, lower case (`service/emr`). */
  tags: string[];
  words: QueryWord[];
}

/** Longest query the parser reads, in UTF-16 code units; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Parses a query. Never throws; an empty or punctuation-only query gives no words and no tags.
 * Queries longer than {@link MAX_QUERY_LENGTH} are cut.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  const tags: string[] = [];
  const words: QueryWord[] = [];
  const chunks = text.split(/\s+/).filter((c) => c.length > 0);
  const endsOpen = !/\s$/.test(text);
  chunks.forEach((chunk, i) => {
    if (chunk.startsWith('#')) {
      const tag = chunk
        .replace(/^#+/, '')
        .replace(/^\/+|\/+$/g, '')
        .normalize('NFKC')
        .toLowerCase();
      if (tag) tags.push(tag);
      return;
    }
    const lastChunk = i === chunks.length - 1 && endsOpen;
    const composed = hasLooseJamo(chunk) && !isChoseongQuery(chunk, 1) ? composeJamo(chunk) : chunk;
    const tokens = tokenize(composed).filter((t) => !t.part);
    tokens.forEach((token, j) => {
      words.push({
        term: token.term,
        surface: token.surface,
        script: token.script,
        choseong: token.script === 'hangul' && isChoseongQuery(token.surface, 1),
        open: lastChunk && j === tokens.length - 1,
      });
    });
  });
  return { tags, words };
}
