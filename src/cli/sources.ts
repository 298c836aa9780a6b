/** `emr-prep sources [--content DIR] [--json]`: every source URL with the notes and questions that rest on it. */
import { existsSync } from 'node:fs';
import { loadKnowledgeBase } from '../core/kb/reader.ts';
import { sourcesIndex } from '../core/kb/sources-index.ts';
import { resolveContentDir } from './content-dir.ts';
import type { Io } from './io.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function sourcesCommand(options: { content?: string; json?: boolean }, io: Io): Promise<number> {
  const dir = resolveContentDir(options.content);
  if (!existsSync(dir)) {
    io.err(`emr-prep: content folder not found: ${dir}\n`);
    return 2;
  }
  const kb = await loadKnowledgeBase(dir);
  const index = sourcesIndex(kb);
  if (options.json) {
    io.out(`${JSON.stringify({ sources: index }, null, 2)}\n`);
    return 0;
  }
  for (const s of index) {
    io.out(`${s.url}\n`);
    if (s.title) io.out(`  title: ${s.title}\n`);
    io.out(`  checked: ${s.checked ?? 'never (not under sources:)'}\n`);
    for (const n of s.notes)
      io.out(
        `  note ${n.slug} (${n.file}${n.origin === 'frontmatter' ? `, checked ${n.checked ?? '—'}` : `, ${n.origin === 'section' ? 'sources section' : 'link in the text'}`})\n`,
      );
    if (s.questions.length > 0) io.out(`  ${plural(s.questions.length, 'question')}: ${s.questions.join(', ')}\n`);
  }
  const listed = index.filter((s) => s.notes.some((n) => n.origin === 'frontmatter')).length;
  io.out(`${plural(index.length, 'source')} (${listed} under sources:) in ${plural(kb.notes.length, 'note')}\n`);
  return 0;
}
