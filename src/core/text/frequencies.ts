/**
 * Character statistics that rank the candidates for a character mojibake lost bytes of: how
 * often each character occurs (unigrams), how often it follows each other character (bigrams)
 * and each pair of characters (trigrams), and — for Hangul syllables the corpus has not seen —
 * how often each initial consonant, vowel and final consonant occur (a jamo-level back-off), so
 * that a plausible syllable outranks a Yi syllable or a rare CJK ideograph with the same bytes.
 *
 * The model is an interpolated Witten–Bell model (T(h) = number of distinct characters seen
 * after the context h, so a context seen with few different followers trusts its counts more):
 *
 *   P₃(c | a,b) = (n(a,b,c) + γ·T(a,b)·P₂(c | b)) / (n(a,b,·) + γ·T(a,b))
 *   P₂(c | b)   = (n(b,c)   + β·T(b)·P₂′(c | b))  / (n(b,·)   + β·T(b))
 *   P₂′(c | b)  = same form over the counts after any syllable with b's final consonant
 *                 (Hangul b only; P₁(c) otherwise)
 *   P₁(c)       = (n(c)     + α·V·P₀(c))          / (N        + α·V)        V = distinct characters
 *   P₀(c)       = P(class of c) · P(c | class)
 *
 * where P(c | Hangul) ∝ P(initial)·P(vowel | initial)·P(final | vowel) from add-½ smoothed jamo
 * counts, times {@link UNCOMMON_SYLLABLE_WEIGHT} for a syllable outside KS X 1001; P(c | any
 * other class) is uniform over the class. Hangul syllable arithmetic (19 initials × 21 vowels ×
 * 28 finals from U+AC00) is from The Unicode Standard, §3.12 "Conjoining Jamo Behavior"
 * (https://www.unicode.org/versions/latest/core-spec/chapter-3/#G24646). Witten–Bell smoothing as
 * described in Chen & Goodman, "An Empirical Study of Smoothing Techniques for Language
 * Modeling" (ACL 1996), https://aclanthology.org/P96-1041/.
 *
 * Measured (test/unit/text/mojibake.test.ts, seeds 001–004 damaged like seed 000, each repaired
 * with the model of the other three): unigram+bigram alone recovered 89.9–97.6% of the lost
 * characters (seed 001 below 90%); the trigram with the jamo, KS X 1001 and final-consonant
 * back-offs recovers 91.5–97.6%. With the repair model of the build and `emr-prep repair`
 * (text/repair-model.ts: bundled notes + the other seeds, no text written after seeing any seed):
 * 774 of 800 lost characters (96.8%) on seeds 001–004 (test/unit/text/repair-equals-build.test.ts).
 */

/** Coarse character classes (mostly Unicode blocks) for the back-off prior. */
export type CharClass =
  | 'ascii'
  | 'hangul'
  | 'hangul-jamo'
  | 'latin'
  | 'punctuation'
  | 'arrow'
  | 'symbol'
  | 'emoji'
  | 'cjk'
  | 'kana'
  | 'other';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const INITIALS = 19;
const VOWELS = 21;
const FINALS = 28;

const EMOJI = /^\p{Extended_Pictographic}$/u;

/**
 * The {@link CharClass} of a code point, from the Unicode block ranges
 * (https://www.unicode.org/Public/UCD/latest/ucd/Blocks.txt); pictographs
 * (`Extended_Pictographic`, https://www.unicode.org/reports/tr51/) are `emoji` wherever they are.
 */
export function charClass(cp: number): CharClass {
  if (cp < 0x80) return 'ascii';
  if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) return 'hangul';
  if (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3130 && cp <= 0x318f) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff)
  ) {
    return 'hangul-jamo';
  }
  if ((cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin';
  if (cp >= 0x2000 && cp <= 0x2bff) {
    if (EMOJI.test(String.fromCodePoint(cp))) return 'emoji';
    if (cp <= 0x206f) return 'punctuation';
    if (cp >= 0x2190 && cp <= 0x21ff) return 'arrow'; // the Arrows block; rarer arrows are `symbol`
    return 'symbol';
  }
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return 'punctuation';
  if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff)) {
    return 'cjk';
  }
  if (cp >= 0x3040 && cp <= 0x30ff) return 'kana';
  if (cp >= 0x1f000 && EMOJI.test(String.fromCodePoint(cp))) return 'emoji';
  return 'other';
}

