/**
 * Item-writing checks: how a question is written, on parsed questions (after the question-block
 * parser), as warnings (`emr-prep check --strict` makes them fail). Each check follows a guideline
 * of Haladyna, Downing & Rodriguez, "A review of multiple-choice item-writing guidelines for
 * classroom assessment", Applied Measurement in Education 15(3), 309–333 (2002),
 * https://doi.org/10.1207/S15324818AME1503_5 — the guideline numbers below are theirs:
 *
 * - `item/longest-key` — keep options about equal in length (guideline 24): the key's text
 *   (Markdown stripped, whitespace collapsed, counted in code points) is longer than every
 *   distractor's and at least {@link LONGEST_KEY_RATIO}× the longest distractor's.
 * - `item/absolute-word` — avoid specific determiners such as always, never, completely (28c): an
 *   absolute word ({@link ABSOLUTE_WORDS}) in a distractor that no key of the item contains.
 * - `item/all-of-the-above` — avoid "all of the above" / "none of the above" (25, 26), and the
 *   Korean 모두 정답, 정답 없음, 위의 모든, 해당 없음.
 * - `item/negative-stem` — word the stem positively; if a negative is needed, emphasise it (17):
 *   NOT, EXCEPT, 않은, 아닌, 틀린, 잘못된 in the question sentence, not bold and (English) not in
 *   capitals.
 * - `item/choose-count` — "Choose TWO" / "두 개를 고르시오" whose key count differs.
 * - `item/duplicate-option-text` — every option should be distinct (22): two options with the
 *   same text (case and whitespace ignored).
 * - `item/stem-asks-nothing` — the stem should state a clear question (12, 16): no question mark
 *   and no imperative (Which, What, Choose, 고르, 무엇 …).
 * - `item/near-duplicate-stem` — keep items independent (avoid cueing one item with another,
 *   guideline 8 "keep the content of each item independent"): two stems whose word sets have a
 *   Jaccard similarity of at least {@link NEAR_DUPLICATE_JACCARD}.
 * - `note/template-text` — template text (`TODO`) left from `emr-prep new`.
 * - `question/key-text-mismatch` (error, numeric form) — the numbers in the text after the keyed
 *   letter (`**정답: C) 2**`) are not those of the keyed option (`C) 3`).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Option, Question } from './schema.ts';

/** The key must be at least this many times as long as the longest distractor to be flagged. */
export const LONGEST_KEY_RATIO = 1.25;

/** Stems at least this similar (Jaccard of their word sets) are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.85;

/** Absolute words (specific determiners) of guideline 28c, English and Korean. */
export const ABSOLUTE_WORDS: readonly string[] = [
  'always',
  'never',
  'only',
  'all',
  'none',
  'must',
  '항상',
  '절대',
  '반드시',
  '오직',
  '모든',
  '전혀',
  '무조건',
];

const ALL_NONE_OF_THE_ABOVE = /\b(?:all|none) of the above\b|모두 정답|정답 없음|위의 모든|해당 없음/i;
const NEGATIVE_EN = /\b(not|except)\b/gi;
const NEGATIVE_KO = /않은|아닌|틀린|잘못된/g;
const ASKS =
  /[?？]|\b(?:which|what|choose|select|pick|identify|how|why|when|where|who|name|list|describe|explain)\b|고르|골라|무엇|어느|어떤|선택하|설명하|쓰시오|인가|입니까|나요|까요/i;
const CHOOSE_COUNT_EN = /\b(?:choose|select|pick)\s+(two|three|four|2|3|4)\b/i;
const CHOOSE_COUNT_KO = /(두|세|네|2|3|4)\s*(?:개|가지)(?:를|을)?\s*(?:고르|골라|선택)/;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, 2: 2, 3: 3, 4: 4, 두: 2, 세: 3, 네: 4 };
const TEMPLATE_TEXT = /\bTODO\b/;

/** Option or stem text as compared: whitespace collapsed, trimmed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Length in code points of the collapsed text. */
function length(text: string): number {
  return [...collapse(text)].length;
}

function isAsciiWord(word: string): boolean {
  return /^[a-z]+$/i.test(word);
}

const ABSOLUTE_PATTERN = new RegExp(ABSOLUTE_WORDS.map((w) => (isAsciiWord(w) ? `\\b${w}\\b` : w)).join('|'), 'gi');

/** The absolute words of {@link ABSOLUTE_WORDS} that `text` contains (English as whole words). */
export function absoluteWordsIn(text: string): string[] {
  return [...new Set([...text.matchAll(ABSOLUTE_PATTERN)].map((m) => m[0].toLowerCase()))];
}

/** The numbers written in a text (`m5.2xlarge` gives 5 and 2; `1,024` gives 1024). */
export function numbersIn(text: string): string[] {
  return [...text.replace(/(\d),(\d{3})\b/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]!.replace(/^0+(?=\d)/, ''));
}

