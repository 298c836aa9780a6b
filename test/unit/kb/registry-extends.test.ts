/**
 * A content folder's tags.yml extends the bundled registry (issue 12): following the
 * `tag/unregistered` hint (add the tag to tags.yml) no longer makes every bundled tag unregistered;
 * `_bundled: false` opts out; the hint names the file to edit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/reader.ts';

const note = (tags: string) => `---\ntitle: A\ntags: [${tags}]\n---\n\n# A\n\nText.\n`;
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-registry-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
const unregistered = async (d: string) =>
  (await loadKnowledgeBase(d)).diagnostics.filter((x) => x.code === 'tag/unregistered').map((x) => x.message.match(/"([^"]+)"/)![1]);

describe('tags.yml extends the bundled registry', () => {
  it('a folder registry adds its tags to the bundled ones, and its labels win', async () => {
    const d = folder({
      'a.md': note('node/core, course/week-1'),
      'tags.yml':
        'course:\n  ko: 강의\n  en: Course\ncourse/week-1:\n  ko: 1주차\n  en: Week 1\nnode/core:\n  ko: 코어\n  en: Core (ours)\n',
    });
    expect(await unregistered(d)).toEqual([]);
    const kb = await loadKnowledgeBase(d);
    expect(kb.tags.find((t) => t.path === 'node/core')!.label.en).toBe('Core (ours)');
    expect(kb.tags.find((t) => t.path === 'course/week-1')!.label.ko).toBe('1주차');
  });

  it('`_bundled: false` opts out: only the folder registry counts', async () => {
    const d = folder({
      'a.md': note('node/core, course/week-1'),
      'tags.yml': '_bundled: false\ncourse:\n  ko: 강의\n  en: Course\ncourse/week-1:\n  ko: 1주차\n  en: Week 1\n',
    });
    expect(await unregistered(d)).toEqual(['node/core']);
  });

  it('the hint of tag/unregistered names the file to edit', async () => {
    const d = folder({ 'a.md': note('course/week-2'), 'tags.yml': 'course:\n  ko: 강의\n  en: Course\n' });
    const hint = (await loadKnowledgeBase(d)).diagnostics.find((x) => x.code === 'tag/unregistered')!.hint;
    expect(hint).toContain('Add "course/week-2" to tags.yml');
    const bare = folder({ 'a.md': note('course/week-2') });
    expect((await loadKnowledgeBase(bare)).diagnostics.find((x) => x.code === 'tag/unregistered')!.hint).toContain(
      'tags.yml (create it in the content folder)',
    );
  });
});
