/**
 * The question-block parser: finds the exam items in a note's top-level Markdown nodes and turns
 * each into a {@link Question}, with a located diagnostic for everything malformed.
 *
 * The block format (DESIGN.md, "Content format"):
 * ```
 * **Question:** stem …            (stem may go on over several paragraphs)
 * **Options:**
 * - A) …  - B) …                  (A–J, consecutive)
 * **정답: C) text**                (or **Answer: C**, several: **정답: B, D**)
 * 💡 추가 설명:                     (or Explanation:)
 * - **A) label** - …   - **Option B (label)** - …   - **Option C** - …
 * ---                             (or the next **Question:**, a heading, the end of the note)
 * ```
 * An optional `<!-- id: some-id -->` and `<!-- shuffle: false -->` right before the stem set the id
 * and turn option shuffling off. A fenced block with language `emr-scenario` inside the item is kept
 * as the item's machine-readable cluster scenario (checked by the sizing rules).
 */
import type { RootContent, Paragraph, List, ListItem, PhrasingContent, Strong } from 'mdast';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatZodIssues } from '../diagnostics/zod-issues.ts';
import { findInstanceType, findInstanceTypeMentions, smallestEmrSupportedOfFamily } from '../catalog/instance-catalog.ts';
import { plainText, renderBlocks, renderInline } from '../notes/markdown.ts';
import { QuestionSchema, type Option, type Question } from './schema.ts';

/** A question block as found in the note, before validation. */
export interface ParsedQuestionBlock {
  question: Question | null;
  /** Indexes [start, end) of the top-level nodes the block spans (for removing it from the body). */
  start: number;
  end: number;
  /** The `emr-scenario` fenced block of the item, if any: its text and the file line of its first line. */
  scenario: { text: string; line: number } | null;
}

export interface ParseQuestionsResult {
  blocks: ParsedQuestionBlock[];
  diagnostics: Diagnostic[];
}

interface Context {
  file: string;
  noteSlug: string;
  tags: string[];
}

const QUESTION_LABEL = /^(?:question|문제|q)\s*\d*\s*[:：.]?$/i;
const QUESTION_PLAIN = /^(?:question|문제)\s*\d*\s*[:：]/i;
const OPTIONS_LABEL = /^(?:options|choices|answers? options|선택지|보기)\s*[:：]?$/i;
const ANSWER_LINE = /^(?:정답|답|answer|answers|correct answers?|answer key)\s*[:：]\s*([\s\S]+)$/i;
const EXPLANATION_LABEL = /^(?:[^\p{L}\p{N}]*)(?:추가\s*설명|해설|explanations?|rationale)\s*[:：]?\s*$/iu;
const OPTION_PREFIX = /^\s*\(?([A-J])[).:]\s*/;
/** A lettered item beyond J (K–Z): still an option list, so an 11th option is reported as such. */
const OPTION_PREFIX_ANY = /^\s*\(?([A-Z])[).:]\s*/;
const ID_COMMENT = /^<!--\s*id\s*:\s*([^\s>]+)\s*-->$/i;
const SHUFFLE_COMMENT = /^<!--\s*shuffle\s*:\s*(false|no|off)\s*-->$/i;
const PINNED_OPTION =
  /^(?:all of the above|none of the above|both [a-j] and [a-j]|all of these|none of these|모두 정답|모두 맞음|위의 모든 것|해당 없음|정답 없음)\b/i;

const STOP_WORDS = new Set('a an the and or of for to in on with by as at from is are be it its this that use uses using which'.split(' '));

/** Line of a node (1 when positions are missing). */
function lineOf(node: { position?: { start: { line: number } } } | undefined): number {
  return node?.position?.start.line ?? 1;
}
function columnOf(node: { position?: { start: { column: number } } } | undefined): number {
  return node?.position?.start.column ?? 1;
}

/** The strong node a paragraph starts with, and its plain text. */
function leadingStrong(p: Paragraph): { strong: Strong; text: string } | null {
  const first = p.children[0];
  if (first?.type !== 'strong') return null;
  return { strong: first, text: plainText([first]).trim() };
}

