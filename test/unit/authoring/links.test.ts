/**
 * Links between notes are checked at build time: a wikilink, an alias link or a Markdown link to a
 * note that does not exist is a `link/unresolved` error at its file, line and column, and the page
 * shows it as a broken link instead of a dead URL.
 */
import { describe, expect, it } from 'vitest';
import { kbFromFiles } from '../../helpers/kb.ts';

const REGISTRY = 'service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: EMR\n  en: EMR\n';
const note = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\ntags: [service/emr]\n${extra}---\n\n# ${title}\n\n${body}\n`;

describe('links between notes', () => {
  const kb = kbFromFiles(
    {
      'notes/spot.md': note('Spot Instances', 'Plain text.', 'aliases: [spot-instances, 스팟]\n'),
      'notes/task.md': note(
        'Task nodes',
        [
          'By alias: [[spot-instances]] and [[스팟|Korean alias]].', // line 8
          '', // 9
          'By relative Markdown link: [spot](spot.md) and [spot again](./spot.md#top).', // 10
          '', // 11
          'Broken Markdown link: [gone](missing-note.md).', // 12
          '', // 13
          'Broken alias link: [[no-such-alias]] and a site link [x](/notes/nowhere/).', // 14
        ].join('\n'),
      ),
    },
    REGISTRY,
  );
  const task = kb.notes.find((n) => n.slug === 'task')!;

  it('alias links and Markdown links to existing notes resolve to the note', () => {
    expect(task.links.filter((l) => l.resolved === 'spot').map((l) => [l.kind, l.target])).toEqual([
      ['wikilink', 'spot-instances'],
      ['wikilink', '스팟'],
      ['markdown', 'spot.md'],
      ['markdown', 'spot.md'],
    ]);
    expect(task.html).toContain('<a href="/notes/spot/" class="note-link">Korean alias</a>');
    expect(task.html).toContain('<a href="/notes/spot/#top" class="note-link">spot again</a>');
  });

  it('a Markdown link to a missing .md file, a missing alias and a missing /notes/ page are errors at their line and column', () => {
    const unresolved = kb.diagnostics.filter((d) => d.code === 'link/unresolved');
    expect(unresolved.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([
      ['notes/task.md', 12, 23, 'error'],
      ['notes/task.md', 14, 20, 'error'],
      ['notes/task.md', 14, 54, 'error'],
    ]);
    expect(unresolved[0]!.message).toContain('"missing-note.md"');
    expect(unresolved[1]!.message).toContain('"no-such-alias"');
    expect(task.html).toContain('<a href="#" class="broken-link" title="unresolved link">gone</a>');
  });

  it("a link by another note's alias that two notes claim is reported as an alias collision, not resolved silently", () => {
    const clash = kbFromFiles(
      {
        'a.md': note('A', 'x', 'aliases: [shared]\n'),
        'b.md': note('B', 'x', 'aliases: [shared]\n'),
        'c.md': note('C', 'see [[shared]]'),
      },
      REGISTRY,
    );
    expect(clash.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['b.md alias/collision']);
  });
});
