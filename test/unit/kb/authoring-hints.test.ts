/**
 * Two mistakes instructors make that the checks name with the fix to type: a date written the
 * Korean or slash way (`2026. 12. 5.`, `2026/12/05`), and an answer key in lower case (`a`).
 * Both stay errors: the note's text is never rewritten.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import { isoFromLooseDate } from '../../../src/core/notes/frontmatter/dates.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function check(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-hints-'));
  made.push(dir);
  writeFileSync(path.join(dir, 'a.md'), text);
  return (await loadKnowledgeBase(dir)).diagnostics;
}

describe('isoFromLooseDate', () => {
  it.each([
    ['2026/12/05', '2026-12-05'],
    ['2026.12.05', '2026-12-05'],
    ['2026. 12. 5.', '2026-12-05'],
    ['2026년 12월 5일', '2026-12-05'],
    ['20261205', '2026-12-05'],
    [20261205, '2026-12-05'],
  ])('%s → %s', (written, iso) => {
    expect(isoFromLooseDate(written)).toBe(iso);
  });

  it.each([['2026/02/30'], ['12/05/2026'], ['next week'], [''], [null]])('%s → nothing', (written) => {
    expect(isoFromLooseDate(written)).toBeNull();
  });
});

describe('the messages', () => {
  const note = (created: string, answer: string) =>
    `---\ntitle: A\ntags: [node/core]\ncreated: ${created}\n---\n\n# A\n\n## 🎯 핵심 포인트\n\nText.\n\n## 📝 관련 문제\n\n**Question:** Which?\n\n- A. One\n- B. Two\n\n**Answer:** ${answer}\n\n**Explanation:**\n- A: yes.\n- B: no.\n`;

  it('a date written 2026. 12. 5. is an error that says how to write it, at its line', async () => {
    const d = (await check(note('2026. 12. 5.', 'A'))).find((x) => x.code === 'frontmatter/invalid-field')!;
    expect(d.line).toBe(4);
    expect(d.message).toBe('frontmatter created: must be a date like 2025-08-21: write 2026-12-05');
  });

  it('a date that is no date keeps the plain message', async () => {
    const d = (await check(note('soon', 'A'))).find((x) => x.code === 'frontmatter/invalid-field')!;
    expect(d.message).toBe('frontmatter created: must be a date like 2025-08-21');
  });

  it.each([
    ['a', 'A'],
    ['b, a', 'A, B'],
    ['(b)', 'B'],
  ])('an answer key "%s" is an error whose hint writes it in capitals (%s)', async (written, capitals) => {
    const d = (await check(note('2026-12-05', written))).find((x) => x.code === 'question/unknown-answer')!;
    expect(d.message).toBe(`the answer line "${written}" does not start with an option letter — option letters are capitals`);
    expect(d.hint).toBe(`Write the key in capitals: \`**Answer:** ${capitals}\`.`);
  });

  it('an answer line that is a sentence gets no capitals hint', async () => {
    const d = (await check(note('2026-12-05', 'a core node'))).find((x) => x.code === 'question/unknown-answer')!;
    expect(d.message).toBe('the answer line "a core node" does not start with an option letter');
    expect(d.hint).toBe('Key one of the option letters the question has.');
  });
});