function isQuestionStart(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const lead = leadingStrong(node);
  if (lead && QUESTION_LABEL.test(lead.text)) return true;
  if (lead && QUESTION_PLAIN.test(lead.text)) return true; // **Question: stem in bold**
  return !lead && QUESTION_PLAIN.test(plainText([node]));
}

function isOptionsLabel(node: RootContent): boolean {
  return node.type === 'paragraph' && OPTIONS_LABEL.test(plainText([node]));
}

/** The answer line's content after `정답:` / `Answer:`, or null when the node is not one. */
function answerLine(node: RootContent): string | null {
  if (node.type !== 'paragraph') return null;
  const m = ANSWER_LINE.exec(plainText([node]));
  return m ? (m[1] ?? '').trim() : null;
}

function isExplanationLabel(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const text = plainText([node]);
  return text.length <= 40 && EXPLANATION_LABEL.test(text);
}

function isOptionList(node: RootContent): node is List {
  if (node.type !== 'list' || node.children.length === 0) return false;
  return node.children.every((item) => OPTION_PREFIX_ANY.test(plainText(item.children.slice(0, 1))));
}

/**
 * Removes a leading pattern from phrasing content (the `A) ` of an option, the `**Question:**`
 * label), returning the remaining nodes.
 */
function stripLeading(children: readonly PhrasingContent[], pattern: RegExp): PhrasingContent[] {
  const out = structuredClone([...children]);
  const first = out[0];
  if (!first) return out;
  if (first.type === 'text') {
    first.value = first.value.replace(pattern, '');
    if (first.value === '') out.shift();
  } else if (first.type === 'strong' && pattern.test(plainText([first]))) {
    out.shift();
    const next = out[0];
    if (next?.type === 'text') next.value = next.value.replace(/^\s*[:：)\-–—.]?\s*/, '');
  }
  return out;
}

/** Parses the answer text: keyed letters and the text the author wrote after them. */
export function parseAnswerText(raw: string): { letters: string[]; text: string | null } | null {
  const trimmed = raw.trim();
  const compact = /^([A-J]{2,})$/.exec(trimmed); // Aiken-style "AB"
  if (compact) return { letters: [...(compact[1] ?? '')], text: null };
  const m = /^\(?([A-J](?:\s*\)?\s*(?:,|、|\/|&|and|및|와|과)\s*\(?[A-J])*)(?![\p{L}\p{N}])\)?\s*(?:[).:\-–—]\s*)?([\s\S]*)$/u.exec(
    trimmed,
  );
  if (!m) return null;
  const letters = [...new Set((m[1] ?? '').match(/[A-J]/g) ?? [])].sort();
  const text = (m[2] ?? '').trim();
  return { letters, text: text === '' ? null : text };
}

/** Parses the option an explanation bullet names: `A) label`, `Option A (label)`, `Option A`, `(A)`. */
export function parseExplanationLead(lead: string): { letter: string; label: string | null } | null {
  const s = lead
    .trim()
    .replace(/[:：]$/, '')
    .trim();
  const option = /^(?:option|opt\.?|choice|보기|선택지)\s*\(?([A-J])\)?(?:\s*[(（]\s*(.*?)\s*[)）])?\s*[.:]?\s*(.*)$/i.exec(s);
  if (option) {
    const label = (option[2] || option[3] || '').trim();
    return { letter: (option[1] ?? '').toUpperCase(), label: label || null };
  }
  const letter = /^\(?([A-J])(?:[).:]|\s|$)\s*(.*)$/.exec(s);
  if (letter) {
    const label = (letter[2] ?? '').trim();
    return { letter: letter[1] ?? '', label: label || null };
  }
  return null;
}

function tokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}.]+/u)
      .map((t) => t.replace(/^\.+|\.+$/g, ''))
      .filter((t) => t.length > 1 && !STOP_WORDS.has(t)),
  );
}

/** Share of the keyed text's words that the option text contains (0–1). */
function overlap(keyed: Set<string>, option: string): number {
  if (keyed.size === 0) return 0;
  const words = tokens(option);
  let hit = 0;
  for (const t of keyed) if (words.has(t)) hit += 1;
  return hit / keyed.size;
}

