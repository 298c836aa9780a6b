/** `emr-prep export`: the knowledge base as JSON on stdout (shape: see core/kb/export.ts). */
import { existsSync } from 'node:fs';
import { toExportJson } from '../core/kb/export.ts';
import { loadKnowledgeBase } from '../core/kb/reader.ts';
import { resolveContentDir } from './content-dir.ts';
import type { Io } from './main.ts';

export async function exportCommand(options: { content?: string }, io: Io): Promise<number> {
  const dir = resolveContentDir(options.content);
  if (!existsSync(dir)) {
    io.err(`emr-prep: content folder not found: ${dir}\n`);
    return 2;
  }
  const kb = await loadKnowledgeBase(dir);
  io.out(`${JSON.stringify(toExportJson(kb), null, 2)}\n`);
  return 0;
}
