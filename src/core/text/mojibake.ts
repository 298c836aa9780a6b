/**
 * Mojibake detection and repair.
 *
 * Mojibake here is UTF-8 text that a tool decoded with a single-byte code page (Windows
 * 1250–1258, 874, or Latin-1) and saved again as UTF-8: every byte of a multi-byte character
 * became one character of the code page (`한` = ED 95 9C → `í•œ` in windows-1254). A lossy tool
 * drops the bytes the code page leaves undefined (windows-1254: 0x81, 0x8D–0x90, 0x9D, 0x9E), so
 * some characters lose a continuation byte; a lossless tool keeps them as C1 controls.
 *
 * Repair re-encodes the text with the code page's char→byte table ({@link codepageTables}) and
 * decodes the bytes as UTF-8 again. A character whose bytes all survived comes back exactly. For
 * a lead byte followed by k too few continuation bytes, every way of inserting k bytes from the
 * code page's lost set (its undefined bytes, plus its invisible ones such as the soft hyphen when
 * the text never shows them) at any positions after the lead that yields a well-formed,
 * assigned, non-control code point is a candidate. The candidates are ranked by a smoothed
 * character trigram model ({@link CharFrequencies}: unigram, bigram and trigram counts with a
 * Hangul jamo / KS X 1001 back-off) — exact second-order Viterbi over the whole text, so each
 * damaged character sees two characters of context on each side and adjacent damaged characters
 * are chosen jointly.
 *
 * Sources: WHATWG Encoding Standard (https://encoding.spec.whatwg.org/) for the code pages;
 * Unicode Table 3-7 / RFC 3629 (https://www.rfc-editor.org/rfc/rfc3629) for well-formed UTF-8.
 */
import { codepageTable, codepageTables, type CodepageTable } from './codepages.ts';
import type { CharFrequencies } from './frequencies.ts';
import { continuationCount, decodeUtf8Sequence, isContinuationByte, isPlausibleCodePoint } from './utf8.ts';

/** One character whose bytes were partly lost and had to be guessed. */
export interface MojibakeGuess {
  /** 1-based line of the guessed character in the repaired text. */
  line: number;
  /** 1-based column (UTF-16 code units, as editors count) in the repaired text. */
  column: number;
  /** The character chosen (U+FFFD when no candidate was possible). */
  chosen: string;
  /** Share of the model's probability mass the chosen character got among the candidates (0–1). */
  confidence: number;
  /** The next-best candidates, best first (at most {@link MAX_ALTERNATIVES}). */
  alternatives: string[];
}

/** Result of {@link repairMojibake}. */
export interface MojibakeRepair {
  /** The code page the mojibake was made with, e.g. `windows-1254`. */
  codepage: string;
  /** The repaired text. */
  text: string;
  /** Multi-byte characters whose bytes all survived: restored exactly. */
  restored: number;
  /** Characters with lost bytes, chosen among candidates (including the unrecoverable ones). */
  guessed: number;
  /** Characters for which no candidate was possible, written as U+FFFD (a subset of `guessed`). */
  unrecoverable: number;
  /** Every guessed character, in text order. */
  guesses: MojibakeGuess[];
}

/** Result of {@link detectMojibake}. */
export interface MojibakeDetection {
  /** The code page that explains the text best, e.g. `windows-1254`. */
  codepage: string;
  /**
   * Share of the text's non-ASCII byte sequences (under that code page) that decode as
   * well-formed UTF-8, 0–1. Genuine mojibake from a lossless tool scores 1; lossy windows-1254
   * mojibake of Korean text scores about 0.8.
   */
  confidence: number;
}

/** How many alternatives a guess lists at most. */
export const MAX_ALTERNATIVES = 5;

/**
 * Detection thresholds. A text is mojibake under a code page when at most
 * {@link UNENCODABLE_SHARE} of its non-ASCII characters are outside the code page, it has at
 * least {@link MIN_VALID_SEQUENCES} well-formed multi-byte sequences, those are at least twice
 * the unexplainable ones (bad lead bytes, overlongs, characters outside the code page) and at
 * least half the lead bytes left with none of their continuation bytes. Genuine accented Latin
 * text re-encodes to such lone lead bytes and almost never to a well-formed sequence, so it
 * fails; genuine Korean text is outside every code page.
 */
