/**
 * `emr-prep check --watch` on a temporary folder: saving a broken question reports it as new,
 * saving the fix (as editors do, by renaming a temporary file over the note) reports it as fixed, a
 * diagnostic that only moved is not reported again, and notes in a folder created later are watched.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffDiagnostics, watchCheck, type DiagnosticChange } from '../../../src/cli/watch.ts';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { contentFolder } from './helpers.ts';

/** A recent `checked:` date, so the fixture's source is never stale. */
const TODAY = new Date().toISOString().slice(0, 10);
const GOOD = `---\ntitle: Core nodes\ntags: [service/emr]\nsources:\n  - url: https://docs.aws.amazon.com/emr/\n    checked: ${TODAY}\n---\n\n# Core nodes\n\n**Question:** Which node type stores HDFS blocks?\n\n**Options:**\n\n- A) primary\n- B) core\n\n**Answer: B**\n\nExplanation:\n\n- **Option A** - no DataNode\n- **Option B** - DataNode\n`;
const BAD = GOOD.replace('**Answer: B**', '**Answer: E**');

function d(line: number, code = 'question/unknown-answer', message = 'm'): Diagnostic {
  return { file: 'a.md', line, column: 1, severity: 'error', code, message, hint: 'h' };
}

describe('diffDiagnostics', () => {
  it('reports what appeared and what went away, not what moved', () => {
    const before = [d(3, 'a'), d(9, 'b')];
    const after = [d(5, 'a'), d(12, 'c')];
    const { added, fixed } = diffDiagnostics(before, after);
    expect(added.map((x) => x.code)).toEqual(['c']);
    expect(fixed.map((x) => x.code)).toEqual(['b']);
  });
  it('counts repeats: two identical problems, one fixed, is one fixed', () => {
    const { added, fixed } = diffDiagnostics([d(1), d(2)], [d(1)]);
    expect(added).toEqual([]);
    expect(fixed).toHaveLength(1);
  });
});

describe('emr-prep check --watch', () => {
  it('prints the full check once, then only the new and the fixed diagnostics after each save', async () => {
    const dir = contentFolder({ 'notes/core.md': GOOD });
    const file = path.join(dir, 'notes', 'core.md');
    let out = '';
    const changes: DiagnosticChange[] = [];
    const controller = new AbortController();
    const io = { out: (t: string) => (out += t), err: (t: string) => (out += t) };
    const running = watchCheck({ content: dir, debounceMs: 50, signal: controller.signal, onCheck: (c) => changes.push(c) }, io);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    /** Saves, then waits until at least one re-check ran and none followed for 300 ms; returns them all. */
    const save = async (text: string, atomic = false) => {
      const since = changes.length;
      if (atomic) {
        // as vim and many editors save: write a temporary file, rename it over the note
        writeFileSync(`${file}.tmp~`, text);
        renameSync(`${file}.tmp~`, file);
      } else writeFileSync(file, text);
      for (let i = 0; i < 250 && changes.length === since; i += 1) await sleep(20);
      let seen = -1;
      while (seen !== changes.length) {
        seen = changes.length;
        await sleep(300);
      }
      const batch = changes.slice(since);
      return {
        added: batch.flatMap((c) => c.added),
        fixed: batch.flatMap((c) => c.fixed),
        files: [...new Set(batch.flatMap((c) => c.files))],
      };
    };
    // Wait for the first check and the watcher to be in place.
    for (let i = 0; i < 250 && !out.includes('watching'); i += 1) await sleep(20);
    expect(out).toMatch(/1 note, 1 question, \d+ tags: 0 errors, 0 warnings\nwatching /);

    const broken = await save(BAD);
    expect(broken.added.map((x) => x.code)).toEqual(['question/unknown-answer']);
    expect(broken.fixed).toEqual([]);
    expect(broken.files).toEqual(['notes/core.md']);
    expect(out).toMatch(
      /notes\/core\.md saved: 1 new, 0 fixed — 1 error, 0 warnings in total\n {2}new {4}.*notes\/core\.md:18:1 error question\/unknown-answer the answer key E is not among the options \(A, B\)\n {9}hint: /,
    );

    // Text added above the broken line moves it; that is no news.
    const moved = await save(BAD.replace('# Core nodes\n', '# Core nodes\n\nAn intro paragraph.\n'));
    expect(moved.added).toEqual([]);
    expect(moved.fixed).toEqual([]);
    expect(out).toMatch(/saved: no change — 1 error/);

    const fixed = await save(GOOD, true);
    expect(fixed.added).toEqual([]);
    expect(fixed.fixed.map((x) => x.code)).toEqual(['question/unknown-answer']);
    expect(out).toMatch(
      /saved: 0 new, 1 fixed — 0 errors, 0 warnings in total\n {2}fixed {2}.*notes\/core\.md:20:1 error question\/unknown-answer/,
    );

    // A note in a new folder is watched too.
    mkdirSync(path.join(dir, 'notes', 'week2'));
    await sleep(200);
    const since = changes.length;
    writeFileSync(path.join(dir, 'notes', 'week2', 'other.md'), BAD.replace('Core nodes', 'Other'));
    for (let i = 0; i < 250 && !changes.slice(since).some((c) => c.added.length > 0); i += 1) await sleep(20);
    expect(
      changes
        .slice(since)
        .flatMap((c) => c.added)
        .map((x) => `${x.file} ${x.code}`),
    ).toEqual(['notes/week2/other.md question/unknown-answer']);
    await sleep(400);

    // Files that are not notes do not trigger a re-check.
    const count = changes.length;
    writeFileSync(path.join(dir, 'notes', 'scratch.json'), '{}');
    await sleep(300);
    expect(changes.length).toBe(count);

    controller.abort();
    expect(await running).toBe(1); // the note in week2 is still broken
  });
});
