/**
 * The tag graph, built once per build: every tag and every tag prefix (`service`, `service/emr`)
 * with its label, parent, children, and the notes and questions under it (a tag implies its
 * ancestors, so `/tags/service/` lists everything tagged `service/…`).
 */
import type { Tag } from './schema.ts';
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
 * @returns tags sorted by path
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
        description: registry.get(path)?.description ?? null,
        registered: registry.has(path),
        parent,
        children: [...n.children].sort(),
        notes: [...n.notes],
        questions: [...n.questions],
        order: registryIndex.get(path) ?? registry.size + i,
      };
    });
}
