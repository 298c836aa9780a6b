/**
 * A clean build failure (issue 12): `astro build` of a content folder with an error prints the
 * error once in the `emr-prep check` format, then one line saying nothing was published and how to
 * see the rest — no stack trace, plurals right. An integration test: one real `astro build` of a
 * one-note folder (about 25 s), which stops at the content loader before rendering any page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../../helpers/astro-build.ts';

const BAD = `---\ntitle: Bad\ntags: [service/emr]\n---\n\n# Bad\n\n**Question:** Which node stores HDFS data?\n\n**Options:**\n\n- A) core\n- B) task\n\n**Answer: E**\n\nExplanation:\n\n- **Option A** - a\n- **Option B** - b\n`;

describe('a build with a content error', () => {
  it('prints the error once, then one line that nothing was published, with no stack trace', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-build-fail-'));
    try {
      writeFileSync(path.join(dir, 'bad.md'), BAD);
      const run = astroBuild(['--outDir', path.join(dir, 'dist')], { EMR_PREP_CONTENT: dir });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).toBe(1);
      const errorLine = /bad\.md:15:1 error question\/unknown-answer the answer key E is not among the options \(A, B\)/g;
      expect(output.match(errorLine), output).toHaveLength(1);
      expect(output).toContain('1 note, 0 questions');
      expect(output).toContain(': 1 error, ');
      expect(output).toMatch(/Nothing was published: 1 content error must be fixed first\. `npm run dev` shows them/);
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toMatch(/1 notes|1 errors/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
