/**
 * `<link rel="modulepreload">` for the chunks a page's module scripts import (issue 16 item 4).
 *
 * Astro bundles each page's `<script>` into an entry file that imports shared chunks, but writes
 * only the entry into the HTML: the browser learns of the chunks when the entry has arrived, one
 * round trip later (562.5 ms on DevTools' "Fast 3G"). Neither Astro 5 nor Vite has an option for
 * this (Vite's `build.modulePreload` acts on Vite's own HTML entries and on dynamic imports only),
 * so after the build this integration reads every built page, follows the static imports of its
 * module scripts (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; dynamic
 * `import()` is left alone: those chunks are loaded on demand) and writes one modulepreload link per
 * entry and chunk at the start of the page's head, so the entry and all its imports download in one
 * round, as soon as the first kilobyte of the page has arrived.
 *
 * Must run before the PWA integration's `astro:build:done` (listed before it in astro.config.mjs), so
 * the service worker's precache revisions are computed from the pages as finally written.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** `<script type="module" src="…">` (attribute order as Astro writes it, or reversed). */
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g;
/** Static imports and re-exports of a relative specifier in a bundled chunk (not `import(…)`). */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/**
 * The relative static imports of a bundled JavaScript module, in order of appearance.
 * @param code the module's source as Rollup wrote it.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

/**
 * Adds modulepreload links to one page's HTML.
 *
 * @param html the page as built.
 * @param resolveFile maps a script URL path (e.g. `/emr-prep/_astro/x.js`) to its file in the out
 *   folder, or null when it is not one of ours (another origin, a missing file).
 * @param importsOf the relative static imports of a chunk file (default: read and scanned each
 *   time; the build passes a memo, as a thousand pages import the same few chunks).
 * @returns the HTML with one `<link rel="modulepreload" href="…">` per module script of ours and
 *   per chunk they import (transitively, each once; entries first), written at the start of the head
 *   (after `<meta charset>`; before the first entry when there is no head); unchanged when there is
 *   nothing to add or the page already has modulepreload links.
 */
export function addModulePreloads(
  html: string,
  resolveFile: (urlPath: string) => string | null,
  importsOf: (file: string) => string[] = (file) => staticImports(readFileSync(file, 'utf8')),
): string {
  if (html.includes('rel="modulepreload"')) return html;
  const entries = [...html.matchAll(MODULE_SCRIPT)];
  if (entries.length === 0) return html;
  const seen = new Set<string>();
  const order: string[] = [];
  // The entries first: a page's script tag sits at the end of its body, after the page's inline
  // styles, and Chromium found it ~0.3–0.6 s after the head's links on a slow phone.
  for (const m of entries) {
    const url = m[1]!;
    if (!url.startsWith('/') || seen.has(url) || !resolveFile(url)) continue;
    seen.add(url);
    order.push(url);
  }
  const visit = (urlPath: string) => {
    const file = resolveFile(urlPath);
    if (!file) return;
    for (const spec of importsOf(file)) {
      const dep = new URL(spec, `http://x${urlPath}`).pathname;
      if (seen.has(dep)) continue;
      seen.add(dep);
      order.push(dep);
      visit(dep);
    }
  };
  for (const url of [...order]) visit(url);
  if (order.length === 0) return html;
  const links = order.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
  const at = insertionPoint(html, entries[0]!.index!);
  return html.slice(0, at) + links + html.slice(at);
}

/**
 * Where the links go: right after the head's `<meta charset>` (or its opening tag), before the
 * page's inline styles, so the browser's preload scanner meets them in the first kilobyte; in a
 * fragment without a head, just before the first entry (`firstEntry`).
 */
function insertionPoint(html: string, firstEntry: number): number {
  const head = /<head\b[^>]*>/i.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!head || headEnd < 0) return firstEntry;
  const charset = /<meta charset="[^"]*">/i.exec(html.slice(head.index, headEnd));
  return charset ? head.index + charset.index + charset[0].length : head.index + head[0].length;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...htmlFiles(file));
    else if (name.endsWith('.html')) out.push(file);
  }
  return out;
}

/** The Astro integration: after the build, modulepreload links in every page (respects `base`). */
export function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'emr-prep:modulepreload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const resolveFile = (urlPath: string): string | null => {
          if (!urlPath.startsWith(base)) return null;
          const file = path.join(out, decodeURIComponent(urlPath.slice(base.length)));
          return file.startsWith(out) && existsSync(file) ? file : null;
        };
        const imports = new Map<string, string[]>();
        const importsOf = (file: string): string[] => {
          let found = imports.get(file);
          if (!found) imports.set(file, (found = staticImports(readFileSync(file, 'utf8'))));
          return found;
        };
        let pages = 0;
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const next = addModulePreloads(html, resolveFile, importsOf);
          if (next !== html) {
            writeFileSync(file, next);
            pages += 1;
          }
        }
        logger.info(`modulepreload links written in ${pages} pages`);
      },
    },
  };
}
