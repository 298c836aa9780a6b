/**
 * Moodle GIFT, multiple-choice subset: a reader (GIFT → {@link InterchangeItem}s with located
 * problems) and a writer (emr-prep questions → GIFT that Moodle and {@link parseGift} read back).
 *
 * The reading follows Moodle's own importer, `question/format/gift/format.php` (qformat_gift:
 * blocks separated by blank lines, `//` comment lines, `::name::`, `[html|moodle|plain|markdown]`
 * text formats, `\` escapes of `~ = # { } :` and `\n`, `$CATEGORY:`, the question type decided as
 * Moodle decides it, `~%w%` weights, `#` per-answer feedback, `####` general feedback, the
 * missing-word form), see https://docs.moodle.org/en/GIFT_format. Converted: multiple choice
 * (single answer `=`, multiple answer `~%w%` with positive weights) and true/false (as two options
 * "True"/"False"). Not converted, each reported with its line: essay, numerical, short answer,
 * matching, descriptions, several answer blocks in one question, more than ten options.
 *
 * emr-prep additions, written as comment lines so Moodle skips them: `// [id:question-id]` and
 * `// [tag:namespace/value]` right above a question carry its emr-prep id and tags, so an export
 * read back gives the same questions.
 */
import type { Question } from '../questions/schema.ts';
import { MAX_OPTIONS, type InterchangeItem, type InterchangeOption, type InterchangeParseResult, type InterchangeProblem } from './item.ts';
import { htmlToMarkdown, oneLine, plainToMarkdown } from './text.ts';

/** Text formats of GIFT (`[html]` …); `moodle` is Moodle's auto-format and the default. */
export type GiftTextFormat = 'html' | 'moodle' | 'plain' | 'markdown';

/** Escaped characters → private-use placeholders, so splitting never sees them. */
const ESCAPES: Record<string, string> = {
  '\\': '\uE000',
  ':': '\uE001',
  '#': '\uE002',
  '=': '\uE003',
  '{': '\uE004',
  '}': '\uE005',
  '~': '\uE006',
  n: '\uE007',
};
const RESTORE: Record<string, string> = {
  '\uE000': '\\',
  '\uE001': ':',
  '\uE002': '#',
  '\uE003': '=',
  '\uE004': '{',
  '\uE005': '}',
  '\uE006': '~',
  '\uE007': '\n',
};

function protect(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\' && next !== undefined && ESCAPES[next]) {
      out += ESCAPES[next];
      i += 1;
    } else out += c;
  }
  return out;
}

function restore(text: string): string {
  return text.replace(/[\uE000-\uE007]/g, (c) => RESTORE[c] ?? c);
}

/** Splits a leading `[format]` off a text part (as Moodle's parse_text_with_format does). */
function splitFormat(text: string, fallback: GiftTextFormat): { format: GiftTextFormat; text: string } {
  const m = /^\s*\[(html|moodle|plain|markdown)\]/.exec(text);
  if (m) return { format: m[1] as GiftTextFormat, text: text.slice(m[0].length) };
  return { format: fallback, text };
}

/**
 * Converts one GIFT text part (escapes still protected) to emr-prep Markdown.
 * `moodle` (auto-format) text is read as HTML when it holds tags, else as plain text.
 */
function toMarkdown(part: string, format: GiftTextFormat, line: number, problems: InterchangeProblem[]): string {
  const text = restore(part).trim();
  if (format === 'markdown') return text;
  if (format === 'html' || (format === 'moodle' && /<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/i.test(text))) {
    const converted = htmlToMarkdown(text);
    for (const note of converted.notes) problems.push({ line, severity: 'warning', message: note });
    return converted.markdown;
  }
  return plainToMarkdown(text);
}

