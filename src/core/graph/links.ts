/**
 * Note-to-note links: resolves wikilinks (`[[target]]`), alias links and relative Markdown links by
 * slug, title, alias or file name; checks that aliases are unique; computes backlinks.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { findHeading, PAGE_FRAGMENTS } from '../notes/headings.ts';
import { NOTE_LINK_PLACEHOLDER, type ParsedNote } from '../notes/parse-note.ts';
import { noteHref } from '../site/urls.ts';

/** Lookup key of a link target: NFKC, lowercase, trimmed, no extension or leading `./`. */
function key(target: string): string {
  return target
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^\.\//, '')
    .replace(/\.(md|markdown|txt)$/, '');
}

/** Target name → slug, from slugs, titles, aliases and file paths (aliases checked for collisions). */
export function buildLinkIndex(notes: readonly ParsedNote[]): { index: Map<string, string>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const index = new Map<string, string>();
  const slugs = new Map(notes.map((n) => [n.slug, n]));
  const aliasOwner = new Map<string, ParsedNote>();
  for (const note of notes) {
    for (const alias of note.aliases) {
      const k = key(alias);
      const owner = aliasOwner.get(k);
      const slugHolder = slugs.get(k);
      const line = note.frontmatterLines.get(`value:${alias}`) ?? note.frontmatterLines.get('key:aliases') ?? 1;
      if (owner && owner !== note) {
        diagnostics.push(
          diagnostic('alias/collision', note.file, { line, column: 1 }, `alias "${alias}" is also an alias of ${owner.file}`),
        );
      } else if (slugHolder && slugHolder !== note) {
        diagnostics.push(
          diagnostic('alias/collision', note.file, { line, column: 1 }, `alias "${alias}" is the slug of ${slugHolder.file}`),
        );
      } else aliasOwner.set(k, note);
    }
  }
  // Weakest first, so stronger names overwrite: file name < title < alias < slug.
  for (const note of notes) {
    index.set(key(note.file), note.slug);
    index.set(key(note.file.split('/').pop() ?? note.file), note.slug);
  }
  for (const note of notes) index.set(key(note.title), note.slug);
  for (const [k, note] of aliasOwner) index.set(k, note.slug);
  for (const note of notes) index.set(key(note.slug), note.slug);
  return { index, diagnostics };
}

/**
 * Resolves every link of every note in place (`link.resolved`, placeholder hrefs in `html`) and
 * reports unresolved links as `link/unresolved` errors. A link naming a heading (`[[slug#heading]]`,
 * `[[alias#heading]]`, `note.md#heading`) lands on that heading's id (by id or by its text, see
 * findHeading); a heading the note does not have is a `link/unknown-heading` warning and the link
 * lands on the top of the note.
 * @returns slug → slugs of the notes linking to it (backlinks), and the diagnostics
 */
export function resolveLinks(
  notes: ParsedNote[],
  index: Map<string, string>,
): { backlinks: Map<string, string[]>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const backlinks = new Map<string, Set<string>>();
  const anchors = new Map(notes.map((n) => [n.slug, [...n.sections.map((s) => s.id), ...PAGE_FRAGMENTS]]));
  for (const note of notes) {
    for (const link of note.links) {
      link.resolved = index.get(key(link.target)) ?? null;
      if (link.resolved !== null && link.heading !== null) {
        const ids = anchors.get(link.resolved) ?? [];
        if (findHeading(link.heading, ids) === null) {
          const target = notes.find((n) => n.slug === link.resolved);
          const headings = (target?.sections ?? []).map((s) => `#${s.id}`);
          diagnostics.push(
            diagnostic(
              'link/unknown-heading',
              note.file,
              { line: link.line, column: link.column },
              `link to "${link.target}#${link.heading}": note "${link.resolved}" has no heading "${link.heading}"`,
              headings.length > 0
                ? `Link to one of its headings by its text or id: ${headings.slice(0, 12).join(', ')}${headings.length > 12 ? ', …' : ''}.`
                : `Note "${link.resolved}" has no headings; link to the note without "#…".`,
            ),
          );
        }
      }
      if (link.resolved === null) {
        diagnostics.push(
          diagnostic(
            'link/unresolved',
            note.file,
            { line: link.line, column: link.column },
            `link to "${link.target}" does not match any note's slug, title, alias or file`,
          ),
        );
      } else if (link.resolved !== note.slug) {
        let set = backlinks.get(link.resolved);
        if (!set) backlinks.set(link.resolved, (set = new Set()));
        set.add(note.slug);
      }
    }
    if (note.links.length > 0) {
      note.html = replacePlaceholders(note.html, index, anchors);
      if (note.summaryHtml) note.summaryHtml = replacePlaceholders(note.summaryHtml, index, anchors);
    }
  }
  return {
    backlinks: new Map([...backlinks].map(([slug, set]) => [slug, [...set].sort()])),
    diagnostics,
  };
}

const PLACEHOLDER_HREF = new RegExp(`href="${NOTE_LINK_PLACEHOLDER.replace(/[/_-]/g, (c) => `\\${c}`)}([^"#]*)(#[^"]*)?"`, 'g');

/**
 * Replaces the parser's placeholder hrefs with `/notes/<slug>/`, plus `#<heading id>` when the link
 * names a heading the note has (or a marked broken link when the note does not resolve).
 */
function replacePlaceholders(html: string, index: Map<string, string>, anchors: ReadonlyMap<string, readonly string[]>): string {
  return html.replace(PLACEHOLDER_HREF, (_m, target: string, hash?: string) => {
    const slug = index.get(key(decodeURIComponent(target)));
    if (!slug) return `href="#" class="broken-link" title="unresolved link"`;
    const heading = hash ? findHeading(hash.replace(/&#x26;|&amp;/g, '&'), anchors.get(slug) ?? []) : null;
    return `href="${noteHref(slug)}${heading ? `#${encodeURIComponent(heading)}` : ''}" class="note-link"`;
  });
}
