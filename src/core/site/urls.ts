/**
 * The site's URL scheme, written and read in one place: note pages `/notes/<slug>/`, questions
 * `/notes/<slug>/#q-<id>`, tag pages `/tags/<segment>/…/`. Paths always end in a slash
 * (`trailingSlash: 'always'` in astro.config.mjs) and every slug or tag segment is percent-encoded
 * (slugs may hold Hangul, e.g. a note whose file is named in Korean). Used by the pages, the search
 * index, wiki links, the calculator's compare view and the CLI.
 */
import { tagSegments } from '../tags/tag-path.ts';

/** Percent-encodes each `/`-separated segment of a path, keeping the separators (empty segments dropped). */
export function encodeSegments(path: string): string {
  return tagSegments(path).map(encodeURIComponent).join('/');
}

/** `/notes/<slug>/` with the slug percent-encoded. */
export function noteHref(slug: string): string {
  return `/notes/${encodeURIComponent(slug)}/`;
}

/** `/tags/<segment>/<segment>/` with each segment percent-encoded; `/tags/` for the empty path. */
export function tagHref(path: string): string {
  const encoded = encodeSegments(path);
  return encoded ? `/tags/${encoded}/` : '/tags/';
}

/** Anchor id of a question on its note page: `q-<id>` (question ids are already `[a-z0-9-]+`). */
export function questionAnchor(id: string): string {
  return `q-${id}`;
}

/** `/notes/<slug>/#q-<id>`: a question on its note page. */
export function questionHref(noteSlug: string, id: string): string {
  return `${noteHref(noteSlug)}#${questionAnchor(id)}`;
}

/** What a site URL points at, as {@link parseSiteHref} reads it. */
export type SiteTarget = { kind: 'note'; slug: string } | { kind: 'question'; note: string; id: string } | { kind: 'tag'; path: string };

/**
 * Reads a site URL written by {@link noteHref}, {@link questionHref} or {@link tagHref} (a path,
 * optionally with a query, which is ignored).
 * @returns the target, or null for any other URL (another page, a malformed escape)
 */
export function parseSiteHref(href: string): SiteTarget | null {
  const m = /^\/(notes|tags)\/((?:[^/?#]+\/)*)(?:\?[^#]*)?(?:#(.*))?$/.exec(href);
  if (!m) return null;
  let segments: string[];
  try {
    segments = (m[2] ?? '')
      .split('/')
      .filter((s) => s !== '')
      .map(decodeURIComponent);
  } catch {
    return null;
  }
  const hash = m[3];
  if (m[1] === 'tags') return hash === undefined ? { kind: 'tag', path: segments.join('/') } : null;
  const slug = segments[0];
  if (segments.length !== 1 || slug === undefined) return null;
  if (hash === undefined || hash === '') return { kind: 'note', slug };
  return hash.startsWith('q-') && hash.length > 2 ? { kind: 'question', note: slug, id: hash.slice(2) } : null;
}