/** Category path segments: `$course$/top/A/B` → [A, B]; `//` is a slash inside a name. */
export function parseCategoryPath(raw: string): string[] {
  const segments = raw
    .replace(/\/\//g, '\uE010')
    .split('/')
    .map((s) => s.replace(/\uE010/g, '/').trim())
    .filter((s) => s !== '');
  while (segments.length && /^(\$(course|system|module|coursecategory|cat\d*)\$|top)$/i.test(segments[0]!)) segments.shift();
  return segments;
}

interface Block {
  /** Line of the block's first line (1-based). */
  line: number;
  lines: string[];
}

/** Blocks of non-blank lines (GIFT separates questions by blank lines). */
function blocksOf(text: string): Block[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((l, index) => {
    if (l.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(l);
  });
  return blocks;
}

/** A block's comment lines read: emr-prep's `[id:…]`/`[tag:…]`, and the body with comments blanked. */
function readBlockComments(block: Block): { id: string | null; tags: string[]; body: string[] } {
  let id: string | null = null;
  const tags: string[] = [];
  const body = block.lines.map((l) => {
    if (!l.trim().startsWith('//')) return l;
    for (const m of l.matchAll(/\[(id|tag):([^\]]+)\]/g)) {
      if (m[1] === 'id') id = m[2]!.trim();
      else tags.push(m[2]!.trim());
    }
    return '';
  });
  return { id, tags, body };
}

/** A block's text with escapes protected, and the 1-based line of an offset into it. */
interface GiftText {
  text: string;
  lineAt: (offset: number) => number;
}

function giftText(block: Block, text: string): GiftText {
  return { text, lineAt: (offset: number) => block.line + (text.slice(0, offset).match(/\n/g)?.length ?? 0) };
}

/**
 * A leading `$CATEGORY:` line: the category path, and the text with that line blanked when a
 * question follows it without a blank line (warned); `rest: null` when nothing follows.
 */
function readCategoryLine(gt: GiftText, start: number, problems: InterchangeProblem[]): { category: string[]; rest: GiftText | null } {
  const lineEnd = gt.text.indexOf('\n', start);
  const end = lineEnd < 0 ? gt.text.length : lineEnd;
  const category = parseCategoryPath(restore(gt.text.slice(start + '$CATEGORY:'.length, end)));
  if (gt.text.slice(end).trim() === '') return { category, rest: null };
  problems.push({
    line: gt.lineAt(start),
    severity: 'warning',
    message:
      'no blank line between $CATEGORY: and the next question; emr-prep imported the question, but Moodle would read it as part of the category name (add a blank line)',
  });
  const text = `${gt.text.slice(0, start)}${' '.repeat(end - start)}${gt.text.slice(end)}`;
  return { category, rest: { text, lineAt: (offset) => gt.lineAt(offset) } };
}

/** The `{…}` answer block's offsets, or the problem that keeps the question out. */
function locateAnswerBlock(
  gt: GiftText,
  cursor: number,
  where: string,
  questionLine: number,
): { open: number; close: number } | { problem: InterchangeProblem } {
  const { text, lineAt } = gt;
  const open = text.indexOf('{', cursor);
  const close = open >= 0 ? text.indexOf('}', open) : text.indexOf('}', cursor);
  if (open < 0 && close < 0) {
    return {
      problem: {
        line: questionLine,
        severity: 'error',
        message: `${where} has no answer block {…}: a description, not a question; not imported`,
      },
    };
  }
  if (open < 0 || close < 0) {
    return {
      problem: {
        line: lineAt(open < 0 ? close : open),
        severity: 'error',
        message: `${where} has an unmatched "${open < 0 ? '}' : '{'}"; not imported (escape a literal brace as \\{ or \\})`,
      },
    };
  }
  if (text.indexOf('{', close) >= 0) {
    return {
      problem: {
        line: lineAt(text.indexOf('{', close)),
        severity: 'error',
        message: `${where} has more than one answer block {…} (an embedded-answers/cloze question); not imported`,
      },
    };
  }
  return { open, close };
}

/**
 * The question type, decided as Moodle decides it from the answer block's text: `choice`
 * (has `~`), `true-false`, or the problem naming a type emr-prep does not import.
 */
function giftQuestionType(
  answers: string,
  where: string,
  questionLine: number,
): { type: 'choice' } | { type: 'true-false'; isTrue: boolean } | { problem: InterchangeProblem } {
  const notImported = (message: string) => ({ problem: { line: questionLine, severity: 'error' as const, message } });
  if (answers === '') return notImported(`${where} is an essay question (empty answer block); only multiple-choice questions are imported`);
  if (answers.startsWith('#')) return notImported(`${where} is a numerical question ({#…}); only multiple-choice questions are imported`);
  if (answers.includes('~')) return { type: 'choice' };
  if (answers.includes('=') && answers.includes('->')) {
    return notImported(`${where} is a matching question (=… -> …); only multiple-choice questions are imported`);
  }
  const tf = /^(T|TRUE|F|FALSE)$/.exec(answers.split('#')[0]!.trim());
  if (tf) return { type: 'true-false', isTrue: tf[1]!.startsWith('T') };
  return notImported(
    `${where} is a short-answer question (only = answers, no ~); only multiple-choice questions are imported — add wrong options with ~ to make it multiple choice`,
  );
}

/** The answer block cut at its `~` and `=` markers, each segment with its offset. */
function answerSegments(answerText: string): Array<{ text: string; offset: number }> {
  const segments: Array<{ text: string; offset: number }> = [];
  let segmentStart = 0;
  for (let i = 0; i <= answerText.length; i += 1) {
    const c = answerText[i];
    if (i === answerText.length || c === '~' || c === '=') {
      segments.push({ text: answerText.slice(segmentStart, i), offset: segmentStart });
      segmentStart = c === '=' ? i : i + 1;
    }
  }
  // The text before the first marker is an answer only when it is not blank (as in Moodle).
  if (segments[0] && segments[0].text.trim() === '') segments.shift();
  return segments;
}

/** Where the options of one multiple-choice answer block are read from. */
interface ChoiceContext {
  answerText: string;
  answerOffset: number;
  /** `=` marks the key (single answer); else positive `~%w%` weights do. */
  single: boolean;
  format: GiftTextFormat;
  where: string;
  lineAt: (offset: number) => number;
}

/** The options of a multiple-choice answer block; partial credit in a single-answer one is warned. */
function choiceOptions(ctx: ChoiceContext, problems: InterchangeProblem[]): InterchangeOption[] {
  const { format, where } = ctx;
  const options: InterchangeOption[] = [];
  for (const segment of answerSegments(ctx.answerText)) {
    const leading = segment.text.length - segment.text.trimStart().length;
    const optionLine = ctx.lineAt(ctx.answerOffset + segment.offset + leading);
    let rest = segment.text.trim();
    let weight = 0;
    const w = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
    if (rest.startsWith('=')) {
      // As in Moodle: `=` is full credit, and a `%…%` after it is text.
      weight = 100;
      rest = rest.slice(1);
    } else if (w) {
      weight = Number(w[1]);
      rest = rest.slice(w[0].length);
    }
    const hash = rest.indexOf('#');
    const textPart = splitFormat((hash >= 0 ? rest.slice(0, hash) : rest).trim(), format);
    const feedbackPart = hash >= 0 ? splitFormat(rest.slice(hash + 1).trim(), format) : null;
    const optionText = oneLine(toMarkdown(textPart.text, textPart.format, optionLine, problems));
    const feedback = feedbackPart ? oneLine(toMarkdown(feedbackPart.text, feedbackPart.format, optionLine, problems)) : '';
    let correct: boolean;
    if (ctx.single) {
      correct = weight >= 100;
      if (weight > 0 && weight < 100) {
        problems.push({
          line: optionLine,
          severity: 'warning',
          message: `the answer "${optionText.slice(0, 40)}" of ${where} gives partial credit (${weight}%), which emr-prep cannot express; it is imported as a wrong option`,
        });
      }
    } else correct = weight > 0;
    options.push({ text: optionText, correct, feedback: feedback === '' ? null : feedback, line: optionLine });
  }
  return options;
}

/** Why a multiple-choice question's options cannot be imported, or null when they can. */
function choiceOptionsProblem(options: InterchangeOption[], where: string, questionLine: number): InterchangeProblem | null {
  const empty = options.find((o) => o.text === '');
  if (empty) {
    return {
      line: empty.line,
      severity: 'error',
      message: `an answer of ${where} has no text; the question is not imported (nothing would tell the student what the option says)`,
    };
  }
  if (options.length < 2) {
    return {
      line: questionLine,
      severity: 'error',
      message: `${where} has ${options.length} answer; a multiple-choice question needs at least two; not imported`,
    };
  }
  if (options.length > MAX_OPTIONS) {
    return {
      line: options[MAX_OPTIONS]!.line,
      severity: 'error',
      message: `${where} has ${options.length} answers; emr-prep questions have at most ${MAX_OPTIONS} (A–J); not imported — split it into two questions`,
    };
  }
  if (!options.some((o) => o.correct)) {
    return { line: questionLine, severity: 'error', message: `${where} keys no answer (no = and no positive ~%weight%); not imported` };
  }
  return null;
}

/**
 * Reads one question from a block's text (category line already removed): the item, or null when
 * it is not imported (its problem pushed).
 */
function readGiftQuestion(
  gt: GiftText,
  start: number,
  meta: { id: string | null; tags: string[]; category: string[] },
  problems: InterchangeProblem[],
): InterchangeItem | null {
  const { text, lineAt } = gt;
  const questionLine = lineAt(start);
  // ── name ──
  let cursor = start;
  let name: string | null = null;
  if (text.startsWith('::', cursor)) {
    const end = text.indexOf('::', cursor + 2);
    if (end >= 0) {
      name = restore(text.slice(cursor + 2, end)).trim() || null;
      cursor = end + 2;
    }
  }
  const where = name ? `question "${name}"` : 'the question';

  // ── answer block ──
  const located = locateAnswerBlock(gt, cursor, where, questionLine);
  if ('problem' in located) {
    problems.push(located.problem);
    return null;
  }
  const { open, close } = located;
  const before = text.slice(cursor, open);
  const after = text.slice(close + 1);
  let answerText = text.slice(open + 1, close);
  const answerOffset = open + 1;
  const stemRaw = after.trim() === '' ? before : `${before.replace(/\s+$/, '')} _____ ${after.replace(/^\s+/, '')}`;
  const stemPart = splitFormat(stemRaw.trim(), 'moodle');
  const format = stemPart.format;

  let generalFeedback: string | null = null;
  const gf = answerText.lastIndexOf('####');
  if (gf >= 0) {
    const feedback = splitFormat(answerText.slice(gf + 4).trim(), format);
    generalFeedback = toMarkdown(feedback.text, feedback.format, lineAt(answerOffset + gf), problems) || null;
    answerText = answerText.slice(0, gf);
  }
  const stem = toMarkdown(stemPart.text, stemPart.format, questionLine, problems);
  if (stem.trim() === '') {
    problems.push({ line: questionLine, severity: 'error', message: `${where} has no question text; not imported` });
    return null;
  }

  const answers = answerText.trim();
  const base = { line: questionLine, name, id: meta.id, category: meta.category, tags: meta.tags, stem, generalFeedback };
  const type = giftQuestionType(answers, where, questionLine);
  if ('problem' in type) {
    problems.push(type.problem);
    return null;
  }
  if (type.type === 'true-false') {
    return { ...base, options: trueFalseOptions(answers, type.isTrue, format, lineAt(answerOffset), problems) };
  }
  const single = answers.includes('=');
  const options = choiceOptions({ answerText, answerOffset, single, format, where, lineAt }, problems);
  const problem = choiceOptionsProblem(options, where, questionLine);
  if (problem) {
    problems.push(problem);
    return null;
  }
  return { ...base, options };
}

/**
 * Reads a GIFT file. Every question that is not converted, and every loss in one that is
 * (partial credit, a relative link), is a problem with its line; nothing is dropped silently.
 * Never throws.
 */
export function parseGift(text: string): InterchangeParseResult {
  const items: InterchangeItem[] = [];
  const problems: InterchangeProblem[] = [];
  let category: string[] = [];

  for (const block of blocksOf(text)) {
    // Comments: Moodle skips them; emr-prep reads [id:…] and [tag:…] from them.
    const { id, tags, body } = readBlockComments(block);
    const firstLine = body.findIndex((l) => l.trim() !== '');
    if (firstLine < 0) continue; // only comments
    let gt = giftText(block, protect(body.join('\n')));
    let start = gt.text.search(/\S/);

    if (gt.text.startsWith('$CATEGORY:', start)) {
      // The category is its line; a question right below it (no blank line) is still a question.
      const read = readCategoryLine(gt, start, problems);
      category = read.category;
      if (!read.rest) continue;
      gt = read.rest;
      start = gt.text.search(/\S/);
    }
    const item = readGiftQuestion(gt, start, { id, tags, category }, problems);
    if (item) items.push(item);
  }
  return { items, problems };
}

/** `{T#feedback for a wrong answer#feedback for a right answer}` → options True / False. */
function trueFalseOptions(
  answers: string,
  isTrue: boolean,
  format: GiftTextFormat,
  line: number,
  problems: InterchangeProblem[],
): InterchangeOption[] {
  const [, wrongRaw, rightRaw] = answers.split('#');
  const convert = (raw: string | undefined) => {
    if (raw === undefined || raw.trim() === '') return null;
    const part = splitFormat(raw.trim(), format);
    return oneLine(toMarkdown(part.text, part.format, line, problems)) || null;
  };
  const wrong = convert(wrongRaw);
  const right = convert(rightRaw);
  return [
    { text: 'True', correct: isTrue, feedback: isTrue ? right : wrong, line },
    { text: 'False', correct: !isTrue, feedback: isTrue ? wrong : right, line },
  ];
}

// ── writing ──────────────────────────────────────────────────────────────────────────────────

/** Escapes GIFT's reserved characters as Moodle's exporter does (repchar): `\ ~ = # { } :`, newline → `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Links to other notes mean nothing inside Moodle: keep their text. */
function unlinkNotes(html: string): string {
  return html.replace(/<a href="(?:\/notes\/[^"]*|#)" class="(?:note-link|broken-link)"[^>]*>([\s\S]*?)<\/a>/g, '$1');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A weight as Moodle writes it: an integer, or five decimals. */
function weight(percent: number): string {
  return Number.isInteger(percent) ? String(percent) : percent.toFixed(5);
}

/** What {@link writeGift} needs of a knowledge base. */
export interface GiftExportInput {
  notes: ReadonlyArray<{ slug: string; title: string; questions: readonly string[] }>;
  questions: readonly Question[];
}

/**
 * Writes questions as GIFT, one `$CATEGORY: emr-prep/<note title>` per note, in `[html]` format
 * (the text as the site renders it, links to other notes reduced to their text). A single-answer
 * question keys its option with `=`; a multiple-answer one gives each keyed option an equal share
 * `~%w%` of 100 % and each other option `~%-100%` (so, as in emr-prep, a wrong pick scores
 * nothing). Per-option explanations become `#feedback`; the explanation intro becomes `####`
 * general feedback. Each question is preceded by `// [id:…] [tag:…]` comments with its emr-prep id
 * and tags.
 */
export function writeGift(input: GiftExportInput): string {
  const byId = new Map(input.questions.map((q) => [q.id, q]));
  const out: string[] = [
    `// emr-prep question bank: ${input.questions.length} multiple-choice question${input.questions.length === 1 ? '' : 's'} in Moodle GIFT format ([html] text).`,
    '// Comment lines "// [id:…] [tag:…]" carry each question\'s emr-prep id and tags; Moodle skips comments.',
    '',
  ];
  for (const note of input.notes) {
    const questions = note.questions.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
    if (questions.length === 0) continue;
    out.push(`$CATEGORY: emr-prep/${note.title.replace(/\//g, '//').replace(/\s+/g, ' ')}`, '');
    for (const q of questions) {
      out.push(`// [id:${q.id}]${q.tags.map((t) => ` [tag:${t}]`).join('')}`);
      out.push(`::${escapeGift(q.id)}::[html]${escapeGift(unlinkNotes(q.stemHtml))} {`);
      const multiple = q.answer.length > 1;
      for (const o of q.options) {
        const keyed = q.answer.includes(o.letter);
        const marker = multiple ? (keyed ? `~%${weight(100 / q.answer.length)}%` : '~%-100%') : keyed ? '=' : '~';
        const feedback = o.explanationHtml ? `#${escapeGift(unlinkNotes(o.explanationHtml))}` : '';
        // GIFT cannot escape "%": an option text that starts like a weight (`%50%`) starts with its entity.
        const html = unlinkNotes(o.html).replace(/^(\s*)%/, '$1&#37;');
        out.push(`\t${marker}${escapeGift(html)}${feedback}`);
      }
      if (q.explanationIntro) out.push(`\t####${escapeGift(escapeHtml(q.explanationIntro).replace(/\n/g, '<br>'))}`);
      out.push('}', '');
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
