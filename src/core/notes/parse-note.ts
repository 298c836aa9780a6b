/**
 * The note parser: decoded note text → {@link ParsedNote} (title, slug, tags, sections, key point,
 * rendered body, question blocks, links) plus located diagnostics. Pure; never throws.
 *
 * Frontmatter is read with gray-matter; the body with remark + remark-frontmatter (so every node
 * keeps its line in the file). Lenient where a person would be (foreign or missing frontmatter loads
 * with a warning, unknown keys are kept), strict about question blocks (see parse-questions.ts).
 */
import matter from 'gray-matter';
import type { Heading, Root, RootContent, Link, Text, PhrasingContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseQuestions, slugify, type ParsedQuestionBlock } from '../questions/parse-questions.ts';
import remarkBreaks from 'remark-breaks';
import { noteSlugger } from './headings.ts';
import { isValidTag } from '../tags/tag-path.ts';
import { isUnsafeHtml, parseMarkdown, plainText, renderBlocks } from './markdown.ts';
import { z } from 'zod';
import { zodIssueDiagnostics } from '../diagnostics/zod-issues.ts';
import { locateYamlPath, SourcesSchema, type Source } from './frontmatter/index.ts';
import { stripPandocAttributes } from './pandoc.ts';
import type { EncodingReport, NoteLink, NoteReference, Section, SectionKind } from './schema.ts';

/** Frontmatter keys emr-prep reads; any other key is kept and reported once. */
export const KNOWN_FRONTMATTER_KEYS = ['title', 'slug', 'created', 'modified', 'tags', 'aliases', 'date', 'sources'] as const;

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