/** The sentence of a stem that asks: the last one holding a question mark, else the last one. */
export function questionSentence(stem: string): string {
  const sentences = collapse(stem)
    .split(/(?<=[.?!？。])\s+/)
    .filter(Boolean);
  const asking = sentences.filter((s) => /[?？]/.test(s));
  return asking.at(-1) ?? sentences.at(-1) ?? '';
}

/** Texts set in bold or italics in a stem's HTML. */
function emphasised(html: string): string[] {
  return [...html.matchAll(/<(strong|b|em|i)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
}

/** Word tokens of a stem for near-duplicate detection: lowercase letters/digits runs. */
export function stemTokens(stem: string): Set<string> {
  return new Set(
    stem
      .normalize('NFKC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

/** Jaccard similarity |A∩B| / |A∪B| of two sets (1 for two empty sets). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / (a.size + b.size - common);
}

/** A question's options split by the answer key. */
interface KeyedOptions {
  keys: Option[];
  distractors: Option[];
}

/** The key noticeably longer than every distractor. */
function longestKey(q: Question, { keys, distractors }: KeyedOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (keys.length === 1 && distractors.length > 0) {
    const key = keys[0]!;
    const longest = Math.max(...distractors.map((o) => length(o.text)));
    const own = length(key.text);
    if (own > longest && own >= LONGEST_KEY_RATIO * longest) {
      out.push(
        diagnostic(
          'item/longest-key',
          q.file,
          { line: key.line, column: 1 },
          `the key ${key.letter} is ${own} characters long, ${(own / longest).toFixed(2)}× the longest distractor (${longest}); "pick the longest option" finds it`,
        ),
      );
    }
  }
  return out;
}

/** Absolute words in distractors but in no key. */
function absoluteWords(q: Question, { keys, distractors }: KeyedOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const inKeys = new Set(keys.flatMap((o) => absoluteWordsIn(o.text)));
  for (const o of distractors) {
    const words = absoluteWordsIn(o.text).filter((w) => !inKeys.has(w));
    if (words.length > 0) {
      out.push(
        diagnostic(
          'item/absolute-word',
          q.file,
          { line: o.line, column: 1 },
          `distractor ${o.letter} says "${words.join('", "')}" and no key does; test-wise students rule it out for that word alone`,
        ),
      );
    }
  }
  return out;
}

/** "All / none of the above" options. */
function allNoneOfTheAbove(q: Question): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of q.options) {
    const m = ALL_NONE_OF_THE_ABOVE.exec(o.text);
    if (m) {
      out.push(
        diagnostic(
          'item/all-of-the-above',
          q.file,
          { line: o.line, column: 1 },
          `option ${o.letter} is "${m[0]}": it can be answered by spotting one wrong (or two right) options`,
        ),
      );
    }
  }
  return out;
}

/** A negative stem not emphasised. */
function negativeStem(q: Question): Diagnostic[] {
  const out: Diagnostic[] = [];
  const asked = questionSentence(q.stem);
  const bold = emphasised(q.stemHtml).join(' ');
  const negatives: string[] = [];
  for (const m of asked.matchAll(NEGATIVE_EN)) {
    const word = m[0];
    if (word !== word.toUpperCase() && !new RegExp(`\\b${word}\\b`, 'i').test(bold)) negatives.push(word);
  }
  for (const m of asked.matchAll(NEGATIVE_KO)) if (!bold.includes(m[0])) negatives.push(m[0]);
  if (negatives.length > 0) {
    out.push(
      diagnostic(
        'item/negative-stem',
        q.file,
        { line: q.line, column: 1 },
        `the stem asks a negative question ("${negatives[0]}") without emphasis; students who miss the word answer the opposite`,
      ),
    );
  }
  return out;
}

/** "Choose TWO" whose key count differs. */
function chooseCount(q: Question): Diagnostic[] {
  const out: Diagnostic[] = [];
  const count = CHOOSE_COUNT_EN.exec(q.stem) ?? CHOOSE_COUNT_KO.exec(q.stem);
  if (count) {
    const expected = COUNT_WORDS[count[1]!.toLowerCase()];
    if (expected !== undefined && expected !== q.answer.length) {
      out.push(
        diagnostic(
          'item/choose-count',
          q.file,
          { line: q.line, column: 1 },
          `the stem says "${count[0]}" (${expected}) but the answer keys ${q.answer.length} option(s): ${q.answer.join(', ')}`,
        ),
      );
    }
  }
  return out;
}

/** Duplicate option text. */
function duplicateOptionText(q: Question): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const o of q.options) {
    const norm = collapse(o.text)
      .toLowerCase()
      .replace(/[.。!]+$/, '');
    const first = seen.get(norm);
    if (first) {
      out.push(
        diagnostic(
          'item/duplicate-option-text',
          q.file,
          { line: o.line, column: 1 },
          `options ${first} and ${o.letter} have the same text "${collapse(o.text).slice(0, 60)}"`,
        ),
      );
    } else seen.set(norm, o.letter);
  }
  return out;
}

/** A stem that asks nothing. */
function stemAsksNothing(q: Question): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!ASKS.test(q.stem)) {
    out.push(
      diagnostic(
        'item/stem-asks-nothing',
        q.file,
        { line: q.line, column: 1 },
        'the stem has no question mark and no instruction (Which …?, Choose …, 고르시오, 무엇 …): students must guess what is asked',
      ),
    );
  }
  return out;
}