export const MIN_VALID_SEQUENCES = 3;
export const UNENCODABLE_SHARE = 0.01;

// ── re-encoding and segmentation ──────────────────────────────────────────────────────────

/** Units: a byte 0–255, or 256 + index of a character kept literally (outside the code page). */
interface Reencoded {
  units: Int32Array;
  length: number;
  literals: string[];
  nonAscii: number;
}

function reencode(text: string, table: CodepageTable): Reencoded {
  const units = new Int32Array(text.length);
  const literals: string[] = [];
  let length = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      units[length++] = c;
      continue;
    }
    nonAscii++;
    const b = table.charToByte.get(c);
    if (b !== undefined) {
      units[length++] = b;
      continue;
    }
    // Outside the code page: keep it as it is (a surrogate pair stays one literal).
    const isPair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const lit = isPair ? text.slice(i, i + 2) : text[i]!;
    if (isPair) i++;
    units[length++] = 256 + literals.length;
    literals.push(lit);
  }
  return { units, length, literals, nonAscii };
}

const isCont = (u: number): boolean => u < 256 && isContinuationByte(u);

/** Counts for detection: well-formed (V), explainable-broken (E), unexplainable (X), literals (u). */
interface SegmentCounts {
  valid: number;
  explainable: number;
  /**
   * The explainable ones that are a lead byte with none of its continuation bytes. Genuine
   * accented text re-encodes to exactly this (`é` + ASCII → E9 alone); mojibake of CJK or Hangul
   * rarely loses every continuation byte of a character.
   */
  bareLeads: number;
  unexplainable: number;
  literals: number;
  /**
   * Continuation byte values (0x80–0xBF) the code page defines but the text never uses. A lossy
   * conversion empties exactly the undefined ones, so when two code pages re-encode the text to
   * the same bytes, the one that leaves fewer unexplained gaps is the one that did the damage
   * (windows-1254 mojibake without Turkish letters re-encodes like windows-1252, but 0x8E and
   * 0x9E — defined in 1252, undefined in 1254 — are missing).
   */
  unexplainedGaps: number;
}

/**
 * The repaired text as a sequence of character positions, each with its candidate code points:
 * one for a character that survived (or passed through), several for a damaged one, and
 * {@link UNKNOWN} alone for a byte sequence no candidate explains (written as U+FFFD).
 */
interface Positions {
  candidates: number[][];
  /** Indexes of the positions that were damaged (a choice had to be made, or U+FFFD). */
  slots: number[];
}

/** Marks a position with no possible character; it is written as U+FFFD and breaks the context. */
const UNKNOWN = -1;

/**
 * The continuation bytes that may have been lost: those the code page leaves undefined, plus
 * its invisible ones (soft hyphen …) when the text never contains them — seed evidence: in a
 * windows-1254 mojibake note, `사항` (ED 95 AD) came out as `í•` with 0xAD gone, while other
 * 0xAD-free defined bytes survived.
 */
function lostContinuations(table: CodepageTable, seen: Uint8Array): number[] {
  const lost = table.undefinedBytes.filter(isContinuationByte);
  for (const b of table.ignorableBytes) if (isContinuationByte(b) && !seen[b]) lost.push(b);
  return lost.sort((x, y) => x - y);
}

function undefinedLeads(table: CodepageTable): number[] {
  return table.undefinedBytes.filter((b) => continuationCount(b) > 0);
}

/**
 * Candidates for a lead byte with `present` continuation bytes when it needs `need`: every
 * insertion of `need - present.length` bytes of `fill` at any positions after the lead that
 * decodes to a plausible code point. Distinct code points, in generation order.
 */