/**
 * Size of each class (number of code points the uniform within-class prior spreads over) and
 * the weak prior share of each class before any text is seen. The shares are hand-set for
 * Korean/English technical notes (mostly ASCII and Hangul, some punctuation, arrows and emoji);
 * text seen by {@link buildCharFrequencies} quickly outweighs them.
 */
const CLASS_PRIOR: Record<CharClass, { size: number; share: number }> = {
  ascii: { size: 128, share: 0.55 },
  hangul: { size: 11172, share: 0.35 },
  punctuation: { size: 420, share: 0.02 },
  arrow: { size: 112, share: 0.01 },
  symbol: { size: 2500, share: 0.02 },
  emoji: { size: 1400, share: 0.03 },
  latin: { size: 690, share: 0.01 },
  cjk: { size: 100000, share: 0.005 },
  kana: { size: 192, share: 0.002 },
  'hangul-jamo': { size: 480, share: 0.001 },
  other: { size: 150000, share: 0.001 },
};

/**
 * Weight of a Hangul syllable outside KS X 1001 relative to one inside it, in the within-class
 * prior. KS X 1001 (the Korean national character set, https://www.kssn.net/ — KS X 1001:2004)
 * encodes the 2,350 precomposed syllables chosen for everyday use; the other 8,822 of the 11,172
 * are rare in real text (`랿`, `앝`-like oddities). Membership is read at runtime from the
 * platform's EUC-KR decoder: KS X 1001 rows 16–40 are the bytes B0–C8 × A1–FE
 * (WHATWG index-euc-kr, https://encoding.spec.whatwg.org/#euc-kr).
 */
export const UNCOMMON_SYLLABLE_WEIGHT = 0.01;

let commonSyllables: Uint8Array | null = null;

/**
 * 1 for each Hangul syllable (index from U+AC00) in KS X 1001, 0 otherwise; all 1 when the
 * platform has no EUC-KR decoder (the prior then treats every syllable alike).
 */
export function ksx1001Syllables(): Uint8Array {
  if (commonSyllables) return commonSyllables;
  const set = new Uint8Array(HANGUL_LAST - HANGUL_FIRST + 1);
  try {
    const decoder = new TextDecoder('euc-kr');
    const bytes = new Uint8Array(2 * 25 * 94);
    let k = 0;
    for (let lead = 0xb0; lead <= 0xc8; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        bytes[k++] = lead;
        bytes[k++] = trail;
      }
    }
    for (const ch of decoder.decode(bytes)) {
      const cp = ch.codePointAt(0)!;
      if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) set[cp - HANGUL_FIRST] = 1;
    }
  } catch {
    set.fill(1);
  }
  if (!set.includes(1)) set.fill(1);
  commonSyllables = set;
  return set;
}

/** Smoothing weights of the model (multipliers of the Witten–Bell back-off weights). */
export interface CharModelOptions {
  /** α: weight of the class/jamo prior in the unigram estimate. Default 1. */
  unigramPriorWeight?: number;
  /** β: weight of the unigram estimate in the bigram estimate. Default 1. */
  bigramPriorWeight?: number;
  /** γ: weight of the bigram estimate in the trigram estimate. Default 1. */
  trigramPriorWeight?: number;
  /** κ: pseudo-count of the hand-set class shares in the class estimate. Default 20. */
  classPriorWeight?: number;
  /** Back off from an unseen Hangul context to its final consonant (default true). */
  finalConsonantBackoff?: boolean;
  /** Longest context used: 0 (unigram), 1 (bigram) or 2 (trigram, the default). */
  order?: 0 | 1 | 2;
}

/** Counts of what follows one context (a character, or a pair of characters). */
export interface ContextCounts {
  /** n(h,·): occurrences of the context followed by any character. */
  total: number;
  /** n(h,c) per following code point; its size is T(h). */
  readonly next: Map<number, number>;
}

/** Key of a pair of code points (exact: 0x110000² < 2⁵³). */
export const pairKey = (first: number, second: number): number => first * 0x110000 + second;

function bump(map: Map<number, ContextCounts>, key: number, cp: number): void {
  let ctx = map.get(key);
  if (!ctx) {
    ctx = { total: 0, next: new Map() };
    map.set(key, ctx);
  }
  ctx.total++;
  ctx.next.set(cp, (ctx.next.get(cp) ?? 0) + 1);
}

