/**
 * Related notes: notes that share tags, weighted by how rare each shared tag is (smoothed inverse
 * document frequency, ln(1 + N / df), over tags with their ancestors), computed once per build
 * through an inverted index. In a large corpus (over {@link COMMON_TAG_FLOOR} notes) a tag carried
 * by more than half the notes says little and would make the pass quadratic, so it is skipped.
 */
import type { RelatedNote } from '../notes/schema.ts';
import { tagWithAncestors } from './tag-graph.ts';

/**
 * @param limit how many related notes per note (highest score first; ties by slug)
 * @returns slug → related notes
 */
/** Below this many notes on a tag, the tag always counts towards relatedness. */
export const COMMON_TAG_FLOOR = 50;

export function computeRelatedNotes(
  notes: ReadonlyArray<{ slug: string; tags: readonly string[] }>,
  limit = 5,
): Map<string, RelatedNote[]> {
  const expanded = notes.map((n) => [...new Set(n.tags.flatMap(tagWithAncestors))]);
  const postings = new Map<string, number[]>();
  expanded.forEach((tags, i) => {
    for (const t of tags) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const total = notes.length;
  const weight = new Map<string, number>();
  for (const [tag, list] of postings) {
    const tooCommon = list.length > COMMON_TAG_FLOOR && list.length > total / 2;
    weight.set(tag, tooCommon ? 0 : Math.log(1 + total / list.length));
  }
  const result = new Map<string, RelatedNote[]>();
  expanded.forEach((tags, i) => {
    const scores = new Map<number, { score: number; shared: string[] }>();
    for (const t of tags) {
      const w = weight.get(t) ?? 0;
      if (w <= 0) continue;
      for (const j of postings.get(t) ?? []) {
        if (j === i) continue;
        const s = scores.get(j) ?? { score: 0, shared: [] };
        s.score += w;
        s.shared.push(t);
        scores.set(j, s);
      }
    }
    const ranked = [...scores.entries()]
      .map(([j, s]) => ({
        slug: notes[j]!.slug,
        score: Math.round(s.score * 1000) / 1000,
        // report the most specific shared tags (drop ancestors of other shared tags)
        sharedTags: s.shared.filter((t) => !s.shared.some((o) => o !== t && o.startsWith(`${t}/`))).sort(),
      }))
      .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
      .slice(0, limit);
    result.set(notes[i]!.slug, ranked);
  });
  return result;
}
