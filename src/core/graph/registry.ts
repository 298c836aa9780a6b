/**
 * The tag registry (`tags.yml` in the content folder): readable labels in Korean and English and
 * a short description per tag path. Tags that are not registered show their raw path (with a
 * `tag/unregistered` warning).
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { editDistance, formatZodIssues } from '../diagnostics/zod-issues.ts';
import { TagRegistryEntrySchema, type TagRegistryEntry } from './schema.ts';

/**
 * The key of a content folder's tags.yml that opts out of the bundled registry: `_bundled: false`
 * (a folder's registry otherwise extends the bundled one, its entries winning).
 */
export const BUNDLED_OPT_OUT_KEY = '_bundled';

/**
 * The tag registry of a content folder: the bundled registry (`base`) extended by the folder's own
 * tags.yml (`own`, whose entries win), or the folder's alone when it says `_bundled: false`.
 */
export function mergeTagRegistries(
  base: { file: string; text: string } | null,
  own: { file: string; text: string } | null,
): { registry: TagRegistry; diagnostics: Diagnostic[] } {
  const mine = own ? parseTagRegistry(own.text, own.file) : null;
  const registry: TagRegistry = new Map();
  const diagnostics: Diagnostic[] = [];
  if (base && (mine?.extendsBundled ?? true)) {
    const parsed = parseTagRegistry(base.text, base.file);
    for (const [k, v] of parsed.registry) registry.set(k, v);
    diagnostics.push(...parsed.diagnostics);
  }
  if (mine) {
    for (const [k, v] of mine.registry) registry.set(k, v);
    diagnostics.push(...mine.diagnostics);
  }
  return { registry, diagnostics };
}

/** Tag path → registry entry. */
export type TagRegistry = Map<string, TagRegistryEntry>;

/**
 * Parses `tags.yml`: a mapping of tag path to `{ko, en, description}`. Never throws; every bad
 * entry becomes a `tags/invalid-registry` error at its line, and the valid entries are kept.
 * @param file the registry's path as shown in diagnostics
 */
export function parseTagRegistry(
  text: string,
  file: string,
): { registry: TagRegistry; diagnostics: Diagnostic[]; extendsBundled: boolean } {
  const registry: TagRegistry = new Map();
  let extendsBundled = true;
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  for (const error of doc.errors) {
    diagnostics.push(
      diagnostic('tags/invalid-registry', file, at(error.pos[0]), `tags.yml does not parse: ${error.message.split('\n')[0]}`),
    );
  }
  if (doc.errors.length > 0) return { registry, diagnostics, extendsBundled };
  if (doc.contents === null) return { registry, diagnostics, extendsBundled };
  if (!isMap(doc.contents)) {
    diagnostics.push(
      diagnostic('tags/invalid-registry', file, { line: 1, column: 1 }, 'tags.yml must be a mapping of tag path to {ko, en, description}'),
    );
    return { registry, diagnostics, extendsBundled };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? pair.value;
    if (key === BUNDLED_OPT_OUT_KEY) {
      if (typeof value === 'boolean') extendsBundled = value;
      else diagnostics.push(diagnostic('tags/invalid-registry', file, at(offset), `"${key}" must be true or false`));
      continue;
    }
    const parsed = TagRegistryEntrySchema.safeParse(value);
    if (!parsed.success) {
      diagnostics.push(
        diagnostic(
          'tags/invalid-registry',
          file,
          at(offset),
          `registry entry "${key}" is invalid: ${formatZodIssues(parsed.error, value).join('; ')}`,
        ),
      );
      continue;
    }
    if (registry.has(key)) {
      diagnostics.push(diagnostic('tags/invalid-registry', file, at(offset), `registry entry "${key}" appears twice`));
    }
    registry.set(key, parsed.data);
  }
  return { registry, diagnostics, extendsBundled };
}

/** Tags longer than this get no suggestion (a hostile note's 10,000-character tag costs nothing). */
const SUGGEST_MAX_LENGTH = 120;

/**
 * The registered tag an unregistered `tag` most likely meant, or null: the nearest by edit distance
 * when it is at most 2 (at most a sixth of the tag's length for a long path) —
 * `instance/spot-instance` → `instance/spot-instances`, `instances/spot-instances` →
 * `instance/spot-instances` — else one whose last segment is the tag's whole path or last segment
 * (`spot-instances`, the namespace left out). The tag's own ancestors are never suggested
 * (`instance` is not what `instance/spot-instance` meant). Case is ignored; ties go to the
 * registry's order.
 */
export function nearestRegisteredTag(tag: string, registry: ReadonlyMap<string, unknown>): string | null {
  if (tag.length === 0 || tag.length > SUGGEST_MAX_LENGTH || registry.has(tag)) return null;
  const wanted = tag.toLowerCase();
  const lastOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const limit = Math.max(2, Math.floor(wanted.length / 6));
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let sameLeaf: string | null = null;
  for (const candidate of registry.keys()) {
    const c = candidate.toLowerCase();
    if (wanted.startsWith(`${c}/`)) continue;
    // A cheap bound first: the distance is at least the difference in length.
    if (Math.abs(c.length - wanted.length) <= limit) {
      const d = editDistance(wanted, c);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (sameLeaf === null && lastOf(c) === lastOf(wanted)) sameLeaf = candidate;
  }
  return bestDistance <= limit ? best : sameLeaf;
}
