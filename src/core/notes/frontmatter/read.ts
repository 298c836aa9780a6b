/**
 * Reads a note's frontmatter: the YAML (gray-matter, as the site always has), validated with
 * {@link FrontmatterSchema}; every issue becomes a diagnostic through the one zod formatter
 * (diagnostics/zod-issues.ts), at the line and column where the value is written. Never throws.
 *
 * - YAML that does not parse: `frontmatter/invalid-yaml` (an error: the note is not published).
 * - No frontmatter: `frontmatter/missing` (a warning; the title comes from the text).
 * - Keys emr-prep does not read: one `frontmatter/unknown-keys` warning (they are kept), with
 *   "did you mean" for a misspelt known key (`tag` → `tags`).
 * - A known field of the wrong shape: `frontmatter/invalid-field` (an error), and the field is left
 *   out; the other fields are still read.
 * - A malformed tag: `tag/invalid` with the likely tag as the hint; the other tags are kept.
 * - A source URL listed twice: `source/duplicate-url`.
 */
import matter from 'gray-matter';
import { z } from 'zod';
import type { Yaml } from 'mdast';
import { diagnostic, type Diagnostic, type Location } from '../../diagnostics/diagnostic.ts';
import { zodIssueDiagnostics, type IssueContext } from '../../diagnostics/zod-issues.ts';
import { normaliseSourceUrl } from './sources.ts';
import {
  FrontmatterSchema,
  KNOWN_FRONTMATTER_KEYS,
  StrictFrontmatterSchema,
  TagPathSchema,
  yamlLocator,
  type Frontmatter,
  type Source,
} from './index.ts';

/** A frontmatter as read: the raw data (unknown keys kept), the validated fields, and where things are. */
export interface ReadFrontmatter {
  /** The YAML as parsed, every key kept (what `emr-prep export` shows as `frontmatter`). */
  data: Record<string, unknown>;
  /** The fields that validated (a field with an issue is absent). */
  fields: Frontmatter;
  /** The tags that follow the tag-path grammar, without a leading `#`. */
  tags: string[];
  /** `sources:` with the line of each entry. */
  citations: Array<Source & { line: number }>;
  /** Lines of keys and list items (see `frontmatterLines` in ./index.ts). */
  lines: Map<string, number>;
  /** False when the YAML does not parse. */
  parsed: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Reads the frontmatter of a note.
 * @param file the note's path relative to the content folder (named in diagnostics)
 * @param text the note's decoded text
 * @param yamlNode the frontmatter node of the note's Markdown tree, or null when it has none
 */
export function readFrontmatter(file: string, text: string, yamlNode: Yaml | null): ReadFrontmatter {
  if (!yamlNode) {
    const missing = diagnostic(
      'frontmatter/missing',
      file,
      { line: 1, column: 1 },
      'the note has no frontmatter; its title comes from its first line and it has no tags',
    );
    return { data: {}, fields: {}, tags: [], citations: [], lines: new Map(), parsed: true, diagnostics: [missing] };
  }
  const yaml = parseYaml(file, text);
  if (!yaml.parsed)
    return { data: {}, fields: {}, tags: [], citations: [], lines: new Map(), parsed: false, diagnostics: yaml.diagnostics };
  const locator = yamlLocator(yamlNode.value);
  const lines = locator.lines();
  const context = (code: IssueContext['code'], input: unknown): IssueContext => ({
    file,
    code,
    locate: locator.value,
    locateKey: locator.key,
    fallback: { line: 1, column: 1 },
    subject: 'frontmatter',
    input,
  });
  const diagnostics: Diagnostic[] = [];
  const { data } = yaml;
  const fields = validFields(asWritten(data, locator.written), context('frontmatter/invalid-field', data), diagnostics);
  diagnostics.push(...unknownKeys(data, context('frontmatter/unknown-keys', data)));
  const tags = validTags(fields.tags ?? [], lines, context('tag/invalid', undefined), diagnostics);
  const citations = (fields.sources ?? []).map((source, i) => ({ ...source, line: locator.value(['sources', i])?.line ?? 1 }));
  diagnostics.push(...duplicateSources(file, citations));
  return { data, fields, tags, citations, lines, parsed: true, diagnostics };
}

/** The YAML of the frontmatter as data, or a `frontmatter/invalid-yaml` error at the line and column the YAML parser names. */
function parseYaml(
  file: string,
  text: string,
): { parsed: true; data: Record<string, unknown> } | { parsed: false; diagnostics: Diagnostic[] } {
  try {
    const data: unknown = matter(text, {}).data;
    return {
      parsed: true,
      data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    };
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    // The parser's mark is 0-based inside the YAML; at the end of the stream (an unclosed quote) it
    // points past the YAML, so keep it on the closing fence (or the last line of a short file).
    const lines = text.split(/\r\n|\r|\n/);
    const fence = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    const lastLine = fence > 0 ? fence + 1 : lines.length;
    const line = Math.min((mark?.line ?? 0) + 2, lastLine);
    const at: Location = { line, column: line === (mark?.line ?? 0) + 2 ? (mark?.column ?? 0) + 1 : 1 };
    return { parsed: false, diagnostics: [diagnostic('frontmatter/invalid-yaml', file, at, `the frontmatter does not parse: ${reason}`)] };
  }
}

/**
 * The data to validate: each date as written in the file rather than as the YAML timestamp it
 * became (a timestamp rolls `2026-02-30` over to 2026-03-02 and shifts a time zone's day).
 */
function asWritten(data: Record<string, unknown>, written: (path: Array<string | number>) => string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const key of ['created', 'modified', 'date']) if (out[key] instanceof Date) out[key] = written([key]) ?? out[key];
  if (Array.isArray(out.sources))
    out.sources = out.sources.map((source: unknown, i) =>
      source !== null && typeof source === 'object' && (source as { checked?: unknown }).checked instanceof Date
        ? { ...source, checked: written(['sources', i, 'checked']) ?? (source as { checked: unknown }).checked }
        : source,
    );
  return out;
}

