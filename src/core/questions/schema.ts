/**
 * The question model: an exam-style item with a stem, lettered options, an answer key and a
 * reason per option. Parsed from a note's question block (see `parse-questions.ts`).
 */
import { z } from 'zod';

/** Option letters A–J, as in the note format. */
export const OptionLetterSchema = z.string().regex(/^[A-J]$/, 'an option letter A–J');
export type OptionLetter = z.infer<typeof OptionLetterSchema>;

export const OptionSchema = z.object({
  letter: OptionLetterSchema,
  /** Option text as plain text (Markdown stripped). */
  text: z.string().min(1),
  /** Option text rendered to sanitized inline HTML. */
  html: z.string(),
  /** The author's reason why this option is right or wrong (plain text), or null when missing. */
  explanation: z.string().nullable(),
  /** The reason rendered to sanitized HTML, or null. */
  explanationHtml: z.string().nullable(),
  /** The short label the explanation bullet gives the option (`**A) label**`), if any. */
  explanationLabel: z.string().nullable(),
  /** Options such as “All of the above” stay last when options are shuffled. */
  pinned: z.boolean(),
  /** 1-based line of the option in the source file. */
  line: z.number().int().min(1),
});
export type Option = z.infer<typeof OptionSchema>;

export const QuestionSchema = z
  .object({
    /**
     * Stable id: explicit `<!-- id: … -->`, or `<note slug>-<8 hex digits of the normalised stem>`.
     * Lowercase letters of any script (a note named `스팟.md` has the slug `스팟`), digits and `-`.
     */
    id: z.string().regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}-]*$/u, 'lowercase letters (any script), digits and -'),
    /** Slug of the note that holds the question. */
    note: z.string(),
    /** File of the note, relative to the content folder. */
    file: z.string(),
    /** 1-based line of `**Question:**`. */
    line: z.number().int().min(1),
    /** The stem as plain text. */
    stem: z.string().min(1),
    /** The stem rendered to sanitized HTML (may hold several paragraphs). */
    stemHtml: z.string(),
    options: z.array(OptionSchema).min(2).max(10),
    /** Keyed option letters, sorted; more than one for “choose two” items (scored all or nothing). */
    answer: z.array(OptionLetterSchema).min(1),
    /** The text the author wrote after the keyed letter (`**정답: C) …**`), if any. */
    answerText: z.string().nullable(),
    /** Introductory text of the explanation section that is not tied to one option, if any. */
    explanationIntro: z.string().nullable(),
    /** Tags of the question (its note's tags). */
    tags: z.array(z.string()),
    /** False when the author turned option shuffling off (`<!-- shuffle: false -->`). */
    shuffle: z.boolean(),
  })
  .superRefine((q, ctx) => {
    const letters = new Set(q.options.map((o) => o.letter));
    for (const key of q.answer) {
      if (!letters.has(key)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `answer ${key} is not an option` });
      }
    }
  });
export type Question = z.infer<typeof QuestionSchema>;
