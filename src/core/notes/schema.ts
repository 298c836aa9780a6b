/**
 * The note (concept) model: one Markdown file of the content folder, parsed into title, tags,
 * sections, rendered body and the ids of the questions it holds.
 */
import { z } from 'zod';

/** What a heading introduces, recognised by its text in Korean or English (emoji optional). */
export const SectionKindSchema = z.enum(['keyPoint', 'explanation', 'keyConcepts', 'questions', 'other']);
export type SectionKind = z.infer<typeof SectionKindSchema>;

export const SectionSchema = z.object({
  kind: SectionKindSchema,
  /** Heading text as written (emoji included). */
  heading: z.string(),
  /** Heading depth 1–6. */
  depth: z.number().int().min(1).max(6),
  /** 1-based line of the heading. */
  line: z.number().int().min(1),
  /**
   * Anchor of the section on the note page (`/notes/<slug>/#<id>`): the heading's GitHub-style id
   * (src/core/notes/headings.ts), or the page's own `key-point` / `questions` for the sections the
   * page draws itself.
   */
  id: z.string().min(1),
});
export type Section = z.infer<typeof SectionSchema>;

export const NoteLinkSchema = z.object({
  /** What the author wrote as the target (`[[target]]`, or the href of a Markdown link). */
  target: z.string(),
  kind: z.enum(['wikilink', 'markdown']),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  /** Slug of the note the link resolves to, or null when it does not resolve. */
  resolved: z.string().nullable(),
  /** The heading named after `#` (`[[slug#heading]]`), decoded; null when the link names none. */
  heading: z.string().nullable(),
});
export type NoteLink = z.infer<typeof NoteLinkSchema>;

export const EncodingReportSchema = z.object({
  bom: z.boolean(),
  crlf: z.boolean(),
  /** Set when the file was mojibake and repaired in memory. */
  mojibake: z
    .object({
      codepage: z.string(),
      /** Characters restored exactly from intact bytes. */
      restored: z.number().int().min(0),
      /** Characters whose lost bytes were guessed from character frequencies. */
      guessed: z.number().int().min(0),
    })
    .nullable(),
});
export type EncodingReport = z.infer<typeof EncodingReportSchema>;

export const RelatedNoteSchema = z.object({
  slug: z.string(),
  /** Sum of the rarity weights (inverse document frequency) of the shared tags. */
  score: z.number(),
  sharedTags: z.array(z.string()),
});
export type RelatedNote = z.infer<typeof RelatedNoteSchema>;

/** One source of a note as the note page lists it. */
export const NoteReferenceSchema = z.object({
  url: z.string(),
  /** The frontmatter title or the link text of the author's sources section, or null. */
  title: z.string().nullable(),
  /** When an author last checked the note against the page (YYYY-MM-DD), or null. */
  checked: z.string().nullable(),
  /** Where it was written: frontmatter `sources:`, the author's sources section, or a link in the text. */
  origin: z.enum(['frontmatter', 'section', 'body']),
  /** Line of the frontmatter entry, or null. */
  line: z.number().int().nullable(),
});
export type NoteReference = z.infer<typeof NoteReferenceSchema>;

export const NoteSchema = z.object({
  /** URL segment: `/notes/<slug>/`. */
  slug: z.string().min(1),
  title: z.string().min(1),
  /** Path relative to the content folder, POSIX separators. */
  file: z.string(),
  /** All frontmatter keys as written (unknown keys kept). */
  frontmatter: z.record(z.unknown()),
  /** Tags as written (deduplicated, in order); each implies its ancestors. */
  tags: z.array(z.string()),
  aliases: z.array(z.string()),
  /** ISO date `YYYY-MM-DD`, or null. */
  created: z.string().nullable(),
  modified: z.string().nullable(),
  /** The key point (`핵심 포인트` / `Key point`) as plain text, or null. */
  summary: z.string().nullable(),
  /** The key point rendered to sanitized HTML, or null. */
  summaryHtml: z.string().nullable(),
  sections: z.array(SectionSchema),
  /** The body rendered to sanitized HTML, without the title heading, key point and question blocks. */
  html: z.string(),
  /** Plain text of the body (for search and snippets). */
  text: z.string(),
  /** Ids of the questions the note holds, in order (only questions without errors). */
  questions: z.array(z.string()),
  links: z.array(NoteLinkSchema),
  /** http(s) links in the note: the sources its facts trace to. */
  sources: z.array(z.string()),
  /** The note's sources once each (frontmatter `sources:`, the author's sources section, other links). */
  references: z.array(NoteReferenceSchema),
  related: z.array(RelatedNoteSchema),
  /** Slugs of the notes that link to this one. */
  backlinks: z.array(z.string()),
  encoding: EncodingReportSchema,
});
export type Note = z.infer<typeof NoteSchema>;