function damagedCandidates(lead: number, present: readonly number[], need: number, fill: readonly number[]): number[] {
  const missing = need - present.length;
  const out = new Set<number>();
  if (fill.length === 0) return [];
  const seq = new Array<number>(need + 1);
  seq[0] = lead;
  // Choose which of the `need` positions hold inserted bytes (bit mask with `missing` bits set).
  for (let mask = 0; mask < 1 << need; mask++) {
    if (popcount(mask) !== missing) continue;
    const slots: number[] = [];
    for (let p = 0, q = 0; p < need; p++) {
      if (mask & (1 << p)) slots.push(p + 1);
      else seq[p + 1] = present[q++]!;
    }
    const combos = fill.length ** missing;
    for (let c = 0; c < combos; c++) {
      let x = c;
      for (const slot of slots) {
        seq[slot] = fill[x % fill.length]!;
        x = Math.floor(x / fill.length);
      }
      const cp = decodeUtf8Sequence(seq);
      if (cp >= 0 && isPlausibleCodePoint(cp)) out.add(cp);
    }
  }
  return [...out];
}

function popcount(n: number): number {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
}

/** Candidates for a run of continuation bytes whose lead byte was lost. */
function strayCandidates(run: readonly number[], leads: readonly number[]): number[] {
  const out: number[] = [];
  for (const lead of leads) {
    if (continuationCount(lead) !== run.length) continue;
    const cp = decodeUtf8Sequence([lead, ...run]);
    if (cp >= 0 && isPlausibleCodePoint(cp)) out.push(cp);
  }
  return out;
}

/**
 * Walks the re-encoded units as UTF-8. With `out` it records every character position and the
 * candidates of the damaged ones; it always returns the counts detection needs.
 */
function segment(re: Reencoded, table: CodepageTable, out: Positions | null): SegmentCounts {
  const { units, length, literals } = re;
  const seen = new Uint8Array(256);
  for (let k = 0; k < length; k++) if (units[k]! < 256) seen[units[k]!] = 1;
  const fillConts = lostContinuations(table, seen);
  const fillLeads = undefinedLeads(table);
  const counts: SegmentCounts = {
    valid: 0,
    explainable: 0,
    bareLeads: 0,
    unexplainable: 0,
    literals: literals.length,
    unexplainedGaps: 0,
  };
  for (let b = 0x80; b <= 0xbf; b++) if (!seen[b] && table.byteToChar[b] !== -1) counts.unexplainedGaps++;
  const fixed = (cp: number): void => {
    out?.candidates.push([cp]);
  };
  const slot = (candidates: number[]): void => {
    if (!out) return;
    out.slots.push(out.candidates.length);
    out.candidates.push(candidates.length > 0 ? candidates : [UNKNOWN]);
  };
  let i = 0;
  while (i < length) {
    const u = units[i]!;
    if (u >= 256) {
      fixed(literals[u - 256]!.codePointAt(0)!);
      i++;
      continue;
    }
    if (u < 0x80) {
      fixed(u);
      i++;
      continue;
    }
    const need = continuationCount(u);
    if (need < 0) {
      if (isContinuationByte(u)) {
        // Continuation bytes with no lead: the lead byte was lost (only code pages that leave a
        // lead byte undefined, e.g. windows-874 or windows-1255, can do that).
        let j = i;
        while (j < length && isCont(units[j]!)) j++;
        const run = Array.from(units.subarray(i, Math.min(j, i + 3)));
        const cands = j - i <= 3 && fillLeads.length > 0 ? strayCandidates(run, fillLeads) : [];
        if (cands.length > 0) counts.explainable++;
        else counts.unexplainable++;
        slot(cands);
        i = j;
      } else {
        counts.unexplainable++; // C0, C1, F5–FF never start a sequence
        slot([]);
        i++;
      }
      continue;
    }
    const present: number[] = [];
    let j = i + 1;
    while (j < length && present.length < need && isCont(units[j]!)) present.push(units[j++]!);
    if (present.length === need) {
      const cp = decodeUtf8Sequence([u, ...present]);
      if (cp >= 0) {
        counts.valid++;
        fixed(cp);
      } else {
        counts.unexplainable++;
        slot([]);
      }
    } else if (fillConts.length > 0) {
      counts.explainable++;
      if (present.length === 0) counts.bareLeads++;
      slot(out ? damagedCandidates(u, present, need, fillConts) : []);
    } else {
      counts.unexplainable++;
      slot([]);
    }
    i = j;
  }
  return counts;
}

