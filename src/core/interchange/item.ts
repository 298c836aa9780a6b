/**
 * The interchange model: a multiple-choice item as read from a foreign question format (Moodle GIFT,
 * Aiken) before it becomes a question block of an emr-prep note, and the problems met on the way.
 * Every text here is already Markdown in emr-prep's dialect (see `text.ts`); line numbers are
 * 1-based lines of the source file.
 */

/** One option (answer) of an imported item. */
export interface InterchangeOption {
  /** Option text as one line of Markdown. */
  text: string;
  /** True when the option is keyed (GIFT `=`, or a positive `~%w%` weight; Aiken `ANSWER:`). */
  correct: boolean;
  /** The per-answer feedback (GIFT `#…`) as Markdown, or null when the source has none. */
  feedback: string | null;
  /** 1-based line of the option in the source file. */
  line: number;
}

/** One multiple-choice item (single or multiple answer) read from a source file. */
export interface InterchangeItem {
  /** 1-based line where the item starts in the source file. */
  line: number;
  /** The item's name in the source (GIFT `::name::`), or null. Kept for messages only. */
  name: string | null;
  /** An explicit emr-prep question id (GIFT comment `// [id:…]`), or null to derive one. */
  id: string | null;
  /** The category path (GIFT `$CATEGORY:`), segments in order; empty when there is none. */
  category: string[];
  /** Tags given to the item itself (GIFT comment `// [tag:…]`); empty when there are none. */
  tags: string[];
  /** The stem as Markdown; paragraphs separated by a blank line. */
  stem: string;
  options: InterchangeOption[];
  /** General feedback (GIFT `####…`) as Markdown, or null. */
  generalFeedback: string | null;
}

/**
 * Something in the source that could not be converted, or was converted with a loss the author
 * must know about (e.g. partial credit). Never silent: every skipped item or answer has one.
 */
export interface InterchangeProblem {
  /** 1-based line in the source file. */
  line: number;
  /** `error`: the item was not imported. `warning`: imported, with the loss the message names. */
  severity: 'error' | 'warning';
  message: string;
}

/** What a source parser returns. */
export interface InterchangeParseResult {
  items: InterchangeItem[];
  problems: InterchangeProblem[];
}

/** The most options an emr-prep question can have (letters A–J). */
export const MAX_OPTIONS = 10;
