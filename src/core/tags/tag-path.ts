/**
 * Tag paths: the one grammar of a note's tags and the arithmetic on them (DESIGN.md, "Content
 * format"). A tag is lowercase kebab-case segments separated by `/` (`service/emr`,
 * `spark/deploy-mode`); a tag implies its ancestors, so `service` selects and aggregates everything
 * under `service/emr`. Used by the note parser (validity), the knowledge-base build (registry
 * check), the tag graph, search, the quiz and the pages.
 */

const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** True when a tag is lowercase kebab-case segments (`a-z`, `0-9`, inner `-`) separated by `/`. */
export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}

/** The segments of a tag path (`a/b/c` → `['a', 'b', 'c']`); empty segments (`a//b`, `/a/`) are skipped. */
export function tagSegments(tag: string): string[] {
  return tag.split('/').filter((p) => p.length > 0);
}

/**
 * A tag and all its ancestors, root first, ending with the tag itself: `a/b/c` → `['a', 'a/b', 'a/b/c']`.
 * @returns `[]` for the empty path
 */
export function tagAncestors(tag: string): string[] {
  const parts = tagSegments(tag);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The namespace of a tag: its first segment (`service/emr` → `service`); `''` for the empty path. */
export function tagNamespace(tag: string): string {
  return tagSegments(tag)[0] ?? '';
}

/** The last segment of a tag (`service/emr` → `emr`): the label of a tag the registry does not name. */
export function tagLeaf(tag: string): string {
  return tagSegments(tag).at(-1) ?? tag;
}

/** Whether `tag` is `selector` or lies below it (`service` matches `service/emr`, not `services`). */
export function tagMatches(selector: string, tag: string): boolean {
  return tag === selector || tag.startsWith(`${selector}/`);
}

/**
 * Cleans a tag selector typed by a user or read from a URL: trims, lowercases, drops a leading
 * `#` and leading/trailing `/`, collapses `//`.
 * @returns the selector, or `''` when nothing is left.
 */
export function normaliseTagSelector(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/\/{2,}/g, '/')
    .replace(/^\/+|\/+$/g, '');
}
