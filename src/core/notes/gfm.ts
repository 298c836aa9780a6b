/**
 * GitHub Flavored Markdown for the note parser: remark-gfm's own extensions (micromark-extension-gfm
 * for the syntax, mdast-util-gfm for the tree), added to a processor the way remark-gfm adds them,
 * with two of their costs skipped where they cannot change the tree (issue 16: without them,
 * `parseDecodedNote` of the 1,000 bench notes took 0.81× the time, 5 alternating runs in one process).
 *
 * 1. **Email autolinks** (`a@b.co`): micromark-extension-gfm-autolink-literal tries an email at the
 *    start of every ASCII word, and succeeds only on reaching an `@` that is in the text itself
 *    (character references such as `&#64;` are tokens of their own, never part of an email).
 *    {@link remarkGfmForNotes} with `emailAutolinks: false` leaves that construct out; the caller
 *    passes it only for a text without `@` (see markdown.ts). The www and http constructs stay.
 * 2. **The autolink transform** (mdast-util-gfm-autolink-literal): after the parse, it searches
 *    every text node outside links four times (URL, xmpp, mailto, email patterns) for literals the
 *    tokenizer did not link, for example after an unclosed `[` (`[see www.example.com`) or an
 *    email written with a character reference (`a&#64;example.com`). Every one of
 *    its patterns needs `http` or `www` (case-insensitive) or `@` in the text node, so it now runs
 *    only when a text node outside links and link references holds one of them.
 *
 * Both change nothing in the tree: test/unit/kb/gfm.test.ts compares it with remark-gfm's on
 * every bundled note, every seed note and generated Markdown. When a future version of the
 * extensions no longer has the pieces named here, {@link gfmShortcuts} says so and the plugin adds
 * them unchanged (correct, only slower); that test fails so it gets looked at.
 */
import type { Processor } from 'unified';
import type { Nodes, Root } from 'mdast';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';

/** The micromark construct that tokenizes email autolinks (micromark-extension-gfm-autolink-literal). */
const EMAIL_AUTOLINK = 'emailAutolink';

/** A micromark construct, as far as this module looks at it. */
interface Construct {
  name?: string;
}

/** A micromark syntax extension, as far as this module looks at it: constructs by character code. */
interface SyntaxExtension {
  text?: Record<string, Construct | Construct[] | undefined>;
  [field: string]: unknown;
}

/** A mdast-util-from-markdown extension, as far as this module looks at it. */
interface TreeExtension {
  enter?: Record<string, unknown>;
  transforms?: Array<(tree: Root) => Root | undefined>;
  [field: string]: unknown;
}

/** Options of {@link remarkGfmForNotes}. */
export interface GfmOptions {
  /**
   * Whether to tokenize email autolinks. `false` is only right for a text with no `@`: there it
   * gives the same tree, faster. Default true.
   */
  emailAutolinks?: boolean;
}

/** Whether the shortcuts of this module found what they change in the installed extensions. */
export interface GfmShortcuts {
  /** Email-autolink constructs left out of the syntax extension (one per character code that starts one). */
  emailConstructsRemoved: number;
  /** Autolink transforms made conditional (remark-gfm has one). */
  transformsWrapped: number;
}

/** True when a text node outside links holds something an autolink pattern could match. */
const AUTOLINK_HINT = /@|http|www/i;

/**
 * True when the autolink transform could change `tree`: a `text` node that is not inside a `link`
 * or `linkReference` (the transform's `ignore` list) contains `@`, `http` or `www`, in any case.
 * A superset of what its patterns need, so false means the transform would change nothing.
 */
export function mayHoldAutolinkLiterals(tree: Nodes): boolean {
  // Without recursion: a hostile note nests thousands of levels (see MAX_TREE_DEPTH in parse-note.ts).
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (AUTOLINK_HINT.test(node.value)) return true;
    } else if (node.type !== 'link' && node.type !== 'linkReference' && 'children' in node) {
      for (const child of node.children) stack.push(child);
    }
  }
  return false;
}

/** `extension` with the email-autolink constructs left out of its text constructs. */
function withoutEmailAutolinks(extension: SyntaxExtension): { extension: SyntaxExtension; removed: number } {
  const text: Record<string, Construct[]> = {};
  let removed = 0;
  for (const [code, value] of Object.entries(extension.text ?? {})) {
    if (value === undefined) continue;
    const constructs = (Array.isArray(value) ? value : [value]).filter((construct) => {
      const isEmail = construct.name === EMAIL_AUTOLINK;
      if (isEmail) removed += 1;
      return !isEmail;
    });
    if (constructs.length > 0) text[code] = constructs;
  }
  return { extension: { ...extension, text }, removed };
}

/** `extensions` with the autolink transform run only when {@link mayHoldAutolinkLiterals}. */
function withConditionalAutolinkTransform(extensions: TreeExtension[]): { extensions: TreeExtension[]; wrapped: number } {
  let wrapped = 0;
  const result = extensions.map((extension) => {
    if (!extension.enter || !('literalAutolink' in extension.enter) || !extension.transforms) return extension;
    const transforms = extension.transforms.map((transform) => {
      wrapped += 1;
      return (tree: Root) => (mayHoldAutolinkLiterals(tree) ? transform(tree) : undefined);
    });
    return { ...extension, transforms };
  });
  return { extensions: result, wrapped };
}

/**
 * What {@link remarkGfmForNotes} changes in the installed GFM extensions, for the test that makes
 * sure the shortcuts still apply after an upgrade.
 */
export function gfmShortcuts(): GfmShortcuts {
  return {
    emailConstructsRemoved: withoutEmailAutolinks(gfm() as SyntaxExtension).removed,
    transformsWrapped: withConditionalAutolinkTransform(gfmFromMarkdown() as TreeExtension[]).wrapped,
  };
}

/**
 * A unified plugin: GFM (autolink literals, footnotes, strikethrough, tables, task lists) as
 * remark-gfm 4 adds it to the parser, with the shortcuts described above. Parsing only: this
 * processor never writes Markdown, so remark-gfm's serializer extension is not added.
 * @param options `emailAutolinks: false` only for a text without `@`
 */
export function remarkGfmForNotes(this: Processor, options: GfmOptions = {}): void {
  const data = this.data();
  const syntax = gfm() as SyntaxExtension;
  const micromarkExtension = options.emailAutolinks === false ? withoutEmailAutolinks(syntax).extension : syntax;
  const treeExtensions = withConditionalAutolinkTransform(gfmFromMarkdown() as TreeExtension[]).extensions;
  (data.micromarkExtensions ??= []).push(micromarkExtension as never);
  (data.fromMarkdownExtensions ??= []).push(treeExtensions as never);
}
