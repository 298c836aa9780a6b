/**
 * The note parser's GFM (src/core/notes/gfm.ts) skips two of remark-gfm's costs; these tests hold
 * it to remark-gfm's tree, positions included, on every bundled note, every seed note, the bench's
 * note generator and thousands of generated texts full of autolink look-alikes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Link, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../../src/core/notes/markdown.ts';
import { gfmShortcuts, mayHoldAutolinkLiterals } from '../../../src/core/notes/gfm.ts';
import { HAVE_SEEDS, PROJECT_ROOT, SEEDS_DIR } from '../../helpers/seeds.ts';

/** The parser as it was before gfm.ts: remark-gfm as published. */
const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkCjkFriendly);

function expectSameTree(text: string): void {
  expect(parseMarkdown(text)).toEqual(reference.parse(text));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|txt)$/.test(name))
    .map((name) => path.join(dir, name));
}

function links(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, 'link', (node: Link) => {
    urls.push(node.url);
  });
  return urls;
}

describe('GFM of the note parser (notes/gfm.ts)', () => {
  it('still finds what it leaves out in the installed micromark-extension-gfm and mdast-util-gfm', () => {
    const shortcuts = gfmShortcuts();
    // One email construct per character that can start an email (letters, digits, + - . _).
    expect(shortcuts.emailConstructsRemoved).toBeGreaterThanOrEqual(62);
    expect(shortcuts.transformsWrapped).toBe(1);
  });

  it('links URLs, www names and emails as GFM does, also those only the transform finds', () => {
    const tree = parseMarkdown(
      '참고https://docs.aws.amazon.com/emr/ 와 www.example.com, 문의 help@example.com 그리고 <https://a.example/>\n',
    );
    expect(links(tree)).toEqual([
      'https://docs.aws.amazon.com/emr/',
      'http://www.example.com',
      'mailto:help@example.com',
      'https://a.example/',
    ]);
    // After an unclosed `[` the tokenizer does not link; the transform does (no `@`: the lean parser).
    expect(links(parseMarkdown('[참고 www.example.com\n'))).toEqual(['http://www.example.com']);
    expect(links(parseMarkdown('문의 help&#64;example.com\n'))).toEqual(['mailto:help@example.com']);
  });

  it('says when a tree may hold an autolink literal outside links, in any case', () => {
    const paragraph = (...children: PhrasingContent[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] });
    const text = (value: string): PhrasingContent => ({ type: 'text', value });
    expect(mayHoldAutolinkLiterals(paragraph(text('plain 텍스트 only')))).toBe(false);
    expect(mayHoldAutolinkLiterals(paragraph({ type: 'link', url: 'https://a.example', children: [text('https://a.example')] }))).toBe(
      false,
    );
    expect(
      mayHoldAutolinkLiterals(paragraph({ type: 'linkReference', identifier: 'x', referenceType: 'full', children: [text('www.x.com')] })),
    ).toBe(false);
    expect(mayHoldAutolinkLiterals(paragraph(text('see '), { type: 'emphasis', children: [text('참고HTTP://A.EXAMPLE')] }))).toBe(true);
    expect(mayHoldAutolinkLiterals(paragraph(text('참고WWW.example.com')))).toBe(true);
    expect(mayHoldAutolinkLiterals(paragraph(text('a @ b')))).toBe(true);
    // Parsed: micromark already linked the URL, so the transform has nothing left to do.
    expect(mayHoldAutolinkLiterals(parseMarkdown('see https://a.example/\n'))).toBe(false);
  });

  it('gives the same tree as remark-gfm for every bundled note', () => {
    const files = markdownFiles(path.join(PROJECT_ROOT, 'content'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expectSameTree(readFileSync(file, 'utf8'));
  });

  it.skipIf(!HAVE_SEEDS)('gives the same tree as remark-gfm for every seed note (../shared/seeds)', () => {
    const files = markdownFiles(SEEDS_DIR);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expectSameTree(readFileSync(file, 'utf8'));
  });

  it('gives the same tree as remark-gfm for generated text full of autolink look-alikes', () => {
    const piece = fc.constantFrom(
      'EMR',
      'Spot',
      '인스턴스',
      '참고',
      'core-node',
      'a.b_c',
      'x+y',
      'https://docs.aws.amazon.com/emr/latest/ManagementGuide/',
      'HTTP://EXAMPLE.COM/a_(b)',
      'http://',
      'www.example.com/path?q=1.',
      'WWW.x',
      'www',
      'wwwx.com',
      'user@example.com',
      'user@example',
      'a.b-c_d@sub.example.co.',
      '@',
      '&#64;',
      'a&#64;b.com',
      '&amp;',
      'mailto:me@a.co',
      'xmpp:me@a.co/res',
      '[label](https://a.example)',
      '[ref]',
      '[unclosed',
      ']',
      '![img](https://a.example/i.png)',
      '<https://a.example>',
      '<me@a.co>',
      '`https://code.example`',
      '**굵게**은',
      '*em*',
      '_x_',
      '~~del~~',
      '(',
      ')',
      '\\@',
      '.',
      ',',
    );
    const line = fc
      .array(piece, { minLength: 1, maxLength: 14 })
      .chain((pieces) =>
        fc
          .array(fc.constantFrom(' ', '', '\n'), { minLength: pieces.length, maxLength: pieces.length })
          .map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')),
      );
    const block = fc.tuple(fc.constantFrom('', '- ', '> ', '# ', '| ', '1. ', '[ref]: '), line).map(([lead, text]) => lead + text);
    const document = fc
      .tuple(fc.boolean(), fc.array(block, { minLength: 1, maxLength: 8 }))
      .map(([frontmatter, blocks]) => (frontmatter ? '---\nurl: https://x.example\n---\n' : '') + blocks.join('\n\n') + '\n');
    fc.assert(
      fc.property(document, (text) => {
        expect(parseMarkdown(text)).toEqual(reference.parse(text));
      }),
      { numRuns: 1500 },
    );
  });
});
