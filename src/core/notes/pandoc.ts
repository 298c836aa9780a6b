/**
 * R Markdown / Pandoc leftovers in notes written for other tools: attribute blocks after a heading
 * (`## 학습 목표 {.objectives}`, `## Setup {#setup .unnumbered}`) and on code fences (`~~~{.r}`).
 * Pandoc reads them as attributes; CommonMark shows them as text. emr-prep drops them from headings
 * (an explicit `#id` becomes the heading's anchor) and turns a fence's `{.r}` into the language `r`.
 * Pandoc's syntax: https://pandoc.org/MANUAL.html#extension-header_attributes and
 * #extension-fenced_code_attributes.
 */
import type { Code, Heading, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** `{.class #id key=value …}` at the end of a heading: only classes, ids and key=value pairs. */
const TRAILING_ATTRIBUTES =
  /\s*\{\s*((?:[.#][\w:-]+|[\w-]+=(?:"[^"]*"|[^\s}]*)|-)(?:\s+(?:[.#][\w:-]+|[\w-]+=(?:"[^"]*"|[^\s}]*)|-))*)\s*\}\s*$/u;

/** A fence info string that is only an attribute block (`{.r}`, `{.python .numberLines}`). */
const FENCE_ATTRIBUTES = /^\{\s*\.?([\w+-]+)[^}]*\}$/;

/**
 * Removes Pandoc attribute blocks from headings and code fences, in place.
 * @returns for each heading that carried an explicit `#id`, that id (the caller uses it as the anchor).
 */
export function stripPandocAttributes(tree: Root): Map<Heading, string> {
  const explicitIds = new Map<Heading, string>();
  visit(tree, (node) => {
    // Headings and code are blocks: nothing below a paragraph, table or HTML needs a look.
    if (node.type === 'paragraph' || node.type === 'table' || node.type === 'html') return SKIP;
    if (node.type === 'heading') {
      const heading = node as Heading;
      const last = heading.children[heading.children.length - 1];
      if (last?.type !== 'text') return SKIP;
      const text = last as Text;
      const match = TRAILING_ATTRIBUTES.exec(text.value);
      if (!match) return SKIP;
      const id = /(?:^|\s)#([\w:-]+)/u.exec(match[1] ?? '');
      if (id) explicitIds.set(heading, id[1]!);
      text.value = text.value.slice(0, match.index).trimEnd();
      if (text.value === '') heading.children.pop();
      return SKIP;
    } else if (node.type === 'code') {
      const code = node as Code;
      const info = `${code.lang ?? ''}${code.meta ? ` ${code.meta}` : ''}`.trim();
      const match = FENCE_ATTRIBUTES.exec(info);
      if (match) {
        code.lang = match[1] ?? null;
        code.meta = null;
      }
    }
  });
  return explicitIds;
}