// ── detection ─────────────────────────────────────────────────────────────────────────────

const FLAG_LEAD = 1;
const FLAG_CONT = 2;
const FLAG_ANY = 4;
let pairFlags: Uint8Array | null = null;

/**
 * Per BMP code unit below U+2200 (every character of our code pages is below that): is it in
 * some code page (FLAG_ANY), and can it be a lead / continuation byte under some code page?
 */
function flags(): Uint8Array {
  if (pairFlags) return pairFlags;
  const f = new Uint8Array(0x2200);
  for (const table of codepageTables()) {
    for (const [c, b] of table.charToByte) {
      if (c >= 0x2200) continue;
      f[c]! |= FLAG_ANY;
      if (continuationCount(b) > 0) f[c]! |= FLAG_LEAD;
      if (isContinuationByte(b)) f[c]! |= FLAG_CONT;
    }
  }
  pairFlags = f;
  return f;
}

/**
 * Cheap pre-check, one pass with a lookup table: can any code page explain `text`? No when
 * more than {@link UNENCODABLE_SHARE} of its non-ASCII characters are in no code page at all
 * (Hangul, CJK, emoji: every genuine Korean note), or when fewer than {@link MIN_VALID_SEQUENCES}
 * times a character some code page maps to a UTF-8 lead byte is directly followed by one it
 * maps to a continuation byte (genuine accented text).
 */
function mayBeMojibake(text: string): boolean {
  const f = flags();
  let pairs = 0;
  let nonAscii = 0;
  let foreign = 0;
  let prevLead = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      prevLead = false;
      continue;
    }
    nonAscii++;
    if (c >= 0x2200) {
      foreign++;
      prevLead = false;
      if (c >= 0xd800 && c <= 0xdbff) i++; // a surrogate pair is one character
      continue;
    }
    const fl = f[c]!;
    if ((fl & FLAG_ANY) === 0) foreign++;
    if (prevLead && fl & FLAG_CONT) pairs++;
    prevLead = (fl & FLAG_LEAD) !== 0;
  }
  return pairs >= MIN_VALID_SEQUENCES && foreign <= Math.floor(nonAscii * UNENCODABLE_SHARE);
}

/**
 * Decides whether `text` is mojibake and with which code page. Tries every code page of
 * {@link codepageTables} (windows-1250…1258, 874, ISO-8859-1) and keeps the one under which
 * (nearly) the whole text re-encodes and the bytes form the most well-formed multi-byte UTF-8
 * sequences (ties: fewer unexplainable sequences, fewer broken ones, then the order of
 * {@link MOJIBAKE_CODEPAGES}). Returns null for text that is not mojibake; see
 * {@link MIN_VALID_SEQUENCES} for the thresholds.
 *
 * Cost: one pass over the text with a lookup table for clean text (it fails a cheap pre-check:
 * too many characters no code page has, or too few lead/continuation-like pairs); a few passes
 * per code page otherwise.
 */
export function detectMojibake(text: string): MojibakeDetection | null {
  if (!mayBeMojibake(text)) return null;
  let best: { table: CodepageTable; counts: SegmentCounts } | null = null;
  for (const table of codepageTables()) {
    const re = reencode(text, table);
    if (re.literals.length > Math.floor(re.nonAscii * UNENCODABLE_SHARE)) continue;
    const counts = segment(re, table, null);
    if (!best || better(counts, best.counts)) best = { table, counts };
  }
  if (!best) return null;
  const { valid, explainable, bareLeads, unexplainable, literals } = best.counts;
  const bad = unexplainable + literals;
  if (valid < MIN_VALID_SEQUENCES || valid < 2 * bad || valid < 0.5 * bareLeads) return null;
  return { codepage: best.table.name, confidence: valid / (valid + explainable + bad) };
}

