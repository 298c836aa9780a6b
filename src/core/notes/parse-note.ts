/**
 * The note parser: decoded note text → {@link ParsedNote} (title, slug, tags, sections, key point,
 * rendered body, question blocks, links) plus located diagnostics. Pure; never throws.
 *
 * Frontmatter is read and validated by frontmatter/read.ts (gray-matter, then the zod schema of
 * frontmatter/index.ts); the body with remark + remark-frontmatter (so every node keeps its line in
 * the file). Lenient where a person would be (foreign or missing frontmatter loads
 * with a warning, unknown keys are kept), strict about question blocks (see parse-questions.ts).
 */
import type { Heading, Root, RootContent, Link, Text, PhrasingContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseQuestions, slugify, type ParsedQuestionBlock } from '../questions/parse-questions.ts';
import remarkBreaks from 'remark-breaks';
import { noteSlugger } from './headings.ts';
import { isValidTag } from '../tags/tag-path.ts';
import { isUnsafeHtml, parseMarkdown, plainText, renderBlocks } from './markdown.ts';
import { KNOWN_FRONTMATTER_KEYS, normaliseSourceUrl, type Frontmatter, type Source } from './frontmatter/index.ts';
import { readFrontmatter } from './frontmatter/read.ts';
import { stripPandocAttributes } from './pandoc.ts';
import type { EncodingReport, NoteLink, NoteReference, Section, SectionKind } from './schema.ts';

/** Frontmatter keys emr-prep reads (frontmatter/index.ts); any other key is kept and reported once. */
export { KNOWN_FRONTMATTER_KEYS };

/** A note after parsing and before linking (related notes, backlinks and link targets come later). */
export interface ParsedNote {
  slug: string;
  title: string;
  file: string;
  frontmatter: Record<string, unknown>;
  tags: string[];
  aliases: string[];
  created: string | null;
  modified: string | null;
  summary: string | null;
  summaryHtml: string | null;
  sections: Section[];
  /** Rendered body; links to notes carry placeholder hrefs resolved by the linker. */
  html: string;
  text: string;
  links: NoteLink[];
  sources: string[];
  /**
   * The note's sources, once each: frontmatter `sources:` first, then the links of the author's own
   * sources section (`출처`, `Sources`, `References`, `참고 자료`; removed from the body), then the
   * other http(s) links of the note.
   */
  references: NoteReference[];
  blocks: ParsedQuestionBlock[];
  encoding: EncodingReport;
  /** Lines of frontmatter values, for locating diagnostics about tags and aliases. */
  frontmatterLines: Map<string, number>;
}

/** Placeholder href prefix of links to other notes, replaced by the linker with `/notes/<slug>/`. */
export const NOTE_LINK_PLACEHOLDER = '/__note-link__/';

const SECTION_NAMES: Record<Exclude<SectionKind, 'other'>, string[]> = {
  keyPoint: ['핵심 포인트', '핵심포인트', '핵심 요약', 'key point', 'key points', 'keypoint', 'summary', 'tl;dr'],
  explanation: ['설명', 'explanation', 'explanations', 'details'],
  keyConcepts: ['주요개념', '주요 개념', '핵심 개념', 'key concepts', 'key concept', 'concepts'],
  questions: ['관련 문제', '관련문제', '문제', '연습 문제', 'questions', 'question', 'practice questions', 'exam questions'],
};

/** Classifies a heading by its text in Korean or English, ignoring emoji, punctuation and case. */
export function sectionKind(headingText: string): SectionKind {
  const normalised = headingText
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\s;]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  for (const [kind, names] of Object.entries(SECTION_NAMES) as Array<[SectionKind, string[]]>) {
    if (
      names.some(
        (n) =>
          n
            .replace(/[^\p{L}\p{N}\s;]/gu, ' ')
            .replace(/\s+/g, ' ')
            .trim() === normalised,
      )
    )
      return kind;
  }
  return 'other';
}

/** True when a tag is lowercase kebab-case segments separated by `/` (the grammar: src/core/tags/tag-path.ts). */
export { isValidTag };

/** True when a string is already a URL slug (lowercase ASCII kebab-case, no spaces). */
function isSlugLike(s: string): boolean {
  return /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(s);
}

function fileStem(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.(md|markdown|txt)$/i, '');
}

/** First line of the text as a title: the first sentence when the line is long. */
function titleFromFirstLine(text: string): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const clean = line.replace(/^#+\s*/, '').replace(/[*_`]/g, '');
  if (clean.length <= 80) return clean;
  const sentence = /^(.{10,80}?[.?!。？！])(\s|$)/u.exec(clean);
  if (sentence) return sentence[1]!;
  return `${clean.slice(0, 77).replace(/\s+\S*$/, '')}…`;
}

