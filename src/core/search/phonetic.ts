/**
 * The romanisation fallback of search across scripts, for words the glossary lacks: a Hangul
 * word and a Latin word that sound alike share a consonant skeleton. The Hangul side is
 * romanised letter by letter in the Revised Romanization of Korean ({@link romanizeLetters}),
 * then both sides go
 * through the same rules: vowels, `h`, `w`, `y` dropped (Korean adds vowels English does not
 * write: `스팟` → `seupat`); consonants folded into the classes Korean loanwords merge (b/p/f/v,
 * d/t, g/k/c/q, s/z/j/ch/sh, l/r); an English `r` after a vowel and before a consonant or at the
 * end dropped, as Korean loanwords drop it (`kubernetes` → 쿠버네티스); doubled classes merged.
 * `키네시스` and `Kinesis` both give `kns`; `익스큐터` and `executor` give `ksk t`→`kskt`.
 *
 * A skeleton of fewer than {@link MIN_PHONETIC_KEY} consonants is too ambiguous and is not used.
 */
import { hasHangul, isHangulSyllable } from './korean.ts';

/** Fewest consonants a skeleton must have to be used (`하이브` → `p` is too short). */
export const MIN_PHONETIC_KEY = 3;

const CLASS: Record<string, string> = {
  b: 'p',
  p: 'p',
  f: 'p',
  v: 'p',
  d: 't',
  t: 't',
  g: 'k',
  k: 'k',
  c: 'k',
  q: 'k',
  s: 's',
  z: 's',
  j: 's',
  l: 'l',
  r: 'l',
  m: 'm',
  n: 'n',
};
const VOWEL = /[aeiou]/;

/**
 * The consonant skeleton of lower-case Latin letters (see the module comment); '' for anything
 * else. `english` (default true) applies English spelling rules (soft `c` and `g`) that a
 * romanisation of Korean must not get.
 */
export function latinSkeleton(word: string, english = true): string {
  if (!/^[a-z]+$/.test(word)) return '';
  let s = word;
  if (english) s = s.replace(/c(?=[eiy])/g, 's').replace(/(?<=[a-z])g(?=e)/g, 'j');
  s = s
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[st]ion/g, 'sn')
    .replace(/th/g, 't')
    .replace(/sh|ch/g, 's');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === 'r' && i > 0 && VOWEL.test(s[i - 1]!) && !VOWEL.test(s[i + 1] ?? '')) continue;
    const cls = CLASS[ch];
    if (cls && out[out.length - 1] !== cls) out += cls;
  }
  return out;
}

/** Revised Romanization of the 19 initial consonants, 21 vowels and 28 finals (none first), in Unicode order. */
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/**
 * A Hangul word in the Revised Romanization of Korean (Ministry of Culture and Tourism, 2000),
 * syllable by syllable without the sound changes between syllables (`스팟` → `seupat`,
 * `오토스케일링` → `otoseukeilring`); the syllable's jamo come from the Unicode formula (The Unicode
 * Standard, §3.12). Not es-hangul's `romanize`: it first standardizes the pronunciation, which
 * costs about 2 ms a word — too slow to index thousands of terms — and sound changes do not
 * matter for a consonant skeleton. Characters that are not syllables are dropped.
 */
export function romanizeLetters(word: string): string {
  let out = '';
  for (const ch of word) {
    if (!isHangulSyllable(ch)) continue;
    const code = ch.charCodeAt(0) - 0xac00;
    out += INITIALS[Math.floor(code / 588)]! + VOWELS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!;
  }
  return out;
}

/** The consonant skeleton of a Hangul word, through its romanisation; '' when it holds anything but syllables. */
export function hangulSkeleton(word: string): string {
  for (const ch of word) if (!isHangulSyllable(ch)) return '';
  return latinSkeleton(romanizeLetters(word), false);
}

/** The skeleton of an index term of either script, or '' when it has none or too short a one. */
export function phoneticKey(term: string): string {
  const key = hasHangul(term) ? hangulSkeleton(term) : latinSkeleton(term);
  return key.length >= MIN_PHONETIC_KEY ? key : '';
}

/**
 * True for a Hangul word shaped like a transliterated loanword: it has a syllable of the vowel
 * `ㅡ` without a final consonant (`스`, `크`, `트`, `브`, `프` …), which Korean adds where English
 * has a consonant cluster or a final consonant. Native words rarely do; the index only keeps
 * Hangul terms of this shape in the phonetic shards, so `비용` never meets `ping`.
 */
export function looksTransliterated(word: string): boolean {
  if ([...word].length < 2) return false;
  for (const ch of word) {
    if (!isHangulSyllable(ch)) return false;
  }
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (Math.floor((code % 588) / 28) === 18 && code % 28 === 0) return true; // vowel ㅡ (index 18), no final
  }
  return false;
}
