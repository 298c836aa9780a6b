/**
 * Question interchange with other tools: Moodle GIFT and Aiken in (→ emr-prep notes), GIFT out.
 * Pure: text in, text out; the CLI (`emr-prep import`, `emr-prep export --format gift`) does the
 * file system.
 */
export type { InterchangeItem, InterchangeOption, InterchangeProblem, InterchangeParseResult } from './item.ts';
export { MAX_OPTIONS } from './item.ts';
export { parseGift, writeGift, escapeGift, parseCategoryPath, type GiftExportInput, type GiftTextFormat } from './gift.ts';
export { parseAiken, parseAikenAnswer } from './aiken.ts';
export { itemsToNotes, categoryTag, asciiSlug, type ImportedNote, type ItemsToNotesOptions, type ItemsToNotesResult } from './to-notes.ts';
export { htmlToMarkdown, escapeMarkdown, plainToMarkdown, oneLine, type HtmlConversion } from './text.ts';