/** Numbers of the key text against the keyed option. */
function keyTextNumbers(q: Question, { keys }: KeyedOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (q.answerText && keys.length === 1) {
    const key = keys[0]!;
    const written = numbersIn(q.answerText.replace(/^\s*\(?[A-J][).:]\s*/, ''));
    const inOption = new Set(numbersIn(key.text));
    const missing = written.filter((n) => !inOption.has(n));
    if (written.length > 0 && missing.length > 0) {
      out.push(
        diagnostic(
          'question/key-text-mismatch',
          q.file,
          { line: q.line, column: 1 },
          `the answer line keys ${key.letter} with "${q.answerText.slice(0, 60)}", but option ${key.letter} does not say ${missing.join(', ')} ("${collapse(key.text).slice(0, 60)}")`,
          'Make the number after the letter the keyed option’s number, or key the option that has it.',
        ),
      );
    }
  }
  return out;
}

/** The single-question checks, in the order their diagnostics are reported. */
const ITEM_CHECKS = [
  longestKey,
  absoluteWords,
  allNoneOfTheAbove,
  negativeStem,
  chooseCount,
  duplicateOptionText,
  stemAsksNothing,
  keyTextNumbers,
];

/** The checks of one question (all but the near-duplicate check, which compares questions). */
export function checkItem(q: Question): Diagnostic[] {
  const keys = q.options.filter((o) => q.answer.includes(o.letter));
  const distractors = q.options.filter((o) => !q.answer.includes(o.letter));
  const keyed: KeyedOptions = { keys, distractors };
  return ITEM_CHECKS.flatMap((check) => check(q, keyed));
}

/**
 * Near-duplicate stems across a bank: every pair whose word sets have a Jaccard similarity of at
 * least {@link NEAR_DUPLICATE_JACCARD}, reported on the later question (by file, then line) with
 * the place of the earlier one. Uses prefix filtering (Chaudhuri, Ganti & Kaushik, "A primitive
 * operator for similarity joins in data cleaning", ICDE 2006): two sets this similar share a token
 * among the rarest |A| − ⌈t·|A|⌉ + 1 of each, so only such pairs are compared.
 */
export function nearDuplicateStems(questions: readonly Question[]): Diagnostic[] {
  const ordered = [...questions].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const sets = ordered.map((q) => stemTokens(q.stem));
  const df = new Map<string, number>();
  for (const s of sets) for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
  const rank = (t: string): number => df.get(t) ?? 0;
  const index = new Map<string, number[]>();
  const out: Diagnostic[] = [];
  const reported = new Set<number>();
  sets.forEach((set, i) => {
    const sorted = [...set].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    const prefix = sorted.slice(0, sorted.length - Math.ceil(NEAR_DUPLICATE_JACCARD * sorted.length) + 1);
    const candidates = new Set<number>();
    for (const t of prefix) for (const j of index.get(t) ?? []) candidates.add(j);
    for (const j of [...candidates].sort((a, b) => a - b)) {
      if (reported.has(i)) break;
      const similarity = jaccard(set, sets[j]!);
      if (similarity >= NEAR_DUPLICATE_JACCARD) {
        const q = ordered[i]!;
        const other = ordered[j]!;
        out.push(
          diagnostic(
            'item/near-duplicate-stem',
            q.file,
            { line: q.line, column: 1 },
            `this stem is ${Math.round(similarity * 100)}% the same words as the stem at ${other.file}:${other.line}; one item may give away the other`,
          ),
        );
        reported.add(i);
      }
    }
    for (const t of prefix) {
      let list = index.get(t);
      if (!list) index.set(t, (list = []));
      list.push(i);
    }
  });
  return out;
}

/**
 * Lines of a note's text that still hold template text from `emr-prep new` (`TODO`), outside
 * fenced code blocks, as `note/template-text` warnings.
 */
export function templateText(file: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((line, i) => {
    const f = /^\s*(```|~~~)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (fence === f[1]) fence = null;
      return;
    }
    if (fence !== null) return;
    const m = TEMPLATE_TEXT.exec(line);
    if (m) {
      out.push(
        diagnostic(
          'note/template-text',
          file,
          { line: i + 1, column: m.index + 1 },
          `template text left from \`emr-prep new\`: "${collapse(line).slice(0, 70)}"`,
        ),
      );
    }
  });
  return out;
}

/** Every item-writing check over a bank (questions) and the texts of their notes. */
export function checkItems(questions: readonly Question[], notes: ReadonlyArray<{ file: string; text: string }>): Diagnostic[] {
  return [...questions.flatMap(checkItem), ...nearDuplicateStems(questions), ...notes.flatMap((n) => templateText(n.file, n.text))];
}
