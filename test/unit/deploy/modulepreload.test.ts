import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addModulePreloads, staticImports } from '../../../src/site/modulepreload.ts';

describe('modulepreload links (issue 16 item 4)', () => {
  it('reads static imports and re-exports of a bundled chunk, not dynamic imports', () => {
    const code = 'import{a as b}from"./links.X.js";import"./side.Y.js";export{c}from"./c.Z.js";const m=()=>import("./lazy.W.js");';
    expect(staticImports(code)).toEqual(['./links.X.js', './side.Y.js', './c.Z.js']);
  });

  it('preloads every chunk a page script imports, transitively and once, under the base path', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'emr-prep-mp-'));
    writeFileSync(path.join(dir, 'entry.js'), 'import{a}from"./a.js";import{b}from"./b.js";a(b);');
    writeFileSync(path.join(dir, 'a.js'), 'import{b}from"./b.js";export const a=b;import("./lazy.js");');
    writeFileSync(path.join(dir, 'b.js'), 'export const b=1;');
    const resolve = (url: string) => (url.startsWith('/emr-prep/_astro/') ? path.join(dir, url.slice('/emr-prep/_astro/'.length)) : null);
    const html =
      '<html><head><meta charset="utf-8"><title>x</title><style>/* the page styles */</style></head><body><p>q</p><script type="module" src="/emr-prep/_astro/entry.js"></script></body></html>';
    const out = addModulePreloads(html, resolve);
    // The entry and its imports, at the start of the head: before the inline styles, which delayed the
    // discovery of the script tag at the end of the body on a slow phone.
    expect(out).toContain(
      '<head><meta charset="utf-8"><link rel="modulepreload" href="/emr-prep/_astro/entry.js"><link rel="modulepreload" href="/emr-prep/_astro/a.js"><link rel="modulepreload" href="/emr-prep/_astro/b.js"><title>x</title>',
    );
    expect(out).not.toContain('lazy.js');
    // No charset: right after <head>.
    expect(addModulePreloads(html.replace('<meta charset="utf-8">', ''), resolve)).toContain(
      '<head><link rel="modulepreload" href="/emr-prep/_astro/entry.js">',
    );
    // A fragment without a head: the links go just before the first entry.
    const fragment = '<p>q</p><script type="module" src="/emr-prep/_astro/entry.js"></script>';
    expect(addModulePreloads(fragment, resolve)).toMatch(
      /^<p>q<\/p><link rel="modulepreload" href="\/emr-prep\/_astro\/entry.js"><link rel="modulepreload" href="\/emr-prep\/_astro\/a.js">.*<script type="module"/,
    );
    // Run twice (a rebuild over the same folder): nothing is added again.
    expect(addModulePreloads(out, resolve)).toBe(out);
  });

  it('leaves a page without module scripts, or with scripts of another origin, unchanged', () => {
    const resolve = () => null;
    const plain = '<html><body><p>no script</p></body></html>';
    expect(addModulePreloads(plain, resolve)).toBe(plain);
    const other = '<script type="module" src="https://cdn.example/x.js"></script>';
    expect(addModulePreloads(other, resolve)).toBe(other);
  });
});
