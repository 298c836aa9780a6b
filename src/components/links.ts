/**
 * URLs of the site's pages (the scheme itself lives in src/core/site/urls.ts, re-exported here for
 * the pages) and the meta description of a page.
 */

export { encodeSegments, noteHref, questionAnchor, questionHref, tagHref } from '../core/site/urls.ts';

/** `/glossary/#<id>`: a term on the glossary page (glossary ids are already `[a-z0-9-]+` or Hangul). */
export function glossaryHref(id: string): string {
  return `/glossary/#${encodeURIComponent(id)}`;
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