function decompose(cp: number): [number, number, number] {
  const s = cp - HANGUL_FIRST;
  return [Math.floor(s / (VOWELS * FINALS)), Math.floor((s % (VOWELS * FINALS)) / FINALS), s % FINALS];
}

/**
 * Counts of characters, character pairs and triples in a set of texts, with the smoothed model
 * over them (see the module comment). Build it with {@link buildCharFrequencies}. Code points are
 * the keys (a character outside the BMP is one key, not two surrogates); a U+FFFD in the input
 * is skipped and breaks the context.
 */
export class CharFrequencies {
  /** n(c): occurrences of each code point. */
  readonly unigrams = new Map<number, number>();
  /** What follows each code point b: n(b,c). */
  readonly afterChar = new Map<number, ContextCounts>();
  /** What follows each pair (a,b), keyed by {@link pairKey}: n(a,b,c). */
  readonly afterPair = new Map<number, ContextCounts>();
  /**
   * What follows a Hangul syllable, grouped by its final consonant (index 0–27, 0 = none): the
   * back-off for a syllable never seen as a context (`됩` before `니` behaves like `습`, `합`).
   */
  readonly afterFinal = new Map<number, ContextCounts>();
  /** Occurrences per {@link CharClass}. */
  readonly classCounts = new Map<CharClass, number>();
  /** N: all code points counted. */
  total = 0;
  /** Hangul syllables counted (the jamo counts below add up to this). */
  hangulTotal = 0;
  /** Counts of initial consonants (19). */
  readonly initialCounts = new Float64Array(INITIALS);
  /** Counts of (initial, vowel) pairs, index `initial * 21 + vowel`. */
  readonly initialVowelCounts = new Float64Array(INITIALS * VOWELS);
  /** Counts of vowels (21). */
  readonly vowelCounts = new Float64Array(VOWELS);
  /** Counts of (vowel, final) pairs, index `vowel * 28 + final` (final 0 = none). */
  readonly vowelFinalCounts = new Float64Array(VOWELS * FINALS);

  /** Σ over all syllables of jamo probability × KS X 1001 weight (0 = to be computed). */
  private syllableNorm = 0;
  /** P₁ per code point, computed on demand (cleared when text is added). */
  private readonly unigramCache = new Map<number, number>();
  private readonly alpha: number;
  private readonly beta: number;
  private readonly gamma: number;
  private readonly kappa: number;
  private readonly order: 0 | 1 | 2;
  private readonly useFinalBackoff: boolean;

  constructor(options: CharModelOptions = {}) {
    this.alpha = options.unigramPriorWeight ?? 1;
    this.beta = options.bigramPriorWeight ?? 1;
    this.gamma = options.trigramPriorWeight ?? 1;
    this.kappa = options.classPriorWeight ?? 20;
    this.order = options.order ?? 2;
    this.useFinalBackoff = options.finalConsonantBackoff ?? true;
  }

