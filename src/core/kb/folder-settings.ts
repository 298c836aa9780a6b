/**
 * The settings of a content folder: `emr-prep.yml` (or `.yaml`) at the folder's top, next to
 * `tags.yml`. Optional; every key optional. Today it holds one setting, the allowed age of a
 * source's `checked:` date (issue 12, item 5):
 *
 * ```yaml
 * # content/emr-prep.yml
 * sources:
 *   maxAgeDays: 180   # a source checked more than 180 days ago is stale (default 365)
 * ```
 *
 * Precedence of the allowed age: `emr-prep check --max-source-age-days N` > the environment
 * variable `EMR_PREP_MAX_SOURCE_AGE_DAYS` > this file > 365 (see {@link resolveSourcePolicy}).
 * A file that does not parse or holds a wrong value is a `settings/invalid` error at its line (the
 * default then applies); the schema is validated with zod and its issues worded by the one
 * formatter (diagnostics/zod-issues.ts).
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { zodIssueDiagnostics } from '../diagnostics/zod-issues.ts';
import { yamlLocator } from '../notes/frontmatter/index.ts';
import { DEFAULT_MAX_SOURCE_AGE_DAYS, type SourcePolicy } from './check-sources.ts';

/** True for the settings file of a content folder (its top level only): `emr-prep.yml` / `emr-prep.yaml`. */
export function isSettingsPath(file: string): boolean {
  return /^emr-prep\.ya?ml$/.test(file);
}

/** `sources:` — how the freshness check of sources judges this folder. */
export const SourceSettingsSchema = z
  .object({
    maxAgeDays: z
      .number()
      .int()
      .min(0)
      .describe(
        `A source whose \`checked:\` date is more than this many days old is stale (\`source/stale\`). Default ${DEFAULT_MAX_SOURCE_AGE_DAYS}.`,
      ),
  })
  .partial()
  .strict()
  .describe('The freshness check of note sources.');

/** The whole `emr-prep.yml`. Unknown keys are errors (a misspelt setting would otherwise do nothing). */
export const FolderSettingsSchema = z
  .object({ sources: SourceSettingsSchema.optional() })
  .strict()
  .describe('Settings of a content folder (emr-prep.yml at its top).');
export type FolderSettings = z.infer<typeof FolderSettingsSchema>;

/**
 * Parses a folder's settings file. Never throws: a YAML or schema error becomes a
 * `settings/invalid` error at its line and the file's settings are then ignored (defaults apply).
 * @param file the file's path relative to the content folder, as shown in diagnostics
 */
export function parseFolderSettings(text: string, file: string): { settings: FolderSettings; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      settings: {},
      diagnostics: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return diagnostic(
          'settings/invalid',
          file,
          { line: pos.line, column: pos.col },
          `${file} does not parse: ${e.message.split('\n')[0]}`,
        );
      }),
    };
  }
  const value: unknown = doc.toJS() ?? {};
  const parsed = FolderSettingsSchema.safeParse(value);
  if (parsed.success) return { settings: parsed.data, diagnostics: [] };
  const locator = yamlLocator(text, 1);
  return {
    settings: {},
    diagnostics: zodIssueDiagnostics(parsed.error, {
      file,
      code: 'settings/invalid',
      locate: locator.value,
      locateKey: locator.key,
      subject: file,
      input: value,
    }),
  };
}

/**
 * Today's freshness policy from the command line and the environment: `option` (the
 * `--max-source-age-days` flag) > `env` (`EMR_PREP_MAX_SOURCE_AGE_DAYS`, a whole number; anything
 * else is ignored) > {@link DEFAULT_MAX_SOURCE_AGE_DAYS}. The folder's own setting comes between
 * the environment and the default; the build applies it with {@link withFolderSettings}.
 * @param today YYYY-MM-DD
 */
export function resolveSourcePolicy(today: string, from: { option?: number; env?: string }): SourcePolicy {
  const env = from.env?.trim();
  if (from.option !== undefined) return { today, maxAgeDays: from.option, maxAgeFrom: 'option' };
  if (env && /^\d+$/.test(env)) return { today, maxAgeDays: Number(env), maxAgeFrom: 'env' };
  return { today, maxAgeDays: DEFAULT_MAX_SOURCE_AGE_DAYS, maxAgeFrom: 'default' };
}

/**
 * The policy with the folder's `sources.maxAgeDays` applied: it replaces the default (a policy
 * without `maxAgeFrom` counts as a default), never a value from the flag or the environment.
 */
export function withFolderSettings(policy: SourcePolicy, settings: FolderSettings): SourcePolicy {
  const days = settings.sources?.maxAgeDays;
  if (days === undefined || (policy.maxAgeFrom ?? 'default') !== 'default') return policy;
  return { ...policy, maxAgeDays: days, maxAgeFrom: 'folder' };
}
