/**
 * `tags` and `aliases`: lists of strings, written as a YAML list (`[service/emr, node/core]` or one
 * `- item` a line) or as one string separated by commas or spaces (`tags: service/emr, node/core`,
 * as some editors write it). Numbers are read as text, duplicates and empty items dropped. A tag
 * must follow the tag-path grammar (src/core/tags/tag-path.ts); {@link TagPathSchema} checks one.
 */
import { z } from 'zod';
import { isValidTag } from '../../tags/tag-path.ts';
import { slugify } from '../../questions/parse-questions.ts';

const stringList = (example: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(/[,\s]+/).filter(Boolean) : value),
    z
      .array(
        z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string()),
        {
          errorMap: (issue, ctx) =>
            issue.code === 'invalid_type' ? { message: `must be a list like ${example}` } : { message: ctx.defaultError },
        },
      )
      .transform((list) => [...new Set(list.map((v) => v.trim()).filter(Boolean))]),
  );

/** The note's tags, as written (a leading `#` is allowed and dropped by {@link TagPathSchema}). */
export const TagListSchema = stringList('[service/emr, node/core]').describe(
  'Lowercase namespace/value tag paths, e.g. [service/emr, node/core]; a tag implies its prefixes.',
);

/** Other names of the note. */
export const AliasListSchema = stringList('[spot, 스팟]').describe(
  'Other names [[wikilinks]] may use for this note (unique across the folder).',
);

/** The tag path a malformed tag was probably meant to be: `Service EMR` → `service-emr`. */
export function suggestTag(tag: string): string {
  return slugify(tag.replace(/\//g, ' slash ')).replace(/-slash-/g, '/');
}

/**
 * One tag as written, checked against the tag-path grammar; the result is the tag without a leading
 * `#`. A malformed tag is a `tag/invalid` issue whose hint (`params.hint`) is the likely tag.
 */
export const TagPathSchema = z.string().transform((tag, ctx): string => {
  const cleaned = tag.replace(/^#/, '');
  if (isValidTag(cleaned)) return cleaned;
  ctx.addIssue({
    code: 'custom',
    message: `"${tag}" is not a tag path (lowercase kebab-case segments separated by "/")`,
    params: { hint: `Write it as "${suggestTag(cleaned)}".` },
  });
  return z.NEVER;
});
