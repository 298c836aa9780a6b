/**
 * `sources:` — the documentation pages a note's facts rest on, each with the date an author last
 * checked it against the page (issue 12). `emr-prep check` warns on a note without sources, on a
 * source checked more than a year ago (`--max-source-age-days`) and on a URL listed twice;
 * `emr-prep sources` lists every URL with the notes and questions that rest on it.
 *
 * ```yaml
 * sources:
 *   - url: https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html
 *     title: EMR Management Guide – Instance configuration guidelines
 *     checked: 2026-12-03
 * ```
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates.ts';

/** One source of a note. */
export const SourceSchema = z
  .object({
    url: z
      .string()
      .describe('The page, an absolute http(s) URL. Required.')
      .regex(/^https?:\/\/[^\s/]+\.[^\s]*$/i, 'must be an http(s) URL like https://docs.aws.amazon.com/emr/…'),
    title: z.string().min(1).optional().describe('How the page is named on the note page (default: the URL).'),
    checked: IsoDateSchema.optional().describe(
      'The date (YYYY-MM-DD) an author last checked the note against this page; needed for the freshness check.',
    ),
  })
  .passthrough()
  .describe('A page the note rests on.');
export type Source = z.infer<typeof SourceSchema>;

/** The `sources:` list of a note. */
export const SourcesSchema = z.array(SourceSchema).describe('The pages the note rests on, most important first.');

/** A URL as compared when merging sources: no fragment, no trailing slash, lowercase scheme and host. */
export function normaliseSourceUrl(url: string): string {
  const m = /^(https?):\/\/([^/?#]+)([^#]*)/i.exec(url.trim());
  if (!m) return url.trim();
  return `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}${m[3]!.replace(/\/$/, '')}`;
}
