/**
 * Navigating a long note (issue 10): every heading has a stable GitHub-style id (Korean kept),
 * `[[slug#heading]]` and `[[alias#heading]]` land on the heading, a heading that does not exist is
 * `link/unknown-heading` at the link's line:column; notes written for other tools read well
 * (Pandoc attributes dropped, a plain .txt note keeps its line breaks).
 */
import { describe, expect, it } from 'vitest';
import { kbFromFiles } from '../../helpers/kb.ts';

const REGISTRY = 'service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: Amazon EMR\n  en: Amazon EMR\n';
const fm = (title: string, extra = '') => `---\ntitle: ${title}\ntags: [service/emr]\n${extra}---\n\n# ${title}\n\n`;

const TARGET =
  fm('Core nodes', 'aliases: [core]\n') +
  '## 🎯 핵심 포인트\n\nKey.\n\n## 📝 설명\n\nText.\n\n### Spot 인스턴스와 코어 노드\n\nA.\n\n### Spot 인스턴스와 코어 노드\n\nB.\n\n## HDFS (복제 계수)\n\nC.\n';

describe('heading ids', () => {
  it('are GitHub-style: lowercase, emoji and punctuation dropped, Hangul kept, repeats numbered', () => {
    const kb = kbFromFiles({ 'core-nodes.md': TARGET }, REGISTRY);
    const note = kb.notes[0]!;
    expect(note.sections.map((s) => s.id)).toEqual([
      'key-point',
      '-설명',
      'spot-인스턴스와-코어-노드',
      'spot-인스턴스와-코어-노드-1',
      'hdfs-복제-계수',
    ]);
    expect(note.html).toContain('<h3 id="spot-인스턴스와-코어-노드">');
    expect(note.html).toContain('<h3 id="spot-인스턴스와-코어-노드-1">');
    expect(note.html).not.toContain('user-content-');
  });

  it('never take an id the note page uses itself', () => {
    const kb = kbFromFiles({ 'a.md': `${fm('A')}## Related\n\nx\n\n## Questions\n\nNot a question block, just text.\n` }, REGISTRY);
    expect(kb.notes[0]!.sections.map((s) => s.id)).toEqual(['related-1', 'questions-1']);
  });
});

describe('heading links', () => {
  const linking = `${fm('Task nodes')}See [[core-nodes#Spot 인스턴스와 코어 노드]], [[core#hdfs-복제-계수]],\n[the key point](core-nodes.md#key-point) and [[core#No such heading]].\n`;
  const kb = kbFromFiles({ 'core-nodes.md': TARGET, 'task.md': linking }, REGISTRY);
  const task = kb.notes.find((n) => n.slug === 'task')!;

  it('land on the heading, by its text or its id, through the slug, an alias or the file', () => {
    expect(task.html).toContain(`href="/notes/core-nodes/#${encodeURIComponent('spot-인스턴스와-코어-노드')}"`);
    expect(task.html).toContain(`href="/notes/core-nodes/#${encodeURIComponent('hdfs-복제-계수')}"`);
    expect(task.html).toContain('href="/notes/core-nodes/#key-point"');
    expect(task.links.map((l) => l.heading)).toEqual(['Spot 인스턴스와 코어 노드', 'hdfs-복제-계수', 'key-point', 'No such heading']);
  });

  it('to a heading that does not exist is link/unknown-heading at its line:column, and opens the note', () => {
    const found = kb.diagnostics.filter((d) => d.code === 'link/unknown-heading');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'task.md', line: 9, column: 46, severity: 'warning' });
    expect(found[0]!.hint).toContain('#spot-인스턴스와-코어-노드');
    expect(task.html).toContain('href="/notes/core-nodes/" class="note-link">core › No such heading</a>');
  });
});

describe('notes written for other tools', () => {
  it('drop Pandoc attributes from headings and code fences; an explicit #id becomes the anchor', () => {
    const kb = kbFromFiles(
      { 'r.md': `${fm('R')}> ## 학습 목표 {.objectives}\n>\n> * one\n\n## Setup {#setup .unnumbered}\n\n~~~{.r}\nx <- 1\n~~~\n` },
      REGISTRY,
    );
    const note = kb.notes[0]!;
    expect(note.html).not.toMatch(/\{\.|\{#/);
    expect(note.html).toContain('<h2>학습 목표</h2>');
    expect(note.html).toContain('<h2 id="setup">Setup</h2>');
    expect(note.html).toContain('<code class="language-r">');
  });

  it('a .txt note without headings keeps every line break; blank lines still make paragraphs', () => {
    const kb = kbFromFiles({ 'post.txt': 'A blog post title\nfirst line\nsecond line\n\nnext paragraph\n- a list item\n' }, REGISTRY);
    const html = kb.notes[0]!.html;
    expect(html).toContain('first line<br>\nsecond line');
    expect(html).toContain('<p>next paragraph</p>');
    expect(html).toContain('<li>a list item</li>');
  });

  it('a .md note (or a .txt note with headings) wraps lines as Markdown does', () => {
    const kb = kbFromFiles({ 'a.md': `${fm('A')}first line\nsecond line\n`, 'b.txt': '# B\n\nfirst line\nsecond line\n' }, REGISTRY);
    for (const note of kb.notes) expect(note.html).toContain('first line\nsecond line');
  });
});