/** A stable, URL-safe id: the note slug plus 8 hex digits of the normalised stem's SHA-256. */
export function questionId(noteSlug: string, stem: string): string {
  const normalised = stem.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const hash = bytesToHex(sha256(new TextEncoder().encode(normalised))).slice(0, 8);
  return `${noteSlug}-${hash}`;
}

/** Turns free text into an id/slug: lowercase letters and digits (any script) joined by `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Finds and parses every question block among a note's top-level nodes.
 * Questions with an error are returned as `question: null` (never published); their problems are
 * in `diagnostics`. Never throws.
 */
export function parseQuestions(nodes: readonly RootContent[], ctx: Context): ParseQuestionsResult {
  const blocks: ParsedQuestionBlock[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i]!;
    // Directive comments right before a stem belong to the question.
    let start = i;
    let explicitId: string | null = null;
    let shuffle = true;
    let j = i;
    while (j < nodes.length && nodes[j]!.type === 'html') {
      const value = (nodes[j] as { value: string }).value.trim();
      const id = ID_COMMENT.exec(value);
      if (id) explicitId = slugify(id[1] ?? '');
      else if (SHUFFLE_COMMENT.test(value)) shuffle = false;
      else break;
      j += 1;
    }
    if (j < nodes.length && isQuestionStart(nodes[j]!)) {
      start = i;
      const end = blockEnd(nodes, j + 1);
      const block = parseBlock(nodes, j, end, ctx, { explicitId, shuffle }, diagnostics);
      // A closing `---` belongs to the block (it separates items).
      const consumed = end < nodes.length && nodes[end]!.type === 'thematicBreak' ? end + 1 : end;
      blocks.push({ ...block, start, end: consumed });
      i = consumed;
      continue;
    }
    if (isOptionsLabel(node) || (answerLine(node) !== null && node.type === 'paragraph' && leadingStrong(node))) {
      diagnostics.push(
        diagnostic(
          'question/stray-marker',
          ctx.file,
          { line: lineOf(node), column: columnOf(node) },
          `"${plainText([node]).slice(0, 40)}" stands outside a question block`,
        ),
      );
    }
    i += 1;
  }
  checkDuplicateIds(blocks, ctx, diagnostics);
  return { blocks, diagnostics };
}

/** Index of the node that ends the block that started before `from`. */
function blockEnd(nodes: readonly RootContent[], from: number): number {
  let k = from;
  while (k < nodes.length) {
    const n = nodes[k]!;
    if (n.type === 'thematicBreak' || n.type === 'heading' || isQuestionStart(n)) break;
    if (n.type === 'html' && (ID_COMMENT.test(n.value.trim()) || SHUFFLE_COMMENT.test(n.value.trim()))) {
      // a directive for the next question
      let m = k;
      while (m < nodes.length && nodes[m]!.type === 'html') m += 1;
      if (m < nodes.length && isQuestionStart(nodes[m]!)) break;
    }
    k += 1;
  }
  return k;
}

