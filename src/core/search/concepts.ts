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

/** Finds the concepts a run of index terms spells. Built once per index (build) or per page (query). */
export class ConceptMatcher {
  /** Form key → indexes of the concepts it names. */
  private readonly keys = new Map<string, number[]>();
  /** Every proper prefix of every key (to stop extending a run early). */
  private readonly prefixes = new Set<string>();
  /** Per concept: the index terms a result highlights (see the constructor). */
  readonly termsOf: string[][];
  readonly concepts: readonly SearchConcept[];

  constructor(concepts: readonly SearchConcept[]) {
    this.concepts = concepts;
    const tokensOf: Array<{ single: Set<string>; all: Set<string> }> = [];
    /** Token → how many concepts use it in a form (`data` is in many; `kinesis` in four). */
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
        const list = this.keys.get(key);
        if (!list) this.keys.set(key, [i]);
        else if (!list.includes(i)) list.push(i);
        for (let k = 1; k < key.length; k++) this.prefixes.add(key.slice(0, k));
      }
      for (const t of all) spread.set(t, (spread.get(t) ?? 0) + 1);
      tokensOf.push({ single, all });
    });
    // What a result highlights for a concept: its one-word forms, and the words of its longer
    // forms that few concepts share (`Kinesis Data Streams` highlights `streams`, not `data`).
    this.termsOf = tokensOf.map(({ single, all }) => [...all].filter((t) => single.has(t) || (spread.get(t) ?? 0) < 3));
  }

  /** The concepts a form key names exactly (empty when none). */
  get(key: string): readonly number[] {
    return this.keys.get(key) ?? [];
  }

  /** True when some form key starts with `text` (and is longer). */
  isPrefix(text: string): boolean {
    return this.prefixes.has(text);
  }

  /** Form keys longer than `prefix` that start with it, with their concepts (for a word still being typed). */
  keysStartingWith(prefix: string): Array<{ key: string; concepts: readonly number[] }> {
    if (!this.prefixes.has(prefix)) return [];
    const out: Array<{ key: string; concepts: readonly number[] }> = [];
    for (const [key, concepts] of this.keys) if (key.length > prefix.length && key.startsWith(prefix)) out.push({ key, concepts });
    return out;
  }

  /**
   * The concepts spelled anywhere in a run of index terms (a text's tokens in order): every
   * run of consecutive terms whose concatenation is a form key.
   */
  match(terms: readonly string[]): Set<number> {
    const found = new Set<number>();
    for (let i = 0; i < terms.length; i++) {
      let run = '';
      for (let j = i; j < terms.length && j < i + MAX_FORM_WORDS; j++) {
        run += terms[j]!;
        const hit = this.keys.get(run);
        if (hit) for (const c of hit) found.add(c);
        if (!this.prefixes.has(run)) break;
      }
    }
    return found;
  }
}
