/**
 * `emr-prep export [--format json|gift]`: the knowledge base as JSON on stdout (shape: see
 * core/kb/export.ts), or with `--format gift` the question bank as Moodle GIFT
 * (core/interchange/gift.ts), which `emr-prep import --format gift` reads back to the same questions.
 */
import { existsSync } from 'node:fs';
import { toExportJson } from '../core/kb/export.ts';
import { writeGift } from '../core/interchange/gift.ts';
import { loadKnowledgeBase } from '../core/kb/reader.ts';
import { resolveContentDir } from './content-dir.ts';
import type { Io } from './io.ts';

export async function exportCommand(options: { content?: string; format?: string }, io: Io): Promise<number> {
  const format = (options.format ?? 'json').toLowerCase();
  if (format !== 'json' && format !== 'gift') {
    io.err(`emr-prep export: unknown format "${options.format}"; use --format json (default) or --format gift\n`);
    return 2;
  }
  const dir = resolveContentDir(options.content);
  if (!existsSync(dir)) {
    io.err(`emr-prep: content folder not found: ${dir}\n`);
    return 2;
  }
  const kb = await loadKnowledgeBase(dir);
  if (format === 'gift') {
    io.out(writeGift(kb));
    const withErrors = kb.diagnostics.some((d) => d.severity === 'error');
    const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    io.err(
      `exported ${n(kb.questions.length, 'question')} of ${n(kb.notes.length, 'note')} as GIFT${withErrors ? '; questions with errors are left out (run emr-prep check)' : ''}\n`,
    );
    return 0;
  }
  io.out(`${JSON.stringify(toExportJson(kb), null, 2)}\n`);
  return 0;
}
