/**
 * The order of a tag page's lists. A tag page shows its first 20 notes and folds the rest, so the
 * order decides what a student sees: the notes that carry the tag itself come first (they are about
 * it), then the notes reached through a narrower tag, grouped by the child tag they are under in the
 * order the page lists its child tags (the registry's order: on /tags/topic/ the numbered study
 * path, "1. …" before "2. …"), each group in the order the caller gives (the site passes its notes by
 * title, Korean collation, as /notes/ lists them). Before, the page listed them in the order the
 * notes' files were read.
 */

/** What the order needs of a note. */
export interface TaggedNote {
  slug: string;
  /** The note's tags, canonical paths (`service/emr`). */
  tags: readonly string[];
}

/**
 * The rank of a tag below `tagPath` by the child tag it is under: the index in `children` (the tag's
 * child paths, in page order) of the child whose subtree holds it, `children.length` when none does.
 */
export function childRank(tagPath: string, children: readonly string[]): (path: string) => number {
  const prefix = `${tagPath}/`;
  const index = new Map(children.map((c, i) => [c, i]));
  return (path) => index.get(prefix + path.slice(prefix.length).split('/')[0]) ?? children.length;
}

/**
 * The notes of `members` (slugs: the tag graph's `Tag.notes`) in page order: those whose tags
 * include `tagPath` itself first; then the rest by the first of `children` (the tag's child paths,
 * in page order) whose subtree holds one of their tags, a note under no listed child last; within
 * each group, the order of `notesInOrder`. A slug of `members` that `notesInOrder` lacks is left out
 * (the page has nothing to show for it).
 */
export function orderTagNotes<N extends TaggedNote>(
  tagPath: string,
  members: readonly string[],
  notesInOrder: readonly N[],
  children: readonly string[] = [],
): N[] {
  const wanted = new Set(members);
  const prefix = `${tagPath}/`;
  const rankOf = childRank(tagPath, children);
  const direct: N[] = [];
  const viaNarrower: Array<{ note: N; rank: number }> = [];
  for (const note of notesInOrder) {
    if (!wanted.has(note.slug)) continue;
    if (note.tags.includes(tagPath)) {
      direct.push(note);
      continue;
    }
    let rank = children.length;
    for (const t of note.tags) if (t.startsWith(prefix)) rank = Math.min(rank, rankOf(t));
    viaNarrower.push({ note, rank });
  }
  // Array.prototype.sort is stable: each group keeps the order of notesInOrder.
  return [...direct, ...viaNarrower.sort((a, b) => a.rank - b.rank).map((x) => x.note)];
}

/**
 * Questions grouped by the note that holds them, the groups in the order of `noteOrder` (slugs;
 * the page's note list), groups of notes it lacks after them in first-seen order; within a group,
 * the questions' given order (their order in the note).
 */
export function groupQuestionsByNote<Q extends { note: string }>(
  questions: readonly Q[],
  noteOrder: readonly string[],
): Array<{ note: string; questions: Q[] }> {
  const groups = new Map<string, Q[]>();
  for (const q of questions) {
    const group = groups.get(q.note);
    if (group) group.push(q);
    else groups.set(q.note, [q]);
  }
  const rank = new Map(noteOrder.map((slug, i) => [slug, i]));
  const position = new Map([...groups.keys()].map((slug, i) => [slug, rank.get(slug) ?? noteOrder.length + i]));
  return [...groups].sort(([a], [b]) => position.get(a)! - position.get(b)!).map(([note, questions]) => ({ note, questions }));
}
