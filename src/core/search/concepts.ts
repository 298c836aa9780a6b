/**
 * Glossary concepts in search: every term of the glossary (`content/glossary.yml`) is one
 * concept, found by any of its forms — the English term, the Korean terms and the spellings
 * students type (`Kinesis`, `키네시스`, `키니시스`; `primary node`, `master node`, `마스터 노드`).
 *
 * At build time, a text that holds a form (as a run of index terms, spaces between them or not:
 * `코어노드` and `코어 노드` alike) also indexes the concept's term `@<id>`; at query time, query
 * words that spell a form (longest run first) also match that term. So a Hangul query finds
 * notes written in Latin letters and the other way round, through the glossary, as a synonym
 * filter does in a search engine (Lucene's SynonymGraphFilter, reduced to one concept term).
 */
import { tokenize } from './tokenize.ts';
import { lowerBound } from './lower-bound.ts';

/** The index term of a concept: `@` + glossary id (no token can start with `@`). */
export function conceptTerm(id: string): string {
  return `@${id}`;
}

/** True for a concept term. */
export function isConceptTerm(term: string): boolean {
  return term.startsWith('@');
}

/** A glossary term as search needs it: its id and every written form. */
export interface SearchConcept {
  id: string;
  forms: string[];
}

/** Most query words one form may span (`price capacity optimized allocation` is four). */
export const MAX_FORM_WORDS = 5;

/**
 * The key of a form: its index terms (whole words, not camelCase parts) run together, so that
 * spacing does not matter (`코어 노드` and `코어노드` → `코어노드`; `Spot Instances` →
 * `spotinstance`). Empty when the form has no index term (only stop words).
 */
export function formKey(form: string): string {
  return tokenize(form)
    .filter((t) => !t.part)
    .map((t) => t.term)
    .join('');
}

/**
 * The glossary as the manifest carries it (built once at build time by {@link conceptTable}, so
 * the browser tokenizes nothing when search opens): concept ids, the sorted form keys with the
 * concepts each names, and per concept the index terms a result highlights.
 */
export interface ConceptTable {
  /** Glossary ids; a concept's index is its position. */
  ids: string[];
  /** Form keys ({@link formKey}), sorted by UTF-16 code units, distinct. */
  keys: string[];
  /** Per key: the indexes of the concepts it names, joined with a space. */
  of: string[];
  /**
   * Per concept: the index terms a result highlights, joined with a space — its one-word forms,
   * and the words of its longer forms that fewer than three concepts share (`Kinesis Data
   * Streams` highlights `streams`, not `data`).
   */
  terms: string[];
}

/** Builds the {@link ConceptTable} of glossary terms. Pure and deterministic. */
export function conceptTable(concepts: readonly SearchConcept[]): ConceptTable {
  const byKey = new Map<string, number[]>();
  const tokensOf: Array<{ single: Set<string>; all: Set<string> }> = [];
  const spread = new Map<string, number>();
  concepts.forEach((concept, i) => {
    const single = new Set<string>();
    const all = new Set<string>();
    for (const form of concept.forms) {
      const tokens = tokenize(form).filter((t) => !t.part);
      const key = tokens.map((t) => t.term).join('');
      if (!key) continue;
      if (tokens.length === 1) single.add(key);
      for (const t of tokens) all.add(t.term);
      const list = byKey.get(key);
      if (!list) byKey.set(key, [i]);
      else if (!list.includes(i)) list.push(i);
    }
    for (const t of all) spread.set(t, (spread.get(t) ?? 0) + 1);
    tokensOf.push({ single, all });
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ids: concepts.map((c) => c.id),
    keys,
    of: keys.map((k) => byKey.get(k)!.join(' ')),
    terms: tokensOf.map(({ single, all }) => [...all].filter((t) => single.has(t) || (spread.get(t) ?? 0) < 3).join(' ')),
  };
}

/** Finds the concepts a run of index terms spells, over a {@link ConceptTable}. */
export class ConceptMatcher {
  private readonly table: ConceptTable;
  private readonly byKey = new Map<string, number[]>();
  /** Every proper prefix of every key, built on the first {@link match} (the index build's hot loop). */
  private prefixes: Set<string> | null = null;
  /** Per concept: the index terms a result highlights. */
  readonly termsOf: string[][];

  constructor(table: ConceptTable) {
    this.table = table;
    table.keys.forEach((key, i) => this.byKey.set(key, (table.of[i] ?? '').split(' ').map(Number)));
    this.termsOf = table.terms.map((t) => (t ? t.split(' ') : []));
  }

  /** The glossary ids, by concept index. */
  get ids(): readonly string[] {
    return this.table.ids;
  }

  /** The concepts a form key names exactly (empty when none). */
  get(key: string): readonly number[] {
    return this.byKey.get(key) ?? [];
  }

  /** True when some form key starts with `text` and is longer. */
  isPrefix(text: string): boolean {
    const keys = this.table.keys;
    let i = lowerBound(keys, text);
    if (keys[i] === text) i++;
    return (keys[i] ?? '').startsWith(text);
  }

  /** Form keys longer than `prefix` that start with it, with their concepts (for a word still being typed). */
  keysStartingWith(prefix: string): Array<{ key: string; concepts: readonly number[] }> {
    const keys = this.table.keys;
    const out: Array<{ key: string; concepts: readonly number[] }> = [];
    for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i++)
      if (keys[i]!.length > prefix.length) out.push({ key: keys[i]!, concepts: this.byKey.get(keys[i]!)! });
    return out;
  }

  /**
   * The concepts spelled anywhere in a run of index terms (a text's tokens in order): every
   * run of consecutive terms whose concatenation is a form key.
   */
  match(terms: readonly string[]): Set<number> {
    if (!this.prefixes) {
      this.prefixes = new Set();
      for (const key of this.table.keys) for (let k = 1; k < key.length; k++) this.prefixes.add(key.slice(0, k));
    }
    const prefixes = this.prefixes;
    const found = new Set<number>();
    for (let i = 0; i < terms.length; i++) {
      let run = '';
      for (let j = i; j < terms.length && j < i + MAX_FORM_WORDS; j++) {
        run += terms[j]!;
        const hit = this.byKey.get(run);
        if (hit) for (const c of hit) found.add(c);
        if (!prefixes.has(run)) break;
      }
    }
    return found;
  }
}