/** How well one code page explains a text (see {@link detectMojibake}). */
export interface CodepageScore extends SegmentCounts {
  codepage: string;
  /** Non-ASCII characters of the text (UTF-16 code units). */
  nonAscii: number;
}

/**
 * The evidence {@link detectMojibake} weighs, per code page (for diagnostics and tests):
 * well-formed sequences, broken ones explainable by lost bytes, unexplainable ones, characters
 * outside the code page, and unexplained byte gaps. No cheap pre-check: always scores every
 * code page.
 */
export function scoreCodepages(text: string): CodepageScore[] {
  return codepageTables().map((table) => {
    const re = reencode(text, table);
    return { codepage: table.name, nonAscii: re.nonAscii, ...segment(re, table, null) };
  });
}

function better(a: SegmentCounts, b: SegmentCounts): boolean {
  if (a.valid !== b.valid) return a.valid > b.valid;
  const badA = a.unexplainable + a.literals;
  const badB = b.unexplainable + b.literals;
  if (badA !== badB) return badA < badB;
  if (a.explainable > 0 && b.explainable > 0 && a.unexplainedGaps !== b.unexplainedGaps) {
    return a.unexplainedGaps < b.unexplainedGaps;
  }
  return a.explainable < b.explainable;
}

// ── repair ────────────────────────────────────────────────────────────────────────────────

const SINGLE_BACK = new Int32Array(1);

/** log P(c | b, a) under the model; 0 for an unknown position (it carries no evidence). */
function logP(freq: CharFrequencies, c: number, b: number, a: number): number {
  return c === UNKNOWN ? 0 : freq.logProbability(c, b, a);
}

/**
 * Chooses one candidate per position: exact second-order Viterbi over the trigram model, so each
 * damaged character is judged with two characters of context on each side and adjacent damaged
 * characters are chosen jointly. Returns the index of the chosen candidate per position.
 * Positions with a single candidate cost nothing beyond carrying the state.
 */
function choosePath(cands: readonly number[][], freq: CharFrequencies): Int32Array {
  const n = cands.length;
  const VIRTUAL = [UNKNOWN];
  // State at position i: (candidate j of position i-1, candidate k of position i), stored at
  // j * |C_i| + k. back[i] holds, per state, the best candidate of position i-2.
  if (n === 0) return new Int32Array(0);
  const back: Int32Array[] = new Array(n);
  let score = new Float64Array(cands[0]!.length);
  for (let k = 0; k < cands[0]!.length; k++) score[k] = logP(freq, cands[0]![k]!, UNKNOWN, UNKNOWN);
  back[0] = new Int32Array(cands[0]!.length);
  for (let i = 1; i < n; i++) {
    const A = i >= 2 ? cands[i - 2]! : VIRTUAL;
    const B = cands[i - 1]!;
    const C = cands[i]!;
    if (A.length === 1 && B.length === 1 && C.length === 1) {
      // One path in, one path out: the model term is the same for every path; keep the score.
      back[i] = SINGLE_BACK;
      continue;
    }
    const next = new Float64Array(B.length * C.length);
    const bp = new Int32Array(B.length * C.length);
    for (let j = 0; j < B.length; j++) {
      for (let k = 0; k < C.length; k++) {
        let best = -Infinity;
        let arg = 0;
        for (let h = 0; h < A.length; h++) {
          const v = score[h * B.length + j]! + logP(freq, C[k]!, B[j]!, A[h]!);
          if (v > best) {
            best = v;
            arg = h;
          }
        }
        next[j * C.length + k] = best;
        bp[j * C.length + k] = arg;
      }
    }
    score = next;
    back[i] = bp;
  }
  // Best final state, then follow the back-pointers.
  const path = new Int32Array(n);
  let bestState = 0;
  for (let s = 1; s < score.length; s++) if (score[s]! > score[bestState]!) bestState = s;
  const lastLen = cands[n - 1]!.length;
  path[n - 1] = bestState % lastLen;
  if (n >= 2) path[n - 2] = Math.floor(bestState / lastLen);
  for (let i = n - 1; i >= 2; i--) {
    const state = path[i - 1]! * cands[i]!.length + path[i]!;
    path[i - 2] = back[i]![state]!;
  }
  return path;
}

