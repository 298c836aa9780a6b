/**
 * Mock-exam blueprints: an instructor's definition of an exam, one YAML file per exam in the
 * content folder (`exams/<id>.yml`). The file format is documented in docs/AUTHORING.md
 * ("Mock exams"); {@link BlueprintFileSchema} validates what the instructor writes and
 * {@link ExamBlueprintSchema} is the published, normalised form the site and the export read.
 */
import { z } from 'zod';

/** An exam id: the file name without `.yml` — lowercase letters, digits and `-`. */
export const ExamIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and "-"');

/** One domain of a blueprint as written: a name, the tags whose questions it draws, its weight. */
export const BlueprintDomainFileSchema = z
  .object({
    /** Shown in the results, e.g. "Node roles and purchasing". */
    name: z.string().trim().min(1, 'a domain needs a name'),
    /** Tag selectors; a tag selects its descendants (`topic` selects `topic/storage`). */
    tags: z.array(z.string().trim().min(1)).min(1, 'a domain needs at least one tag'),
    /** Relative weight (any positive number; percentages are customary). */
    weight: z.number().positive('a weight is a positive number'),
  })
  .strict();

/** A blueprint file as the instructor writes it (unknown keys are errors: a typo must not pass silently). */
export const BlueprintFileSchema = z
  .object({
    title: z.string().trim().min(1, 'an exam needs a title'),
    description: z.string().optional(),
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
  name: z.string(),
  tags: z.array(z.string()),
  weight: z.number().positive(),
});
export type ExamDomain = z.infer<typeof ExamDomainSchema>;

/** A published blueprint (no errors): what the site offers and `emr-prep export` writes. */
export const ExamBlueprintSchema = z.object({
  id: ExamIdSchema,
  /** Path relative to the content folder. */
  file: z.string(),
  title: z.string(),
  description: z.string(),
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
