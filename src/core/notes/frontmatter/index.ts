/**
 * The note frontmatter as a documented zod schema, one file per concern (after Starlight's
 * `schemas/`): identity.ts (title, slug), dates.ts (created, modified, date), tags.ts (tags,
 * aliases and the tag-path check), sources.ts (sources). Every field is described with
 * `.describe()`; docs/AUTHORING.md ("A note", "Sources") shows them in use. read.ts validates a
 * note's frontmatter with it: every issue becomes a diagnostic through the one zod formatter
 * (diagnostics/zod-issues.ts), located with {@link yamlLocator} at the line and column where the
 * value is written.
 *
 * Lenient where a person would be: unknown keys are kept (a Jekyll or R Markdown header still
 * loads, with one warning), and a field with the wrong shape is reported and left out while the
 * other fields are used.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Location } from '../../diagnostics/diagnostic.ts';
import type { IssuePath } from '../../diagnostics/zod-issues.ts';
import { ForeignDateSchema, NoteDateSchema } from './dates.ts';
import { SlugSchema, TitleSchema } from './identity.ts';
import { SourcesSchema } from './sources.ts';
import { AliasListSchema, TagListSchema } from './tags.ts';

export { IsoDateSchema, NoteDateSchema, ForeignDateSchema, calendarDate } from './dates.ts';
export { SourceSchema, SourcesSchema, normaliseSourceUrl, type Source } from './sources.ts';
export { TitleSchema, SlugSchema } from './identity.ts';
export { TagListSchema, AliasListSchema, TagPathSchema, suggestTag } from './tags.ts';

/** The fields emr-prep reads. */
const FIELDS = {
  title: TitleSchema.optional(),
  slug: SlugSchema.optional(),
  created: NoteDateSchema.optional().describe('The date the note was written (YYYY-MM-DD).'),
  modified: NoteDateSchema.optional().describe('The date the note was last changed (YYYY-MM-DD).'),
  date: ForeignDateSchema.optional().describe('Jekyll-style date; read as `created` when that is absent and this is a date, else ignored.'),
  tags: TagListSchema.optional(),
  aliases: AliasListSchema.optional(),
  sources: SourcesSchema.optional(),
};

/** Every frontmatter field emr-prep reads. Unknown keys are kept (and reported once as a warning). */
export const FrontmatterSchema = z.object(FIELDS).passthrough().describe('The YAML frontmatter of a note.');
export type Frontmatter = z.infer<typeof FrontmatterSchema>;

/** Frontmatter keys emr-prep reads; any other key is kept and reported once. */
export const KNOWN_FRONTMATTER_KEYS = Object.keys(FIELDS) as ReadonlyArray<keyof typeof FIELDS>;

/** The same fields with unknown keys rejected: how {@link KNOWN_FRONTMATTER_KEYS} are reported. */
export const StrictFrontmatterSchema = z.object(FIELDS).strict();

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
 * unknown key `source`), else where its value is; `written` the text of a scalar as written
 * (without quotes), e.g. `2026-02-30`, which a YAML timestamp would have turned into 2026-03-02.
 */
export function yamlLocator(
  yamlText: string,
  firstLine = 2,
): {
  value: (path: IssuePath) => Location | undefined;
  key: (path: IssuePath) => Location | undefined;
  written: (path: IssuePath) => string | undefined;
  /** {@link frontmatterLines} of the same text (one YAML parse for all). */
  lines: () => Map<string, number>;
} {
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
  const written = (path: IssuePath): string | undefined => {
    const node = doc.getIn(path as Array<string | number>, true);
    if (!isScalar(node) || !node.range) return undefined;
    return yamlText.slice(node.range[0], node.range[1]).replace(/^["']|["']$/g, '');
  };
  return { value, key, written, lines: () => linesOf(doc, lineCounter, firstLine) };
}

/**
 * Lines of a frontmatter's keys and list items, for the diagnostics later stages give about a note
 * (a tag that is not registered, an alias that collides, a duplicate slug): `key:<name>` → the
 * line of a top-level key, `value:<item>` → the line of an item of a top-level list (first one
 * wins; a `#tag` also under `value:tag`). Read from the YAML document, not by pattern.
 */
export function frontmatterLines(yamlText: string, firstLine = 2): Map<string, number> {
  return yamlLocator(yamlText, firstLine).lines();
}

function linesOf(doc: Document, lineCounter: LineCounter, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const set = (key: string, line: number) => {
    if (!lines.has(key)) lines.set(key, line);
  };
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    set(`key:${String(pair.key.value)}`, lineOf(pair.key.range[0]));
    if (!isSeq(pair.value)) continue;
    for (const item of pair.value.items) {
      if (!isScalar(item) || !item.range) continue;
      const value = String(item.value).trim();
      set(`value:${value}`, lineOf(item.range[0]));
      if (value.startsWith('#')) set(`value:${value.slice(1)}`, lineOf(item.range[0]));
    }
  }
  return lines;
}
