/**
 * Related notes: notes that share tags, weighted by how rare each shared tag is (smoothed inverse
 * document frequency, ln(1 + N / df), over tags with their ancestors), computed once per build
 * through an inverted index. In a large corpus (over {@link COMMON_TAG_FLOOR} notes) a tag carried
 * by more than half the notes says little and would make the pass quadratic, so it is skipped.
 */
import type { RelatedNote } from '../notes/schema.ts';
import { tagAncestors } from '../tags/tag-path.ts';

/** Below this many notes on a tag, the tag always counts towards relatedness. */
export const COMMON_TAG_FLOOR = 50;

/** Slug order of ties: the same as `a.localeCompare(b)` (default locale), faster. */
const slugCollator = new Intl.Collator();

/** True when (score a, slug a) ranks before (score b, slug b): higher score first, then slug. */
function ranksBefore(scoreA: number, slugA: string, scoreB: number, slugB: string): boolean {
  return scoreA !== scoreB ? scoreA > scoreB : slugCollator.compare(slugA, slugB) < 0;
}

/**
 * @param limit how many related notes per note (highest score first; ties by slug)
 * @returns slug → related notes
 */
export function computeRelatedNotes(
  notes: ReadonlyArray<{ slug: string; tags: readonly string[] }>,
  limit = 5,
): Map<string, RelatedNote[]> {
  const expanded = notes.map((n) => [...new Set(n.tags.flatMap((t) => tagAncestors(t)))]);
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
  // Per note: accumulate scores in a dense array (no object per candidate), keep the top `limit`
  // candidates by (rounded score desc, slug asc), and work out the shared tags of those only.
  // Same result as scoring and sorting every candidate (weights are added in the same order), but
  // without sorting thousands of candidates per note at 5,000 notes (issue 7).
  const result = new Map<string, RelatedNote[]>();
  const score = new Float64Array(notes.length);
  const touched: number[] = [];
  const tagSets = expanded.map((tags) => new Set(tags));
  expanded.forEach((tags, i) => {
    for (const t of tags) {
      const w = weight.get(t) ?? 0;
      if (w <= 0) continue;
      for (const j of postings.get(t) ?? []) {
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j] = (score[j] ?? 0) + w;
      }
    }
    const top: Array<{ j: number; score: number }> = [];
    for (const j of touched) {
      const rounded = Math.round(score[j]! * 1000) / 1000;
      score[j] = 0;
      if (limit <= 0) continue;
      if (top.length === limit && !ranksBefore(rounded, notes[j]!.slug, top[limit - 1]!.score, notes[top[limit - 1]!.j]!.slug)) continue;
      let at = top.length;
      while (at > 0 && ranksBefore(rounded, notes[j]!.slug, top[at - 1]!.score, notes[top[at - 1]!.j]!.slug)) at -= 1;
      top.splice(at, 0, { j, score: rounded });
      if (top.length > limit) top.pop();
    }
    touched.length = 0;
    const ranked = top.map(({ j, score: s }) => {
      const shared = tags.filter((t) => (weight.get(t) ?? 0) > 0 && tagSets[j]!.has(t));
      return {
        slug: notes[j]!.slug,
        score: s,
        // report the most specific shared tags (drop ancestors of other shared tags)
        sharedTags: shared.filter((t) => !shared.some((o) => o !== t && o.startsWith(`${t}/`))).sort(),
      };
    });
    result.set(notes[i]!.slug, ranked);
  });
  return result;
}
