/**
 * Every UI string comes from the catalog (src/i18n/catalog): this test fails on a UI string written
 * anywhere else in the site's templates and islands —
 * - a text node of an .astro template with letters in it (Hangul or a Latin word),
 * - a quoted attribute a person reads (`aria-label`, `title`, `placeholder`, `alt`, a page's
 *   `title`/`description` prop, the old `ko=`/`en=` props),
 * - Hangul in any string of template code (frontmatter, `{…}` expressions) or island TypeScript,
 * - a literal with letters passed to a text sink in island TypeScript (`textContent =`, the text
 *   children of `h()`, `aria-label`/`title`/`placeholder` attributes).
 * Templates are read with Astro's own parser (@astrojs/compiler), code with TypeScript's.
 * Content (notes, tags.yml labels and descriptions) is data, never a literal, so it is not affected.
 */
import { parse } from '@astrojs/compiler';
import type { Node as AstroNode, ParentNode } from '@astrojs/compiler/types';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Text that reads the same in both languages: names, keys, symbols. */
const ALLOWED_TEXT = new Set(['emr-prep', 'English', '한국어', 'Esc', 'Ctrl K']);

/** Quoted attributes a person reads. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'description', 'ko', 'en', 'label', 'hint', 'data-failed']);

/** Placeholders that are example values, the same in both languages. */
const VALUE_LIKE = /^(?:[\w.:=,%/ -]*\d[\w.:=,%/ -]*|—|auto|auto \(10g\)|emr-prep cluster)$/;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const WORDS = /[A-Za-z]{2,}|[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

interface Finding {
  file: string;
  line: number;
  what: string;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Hangul in the string and template literals of a whole TypeScript source (comments ignored). */
function hangulInSource(code: string, file: string, baseLine: number, findings: Finding[]): void {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      HANGUL.test(node.text)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
      findings.push({ file, line: baseLine + line, what: `Hangul in code: ${node.text.trim().slice(0, 60)}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Hangul in a fragment of template code (a `{…}` expression's text) outside comments. */
function hangulInCode(code: string, file: string, baseLine: number, findings: Finding[]): void {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.JSX, code);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const token = scanner.getTokenText();
    if (HANGUL.test(token)) {
      findings.push({
        file,
        line: baseLine + lineOf(code, scanner.getTokenStart()) - 1,
        what: `Hangul in code: ${token.trim().slice(0, 60)}`,
      });
    }
  }
}

/** Literals with letters passed to text sinks in TypeScript. */
function sinksInTs(code: string, file: string, findings: Finding[]): void {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const literal = (node: ts.Node): string | null =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? node.head.text + node.templateSpans.map((s) => s.literal.text).join('')
        : null;
  const flag = (node: ts.Node, what: string) => {
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const name = node.left.name.text;
      const text = literal(node.right);
      if (['textContent', 'innerText', 'placeholder', 'title', 'ariaLabel'].includes(name) && text !== null && WORDS.test(text)) {
        flag(node, `literal ${name}: ${text.slice(0, 60)}`);
      }
    }
    const tagArg = ts.isCallExpression(node) ? node.arguments[0] : undefined;
    // `h('code', {}, 'dfs.replication')`: a config or command name shown as code is not UI text.
    const isCode = tagArg !== undefined && ts.isStringLiteral(tagArg) && ['code', 'kbd', 'samp'].includes(tagArg.text);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'h' && !isCode) {
      node.arguments.slice(2).forEach((arg) => {
        const text = literal(arg);
        if (text !== null && WORDS.test(text)) flag(arg, `literal text child: ${text.slice(0, 60)}`);
      });
    }
    if (ts.isPropertyAssignment(node)) {
      const name = ts.isStringLiteral(node.name) || ts.isIdentifier(node.name) ? node.name.text : '';
      const text = literal(node.initializer);
      if (['aria-label', 'title', 'placeholder', 'alt'].includes(name) && text !== null && WORDS.test(text) && !VALUE_LIKE.test(text)) {
        flag(node, `literal ${name} attribute: ${text.slice(0, 60)}`);
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setAttribute') {
      const [name, value] = node.arguments;
      const attr = name ? literal(name) : null;
      const text = value ? literal(value) : null;
      if (attr && ['aria-label', 'title', 'placeholder', 'alt'].includes(attr) && text !== null && WORDS.test(text)) {
        flag(node, `literal ${attr} attribute: ${text.slice(0, 60)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** UI strings outside the catalog in one .astro file. */
async function scanAstro(source: string, file: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const { ast } = await parse(source, { position: true });
  const line = (node: AstroNode) => node.position?.start.line ?? 1;
  const visit = (node: AstroNode, inExpression: boolean, skipText: boolean): void => {
    if (node.type === 'frontmatter') {
      hangulInSource(node.value, file, line(node), findings);
      return;
    }
    if (node.type === 'text') {
      const text = node.value.trim();
      if (inExpression) hangulInCode(node.value, file, line(node), findings);
      else if (!skipText && text && WORDS.test(text) && !ALLOWED_TEXT.has(text)) {
        findings.push({ file, line: line(node), what: `text node: ${text.slice(0, 60)}` });
      }
      return;
    }
    if (node.type === 'element' || node.type === 'component' || node.type === 'custom-element' || node.type === 'fragment') {
      for (const attr of node.attributes) {
        if (attr.kind === 'quoted' && READ_ATTRIBUTES.has(attr.name) && WORDS.test(attr.value) && !VALUE_LIKE.test(attr.value)) {
          // `k`, `label` and `hint` props of our components hold catalog keys, not text.
          const isKey = /^[a-z][\w-]*(\.[\w-]+)+$/i.test(attr.value) && node.type === 'component';
          if (!isKey) findings.push({ file, line: line(node), what: `attribute ${attr.name}="${attr.value.slice(0, 60)}"` });
        }
        if (attr.kind === 'expression') hangulInCode(attr.value, file, line(node), findings);
      }
    }
    const skip = skipText || (node.type === 'element' && ['code', 'kbd', 'script', 'style', 'svg', 'pre'].includes(node.name));
    if ('children' in node) {
      for (const child of (node as ParentNode).children) {
        visit(child, node.type === 'expression' && child.type === 'text', skip);
      }
    }
  };
  visit(ast, false, false);
  return findings;
}

/** UI strings outside the catalog in one island or component TypeScript file. */
function scanTs(source: string, file: string): Finding[] {
  const findings: Finding[] = [];
  hangulInSource(source, file, 1, findings);
  sinksInTs(source, file, findings);
  return findings;
}

const scanned = ['src/layouts', 'src/pages', 'src/components', 'src/islands']
  .flatMap((dir) => walk(path.join(ROOT, dir)))
  .map((full) => path.relative(ROOT, full).split(path.sep).join('/'))
  .filter((file) => /\.(astro|ts)$/.test(file));
// Every area is scanned: the glossary page, the last one converted, is in scope since 3 December 2026.
const inScope = scanned;

describe('UI strings come from the catalog', () => {
  it('finds a literal UI string in a template and in island code (the scanner works)', async () => {
    const astro = await scanAstro(
      `---\nconst a = '다음';\n---\n<p>검색 · Search</p>\n<input placeholder="Search notes" />\n<T k="nav.home" />\n{cond && <span>Next</span>}\n<code>spark-submit</code>\n`,
      'fixture.astro',
    );
    expect(astro.map((f) => f.line)).toEqual([2, 4, 5, 7]);
    const island = scanTs(
      `el.textContent = 'No results';\nh('p', {}, 'Loading');\nh('p', { title: 'Close' });\nconst k = t('search.close', lang);\n`,
      'fixture.ts',
    );
    expect(island.map((f) => f.line)).toEqual([1, 2, 3]);
  });

  it('no template, component or island outside the catalog holds a UI string', async () => {
    expect(inScope.length).toBeGreaterThan(30);
    const findings: Finding[] = [];
    for (const file of inScope) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      findings.push(...(file.endsWith('.astro') ? await scanAstro(source, file) : scanTs(source, file)));
    }
    expect(findings.map((f) => `${f.file}:${f.line} ${f.what}`)).toEqual([]);
  });
});