/** Errors (the item is not published) and warnings (it is) found while reading one block. */
interface Findings {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** The sections of a question block, sorted by the markers between them, before any check. */
interface BlockSections {
  stemNodes: RootContent[];
  optionList: List | null;
  answerRaw: string | null;
  answerNode: RootContent | undefined;
  explanationLists: List[];
  generalNotes: RootContent[];
  scenario: { text: string; line: number } | null;
  /**
   * A paragraph before any option list whose lines start `A)`, `B)`: options written as lines, which
   * Markdown joins into one paragraph (no option is read from it; the error says how to list them).
   */
  optionLines: Paragraph | null;
}

/** True when at least two of the paragraph's lines start like options (`A)`, `(B)`, `C.`). */
function looksLikeOptionLines(n: RootContent): n is Paragraph {
  if (n.type !== 'paragraph') return false;
  const lines = plainText([n]).split('\n');
  return lines.length >= 2 && lines.filter((line) => OPTION_PREFIX.test(line)).length >= 2;
}

/** Location of a node for a diagnostic. */
function at(n: RootContent | ListItem | undefined): { line: number; column: number } {
  return { line: lineOf(n), column: columnOf(n) };
}

/** The stem's first paragraph content: the stem-start paragraph without its `**Question:**` label. */
function firstStemContent(first: Paragraph): PhrasingContent[] {
  const lead = leadingStrong(first);
  if (lead && QUESTION_LABEL.test(lead.text)) {
    let stemFirst = first.children.slice(1);
    const t = stemFirst[0];
    if (t?.type === 'text') {
      stemFirst = structuredClone(stemFirst);
      // `**Question**: stem` puts the colon after the label; when the label has its own colon, a colon
      // in the text is the stem's first character (`**Question:** : EMR …`) and stays.
      const labelHasColon = /[:：]$/.test(lead.text);
      (stemFirst[0] as { value: string }).value = t.value.replace(labelHasColon ? /^\s*/ : /^\s*[:：]?\s*/, '');
    }
    return stemFirst;
  }
  if (lead) {
    // **Question: stem** — the whole stem in bold
    return [{ type: 'text', value: lead.text.replace(QUESTION_PLAIN, '').trim() }, ...first.children.slice(1)];
  }
  return stripLeading(first.children, /^\s*(?:question|문제)\s*\d*\s*[:：]\s*/i);
}

/**
 * Sorts the nodes after the stem-start paragraph into the block's sections. The phase moves
 * stem → options → answer → explanation as the markers appear; anything that fits no section is a
 * general note.
 */
function splitSections(nodes: readonly RootContent[], startIndex: number, end: number): BlockSections {
  const first = nodes[startIndex] as Paragraph;
  const stemFirst = firstStemContent(first);
  const s: BlockSections = {
    stemNodes: plainText(stemFirst) !== '' ? [{ type: 'paragraph', children: stemFirst }] : [],
    optionList: null,
    answerRaw: null,
    answerNode: undefined,
    explanationLists: [],
    generalNotes: [],
    scenario: null,
    optionLines: null,
  };
  let phase: 'stem' | 'options' | 'answer' | 'explanation' = 'stem';
  for (let k = startIndex + 1; k < end; k += 1) {
    const n = nodes[k]!;
    if (n.type === 'code' && (n.lang ?? '').toLowerCase() === 'emr-scenario') {
      s.scenario = { text: n.value, line: lineOf(n) + 1 };
      continue;
    }
    const answer = answerLine(n);
    if (answer !== null && phase !== 'explanation') {
      s.answerRaw = answer;
      s.answerNode = n;
      phase = 'answer';
      continue;
    }
    if (isExplanationLabel(n)) {
      phase = 'explanation';
      continue;
    }
    if (phase === 'stem' || phase === 'options') {
      if (isOptionsLabel(n)) {
        phase = 'options';
        continue;
      }
      if (isOptionList(n) && s.optionList === null) {
        s.optionList = n;
        phase = 'options';
        continue;
      }
      if (s.optionList === null && s.optionLines === null && looksLikeOptionLines(n)) s.optionLines = n;
      if (phase === 'stem') s.stemNodes.push(n);
      else s.generalNotes.push(n);
      continue;
    }
    if (phase === 'explanation' && n.type === 'list') {
      s.explanationLists.push(n);
      continue;
    }
    s.generalNotes.push(n);
  }
  return s;
}

/** The options of the option list, in order; a repeated letter is an error and the repeat is dropped. */
function readOptions(optionList: List | null, file: string, found: Findings): Option[] {
  const options: Option[] = [];
  const seen = new Set<string>();
  const listed = optionList?.children ?? [];
  if (listed.length > 10) {
    found.errors.push(
      diagnostic(
        'question/too-many-options',
        file,
        at(listed[10]!),
        `the question has ${listed.length} options (A–${String.fromCharCode(64 + Math.min(listed.length, 26))}); at most 10 (A–J) are allowed`,
      ),
    );
  }
  for (const item of listed.slice(0, 10)) {
    const para = item.children[0];
    const text = plainText(item.children.slice(0, 1));
    const m = OPTION_PREFIX_ANY.exec(text);
    const letter = (m?.[1] ?? '').toUpperCase();
    if (seen.has(letter)) {
      found.errors.push(diagnostic('question/duplicate-option', file, at(item), `option ${letter} appears more than once`));
      continue;
    }
    seen.add(letter);
    const children = para?.type === 'paragraph' ? stripLeading(para.children, OPTION_PREFIX) : [];
    const optionText = text.replace(OPTION_PREFIX, '').trim();
    const rest = item.children.slice(1);
    options.push({
      letter,
      text: optionText === '' ? '(empty option)' : optionText,
      html: renderInline(children) + (rest.length ? renderBlocks(rest) : ''),
      explanation: null,
      explanationHtml: null,
      explanationLabel: null,
      pinned: PINNED_OPTION.test(optionText),
      line: lineOf(item),
    });
  }
  return options;
}

/** At least two options, lettered A, B, C … without gaps (the first misplaced letter is reported). */
function checkOptionCountAndOrder(
  options: readonly Option[],
  where: RootContent,
  file: string,
  found: Findings,
  optionLines: Paragraph | null = null,
): void {
  if (options.length < 2 && optionLines !== null) {
    const first =
      plainText([optionLines])
        .split('\n')
        .find((line) => OPTION_PREFIX.test(line)) ?? '';
    found.errors.push(
      diagnostic(
        'question/too-few-options',
        file,
        at(optionLines),
        `the options are written as lines ("${first.slice(0, 40)}" …), which Markdown joins into one paragraph: the question has ${options.length} option${options.length === 1 ? '' : 's'}`,
        'Make each option a list item: start every option line with "- " (`- A) …`, `- B) …`).',
      ),
    );
  } else if (options.length < 2) {
    found.errors.push(
      diagnostic(
        'question/too-few-options',
        file,
        at(where),
        `the question has ${options.length} option${options.length === 1 ? '' : 's'}; it needs at least two`,
      ),
    );
  }
  const expected = 'ABCDEFGHIJ';
  options.forEach((o, index) => {
    if (o.letter !== expected[index] && !found.errors.some((e) => e.code === 'question/option-order')) {
      found.errors.push(
        diagnostic(
          'question/option-order',
          file,
          { line: o.line, column: 1 },
          `option ${o.letter} stands where ${expected[index]} is expected; letters must run A, B, C … without gaps`,
        ),
      );
    }
  });
}

/**
 * Reads the answer key from the answer line's text and checks it against the options: every keyed
 * letter must be an option, and the text written after a single key must not describe another option.
 */
function readAnswerKey(
  sections: BlockSections,
  options: readonly Option[],
  first: Paragraph,
  file: string,
  found: Findings,
): { answer: string[]; answerText: string | null } {
  const { answerRaw, answerNode } = sections;
  if (answerRaw === null) {
    found.errors.push(diagnostic('question/missing-answer', file, at(first), 'the question has no answer line'));
    return { answer: [], answerText: null };
  }
  const parsed = parseAnswerText(answerRaw);
  if (!parsed || parsed.letters.length === 0) {
    // `a`, `b, d`, `(c)`: the keys in lower case. Still an error (the text is not rewritten), with the
    // capitals to write.
    const lower = /^\s*\(?[a-j]\)?(?:\s*(?:,|、|\/|&|and|및|와|과)\s*\(?[a-j]\)?)*\s*[.)]?\s*$/.test(answerRaw)
      ? parseAnswerText(answerRaw.toUpperCase().replace(/AND/g, 'and'))
      : null;
    found.errors.push(
      diagnostic(
        'question/unknown-answer',
        file,
        at(answerNode),
        `the answer line "${answerRaw.slice(0, 40)}" does not start with an option letter${lower ? ' — option letters are capitals' : ''}`,
        lower ? `Write the key in capitals: \`**Answer:** ${lower.letters.join(', ')}\`.` : undefined,
      ),
    );
    return { answer: [], answerText: null };
  }
  const answer = parsed.letters;
  const answerText = parsed.text;
  const letters = new Set(options.map((o) => o.letter));
  for (const key of answer) {
    // With no option at all, question/too-few-options has said why.
    if (!letters.has(key) && letters.size > 0) {
      found.errors.push(
        diagnostic(
          'question/unknown-answer',
          file,
          at(answerNode),
          `the answer key ${key} is not among the options (${[...letters].join(', ')})`,
        ),
      );
    }
  }
  if (answerText && answer.length === 1 && letters.has(answer[0]!)) {
    checkKeyTextMatches(answer[0]!, answerText, options, answerNode, file, found);
  }
  return { answer, answerText };
}

