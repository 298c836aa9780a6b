/**
 * URLs of the site's pages. Every link between pages goes through these helpers so that paths
 * always end in a slash (`trailingSlash: 'always'` in astro.config.mjs) and every slug or tag
 * segment is percent-encoded (slugs may hold Hangul, e.g. a note whose file is named in Korean).
 */

/** Percent-encodes each `/`-separated segment of a path, keeping the separators. */
export function encodeSegments(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(encodeURIComponent)
    .join('/');
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

/** `/glossary/#<id>`: a term on the glossary page (glossary ids are already `[a-z0-9-]+` or Hangul). */
export function glossaryHref(id: string): string {
  return `/glossary/#${encodeURIComponent(id)}`;
}

/** Anchor id of a question on its note page (question ids are already `[a-z0-9-]+`). */
export function questionAnchor(id: string): string {
  return `q-${id}`;
}

/** `/notes/<slug>/#q-<id>`: a question on its note page. */
export function questionHref(noteSlug: string, id: string): string {
  return `${noteHref(noteSlug)}#${questionAnchor(id)}`;
}

/**
 * A meta description: whitespace collapsed and cut at a word boundary to at most `max` characters
 * (search engines show about 155), with an ellipsis when cut.
 */
export function metaDescription(text: string | null | undefined, fallback: string, max = 155): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim() || fallback;
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
