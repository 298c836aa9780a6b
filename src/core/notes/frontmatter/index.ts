/**
 * The note frontmatter as a documented zod schema, one file per concern (after Starlight's
 * `schemas/`): dates.ts (created, modified), sources.ts (sources). Every field is described with
 * `.describe()`; docs/AUTHORING.md ("A note") shows them in use. Validation errors become
 * diagnostics through the one zod formatter (diagnostics/zod-issues.ts), located with
 * {@link locateYamlPath}.
 *
 * Today the parser (notes/parse-note.ts) validates `sources` with this schema and still checks
 * title, slug, dates, tags and aliases by hand with the same rules; moving those checks onto
 * {@link FrontmatterSchema} is the remaining step of issue 15, item 3.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Location } from '../../diagnostics/diagnostic.ts';
import type { IssuePath } from '../../diagnostics/zod-issues.ts';
import { IsoDateSchema } from './dates.ts';
import { SourcesSchema } from './sources.ts';

export { IsoDateSchema } from './dates.ts';
export { SourceSchema, SourcesSchema, type Source } from './sources.ts';

const stringList = z.union([z.string(), z.array(z.union([z.string(), z.number()]))]);

/** Every frontmatter field emr-prep reads. Unknown keys are kept (and reported once as a warning). */
export const FrontmatterSchema = z
  .object({
    title: z
      .union([z.string(), z.number()])
      .optional()
      .describe('The note title; a slug-like title names the URL and the first # heading is shown.'),
    slug: z.string().optional().describe('The URL part of the note (/notes/<slug>/); default: a slug-like title, else the file name.'),
    created: IsoDateSchema.optional().describe('The date the note was written (YYYY-MM-DD).'),
    modified: IsoDateSchema.optional().describe('The date the note was last changed (YYYY-MM-DD).'),
    date: IsoDateSchema.optional().describe('Jekyll-style creation date; used when `created` is absent.'),
    tags: stringList.optional().describe('Lowercase namespace/value tag paths, e.g. [service/emr, node/core].'),
    aliases: stringList.optional().describe('Other names [[wikilinks]] may use for this note.'),
    sources: SourcesSchema.optional(),
  })
  .passthrough()
  .describe('The YAML frontmatter of a note.');
export type Frontmatter = z.infer<typeof FrontmatterSchema>;

/**
 * A locator of paths in a frontmatter's YAML text: the line and column where the value at a path
 * (e.g. `['sources', 1, 'checked']`) is written, in the note file (the YAML starts on line
 * `firstLine`, 2 for a note starting with `---`). Undefined for a path that is not written.
 */
export function locateYamlPath(yamlText: string, firstLine = 2): (path: IssuePath) => Location | undefined {
  return yamlLocator(yamlText, firstLine).value;
}

/**
 * Locators of paths in a YAML text: `value` where the value at a path is written (see
 * {@link locateYamlPath}), `key` where the key that ends the path is written (`source:` of an
 * unknown key `source`), else where its value is.
 */
export function yamlLocator(
  yamlText: string,
  firstLine = 2,
): { value: (path: IssuePath) => Location | undefined; key: (path: IssuePath) => Location | undefined } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, keepSourceTokens: false });
  const at = (offset: number): Location => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const value = (path: IssuePath): Location | undefined => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path as Array<string | number>, true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range || (!isMap(node) && !isSeq(node) && range[0] === range[1] && path.length === 0)) return undefined;
    return at(range[0]);
  };
  const key = (path: IssuePath): Location | undefined => {
    const parent = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1) as Array<string | number>, true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path.at(-1)));
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return at(range[0]);
    }
    return value(path);
  };
  return { value, key };
}