/** The text after a single answer key must describe the keyed option better than any other option. */
function checkKeyTextMatches(
  key: string,
  answerText: string,
  options: readonly Option[],
  answerNode: RootContent | undefined,
  file: string,
  found: Findings,
): void {
  const keyed = tokens(answerText);
  const keyedOption = options.find((o) => o.letter === key)!;
  const keyedScore = overlap(keyed, keyedOption.text);
  const better = options
    .filter((o) => o !== keyedOption)
    .map((o) => ({ o, score: overlap(keyed, o.text) }))
    .sort((a, b) => b.score - a.score)[0];
  if (better && better.score >= 0.5 && better.score > keyedScore + 0.15) {
    found.errors.push(
      diagnostic(
        'question/key-text-mismatch',
        file,
        at(answerNode),
        `the answer line keys ${keyedOption.letter} but its text "${answerText.slice(0, 60)}" describes option ${better.o.letter}`,
      ),
    );
  }
}

const EXPLANATION_PLAIN_LEAD = /^((?:option\s*)?\(?[A-J]\)?(?:\s*\([^)]*\))?)\s*[-–—:：)]\s*/i;

/** The lead (`**A) label**`, `Option B -`) of an explanation bullet and the content after it. */
function explanationBullet(item: ListItem): { leadText: string | null; bodyChildren: PhrasingContent[] } {
  const para = item.children[0];
  if (para?.type !== 'paragraph') return { leadText: null, bodyChildren: [] };
  const strong = leadingStrong(para);
  if (strong) return { leadText: strong.text, bodyChildren: stripLeading(para.children.slice(1), /^\s*[-–—:：]\s*/) };
  const m = EXPLANATION_PLAIN_LEAD.exec(plainText([para]));
  if (!m) return { leadText: null, bodyChildren: [] };
  return { leadText: m[1] ?? null, bodyChildren: stripLeading(para.children, EXPLANATION_PLAIN_LEAD) };
}

