/** The tag model: a node of the tag hierarchy (`service` → `service/emr`). */
import { z } from 'zod';

export const TagLabelSchema = z.object({ ko: z.string(), en: z.string() });
export type TagLabel = z.infer<typeof TagLabelSchema>;

export const TagSchema = z.object({
  /** `namespace/value…`, lowercase kebab-case segments. */
  path: z.string(),
  /** Readable label: from the registry, or the raw last segment when unregistered. */
  label: TagLabelSchema,
  description: z.string().nullable(),
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
  description: z.string().optional(),
});
export type TagRegistryEntry = z.infer<typeof TagRegistryEntrySchema>;
