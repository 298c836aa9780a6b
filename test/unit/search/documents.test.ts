/** What search indexes of a note: the rendered body as text with words kept apart, and one entry per note, question and tag. */
import { describe, expect, it } from 'vitest';
import { htmlToText, searchEntriesFromKnowledgeBase } from '../../../src/core/search/documents.ts';
import { kbFromFiles } from '../../helpers/kb.ts';
import { TEST_URLS } from './helpers.ts';

describe('htmlToText', () => {
  it('keeps table cells, list items and blocks apart (Markdown plain text glues cells: 제약출처Apache)', () => {
    const html =
      '<table><tr><th>제약</th><th>출처</th></tr><tr><td>Apache Hive</td><td>EMR 문서</td></tr></table><ul><li>하나</li><li>둘</li></ul><p>끝&#x26;<code>x&lt;y</code></p>';
    const text = htmlToText(html);
    expect(text).not.toMatch(/제약출처|출처Apache|Hive EMR문서|하나둘/);
    expect(text.split('\n')).toEqual(['제약 · 출처', 'Apache Hive · EMR 문서', '하나', '둘', '끝&x<y']);
  });
});

describe('search entries', () => {
  const kb = kbFromFiles({
    'a.md':
      '---\ntitle: 스팟 노드\ntags: [node/task]\naliases: [spot-nodes]\n---\n\n# 스팟 노드\n\n## 핵심 포인트\n\n요약이다.\n\n## 설명\n\n### 회수\n\n본문이다.\n\n## 관련 문제\n\n**Question:** Which node?\n\n**Options:**\n\n- A) task\n- B) core\n\n**Answer: A**\n',
  });
  const entries = searchEntriesFromKnowledgeBase(kb, TEST_URLS);
  it('gives a note its title, aliases, tags, key point, headings and body; the question its stem; the tag its labels', () => {
    expect(entries.map((e) => e.kind)).toEqual(['note', 'question', 'tag', 'tag']);
    const note = entries[0]!;
    expect(note.fields).toMatchObject({ title: ['스팟 노드'], alias: ['spot-nodes'], keyPoint: ['요약이다.'], heading: ['회수'] });
    expect(note.fields.body![0]).toContain('본문이다.');
    expect(note.fields.body![0]).not.toContain('Which node');
    expect(entries[1]!).toMatchObject({ kind: 'question', title: '스팟 노드', fields: { stem: ['Which node?'] } });
    expect(entries[1]!.href).toMatch(/^\/notes\/a\/#q-a-/);
  });
});
