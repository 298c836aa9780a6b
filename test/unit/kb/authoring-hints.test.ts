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

describe('options written as lines', () => {
  const block = (options: string) =>
    `---\ntitle: A\ntags: [node/task]\ncreated: 2026-12-05\n---\n\n# A\n\n## 🎯 핵심 포인트\n\nText.\n\n## 📝 관련 문제\n\n**문제:** 태스크 노드에 대한 설명으로 옳은 것은?\n\n${options}\n\n**정답:** B\n\n**해설:**\n- A) 코어 노드의 역할이다.\n- B) 맞다.\n`;

  it('is one error at the paragraph that says to make them list items, without an error per answer key and bullet', async () => {
    const ds = (await check(block('A) HDFS DataNode를 실행한다\nB) HDFS를 실행하지 않는다'))).filter((x) => x.severity === 'error');
    expect(ds.map((x) => [x.code, x.line])).toEqual([['question/too-few-options', 17]]);
    expect(ds[0]!.message).toBe(
      'the options are written as lines ("A) HDFS DataNode를 실행한다" …), which Markdown joins into one paragraph: the question has 0 options',
    );
    expect(ds[0]!.hint).toBe('Make each option a list item: start every option line with "- " (`- A) …`, `- B) …`).');
  });

  it('as list items, the same question is published', async () => {
    expect(
      (await check(block('- A) HDFS DataNode를 실행한다\n- B) HDFS를 실행하지 않는다'))).filter((x) => x.severity === 'error'),
    ).toEqual([]);
  });

  it('a stem paragraph of two lines, one starting "A)", is not taken for options', async () => {
    const ds = (await check(block('A) 하나뿐인 줄\n그리고 다른 줄'))).filter((x) => x.code === 'question/too-few-options');
    expect(ds[0]!.message).toBe('the question has 0 options; it needs at least two');
  });
});
