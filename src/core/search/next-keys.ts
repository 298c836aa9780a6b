/**
 * What the student's next key can type (issue 16: the keys after the first answered from memory).
 * Pure: texts and dictionary terms in, texts and term ranges out; the engine
 * (`SearchEngine.prefetchNext`, engine.ts) uses it to fetch, while the student is still reading
 * the results of one key, the index files the next key will need.
 *
 * - {@link continuationRange}: the range of dictionary terms every continuation of the word being
 *   typed starts within, so the term shards covering it hold every term a later key can look up.
 *   A Latin word continues at its end (`sp` → `spo`); a Korean word as a Korean IME composes it,
 *   where the last syllable may still change: `스` may become `슾`, `싀` or `스파` (its final
 *   consonant moving on to the next syllable), never `사`. So the range of `스` is every term
 *   starting with a syllable of initial `ㅅ` and vowel `ㅡ` or `ㅢ`; of `ㅅ`, a syllable of initial `ㅅ`.
 * - {@link imeSteps} / {@link nextKeyText}: the text the box shows one key later on the way to a
 *   given term (`스` → `슾` on the way to `스팟`; `sp` → `spo` on the way to `spot`).
 * - {@link nextKeyCandidates}: the next texts of the terms of a range, most likely first. A
 *   next text's weight is the sum of its terms' document frequencies (approximated by the length
 *   of their encoded postings, see `encodePostings`): a student more often types words the notes
 *   are full of.
 */
import { assemble, disassemble } from 'es-hangul';
import { isHangulSyllable } from './korean.ts';

/** A code unit above every term's characters: `[p, p + END)` is the range of terms starting with `p`. */
const END = '\uffff';
const SYLLABLE_BASE = 0xac00;
/** Choseong (initial consonant) order of the Unicode syllable block, as compatibility jamo. */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** The last vowel index a vowel can still become by one more key (`ㅗ` → `ㅘ`, `ㅙ`, `ㅚ`; `ㅜ` → `ㅝ`…`ㅟ`; `ㅡ` → `ㅢ`). */
const VOWEL_REACH: Readonly<Record<number, number>> = { 8: 11, 13: 16, 18: 19 };

function syllable(initial: number, vowel: number, final: number): string {
  return String.fromCharCode(SYLLABLE_BASE + (initial * 21 + vowel) * 28 + final);
}

/**
 * The range `[lo, hi)` (UTF-16 code unit order, as the dictionary is sorted) of the terms any
 * continuation of `word` can start with, as a student keeps typing it: a Latin word (or digits)
 * continues at its end; the last Hangul syllable keeps its initial consonant and vowel (which may
 * still become a compound vowel when it has no final consonant); a consonant typed on its own
 * becomes the initial of a syllable. Null for an empty word or a last character that is a vowel on
 * its own (no term starts there).
 *
 * @param word the word being typed, lower case (a query's last, open word).
 */
export function continuationRange(word: string): [string, string] | null {
  if (word === '') return null;
  const last = word[word.length - 1]!;
  const before = word.slice(0, -1);
  if (isHangulSyllable(last)) {
    const code = last.charCodeAt(0) - SYLLABLE_BASE;
    const initial = Math.floor(code / 588);
    const vowel = Math.floor((code % 588) / 28);
    const reach = code % 28 === 0 ? (VOWEL_REACH[vowel] ?? vowel) : vowel;
    return [before + syllable(initial, vowel, 0), before + syllable(initial, reach, 27) + END];
  }
  const initial = INITIALS.indexOf(last);
  if (initial >= 0) return [before + syllable(initial, 0, 0), before + syllable(initial, 20, 27) + END];
  if (/[\u314f-\u3163]/.test(last)) return null;
  return [word, word + END];
}

/**
 * The texts a Korean IME shows while a word is typed, one per key: Latin characters one at a
 * time, Hangul jamo by jamo (`스팟` → `ㅅ`, `스`, `슾`, `스파`, `스팟`; es-hangul `assemble`).
 */
export function imeSteps(word: string): string[] {
  const steps: string[] = [];
  let done = '';
  for (const run of word.match(/[\uac00-\ud7a3]+|[^\uac00-\ud7a3]/gu) ?? []) {
    if (!isHangulSyllable(run[0]!)) {
      done += run;
      steps.push(done);
      continue;
    }
    const jamo = [...disassemble(run)];
    for (let k = 1; k <= jamo.length; k++) {
      let text: string;
      try {
        text = assemble(jamo.slice(0, k));
      } catch {
        return steps; // not composable key by key: the steps so far
      }
      steps.push(done + text);
    }
    done += run;
  }
  return steps;
}

/**
 * The text the box shows one key after `current` on the way to `target`, or null when `target`
 * does not continue `current` (or is `current` itself).
 *
 * @param current the word being typed, lower case.
 * @param target a dictionary term.
 */
export function nextKeyText(current: string, target: string): string | null {
  if (!/[\u3131-\ud7a3]/.test(current) && !/[\u3131-\ud7a3]/.test(target)) {
    return target.startsWith(current) && target.length > current.length ? current + target[current.length]! : null;
  }
  const steps = imeSteps(target);
  const at = steps.lastIndexOf(current);
  return at >= 0 && at + 1 < steps.length ? steps[at + 1]! : null;
}

/** A next text and its weight (see {@link nextKeyCandidates}). */
export interface NextKeyCandidate {
  text: string;
  weight: number;
}

/**
 * The texts one key after `current` on the way to the given terms, heaviest first (ties in code
 * unit order), at most `max`: a text's weight is the sum of the weights of the terms it leads to.
 *
 * @param terms dictionary terms with a weight each (the engine gives a term's document frequency).
 */
export function nextKeyCandidates(
  current: string,
  terms: Iterable<{ term: string; weight: number }>,
  max = Number.POSITIVE_INFINITY,
): NextKeyCandidate[] {
  const weights = new Map<string, number>();
  for (const { term, weight } of terms) {
    const next = nextKeyText(current, term);
    if (next !== null) weights.set(next, (weights.get(next) ?? 0) + weight);
  }
  return [...weights]
    .map(([text, weight]) => ({ text, weight }))
    .sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .slice(0, max);
}

/** The consonant keys of the Korean keyboard (the first key of a Korean word), as in `first-keys.ts` `KOREAN_KEY_JAMO`. */
const KOREAN_KEY_CONSONANTS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** The vowel keys of the Korean keyboard (with Shift). */
const KOREAN_KEY_VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ';
const LOWER_LATIN = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The first keys that have second-keystroke answers (`next/<code point>.json`): the lower-case
 * Latin letters and the Korean consonant keys — the way words start. A first key in upper case
 * uses its lower case's file (see `SearchEngine`); a digit or a vowel alone has none.
 */
export function nextKeyFirsts(): string[] {
  return [...LOWER_LATIN, ...KOREAN_KEY_CONSONANTS];
}

/**
 * The texts one more key makes after a first key, as the search box shows them: after a Latin
 * letter, a letter or a digit (`sp`, `s3`); after a Korean consonant, a vowel (the IME composes
 * `스`) or another consonant (`ㅅㅍ`, a query of initial consonants).
 */
export function secondKeys(first: string): string[] {
  if (KOREAN_KEY_CONSONANTS.includes(first))
    return [...[...KOREAN_KEY_VOWELS].map((v) => assemble([first, v])), ...[...KOREAN_KEY_CONSONANTS].map((c) => first + c)];
  return [...`${LOWER_LATIN}0123456789`].map((c) => first + c);
}
