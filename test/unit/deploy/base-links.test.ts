/**
 * The site deploys below a path (`astro build --base /emr-prep/`, a GitHub Pages project site):
 * every link and fetch of the shell goes through withBase, and the core's note HTML through
 * rebaseHtml (src/components/links.ts). The scan below fails on any root-relative URL written as a
 * literal in src/pages, src/components, src/layouts or src/islands, naming file:line and the fix —
 * so a new raw link breaks this test, not a student's bookmark.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rebaseHtml, withBase } from '../../../src/components/links.ts';
import { findRawUrls, formatRawUrls, scanShell, shellFiles } from './raw-urls.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('withBase', () => {
  it('puts a root-relative path below the base path, keeping query and hash', () => {
    expect(withBase('/quiz/', '/emr-prep/')).toBe('/emr-prep/quiz/');
    expect(withBase('/', '/emr-prep/')).toBe('/emr-prep/');
    expect(withBase('/quiz/?tags=service/emr&count=10', '/emr-prep/')).toBe('/emr-prep/quiz/?tags=service/emr&count=10');
    expect(withBase('/notes/spot/#q-1', '/emr-prep')).toBe('/emr-prep/notes/spot/#q-1');
    expect(withBase('/search/index.json', '/a/b/')).toBe('/a/b/search/index.json');
  });

  it('is the identity at the root, and leaves other URLs alone', () => {
    expect(withBase('/quiz/', '/')).toBe('/quiz/');
    expect(withBase('https://docs.aws.amazon.com/emr/', '/emr-prep/')).toBe('https://docs.aws.amazon.com/emr/');
    expect(withBase('//cdn.example/x.js', '/emr-prep/')).toBe('//cdn.example/x.js');
    expect(withBase('#q-1', '/emr-prep/')).toBe('#q-1');
  });

  it('defaults to the build’s base (vitest, like astro build without --base, runs at /)', () => {
    expect(withBase('/tags/')).toBe('/tags/');
  });
});

describe('rebaseHtml', () => {
  const html =
    '<p>See <a href="/notes/spot-instances/" class="note-link">Spot</a>, <a href="/notes/task/#q-abc" class="note-link">a question</a>, ' +
    '<a href="https://aws.amazon.com/emr/">AWS</a>, <a href="#q-1">below</a>, <a href="#" class="broken-link">gone</a> ' +
    'and <img src=\'/icons/icon.svg\' alt="">. <code>&#x3C;a href="/notes/x/"></code> <a title="a > b" href="/tags/">t</a> stays text.</p>';

  it('moves every root-relative href and src below the base path, nothing else', () => {
    expect(rebaseHtml(html, '/emr-prep/')).toBe(
      '<p>See <a href="/emr-prep/notes/spot-instances/" class="note-link">Spot</a>, <a href="/emr-prep/notes/task/#q-abc" class="note-link">a question</a>, ' +
        '<a href="https://aws.amazon.com/emr/">AWS</a>, <a href="#q-1">below</a>, <a href="#" class="broken-link">gone</a> ' +
        'and <img src=\'/emr-prep/icons/icon.svg\' alt="">. <code>&#x3C;a href="/notes/x/"></code> <a title="a > b" href="/emr-prep/tags/">t</a> stays text.</p>',
    );
  });

  it('is the identity at the root', () => {
    expect(rebaseHtml(html, '/')).toBe(html);
    expect(rebaseHtml(html)).toBe(html);
  });
});

describe('the raw-URL scan', () => {
  it('reports each kind of raw URL with file:line and the fix', () => {
    const source = [
      '---', // 1
      "import { noteHref } from '../components/links.ts';", // 2
      '---', // 3
      '<a href="/notes/">Notes</a>', // 4
      "<a href={'/'}>Home</a>", // 5
      '<form action="/search/" method="get"></form>', // 6
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Astro source text under test
      '<a href={`/quiz/?notes=${slug}`}>Quiz</a>', // 7
      '<div set:html={note.html} />', // 8
      '<script>', // 9
      "  fetch('/quiz/bank.json');", // 10
      "  const nav = [{ key: 'home', href: '/' }];", // 11
      '  history.replaceState(null, "", "/quiz/");', // 12
      '  el.innerHTML = q.stemHtml;', // 13
      '</script>', // 14
      "import { questionHref } from '../../core/site/urls.ts';", // 15
    ].join('\n');
    const found = findRawUrls('src/pages/example.astro', source);
    expect(found.map((f) => [f.line, f.found])).toEqual([
      [4, 'href="/notes/'],
      [5, "href={'/"],
      [6, 'action="/search/'],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Astro source text under test
      [7, 'href={`/quiz/?notes=${slug}'],
      [8, 'set:html={note.html}'],
      [10, "'/quiz/bank.json"],
      [11, "href: '/"],
      [12, '"/quiz/'],
      [13, '.innerHTML = q.stemHtml'],
      [15, "from '../../core/site/urls.ts'"],
    ]);
    expect(formatRawUrls(found)).toContain(
      "src/pages/example.astro:10: '/quiz/bank.json — wrap it in withBase(…) from src/components/links.ts",
    );
    expect(formatRawUrls(found)).toContain(
      'src/pages/example.astro:8: set:html={note.html} — core-rendered HTML holds root-relative links: insert rebaseHtml(html)',
    );
  });

  it('lets through URLs that are already based, comments, plain slashes and silenced lines', () => {
    const source = [
      '/** Served at `/quiz/bank.json` (see "/search/"). */',
      "const BANK_URL = withBase('/quiz/bank.json');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Astro source text under test
      '<a href={withBase(`/quiz/?notes=${slug}`)}>Quiz</a>',
      '<a href={noteHref(slug)} set:html={rebaseHtml(note.html)} />',
      '{/* <a href="/notes/"> */} <!-- <a href=\'/tags/\'> -->',
      "const parts = path.split('/').join('/'); // was '/notes/'",
      '<a href="https://docs.aws.amazon.com/emr/" data-x=\'//cdn\'>AWS</a>',
      "if (/^(INPUT|SELECT)$/.test(t.tagName) && e.key === '/') open(e);",
      '<svg><path d="M11 11l4 4"/></svg>',
      "el.innerHTML = '';",
      'const share = withBase(',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      '  `/quiz/?${params}`,',
      ');',
      "const legacy = '/old/'; // base-ok: compared with location.pathname of old bookmarks",
    ].join('\n');
    expect(formatRawUrls(findRawUrls('src/islands/example.ts', source))).toBe('');
  });

  it('scans the shell', () => {
    const files = shellFiles(ROOT);
    expect(files).toContain('src/layouts/Base.astro');
    expect(files).toContain('src/islands/quiz/bank-payload.ts');
    expect(files.length).toBeGreaterThan(30);
  });

  it('finds no raw root-relative URL in src/pages, src/components, src/layouts, src/islands', () => {
    const found = scanShell(ROOT);
    expect(
      found.length,
      `${found.length} URL(s) would break when the site is built with --base /emr-prep/ (GitHub Pages project site):\n${formatRawUrls(found)}\n`,
    ).toBe(0);
  });
});