/** Formats a YAML date or date-like string as `YYYY-MM-DD`; null when it is not a date. */
function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
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
  const diagnostics: Diagnostic[] = [];
  const tree: Root = parseMarkdown(text);
  const explicitIds = stripPandocAttributes(tree);
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;

  // ── frontmatter ──
  let data: Record<string, unknown> = {};
  const frontmatterLines = new Map<string, number>();
  if (yamlNode) {
    try {
      data = matter(text, {}).data as Record<string, unknown>;
    } catch (error) {
      const mark = (error as { mark?: { line?: number; column?: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
      diagnostics.push(
        diagnostic(
          'frontmatter/invalid-yaml',
          file,
          { line: (mark?.line ?? 0) + 2, column: (mark?.column ?? 0) + 1 },
          `the frontmatter does not parse: ${reason}`,
        ),
      );
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) data = {};
    const lines = yamlNode.value.split('\n');
    lines.forEach((l, index) => {
      const key = /^([A-Za-z_][\w-]*)\s*:/.exec(l);
      if (key) frontmatterLines.set(`key:${key[1]}`, index + 2);
      const item = /^\s*-\s*["']?([^"'#]+?)["']?\s*$/.exec(l);
      if (item) frontmatterLines.set(`value:${item[1]}`, index + 2);
      for (const quoted of l.matchAll(/["']([^"']+)["']/g)) {
        if (!frontmatterLines.has(`value:${quoted[1]}`)) frontmatterLines.set(`value:${quoted[1]}`, index + 2);
      }
    });
  } else {
    diagnostics.push(
      diagnostic(
        'frontmatter/missing',
        file,
        { line: 1, column: 1 },
        'the note has no frontmatter; its title comes from its first line and it has no tags',
      ),
    );
  }
  const keyLine = (key: string) => frontmatterLines.get(`key:${key}`) ?? 1;
  const valueLine = (value: string, key: string) => frontmatterLines.get(`value:${value}`) ?? keyLine(key);

  const unknown = Object.keys(data).filter((k) => !(KNOWN_FRONTMATTER_KEYS as readonly string[]).includes(k));
  if (yamlNode && unknown.length > 0) {
    diagnostics.push(
      diagnostic(
        'frontmatter/unknown-keys',
        file,
        { line: keyLine(unknown[0]!), column: 1 },
        `frontmatter keys ${unknown.map((k) => `"${k}"`).join(', ')} are not used by emr-prep; they are kept`,
      ),
    );
  }

  const stringList = (key: 'tags' | 'aliases'): string[] => {
    const value = data[key];
    if (value === undefined || value === null) return [];
    const list = typeof value === 'string' ? value.split(/[,\s]+/).filter(Boolean) : value;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
      diagnostics.push(
        diagnostic('frontmatter/invalid-field', file, { line: keyLine(key), column: 1 }, `"${key}" must be a list of strings`),
      );
      return [];
    }
    return [...new Set(list.map((v) => String(v).trim()).filter(Boolean))];
  };
  const rawTags = stringList('tags');
  const tags: string[] = [];
  for (const tag of rawTags) {
    const cleaned = tag.replace(/^#/, '');
    if (!isValidTag(cleaned)) {
      diagnostics.push(
        diagnostic(
          'tag/invalid',
          file,
          { line: valueLine(tag, 'tags'), column: 1 },
          `tag "${tag}" is not lowercase kebab-case segments separated by "/"`,
          `Write it as "${slugify(cleaned.replace(/\//g, ' slash ')).replace(/-slash-/g, '/')}".`,
        ),
      );
    } else tags.push(cleaned);
  }
  const aliases = stringList('aliases');
  for (const key of ['title', 'slug'] as const) {
    if (data[key] !== undefined && typeof data[key] !== 'string' && typeof data[key] !== 'number') {
      diagnostics.push(diagnostic('frontmatter/invalid-field', file, { line: keyLine(key), column: 1 }, `"${key}" must be a string`));
    }
  }
  for (const key of ['created', 'modified'] as const) {
    if (data[key] !== undefined && isoDate(data[key]) === null) {
      diagnostics.push(
        diagnostic('frontmatter/invalid-field', file, { line: keyLine(key), column: 1 }, `"${key}" must be a date like 2025-08-21`),
      );
    }
  }

  // ── sources (zod schema, frontmatter/sources.ts) ──
  let citations: Array<Source & { line: number }> = [];
  if (data.sources !== undefined && data.sources !== null) {
    const parsedSources = z.object({ sources: SourcesSchema }).safeParse({ sources: data.sources });
    const locate = yamlNode ? locateYamlPath(yamlNode.value) : undefined;
    if (parsedSources.success) {
      citations = parsedSources.data.sources.map((source, i) => ({
        ...source,
        line: locate?.(['sources', i])?.line ?? keyLine('sources'),
      }));
      const firstAt = new Map<string, number>();
      for (const c of citations) {
        const key = normaliseUrl(c.url);
        const first = firstAt.get(key);
        if (first === undefined) firstAt.set(key, c.line);
        else
          diagnostics.push(
            diagnostic('source/duplicate-url', file, { line: c.line, column: 1 }, `source ${c.url} is already listed on line ${first}`),
          );
      }
    } else {
      diagnostics.push(
        ...zodIssueDiagnostics(parsedSources.error, {
          file,
          code: 'frontmatter/invalid-field',
          locate,
          fallback: { line: keyLine('sources'), column: 1 },
          subject: 'frontmatter',
          input: { sources: data.sources },
        }),
      );
    }
  }

  // ── title and slug ──
  const children = tree.children.filter((n) => n.type !== 'yaml');
  const firstH1Index = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const h1 = firstH1Index >= 0 ? plainText([children[firstH1Index]!]) : null;
  const fmTitle = typeof data.title === 'string' || typeof data.title === 'number' ? String(data.title).trim() : '';
  let title: string;
  let titleNodeIndex = -1;
  if (fmTitle && !(isSlugLike(fmTitle) && h1)) title = fmTitle;
  else if (h1) {
    title = h1;
    titleNodeIndex = firstH1Index;
  } else if (fmTitle) title = fmTitle;
  else {
    const firstHeading = children[0]?.type === 'heading' ? plainText([children[0]]) : null;
    title = firstHeading || titleFromFirstLine(text.slice(yamlNode?.position?.end.offset ?? 0)) || fileStem(file);
  }
  if (titleNodeIndex < 0 && h1 && h1 === title) titleNodeIndex = firstH1Index;
  const fmSlug = typeof data.slug === 'string' ? slugify(data.slug) : '';
  const slug = fmSlug || (fmTitle && isSlugLike(fmTitle) ? fmTitle.replace(/_/g, '-') : slugify(fileStem(file))) || 'note';

  if (tags.length === 0 && yamlNode && !diagnostics.some((d) => d.code === 'frontmatter/invalid-yaml')) {
    diagnostics.push(diagnostic('note/untagged', file, { line: keyLine('tags'), column: 1 }, 'the note has no tags'));
  }

  // ── question blocks ──
  const parsedQuestions = parseQuestions(children, { file, noteSlug: slug, tags });
  diagnostics.push(...parsedQuestions.diagnostics);
  const inBlock = new Set<number>();
  for (const b of parsedQuestions.blocks) for (let k = b.start; k < b.end; k += 1) inBlock.add(k);

  // ── sections, key point, body ──
  const sections: Section[] = [];
  let summaryNodes: RootContent[] | null = null;
  const body: RootContent[] = [];
  let skipUntilDepth: number | null = null; // inside the key-point section
  let keyPointDepth: number | null = null;
  const sourceSectionNodes: RootContent[] = [];
  let sourcesDepth: number | null = null; // inside the author's own sources section
  // Heading ids, GitHub's way (./headings.ts); the key point and a questions-only section are drawn
  // by the page itself, under the page's ids `key-point` and `questions`.
  const slugger = noteSlugger();
  const headingIds = new Set<string>();
  const section = (heading: Heading, kind: SectionKind, id: string): Section => ({
    kind,
    heading: plainText([heading]),
    depth: heading.depth,
    line: heading.position?.start.line ?? 1,
    id,
  });
  children.forEach((node, index) => {
    if (node.type === 'heading' && sourcesDepth !== null && (node as Heading).depth <= sourcesDepth) sourcesDepth = null;
    if (node.type === 'heading' && index !== titleNodeIndex && (node as Heading).depth >= 2 && isSourcesHeading(plainText([node]))) {
      sourcesDepth = (node as Heading).depth;
      return;
    }
    if (sourcesDepth !== null && !inBlock.has(index)) {
      sourceSectionNodes.push(node);
      return;
    }
    if (node.type === 'heading') {
      const heading = node as Heading;
      const kind = sectionKind(plainText([heading]));
      if (skipUntilDepth !== null && heading.depth <= skipUntilDepth) skipUntilDepth = null;
      if (kind === 'keyPoint' && summaryNodes === null) {
        if (index !== titleNodeIndex) sections.push(section(heading, kind, 'key-point'));
        summaryNodes = [];
        keyPointDepth = heading.depth;
        skipUntilDepth = heading.depth;
        return;
      }
      if (index === titleNodeIndex) return;
      if (kind === 'questions') {
        // The question heading is drawn by the site itself when its section held only questions.
        let k = index + 1;
        let onlyQuestions = true;
        while (k < children.length) {
          const next = children[k]!;
          if (next.type === 'heading' && next.depth <= heading.depth) break;
          if (!inBlock.has(k) && next.type !== 'thematicBreak') onlyQuestions = false;
          k += 1;
        }
        if (onlyQuestions && k > index + 1) {
          sections.push(section(heading, kind, 'questions'));
          return;
        }
      }
      const explicit = explicitIds.get(heading);
      const id = explicit && !headingIds.has(explicit) ? explicit : slugger.slug(plainText([heading]));
      headingIds.add(id);
      sections.push(section(heading, kind, id));
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    }
    if (index === titleNodeIndex) return;
    if (skipUntilDepth !== null && keyPointDepth !== null) {
      (summaryNodes as RootContent[] | null)?.push(node);
      return;
    }
    if (inBlock.has(index)) return;
    body.push(node);
  });
  // A stray `---` left at the end of the body (question separators) is noise.
  while (body.length && body[body.length - 1]!.type === 'thematicBreak') body.pop();

  // ── links, sources, unsafe HTML ──
  const links: NoteLink[] = [];
  const sources = new Set<string>();
  const summaryRoot: Root = { type: 'root', children: structuredClone((summaryNodes as RootContent[] | null) ?? []) };
  rewriteLinks(summaryRoot, links, sources);
  const bodyRoot: Root = { type: 'root', children: structuredClone(body) };
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
  visit({ type: 'root', children: sourceSectionNodes } as Root, 'link', (node: Link) => {
    if (!/^https?:\/\//i.test(node.url)) return;
    const label = plainText([node]).trim();
    sectionLinks.push({ url: node.url, title: label && label !== node.url ? label : null });
  });
  const references = mergeReferences(citations, sectionLinks, [...sources]);
  visit(tree, 'html', (node) => {
    if (isUnsafeHtml(node.value)) {
      diagnostics.push(
        diagnostic(
          'note/raw-html-removed',
          file,
          { line: node.position?.start.line, column: node.position?.start.column },
          `unsafe raw HTML "${node.value.slice(0, 40).replace(/\s+/g, ' ')}" was removed from the page`,
        ),
      );
    }
  });

  const summary = summaryNodes ? plainText(summaryNodes) : null;
  const note: ParsedNote = {
    slug,
    title,
    file,
    frontmatter: data,
    tags,
    aliases,
    created: isoDate(data.created ?? data.date),
    modified: isoDate(data.modified),
    summary: summary || null,
    summaryHtml: summaryNodes && summary ? renderBlocks(summaryRoot.children) : null,
    sections,
    html: keepHeadingIds(renderBlocks(bodyRoot.children), headingIds),
    text: plainText(body),
    links,
    sources: [...sources],
    references,
    blocks: parsedQuestions.blocks,
    encoding: input.encoding,
    frontmatterLines,
  };
  return { note, diagnostics };
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

/** A URL as compared when merging sources: no fragment, no trailing slash, lowercase scheme and host. */
export function normaliseUrl(url: string): string {
  const m = /^(https?):\/\/([^/?#]+)([^#]*)/i.exec(url.trim());
  if (!m) return url.trim();
  return `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}${m[3]!.replace(/\/$/, '')}`;
}

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
