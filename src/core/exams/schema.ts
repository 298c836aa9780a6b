/**
 * Mock-exam blueprints: an instructor's definition of an exam, one YAML file per exam in the
 * content folder (`exams/<id>.yml`). The file format is documented in docs/AUTHORING.md
 * ("Mock exams"); {@link BlueprintFileSchema} validates what the instructor writes and
 * {@link ExamBlueprintSchema} is the published, normalised form the site and the export read.
 */
import { z } from 'zod';
import { didYouMean } from '../diagnostics/zod-issues.ts';
import { TagLabelSchema, type TagLabel } from '../graph/schema.ts';

/** An exam id: the file name without `.yml` — lowercase letters, digits and `-`. */
export const ExamIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and "-"');

/** The languages of a `{ ko, en }` text, Korean first, with their names for messages. */
const TEXT_LANGS = [
  ['ko', 'Korean'],
  ['en', 'English'],
] as const;

/**
 * Marks a zod issue of a `{ ko, en }` text (a language missing or empty, a key other than `ko`/`en`):
 * parse.ts reports those as `exam/invalid-bilingual`, the others as `exam/invalid-field`.
 */
export const BILINGUAL_ISSUE = 'bilingual';

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true/false' : typeof value;
}

/** The languages a `{ ko, en }` text as written lacks (an unknown key is a misspelling of one of these). */
export function missingLanguages(given: Readonly<Record<string, unknown>>): Array<'ko' | 'en'> {
  return TEXT_LANGS.map(([lang]) => lang).filter((lang) => given[lang] === undefined);
}

/**
 * A title, description or domain name as written: one text, used in both languages, or
 * `{ ko, en }` with both languages (Korean first, as in `tags.yml`). Published as a
 * {@link TagLabel} (`{ ko, en }`; one text fills both).
 * @param missing the message when the field is required and absent or empty; null when it may be empty
 */
function blueprintText(missing: string | null) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      // `title:` with nothing after it is YAML null: read as not given.
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        if (missing !== null) ctx.addIssue({ code: 'custom', message: missing });
        return;
      }
      if (typeof value === 'string') return;
      if (typeof value !== 'object' || Array.isArray(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `must be text, or { ko, en } with the text in each language — not ${describeType(value)}`,
        });
        return;
      }
      const given = value as Record<string, unknown>;
      const unknown = Object.keys(given).filter((k) => k !== 'ko' && k !== 'en');
      if (unknown.length > 0) ctx.addIssue({ code: 'unrecognized_keys', keys: unknown });
      const absent = missingLanguages(given);
      for (const [lang, name] of TEXT_LANGS) {
        const text = given[lang];
        const mistyped = unknown.some((k) => didYouMean(k, absent) === lang);
        if (text === undefined) {
          if (mistyped) continue; // "did you mean" on the unknown key says it
          ctx.addIssue({
            code: 'custom',
            message: `the { ko, en } form needs both languages — "${lang}" (${name}) is missing`,
            params: {
              [BILINGUAL_ISSUE]: true,
              hint: `Add \`${lang}:\` with the ${name} text under it, or write one text (used in both languages) instead of { ko, en }.`,
            },
          });
        } else if (typeof text !== 'string' || text.trim() === '') {
          ctx.addIssue({
            code: 'custom',
            path: [lang],
            message:
              typeof text === 'string' || text === null
                ? `the ${name} text is empty`
                : `the ${name} text must be text, not ${describeType(text)}`,
            params: { [BILINGUAL_ISSUE]: true, hint: `Write the ${name} text after \`${lang}:\`.` },
          });
        }
      }
    })
    .transform((value): TagLabel => {
      if (typeof value === 'string') return { ko: value.trim(), en: value.trim() };
      const given = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      const text = (lang: string) => (typeof given[lang] === 'string' ? (given[lang] as string).trim() : '');
      return { ko: text('ko'), en: text('en') };
    });
}

/** One domain of a blueprint as written: a name, the tags whose questions it draws, its weight. */
export const BlueprintDomainFileSchema = z
  .object({
    /** Shown in the results, e.g. "Node roles and purchasing": one text, or `{ ko, en }`. */
    name: blueprintText('a domain needs a name'),
    /** Tag selectors; a tag selects its descendants (`topic` selects `topic/storage`). */
    tags: z.array(z.string().trim().min(1)).min(1, 'a domain needs at least one tag'),
    /** Relative weight (any positive number; percentages are customary). */
    weight: z.number().positive('a weight is a positive number'),
  })
  .strict();

/** A blueprint file as the instructor writes it (unknown keys are errors: a typo must not pass silently). */
export const BlueprintFileSchema = z
  .object({
    /** Shown on /quiz/, in the history and the results: one text, or `{ ko, en }`. */
    title: blueprintText('an exam needs a title'),
    /** One line about the exam: one text, or `{ ko, en }`. */
    description: blueprintText(null).optional(),
    /** Time limit in whole minutes (1–600). */
    minutes: z.number().int('whole minutes').min(1).max(600),
    /** Number of questions drawn (1–500). */
    questions: z.number().int('a whole number').min(1).max(500),
    /** Passing score: percent of the scored questions answered right (1–100). Default 72. */
    passing: z.number().min(1).max(100).optional(),
    /** AWS-style scaled score 100–1000 with the pass mark at 720 (the `passing` percent maps to 720). */
    scaled: z.boolean().optional(),
    /** The domains, in the order the results list them. */
    domains: z.array(BlueprintDomainFileSchema).min(1, 'an exam needs at least one domain'),
    /** Question ids always asked (they count toward the domain their tags put them in). */
    fixed: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();
export type BlueprintFile = z.infer<typeof BlueprintFileSchema>;

/** A published domain. */
export const ExamDomainSchema = z.object({
  /** In both languages (one text in the file fills both). */
  name: TagLabelSchema,
  tags: z.array(z.string()),
  weight: z.number().positive(),
});
export type ExamDomain = z.infer<typeof ExamDomainSchema>;

/** A published blueprint (no errors): what the site offers and `emr-prep export` writes. */
export const ExamBlueprintSchema = z.object({
  id: ExamIdSchema,
  /** Path relative to the content folder. */
  file: z.string(),
  /** In both languages (one text in the file fills both); pages show the one of the page's language. */
  title: TagLabelSchema,
  /** In both languages; `{ ko: '', en: '' }` when the file has none. */
  description: TagLabelSchema,
  minutes: z.number().int().min(1),
  questions: z.number().int().min(1),
  /** Passing score as a fraction (0, 1]. */
  passing: z.number().gt(0).max(1),
  scaled: z.boolean(),
  domains: z.array(ExamDomainSchema).min(1),
  fixed: z.array(z.string()),
});
export type ExamBlueprint = z.infer<typeof ExamBlueprintSchema>;

/** The default passing score of a blueprint without `passing` (AWS: 720 of 1000 ≈ 72%). */
export const DEFAULT_EXAM_PASSING = 0.72;

/** Content-folder paths that hold blueprints: `exams/<name>.yml` or `.yaml`. */
export function isBlueprintPath(file: string): boolean {
  return /^exams\/[^/]+\.ya?ml$/i.test(file);
}
