/**
 * Dates in frontmatter: `YYYY-MM-DD` (ISO 8601 calendar date). YAML reads an unquoted
 * `2026-12-03` as a timestamp, so a `Date` is accepted and written back as its UTC calendar date;
 * the reader (read.ts) validates the text as written instead, because a YAML timestamp rolls an
 * impossible day over silently (`2026-02-30` becomes 2026-03-02).
 */
import { z } from 'zod';

/** An ISO calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). Used for `sources[].checked`. */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().superRefine((s, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: `must be a date like 2026-12-03${writeAs(s)}` });
    else if (!dateExists(s)) ctx.addIssue({ code: 'custom', message: 'must be a date that exists, like 2026-12-03' });
  }),
);

/**
 * A date or date-time as YAML and other tools write it — a `Date`, or a string that starts with
 * `YYYY-MM-DD` (`2025-08-21`, `2025-08-21T10:00:00+09:00`) — as its calendar date `YYYY-MM-DD`;
 * null when it is not one.
 */
export function calendarDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/** `created` / `modified`: a date (or date-time) whose calendar date is kept, as {@link calendarDate} reads it. */
export const NoteDateSchema = z.unknown().transform((value, ctx): string => {
  const date = calendarDate(value);
  if (date !== null && dateExists(date)) return date;
  ctx.addIssue({
    code: 'custom',
    message: date === null ? `must be a date like 2025-08-21${writeAs(value)}` : 'must be a date that exists, like 2025-08-21',
  });
  return z.NEVER;
});

/**
 * A date written another common way — `2026/12/05`, `2026.12.05`, Korean `2026. 12. 5.` or
 * `2026년 12월 5일`, `20261205` — as `YYYY-MM-DD`; null when the value is not one or the day does
 * not exist. Only for the message: the note's text is never rewritten.
 */
export function isoFromLooseDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  const m = /^(\d{4})\s*[./년-]\s*(\d{1,2})\s*[./월-]\s*(\d{1,2})\s*[.일]?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return dateExists(iso) ? iso : null;
}

/** `: write 2026-12-05` after the message, when {@link isoFromLooseDate} reads the value. */
function writeAs(value: unknown): string {
  const iso = isoFromLooseDate(value);
  return iso ? `: write ${iso}` : '';
}

/** True when `YYYY-MM-DD` names a day of the calendar (2026-02-30 does not). */
function dateExists(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/**
 * `date` (Jekyll, Hugo, R Markdown): read as `created` when it is a date, and otherwise ignored —
 * it belongs to another tool, so any value is accepted.
 */
export const ForeignDateSchema = z.unknown().transform((value): string | undefined => {
  const date = calendarDate(value);
  return date !== null && dateExists(date) ? date : undefined;
});
