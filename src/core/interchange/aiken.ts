/**
 * The Aiken format (Moodle's plain multiple-choice format, https://docs.moodle.org/en/Aiken_format):
 * a question line, options `A. …` / `A) …` on the following lines, then `ANSWER: X`.
 * ```
 * Which node type runs the HDFS DataNode daemon?
 * A. Primary
 * B. Core
 * C. Task
 * ANSWER: B
 * ```
 * Read leniently where the intent is clear: the stem may span several lines (kept as line breaks),
 * blank lines may stand anywhere, and several keyed letters — `ANSWER: AB`, `ANSWER: A, C`,
 * `ANSWER: B and D` — make a multiple-answer question (never just the first letter). Aiken has
 * no feedback and no categories: imported questions have no explanations (`emr-prep check` warns)
 * and take their tags from `emr-prep import --tag`.
 */
import { MAX_OPTIONS, type InterchangeItem, type InterchangeOption, type InterchangeParseResult, type InterchangeProblem } from './item.ts';
import { escapeMarkdown, plainToMarkdown } from './text.ts';

const OPTION_LINE = /^([A-Za-z])\s*[.)]\s+(.*\S)\s*$/;
const ANSWER_LINE = /^ANSWER\s*[:：]\s*(.*)$/i;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Keyed letters of an `ANSWER:` value: `B`, `AB`, `A, C`, `B and D`; null when it is not letters. */
export function parseAikenAnswer(value: string): string[] | null {
  const compact = value
    .trim()
    .replace(/\s*(,|;|\/|&|\+|\band\b|및)\s*/gi, ' ')
    .trim();
  if (compact === '') return null;
  const parts = compact.split(/\s+/);
  const letters: string[] = [];
  for (const part of parts) {
    if (!/^[A-Za-z]+$/.test(part)) return null;
    letters.push(...part.toUpperCase());
  }
  return [...new Set(letters)];
}

interface Pending {
  line: number;
  stem: string[];
  options: InterchangeOption[];
  broken: boolean;
}

/**
 * Closes a pending question at its `ANSWER:` line: the imported item, or the problem (with its
 * line) that keeps the question out. `answerText` is what follows `ANSWER:`, `t` the trimmed
 * ANSWER line and `line` its 1-based number.
 */
function closeAikenQuestion(
  q: Pending,
  answerText: string,
  t: string,
  line: number,
): { item: InterchangeItem } | { problem: InterchangeProblem } {
  const keys = parseAikenAnswer(answerText);
  const letters = q.options.map((_, i) => LETTERS[i]!);
  if (!keys) {
    return {
      problem: {
        line,
        severity: 'error',
        message: `"${t}" does not name option letters (write e.g. ANSWER: B, or ANSWER: AC for two keys); the question on line ${q.line} is not imported`,
      },
    };
  }
  const unknown = keys.filter((k) => !letters.includes(k));
  if (unknown.length) {
    return {
      problem: {
        line,
        severity: 'error',
        message: `ANSWER names ${unknown.join(', ')}, but the question on line ${q.line} has options ${letters.join(', ') || 'none'}; not imported`,
      },
    };
  }
  if (q.options.length < 2) {
    return {
      problem: {
        line: q.line,
        severity: 'error',
        message: `the question has ${q.options.length} option; a multiple-choice question needs at least two; not imported`,
      },
    };
  }
  if (q.options.length > MAX_OPTIONS) {
    return {
      problem: {
        line: q.options[MAX_OPTIONS]!.line,
        severity: 'error',
        message: `the question on line ${q.line} has ${q.options.length} options; emr-prep questions have at most ${MAX_OPTIONS} (A–J); not imported`,
      },
    };
  }
  for (const [i, o] of q.options.entries()) o.correct = keys.includes(letters[i]!);
  return {
    item: {
      line: q.line,
      name: null,
      id: null,
      category: [],
      tags: [],
      stem: plainToMarkdown(q.stem.join('\n')),
      options: q.options,
      generalFeedback: null,
    },
  };
}

/**
 * Reads an Aiken file. A question that cannot be converted (no `ANSWER:` line, a key that is not
 * an option, options out of order, fewer than two or more than ten options) is a problem with its
 * line and is not imported. Never throws.
 */
export function parseAiken(text: string): InterchangeParseResult {
  const items: InterchangeItem[] = [];
  const problems: InterchangeProblem[] = [];
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  let current: Pending | null = null;

  const fail = (line: number, message: string) => {
    problems.push({ line, severity: 'error', message });
    if (current) current.broken = true;
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const t = raw.trim();
    if (t === '') return;
    const answer = ANSWER_LINE.exec(t);
    if (answer) {
      const q = current;
      current = null;
      if (!q) {
        problems.push({ line, severity: 'error', message: 'an ANSWER line without a question before it; ignored' });
        return;
      }
      if (q.broken) return; // already reported
      const closed = closeAikenQuestion(q, answer[1] ?? '', t, line);
      if ('problem' in closed) problems.push(closed.problem);
      else items.push(closed.item);
      return;
    }
    const option = OPTION_LINE.exec(t);
    if (option && current && current.stem.length > 0) {
      const letter = option[1]!.toUpperCase();
      const expected = LETTERS[current.options.length]!;
      if (letter !== expected && !current.broken) {
        fail(
          line,
          `option ${letter} stands where ${expected} is expected (options run A, B, C … in order); the question on line ${current.line} is not imported`,
        );
      }
      current.options.push({ text: escapeMarkdown(option[2]!.trim()), correct: false, feedback: null, line });
      return;
    }
    // A text line: the stem (or its next line), or the start of the next question.
    if (current && current.options.length > 0) {
      if (!current.broken)
        problems.push({
          line: current.line,
          severity: 'error',
          message: `the question has no ANSWER line before line ${line}; not imported`,
        });
      current = null;
    }
    if (!current) current = { line, stem: [], options: [], broken: false };
    current.stem.push(t);
  });
  const last = current as Pending | null;
  if (last && !last.broken) {
    problems.push({
      line: last.line,
      severity: 'error',
      message: 'the question has no ANSWER line before the end of the file; not imported',
    });
  }
  return { items, problems };
}
