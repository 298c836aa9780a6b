/**
 * The glossary (용어집) model: one {@link GlossaryEntry} per term, read from `glossary.yml` (the
 * bundled one, extended by a content folder's own). Search uses every spelling of a term to find
 * notes written in the other script (`키네시스` → Kinesis); the `/glossary/` page lists the terms.
 *
 * File format (documented in docs/AUTHORING.md, "The glossary"): a YAML mapping from the English
 * term to
 * ```yaml
 * Kinesis Data Streams:
 *   ko: 키네시스 데이터 스트림          # the Korean term, or a list of them
 *   spellings: [키네시스, KDS]         # what students type: transliterations, abbreviations, old names
 *   definition:
 *     ko: 샤드 단위로 스트림 데이터를 받아 두는 AWS 서비스.
 *     en: AWS service that ingests streaming records into shards.
 *   notes: [streaming-kinesis-emr-sagemaker]   # slugs of the notes that teach it (optional)
 *   tags: [service/kinesis-data-streams]        # tag paths that teach it (optional)
 * ```
 */
import { z } from 'zod';

/** One term as written in `glossary.yml` (the value under its English term). */
export const GlossaryFileEntrySchema = z
  .object({
    ko: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]),
    spellings: z.array(z.string().trim().min(1)).default([]),
    definition: z.object({ ko: z.string().trim().min(1), en: z.string().trim().min(1) }).strict(),
    notes: z.array(z.string().trim().min(1)).default([]),
    tags: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();
export type GlossaryFileEntry = z.infer<typeof GlossaryFileEntrySchema>;

/** A glossary term as the knowledge base holds it. */
export const GlossaryEntrySchema = z.object({
  /** Stable id: the English term in lower-case kebab-case (`kinesis-data-streams`); the anchor on /glossary/. */
  id: z.string(),
  /** The English term (`Kinesis Data Streams`). */
  en: z.string(),
  /** The Korean term(s), the first being the one shown. */
  ko: z.array(z.string()),
  /** Other spellings students type: transliterations, abbreviations, old names. */
  spellings: z.array(z.string()),
  /** One-line definitions. */
  definition: z.object({ ko: z.string(), en: z.string() }),
  /** Slugs of the notes that teach the term (only notes that exist). */
  notes: z.array(z.string()),
  /** Tag paths that teach the term (only tags that exist). */
  tags: z.array(z.string()),
  /** The glossary file the term comes from (relative to the content folder) and its line. */
  file: z.string(),
  line: z.number().int().min(1),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** The id of an English term: lower-case, runs of anything but letters and digits as `-`. */
export function glossaryId(en: string): string {
  return en
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every written form of a term: the English term, the Korean terms and the spellings. */
export function glossaryForms(entry: Pick<GlossaryEntry, 'en' | 'ko' | 'spellings'>): string[] {
  return [entry.en, ...entry.ko, ...entry.spellings];
}
