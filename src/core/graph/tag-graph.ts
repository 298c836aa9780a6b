/**
 * The tag graph, built once per build: every tag and every tag prefix (`service`, `service/emr`)
 * with its label, parent, children, and the notes and questions under it (a tag implies its
 * ancestors, so `/tags/service/` lists everything tagged `service/…`).
 */
import type { Tag, TagDescription, TagRegistryEntry } from './schema.ts';
import { hasHangul } from '../search/korean.ts';
import type { TagRegistry } from './registry.ts';
import { tagAncestors, tagLeaf } from '../tags/tag-path.ts';

/** Readable label of a tag: the registry's, or the raw last segment when unregistered. */
export function tagLabel(path: string, registry: TagRegistry): { ko: string; en: string } {
  const entry = registry.get(path);
  if (entry) return { ko: entry.ko, en: entry.en };
  const last = tagLeaf(path);
  return { ko: last, en: last };
}

/**
 * Builds the tag nodes from the notes' tags and their questions. O(total tags × depth).
 * @returns tags sorted by path; each tag's `children` in registry (syllabus) order, unregistered ones after by path
 */
export function buildTagGraph(
  notes: ReadonlyArray<{ slug: string; tags: readonly string[]; questions: readonly string[] }>,
  registry: TagRegistry,
): Tag[] {
  const nodes = new Map<string, { notes: Set<string>; questions: Set<string>; children: Set<string> }>();
  const node = (path: string) => {
    let n = nodes.get(path);
    if (!n) {
      n = { notes: new Set(), questions: new Set(), children: new Set() };
      nodes.set(path, n);
    }
    return n;
  };
  for (const note of notes) {
    for (const tag of note.tags) {
      const chain = tagAncestors(tag);
      chain.forEach((path, i) => {
        const n = node(path);
        n.notes.add(note.slug);
        for (const q of note.questions) n.questions.add(q);
        if (i > 0) node(chain[i - 1]!).children.add(path);
      });
    }
  }
  const registryIndex = new Map([...registry.keys()].map((path, i) => [path, i]));
  return [...nodes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, n], i) => {
      const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : null;
      return {
        path,
        label: tagLabel(path, registry),
        description: tagDescription(registry.get(path)?.description),
        registered: registry.has(path),
        parent,
        // Syllabus order (`tags.yml`), then unregistered children by path.
        children: [...n.children].sort(
          (x, y) =>
            (registryIndex.get(x) ?? Number.MAX_SAFE_INTEGER) - (registryIndex.get(y) ?? Number.MAX_SAFE_INTEGER) || x.localeCompare(y),
        ),
        notes: [...n.notes],
        questions: [...n.questions],
        order: registryIndex.get(path) ?? registry.size + i,
      };
    });
}

/**
 * A registry description as a {@link TagDescription}: a plain string is filed under the language of
 * its script (any Hangul → `ko`, else `en`), the way notes' prose gets its `lang`.
 */
export function tagDescription(given: TagRegistryEntry['description']): TagDescription | null {
  if (given === undefined) return null;
  if (typeof given === 'string') return hasHangul(given) ? { ko: given, en: null } : { ko: null, en: given };
  return { ko: given.ko ?? null, en: given.en ?? null };
}