/**
 * Attaches each explanation bullet to the option it names (joining repeats, with a warning) and
 * returns the bullets that name no option (they become the explanation's introduction).
 */
function attachExplanations(explanationLists: readonly List[], options: Option[], file: string, found: Findings): RootContent[] {
  const intro: RootContent[] = [];
  for (const list of explanationLists) {
    for (const item of list.children) {
      const { leadText, bodyChildren } = explanationBullet(item);
      const named = leadText ? parseExplanationLead(leadText) : null;
      if (!named) {
        intro.push({ type: 'list', ordered: false, spread: false, children: [item] });
        continue;
      }
      const option = options.find((o) => o.letter === named.letter);
      if (!option) {
        // With no option at all, question/too-few-options has said why; one error per bullet adds nothing.
        if (options.length === 0) continue;
        found.errors.push(
          diagnostic(
            'question/explanation-unknown-option',
            file,
            at(item),
            `the explanation names option ${named.letter}, which the question does not have`,
          ),
        );
        continue;
      }
      const rest = item.children.slice(1);
      const html = renderInline(bodyChildren) + (rest.length ? renderBlocks(rest) : '');
      const text = plainText([{ type: 'paragraph', children: bodyChildren }, ...rest]);
      if (option.explanation !== null) {
        found.warnings.push(
          diagnostic(
            'question/duplicate-explanation',
            file,
            at(item),
            `option ${option.letter} has more than one explanation bullet; they are joined`,
          ),
        );
        option.explanation = `${option.explanation}\n${text}`;
        option.explanationHtml = `${option.explanationHtml ?? ''}<br>${html}`;
      } else {
        option.explanation = text;
        option.explanationHtml = html;
        option.explanationLabel = named.label;
      }
    }
  }
  return intro;
}

