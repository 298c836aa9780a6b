/**
 * The tag registry (`tags.yml` in the content folder): readable labels in Korean and English and
 * a short description per tag path. Tags that are not registered show their raw path (with a
 * `tag/unregistered` warning).
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { TagRegistryEntrySchema, type TagRegistryEntry } from './schema.ts';

/** Tag path → registry entry. */
export type TagRegistry = Map<string, TagRegistryEntry>;

/**
 * Parses `tags.yml`: a mapping of tag path to `{ko, en, description}`. Never throws; every bad
 * entry becomes a `tags/invalid-registry` error at its line, and the valid entries are kept.
 * @param file the registry's path as shown in diagnostics
 */
export function parseTagRegistry(text: string, file: string): { registry: TagRegistry; diagnostics: Diagnostic[] } {
  const registry: TagRegistry = new Map();
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
  if (doc.errors.length > 0) return { registry, diagnostics };
  if (doc.contents === null) return { registry, diagnostics };
  if (!isMap(doc.contents)) {
    diagnostics.push(
      diagnostic('tags/invalid-registry', file, { line: 1, column: 1 }, 'tags.yml must be a mapping of tag path to {ko, en, description}'),
    );
    return { registry, diagnostics };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? pair.value;
    const parsed = TagRegistryEntrySchema.safeParse(value);
    if (!parsed.success) {
      diagnostics.push(
        diagnostic(
          'tags/invalid-registry',
          file,
          at(offset),
          `registry entry "${key}" is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`,
        ),
      );
      continue;
    }
    if (registry.has(key)) {
      diagnostics.push(diagnostic('tags/invalid-registry', file, at(offset), `registry entry "${key}" appears twice`));
    }
    registry.set(key, parsed.data);
  }
  return { registry, diagnostics };
}
