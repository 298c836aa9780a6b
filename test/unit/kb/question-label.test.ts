/**
 * The `**Question:**` label and the stem after it: a colon written after a bare label belongs to the
 * label (`**Question**: …`), a colon after a label that has its own is the stem's first character
 * (a GIFT import of a stem that starts with ":" writes `**Question:** : …`).
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/notes/parse-note.ts';

const ENCODING = { bom: false, crlf: false, invalidUtf8: 0, mojibake: null } as unknown as Parameters<typeof parseNote>[0]['encoding'];

function stemOf(questionLine: string): string | undefined {
  const text = `---\ntitle: T\ntags: [service/emr]\n---\n\n# T\n\n${questionLine}\n\n- A) one\n- B) two\n\n**Answer: A**\n`;
  return parseNote({ file: 'a.md', text, encoding: ENCODING }).note.blocks[0]?.question?.stem;
}

describe('question label', () => {
  it('takes the colon after a bare bold label as part of the label', () => {
    expect(stemOf('**Question**: Which node runs the NameNode?')).toBe('Which node runs the NameNode?');
    expect(stemOf('**문제**： 어느 노드인가?')).toBe('어느 노드인가?');
  });

  it('keeps a colon that starts the stem after a label with its own colon', () => {
    expect(stemOf('**Question:** : EMR stores what?')).toBe(': EMR stores what?');
    expect(stemOf('**Question:** Which node runs the NameNode?')).toBe('Which node runs the NameNode?');
  });
});
