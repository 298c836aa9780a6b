/**
 * URLs of the site's pages (the scheme lives in src/core/site/urls.ts, base-agnostic; the helpers
 * here put it below the base path) and a page's meta description. Every link goes through them so that paths
 * always end in a slash (`trailingSlash: 'always'` in astro.config.mjs), every slug or tag
 * segment is percent-encoded (slugs may hold Hangul, e.g. a note whose file is named in Korean),
 * and every URL lies below the site's base path (`astro build --base /emr-prep/` for a GitHub
 * Pages project site): {@link withBase} for links and fetches, {@link rebaseHtml} for the note
 * HTML the core renders (base-agnostic: its links are root-relative, `/notes/<slug>/`).
 *
 * Usable in .astro files, endpoints and islands alike: Vite replaces `import.meta.env.BASE_URL`
 * in every bundle (test/unit/deploy/base-links.test.ts fails on a raw `/…` URL anywhere else).
 */

/**
 * The base path the site is served from, always ending in `/`: `/` at a domain's root,
 * `/emr-prep/` for `astro build --base /emr-prep/`. Read from `import.meta.env.BASE_URL`, which
 * Vite replaces (astro build/dev, the search client bundle, vitest): not a module for plain Node.
 */
export const BASE_PATH: string = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

/**
 * A site-absolute path below the base path: `withBase('/quiz/')` is `/quiz/` at the root and
 * `/emr-prep/quiz/` with `--base /emr-prep/`. Query and hash are kept. Apply it once: the result
 * already holds the base. Anything that is not a root-relative path (`https://…`, `//host/…`,
 * `#id`, `?q=…`, a relative path) is returned unchanged.
 *
 * @param path a root-relative path, starting with one `/`.
 * @param base the base path (tests only; default {@link BASE_PATH}).
 */
export function withBase(path: string, base: string = BASE_PATH): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** A start tag (attribute values may hold `>`); text never holds `<`, the core escapes it. */
const START_TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
/** `href="/…"` or `src="/…"` (double- or single-quoted, not `//host`) inside a start tag. */
const ROOT_RELATIVE_ATTR = /(\s(?:href|src)=)(["'])\/(?!\/)/g;

/**
 * HTML rendered by the core (note bodies, key points, question stems, options, explanations) with
 * every root-relative `href`/`src` moved below the base path: a wikilink's `/notes/<slug>/` becomes
 * `/emr-prep/notes/<slug>/`. Only attributes of tags change, never text (a code sample showing
 * `href="/x"` stays as written); other URLs (`https://…`, `#q-…`) are left alone. The identity at
 * base `/`.
 *
 * @param base the base path (tests only; default {@link BASE_PATH}).
 */
export function rebaseHtml(html: string, base: string = BASE_PATH): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return html;
  return html.replace(START_TAG, (tag) => tag.replace(ROOT_RELATIVE_ATTR, (_, attr: string, quote: string) => `${attr}${quote}${prefix}/`));
}

import { noteHref as coreNoteHref, questionHref as coreQuestionHref, tagHref as coreTagHref } from '../core/site/urls.ts';

export { encodeSegments, questionAnchor } from '../core/site/urls.ts';

/** `/notes/<slug>/` below the base path, the slug percent-encoded. */
export function noteHref(slug: string): string {
  return withBase(coreNoteHref(slug));
}

/** `/tags/<segment>/…/` below the base path, each segment percent-encoded; `/tags/` for the empty path. */
export function tagHref(path: string): string {
  return withBase(coreTagHref(path));
}

/** `/notes/<slug>/#q-<id>` below the base path: a question on its note page. */
export function questionHref(noteSlug: string, id: string): string {
  return withBase(coreQuestionHref(noteSlug, id));
}

/** `/glossary/#<id>` below the base path: a term on the glossary page (ids are `[a-z0-9-]+` or Hangul). */
export function glossaryHref(id: string): string {
  return withBase(`/glossary/#${encodeURIComponent(id)}`);
}

/**
 * A text on one line for a list (a note's key point, a question's stem): whitespace collapsed and
 * cut to at most `max` characters, the last an ellipsis when cut. null for no text.
 */
export function oneLine(text: string | null | undefined, max: number): string | null {
  if (!text) return null;
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
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
