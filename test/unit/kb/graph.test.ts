/**
 * Linking: tag hierarchy, aliases and wikilinks, backlinks, related notes by rare shared tags,
 * stable question ids, CJK-friendly emphasis and sanitized HTML — what a student sees on the site.
 */
import { describe, expect, it } from 'vitest';
import { kbFromFiles } from '../../helpers/kb.ts';

const REGISTRY = [
  ['service', '서비스', 'Services'],
  ['service/emr', 'Amazon EMR', 'Amazon EMR'],
  ['node', '노드', 'Nodes'],
  ['node/core', '코어 노드', 'Core node'],
  ['node/task', '태스크 노드', 'Task node'],
  ['purchasing', '구매 옵션', 'Purchasing'],
  ['purchasing/spot', '스팟', 'Spot'],
]
  .map(([path, ko, en]) => `${path}:\n  ko: ${ko}\n  en: ${en}\n  description: about ${en}\n`)
  .join('');

function md(title: string, tags: string[], body = '', extra = ''): string {
  return `---\ntitle: ${title}\ntags: [${tags.join(', ')}]\n${extra}---\n\n# ${title}\n\n${body}\n`;
}

describe('tag graph', () => {
  const kb = kbFromFiles(
    {
      'a.md': md('Core nodes', ['service/emr', 'node/core']),
      'b.md': md('Task nodes', ['service/emr', 'node/task', 'purchasing/spot']),
      'c.md': md('Spot', ['purchasing/spot', 'node/task']),
    },
    REGISTRY,
  );
  it('has a node for every tag and every prefix, with labels from the registry', () => {
    expect(kb.tags.map((t) => t.path)).toEqual([
      'node',
      'node/core',
      'node/task',
      'purchasing',
      'purchasing/spot',
      'service',
      'service/emr',
    ]);
    const node = kb.tags.find((t) => t.path === 'node')!;
    expect(node.label).toEqual({ ko: '노드', en: 'Nodes' });
    expect(node.children).toEqual(['node/core', 'node/task']);
    expect(node.notes.sort()).toEqual(['a', 'b', 'c']);
    expect(kb.tags.find((t) => t.path === 'node/core')!.parent).toBe('node');
  });
  it('falls back to the raw tag for an unregistered tag, with a warning', () => {
    const other = kbFromFiles({ 'a.md': md('A', ['service/emr', 'service/glue']) }, REGISTRY);
    const glue = other.tags.find((t) => t.path === 'service/glue')!;
    expect(glue.registered).toBe(false);
    expect(glue.label).toEqual({ ko: 'glue', en: 'glue' });
    expect(other.diagnostics.map((d) => d.code)).toEqual(['tag/unregistered']);
  });
  it('ranks related notes by rare shared tags first', () => {
    const b = kb.notes.find((n) => n.slug === 'b')!;
    // b shares node/task + purchasing/spot (+ their prefixes) with c, and only service/emr with a
    expect(b.related.map((r) => r.slug)).toEqual(['c', 'a']);
    expect(b.related[0]!.sharedTags).toEqual(['node/task', 'purchasing/spot']);
    expect(b.related[0]!.score).toBeGreaterThan(b.related[1]!.score);
  });
});

