/**
 * Korean (Hangul) handling for search: particle stripping, initial-consonant (choseong) keys,
 * jamo keys for typo matching, and the syllables a query may still become while the IME is
 * composing it. Jamo and choseong come from es-hangul (https://es-hangul.slash.page), a
 * maintained Hangul toolkit; the particle list is emr-prep's own search rule.
 *
 * Why particles are stripped: Korean attaches particles (조사) to nouns without a space, so the
 * note text holds `인스턴스를`, `인스턴스는`, `인스턴스의` while a student types `인스턴스` (or
 * `인스턴스를` while the note says `인스턴스는`). Both sides go through {@link stripParticle}, so
 * they meet on the stem. A word that merely ends like a particle is only stripped when at least
 * two syllables remain (`속도` keeps its `도`; `구성도` becomes `구성`, on both sides alike).
 */
import { assemble, canBeChoseong, combineCharacter, disassemble, disassembleCompleteCharacter, getChoseong } from 'es-hangul';

/** First and last precomposed Hangul syllable (U+AC00 가 … U+D7A3 힣). */
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/** Hangul compatibility jamo (U+3131 ㄱ … U+318E), what Korean IMEs emit for a lone consonant or vowel. */
const COMPAT_JAMO = /[\u3131-\u318e]/;
/** Any Hangul: syllables, compatibility jamo, conjoining jamo. */
const ANY_HANGUL = /[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/;

/**
 * Particles and particle-like endings stripped from the end of a Hangul token, longest first.
 * Case particles (이/가, 을/를, 은/는, 의, 에/에서, (으)로, 와/과, 도, 만, (이)나 …), their common stacks
 * (`에서는`, `으로도`) and the copula forms that follow nouns in definitions (`이다`, `이며`).
 */
export const PARTICLES: readonly string[] = [
  '에서부터',
  '으로부터',
  '이라는',
  '이라고',
  '이라면',
  '이지만',
  '에서는',
  '에서도',
  '에서의',
  '으로는',
  '으로도',
  '으로서',
  '으로써',
  '에게서',
  '까지는',
  '까지도',
  '부터는',
  '보다는',
  '처럼',
  '에서',
  '으로',
  '에게',
  '한테',
  '까지',
  '부터',
  '보다',
  '마다',
  '만큼',
  '조차',
  '밖에',
  '이나',
  '이며',
  '이고',
  '이다',
  '이랑',
  '와는',
  '과는',
  '에는',
  '에도',
  '에의',
  '로는',
  '로도',
  '로서',
  '로써',
  '과의',
  '와의',
  '만의',
  '이란',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '나',
  '랑',
];

/** Particles as a set, to drop tokens that are nothing but a particle (`EMR에서` → `EMR` + `에서`). */
const PARTICLE_SET = new Set(PARTICLES);

/** Korean function words that carry no meaning for search (dropped like English stop words). */
const KOREAN_STOP_WORDS = new Set([
  '것',
  '수',
  '때',
  '등',
  '및',
  '또는',
  '그리고',
  '하지만',
  '그',
  '이',
  '저',
  '즉',
  '더',
  '또',
  '위해',
  '위한',
  '통해',
  '대한',
  '있다',
  '없다',
  '한다',
  '된다',
  '하는',
  '되는',
  '있는',
  '없는',
]);

/** True for a precomposed Hangul syllable (가–힣). */
export function isHangulSyllable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** True when the text holds any Hangul character (syllable or jamo). */
export function hasHangul(text: string): boolean {
  return ANY_HANGUL.test(text);
}

/** True when the text holds a Hangul compatibility jamo (a consonant or vowel typed on its own). */
export function hasLooseJamo(text: string): boolean {
  return COMPAT_JAMO.test(text);
}

/** Number of precomposed syllables in a string. */
export function syllableCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isHangulSyllable(ch)) n++;
  return n;
}

/**
 * The stem of a Hangul token: one trailing particle removed when at least two syllables remain.
 *
 * @example stripParticle('인스턴스를') // '인스턴스'
 * @example stripParticle('속도') // '속도' (one syllable would remain)
 */
export function stripParticle(token: string): string {
  for (const particle of PARTICLES_BY_LAST.get(token[token.length - 1] ?? '') ?? []) {
    if (token.length - particle.length >= 2 && token.endsWith(particle)) {
      const stem = token.slice(0, -particle.length);
      if (syllableCount(stem) >= 2) return stem;
    }
  }
  return token;
}

/** {@link PARTICLES} by their last character, longest first (a token is checked only against those). */
const PARTICLES_BY_LAST = new Map<string, string[]>();
for (const particle of PARTICLES) {
  const last = particle[particle.length - 1]!;
  PARTICLES_BY_LAST.set(last, [...(PARTICLES_BY_LAST.get(last) ?? []), particle]);
}

/** True for a token that search ignores: a bare particle or a Korean function word. */
export function isKoreanStopWord(token: string): boolean {
  return PARTICLE_SET.has(token) || KOREAN_STOP_WORDS.has(token);
}