interface ParseNoteInput {
  /** Path relative to the content folder (POSIX). */
  file: string;
  /** Decoded text with LF line endings. */
  text: string;
  encoding: EncodingReport;
}

/**
 * Parses one note. Returns the parsed note and its diagnostics; a note whose frontmatter does not
 * parse is still returned (with empty frontmatter) so its body can be checked, but the caller must
 * not publish it (the diagnostics hold an error).
 */
export function parseNote(input: ParseNoteInput): { note: ParsedNote; diagnostics: Diagnostic[] } {
  const { file, text } = input;
  const tree: Root = parseMarkdown(text);
  assertTreeDepth(tree);
  const explicitIds = stripPandocAttributes(tree);
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;
  const fm = readFrontmatter(file, text, yamlNode);
  const diagnostics: Diagnostic[] = [...fm.diagnostics];

  const children = tree.children.filter((n) => n.type !== 'yaml');
  const bodyStart = yamlNode?.position?.end.offset ?? 0;
  const { title, titleNodeIndex, slug } = noteIdentity(file, text.slice(bodyStart), children, fm.fields);
  if (fm.tags.length === 0 && yamlNode && fm.parsed) {
    diagnostics.push(diagnostic('note/untagged', file, { line: fm.lines.get('key:tags') ?? 1, column: 1 }, 'the note has no tags'));
  }

  const parsedQuestions = parseQuestions(children, { file, noteSlug: slug, tags: fm.tags });
  diagnostics.push(...parsedQuestions.diagnostics);
  const inBlock = new Set<number>();
  for (const b of parsedQuestions.blocks) for (let k = b.start; k < b.end; k += 1) inBlock.add(k);

  const layout = splitSections(children, { children, titleNodeIndex, inBlock, explicitIds });
  // The plain text before renderParts, which rewrites links in the body and key point in place.
  const bodyText = plainText(layout.body);
  const parts = renderParts(tree, file, children, layout);
  // Raw HTML starts with `<`: a text without one has none to check (the walk is ~2 % of a parse).
  if (text.includes('<')) diagnostics.push(...unsafeHtml(tree, file));

  const note: ParsedNote = {
    slug,
    title,
    file,
    frontmatter: fm.data,
    tags: fm.tags,
    aliases: fm.fields.aliases ?? [],
    created: fm.fields.created ?? fm.fields.date ?? null,
    modified: fm.fields.modified ?? null,
    summary: parts.summary,
    summaryHtml: parts.summaryHtml,
    sections: layout.sections,
    html: parts.html,
    text: bodyText,
    links: parts.links,
    sources: parts.sources,
    references: mergeReferences(fm.citations, parts.sectionLinks, parts.sources),
    blocks: parsedQuestions.blocks,
    encoding: input.encoding,
    frontmatterLines: fm.lines,
  };
  return { note, diagnostics };
}

/**
 * Deepest nesting of a note's tree that the parser goes on with (real notes stay below 100: lists
 * and block quotes nest at most 40 levels, notes/limits.ts). Deeper trees (thousands of `*` around
 * a word) would overflow the stack in the recursive tree walks that follow, and V8 can die instead
 * of throwing when that happens inside a regular expression.
 */
export const MAX_TREE_DEPTH = 500;

/**
 * Throws a RangeError when the tree nests deeper than {@link MAX_TREE_DEPTH} (the caller reports
 * it as `read/parse-failed`, kb/build.ts). Walks the tree without recursion.
 */
function assertTreeDepth(tree: Root): void {
  const stack: Array<{ node: { children?: unknown[] }; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) throw new RangeError(`the Markdown nests more than ${MAX_TREE_DEPTH} levels deep`);
    if (node.children) for (const child of node.children) stack.push({ node: child as { children?: unknown[] }, depth: depth + 1 });
  }
}

/**
 * The title and slug of a note (docs/AUTHORING.md, "Titles, slugs and question ids"): the
 * frontmatter title unless it is slug-like and the note has a `#` heading; else that heading; else
 * the first heading or line of the body; else the file name. The slug: frontmatter `slug`, else a
 * slug-like title, else the file name. `titleNodeIndex` is the heading shown as the title (not
 * repeated in the body), or -1.
 */
