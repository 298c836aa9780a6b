/**
 * English (and other Latin-script) handling for search: plural folding, camelCase parts and stop
 * words. Deliberately small: exam notes are about AWS names (`ResourceManager`, `m5.xlarge`,
 * `On-Demand`), and a full stemmer would fold names that must stay apart (`emrfs` ≠ `emrf`).
 */

/** Words that carry no meaning for search; dropped from the index and from queries. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'for',
  'and',
  'or',
  'with',
  'as',
  'at',
  'by',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'how',
  'when',
  'who',
  'does',
  'do',
  'can',
  'from',
  'into',
  'than',
  'then',
  'there',
  'their',
  'they',
  'you',
  'your',
  'not',
  'no',
]);

/** True for an English stop word (lower-case input). */
export function isEnglishStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * Folds a regular English plural to its singular, on index and query alike, so `Spot Instances`
 * meets `spot instance`: `-ies` → `-y` (`policies` → `policy`), `-sses`/`-xes`/`-ches`/`-shes` →
 * drop `es` (`classes` → `class`), other `-s` → drop it (`instances` → `instance`, `nodes` → `node`).
 * Words of 3 letters or fewer, and words ending in `ss`, `us`, `is`, `os` or a digit, are kept
 * (`aws`, `status`, `analysis`, `emrfs` is kept because `fs` is a known suffix of file systems).
 */
export function foldPlural(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (/(ss|us|is|os|fs)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A lower-case letter or digit followed by a capital, or a run of capitals followed by a capitalised word. */
const CASE_CHANGE = /[a-z0-9][A-Z]|[A-Z]{2}[a-z]/;

/**
 * The camelCase / PascalCase parts of a word as written, with their offsets in it
 * (`ResourceManager` → `Resource`@0, `Manager`@8; `YARNNodeManager` → `YARN`, `Node`, `Manager`;
 * `EC2Fleet` → `EC2`, `Fleet`); an empty array when the word has no case change (`m5`, `S3`).
 */
export function camelParts(word: string): Array<{ part: string; offset: number }> {
  if (!CASE_CHANGE.test(word)) return [];
  const out: Array<{ part: string; offset: number }> = [];
  for (const m of word.matchAll(/[A-Z0-9]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z0-9]+/g)) out.push({ part: m[0], offset: m.index });
  return out.length > 1 ? out : [];
}
