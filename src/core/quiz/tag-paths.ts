/**
 * Tag-path arithmetic the quiz needs: a tag `namespace/value/…` implies its ancestors
 * (DESIGN.md, "Content format"), so `service` selects and aggregates everything under
 * `service/emr`.
 */

/**
 * Cleans a tag selector typed by a user or read from a URL: trims, lowercases, drops a leading
 * `#` and leading/trailing `/`, collapses `//`.
 *
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

/**
 * Whether `tag` is `selector` or lies below it (`service` matches `service/emr`, not `services`).
 */
export function tagMatches(selector: string, tag: string): boolean {
  return tag === selector || tag.startsWith(`${selector}/`);
}

/**
 * A tag and all its ancestors, root first: `a/b/c` → `['a', 'a/b', 'a/b/c']`.
 */
export function tagAncestors(tag: string): string[] {
  const parts = tag.split('/').filter((p) => p.length > 0);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The namespace of a tag: its first segment (`service/emr` → `service`). */
export function tagNamespace(tag: string): string {
  return tag.split('/').find((p) => p.length > 0) ?? '';
}
