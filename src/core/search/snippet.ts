/**
 * Snippets: the part of a field text around the words a query matched, with the ranges to
 * highlight. Matching goes through the same tokenizer as the index, so a highlighted word is
 * exactly a word that made the entry match (`인스턴스를` highlights its stem `인스턴스`).
 */
import { hasHangul } from './korean.ts';
import { tokenize } from './tokenize.ts';

/** A half-open range `[start, end)` of UTF-16 code units in a snippet's or title's text. */
export type Range = readonly [start: number, end: number];

/** A piece of text to show, with the ranges to highlight (sorted, not overlapping). */
export interface Snippet {
  text: string;
  highlights: Range[];
}

/** What a text is matched against: index terms that matched, and the query's own terms. */
export interface HighlightTerms {
  /** Index terms (dictionary entries) that made the entry match. */
  terms: ReadonlySet<string>;
  /**
   * The query's terms; inside a highlighted Korean word, the part equal to one of them is
   * highlighted instead of the whole word (`인스턴스` inside `스팟인스턴스`).
   */
  query: readonly string[];
}

/** A matched word of a text: its range and the matched term it stands for. */
export interface MatchedWord {
  start: number;
  end: number;
  term: string;
}

/**
 * The words of `text` that match: a token whose index term is a matched term, or a Korean token
 * holding a matched Korean term of two syllables or more (a compound found by its part:
 * `스팟인스턴스를` holds `인스턴스`). Inside a Korean word the matched part is the range
 * (`인스턴스` of `스팟인스턴스`, `상호작용` of `상호작용성` when the query says `상호작용`).
 */
export function matchedWords(text: string, match: HighlightTerms): MatchedWord[] {
  const korean = [...match.terms].filter((t) => t.length >= 2 && hasHangul(t)).sort((a, b) => b.length - a.length);
  const out: MatchedWord[] = [];
  for (const token of tokenize(text)) {
    const surface = text.slice(token.start, token.end);
    if (match.terms.has(token.term)) {
      let start = token.start;
      let end = token.end;
      if (token.script === 'hangul') {
        for (const q of match.query) {
          const at = q.length > 0 && q.length < surface.length ? surface.indexOf(q) : -1;
          if (at >= 0) {
            start += at;
            end = start + q.length;
            break;
          }
        }
      }
      out.push({ start, end, term: token.term });
    } else if (token.script === 'hangul') {
      const part = korean.find((t) => t.length < surface.length && surface.includes(t));
      if (part) {
        const at = token.start + surface.indexOf(part);
        out.push({ start: at, end: at + part.length, term: part });
      }
    }
  }
  return out;
}

/** Ranges of the words of `text` that match ({@link matchedWords}), sorted and merged. */
export function highlightRanges(text: string, match: HighlightTerms): Range[] {
  const ranges = matchedWords(text, match).map((w) => [w.start, w.end] as [number, number]);
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Where to cut: the nearest whitespace at or before `at` within `slack` characters, else `at`. */
function cutBefore(text: string, at: number, slack: number): number {
  if (at <= 0) return 0;
  for (let i = at; i > Math.max(0, at - slack); i--) if (/\s/.test(text[i - 1]!)) return i;
  return at;
}

/** The nearest whitespace at or after `at` within `slack` characters, else `at`. */
function cutAfter(text: string, at: number, slack: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i < Math.min(text.length, at + slack); i++) if (/\s/.test(text[i]!)) return i;
  return at;
}

/**
 * Where a term may occur in lower-cased text, as plain substrings: the term itself, and for a
 * folded `-ies` plural its stem (`policy` occurs in `policies` as `polic`).
 */
export function termNeedles(term: string): string[] {
  return term.endsWith('y') && term.length > 3 && !hasHangul(term) ? [term.slice(0, -1)] : [term];
}

/**
 * The snippet of a text for a query: a window of about `width` characters holding as many
 * distinct matched words as possible (the earliest such window), cut at spaces where one is
 * near, with `…` where text was left out. Whitespace runs become one space.
 *
 * Long texts (note bodies) are not tokenized whole: candidate windows come from a plain substring
 * search for the matched terms, and only the chosen window is tokenized for exact highlights.
 *
 * @param text the field text (any length; an empty text gives an empty snippet).
 * @param width window width in UTF-16 code units (default 160).
 * @returns the snippet; when nothing matches, the start of the text without highlights.
 */
export function makeSnippet(text: string, match: HighlightTerms, width = 160): Snippet {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= width) return { text: clean, highlights: highlightRanges(clean, match) };
  const lower = clean.toLowerCase();
  const anchors: Array<{ at: number; term: string }> = [];
  for (const term of match.terms) {
    for (const needle of termNeedles(term)) {
      for (let at = lower.indexOf(needle), n = 0; at >= 0 && n < 64; at = lower.indexOf(needle, at + needle.length), n++)
        anchors.push({ at, term });
    }
  }
  anchors.sort((a, b) => a.at - b.at);
  const windows = anchors
    .map((a, i) => {
      const start = Math.max(0, a.at - Math.floor(width / 4));
      const terms = new Set<string>();
      for (let j = i; j < anchors.length && anchors[j]!.at < start + width; j++) terms.add(anchors[j]!.term);
      return { start, score: terms.size };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
  const slack = Math.floor(width / 8);
  const cut = (start: number): Snippet => {
    const from = cutBefore(clean, start, slack);
    const to = cutAfter(clean, Math.min(clean.length, from + width), slack);
    const prefix = from > 0 ? '… ' : '';
    const suffix = to < clean.length ? ' …' : '';
    const body = clean.slice(from, to);
    return {
      text: `${prefix}${body}${suffix}`,
      highlights: highlightRanges(body, match).map(([a, b]) => [a + prefix.length, b + prefix.length] as const),
    };
  };
  for (const w of windows.slice(0, 3)) {
    const snippet = cut(w.start);
    if (snippet.highlights.length > 0) return snippet;
  }
  return cut(0);
}
