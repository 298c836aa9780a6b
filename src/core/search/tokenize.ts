/**
 * The search tokenizer, shared by the index build, the query parser and the snippet highlighter,
 * so that what is indexed, what is asked and what is highlighted always agree.
 *
 * Text → runs of letters, marks and digits (`/[\p{L}\p{M}\p{N}]+/u`; punctuation, spaces, `-`,
 * `_` and `.` separate) → each run cut where the script changes between Hangul and anything else
 * (`EMR에서` → `EMR` + `에서`, `Spot으로` → `Spot` + `으로`) → one token per piece:
 * - Hangul: Unicode NFC (conjoining jamo composed; compatibility jamo such as `ㅅ` kept, since
 *   NFKC would turn them into conjoining jamo), then one particle stripped ({@link stripParticle});
 *   bare particles and function words dropped.
 * - Other scripts: NFKC (full-width `Ｓｐｏｔ` → `Spot`), lower case, regular plural folded
 *   ({@link foldPlural}); stop words and single letters dropped; camelCase words also yield their
 *   parts (`ResourceManager` → `resourcemanager`, `resource`, `manager`).
 */
import { camelParts, foldPlural, isEnglishStopWord } from './english.ts';
import { hasHangul, isKoreanStopWord, stripParticle } from './korean.ts';

/** Whether a token is Hangul or not (Latin letters, digits, other scripts). */
export type TokenScript = 'hangul' | 'latin';

/** One token of a text. Offsets are UTF-16 code units into the text given to {@link tokenize}. */
export interface Token {
  /** The index form: normalised, lower-cased, particle or plural folded (`인스턴스를` → `인스턴스`). */
  term: string;
  /** The normalised surface before folding (`인스턴스를`, `instances`), as a query needs it. */
  surface: string;
  /** Start of the part to highlight (the stem, without a stripped particle). */
  start: number;
  /** End (exclusive) of the part to highlight. */
  end: number;
  script: TokenScript;
  /** True for a camelCase part emitted in addition to its whole word. */
  part: boolean;
}

const RUN = /[\p{L}\p{M}\p{N}]+/gu;

/** Cuts a run of letters and digits where it changes between Hangul and other scripts. */
function scriptPieces(run: string): Array<{ text: string; offset: number; hangul: boolean }> {
  const out: Array<{ text: string; offset: number; hangul: boolean }> = [];
  let start = 0;
  let current: boolean | null = null;
  let offset = 0;
  for (const ch of run) {
    const h = hasHangul(ch);
    if (current !== null && h !== current) {
      out.push({ text: run.slice(start, offset), offset: start, hangul: current });
      start = offset;
    }
    current = h;
    offset += ch.length;
  }
  if (current !== null) out.push({ text: run.slice(start), offset: start, hangul: current });
  return out;
}

/** The index form of a non-Hangul word (NFKC, lower case, plural folded). */
export function latinTerm(word: string): string {
  return foldPlural(word.normalize('NFKC').toLowerCase());
}

/** True for a non-Hangul term search ignores: a stop word or a single letter. */
function isLatinNoise(term: string): boolean {
  return isEnglishStopWord(term) || (term.length === 1 && !/[0-9]/.test(term));
}

/** The tokens of one run of letters and digits, offsets relative to the run. */
function runTokens(run: string): Token[] {
  const tokens: Token[] = [];
  for (const piece of scriptPieces(run)) {
    const at = piece.offset;
    if (piece.hangul) {
      const surface = piece.text.normalize('NFC');
      if (isKoreanStopWord(surface)) continue;
      const term = stripParticle(surface);
      if (isKoreanStopWord(term)) continue;
      // Highlight the stem; when NFC changed the length, the whole piece.
      const end = surface.length === piece.text.length ? at + term.length : at + piece.text.length;
      tokens.push({ term, surface, start: at, end, script: 'hangul', part: false });
    } else {
      const surface = piece.text.normalize('NFKC').toLowerCase();
      const term = foldPlural(surface);
      if (!isLatinNoise(term)) {
        tokens.push({ term, surface, start: at, end: at + piece.text.length, script: 'latin', part: false });
      }
      for (const { part, offset } of camelParts(piece.text)) {
        const partSurface = part.normalize('NFKC').toLowerCase();
        const partTerm = foldPlural(partSurface);
        if (partTerm.length < 2 || isLatinNoise(partTerm) || partTerm === term) continue;
        tokens.push({
          term: partTerm,
          surface: partSurface,
          start: at + offset,
          end: at + offset + part.length,
          script: 'latin',
          part: true,
        });
      }
    }
  }
  return tokens;
}

/**
 * Tokens of the runs seen so far, by run: a corpus repeats its words, and normalising, particle
 * stripping and plural folding were most of an index build's tokenizing time (issue 16: a
 * 1,000-note rebuild). Cleared when it holds {@link RUN_CACHE_SIZE} runs, so memory stays bounded.
 */
const runCache = new Map<string, readonly Token[]>();
const RUN_CACHE_SIZE = 100_000;

/**
 * Tokenizes a text (see the module comment for the rules).
 *
 * @param text any text; never throws (an empty or punctuation-only text gives no tokens).
 * @returns tokens in text order; camelCase parts follow their whole word. Fresh objects: the
 *   caller may keep or change them.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    let cached = runCache.get(run);
    if (cached === undefined) {
      if (runCache.size >= RUN_CACHE_SIZE) runCache.clear();
      cached = runTokens(run);
      runCache.set(run, cached);
    }
    for (const t of cached) tokens.push({ ...t, start: m.index + t.start, end: m.index + t.end });
  }
  return tokens;
}

/** The distinct index terms of a text, in first-seen order. */
export function termsOf(text: string): string[] {
  return [...new Set(tokenize(text).map((t) => t.term))];
}