  /** Adds the characters of one text (code point by code point) to the counts. */
  addText(text: string): void {
    let a = -1;
    let b = -1;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0xfffd) {
        a = b = -1; // a replacement character is no evidence about its neighbours
        continue;
      }
      this.unigrams.set(cp, (this.unigrams.get(cp) ?? 0) + 1);
      this.total++;
      this.syllableNorm = 0;
      this.unigramCache.clear();
      const cls = charClass(cp);
      this.classCounts.set(cls, (this.classCounts.get(cls) ?? 0) + 1);
      if (cls === 'hangul') {
        const [l, v, t] = decompose(cp);
        this.hangulTotal++;
        this.initialCounts[l]!++;
        this.initialVowelCounts[l * VOWELS + v]!++;
        this.vowelCounts[v]!++;
        this.vowelFinalCounts[v * FINALS + t]!++;
      }
      if (b >= 0) {
        bump(this.afterChar, b, cp);
        if (b >= HANGUL_FIRST && b <= HANGUL_LAST) bump(this.afterFinal, (b - HANGUL_FIRST) % FINALS, cp);
      }
      if (a >= 0) bump(this.afterPair, pairKey(a, b), cp);
      a = b;
      b = cp;
    }
  }

  /** P₀(c): class share times the within-class prior (jamo model for Hangul). */
  priorProbability(cp: number): number {
    const cls = charClass(cp);
    const { size, share } = CLASS_PRIOR[cls];
    const classP = ((this.classCounts.get(cls) ?? 0) + this.kappa * share) / (this.total + this.kappa);
    if (cls !== 'hangul') return classP / size;
    if (this.syllableNorm === 0) {
      let norm = 0;
      for (let s = 0; s <= HANGUL_LAST - HANGUL_FIRST; s++) norm += this.weightedJamoProbability(s + HANGUL_FIRST);
      this.syllableNorm = norm;
    }
    return (classP * this.weightedJamoProbability(cp)) / this.syllableNorm;
  }

  /** P(initial)·P(vowel | initial)·P(final | vowel), add-½ smoothed, times the KS X 1001 weight. */
  private weightedJamoProbability(cp: number): number {
    const [l, v, t] = decompose(cp);
    const pL = (this.initialCounts[l]! + 0.5) / (this.hangulTotal + 0.5 * INITIALS);
    const pV = (this.initialVowelCounts[l * VOWELS + v]! + 0.5) / (this.initialCounts[l]! + 0.5 * VOWELS);
    const pT = (this.vowelFinalCounts[v * FINALS + t]! + 0.5) / (this.vowelCounts[v]! + 0.5 * FINALS);
    const common = ksx1001Syllables()[cp - HANGUL_FIRST] === 1;
    return pL * pV * pT * (common ? 1 : UNCOMMON_SYLLABLE_WEIGHT);
  }

  /** P₁(c): smoothed unigram probability. */
  unigramProbability(cp: number): number {
    const cached = this.unigramCache.get(cp);
    if (cached !== undefined) return cached;
    const weight = this.alpha * Math.max(1, this.unigrams.size);
    const p = ((this.unigrams.get(cp) ?? 0) + weight * this.priorProbability(cp)) / (this.total + weight);
    this.unigramCache.set(cp, p);
    return p;
  }

  /**
   * P(c | a,b): smoothed probability that `cp` follows the characters `prev2` then `prev1`
   * (pass -1 for an unknown or absent context character; the model then backs off to a shorter
   * context). Always in (0, 1].
   */
  probability(cp: number, prev1 = -1, prev2 = -1): number {
    let p = this.unigramProbability(cp);
    if (prev1 < 0 || this.order < 1) return p;
    if (this.useFinalBackoff && prev1 >= HANGUL_FIRST && prev1 <= HANGUL_LAST) {
      p = smooth(this.afterFinal.get((prev1 - HANGUL_FIRST) % FINALS), cp, p, this.beta);
    }
    p = smooth(this.afterChar.get(prev1), cp, p, this.beta);
    if (prev2 < 0 || this.order < 2) return p;
    return smooth(this.afterPair.get(pairKey(prev2, prev1)), cp, p, this.gamma);
  }

  /** Natural log of {@link probability}. */
  logProbability(cp: number, prev1 = -1, prev2 = -1): number {
    return Math.log(this.probability(cp, prev1, prev2));
  }
}

/** Witten–Bell interpolation of a context's counts with the lower-order estimate. */
function smooth(ctx: ContextCounts | undefined, cp: number, lower: number, weight: number): number {
  if (!ctx) return lower;
  const w = weight * ctx.next.size;
  return ((ctx.next.get(cp) ?? 0) + w * lower) / (ctx.total + w);
}

/**
 * Counts characters, adjacent pairs and triples over `texts` (e.g. the other notes of the
 * content folder and the bundled notes) and returns the smoothed model. Pass texts that are not
 * themselves mojibake. Cost: linear in the total length (a few ms per 100 KB).
 */
export function buildCharFrequencies(texts: readonly string[], options?: CharModelOptions): CharFrequencies {
  const freq = new CharFrequencies(options);
  for (const text of texts) freq.addText(text);
  return freq;
}

let builtin: CharFrequencies | null = null;

/**
 * The model used when the caller has no texts: no counts at all, only the class prior and the
 * jamo prior with the KS X 1001 weight (see {@link CharFrequencies.priorProbability}). There is no
 * built-in sample text: the build and `emr-prep repair` always pass the model of
 * text/repair-model.ts (bundled notes and the damaged note's neighbours).
 */
export function builtinCharFrequencies(): CharFrequencies {
  builtin ??= new CharFrequencies();
  return builtin;
}
