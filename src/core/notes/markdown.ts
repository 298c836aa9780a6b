/**
 * The Markdown dialect of emr-prep notes, in one place so the parser, the site and the CLI agree:
 * CommonMark + GFM (tables, strikethrough, task lists, autolink literals; gfm.ts) + YAML frontmatter + CJK-friendly emphasis
 * (`**Spot(스팟)**은` closes as strong, which plain CommonMark refuses; remark-cjk-friendly,
 * https://github.com/tats-u/markdown-cjk-friendly).
 *
 * Rendering goes mdast → hast (remark-rehype) → raw HTML parsed (rehype-raw) → sanitized with the
 * GitHub schema (rehype-sanitize) → HTML string, so no script from content ever runs.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { toString as mdastToString } from 'mdast-util-to-string';
import { remarkGfmForNotes } from './gfm.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmForNotes).use(remarkCjkFriendly);

/** The same parser for a text without `@`: it has no email autolink to find (gfm.ts). */
const parserWithoutEmailAutolinks = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmForNotes, { emailAutolinks: false })
  .use(remarkCjkFriendly);

/** Sanitize schema: GitHub's, plus `class` on links so broken note links can be styled. */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['className', 'note-link', 'broken-link']],
  },
};

const renderer = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

/**
 * The same pipeline without rehype-raw, for nodes that hold no raw HTML: there rehype-raw has
 * nothing to parse, but its parse5 round trip is a fifth of the rendering time (issue 7).
 */
const rendererWithoutRaw = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify);

/**
 * True when any node below needs the full pipeline: raw HTML (mdast `html`), or a node that
 * remark-rehype turns into a boolean attribute (footnotes, task-list items), which the parse5
 * round trip writes as `attr=""`; so both pipelines give byte-identical HTML.
 */
function needsRawPipeline(nodes: readonly unknown[]): boolean {
  for (const node of nodes as Array<{ type: string; checked?: unknown; children?: unknown[] }>) {
    if (node.type === 'html' || node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return true;
    if (node.type === 'listItem' && typeof node.checked === 'boolean') return true;
    if (node.children && needsRawPipeline(node.children)) return true;
  }
  return false;
}

/**
 * Parses note text (LF line endings) into an mdast tree with positions (1-based lines and columns
 * of the text as given). Never throws on any input.
 */
export function parseMarkdown(text: string): Root {
  return (text.includes('@') ? parser : parserWithoutEmailAutolinks).parse(text);
}

/**
 * Renders block nodes to sanitized HTML. The nodes are not changed (remark-rehype builds a new
 * tree), so they are not copied: a copy of a note's tree costs a tenth of its parse (issue 16).
 */
export function renderBlocks(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return '';
  const root: Root = { type: 'root', children: [...nodes] };
  const pipeline = needsRawPipeline(nodes) ? renderer : rendererWithoutRaw;
  const hast = pipeline.runSync(root);
  return pipeline.stringify(hast).trim();
}

/** Renders phrasing (inline) nodes to sanitized HTML without a wrapping paragraph. */
export function renderInline(nodes: readonly PhrasingContent[]): string {
  const html = renderBlocks([{ type: 'paragraph', children: [...nodes] as PhrasingContent[] }]);
  return html.replace(/^<p>/, '').replace(/<\/p>$/, '');
}

/** Plain text of nodes (Markdown stripped), whitespace collapsed. */
export function plainText(nodes: readonly (RootContent | PhrasingContent)[]): string {
  return nodes
    .map((n) => mdastToString(n, { includeHtml: false }))
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Tags or attributes in raw HTML that the sanitizer removes and the author should hear about. */
const UNSAFE_HTML = /<\s*(script|iframe|object|embed|style|form|base|meta|link)\b|\bon[a-z]+\s*=|javascript:/i;

/** True when a raw HTML fragment holds something the sanitizer will remove (script, handlers …). */
export function isUnsafeHtml(html: string): boolean {
  return UNSAFE_HTML.test(html);
}
