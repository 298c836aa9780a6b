/**
 * Freshness of sources (issue 12): a note without frontmatter `sources:` and a source whose
 * `checked:` date is missing or older than the allowed age are warnings. The check needs today's
 * date, so it runs only when the caller passes a {@link SourcePolicy} (the reader always does;
 * pure tests opt in).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Note } from '../notes/schema.ts';

/** Default for `--max-source-age-days` / emr-prep.yml `sources.maxAgeDays`: a source checked more than a year ago is stale. */
export const DEFAULT_MAX_SOURCE_AGE_DAYS = 365;

/** What the freshness check compares against. */
export interface SourcePolicy {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** A source checked more than this many days before `today` is stale. */
  maxAgeDays: number;
  /**
   * Where `maxAgeDays` came from: the `--max-source-age-days` flag, `EMR_PREP_MAX_SOURCE_AGE_DAYS`,
   * the folder's emr-prep.yml (`sources.maxAgeDays`) or the default; absent counts as the default
   * (a folder setting may replace it). See kb/folder-settings.ts.
   */
  maxAgeFrom?: 'option' | 'env' | 'folder' | 'default';
}

/** How a stale-source message names a non-default allowed age. */
const AGE_ORIGIN: Record<NonNullable<SourcePolicy['maxAgeFrom']>, string> = {
  option: ', --max-source-age-days',
  env: ', EMR_PREP_MAX_SOURCE_AGE_DAYS',
  folder: ', sources.maxAgeDays of emr-prep.yml',
  default: '',
};

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `source/missing` and `source/stale` warnings of the published notes. */
export function checkSources(notes: readonly Note[], policy: SourcePolicy): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const note of notes) {
    const cited = note.references.filter((r) => r.origin === 'frontmatter');
    if (cited.length === 0) {
      const others = note.references.length;
      out.push(
        diagnostic(
          'source/missing',
          note.file,
          { line: 1, column: 1 },
          others > 0
            ? `the note lists no sources in its frontmatter (it links ${others} page${others === 1 ? '' : 's'}; list the ones its facts rest on under \`sources:\` with the date you checked them)`
            : 'the note lists no sources: nothing tells a reader (or you, when AWS changes a page) where its facts come from',
        ),
      );
      continue;
    }
    for (const ref of cited) {
      if (ref.checked === null) {
        out.push(
          diagnostic(
            'source/stale',
            note.file,
            { line: ref.line ?? 1, column: 1 },
            `source ${ref.url} has no \`checked:\` date, so nobody knows whether the note still matches it`,
          ),
        );
        continue;
      }
      const age = daysBetween(ref.checked, policy.today);
      if (age > policy.maxAgeDays) {
        out.push(
          diagnostic(
            'source/stale',
            note.file,
            { line: ref.line ?? 1, column: 1 },
            `source ${ref.url} was last checked ${ref.checked}, ${age} days ago (more than ${policy.maxAgeDays}${AGE_ORIGIN[policy.maxAgeFrom ?? 'default']})`,
          ),
        );
      }
    }
  }
  return out;
}
