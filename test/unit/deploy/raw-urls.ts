/**
 * Finds URLs in the site's shell (src/pages, src/components, src/layouts, src/islands) that would
 * break below a base path (`astro build --base /emr-prep/`): a root-relative URL written as a
 * literal (`href="/notes/"`, `'/quiz/bank.json'`, `fetch('/calculator/…')`), core-rendered HTML
 * inserted without `rebaseHtml` (`set:html={note.html}`, `el.innerHTML = q.stemHtml`).
 *
 * A line scanner, not a parser: comments are blanked first (keeping line numbers), then each line
 * is matched against the patterns below. A false alarm is silenced by the comment `base-ok: <why>`
 * on the same line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One raw URL: where it is, what was found and how to fix it. */
export interface RawUrl {
  /** Path relative to the project root, `/`-separated. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** The text that matched. */
  found: string;
  /** What to write instead. */
  fix: string;
}

/** The folders of the Astro shell. */
export const SHELL_DIRS = ['src/pages', 'src/components', 'src/layouts', 'src/islands'] as const;
/** The one module allowed to write root-relative paths: it defines withBase. */
export const HELPER_FILE = 'src/components/links.ts';
const EXTENSIONS = /\.(astro|ts|tsx|js|mjs|jsx)$/;
const SILENCE = /base-ok\b/;

const FIX_LINK = "wrap it in withBase(…) from src/components/links.ts: href={withBase('/quiz/')}, fetch(withBase('/quiz/bank.json'))";
const FIX_HTML =
  'core-rendered HTML holds root-relative links: insert rebaseHtml(html) (src/components/links.ts) or use trustedHtml (src/islands/shared/dom.ts)';

/** Same text with comments (`/* *\/`, `//`, `<!-- -->`) replaced by spaces, newlines kept. */
export function blankComments(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[\s;,{}()])\/\/.*$/gm, (m, lead: string) => lead + blank(m.slice(lead.length)));
}

interface Rule {
  pattern: RegExp;
  fix: string;
  /** Matches to let through, given the code before the match (and the line before, when the match starts its line). */
  allow?: (before: string) => boolean;
}

const RULES: Rule[] = [
  // An attribute or `href:` property set to a root-relative literal, including the home page `'/'`:
  // href="/…", action='/…', src={'/…'}, href={`/…`}, { href: '/' }.
  {
    pattern: /\b(?:href|src|action|formaction|poster|data-client)\s*(?:=\s*\{?|:)\s*(["'`])\/(?!\/)[^"'`\s]*/g,
    fix: FIX_LINK,
  },
  // Any string literal that starts with a path: '/quiz/bank.json', `/notes/${slug}/`, "/search/?q=".
  // Not `'/'` alone (split('/'), join('/')) and not `//host`.
  {
    pattern: /(["'`])\/(?![/*\s])[\w%.~?#=&$-][^"'`\s]*/g,
    fix: FIX_LINK,
    allow: (before) => /withBase\(\s*$/.test(before),
  },
  // The core's URL scheme (src/core/site/urls.ts) is base-agnostic: the shell uses links.ts's wrappers.
  {
    pattern: /from\s+['"][./]*core\/site\/urls\.ts['"]/g,
    fix: 'import noteHref/tagHref/questionHref from src/components/links.ts instead: they add the base path',
  },
  // Core HTML inserted as is.
  {
    pattern: /set:html=\{(?!\s*rebaseHtml\()([^}]*html[^}]*)\}/gi,
    fix: FIX_HTML,
  },
  {
    pattern: /\.(?:innerHTML|outerHTML)\s*=(?!\s*(?:rebaseHtml\(|''|""|``))[^;]*/g,
    fix: FIX_HTML,
  },
  {
    pattern: /\.insertAdjacentHTML\(/g,
    fix: FIX_HTML,
  },
];

/** Raw URLs in one file's text. */
export function findRawUrls(file: string, source: string): RawUrl[] {
  if (file === HELPER_FILE) return [];
  const raw = source.split('\n');
  const lines = blankComments(source).split('\n');
  const out: RawUrl[] = [];
  lines.forEach((line, i) => {
    if (SILENCE.test(raw[i] ?? '')) return;
    const seen = new Set<number>();
    for (const rule of RULES) {
      for (const m of line.matchAll(rule.pattern)) {
        const match = m as RegExpExecArray;
        if (seen.has(match.index)) continue;
        const head = line.slice(0, match.index);
        if (rule.allow?.(/\S/.test(head) ? head : `${lines[i - 1] ?? ''}${head}`)) continue;
        seen.add(match.index);
        // The string-literal rule also sees the literal an attribute rule already reported.
        for (let k = match.index; k < match.index + match[0].length; k++) seen.add(k);
        out.push({ file, line: i + 1, found: match[0].trim(), fix: rule.fix });
      }
    }
  });
  return out;
}

/** Every shell source file under `root`, relative and `/`-separated. */
export function shellFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (EXTENSIONS.test(entry.name)) out.push(rel);
    }
  };
  for (const dir of SHELL_DIRS) walk(dir);
  return out.sort();
}

/** Raw URLs in every shell file under `root`. */
export function scanShell(root: string): RawUrl[] {
  return shellFiles(root).flatMap((file) => findRawUrls(file, readFileSync(path.join(root, file), 'utf8')));
}

/** One line per raw URL: `file:line: found — fix`. */
export function formatRawUrls(found: readonly RawUrl[]): string {
  return found.map((r) => `${r.file}:${r.line}: ${r.found} — ${r.fix}`).join('\n');
}
