/**
 * What `npm run dev` shows in the browser's error overlay for content errors: the count, every error
 * as file:line:col code — message, the first one's hint, and its location for the code frame (given
 * relative to the project root, since Astro joins paths outside the root onto it). No errors, no
 * overlay. (The overlay itself was checked in Chromium against a running dev server; see the report.)
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { overlayError } from '../../../src/site/kb-loader.ts';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';

const diag = (file: string, line: number, severity: 'error' | 'warning', code: string, message: string): Diagnostic => ({
  file,
  line,
  column: 1,
  severity,
  code,
  message,
  hint: `fix ${code}`,
});

describe('overlayError', () => {
  const root = '/home/author/project';
  const dir = '/elsewhere/notes';

  it('lists the errors (not the warnings) with file and line, and points the code frame at the first', () => {
    const err = overlayError(
      {
        dir,
        failure: null,
        diagnostics: [
          diag('a.md', 3, 'warning', 'note/untagged', 'no tags'),
          diag('b.md', 15, 'error', 'question/unknown-answer', 'the answer key E is not among the options (A, B)'),
          diag('c/d.md', 5, 'error', 'frontmatter/invalid-yaml', 'does not parse'),
        ],
      },
      root,
    )!;
    expect(err.title).toBe('2 content errors in the notes');
    const lines = err.message.split('\n');
    expect(lines[0]).toMatch(/^2 content errors — the broken notes and questions are left out of the site until fixed/);
    expect(lines.slice(1).map((l) => l.replace(/^.*?(b\.md|c\/d\.md)/, '$1'))).toEqual([
      'b.md:15:1 question/unknown-answer — the answer key E is not among the options (A, B)',
      'c/d.md:5:1 frontmatter/invalid-yaml — does not parse',
    ]);
    expect(err.message).not.toContain('note/untagged');
    expect(err.hint).toMatch(/b\.md:15:1 question\/unknown-answer: fix question\/unknown-answer$/);
    expect(err.loc).toEqual({ file: path.relative(root, '/elsewhere/notes/b.md'), line: 15, column: 1 });
    expect(path.join(root, err.loc!.file)).toBe('/elsewhere/notes/b.md');
  });

  it('shows nothing when there are only warnings', () => {
    expect(overlayError({ dir, failure: null, diagnostics: [diag('a.md', 1, 'warning', 'note/untagged', 'x')] }, root)).toBeNull();
  });

  it('says so when the content folder itself cannot be read', () => {
    const err = overlayError({ dir, failure: 'ENOENT: no such file or directory', diagnostics: [] }, root)!;
    expect(err.message).toContain('ENOENT');
    expect(err.hint).toMatch(/EMR_PREP_CONTENT/);
  });

  it('caps a long list and says how many more there are', () => {
    const many = Array.from({ length: 20 }, (_, i) => diag(`n${i}.md`, i + 1, 'error', 'link/unresolved', 'x'));
    const err = overlayError({ dir, failure: null, diagnostics: many }, root)!;
    expect(err.message.split('\n')).toHaveLength(1 + 12 + 1);
    expect(err.message).toMatch(/… and 8 more \(run `npx emr-prep check`\)$/);
  });
});
