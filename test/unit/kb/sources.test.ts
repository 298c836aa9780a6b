/**
 * Sources (issue 12): the frontmatter `sources:` field (zod schema, located diagnostics), the merged
 * list the note page shows (frontmatter + the author's own sources section + other links, each URL
 * once), the freshness warnings, and `emr-prep sources`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { kbFromFiles } from '../../helpers/kb.ts';

const REGISTRY = `service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: Amazon EMR\n  en: Amazon EMR\n`;
const POLICY = { today: '2026-12-03', maxAgeDays: 365 };
const GUIDE = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html';

const NOTE = `---
title: Instances
tags: [service/emr]
sources:
  - url: ${GUIDE}
    title: EMR Management Guide – Instance configuration guidelines
    checked: 2026-12-03
---

# Instances

Core nodes hold HDFS ([guide](${GUIDE}#core)) and see [Spark](https://spark.apache.org/docs/latest/).

## 출처

- [Instance guidelines](${GUIDE})
- [EMR release guide](https://docs.aws.amazon.com/emr/latest/ReleaseGuide/)
`;

describe('frontmatter sources', () => {
  it('merges frontmatter sources, the author section and other links, each URL once, and drops the section from the body', () => {
    const kb = kbFromFiles({ 'a.md': NOTE }, REGISTRY, POLICY);
    expect(kb.diagnostics).toEqual([]);
    const note = kb.notes[0]!;
    expect(note.references.map((r) => [r.url, r.title, r.checked, r.origin])).toEqual([
      [GUIDE, 'EMR Management Guide – Instance configuration guidelines', '2026-12-03', 'frontmatter'],
      ['https://docs.aws.amazon.com/emr/latest/ReleaseGuide/', 'EMR release guide', null, 'section'],
      ['https://spark.apache.org/docs/latest/', null, null, 'body'],
    ]);
    expect(note.html).not.toContain('출처');
    expect(note.html).toContain('Core nodes hold HDFS');
  });

  it('reports a wrong field at its line, in the one zod format', () => {
    const text = `---\ntitle: A\ntags: [service/emr]\nsources:\n  - url: ${GUIDE}\n    checked: 2026-12-03\n  - url: docs.aws.amazon.com/emr\n    checked: last week\n---\n\n# A\n`;
    const found = kbFromFiles({ 'a.md': text }, REGISTRY).diagnostics.filter((d) => d.code === 'frontmatter/invalid-field');
    expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toMatchInlineSnapshot(`
      [
        "7:10 frontmatter sources[1].url: must be an http(s) URL like https://docs.aws.amazon.com/emr/…",
        "8:14 frontmatter sources[1].checked: must be a date like 2026-12-03",
      ]
    `);
  });

  it('warns on a note without sources, a stale or undated source, and a URL listed twice', () => {
    const stale = `---\ntitle: A\ntags: [service/emr]\nsources:\n  - url: ${GUIDE}\n    checked: 2025-11-30\n  - url: https://docs.aws.amazon.com/emr/\n  - url: ${GUIDE}/\n    checked: 2026-12-01\n---\n\n# A\n`;
    const kb = kbFromFiles({ 'a.md': stale, 'b.md': '---\ntitle: B\ntags: [service/emr]\n---\n\n# B\n' }, REGISTRY, POLICY);
    expect(kb.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'a.md:5 source/stale',
      'a.md:7 source/stale',
      'a.md:8 source/duplicate-url',
      'b.md:1 source/missing',
    ]);
    expect(kb.diagnostics[0]!.message).toContain('368 days ago');
    // 368 days is fine with a longer allowed age
    const lenient = kbFromFiles({ 'a.md': stale }, REGISTRY, { ...POLICY, maxAgeDays: 400 });
    expect(lenient.diagnostics.filter((d) => d.message.includes('days ago'))).toEqual([]);
  });
});

describe('emr-prep sources', () => {
  it('lists every URL with the notes and questions resting on it, as text and JSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-sources-'));
    try {
      writeFileSync(path.join(dir, 'tags.yml'), REGISTRY);
      writeFileSync(
        path.join(dir, 'a.md'),
        `${NOTE}\n## Questions\n\n**Question:** Which node stores HDFS data?\n\n**Options:**\n\n- A) core\n- B) task\n\n**Answer: A**\n\nExplanation:\n\n- **Option A** - yes\n- **Option B** - no\n`,
      );
      let out = '';
      expect(await main(['sources', '--content', dir, '--json'], { out: (t) => (out += t), err: () => {} })).toBe(0);
      const { sources } = JSON.parse(out) as {
        sources: Array<{ url: string; checked: string | null; notes: unknown[]; questions: string[] }>;
      };
      const guide = sources.find((s) => s.url === GUIDE)!;
      expect(guide.checked).toBe('2026-12-03');
      expect(guide.notes).toEqual([{ slug: 'a', file: 'a.md', origin: 'frontmatter', checked: '2026-12-03' }]);
      expect(guide.questions).toHaveLength(1);
      out = '';
      await main(['sources', '--content', dir], { out: (t) => (out += t), err: () => {} });
      expect(out).toContain(
        `${GUIDE}\n  title: EMR Management Guide – Instance configuration guidelines\n  checked: 2026-12-03\n  note a (a.md, checked 2026-12-03)\n  1 question:`,
      );
      expect(out).toMatch(/3 sources \(1 under sources:\) in 1 note\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
