/** `emr-prep check`: every diagnostic of every file at once; exit 1 when there is any error. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, hasErrors } from '../core/diagnostics/diagnostic.ts';
import { loadKnowledgeBase } from '../core/kb/reader.ts';
import { resolveContentDir } from './content-dir.ts';
import type { Io } from './io.ts';
import { escapeTerminal } from './terminal.ts';

/**
 * Checks the content folder once and prints every diagnostic (or JSON with `json`); `--watch` is
 * dispatched by main.ts to watch.ts, which calls this for its first check.
 * @returns 0 clean; 1 when there is an error (or, with `strict`, any warning); 2 usage errors or a missing folder
 */
export async function checkCommand(
  options: { content?: string; json?: boolean; strict?: boolean; maxSourceAgeDays?: number | string },
  io: Io,
): Promise<number> {
  const dir = resolveContentDir(options.content);
  if (!existsSync(dir)) {
    io.err(`emr-prep: content folder not found: ${dir}\n`);
    return 2;
  }
  let maxSourceAgeDays: number | undefined;
  if (options.maxSourceAgeDays !== undefined) {
    maxSourceAgeDays = Number(options.maxSourceAgeDays);
    if (!Number.isInteger(maxSourceAgeDays) || maxSourceAgeDays < 0) {
      io.err(`emr-prep: --max-source-age-days expects a whole number of days (e.g. 365), not "${options.maxSourceAgeDays}"\n`);
      return 2;
    }
  }
  const kb = await loadKnowledgeBase(dir, { maxSourceAgeDays });
  const shown = path.relative(process.cwd(), dir) || '.';
  if (options.json) {
    io.out(`${JSON.stringify({ content: shown, diagnostics: kb.diagnostics }, null, 2)}\n`);
  } else {
    for (const d of kb.diagnostics) {
      // Content (file names, tags, quoted text) is escaped: no terminal escape sequence reaches the screen.
      io.out(
        `${escapeTerminal(`${path.join(shown, d.file)}:${d.line}:${d.column} ${formatDiagnostic(d).split(' ').slice(1).join(' ')}`)}\n`,
      );
      io.out(`    hint: ${escapeTerminal(d.hint)}\n`);
    }
    const errors = kb.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = kb.diagnostics.length - errors;
    io.out(
      `${plural(kb.notes.length, 'note')}, ${plural(kb.questions.length, 'question')}, ${plural(kb.tags.length, 'tag')}: ` +
        `${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`,
    );
  }
  if (options.strict && kb.diagnostics.length > 0) return 1;
  return hasErrors(kb.diagnostics) ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
