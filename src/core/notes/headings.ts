/**
 * Heading anchors of a note: every heading gets a stable id the way GitHub makes them
 * (github-slugger: lowercase, punctuation and emoji dropped, spaces to `-`, Hangul kept, repeats
 * numbered `-1`, `-2` in document order), so `/notes/<slug>/#스팟-인스턴스` keeps working across edits
 * that do not rename the heading. Also finds the heading a `[[note#…]]` link names.
 */
import GithubSlugger, { slug as githubSlug } from 'github-slugger';

/**
 * Ids the note page itself uses (src/pages/notes/[slug].astro). A heading whose slug would be one of
 * them is numbered instead (`questions-1`), so content can never steal the page's own anchors.
 */
export const RESERVED_PAGE_IDS: readonly string[] = [
  'top',
  'main',
  'key-point',
  'key-point-title',
  'questions',
  'questions-title',
  'sources',
  'sources-title',
  'related',
  'related-title',
  'backlinks',
  'backlinks-title',
  'toc',
  'toc-title',
];

/** A slugger for one note: ids unique within the page, reserved page ids never produced. */
export function noteSlugger(): { slug: (text: string) => string } {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_PAGE_IDS) slugger.slug(id);
  return {
    slug: (text: string) => {
      const id = slugger.slug(text);
      return id === '' ? slugger.slug('section') : id;
    },
  };
}

/** Fragments every page has: `#top` is the top of the page (HTML's own rule). */
export const PAGE_FRAGMENTS: readonly string[] = ['top'];

/**
 * The id a link's `#fragment` lands on, among a note's heading ids (in document order): the
 * fragment itself when it is an id (`#spot-인스턴스`, also percent-encoded), else the id its text
 * slugs to (`#Spot 인스턴스`, as a student copies the heading), else null.
 */
export function findHeading(fragment: string, ids: readonly string[]): string | null {
  let text = fragment.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // a literal `%` in the fragment: use it as written
  }
  text = text.normalize('NFC').trim();
  if (ids.includes(text)) return text;
  const slugged = githubSlug(text);
  if (ids.includes(slugged)) return slugged;
  const lower = text.toLowerCase();
  if (ids.includes(lower)) return lower;
  return null;
}