/**
 * The initial consonants of each syllable (`스팟인스턴스` → `ㅅㅍㅇㅅㅌㅅ`), via es-hangul
 * `getChoseong`; characters that are not syllables are dropped.
 */
export function choseongOf(word: string): string {
  return getChoseong(word);
}

/**
 * True for a query token made only of initial consonants (`ㅅㅍ`), at least `min` of them:
 * a student searching by the first consonant of each syllable.
 */
export function isChoseongQuery(token: string, min = 2): boolean {
  if ([...token].length < min) return false;
  for (const ch of token) if (!canBeChoseong(ch)) return false;
  return true;
}

/** The jamo sequence of a string (`스팟` → `ㅅㅡㅍㅏㅅ`), via es-hangul `disassemble`. */
export function jamoOf(word: string): string {
  return disassemble(word);
}

/**
 * Composes loose jamo the way an IME would (`ㅇㅣㄴㅅㅡ` → `인스`), via es-hangul `assemble`;
 * returns the input unchanged when it holds no loose jamo or cannot be composed.
 */
export function composeJamo(token: string): string {
  if (!hasLooseJamo(token)) return token;
  try {
    return assemble([...token]);
  } catch {
    return token;
  }
}

/**
 * While a Korean IME composes, the last syllable on screen may still change:
 * - a trailing loose consonant (`인스턴ㅅ`) is the start of the next syllable;
 * - a final consonant (`인스턴` typed on the way to `인스터널`) may move on to start the next
 *   syllable once a vowel follows.
 *
 * Returns the readings of an unfinished token as `{ stem, nextInitial }`: the text is `stem`
 * followed by a syllable whose initial consonant is `nextInitial`. An empty array when the token
 * cannot be read another way (its last character is not Hangul).
 *
 * @example composingReadings('인스턴ㅅ') // [{ stem: '인스턴', nextInitial: 'ㅅ' }]
 * @example composingReadings('인스턴') // [{ stem: '인스터', nextInitial: 'ㄴ' }]
 */
export function composingReadings(token: string): Array<{ stem: string; nextInitial: string }> {
  const chars = [...token];
  const last = chars[chars.length - 1];
  if (last === undefined) return [];
  const before = chars.slice(0, -1).join('');
  if (canBeChoseong(last)) return before ? [{ stem: before, nextInitial: last }] : [];
  if (!isHangulSyllable(last)) return [];
  const parts = disassembleCompleteCharacter(last);
  if (!parts?.jongseong) return [];
  const jong = parts.jongseong;
  // A double final consonant (ㄳ, ㄺ …) leaves its first part behind and moves its second.
  const jamo = disassemble(jong);
  const moving = jamo.length === 2 ? jamo[1]! : jong;
  const staying = jamo.length === 2 ? jamo[0]! : '';
  if (!canBeChoseong(moving)) return [];
  let shortened: string;
  try {
    shortened = combineCharacter(parts.choseong, parts.jungseong, staying);
  } catch {
    return [];
  }
  return [{ stem: before + shortened, nextInitial: moving }];
}

/** The initial consonant of a syllable (`스` → `ㅅ`), or null for anything else. */
export function initialOf(ch: string): string | null {
  if (!isHangulSyllable(ch)) return null;
  return disassembleCompleteCharacter(ch)?.choseong ?? null;
}

/** The 21 medial vowels and 28 finals (none first) in Unicode syllable order, spelled as jamo (`ㅘ` → `ㅗㅏ`, `ㄳ` → `ㄱㅅ`). */
let spellings: { vowels: string[]; finals: string[] } | null = null;
function jamoSpellings(): { vowels: string[]; finals: string[] } {
  spellings ??= {
    vowels: [...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'].map((v) => disassemble(v)),
    finals: ['', ...[...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'].map((f) => disassemble(f))],
  };
  return spellings;
}

/**
 * The syllables a syllable on screen may still become while the IME composes it: those whose
 * jamo spelling starts with its spelling (itself included), in Unicode order. `스` may become
 * `슨`, `슬`, `습` …; `고` may become `과`, `괜` …; `갈` may become `갉`, `갊` …
 * Syllables are composed by the Unicode formula (The Unicode Standard, §3.12 "Conjoining Jamo
 * Behavior"): code = 0xAC00 + (initial × 21 + vowel) × 28 + final.
 *
 * @returns an empty array for anything but a precomposed syllable.
 */
export function syllableCompletions(ch: string): string[] {
  if (!isHangulSyllable(ch)) return [];
  const { vowels, finals } = jamoSpellings();
  const index = ch.charCodeAt(0) - SYLLABLE_FIRST;
  const initial = Math.floor(index / 588);
  const spelled = vowels[Math.floor((index % 588) / 28)]! + finals[index % 28]!;
  const out: string[] = [];
  vowels.forEach((vowel, v) => {
    finals.forEach((final, f) => {
      if ((vowel + final).startsWith(spelled)) out.push(String.fromCharCode(SYLLABLE_FIRST + (initial * 21 + v) * 28 + f));
    });
  });
  return out;
}