/** Warns about options without an explanation (when the item has at least two options). */
function checkExplanationsPresent(options: readonly Option[], file: string, found: Findings): void {
  for (const o of options) {
    if (o.explanation === null && options.length >= 2) {
      found.warnings.push(
        diagnostic('question/missing-explanation', file, { line: o.line, column: 1 }, `option ${o.letter} has no explanation`),
      );
    }
  }
}

/** Warns about options naming an instance type Amazon EMR does not offer (facts: the instance catalog). */
function checkInstanceTypes(options: readonly Option[], file: string, found: Findings): void {
  for (const o of options) {
    for (const mention of findInstanceTypeMentions(o.text)) {
      const type = findInstanceType(mention.name);
      if (type && !type.emrSupported) {
        const instead = smallestEmrSupportedOfFamily(type.family);
        found.warnings.push(
          diagnostic(
            'question/unsupported-instance-type',
            file,
            { line: o.line, column: 1 },
            `option ${o.letter} names ${type.name}, which Amazon EMR does not offer` +
              (instead ? `; the smallest ${type.family} size EMR offers is ${instead.name}` : ''),
          ),
        );
      }
    }
  }
}

/** Parses one question block (nodes [startIndex, end)); its diagnostics are appended to `diagnostics`. */
function parseBlock(
  nodes: readonly RootContent[],
  startIndex: number,
  end: number,
  ctx: Context,
  directives: { explicitId: string | null; shuffle: boolean },
  diagnostics: Diagnostic[],
): Omit<ParsedQuestionBlock, 'start' | 'end'> {
  const first = nodes[startIndex] as Paragraph;
  const line = lineOf(first);
  const found: Findings = { errors: [], warnings: [] };
  const sections = splitSections(nodes, startIndex, end);
  const { stemNodes, scenario } = sections;

  const stem = plainText(stemNodes);
  if (stem === '') found.errors.push(diagnostic('question/empty-stem', ctx.file, at(first), 'the question has no stem'));
  const options = readOptions(sections.optionList, ctx.file, found);
  checkOptionCountAndOrder(options, sections.optionList ?? first, ctx.file, found, sections.optionList ? null : sections.optionLines);
  const { answer, answerText } = readAnswerKey(sections, options, first, ctx.file, found);
  const intro = attachExplanations(sections.explanationLists, options, ctx.file, found);
  checkExplanationsPresent(options, ctx.file, found);
  checkInstanceTypes(options, ctx.file, found);

  diagnostics.push(...found.errors, ...found.warnings);
  const generalText = plainText([...intro, ...sections.generalNotes]);
  const id = directives.explicitId || questionId(ctx.noteSlug, stem);
  if (found.errors.length > 0) return { question: null, scenario };
  const candidate = {
    id,
    note: ctx.noteSlug,
    file: ctx.file,
    line,
    stem,
    stemHtml: renderBlocks(stemNodes),
    options,
    answer,
    answerText,
    explanationIntro: generalText === '' ? null : generalText,
    tags: ctx.tags,
    shuffle: directives.shuffle,
  };
  const checked = QuestionSchema.safeParse(candidate);
  if (!checked.success) {
    // A shape the checks above did not foresee; report it rather than publish a broken item.
    diagnostics.push(
      diagnostic(
        'question/empty-stem',
        ctx.file,
        { line, column: 1 },
        `the question could not be read: ${formatZodIssues(checked.error, candidate).join('; ')}`,
      ),
    );
    return { question: null, scenario };
  }
  return { question: checked.data, scenario };
}

function checkDuplicateIds(blocks: ParsedQuestionBlock[], ctx: Context, diagnostics: Diagnostic[]): void {
  const seen = new Map<string, number>();
  for (const b of blocks) {
    const q = b.question;
    if (!q) continue;
    const previous = seen.get(q.id);
    if (previous !== undefined) {
      diagnostics.push(
        diagnostic(
          'question/duplicate-id',
          ctx.file,
          { line: q.line, column: 1 },
          `question id "${q.id}" is already used by the question on line ${previous}`,
        ),
      );
      b.question = null;
    } else seen.set(q.id, q.line);
  }
}
