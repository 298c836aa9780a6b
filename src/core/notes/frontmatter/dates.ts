/**
 * Dates in frontmatter: `YYYY-MM-DD` (ISO 8601 calendar date). YAML reads an unquoted
 * `2026-12-03` as a timestamp, so a `Date` is accepted and written back as its UTC calendar date.
 */
import { z } from 'zod';

/** An ISO calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().superRefine((s, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: 'must be a date like 2026-12-03' });
    else if (Number.isNaN(Date.parse(`${s}T00:00:00Z`)) || !new Date(`${s}T00:00:00Z`).toISOString().startsWith(s))
      ctx.addIssue({ code: 'custom', message: 'must be a date that exists, like 2026-12-03' });
  }),
);