function noteIdentity(
  file: string,
  bodyText: string,
  children: readonly RootContent[],
  fields: Frontmatter,
): { title: string; titleNodeIndex: number; slug: string } {
  const firstH1Index = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const h1 = firstH1Index >= 0 ? plainText([children[firstH1Index]!]) : null;
  const fmTitle = fields.title ?? '';
  let title: string;
  let titleNodeIndex = -1;
  if (fmTitle && !(isSlugLike(fmTitle) && h1)) title = fmTitle;
  else if (h1) {
    title = h1;
    titleNodeIndex = firstH1Index;
  } else if (fmTitle) title = fmTitle;
  else {
    const firstHeading = children[0]?.type === 'heading' ? plainText([children[0]]) : null;
    title = firstHeading || titleFromFirstLine(bodyText) || fileStem(file);
  }
  if (titleNodeIndex < 0 && h1 && h1 === title) titleNodeIndex = firstH1Index;
  const fmSlug = fields.slug ? slugify(fields.slug) : '';
  const slug = fmSlug || (fmTitle && isSlugLike(fmTitle) ? fmTitle.replace(/_/g, '-') : slugify(fileStem(file))) || 'note';
  return { title, titleNodeIndex, slug };
}

/** Where each top-level node of a note goes: the key point, the body, the author's sources section, or nowhere. */
interface NoteLayout {
  sections: Section[];
  /** The key point's nodes, or null when the note has none. */
  summaryNodes: RootContent[] | null;
  body: RootContent[];
  /** The nodes of the author's own sources section (`## 출처`), shown with the note's sources instead. */
  sourceSectionNodes: RootContent[];
  /** Heading ids given in the body. */
  headingIds: Set<string>;
}

/** What {@link splitSections} needs to know about the note besides its nodes. */
interface LayoutContext {
  children: readonly RootContent[];
  titleNodeIndex: number;
  /** Indexes of the nodes that belong to question blocks. */
  inBlock: ReadonlySet<number>;
  /** Ids written as Pandoc attributes (`{#my-id}`). */
  explicitIds: ReadonlyMap<Heading, string>;
}

interface LayoutState extends NoteLayout {
  /** Depth of the key-point heading while inside it. */
  inKeyPoint: number | null;
  /** Depth of the sources heading while inside the author's sources section. */
  inSources: number | null;
  slugger: { slug: (text: string) => string };
}

/**
 * Splits a note's nodes into sections, key point, body and sources section, and gives every body
 * heading its id, GitHub's way (./headings.ts); the key point and a questions-only section are drawn
 * by the page itself, under the page's ids `key-point` and `questions`.
 */
function splitSections(children: readonly RootContent[], ctx: LayoutContext): NoteLayout {
  const state: LayoutState = {
    sections: [],
    summaryNodes: null,
    body: [],
    sourceSectionNodes: [],
    headingIds: new Set(),
    inKeyPoint: null,
    inSources: null,
    slugger: noteSlugger(),
  };
  children.forEach((node, index) => placeNode(state, node, index, ctx));
  // A stray `---` left at the end of the body (question separators) is noise.
  while (state.body.length && state.body[state.body.length - 1]!.type === 'thematicBreak') state.body.pop();
  return state;
}

function placeNode(state: LayoutState, node: RootContent, index: number, ctx: LayoutContext): void {
  const heading = node.type === 'heading' ? node : null;
  if (heading && state.inSources !== null && heading.depth <= state.inSources) state.inSources = null;
  if (heading && index !== ctx.titleNodeIndex && heading.depth >= 2 && isSourcesHeading(plainText([heading]))) {
    state.inSources = heading.depth;
    return;
  }
  if (state.inSources !== null && !ctx.inBlock.has(index)) {
    state.sourceSectionNodes.push(node);
    return;
  }
  if (heading && placeHeading(state, heading, index, ctx) === 'drawn-by-page') return;
  if (index === ctx.titleNodeIndex) return;
  if (state.inKeyPoint !== null) {
    state.summaryNodes?.push(node);
    return;
  }
  if (ctx.inBlock.has(index)) return;
  state.body.push(node);
}

/** Records a heading's section; `drawn-by-page` when the page draws it itself (title, key point, questions-only). */
function placeHeading(state: LayoutState, heading: Heading, index: number, ctx: LayoutContext): 'drawn-by-page' | 'in-body' {
  const kind = sectionKind(plainText([heading]));
  if (state.inKeyPoint !== null && heading.depth <= state.inKeyPoint) state.inKeyPoint = null;
  if (kind === 'keyPoint' && state.summaryNodes === null) {
    if (index !== ctx.titleNodeIndex) state.sections.push(sectionOf(heading, kind, 'key-point'));
    state.summaryNodes = [];
    state.inKeyPoint = heading.depth;
    return 'drawn-by-page';
  }
  if (index === ctx.titleNodeIndex) return 'drawn-by-page';
  if (kind === 'questions' && onlyQuestionsUnder(ctx, index, heading.depth)) {
    state.sections.push(sectionOf(heading, kind, 'questions'));
    return 'drawn-by-page';
  }
  const explicit = ctx.explicitIds.get(heading);
  const id = explicit && !state.headingIds.has(explicit) ? explicit : state.slugger.slug(plainText([heading]));
  state.headingIds.add(id);
  state.sections.push(sectionOf(heading, kind, id));
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  return 'in-body';
}