/**
 * Repairs mojibake made with `codepage` (as returned by {@link detectMojibake}). Every character
 * whose bytes all survived is restored exactly; ASCII and characters outside the code page pass
 * through unchanged. Each character that lost bytes is chosen among the candidates (see the
 * module comment) by `frequencies`, with two characters of context on each side; a byte sequence
 * with no candidate becomes U+FFFD. Line and column of each guess refer to the repaired text
 * (lines split at LF, CRLF or CR).
 *
 * @throws Error when `codepage` is not one of {@link MOJIBAKE_CODEPAGES} supported by the
 *   platform's `TextDecoder`.
 */
export function repairMojibake(text: string, codepage: string, frequencies: CharFrequencies): MojibakeRepair {
  const table = codepageTable(codepage);
  if (!table) {
    throw new Error(
      `repairMojibake: unknown code page "${codepage}"; use one returned by detectMojibake (windows-1250…1258, windows-874, iso-8859-1).`,
    );
  }
  const positions: Positions = { candidates: [], slots: [] };
  const counts = segment(reencode(text, table), table, positions);
  const { candidates } = positions;
  const path = choosePath(candidates, frequencies);
  const chosen = (i: number): number => (i >= 0 && i < candidates.length ? candidates[i]![path[i]!]! : UNKNOWN);

  // Assemble the text, remembering where each damaged character went.
  const parts: string[] = [];
  const slotOffsets: number[] = [];
  let offset = 0;
  let nextSlot = 0;
  for (let i = 0; i < candidates.length; i++) {
    const cp = chosen(i);
    const ch = cp === UNKNOWN ? '\uFFFD' : String.fromCodePoint(cp);
    if (positions.slots[nextSlot] === i) {
      slotOffsets.push(offset);
      nextSlot++;
    }
    parts.push(ch);
    offset += ch.length;
  }
  const out = parts.join('');

  // Report each guess with its alternatives, ranked with the chosen neighbours as context.
  let unrecoverable = 0;
  const guesses: MojibakeGuess[] = positions.slots.map((i) => {
    const cp = chosen(i);
    if (cp === UNKNOWN) {
      unrecoverable++;
      return { line: 0, column: 0, chosen: '\uFFFD', confidence: 0, alternatives: [] };
    }
    const [a2, a1, b1, b2] = [chosen(i - 2), chosen(i - 1), chosen(i + 1), chosen(i + 2)];
    const ranked = candidates[i]!.map((c) => ({
      c,
      s: logP(frequencies, c, a1, a2) + logP(frequencies, b1, c, a1) + logP(frequencies, b2, b1, c),
    })).sort((x, y) => y.s - x.s);
    const top = ranked[0]!.s;
    const mass = ranked.reduce((sum, r) => sum + Math.exp(r.s - top), 0);
    const own = ranked.find((r) => r.c === cp)!.s;
    return {
      line: 0,
      column: 0,
      chosen: String.fromCodePoint(cp),
      confidence: Math.exp(own - top) / mass,
      alternatives: ranked
        .filter((r) => r.c !== cp)
        .slice(0, MAX_ALTERNATIVES)
        .map((r) => String.fromCodePoint(r.c)),
    };
  });
  locate(out, slotOffsets, guesses);
  return {
    codepage: table.name,
    text: out,
    restored: counts.valid,
    guessed: guesses.length,
    unrecoverable,
    guesses,
  };
}

/** Fills in 1-based line/column for each guess from its UTF-16 offset (offsets ascending). */
function locate(text: string, offsets: readonly number[], guesses: MojibakeGuess[]): void {
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  for (let g = 0; g < offsets.length; g++) {
    const target = offsets[g]!;
    for (; pos < target; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(pos + 1) !== 0x0a)) {
        line++;
        lineStart = pos + 1;
      }
    }
    guesses[g]!.line = line;
    guesses[g]!.column = target - lineStart + 1;
  }
}
