/**
 * Text conversions between foreign question formats and emr-prep's Markdown dialect
 * (src/core/notes/markdown.ts): plain text → escaped Markdown, HTML (Moodle's `[html]` format) →
 * Markdown, and Markdown spread over lines → one line (an option must fit on its list item's line).
 *
 * HTML is parsed with parse5 through rehype-raw (the same parser the site renders with), so
 * entities, unclosed tags and stray markup are read as a browser reads them. The conversion keeps
 * what a question needs (paragraphs, emphasis, code, links, lists, tables, images) and turns
 * headings into bold paragraphs, since a heading would end a question block. Scripts, styles and
 * forms are dropped (the site's sanitizer would remove them anyway).
 */
import { unified } from 'unified';
import rehypeRaw from 'rehype-raw';
import type { Root as HastRoot, RootContent as HastNode, Element } from 'hast';

/** Characters that are escaped wherever they occur (all ASCII punctuation may be escaped in CommonMark). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;

/**
 * Escapes plain text so emr-prep's Markdown reads it back as the same characters: inline markup
 * characters everywhere, and block markers (`- `, `1. `, `#`, `>`, `---`) at the start of a line.
 * Newlines are kept (a blank line stays a paragraph break).
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLineStart(line.replace(INLINE_SPECIAL, (c) => `\\${c}`)))
    .join('\n');
}

/** Escapes a block marker at the start of one line of Markdown text. */
function escapeLineStart(line: string): string {
  const ordered = /^(\s*\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[1]!.length + 1)}`;
  if (/^\s*([-+*](\s|$)|#|>|=+\s*$|-{2,}\s*$)/.test(line)) return line.replace(/^(\s*)/, '$1\\');
  return line;
}

/**
 * Joins Markdown that spans lines into one line (hard breaks and paragraph breaks become a
 * space), for an option or an explanation bullet, which must stay on its list item's line.
 */
export function oneLine(markdown: string): string {
  return markdown
    .replace(/\\\n/g, ' ')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Converts plain text whose line breaks are meaningful (GIFT `\n`, Aiken lines) to Markdown:
 * escaped, a blank line kept as a paragraph break and a single line break as a hard break.
 */
export function plainToMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((l) => escapeMarkdown(l.trim()))
        .filter((l) => l !== '')
        .join('\\\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'form', 'head', 'meta', 'link', 'base', 'noscript']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
  'table',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'body',
  'html',
]);

/** What an HTML conversion met that Markdown cannot hold (relative links, for instance). */
export interface HtmlConversion {
  markdown: string;
  /** Human-readable notes about what was changed, e.g. a relative link kept as text. */
  notes: string[];
}

const htmlParser = unified().use(rehypeRaw);

/** Parses an HTML fragment into a hast tree, as a browser would (parse5). Never throws. */
function parseHtml(html: string): HastRoot {
  const root: HastRoot = { type: 'root', children: [{ type: 'raw', value: html } as unknown as HastNode] };
  return htmlParser.runSync(root) as HastRoot;
}

/**
 * Converts an HTML fragment (Moodle's `[html]` text) to Markdown that emr-prep renders to the
 * same text: paragraphs, `strong`/`b`, `em`/`i`, `code`, `pre`, links, lists, tables, images,
 * `del`/`s`, `br`; headings become bold paragraphs; unknown elements keep their content.
 * Relative links (which mean nothing outside the site they came from) keep their text only, and
 * say so in `notes`.
 */
export function htmlToMarkdown(html: string): HtmlConversion {
  const notes: string[] = [];
  const tree = parseHtml(html);
  const markdown = blocksOf(tree.children, notes).join('\n\n').trim();
  return { markdown, notes };
}

function isElement(node: HastNode): node is Element {
  return node.type === 'element';
}

/** Converts a list of nodes to Markdown blocks, grouping consecutive inline content into a paragraph. */
function blocksOf(nodes: readonly HastNode[], notes: string[]): string[] {
  const out: string[] = [];
  let inline: HastNode[] = [];
  const flush = () => {
    // A line break at the start or end of a paragraph (Moodle's editor leaves `<br>` there) is no break.
    const text = inlineOf(inline, notes)
      .replace(/^(?:\s|\\\n)+/, '')
      .replace(/(?:\s|\\\n)+$/, '');
    if (text !== '') out.push(escapeParagraphStarts(text));
    inline = [];
  };
  for (const node of nodes) {
    if (isElement(node) && DROPPED.has(node.tagName)) continue;
    if (isElement(node) && BLOCK.has(node.tagName)) {
      flush();
      const block = blockOf(node, notes);
      if (block.trim() !== '') out.push(block);
    } else inline.push(node);
  }
  flush();
  return out;
}

/** Escapes a block marker at the start of every line of a paragraph. */
function escapeParagraphStarts(text: string): string {
  return text
    .split('\n')
    .map((l) => escapeLineStart(l))
    .join('\n');
}

function blockOf(el: Element, notes: string[]): string {
  const tag = el.tagName;
  switch (tag) {
    case 'hr':
      return '';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = inlineOf(el.children, notes).trim();
      return text ? `**${text}**` : '';
    }
    case 'pre': {
      const code = el.children.find((c): c is Element => isElement(c) && c.tagName === 'code');
      const className = code?.properties?.className;
      const lang = Array.isArray(className)
        ? String(className.find((c) => String(c).startsWith('language-')) ?? '').replace('language-', '')
        : '';
      const text = textOf(code ?? el).replace(/\n$/, '');
      const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
      return `${fence}${lang}\n${text}\n${fence}`;
    }
    case 'ul':
    case 'ol': {
      let n = Number(el.properties?.start ?? 1) || 1;
      const items = el.children.filter((c): c is Element => isElement(c) && c.tagName === 'li');
      return items
        .map((li) => {
          const marker = tag === 'ol' ? `${n++}. ` : '- ';
          const body = blocksOf(li.children, notes).join('\n\n') || '';
          return marker + indent(body, ' '.repeat(marker.length));
        })
        .join('\n');
    }
    case 'blockquote':
      return blocksOf(el.children, notes)
        .join('\n\n')
        .split('\n')
        .map((l) => (l === '' ? '>' : `> ${l}`))
        .join('\n');
    case 'table':
      return tableOf(el, notes);
    default:
      return blocksOf(el.children, notes).join('\n\n');
  }
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : pad + l))
    .join('\n');
}

function tableOf(table: Element, notes: string[]): string {
  const rows: string[][] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') {
        rows.push(
          child.children
            .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
            .map((cell) => oneLine(inlineOf(cell.children, notes)).replace(/\|/g, '\\|')),
        );
      } else walk(child);
    }
  };
  walk(table);
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array(width - r.length).fill('')];
  const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
  return [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** The text content of a node (for code). */
function textOf(node: HastNode | Element): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as HastNode[]).map(textOf).join('');
  return '';
}

/** Converts inline nodes to Markdown; HTML whitespace collapses as a browser collapses it. */
function inlineOf(nodes: readonly HastNode[], notes: string[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += node.value.replace(/[ \t\r\n\f]+/g, ' ').replace(INLINE_SPECIAL, (c) => `\\${c}`);
      continue;
    }
    if (!isElement(node) || DROPPED.has(node.tagName)) continue;
    const inner = () => inlineOf(node.children, notes);
    switch (node.tagName) {
      case 'br':
        out += '\\\n';
        break;
      case 'strong':
      case 'b':
        out += wrap(inner(), '**');
        break;
      case 'em':
      case 'i':
        out += wrap(inner(), '*');
        break;
      case 'del':
      case 's':
      case 'strike':
        out += wrap(inner(), '~~');
        break;
      case 'code':
      case 'kbd':
      case 'samp': {
        const text = textOf(node).replace(/\s+/g, ' ');
        if (text.trim() === '') break;
        const fence = '`'.repeat(longestRun(text, '`') + 1);
        const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
        out += `${fence}${pad}${text}${pad}${fence}`;
        break;
      }
      case 'a': {
        const href = typeof node.properties?.href === 'string' ? node.properties.href : '';
        const text = inner();
        if (/^(https?:|mailto:)/i.test(href)) out += `[${text}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`;
        else {
          if (href)
            notes.push(
              `the link "${oneLine(text)}" pointed to "${href}", which means nothing outside the site it came from; its text is kept`,
            );
          out += text;
        }
        break;
      }
      case 'img': {
        const src = typeof node.properties?.src === 'string' ? node.properties.src : '';
        const alt = typeof node.properties?.alt === 'string' ? node.properties.alt : '';
        if (src) out += `![${alt.replace(INLINE_SPECIAL, (c) => `\\${c}`)}](<${src}>)`;
        break;
      }
      default:
        // p/div etc. inside inline context (e.g. a block inside a table cell): keep the content.
        out += BLOCK.has(node.tagName) ? ` ${inner()} ` : inner();
    }
  }
  return out;
}

/** Wraps inline Markdown in a delimiter, keeping outer spaces outside (`** x**` would not close). */
function wrap(text: string, delimiter: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (m[2] === '') return text;
  return `${m[1]}${delimiter}${m[2]}${delimiter}${m[3]}`;
}