/** The known fields that validate; every issue is reported and its field left out. */
function validFields(data: Record<string, unknown>, ctx: IssueContext, out: Diagnostic[]): Frontmatter {
  const first = FrontmatterSchema.safeParse(data);
  if (first.success) return first.data;
  out.push(...zodIssueDiagnostics(first.error, ctx));
  const bad = new Set(first.error.issues.map((issue) => issue.path[0]));
  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !bad.has(key)));
  const second = FrontmatterSchema.safeParse(kept);
  return second.success ? second.data : {};
}

/** One warning naming every key emr-prep does not read, at the first of them. */
function unknownKeys(data: Record<string, unknown>, ctx: IssueContext): Diagnostic[] {
  // Only the keys matter here (the values were validated above).
  const strict = StrictFrontmatterSchema.safeParse(Object.fromEntries(Object.keys(data).map((k) => [k, undefined])));
  if (strict.success) return [];
  const issues = strict.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  return zodIssueDiagnostics(new z.ZodError(issues), { ...ctx, keys: { keysOf: () => KNOWN_FRONTMATTER_KEYS, unknownKeysKept: true } });
}

/** The tags that follow the tag-path grammar; each other tag is a `tag/invalid` error at its line. */
function validTags(written: readonly string[], lines: Map<string, number>, ctx: IssueContext, out: Diagnostic[]): string[] {
  const checked = z.object({ tags: z.array(TagPathSchema) }).safeParse({ tags: written });
  if (checked.success) return checked.data.tags;
  out.push(
    ...zodIssueDiagnostics(checked.error, {
      ...ctx,
      input: { tags: written },
      locate: (path) => {
        const line = path.length === 2 ? lines.get(`value:${written[path[1] as number]}`) : undefined;
        return { line: line ?? lines.get('key:tags') ?? 1, column: 1 };
      },
      locateKey: undefined,
    }),
  );
  const bad = new Set(checked.error.issues.map((issue) => issue.path[1]));
  return written.flatMap((tag, i) => (bad.has(i) ? [] : [tag.replace(/^#/, '')]));
}

/** `source/duplicate-url` for a URL listed again (compared without fragment, trailing slash and case of the host). */
function duplicateSources(file: string, citations: ReadonlyArray<Source & { line: number }>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const firstAt = new Map<string, number>();
  for (const c of citations) {
    const key = normaliseSourceUrl(c.url);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, c.line);
    else
      out.push(diagnostic('source/duplicate-url', file, { line: c.line, column: 1 }, `source ${c.url} is already listed on line ${first}`));
  }
  return out;
}
