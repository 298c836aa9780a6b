/**
 * What the island shows for an item: the current question content in the attempt's stored
 * option order, with display labels by position, the student's choice, and — only once feedback
 * is allowed (a confirmed practice item, or a submitted attempt) — the key and the reason for
 * every option. Explanations follow their option wherever the shuffle put it.
 */
import type { OptionLetter, Question } from '../questions/schema.ts';
import type { QuestionBank } from './bank.ts';
import { QuizError } from './errors.ts';
import { questionFingerprint } from './fingerprint.ts';
import type { Attempt, ItemResult } from './model.ts';
import { displayLabel } from './shuffle.ts';

/** One option as displayed. */
export interface PresentedOption {
  /** 0-based display position. */
  position: number;
  /** Label shown on screen for the position: "A", "B", … */
  label: string;
  /** The authored letter (what is stored and graded). */
  letter: OptionLetter;
  text: string;
  /** Sanitized inline HTML of the option. */
  html: string;
  pinned: boolean;
  /** The student chose it. */
  selected: boolean;
  /** Part of the key — null while feedback is not allowed. */
  keyed: boolean | null;
  /** The author's reason for this option (plain text) — null while feedback is not allowed or when missing. */
  explanation: string | null;
  /** The reason as sanitized HTML — null as `explanation`. */
  explanationHtml: string | null;
}

/**
 * How the item's question relates to the content the attempt started with:
 * `current` (same fingerprint), `changed` (edited since) or `missing` (removed since).
 */
export type ContentStatus = 'current' | 'changed' | 'missing';

/** An item ready to render. */
export interface PresentedItem {
  index: number;
  questionId: string;
  /** Slug of the note that teaches the question (link `/notes/<slug>/`). */
  note: string;
  status: ContentStatus;
  /** The current question, or null when it is missing. */
  question: Question | null;
  /** Options in display order (empty when the question is missing). */
  options: PresentedOption[];
  /** How many options to choose: 1 → radio buttons; 2+ → "choose N" checkboxes. */
  keyCount: number;
  selected: OptionLetter[];
  flagged: boolean;
  confirmed: boolean;
  /** Whether the key and explanations may be shown. */
  revealed: boolean;
  /** The stored grade when revealed, else null. */
  result: ItemResult | null;
  /** Key letters of the current content when revealed, else null. */
  key: OptionLetter[] | null;
  /** Display labels of the key ("B, D") when revealed, else null. */
  keyLabels: string[] | null;
}

/**
 * Builds the view of one item.
 *
 * Options keep the attempt's stored order; if the content changed since, letters that no longer
 * exist are dropped and new letters are appended in authored order (the item is `changed` and is
 * not graded anyway).
 *
 * @throws {QuizError} `index-out-of-range`.
 */
export function presentItem(attempt: Attempt, index: number, bank: QuestionBank): PresentedItem {
  const item = Number.isInteger(index) ? attempt.items[index] : undefined;
  if (!item) {
    throw new QuizError(
      'index-out-of-range',
      'index',
      `${String(index)} is not one of ${attempt.items.length} items`,
      `use 0–${attempt.items.length - 1}`,
    );
  }
  const question = bank.get(item.questionId) ?? null;
  const status: ContentStatus = !question ? 'missing' : questionFingerprint(question) === item.fingerprint ? 'current' : 'changed';
  const revealed = attempt.status === 'submitted' || (attempt.mode === 'practice' && item.confirmed);
  const options: PresentedOption[] = [];
  if (question) {
    const byLetter = new Map(question.options.map((o) => [o.letter, o]));
    const order = item.optionOrder.filter((l) => byLetter.has(l));
    for (const o of question.options) if (!order.includes(o.letter)) order.push(o.letter);
    const key = new Set(question.answer);
    order.forEach((letter, position) => {
      const o = byLetter.get(letter);
      if (!o) return;
      options.push({
        position,
        label: displayLabel(position),
        letter,
        text: o.text,
        html: o.html,
        pinned: o.pinned,
        selected: item.selected.includes(letter),
        keyed: revealed ? key.has(letter) : null,
        explanation: revealed ? o.explanation : null,
        explanationHtml: revealed ? o.explanationHtml : null,
      });
    });
  }
  const key = revealed && question ? [...question.answer] : null;
  return {
    index,
    questionId: item.questionId,
    note: item.note,
    status,
    question,
    options,
    keyCount: item.keyCount,
    selected: [...item.selected],
    flagged: item.flagged,
    confirmed: item.confirmed,
    revealed,
    result: revealed ? item.result : null,
    key,
    keyLabels: key ? options.filter((o) => o.keyed).map((o) => o.label) : null,
  };
}

/** Every item of an attempt as {@link presentItem} builds it (the results page). */
export function presentAttempt(attempt: Attempt, bank: QuestionBank): PresentedItem[] {
  return attempt.items.map((_, i) => presentItem(attempt, i, bank));
}