describe('links and aliases', () => {
  const kb = kbFromFiles(
    {
      'spot.md': md(
        'Spot Instances',
        ['purchasing/spot'],
        'Task nodes: see [[task-nodes|the task node note]].',
        'aliases: [spot-instances]\n',
      ),
      'task-nodes.md': md('Task nodes', ['node/task'], 'Often on [[spot-instances]]; compare [core](core.md) and [[Core nodes]].'),
      'core.md': md('Core nodes', ['node/core']),
    },
    REGISTRY,
  );
  it('resolves wikilinks by slug, alias and title, and Markdown links by file name', () => {
    const task = kb.notes.find((n) => n.slug === 'task-nodes')!;
    expect(task.links.map((l) => [l.target, l.resolved])).toEqual([
      ['spot-instances', 'spot'],
      ['core.md', 'core'],
      ['Core nodes', 'core'],
    ]);
    expect(task.html).toContain('<a href="/notes/spot/" class="note-link">spot-instances</a>');
    expect(task.html).toContain('href="/notes/core/"');
    expect(kb.notes.find((n) => n.slug === 'spot')!.html).toContain('>the task node note</a>');
    expect(kb.diagnostics).toEqual([]);
  });
  it('resolves a wikilink in the key point too', () => {
    const withKeyPoint = kbFromFiles(
      { 'a.md': md('A', ['node/core'], '## Key point\n\nSee [[b]].\n\n## Explanation\n\nBody.'), 'b.md': md('B', ['node/core']) },
      REGISTRY,
    );
    expect(withKeyPoint.notes.find((n) => n.slug === 'a')!.summaryHtml).toContain('<a href="/notes/b/" class="note-link">b</a>');
    expect(withKeyPoint.notes.find((n) => n.slug === 'b')!.backlinks).toEqual(['a']);
  });
  it('lists the notes that link here', () => {
    expect(kb.notes.find((n) => n.slug === 'core')!.backlinks).toEqual(['task-nodes']);
    expect(kb.notes.find((n) => n.slug === 'spot')!.backlinks).toEqual(['task-nodes']);
  });
  it('an alias that equals another note’s slug is an error', () => {
    const clash = kbFromFiles({ 'a.md': md('A', ['node/core'], '', 'aliases: [b]\n'), 'b.md': md('B', ['node/core']) }, REGISTRY);
    expect(clash.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['a.md alias/collision']);
  });
});

describe('rendering and ids', () => {
  const QUESTION = (stem: string, option: string) =>
    `**Question:** ${stem}\n\n**Options:**\n\n- A) ${option}\n- B) other\n\n**Answer: A**\n\nExplanation:\n\n- **Option A** - yes\n- **Option B** - no`;
  it('keeps a question id when options change, and changes it when the stem changes', () => {
    const id = (stem: string, option: string) =>
      kbFromFiles({ 'n.md': md('N', ['node/core'], QUESTION(stem, option)) }, REGISTRY).questions[0]!.id;
    const base = id('Which node stores HDFS data?', 'core');
    expect(base).toMatch(/^n-[0-9a-f]{8}$/);
    expect(id('Which node stores HDFS data?', 'core nodes')).toBe(base);
    expect(id('Which  node stores\nHDFS data?', 'core')).toBe(base); // whitespace does not count
    expect(id('Which node stores no HDFS data?', 'core')).not.toBe(base);
  });
  it('publishes the questions of a note whose file name is Korean', () => {
    const kb = kbFromFiles({ '스팟.md': `---\ntags: [node/core]\n---\n\n${QUESTION('Which?', 'core')}\n` }, REGISTRY);
    expect(kb.diagnostics).toEqual([]);
    expect(kb.notes[0]!.slug).toBe('스팟');
    expect(kb.questions[0]!.id).toMatch(/^스팟-[0-9a-f]{8}$/);
  });
  it('closes Korean emphasis before a particle, as the author meant', () => {
    const kb = kbFromFiles({ 'k.md': md('K', ['node/core'], '태스크 노드는 **Spot(스팟)**은 물론 **On-Demand**도 된다.') }, REGISTRY);
    expect(kb.notes[0]!.html).toContain('<strong>Spot(스팟)</strong>은');
  });
  it('never lets a script from content run', () => {
    const kb = kbFromFiles(
      {
        'x.md': md(
          'X',
          ['node/core'],
          '<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n<details><summary>ok</summary>kept</details>',
        ),
      },
      REGISTRY,
    );
    const html = kb.notes[0]!.html;
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('<details><summary>ok</summary>kept</details>');
    expect(kb.diagnostics.filter((d) => d.code === 'note/raw-html-removed').length).toBeGreaterThan(0);
  });
  it('shows the key point apart from the body and the questions outside the body', () => {
    const kb = kbFromFiles(
      {
        'n.md': md(
          'N',
          ['node/core'],
          `## 🎯 Key point\n\nCore nodes hold HDFS.\n\n## Explanation\n\nBody text.\n\n## 📝 관련 문제\n\n${QUESTION('Which?', 'core')}\n\n---`,
        ),
      },
      REGISTRY,
    );
    const n = kb.notes[0]!;
    expect(n.summary).toBe('Core nodes hold HDFS.');
    expect(n.html).toContain('Body text.');
    expect(n.html).not.toContain('Core nodes hold HDFS.');
    expect(n.html).not.toContain('Which?');
    expect(n.html).not.toContain('관련 문제');
    expect(n.sections.map((s) => s.kind)).toEqual(['keyPoint', 'explanation', 'questions']);
  });
});