/** True when the section under the heading at `index` holds question blocks and nothing else (separators aside). */
function onlyQuestionsUnder(ctx: LayoutContext, index: number, depth: number): boolean {
  let k = index + 1;
  while (k < ctx.children.length) {
    const next = ctx.children[k]!;
    if (next.type === 'heading' && next.depth <= depth) break;
    if (!ctx.inBlock.has(k) && next.type !== 'thematicBreak') return false;
    k += 1;
  }
  return k > index + 1;
}

function sectionOf(heading: Heading, kind: SectionKind, id: string): Section {
  return { kind, heading: plainText([heading]), depth: heading.depth, line: heading.position?.start.line ?? 1, id };
}

/**
 * The rendered key point and body, the links of the note, and the links of its sources section.
 * Rewrites the links of the key point's and the body's nodes in place (they are not copied: a copy
 * costs a tenth of the parse, issue 16); read their plain text before.
 */
function renderParts(
  tree: Root,
  file: string,
  children: readonly RootContent[],
  layout: NoteLayout,
): {
  summary: string | null;
  summaryHtml: string | null;
  html: string;
  links: NoteLink[];
  sources: string[];
  sectionLinks: Array<{ url: string; title: string | null }>;
} {
  const links: NoteLink[] = [];
  const sources = new Set<string>();
  const summary = layout.summaryNodes ? plainText(layout.summaryNodes) || null : null;
  const summaryRoot: Root = { type: 'root', children: layout.summaryNodes ?? [] };
  rewriteLinks(summaryRoot, links, sources);
  const bodyRoot: Root = { type: 'root', children: layout.body };
  rewriteLinks(bodyRoot, links, sources);
  // A .txt note without Markdown structure (a blog post pasted as text) is read line by line, as
  // its author saw it: every line break is kept (remark-breaks), blank lines still make paragraphs.
  if (isPlainTextNote(file, children)) {
    const breaks = remarkBreaks() as unknown as (tree: Root) => void;
    breaks(summaryRoot);
    breaks(bodyRoot);
  }
  visit(tree, 'link', (node: Link) => {
    if (/^https?:\/\//i.test(node.url)) sources.add(node.url);
  });
  const sectionLinks: Array<{ url: string; title: string | null }> = [];
  visit({ type: 'root', children: layout.sourceSectionNodes } as Root, 'link', (node: Link) => {
    if (!/^https?:\/\//i.test(node.url)) return;
    const label = plainText([node]).trim();
    sectionLinks.push({ url: node.url, title: label && label !== node.url ? label : null });
  });
  return {
    summary,
    summaryHtml: layout.summaryNodes && summary ? renderBlocks(summaryRoot.children) : null,
    html: keepHeadingIds(renderBlocks(bodyRoot.children), layout.headingIds),
    links,
    sources: [...sources],
    sectionLinks,
  };
}

/** A `note/raw-html-removed` warning for each unsafe raw HTML node (the sanitizer removes it from the page). */
function unsafeHtml(tree: Root, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(tree, 'html', (node) => {
    if (!isUnsafeHtml(node.value)) return;
    out.push(
      diagnostic(
        'note/raw-html-removed',
        file,
        { line: node.position?.start.line, column: node.position?.start.column },
        `unsafe raw HTML "${node.value.slice(0, 40).replace(/\s+/g, ' ')}" was removed from the page`,
      ),
    );
  });
  return out;
}

const SOURCES_HEADING = /^(?:출처|참고|참고\s*자료|참고\s*문헌|참고\s*링크|sources?|references?|further reading)$/i;

/** True for the heading of an author's own sources section (`## 출처`, `## 📚 References` …). */
export function isSourcesHeading(text: string): boolean {
  return SOURCES_HEADING.test(
    text
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** A URL as compared when merging sources (frontmatter/sources.ts). */
export const normaliseUrl = normaliseSourceUrl;

/**
 * The sources of a note, each URL once: frontmatter sources (with their title and checked date),
 * then the links of the author's sources section, then every other http(s) link of the note.
 */
export function mergeReferences(
  citations: ReadonlyArray<Source & { line?: number }>,
  sectionLinks: ReadonlyArray<{ url: string; title: string | null }>,
  bodyLinks: readonly string[],
): NoteReference[] {
  const out: NoteReference[] = [];
  const seen = new Map<string, NoteReference>();
  const add = (ref: NoteReference): void => {
    const key = normaliseUrl(ref.url);
    const known = seen.get(key);
    if (known) {
      known.title ??= ref.title;
      return;
    }
    seen.set(key, ref);
    out.push(ref);
  };
  for (const c of citations)
    add({ url: c.url, title: c.title ?? null, checked: c.checked ?? null, origin: 'frontmatter', line: c.line ?? null });
  for (const l of sectionLinks) add({ url: l.url, title: l.title, checked: null, origin: 'section', line: null });
  for (const url of bodyLinks) add({ url, title: null, checked: null, origin: 'body', line: null });
  return out;
}

/**
 * True for a `.txt` note written without Markdown structure (no heading at all) — in practice a
 * blog post pasted as text, whose line breaks are its structure.
 */
export function isPlainTextNote(file: string, children: readonly RootContent[]): boolean {
  return /\.txt$/i.test(file) && !children.some((n) => n.type === 'heading');
}

/**
 * The sanitizer prefixes every id from content with `user-content-` (so raw HTML cannot clobber the
 * page's own ids); the heading ids this parser made are safe (./headings.ts), so they lose it.
 */
function keepHeadingIds(html: string, ids: ReadonlySet<string>): string {
  if (ids.size === 0) return html;
  return html.replace(/<h([1-6]) id="user-content-([^"]*)"/g, (whole, depth: string, id: string) =>
    ids.has(id) ? `<h${depth} id="${id}"` : whole,
  );
}

const WIKILINK = /\[\[([^\][|#\n]+)(#[^\][|\n]*)?(?:\|([^\][\n]+))?\]\]/g;

/** The heading a link names after `#` (decoded, trimmed), or null when it names none. */
function fragment(hash: string | undefined): string | null {
  const raw = (hash ?? '').replace(/^#/, '');
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // a literal `%`: keep the text as written
  }
  return text.trim() === '' ? null : text.trim();
}

/**
 * Turns `[[target|label]]` wikilinks and relative Markdown links to `.md`/`.txt` files or
 * `/notes/<slug>/` into placeholder links (resolved later by the linker), and records them.
 */
function rewriteLinks(root: Root, links: NoteLink[], sources: Set<string>): void {
  visit(root, (node, index, parent) => {
    if (node.type === 'link') {
      const link = node as Link;
      if (/^https?:\/\//i.test(link.url)) sources.add(link.url);
      const local = /^(?!\w+:|#|\/\/)(?:\.\/)?([^?#]+?\.(?:md|txt)|\/notes\/[^/?#]+\/?)(#.*)?$/i.exec(link.url);
      if (local) {
        const target = decodeURIComponent(local[1]!)
          .replace(/^\/notes\//, '')
          .replace(/\/$/, '');
        links.push({
          target,
          kind: 'markdown',
          line: link.position?.start.line ?? 1,
          column: link.position?.start.column ?? 1,
          resolved: null,
          heading: fragment(local[2]),
        });
        link.url = NOTE_LINK_PLACEHOLDER + encodeURIComponent(target) + (local[2] ?? '');
      }
      return;
    }
    if (node.type !== 'text' || !parent || index === undefined) return;
    const text = node as Text;
    if (!text.value.includes('[[')) return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of text.value.matchAll(WIKILINK)) {
      const offset = m.index ?? 0;
      if (offset > last) parts.push({ type: 'text', value: text.value.slice(last, offset) });
      const target = (m[1] ?? '').trim();
      const before = text.value.slice(0, offset);
      const lineOffset = (before.match(/\n/g) ?? []).length;
      const startLine = text.position?.start.line ?? 1;
      const column = lineOffset === 0 ? (text.position?.start.column ?? 1) + offset : offset - before.lastIndexOf('\n');
      links.push({ target, kind: 'wikilink', line: startLine + lineOffset, column, resolved: null, heading: fragment(m[2]) });
      parts.push({
        type: 'link',
        url: NOTE_LINK_PLACEHOLDER + encodeURIComponent(target) + (m[2] ?? ''),
        children: [{ type: 'text', value: (m[3] ?? (m[2] && m[2].length > 1 ? `${target} › ${m[2].slice(1)}` : target)).trim() }],
      });
      last = offset + m[0].length;
    }
    if (parts.length === 0) return;
    if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}
