/** The tag model: a node of the tag hierarchy (`service` → `service/emr`). */
import { z } from 'zod';

/**
 * Text in both UI languages, Korean first: a tag's label (`tags.yml` `ko:`/`en:`), and a mock
 * exam's title, description and domain names (`exams/<id>.yml`, see src/core/exams/schema.ts).
 * Pages show the one of the page's language.
 */
export const TagLabelSchema = z.object({ ko: z.string(), en: z.string() });
export type TagLabel = z.infer<typeof TagLabelSchema>;

/**
 * A tag's description in one or both languages (`tags.yml` `description:` as a string, or as
 * `{ ko, en }`). A plain string is filed under the language its script shows (Hangul → `ko`).
 * A missing language is `null`; pages fall back to the other one (see {@link describeIn}).
 */
export const TagDescriptionSchema = z.object({ ko: z.string().nullable(), en: z.string().nullable() });
export type TagDescription = z.infer<typeof TagDescriptionSchema>;

/**
 * The description of a tag to show in `lang`: that language's text, else the other language's
 * (marked with its own `lang`, so a screen reader reads it in the right voice); null when the tag
 * has none.
 */
export function describeIn(description: TagDescription | null, lang: 'ko' | 'en'): { text: string; lang: 'ko' | 'en' } | null {
  if (!description) return null;
  const other = lang === 'ko' ? 'en' : 'ko';
  const own = description[lang];
  if (own) return { text: own, lang };
  const fallback = description[other];
  return fallback ? { text: fallback, lang: other } : null;
}

export const TagSchema = z.object({
  /** `namespace/value…`, lowercase kebab-case segments. */
  path: z.string(),
  /** Readable label: from the registry, or the raw last segment when unregistered. */
  label: TagLabelSchema,
  /** From the registry; null when the tag is unregistered or has no description. */
  description: TagDescriptionSchema.nullable(),
  registered: z.boolean(),
  parent: z.string().nullable(),
  children: z.array(z.string()),
  /** Slugs of the notes tagged with this tag or any tag below it. */
  notes: z.array(z.string()),
  /** Ids of the questions tagged with this tag or any tag below it. */
  questions: z.array(z.string()),
  /**
   * Position in the tag registry (`tags.yml` order, 0-based) — the syllabus order lists follow;
   * unregistered tags come after every registered one, by path.
   */
  order: z.number().int().nonnegative(),
});
export type Tag = z.infer<typeof TagSchema>;

/** Compares tags by registry order (`tags.yml`), for lists shown in syllabus order. */
export function byRegistryOrder(a: Pick<Tag, 'order'>, b: Pick<Tag, 'order'>): number {
  return a.order - b.order;
}

/** An entry of the tag registry `tags.yml`. */
export const TagRegistryEntrySchema = z.object({
  ko: z.string().min(1),
  en: z.string().min(1),
  /** One text (its language told by its script) or one per language. */
  description: z
    .union([
      z.string().min(1),
      z
        .object({ ko: z.string().min(1).optional(), en: z.string().min(1).optional() })
        .strict()
        .refine((d) => d.ko !== undefined || d.en !== undefined, { message: 'give ko, en or both' }),
    ])
    .optional(),
});
export type TagRegistryEntry = z.infer<typeof TagRegistryEntrySchema>;
